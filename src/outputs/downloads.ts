import type { RenderContext } from '../render/context.ts';
import { csvFormat } from 'd3-dsv';
import type { AlignmentDownload, CountriesDownload, UnVotesDownload, VisitsDownload } from '../schemas/downloads.ts';
import { alignmentByMember, contestedRussiaVote } from '../model/alignment.ts';
import { hostOf, hostsBySlug } from '../model/hosts.ts';
import { iccBoundOn } from '../model/icc.ts';
import { memberRow, memberStats } from '../model/member-stats.ts';
import type { SiteData, VisitRecord } from '../model/records.ts';
import { isForeignTrip } from '../model/visits.ts';
import { stanceDownloadFields } from '../model/stances.ts';
import { referenceName } from '../model/members.ts';
import { resolutionSet, type Breakdown } from '../model/votes.ts';
import { byCodePoint } from '../model/order.ts';

/** `/data/visits.json`: foreign trips, and occupied-territory visits kept apart. */
export function visitsDownloadData(data: SiteData): VisitsDownload {
  const hosts = hostsBySlug(data);
  const row = (v: VisitRecord) => {
    const c = hostOf(hosts, v);
    return {
      id: v.id,
      country: c.iso3,
      countryName: c.name,
      start: v.start,
      end: v.end,
      cities: v.cities.map(({ name, lat, lon }) => ({ name, lat, lon })),
      kind: v.kind,
      event: v.event ?? null,
      counterpart: v.counterpart,
      sources: [...v.sources],
    };
  };
  return {
    asOf: data.dataset.asOf,
    visits: data.visits.filter(isForeignTrip).map(row),
    occupiedTerritoryVisits: data.visits.filter((v) => !isForeignTrip(v)).map(row) as VisitsDownload['occupiedTerritoryVisits'],
  };
}

/** `/data/un-votes.json`: resolutions with official totals, and each member's recorded votes. */
export function unVotesDownloadData(data: SiteData): UnVotesDownload {
  const votes: UnVotesDownload['votes'] = {};
  for (const r of data.resolutions) {
    for (const [iso3, vote] of Object.entries(r.votes).sort(([a], [b]) => byCodePoint(a, b))) {
      (votes[iso3] ??= {})[r.symbol] = vote;
    }
  }
  const sorted = Object.fromEntries(Object.entries(votes).sort(([a], [b]) => byCodePoint(a, b)));
  return {
    resolutions: data.resolutions.map((r) => ({
      symbol: r.symbol,
      date: r.date,
      title: r.title,
      totals: { ...r.totals },
      complete: r.complete,
      set: resolutionSet(r),
      sources: [...r.sources],
      article19: r.article19 ? { members: [...r.article19.members].sort(), sources: [...r.article19.sources] } : null,
    })),
    votes: sorted,
  };
}

/** A breakdown's six classes, without its total, as the downloads carry it. */
const breakdownFields = (b: Breakdown) => ({ withRussia: b.withRussia, againstRussia: b.againstRussia, abstained: b.abstained, absent: b.absent, article19: b.article19, unknown: b.unknown });

/** `/data/countries.json`: one row per UN member (all 193, by name) with its derived numbers. */
export function countriesDownloadData(ctx: RenderContext, data: SiteData, site: URL): CountriesDownload {
  return {
    asOf: data.dataset.asOf,
    countries: [...memberStats(data).values()].map((s) => {
      const row = memberRow(s);
      return {
        slug: row.slug,
        name: s.member.name,
        iso3: row.iso3,
        isoNumeric: s.member.isoNumeric,
        region: row.region,
        writtenProfile: s.member.profiled,
        relationship: row.relationship,
        iccStateParty: iccBoundOn(s.icc, data.dataset.asOf),
        url: new URL(ctx.urls.country(row.slug), site).href,
        visitCount: s.tripCount,
        voteBreakdown: breakdownFields(row.breakdown),
        voteBreakdownRegular: breakdownFields(s.regularBreakdown),
        ...stanceDownloadFields(data, row.iso3),
      };
    }),
  };
}

/**
 * A text cell that a spreadsheet would read as a formula (it starts with =, +, -, @, a tab or a carriage return)
 * gets a leading single quote, as OWASP recommends against CSV injection: Excel, LibreOffice and Google Sheets
 * then show it as text. Only text is touched: numbers (coordinates, trip and vote counts) are written as numbers,
 * so a legitimate negative longitude stays -99.1332. Documented on /data/.
 */
