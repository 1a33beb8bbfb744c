import type { RenderContext } from '../render/context.ts';
import type { SiteData } from '../model/records.ts';
import { fillCodeProse, fillProse, type ProseSegment } from '../render/prose.ts';
import { alignmentCoverage } from './alignment-views.ts';
import { BLOC_IDS } from '../model/stances.ts';
import { foreignTrips } from '../model/visits.ts';
import { PROFILE_RULE_NO_VOTES, RUSSIA, isRegularSessionResolution, isWarResolution, shortSymbol } from '../model/votes.ts';
import { stanceLabel } from './vote-views.ts';

/** A count in running prose: spelled out up to ten ("nine allies", from the locale's number words), numerals above. */
export function countInWords(ctx: RenderContext, n: number): string {
  return ctx.t.numberWords[n] ?? ctx.fmt.count(n);
}

/** The resolution that began as a US draft and that Russia voted against once amended (see the method on /data/). */
const AMENDED_US_DRAFT = 'A/RES/ES-11/8';

/** Links in a list, as prose: `ES-11/1, ES-11/2 and ES-11/3`, each linked, joined by the locale's list format. */
function linkedList(ctx: RenderContext, items: readonly { link: string; href: string }[]): ProseSegment[] {
  const byText = new Map(items.map((i) => [i.link, i]));
  return ctx.fmt.listParts(items.map((i) => i.link)).map((part) => (part.type === 'element' ? byText.get(part.value)! : { text: part.value }));
}

/** One download in the files table: its JSON and CSV files and what they hold. */
export interface DownloadRow {
  json: string;
  csv: string[];
  what: string;
}

/**
 * The data page's texts that carry counts: what each download holds, and the method's sentences (how many war
 * resolutions are counted, how Russia voted on them, where a government fell between votes, who has a page).
 * `members` is the number of UN member states, `dataPages` how many of them have no written profile.
 */
export function dataPageText(ctx: RenderContext, data: SiteData, counts: { members: number; dataPages: number }) {
  const t = ctx.t.dataPage;
  const war = data.resolutions.filter(isWarResolution);
  const russiaNo = war.filter((r) => r.votes[RUSSIA] === 'no').length;
  const changes = ctx.fmt.list(data.countries.flatMap((c) => (c.governmentChanges ?? []).map((g) => t.governmentChange(ctx.name(c.iso3), ctx.fmt.date(g.date)))));
  // Every ally of the June 2024 reporting is still profiled: as an ally, or as a former ally once its government fell.
  const allies = data.countries.filter((c) => c.relationship === 'ally' || c.relationship === 'former-ally').length;
  const files: DownloadRow[] = [
    { json: 'visits.json', csv: ['visits.csv', 'occupied-territory-visits.csv'], what: ctx.fmt.plural(foreignTrips(data.visits).length, t.files.visits) },
    { json: 'un-votes.json', csv: ['un-votes.csv'], what: ctx.fmt.plural(data.resolutions.length, t.files.votes) },
    { json: 'countries.json', csv: ['countries.csv'], what: t.files.countries(ctx.fmt.plural(counts.members, t.files.members), ctx.fmt.plural(data.countries.length, t.files.profiled)) },
    { json: 'alignment.json', csv: ['alignment.csv'], what: t.alignment.file },
  ];
  return {
    files,
    votesCounted: t.votesCounted(ctx.fmt.plural(war.length, t.resolutions), ctx.fmt.date(data.dataset.asOf)),
    russiaVotes: russiaNo === war.length ? t.russiaAlwaysNo : t.russiaNo(ctx.fmt.count(russiaNo)),
    countsNotShares: changes ? `${t.countsNotShares} ${t.governmentChanges(changes)}` : t.countsNotShares,
    dataPages: t.dataPages(ctx.fmt.plural(counts.dataPages, t.members), ctx.fmt.count(counts.members)),
    whoHasAProfile: t.whoHasAProfile(ctx.fmt.pluralPhrase(allies, t.allies, countInWords(ctx, allies)), ctx.fmt.pluralPhrase(PROFILE_RULE_NO_VOTES, t.times)),
  };
}

/**
 * The data page's fixed words and its documentation of the files' shapes, as prose segments (code names as code,
 * links as links); the page draws them with its own elements. `members` and `dataPages` as for dataPageText.
 */
