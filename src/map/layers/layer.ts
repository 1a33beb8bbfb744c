import { OTHER_MAP_SHAPES } from '../../schemas/territories.ts';
import type { RenderContext } from '../../render/context.ts';
import { baseMap } from '../geo/base-map.ts';
import { fillProse, type ProseSegment } from '../../render/prose.ts';
import type { Token } from './palette.ts';
import type { Messages } from '../../i18n/en.ts';

/** One class of a country layer: what the legend shows and which colour token fills the map. */
export interface LayerClass {
  /** Stable id, used as `data-class` on the map (never a raw data value: `classify` must return one of these). */
  id: string;
  token: Token;
  /** The legend's label, without counts. */
  label: string;
}

/**
 * A layer's classes with their legend labels, in the strings of the edition being rendered: labels are looked up
 * when a layer is built, never when its module is imported (the classes' ids and colours are the constants).
 */
export function labelClasses<Id extends string>(ctx: RenderContext, classes: readonly { id: Id; token: Token }[], label: (m: Messages, id: Id) => string, m: Messages = ctx.t): (LayerClass & { id: Id })[] {
  return classes.map((c) => ({ ...c, label: label(m, c.id) }));
}

/** A state a layer classifies: every UN member, plus non-members some layers include (Palestine for the ICC). */
export interface StateRef {
  iso3: string;
  /** world-atlas id (zero-padded ISO numeric). */
  isoNumeric: string;
  /** Its key in the edition's names table: the ISO3 code, or a listed territory's id. */
  key: string;
}

/** One state on a layer: its class and the sentence its shape shows as a tooltip. */
export interface ClassifiedState extends StateRef {
  cls: string;
  token: Token;
  /** e.g. `France: Yes`. */
  tooltip: string;
}

/** A legend entry: swatch token plus the label the reader sees (with its count). */
export interface LegendItem {
  cls: string;
  token: Token;
  label: string;
}

/** A link to a source, labelled for the reader. */
export interface SourceLink {
  href: string;
  label: string;
}

/** What the generic layer page shows around the map (all text computed here, none in the page). */
export interface LayerPageView {
  /** The HTML title and the share description. */
  title: string;
  description: string;
  heading: string;
  lead: string;
  /** Paragraphs between the lead and the map. */
  intro: string[];
  note?: string | undefined;
  /** Related pages, linked under the intro (the vote table from every vote map). */
  links?: SourceLink[] | undefined;
  map: { title: string; description: string };
  legend: LegendItem[];
  /** Under the legend: the date the layer stands on (`Standing on 20 June 2026.`) and more, then the labelled sources. */
  caption: { text: ProseSegment[]; sourcesLabel: string; sources: SourceLink[] };
}

/**
 * A country layer: a map of every state in a few declared classes, with its legend and page. Declared once in
 * the registry (src/map/layers/registry.ts); src/pages/[...locale]/map/[...layer].astro renders every one.
 */
export interface CountryLayer {
  /** Route below /map/, e.g. `icc` or `votes/a-res-es-11-1`. */
  id: string;
  href: string;
  /** How the layer navigation names it; `group` gathers layers of one family (the UN votes). */
  nav: { label: string; title?: string | undefined; group?: string };
  classes: readonly LayerClass[];
  /** Every state on the layer with its class. */
  states: ReadonlyMap<string, ClassifiedState>;
  page: LayerPageView;
  /** What the page lists under the map, by kind (each kind has its own component). */
  details: LayerDetails;
  /** Where the layer is published without site chrome for other sites to frame (src/pages/[...locale]/embed/). */
  embed: { path: string; title: string; canonicalLabel: string };
  /** The part of the world map the layer is about (its viewBox), where that is a region; the whole world if unset. */
  frame?: MapFrame | undefined;
  /**
   * Data attributes every shape carries besides `data-country` and `data-class`, for tests and other people's
   * scrapers: a vote layer gives each shape `data-resolution="<symbol>"` and `data-vote="<its class>"`.
   */
  shapeData?: ((s: ClassifiedState) => Record<string, string>) | undefined;
}

export type LayerDetails =
  | { kind: 'icc-trips'; heading: string; id: string; trips: { slug: string; country: string; dates: string; cities: string; remark: string }[]; empty: string }
  | { kind: 'roll-call'; heading: string; id: string; groups: { id: string; heading: string; names: string[] }[]; noNames: string }
  | { kind: 'listing'; heading: string; id: string; groups: ListingGroup[]; notes: { text: string; sources: SourceLink[] }[]; sourcesLabel: string };

/** One group of a listing under a map: a heading, what it is, and its states, each with its dates. */
export interface ListingGroup {
  id: string;
  heading: string;
  text?: string | undefined;
  items: { name: string; href?: string | undefined; detail?: string | undefined }[];
  sources?: SourceLink[] | undefined;
}

/**
 * Classifies each state and checks the class is declared: a data value that is not a class of the layer stops
 * the build instead of reaching the page as an unknown CSS class.
 */
