/**
 * `npm run import:votes -- <file.csv>`: reads the UN Library's General Assembly voting data in its published bulk
 * format (one row per member and vote: undl_id, ms_code, ms_name, ms_vote, date, session, resolution, …, total_yes,
 * total_no, total_abstentions, total_non_voting, total_ms, undl_link) and updates the content: every regular-session
 * vote goes into content/assembly-votes/session-<n>.json; a resolution that already has a roll-call file in
 * content/resolutions/ (the emergency session's, and the regular sessions' texts on the war) gets its full roll call.
 * Members are matched by their ISO3 code (ms_code), never by name. A vote whose rows disagree with its totals is
 * refused, and nothing is written unless the whole content still passes the check.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { csvParse } from 'd3-dsv';
import { contentRoot } from '../content-registry.ts';
import { UN_MEMBERS } from '../schemas/un-members.ts';
import { checkContent } from '../validation/check-content.ts';
import { formatProblem } from '../validation/problem.ts';
import { byDate } from '../model/order.ts';

const LETTER = { Y: 'Y', N: 'N', A: 'A', X: 'X', NV: 'X' } as const;
const VOTE = { Y: 'yes', N: 'no', A: 'abstain', X: 'non-voting' } as const;
const COLUMNS = ['ms_code', 'ms_vote', 'date', 'resolution', 'title', 'total_yes', 'total_no', 'total_abstentions', 'total_non_voting', 'total_ms', 'undl_link'] as const;
const MEMBERS: string[] = UN_MEMBERS.map((m) => m.iso3 as string).sort();

export interface ImportedVote {
  symbol: string;
  date: string;
  title: string;
  totals: { yes: number; no: number; abstain: number; nonVoting: number };
  /** Letter per member, by ISO3. */
  votes: Map<string, 'Y' | 'N' | 'A' | 'X'>;
  link: string;
}

export interface ImportResult {
  ok: boolean;
  /** One line per problem (file line, column, value, what was expected) or per change. */
  lines: string[];
}

/** Reads the bulk CSV into one vote per resolution; problems name the CSV line. */
export function readBulkCsv(text: string): { votes: ImportedVote[]; problems: string[] } {
  const rows = csvParse(text.replace(/^\uFEFF/, ''));
  const problems: string[] = [];
  const missing = COLUMNS.filter((c) => !rows.columns.includes(c));
  if (missing.length) return { votes: [], problems: [`header: expected the UN Library's columns, missing ${missing.join(', ')}`] };
  const byResolution = new Map<string, ImportedVote>();
  rows.forEach((row, i): void => {
    const line = i + 2;
    const at = (column: string, value: string | undefined, expected: string): void => void problems.push(`line ${line}: column "${column}": value ${JSON.stringify(value ?? '')} — ${expected}`);
    const symbol = (row.resolution ?? '').trim();
    if (!/^A\/RES\/(?:ES-\d+|\d+)\/\d+(?: [A-Z])?$/.test(symbol)) return at('resolution', symbol, 'expected a resolution symbol such as "A/RES/80/223" or "A/RES/ES-11/9"');
    const code = (row.ms_code ?? '').trim();
    if (!MEMBERS.includes(code)) return at('ms_code', code, 'expected the ISO3 code of a UN member state');
    const letter = LETTER[(row.ms_vote ?? '').trim() as keyof typeof LETTER];
    if (!letter) return at('ms_vote', row.ms_vote, 'expected Y, N, A, X or NV');
    const date = (row.date ?? '').trim().slice(0, 10);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return at('date', row.date, 'expected a date written as YYYY-MM-DD');
    const totals = { yes: Number(row.total_yes), no: Number(row.total_no), abstain: Number(row.total_abstentions), nonVoting: Number(row.total_non_voting) };
    if (Object.values(totals).some((n) => !Number.isInteger(n) || n < 0)) return at('total_yes', `${row.total_yes}/${row.total_no}/${row.total_abstentions}/${row.total_non_voting}`, 'expected whole numbers in the four total columns');
    const vote = byResolution.get(symbol) ?? { symbol, date, title: (row.title ?? '').trim(), totals, votes: new Map(), link: (row.undl_link ?? '').trim() };
    if (vote.date !== date || JSON.stringify(vote.totals) !== JSON.stringify(totals)) return at('date', row.date, `expected the same date and totals on every row of ${symbol}`);
    if (vote.votes.has(code)) return at('ms_code', code, `expected each member once per vote (${symbol})`);
    vote.votes.set(code, letter);
    byResolution.set(symbol, vote);
  });
  for (const v of byResolution.values()) {
    const absent = MEMBERS.filter((m) => !v.votes.has(m));
    if (absent.length) problems.push(`${v.symbol}: expected a row for each of the ${MEMBERS.length} members; missing ${absent.join(', ')}`);
    const counted = { yes: 0, no: 0, abstain: 0, nonVoting: 0 };
    for (const l of v.votes.values()) counted[({ Y: 'yes', N: 'no', A: 'abstain', X: 'nonVoting' } as const)[l]] += 1;
    for (const k of ['yes', 'no', 'abstain', 'nonVoting'] as const) {
      if (counted[k] !== v.totals[k]) problems.push(`${v.symbol}: total "${k}" is ${v.totals[k]} but the rows hold ${counted[k]}: refused (the official totals and the roll call must agree)`);
    }
  }
  return { votes: [...byResolution.values()].sort((a, b) => byDate(a, b)), problems };
}

