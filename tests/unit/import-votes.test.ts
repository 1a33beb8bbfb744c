import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importVotes, readBulkCsv } from '../../src/tools/import-votes.ts';
import { fixtureTree } from '../helpers/fixture-tree.ts';

const CSV = resolve(import.meta.dirname, '../fixtures/import-votes');
const trees: string[] = [];
afterAll(() => trees.forEach((t) => rmSync(t, { recursive: true, force: true })));
const tree = () => {
  const t = fixtureTree('valid-content');
  trees.push(t);
  return t;
};
/** Every file of a content tree with its text, to prove a refused import changed nothing. */
const snapshot = (root: string) => Object.fromEntries(readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json')).map((f) => [f, readFileSync(join(root, f), 'utf8')]));

describe('npm run import:votes: the UN Library’s voting data into the content', () => {
  it('reads the bulk format by ISO3 code, "NV" as not voting, one vote per resolution', () => {
    const { votes, problems } = readBulkCsv(readFileSync(join(CSV, 'un-library-format.csv'), 'utf8'));
    expect(problems).toEqual([]);
    expect(votes.map((v) => v.symbol)).toEqual(['A/RES/ES-11/1', 'A/RES/80/999']);
    expect(votes[0]!.votes.size).toBe(193);
    expect(votes[0]!.votes.get('RUS')).toBe('N');
  });

  it('completes an existing roll call and adds a regular-session vote, and the content still passes the check', () => {
    const root = tree();
    const before = JSON.parse(readFileSync(join(root, 'resolutions/a-res-es-11-1.json'), 'utf8'));
    expect(before.complete).toBe(false);
    const result = importVotes(join(CSV, 'un-library-format.csv'), root);
    expect(result.ok, result.lines.join('\n')).toBe(true);
    expect(result.lines).toContain('A/RES/80/999: added to session-80.json');
    expect(result.lines.some((l) => l.startsWith('A/RES/ES-11/1: roll call in resolutions/a-res-es-11-1.json updated'))).toBe(true);
    const after = JSON.parse(readFileSync(join(root, 'resolutions/a-res-es-11-1.json'), 'utf8'));
    expect(after.complete).toBe(true);
    expect(Object.keys(after.votes)).toHaveLength(193);
    expect(after.sources[0]).toBe('https://digitallibrary.un.org/record/3959039');
    const session = JSON.parse(readFileSync(join(root, 'assembly-votes/session-80.json'), 'utf8'));
    const added = session.votes.find((v: { symbol: string }) => v.symbol === 'A/RES/80/999');
    expect(added.record).toHaveLength(193);
    // The vote the file listed as missing is missing no longer.
    expect(session.missing).toEqual([]);
    expect(result.lines).toContain('A/RES/80/999: removed from the missing list of session-80.json');
    // Importing the same file again changes nothing.
    const again = importVotes(join(CSV, 'un-library-format.csv'), root);
    expect(again.lines.filter((l) => /added|updated/.test(l))).toEqual([]);
  });

  it.each([
    ['counts-disagree.csv', 'A/RES/80/999: total "yes" is'],
    ['unknown-member-code.csv', 'column "ms_code": value "XKX" — expected the ISO3 code of a UN member state'],
    ['member-missing.csv', 'A/RES/80/999: expected a row for each of the 193 members; missing AFG'],
  ])('refuses %s and changes nothing', (file, message) => {
    const root = tree();
    const before = snapshot(root);
    const result = importVotes(join(CSV, file), root);
    expect(result.ok).toBe(false);
    expect(result.lines.join('\n')).toContain(message);
    expect(snapshot(root)).toEqual(before);
  });

  it('exits non-zero from the command line on a bad file, naming the problem', () => {
    const root = tree();
    const run = spawnSync(process.execPath, ['src/tools/import-votes.ts', join(CSV, 'counts-disagree.csv')], { env: { ...process.env, CONTENT_DIR: root }, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('refused, nothing was changed');
  });
});