export function dataPageDocs(ctx: RenderContext, data: SiteData, counts: { members: number; dataPages: number }) {
  const war = data.resolutions.filter(isWarResolution);
  // The amended US draft of 24 February 2025, told in the method because Russia voted against a text it had backed.
  const amended = data.resolutions.find((r) => r.symbol === AMENDED_US_DRAFT && r.votes[RUSSIA]);
  const t = ctx.t.dataPage;
  const s = t.shapes;
  const m = t.method;
  const blocIds = BLOC_IDS.flatMap((id, i): ProseSegment[] => [...(i > 0 ? [{ text: ', ' }] : []), { code: id }]);
  return {
    title: t.title,
    description: t.description,
    cardAlt: ctx.t.cards.alt.data,
    lead: fillProse(t.lead, { date: { date: data.dataset.asOf } }),
    filesLabel: t.filesLabel,
    filesCaption: t.filesCaption,
    columns: t.columns,
    shapes: {
      heading: s.heading,
      visits: s.visits,
      visitsNote: fillCodeProse(s.visitsNote),
      unVotes: s.unVotes,
      unVotesNote: fillCodeProse(s.unVotesNote),
      countries: s.countries,
      countriesNote: fillCodeProse(s.countriesNote, {
        members: ctx.fmt.count(counts.members),
        dataPages: ctx.fmt.count(counts.dataPages),
        method: { link: s.methodLink, href: '#method' },
      }),
      alignment: s.alignment,
      alignmentNote: fillCodeProse(s.alignmentNote, { method: { link: s.methodLink, href: '#alignment' } }),
      stancesNote: fillCodeProse(s.stancesNote, {
        order: data.unfriendlyStates.order,
        map: { link: s.mapLink, href: ctx.urls.layer('unfriendly') },
        listChecked: ctx.fmt.date(data.unfriendlyStates.checkedUntil),
        blocsChecked: ctx.fmt.date(data.blocs.checkedUntil),
        blocIds,
      }),
    },
    votesHeading: t.votesHeading,
    votesText: fillProse(t.votesText, { link: { link: ctx.t.votesPage.heading, href: ctx.urls.votes() } }),
    provenance: {
      heading: t.provenanceHeading,
      intro: t.provenanceIntro,
      items: data.resolutions.filter((r) => r.provenance).map((r) => ({ link: shortSymbol(r.symbol), href: ctx.urls.layer(`votes/${r.id}`), text: r.provenance! })),
    },
    spreadsheets: { heading: t.spreadsheets.heading, text: fillCodeProse(t.spreadsheets.text) },
    method: {
      heading: m.heading,
      votes: m.votes,
      stances: (['withRussia', 'againstRussia', 'abstained', 'absent', 'article19', 'unknown'] as const).map((id) => ({ id, label: stanceLabel(ctx, id), text: fillCodeProse(m.stances[id]) })),
      asOf: m.asOf,
      asOfText: m.asOfText(ctx.fmt.date(data.dataset.asOf)),
      trips: m.trips,
      tripsText: m.tripsText,
      pages: m.pages,
      profiles: m.profiles,
      resolutions: m.resolutions,
      resolutionsText: fillProse(m.resolutionsText, {
        list: linkedList(ctx, war.map((r) => ({ link: shortSymbol(r.symbol), href: ctx.urls.layer(`votes/${r.id}`) }))),
        regular: linkedList(ctx, data.resolutions.filter(isRegularSessionResolution).map((r) => ({ link: shortSymbol(r.symbol), href: ctx.urls.layer(`votes/${r.id}`) }))),
      }),
      weight: m.weight,
      weightText: m.weightText,
      amendedDraft: amended && m.amendedDraft,
      amendedDraftText: amended && fillProse(m.amendedDraftText, { symbol: { link: shortSymbol(amended.symbol), href: ctx.urls.layer(`votes/${amended.id}`) }, russia: ctx.t.letterCase.inSentence(ctx.t.votes[amended.votes[RUSSIA]!]) }),
      absences: m.absences,
      absencesText: m.absencesText,
      alignment: t.alignment,
      alignmentCoverage: alignmentCoverage(ctx, data.assemblyVotes),
      allyTest: m.allyTest,
      allyTestText: m.allyTestText,
      relationships: m.relationships,
      relationshipsText: fillProse(m.relationshipsText, { list: { link: m.listLink, href: ctx.urls.countries() } }),
    },
    citationHeading: t.citationHeading,
    /** The suggested citation, with the page's own address. */
    citation: (url: string) => t.citation(data.dataset.citation, data.dataset.asOf.slice(0, 4), data.dataset.asOf, url),
  };
}
