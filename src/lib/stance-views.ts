import { messages } from '../i18n/messages.ts';
import { proseName } from './explainer-facts.ts';
import { formatDate, formatList, formatPartialDate } from './format.ts';
import { blocInProse, blocShortInProse, previousStatuses, tieDates } from './layers/bloc-layer.ts';
import type { SiteData } from './records.ts';
import { BLOC_IDS, stancesFor, type BlocTie } from './stances.ts';
import { RUSSIA } from './votes.ts';

/** One bloc tie as the country page shows it: the bloc (linked to its map), the status with dates, note, sources. */
export interface TieView {
  bloc: string;
  short: string;
  blocName: string;
  mapHref: string;
  status: string;
  /** `since 7 October 2002`, with earlier statuses after it. */
  dates: string;
  note: string | null;
  sources: readonly string[];
}

/** Everything the "Memberships and stances" section of a country page says, composed from the data. */
export interface StancesView {
  id: 'stances';
  heading: string;
  unfriendly: { heading: string; text: string; details: string[]; sources: readonly string[]; mapHref: string; mapLabel: string };
  blocs: { heading: string; intro: string; current: TieView[]; former: TieView[]; unconfirmed: TieView[]; formerLabel: string; unconfirmedLabel: string };
}

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The section for any UN member (profiled or not), by ISO3 and its short English name. */
export function stancesView(data: SiteData, iso3: string, name: string): StancesView {
  const m = messages();
  const s = stancesFor(data, iso3);
  const list = data.unfriendlyStates;
  const who = proseName(name);
  const listName = 'Russia’s list of “unfriendly” states';

  const u = s.unfriendly;
  let text: string;
  const details: string[] = [];
  let sources: readonly string[];
  if (iso3 === RUSSIA) {
    text = `The list is the Russian government’s own: ${list.order}, with its amendments.`;
    sources = list.amendments[0]!.sources;
  } else if (!u) {
    text = `${upperFirst(who)} is not on ${listName} (${list.order} and its amendments, checked up to ${formatDate(s.unfriendlyCheckedUntil)}).`;
    // The order's own sources; the map of the list cites every amendment.
    sources = list.amendments[0]!.sources;
  } else {
    const how = u.inOriginalOrder
      ? `named in the original order (${list.order})${u.group ? ` as one of the ${u.group.name}` : ''}`
      : `added by an amendment to ${list.order}`;
    text = u.until
      ? `${upperFirst(who)} was on ${listName} from ${formatDate(u.since)} to ${formatDate(u.until)}, ${how}.`
      : `${upperFirst(who)} has been on ${listName} since ${formatDate(u.since)}, ${how}.`;
    if (!u.inOriginalOrder) details.push([u.amendment.summary, u.amendment.note].filter(Boolean).join(' '));
    if (u.note) details.push(u.note);
    sources = u.sources;
  }

  const view = (t: BlocTie): TieView => ({
    bloc: t.bloc,
    short: m.blocs[t.bloc].short,
    blocName: t.blocName,
    mapHref: `/map/blocs/${t.bloc}/`,
    status: t.ended ? m.blocStatus.former : m.blocStatus[t.status],
    dates: `${tieDates(t)}${t.previous.length ? `; before that ${previousStatuses(t)}` : ''}`,
    note: t.note,
    sources: t.sources,
  });
  const tracked = formatList(BLOC_IDS.map(blocShortInProse));
  const asOf = formatDate(s.blocsCheckedUntil);
  return {
    id: 'stances',
    heading: m.stances.heading,
    unfriendly: { heading: m.stances.unfriendlyHeading, text, details, sources, mapHref: '/map/unfriendly/', mapLabel: m.stances.unfriendlyMapLink },
    blocs: {
      heading: m.stances.blocsHeading,
      intro: s.blocs.length
        ? `Ties on ${asOf} to the blocs tracked here (${tracked}):`
        : `On ${asOf}, ${who} had no tie, as member, observer or partner, to any of the blocs tracked here (${tracked}).`,
      current: s.blocs.map(view),
      former: s.formerBlocs.map(view),
      unconfirmed: s.unconfirmed.map((x) => ({
        bloc: x.bloc,
        short: m.blocs[x.bloc].short,
        blocName: x.blocName,
        mapHref: `/map/blocs/${x.bloc}/`,
        status: m.stances.unconfirmedStatus,
        dates: `some sources count it as a ${m.blocStatus[x.claim].toLowerCase()} of ${blocInProse(data, x.bloc)} from ${formatPartialDate(x.claimedSince)}`,
        note: x.note,
        sources: x.sources,
      })),
      formerLabel: m.stances.formerLabel,
      unconfirmedLabel: m.stances.unconfirmedLabel,
    },
  };
}