/** Applies the votes to a content tree: returns the files to write (path → text) and a line per change. */
export function applyVotes(root: string, votes: readonly ImportedVote[]): { files: Map<string, string>; lines: string[] } {
  const files = new Map<string, string>();
  const lines: string[] = [];
  const read = (path: string) => JSON.parse(files.get(path) ?? readFileSync(path, 'utf8')) as Record<string, unknown>;
  for (const v of votes) {
    const resolutionFile = join(root, 'resolutions', `${v.symbol.toLowerCase().replace(/\//g, '-')}.json`);
    if (existsSync(resolutionFile)) {
      const r = read(resolutionFile) as { votes: Record<string, string>; totals: unknown; complete: boolean; sources: string[]; provenance?: string };
      const next = Object.fromEntries(MEMBERS.map((m) => [m, VOTE[v.votes.get(m)!]]));
      const changed = MEMBERS.filter((m) => r.votes[m] !== next[m]).length;
      if (changed || !r.complete) {
        r.votes = next;
        r.totals = v.totals;
        r.complete = true;
        r.provenance = `Roll call from the UN Library's General Assembly Voting Data (digitallibrary.un.org record 4060887), imported with npm run import:votes from its row for ${v.symbol}.`;
        if (v.link && !r.sources.includes(v.link)) r.sources = [v.link, ...r.sources];
        files.set(resolutionFile, `${JSON.stringify(r, null, 2)}\n`);
        lines.push(`${v.symbol}: roll call in ${resolutionFile.slice(root.length + 1)} updated (${changed} of ${MEMBERS.length} votes changed)`);
      } else lines.push(`${v.symbol}: unchanged`);
    }
    const session = /^A\/RES\/(\d+)\//.exec(v.symbol)?.[1];
    if (!session) {
      if (!existsSync(resolutionFile)) lines.push(`${v.symbol}: an emergency-session vote with no file in content/resolutions/: add it there with its name, title and summary, then import again`);
      continue;
    }
    const sessionFile = join(root, 'assembly-votes', `session-${session}.json`);
    const file = (files.has(sessionFile) || existsSync(sessionFile)
      ? read(sessionFile)
      : { session: Number(session), note: `The recorded votes of the ${session}th session, imported from the UN Library's General Assembly Voting Data.`, sources: ['https://digitallibrary.un.org/record/4060887'], members: MEMBERS, missing: [], votes: [] }) as { members: string[]; missing: { votes: string; reason: string }[]; votes: { symbol: string; date: string; title: string; totals: unknown; record: string }[] };
    const record = file.members.map((m) => v.votes.get(m)!).join('');
    const entry = { symbol: v.symbol, date: v.date, title: v.title, totals: v.totals, record };
    const i = file.votes.findIndex((x) => x.symbol === v.symbol);
    if (i === -1) {
      file.votes.push(entry);
      lines.push(`${v.symbol}: added to session-${session}.json`);
    } else if (JSON.stringify(file.votes[i]) !== JSON.stringify(entry)) {
      file.votes[i] = entry;
      lines.push(`${v.symbol}: updated in session-${session}.json`);
    } else continue;
    // A vote the file listed as missing is missing no longer.
    if (file.missing.some((m) => m.votes === v.symbol)) {
      file.missing = file.missing.filter((m) => m.votes !== v.symbol);
      lines.push(`${v.symbol}: removed from the missing list of session-${session}.json`);
    }
    file.votes.sort((a, b) => byDate(a, b));
    files.set(sessionFile, sessionText(file));
  }
  return { files, lines };
}

/** A session file with one vote per line, so that a refresh shows as a readable diff. */
function sessionText(file: Record<string, unknown> & { votes: unknown[] }): string {
  const { votes, ...head } = file;
  const top = Object.entries(head).map(([k, v]) => ` ${JSON.stringify(k)}: ${JSON.stringify(v)},`);
  return ['{', ...top, ' "votes": [', votes.map((v) => `  ${JSON.stringify(v)}`).join(',\n'), ' ]', '}'].join('\n') + '\n';
}

/** Reads, checks and applies a bulk file to the content at `root`; writes nothing unless every step succeeds. */
export function importVotes(csvPath: string, root: string = contentRoot()): ImportResult {
  if (!existsSync(csvPath)) return { ok: false, lines: [`${csvPath}: no such file`] };
  const { votes, problems } = readBulkCsv(readFileSync(csvPath, 'utf8'));
  if (problems.length) return { ok: false, lines: [`${csvPath}: refused, nothing was changed:`, ...problems] };
  const { files, lines } = applyVotes(root, votes);
  // Try the new files on a copy of the content first: the import lands only if the whole content still passes.
  const trial = mkdtempSync(join(tmpdir(), 'import-votes-'));
  try {
    cpSync(root, trial, { recursive: true });
    for (const [path, text] of files) writeFileSync(join(trial, path.slice(root.length)), text);
    const checked = checkContent(trial, trial);
    const shown = relative(process.cwd(), root) || '.';
    if (checked.problems.length) return { ok: false, lines: ['refused, nothing was changed: the content would no longer pass the check:', ...checked.problems.map((p) => formatProblem({ ...p, file: join(shown, p.file) }))] };
  } finally {
    rmSync(trial, { recursive: true, force: true });
  }
  for (const [path, text] of files) writeFileSync(path, text);
  return { ok: true, lines: [...lines, `${votes.length} votes read, ${files.size} files written`] };
}

if (import.meta.main) {
  const [file] = process.argv.slice(2);
  if (!file) {
    console.error('✗ expected the path of a CSV file in the UN Library’s voting-data format\n  Usage: npm run import:votes -- <file.csv>');
    process.exit(1);
  }
  const result = importVotes(file);
  for (const line of result.lines) (result.ok ? console.log : console.error)(`${result.ok ? '✓' : '✗'} ${line}`);
  process.exit(result.ok ? 0 : 1);
}