export function classifyStates(
  layerId: string,
  classes: readonly LayerClass[],
  states: readonly StateRef[],
  classify: (s: StateRef) => string,
  tooltip: (s: StateRef, c: LayerClass) => string,
): Map<string, ClassifiedState> {
  const byId = new Map(classes.map((c) => [c.id, c]));
  return new Map(
    states.map((s) => {
      const id = classify(s);
      const c = byId.get(id);
      if (!c) throw new Error(`layer ${layerId}: ${s.key} classified as "${id}", which is not one of its classes (${classes.map((x) => x.id).join(', ')})`);
      return [s.isoNumeric, { ...s, cls: c.id, token: c.token, tooltip: tooltip(s, c) }];
    }),
  );
}

/** Count of each class, in the layer's declared order. */
export function countByClass(layer: Pick<CountryLayer, 'classes' | 'states'>): { cls: LayerClass; count: number }[] {
  const values = [...layer.states.values()];
  return layer.classes.map((cls) => ({ cls, count: values.filter((v) => v.cls === cls.id).length }));
}

/**
 * A layer's caption: `template` holds `{date}` (`Standing on {date}.`), `text` follows it (the roll call's
 * completeness), then the sources under their label.
 */
export function layerCaption(ctx: RenderContext, template: string, date: string, sources: SourceLink[], text?: string): LayerPageView['caption'] {
  return { text: [...fillProse(template, { date: { date } }), ...(text ? [{ text: ` ${text}` }] : [])], sourcesLabel: ctx.t.layers.sources, sources };
}

/**
 * What every layer page says around its map besides its layer's own words, the same on each: the note's label,
 * and the share card's alt text.
 */
export function layerPageLabels(ctx: RenderContext): { noteLabel: string; cardAlt: string } {
  const t = ctx.t.layers;
  return { noteLabel: t.note, cardAlt: ctx.t.cards.alt.map };
}

/**
 * A shape on the base map that no layer classifies (a territory, or a state that is not a UN member), by its ISO
 * numeric id: `Greenland: not a UN member state`, named in the edition's language (src/schemas/territories.ts).
 */
export function notMemberTooltip(ctx: RenderContext, shapeId: string): string {
  const shape = OTHER_MAP_SHAPES[shapeId];
  if (!shape) throw new Error(`the world map has a shape (ISO numeric ${shapeId}) that is neither a UN member nor named in OTHER_MAP_SHAPES (src/schemas/territories.ts)`);
  return ctx.t.layers.notMember('territory' in shape ? ctx.name(shape.territory).listed : ctx.fmt.regionName(shape.iso2));
}

/**
 * Where a phone opens a layer's map, which pans sideways there: the middle of the states the layer marks (every
 * class but plain land) as a fraction of the map's width; of every state when it marks none.
 */
export function layerStart(layer: Pick<CountryLayer, 'states'>): number {
  const base = baseMap();
  const states = [...layer.states.values()];
  const marked = states.filter((s) => s.token !== 'map-land');
  const xs = (marked.length ? marked : states).flatMap((s) => base.centre(s.isoNumeric)?.slice(0, 1) ?? []);
  if (!xs.length) return 0.5;
  return (Math.min(...xs) + Math.max(...xs)) / 2 / base.width;
}

/** A layer's embed for other sites (src/pages/[...locale]/embed/[...layer].astro): at /embed/<id>/, titled as its page. */
export function layerEmbed(ctx: RenderContext, id: string, heading: string): CountryLayer['embed'] {
  return { path: ctx.urls.embed(id), title: heading, canonicalLabel: heading };
}

/** A viewBox on the 960-wide world map, in its units. */
export interface MapFrame {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The region that holds the given states (world-atlas ids), for a layer about a few neighbours such as a bloc:
 * their centres with a margin, widened to a landscape between 4:3 and 2:1 and to at least a third of the world's
 * width, kept inside the map. Undefined when the region is most of the world anyway (BRICS), so the map stays whole.
 */
export function regionFrame(ids: readonly string[], map: { width: number; height: number; centre(id: string): [number, number] | undefined }): MapFrame | undefined {
  const centres = ids.map((id) => map.centre(id)).filter((c): c is [number, number] => Boolean(c));
  if (!centres.length) return undefined;
  const margin = map.width * 0.07;
  let [x0, x1] = [Math.min(...centres.map((c) => c[0])) - margin, Math.max(...centres.map((c) => c[0])) + margin];
  let [y0, y1] = [Math.min(...centres.map((c) => c[1])) - margin, Math.max(...centres.map((c) => c[1])) + margin];
  const grow = (a: number, b: number, size: number): [number, number] => [(a + b) / 2 - size / 2, (a + b) / 2 + size / 2];
  if (x1 - x0 < map.width / 3) [x0, x1] = grow(x0, x1, map.width / 3);
  if ((x1 - x0) / (y1 - y0) > 2) [y0, y1] = grow(y0, y1, (x1 - x0) / 2);
  if ((x1 - x0) / (y1 - y0) < 4 / 3) [x0, x1] = grow(x0, x1, ((y1 - y0) * 4) / 3);
  if (x1 - x0 > map.width * 0.8 || y1 - y0 > map.height * 0.9) return undefined;
  // Slid back inside the map where the margin ran over an edge.
  const shift = (a: number, b: number, max: number) => (a < 0 ? -a : b > max ? max - b : 0);
  const dx = shift(x0, x1, map.width);
  const dy = shift(y0, y1, map.height);
  const round = (n: number) => Math.round(n * 10) / 10;
  return { x: round(x0 + dx), y: round(y0 + dy), width: round(x1 - x0), height: round(y1 - y0) };
}
