import type { RenderContext } from '../render/context.ts';
import { tieDatesWithPrevious } from '../map/layers/bloc-layer.ts';
import type { SiteData } from '../model/records.ts';
import { BLOC_IDS, stancesFor, type BlocTie } from '../model/stances.ts';
import { RUSSIA } from '../model/votes.ts';

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


/** The section for any UN member (profiled or not), by ISO3 (its names come from the edition's names table). */
export function stancesView(ctx: RenderContext, data: SiteData, iso3: string): StancesView {
  const m = ctx.t;
  const s = stancesFor(data, iso3);
  const list = data.unfriendlyStates;
  const who = ctx.name(iso3);
  const ui = m.stances;
  const listName = ui.listName;

  const u = s.unfriendly;
  let text: string;
  const details: string[] = [];
  let sources: readonly string[];
  if (iso3 === RUSSIA) {
    text = ui.russia(list.order);
    sources = list.amendments[0]!.sources;
  } else if (!u) {
    text = ui.notListed(who, listName, list.order, ctx.fmt.date(s.unfriendlyCheckedUntil));
    // The order's own sources; the map of the list cites every amendment.
    sources = list.amendments[0]!.sources;
  } else {
    const how = !u.inOriginalOrder ? ui.byAmendment(list.order) : u.group ? ui.inOrderAsGroup(list.order, u.group.name) : ui.inOrder(list.order);
    text = u.until
      ? ui.wasListed(who, listName, ctx.fmt.date(u.since), ctx.fmt.date(u.until), how)
      : ui.listed(who, listName, ctx.fmt.date(u.since), how);
    if (!u.inOriginalOrder) details.push([u.amendment.summary, u.amendment.note].filter(Boolean).join(' '));
    if (u.note) details.push(u.note);
    sources = u.sources;
  }

  const view = (t: BlocTie): TieView => ({
    bloc: t.bloc,
    short: ctx.bloc(t.bloc).short,
    blocName: ctx.bloc(t.bloc).full,
    mapHref: ctx.urls.layer(`blocs/${t.bloc}`),
    status: t.ended ? m.blocStatus.former : t.body ? m.blocStatusInAssembly(m.blocStatus[t.status]) : m.blocStatus[t.status],
    dates: tieDatesWithPrevious(ctx, t),
    note: t.note,
    sources: t.sources,
  });
  const tracked = ctx.fmt.list(BLOC_IDS.map((x) => ctx.bloc(x).shortInProse));
  const asOf = ctx.fmt.date(s.blocsCheckedUntil);
  return {
    id: 'stances',
    heading: ui.heading,
    unfriendly: { heading: ui.unfriendlyHeading, text, details, sources, mapHref: ctx.urls.layer('unfriendly'), mapLabel: ui.unfriendlyMapLink },
    blocs: {
      heading: ui.blocsHeading,
      intro: s.blocs.length ? ui.blocsIntro(asOf, tracked) : ui.noBlocs(asOf, who, tracked),
      current: s.blocs.map(view),
      former: s.formerBlocs.map(view),
      unconfirmed: s.unconfirmed.map((x) => ({
        bloc: x.bloc,
        short: ctx.bloc(x.bloc).short,
        blocName: ctx.bloc(x.bloc).full,
        mapHref: ctx.urls.layer(`blocs/${x.bloc}`),
        status: ui.unconfirmedStatus,
        dates: ui.claimed(m.blocStatusClaimed[x.claim], ctx.bloc(x.bloc).fullInProse, ctx.fmt.partialDate(x.claimedSince)),
        note: x.note,
        sources: x.sources,
      })),
      formerLabel: ui.formerLabel,
      unconfirmedLabel: ui.unconfirmedLabel,
    },
  };
}