export function neutraliseFormula(value: unknown): unknown {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** d3-dsv's csvFormat over rows whose text cells are neutralised first (see neutraliseFormula). */
function safeCsvFormat<T extends Record<string, unknown>>(rows: readonly T[], columns: readonly (keyof T & string)[]): string {
  const safe = rows.map((row) => Object.fromEntries(columns.map((column) => [column, neutraliseFormula(row[column])])));
  return csvFormat(safe as { [key: string]: string }[], [...columns]);
}

/** CSV versions: flat rows, lists joined with " | ". */
export function visitsCsv(rows: VisitsDownload['visits'] | VisitsDownload['occupiedTerritoryVisits']): string {
  return safeCsvFormat(
    rows.map((v) => ({ ...v, event: v.event ?? '', cities: v.cities.map((c) => c.name).join(' | '), sources: v.sources.join(' | ') })),
    ['id', 'country', 'countryName', 'start', 'end', 'cities', 'kind', 'event', 'counterpart', 'sources'],
  );
}

export function unVotesCsv(download: UnVotesDownload, names: (iso3: string) => string = referenceName): string {
  const dates = new Map(download.resolutions.map((r) => [r.symbol, r.date]));
  const article19 = new Map(download.resolutions.map((r) => [r.symbol, new Set(r.article19?.members ?? [])]));
  const rows = Object.entries(download.votes).flatMap(([iso3, byResolution]) =>
    Object.entries(byResolution).map(([symbol, vote]) => ({ iso3, country: names(iso3), symbol, date: dates.get(symbol)!, vote, article19: article19.get(symbol)!.has(iso3) })),
  );
  return safeCsvFormat(rows, ['iso3', 'country', 'symbol', 'date', 'vote', 'article19']);
}

/** The `blocs` object as one CSV cell: `csto:member | sco:partner` (empty when there is no tie). */
export function blocsCell(blocs: CountriesDownload['countries'][number]['blocs']): string {
  return Object.entries(blocs).map(([bloc, status]) => `${bloc}:${status}`).join(' | ');
}

export function countriesCsv(download: CountriesDownload): string {
  return safeCsvFormat(
    download.countries.map(({ voteBreakdown: b, voteBreakdownRegular: rb, unfriendlyListSince, blocs, ...c }) => ({
      ...c,
      relationship: c.relationship ?? '',
      votesWithRussia: b.withRussia,
      votesAgainstRussia: b.againstRussia,
      votesAbstained: b.abstained,
      votesAbsent: b.absent,
      votesArticle19: b.article19,
      votesUnknown: b.unknown,
      regularWithRussia: rb.withRussia,
      regularAgainstRussia: rb.againstRussia,
      regularAbstained: rb.abstained,
      regularAbsent: rb.absent,
      regularArticle19: rb.article19,
      regularUnknown: rb.unknown,
      unfriendlyListSince: unfriendlyListSince ?? '',
      blocs: blocsCell(blocs),
    })),
    ['slug', 'name', 'iso3', 'isoNumeric', 'region', 'writtenProfile', 'relationship', 'iccStateParty', 'url', 'visitCount', 'votesWithRussia', 'votesAgainstRussia', 'votesAbstained', 'votesAbsent', 'votesArticle19', 'votesUnknown', 'regularWithRussia', 'regularAgainstRussia', 'regularAbstained', 'regularAbsent', 'regularArticle19', 'regularUnknown', 'unfriendlyListSince', 'blocs'],
  );
}

/** `/data/alignment.json`: the contested votes of each regular session, and every member's votes on them. */
export function alignmentDownloadData(ctx: RenderContext, data: SiteData): AlignmentDownload {
  const files = [...data.assemblyVotes].sort((a, b) => a.session - b.session);
  const byMember = alignmentByMember(data.assemblyVotes);
  return {
    definition: ctx.t.dataPage.alignment.definition,
    sessions: files.map((f) => ({
      session: f.session,
      recorded: f.votes.length,
      contested: f.votes.filter((v) => contestedRussiaVote(v, f.members)).length,
      lastVote: f.votes.at(-1)?.date ?? null,
      missing: f.missing.map((m) => ({ ...m })),
      sources: [...f.sources],
    })),
    members: [...byMember.values()]
      .map((m) => ({
        iso3: m.iso3,
        name: referenceName(m.iso3),
        sessions: m.sessions.map(({ session, counts: c }) => ({ session, contested: c.contested, withRussia: c.withRussia, withEu: c.withEu, abstained: c.abstained, absent: c.absent })),
      }))
      .sort((a, b) => byCodePoint(a.iso3, b.iso3)),
  };
}

/** The same, long: one row per member and session. */
export function alignmentCsv(download: AlignmentDownload): string {
  const rows = download.members.flatMap((m) => m.sessions.map((s) => ({ iso3: m.iso3, country: m.name, ...s })));
  return safeCsvFormat(rows, ['iso3', 'country', 'session', 'contested', 'withRussia', 'withEu', 'abstained', 'absent']);
}

