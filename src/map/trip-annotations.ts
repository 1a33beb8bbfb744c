import { englishOf } from '../model/data-text.ts';
import type { RenderContext } from '../render/context.ts';
import { hostsBySlug } from '../model/hosts.ts';
import { tripsToIccParties } from '../model/icc.ts';
import { byStart, type SiteData, type VisitRecord } from '../model/records.ts';
import { fillText } from '../render/prose.ts';
import { foreignTrips } from '../model/visits.ts';
import { wordCache } from '../render/word-cache.ts';

/**
 * What a note on the map says about its trip, each a fact the visit's record (or the ICC and "unfriendly" lists)
 * must back; the build stops if it does not.
 * - `treaty`: a treaty among the documents signed, with the counterpart met;
 * - `icc`: the host was bound by the Rome Statute on the day, after the warrant for Putin was issued;
 * - `summit`: a summit, with the counterpart met (and, if so, the first trip to an "unfriendly" state);
 * - `event`: the occasion, as the record names it.
 */
type NoteKind = 'treaty' | 'icc' | 'summit' | 'event';

/** The trips the map annotates: the few that changed the story, in the map's reading order. */
export const ANNOTATED_TRIPS: readonly { visit: string; say: NoteKind }[] = [
  { visit: '2024-06-19-north-korea', say: 'treaty' },
  { visit: '2024-09-02-mongolia', say: 'icc' },
  { visit: '2025-08-15-united-states', say: 'summit' },
  { visit: '2025-08-31-china', say: 'event' },
];

/** A note on one trip: `Pyongyang` / `19 June 2024` / `Signed a treaty with Kim Jong Un`. */
export interface TripNote {
  visitId: string;
  /** The host's slug and the cities, for the map to point at. */
  host: string;
  cities: string[];
  year: number;
  /** The cities as a list: `Tianjin and Beijing`. */
  place: string;
  dates: string;
  /** What happened. */
  text: string;
}

/** "Kim Jong Un (Chairman of State Affairs of North Korea)" → "Kim Jong Un". */
const personOf = (counterpart: string) => counterpart.replace(/\s*\(.*$/, '');
/** "SCO Heads of State Council and SCO Plus (Tianjin); parade …" → its clauses, each without the place in brackets. */
const clausesOf = (event: string) => event.split(/;\s*/).map((c) => c.replace(/\s*\([^)]*\)\s*$/, '').trim()).filter(Boolean);

const computed = wordCache<SiteData, TripNote[]>();

/** The map's notes on the key trips, every word from the data or the UI strings. */
export function tripNotes(ctx: RenderContext, data: SiteData): TripNote[] {
  return computed(ctx, data, () => writeNotes(ctx, data));
}

function writeNotes(ctx: RenderContext, data: SiteData): TripNote[] {
  const ui = ctx.t.tripMap;
  const trips = foreignTrips(data.visits).sort(byStart);
  const hosts = hostsBySlug(data);
  const iccBound = tripsToIccParties(hosts, trips);
  const iso3 = new Map([...hosts.values()].map((c) => [c.slug, c.iso3]));
  const unfriendlyOn = (v: VisitRecord) =>
    data.unfriendlyStates.unMembers.some((m) => m.iso3 === iso3.get(v.country) && m.since <= v.start && (!m.until || m.until > v.start));
  const notes = ANNOTATED_TRIPS.map(({ visit: id, say }) => {
    const v = trips.find((t) => t.id === id);
    const fail = (why: string) => new Error(`src/map/trip-annotations.ts: the map's note on ${id} ${why}`);
    if (!v) throw fail('names no foreign trip in content/visits');
    let text: string;
    switch (say) {
      case 'treaty':
        if (!englishOf(v).signed?.some((s) => /^treaty\b/i.test(s))) throw fail('says a treaty was signed, but its `signed` list has none');
        text = fillText(ui.treaty, { counterpart: personOf(v.counterpart) });
        break;
      case 'icc':
        if (!iccBound.has(v.id) || v.start < data.iccStates.warrant.issued) throw fail('says the host was an ICC state party after the warrant, but the data does not');
        text = ui.iccNoArrest;
        break;
      case 'summit': {
        if (v.kind !== 'summit') throw fail(`says it was a summit, but its kind is ${v.kind}`);
        const firstUnfriendly = unfriendlyOn(v) && !trips.some((t) => t.start < v.start && unfriendlyOn(t));
        const summit = fillText(ui.summit, { counterpart: personOf(v.counterpart) });
        text = firstUnfriendly ? fillText(ui.firstUnfriendly, { note: summit }) : summit;
        break;
      }
      case 'event':
        if (!v.event) throw fail('quotes its event, but it has none');
        text = ctx.t.letterCase.sentenceStart(clausesOf(v.event).join('; '));
        break;
    }
    return { visitId: v.id, host: v.country, cities: v.cities.map((c) => c.name), year: Number(v.start.slice(0, 4)), place: ctx.fmt.list(v.cities.map((c) => c.name)), dates: ctx.fmt.dateRange(v.start, v.end), text };
  });
  return notes;
}
