import type { RenderContext } from '../../render/context.ts';
import { geoBounds, geoContains, geoInterpolate, geoPath, type GeoProjection } from 'd3-geo';
import type { LineString } from 'geojson';
import type { Host } from '../../model/hosts.ts';
import type { VisitRecord } from '../../model/records.ts';

/** What the trip map needs of a host (src/model/hosts.ts): any UN member, profiled or not. */
export type TripHost = Pick<Host, 'slug' | 'iso3' | 'isoNumeric' | 'name' | 'pointOnly'>;
import { foreignTrips } from '../../model/visits.ts';
import type { Token } from '../layers/palette.ts';
import type { TripNote } from '../trip-annotations.ts';
import { tripBaseMap } from './base-map.ts';
import { inside, placeLabels, textWidth, wrapText, type Box, type LabelRequest, type PlacedLabel } from './label-layout.ts';
import { CompactPathWriter } from './path-writer.ts';
import { arcticProjection, project, tripProjection } from './projection.ts';
import { INSET_DETAIL, TRIP_DETAIL, worldAt } from './world.ts';
import { byCodePoint } from '../../model/order.ts';
import { wordCache } from '../../render/word-cache.ts';

/** Every arc starts in Moscow (its name on the map is the UI strings' `tripMap.moscow`). */
export const MOSCOW = { lat: 55.7558, lon: 37.6173 } as const;

/** Trip-count classes for shading hosts: 1, 2, 3–4, 5 or more trips. */
export const TRIP_BINS = [
  { min: 1, max: 1, token: 'trips-1' },
  { min: 2, max: 2, token: 'trips-2' },
  { min: 3, max: 4, token: 'trips-3' },
  { min: 5, max: Infinity, token: 'trips-4' },
] as const satisfies readonly { min: number; max: number; token: Token }[];
export const tripBin = (n: number) => TRIP_BINS.findIndex((b) => n >= b.min && n <= b.max) + 1;

/** A bin's legend label: `1 trip`, `3–4 trips`, `5 or more`. */
export function tripBinLabel(ctx: RenderContext, bin: { min: number; max: number }): string {
  const t = ctx.t.tripMap.bins;
  if (bin.max === Infinity) return t.atLeast(ctx.fmt.count(bin.min));
  if (bin.min === bin.max) return ctx.fmt.plural(bin.min, t.trips);
  return ctx.fmt.pluralRangeForm(bin.min, bin.max, t.trips).replace('{n}', ctx.fmt.countRange(bin.min, bin.max));
}

/** The trip map's legend: the bins, then the route and the city marker. */
export function tripLegendItems(ctx: RenderContext): ({ token: Token; label: string } | { shape: 'route' | 'point'; label: string })[] {
  const t = ctx.t.tripMap;
  return [
    ...TRIP_BINS.map((bin) => ({ token: bin.token, label: tripBinLabel(ctx, bin) })),
    { shape: 'route' as const, label: t.routeLegend },
    { shape: 'point' as const, label: t.pointLegend },
  ];
}

/** A host's accessible name on the map: `China: 4 trips, 2023–2026`. */
export function hostLabel(ctx: RenderContext, iso3: string, trips: number, years: string): string {
  const t = ctx.t.tripMap;
  return t.host(ctx.name(iso3), ctx.fmt.plural(trips, t.trips), years);
}

/** A city marker's: `Bishkek and Kant, Kyrgyzstan: 2 trips, 2022–2023`. */
export function markerLabel(ctx: RenderContext, place: string, iso3: string, trips: number, years: string): string {
  const t = ctx.t.tripMap;
  return t.marker(place, ctx.name(iso3), ctx.fmt.plural(trips, t.trips), years);
}

/** Years as the map's data attributes hold them: `2023 2025`. */
export const yearsOf = (years: readonly number[]): string => [...years].sort().join(' ');
/** Years as a span for accessible names: `2023–2026`, or one year. */
export function yearSpan(years: readonly number[]): string {
  const sorted = [...years].sort();
  return sorted.length > 1 ? `${sorted[0]}–${sorted[sorted.length - 1]}` : String(sorted[0]);
}

/** The inset's accessible name. */
export const tripInsetLabel = (ctx: RenderContext): string => ctx.t.tripMap.insetLabel;

export interface HostShape {
  country: TripHost;
  trips: number;
  /** 1–4, see TRIP_BINS. */
  bin: number;
  /** The colour token of its bin. */
  token: Token;
  years: number[];
  /** Trips per year, e.g. `{ 2022: 1, 2024: 2 }`: the year filter re-shades hosts by these. */
  tripsByYear: Record<number, number>;
  /** Path data, or null when the host is drawn only as its city markers (pointOnly). */
  d: string | null;
}

export interface CityMarker {
  key: string;
  /** The city, or the cities grouped under one marker (`Bishkek and Kant`). */
  name: string;
  /** Every city the marker stands for. */
  cities: string[];
  country: TripHost;
  x: number;
  y: number;
  /** Drawn in the Arctic inset (its x, y are on the inset, in map units). */
  inset: boolean;
  years: number[];
  trips: number;
}

/** A line of text on the map, laid out at LABEL_SIZE (see label-layout.ts for how it is tied to its box). */
export interface MapText extends PlacedLabel {
  lines: string[];
}

/** A host country's name, beside its main city. */
export interface HostLabel extends MapText {
  iso3: string;
  inset: boolean;
}

/** A note on a key trip: place (bold), dates, what happened; tied to the trip's city by a leader line. */
export interface TripAnnotation extends MapText {
  visitId: string;
  year: number;
  /** Lines of the place name (set bold); the dates and what happened follow. */
  placeLines: number;
  /** A note in the Arctic inset's caption (set plain), not on the map (set on a card). */
  inset: boolean;
}

/** A city's name beside its marker, where a host has more than one stop (Harbin, besides Beijing). */
export interface CityLabel extends MapText {
  iso3: string;
  /** The years of trips to the city, space-separated, for the year filter. */
  years: string;
}

export interface Route {
  /** The trip it belongs to, e.g. `2025-08-15-united-states`. */
  visitId: string;
  city: string;
  year: number;
  /** Path data on the map; null when the city lies outside the map's frame (the route is drawn in the Arctic inset). */
  d: string | null;
  /** Path data in the Arctic inset, for routes the world map cannot show whole. */
  insetD: string | null;
  to: [number, number];
}

export interface TripMap {
  width: number;
  height: number;
  land: string;
  borders: string;
  hosts: HostShape[];
  markers: CityMarker[];
  routes: Route[];
  moscow: [number, number];
  /** Where the "Moscow" label goes. */
  moscowLabel: MapText;
  labels: HostLabel[];
  /** Names of the stops that are not their host's labelled city; a stop with no free room nearby stays unnamed. */
  cityLabels: CityLabel[];
  annotations: TripAnnotation[];
  /** The Arctic inset: `size` is its globe's square, `h` the frame's height (the globe, then notes on trips it shows). */
  inset: { land: string; moscow: [number, number]; moscowLabel: MapText; title: MapText; box: InsetBox } | null;
  /**
   * The phone's framing: the same drawing in two panels (west, then east) stacked on a narrow screen, each a window
   * on the map's own units with its words laid out again for it, at PHONE_LABEL_SIZE.
   */
  panels: TripPanel[];
}

/** One panel of the phone's framing: its window on the map, and the words laid out inside it. */
export interface TripPanel {
  key: PanelKey;
  box: Box;
  moscowLabel: MapText | null;
  labels: HostLabel[];
  cityLabels: CityLabel[];
  annotations: TripAnnotation[];
  /** The Arctic inset, when the panel shows it: its frame (taller than the wide map's: larger captions) and words. */
  inset: { box: InsetBox; moscowLabel: MapText; title: MapText } | null;
}

export interface InsetBox {
  x: number;
  y: number;
  size: number;
  h: number;
}

/**
 * Font size of the map's text in map units, as laid out: what a phone and a mid-width screen draw (the map is at
 * least 720 px wide there, so 15 units render at 11.25 px or more); wide screens draw it at LABEL_SIZE_WIDE.
 */
export const LABEL_SIZE = 15;
/** From 64rem (1024 px) the map is about 960 px wide or more: 12 units render at 12 px or more. */
export const LABEL_SIZE_WIDE = 12;
export const LINE_HEIGHT = 1.25;
/** The height a line of map text takes on screen, in em: the map font's ascent plus descent. */
const GLYPH_HEIGHT = 1.43;
/** The narrowest the whole map is drawn: narrower screens get the phone's panels. LABEL_SIZE is sized for it. */
export const MAP_MIN_WIDTH = 720;
/** The notes' measure, in map units. */
const NOTE_WIDTH = 210;

export type PanelKey = 'west' | 'east' | 'arctic';
/**
 * The phone's panels over the map, in map units, chosen by hand like the frame: the west from Belarus and the Gulf
 * to Kazakhstan and India, where the routes fan out of Moscow; the east from Mongolia to Vietnam and North Korea.
 * They overlap, so that a country on the seam is seen whole; each stop is named in one of them, by the side of
 * PANEL_SEAM it lies on. A stop in neither stops the build. The Arctic inset is a third panel (see drawTripMap).
 */
export const PHONE_PANELS: readonly { key: Exclude<PanelKey, 'arctic'>; box: Box }[] = [
  { key: 'west', box: { x: 110, y: 40, w: 450, h: 467 } },
  { key: 'east', box: { x: 490, y: 0, w: 440, h: 507 } },
];
const PANEL_SEAM = 530;
/** In the Arctic panel the notes stand beside the globe, this wide, rather than under it. */
const ARCTIC_CAPTION_WIDTH = 220;
/**
 * Font size of a panel’s text in map units. A panel is drawn at least 288 px wide (a 320 px screen less its margins)
 * and at most PANEL_MAX_WIDTH: 18 of its 400–450 units render at 11.5–13 px on the narrowest screen, about 14 px on
 * common phones and under 19 px at the widest (tests/unit/trip-map.test.ts).
 */
export const PHONE_LABEL_SIZE = 18;
/** The widest a panel is drawn (CSS), so its text stays at most ~16 px. */
export const PANEL_MAX_WIDTH = 416;
/** The notes' measure in a panel. */
const PHONE_NOTE_WIDTH = 230;
const INSET_BOX_SIZE = 170;
/** What a note's box costs per 8-unit cell it covers, against one map unit of leader line. */
const NOTE_COST = { otherHost: 0.5, ownHost: 0.15, route: 1 };
/** Room between the inset's frame and what is drawn inside it. */
const INSET_PADDING = 4;

/** A note's lines: the place (bold), the dates, what happened, wrapped to `width` map units. */
function noteText(note: TripNote, width: number, size: number): { lines: string[]; placeLines: number } {
  const place = wrapText(note.place, size, width, true);
  return { lines: [...place, note.dates, ...wrapText(note.text, size, width)], placeLines: place.length };
}

/** The inset's caption notes: each note's lines at the caption's width, and the height they take. */
const CAPTION_WIDTH = INSET_BOX_SIZE - 2 * INSET_PADDING;
function captionNote(note: TripNote, size: number, width = CAPTION_WIDTH): { lines: string[]; placeLines: number; h: number } {
  const text = noteText(note, width, size);
  return { ...text, h: Math.ceil(text.lines.length * size * LINE_HEIGHT) };
}

/** The city markers a note points at. */
function noteMarkers(note: TripNote, markers: readonly CityMarker[]): CityMarker[] {
  const found = markers.filter((m) => m.country.slug === note.host && m.cities.some((c) => note.cities.includes(c)));
  if (!found.length) throw new Error(`the map's note on ${note.visitId} has no city marker to point at`);
  return found;
}

/** A great circle from Moscow; null if the projection cuts it into pieces (it crosses the antimeridian or leaves the frame). */
export function routePath(p: GeoProjection, to: { lon: number; lat: number }): string | null {
  const line: LineString = { type: 'LineString', coordinates: [[MOSCOW.lon, MOSCOW.lat], [to.lon, to.lat]] };
  const w = new CompactPathWriter(1);
  geoPath(p, w)(line);
  const d = w.result();
  return d.split('m').length - 1 === 1 ? d : null;
}

/** Per set of records and edition: the map holds words (its labels, notes and accessible names are laid out). */
const built = wordCache<readonly VisitRecord[], { countries: ReadonlyMap<string, TripHost>; notes: readonly TripNote[]; map: TripMap }[]>();

/**
 * Everything the trip map draws, from the data: host shading, markers, great-circle routes, host labels, notes on
 * the key trips (src/map/trip-annotations.ts), the Arctic inset. Built once per set of records (the front page,
 * the map page, the embed and the share cards all draw it).
 */
export function buildTripMap(ctx: RenderContext, countries: ReadonlyMap<string, TripHost>, visits: readonly VisitRecord[], notes: readonly TripNote[] = []): TripMap {
  const hits = built(ctx, visits, () => []);
  const hit = hits.find((h) => h.countries === countries && h.notes === notes);
  if (hit) return hit.map;
  const map = drawTripMap(ctx, countries, visits, notes);
  hits.push({ countries, notes, map });
  return map;
}

function drawTripMap(ctx: RenderContext, bySlug: ReadonlyMap<string, TripHost>, visits: readonly VisitRecord[], notes: readonly TripNote[]): TripMap {
  const base = tripBaseMap();
  const { projection } = tripProjection();
  const trips = foreignTrips(visits);
  const host = (v: VisitRecord) => {
    const c = bySlug.get(v.country);
    if (!c) throw new Error(`visit ${v.id} names unknown country ${v.country}`);
    return c;
  };

  const hostTrips = new Map<string, VisitRecord[]>();
  for (const v of trips) hostTrips.set(v.country, [...(hostTrips.get(v.country) ?? []), v]);
  const hosts: HostShape[] = [...hostTrips.entries()]
    .map(([slug, list]) => {
      const country = bySlug.get(slug)!;
      const d = country.pointOnly ? undefined : base.countryPath(country.isoNumeric);
      return {
        country,
        trips: list.length,
        bin: tripBin(list.length),
        token: TRIP_BINS[tripBin(list.length) - 1]!.token,
        years: [...new Set(list.map((v) => Number(v.start.slice(0, 4))))],
        tripsByYear: list.reduce<Record<number, number>>((acc, v) => {
          const y = Number(v.start.slice(0, 4));
          acc[y] = (acc[y] ?? 0) + 1;
          return acc;
        }, {}),
        d: d ?? null,
      };
    })
    .sort((a, b) => ctx.fmt.compare(ctx.name(a.country.iso3).listed, ctx.name(b.country.iso3).listed));

  // The inset sits in the map's top-right corner, towards the Arctic it shows, over Siberia where no trip went;
  // it is drawn in the map's own units.
  const square = { x: base.width - INSET_BOX_SIZE - 6, y: 6, size: INSET_BOX_SIZE };
  const arctic = arcticProjection(square);
  const inFrame = ([x, y]: [number, number]) => x >= 0 && x <= base.width && y >= 0 && y <= base.height;
  const markers = new Map<string, CityMarker & { visits: Set<string> }>();
  const routes: Route[] = [];
  for (const v of trips) {
    const country = host(v);
    const year = Number(v.start.slice(0, 4));
    for (const city of v.cities) {
      const key = `${v.country}:${city.name}`;
      const onMap = project(projection, city.lon, city.lat);
      const d = inFrame(onMap) ? routePath(projection, city) : null;
      const [x, y] = d ? onMap : project(arctic, city.lon, city.lat);
      if (!d && Math.hypot(x - (square.x + square.size / 2), y - (square.y + square.size / 2)) > square.size / 2 - 4) {
        throw new Error(`${v.id}: ${city.name} lies outside both the trip map's frame (TRIP_FRAME) and its Arctic inset; widen the frame or add an inset`);
      }
      const marker = markers.get(key) ?? { key, name: city.name, cities: [city.name], country, x, y, inset: !d, years: [], trips: 0, visits: new Set<string>() };
      if (!marker.years.includes(year)) marker.years.push(year);
      marker.visits.add(v.id);
      marker.trips = marker.visits.size;
      markers.set(key, marker);
      routes.push({ visitId: v.id, city: city.name, year, d, insetD: d ? null : routePath(arctic, city), to: [x, y] });
    }
  }
  const grouped = groupNearbyMarkers(ctx, [...markers.values()]).sort((a, b) => byCodePoint(a.key, b.key));
  const moscow = project(projection, MOSCOW.lon, MOSCOW.lat);
  // Notes on trips drawn in the inset are its caption, under the globe: the frame grows to hold them.
  const captions = notes.filter((n) => noteMarkers(n, grouped).every((m) => m.inset));
  const captionsHeight = (size: number, width?: number) => captions.reduce((h, n) => h + captionNote(n, size, width).h + INSET_PADDING, 0);
  const box: InsetBox = { ...square, h: square.size + captionsHeight(LABEL_SIZE) };

  let inset: Omit<NonNullable<TripMap['inset']>, 'moscowLabel' | 'title'> | null = null;
  if (routes.some((r) => r.insetD)) {
    const w = new CompactPathWriter(0);
    geoPath(arctic, w)(worldAt(INSET_DETAIL).mergedLand());
    inset = { land: w.result(), moscow: project(arctic, MOSCOW.lon, MOSCOW.lat), box };
  }

  const cover = coverage(projection, base, hosts, trips.flatMap((v) => v.cities.filter((c) => routes.some((r) => r.visitId === v.id && r.city === c.name && r.d))));
  const whole: Box = { x: 0, y: 0, w: base.width, h: base.height };
  // Under the globe on the whole map; beside it in the phone's Arctic panel.
  const under = (b: InsetBox): Box => ({ x: b.x + INSET_PADDING, y: b.y + b.size, w: b.size - 2 * INSET_PADDING, h: b.h - b.size - INSET_PADDING });
  const text = layOutText(ctx, { frame: whole, size: LABEL_SIZE, noteWidth: NOTE_WIDTH }, grouped, moscow, hosts, notes, inset && { ...inset, caption: under(inset.box) }, cover);
  const panel = (key: PanelKey, box: Box, panelInset: Parameters<typeof layOutText>[6], owns: (m: CityMarker) => boolean): TripPanel => {
    const t = layOutText(ctx, { frame: box, size: PHONE_LABEL_SIZE, noteWidth: PHONE_NOTE_WIDTH, owns }, grouped, moscow, hosts, notes, panelInset, cover);
    return {
      key,
      box,
      moscowLabel: t.moscow ?? null,
      labels: t.labels,
      cityLabels: t.cityLabels,
      annotations: t.annotations,
      inset: panelInset && t.insetMoscow && t.insetTitle ? { box: panelInset.box, moscowLabel: t.insetMoscow, title: t.insetTitle } : null,
    };
  };
  const panels = PHONE_PANELS.map(({ key, box }) => panel(key, box, null, (m) => !m.inset && (key === 'west' ? m.x < PANEL_SEAM : m.x >= PANEL_SEAM)));
  if (inset) {
    // The Arctic panel: the globe's square, its notes beside it (a phone has the width, not the height).
    const globe: InsetBox = { ...square, h: square.size };
    const caption: Box = { x: square.x + square.size + 2 * INSET_PADDING, y: square.y, w: ARCTIC_CAPTION_WIDTH, h: Math.max(square.size, captionsHeight(PHONE_LABEL_SIZE, ARCTIC_CAPTION_WIDTH)) };
    const frameBox: Box = { x: square.x - 2, y: square.y - 2, w: caption.x + caption.w - square.x + 4, h: caption.h + 4 };
    panels.push(panel('arctic', frameBox, { ...inset, box: globe, caption }, (m) => m.inset));
  }
  // Between them the panels show every stop, name every host and carry every note.
  for (const m of grouped) if (!panels.some((p) => (m.inset ? p.inset : inside(dot([m.x, m.y], 8), p.box)))) throw new Error(`the trip map's phone panels (PHONE_PANELS) leave out ${m.name}; widen one`);
  for (const h of hosts) if (!panels.some((p) => p.labels.some((l) => l.iso3 === h.country.iso3))) throw new Error(`no phone panel names ${h.country.name}`);
  for (const n of notes) if (!panels.some((p) => p.annotations.some((a) => a.visitId === n.visitId))) throw new Error(`no phone panel carries the note on ${n.visitId}`);
  return {
    width: base.width,
    height: base.height,
    land: base.land,
    borders: base.borders,
    hosts,
    markers: grouped,
    routes,
    moscow,
    moscowLabel: text.moscow!,
    labels: text.labels,
    cityLabels: text.cityLabels,
    annotations: text.annotations,
    inset: inset && { ...inset, moscowLabel: text.insetMoscow!, title: text.insetTitle! },
    panels,
  };
}

const dot = ([x, y]: [number, number], r: number): Box => ({ x: x - r, y: y - r, w: 2 * r, h: 2 * r });

/** How one set of words is laid out: inside which frame (the whole map, or a phone panel), at what size. */
interface TextSpec {
  frame: Box;
  size: number;
  noteWidth: number;
  /** The stops this layout names (a phone panel names those on its side of the seam); all it shows by default. */
  owns?: (m: CityMarker) => boolean;
  /** Set two-word host names on two lines (`Саудівська / Аравія`), not only longer ones. */
  splitNames?: boolean;
}

/**
 * Other ways to set the same words when the first leaves a label without a free place: longer words in another
 * language (German, Russian and Ukrainian run 15–30% longer than English) need wider notes with fewer lines,
 * narrower ones, or host names on two lines. Tried in order; the first with no collision wins, so a layout that
 * fits as first set (English) never changes.
 */
const TEXT_VARIANTS: readonly ((spec: TextSpec) => TextSpec)[] = [
  (spec) => spec,
  (spec) => ({ ...spec, splitNames: true }),
  (spec) => ({ ...spec, noteWidth: Math.round(spec.noteWidth * 1.25) }),
  (spec) => ({ ...spec, noteWidth: Math.round(spec.noteWidth * 1.25), splitNames: true }),
  (spec) => ({ ...spec, noteWidth: Math.round(spec.noteWidth * 0.85), splitNames: true }),
  (spec) => ({ ...spec, noteWidth: Math.round(spec.noteWidth * 1.5), splitNames: true }),
  (spec) => ({ ...spec, noteWidth: Math.round(spec.noteWidth * 0.7), splitNames: true }),
];

/** Lays out the map's words in the first variant that places them all; warns (and overlaps) when none does. */
function layOutText(...args: Parameters<typeof layOutTextAs>): ReturnType<typeof layOutTextAs> {
  const [ctx, spec, ...rest] = args;
  let first: ReturnType<typeof layOutTextAs> | undefined;
  for (const variant of TEXT_VARIANTS) {
    const result = layOutTextAs(ctx, variant(spec), ...rest);
    if (!result.collisions.length) return result;
    first ??= result;
  }
  console.warn(`trip map: no free place for ${first!.collisions.join(', ')}; the label overlaps another`);
  return first!;
}

/**
 * Places every word on the map: Moscow first, then each host's name beside its main city (the most crowded
 * hosts first, while room is left near them), then the notes on key trips, which can stand further off on a
 * leader line. Text is measured at LABEL_SIZE, the largest it is drawn.
 */
function layOutTextAs(ctx: RenderContext,
  spec: TextSpec,
  allMarkers: readonly CityMarker[],
  moscow: [number, number],
  hosts: readonly HostShape[],
  notes: readonly TripNote[],
  inset: { moscow: [number, number]; box: InsetBox; caption: Box } | null,
  cover: Coverage,
) {
  const { size, noteWidth } = spec;
  const line = size * LINE_HEIGHT;
  const frame: Box = { x: spec.frame.x + 2, y: spec.frame.y + 2, w: spec.frame.w - 4, h: spec.frame.h - 4 };
  // A panel shows the inset only if the inset lies inside it, and names only what it shows: its stops, the hosts
  // labelled beside them, the notes on them, Moscow.
  if (inset && !inside({ x: inset.box.x, y: inset.box.y, w: inset.box.size, h: inset.box.h }, frame)) inset = null;
  const markers = allMarkers.filter((m) => (m.inset ? inset !== null : inside(dot([m.x, m.y], 8), frame)) && (spec.owns?.(m) ?? true));
  const showsMoscow = inside(dot(moscow, 8), frame);
  const insetBox: Box | null = inset && { x: inset.box.x, y: inset.box.y, w: inset.box.size, h: inset.box.h };
  const pad = INSET_PADDING;
  // Inside the inset: the globe's square, and the caption area under it.
  const globe: Box | null = inset && { x: inset.box.x + pad, y: inset.box.y + pad, w: inset.box.size - 2 * pad, h: inset.box.size - 2 * pad };
  const caption: Box | null = inset && inset.caption;
  const obstacles: Box[] = [...allMarkers.map((m) => dot([m.x, m.y], (m.country.pointOnly ? 6 : 3.5) + 1.5)), dot(moscow, 6)];
  const request = (id: string, lines: string[], anchor: [number, number], within: Box, extra: Partial<LabelRequest> = {}, bold = [true]): LabelRequest => ({
    id,
    anchor,
    w: Math.ceil(Math.max(...lines.map((l, i) => textWidth(l, size, bold[i] ?? false)))),
    // The glyphs of a line reach above and below its line height: Source Sans 3's ascent and descent span 1.43 em.
    h: Math.ceil((lines.length - 1) * line + size * GLYPH_HEIGHT),
    gaps: [7, 14, 24, 36, 50, 68, 90],
    within,
    ...extra,
  });
  const requests: LabelRequest[] = [];
  const lines = new Map<string, string[]>();
  const add = (r: LabelRequest, text: string[]) => (requests.push(r), lines.set(r.id, text));

  const moscowName = ctx.t.tripMap.moscow;
  if (showsMoscow) add(request('moscow', [moscowName], moscow, frame, { directions: ['W', 'NW', 'SW', 'N'] }), [moscowName]);
  if (inset && globe) {
    const title = ctx.t.tripMap.insetTitle;
    // The inset's heading, at its top-left corner, over the globe's empty corner: a heading reads above what it heads.
    add({ ...request('inset:title', [title], [globe.x, globe.y], globe), gaps: [0], directions: ['SE'] }, [title]);
    add(request('inset:moscow', [moscowName], inset.moscow, globe), [moscowName]);
    obstacles.push(dot(inset.moscow, 6.5));
  }
  // A host's label goes beside the city with the most trips; the most crowded hosts choose first.
  const anchorOf = new Map<string, CityMarker>();
  for (const m of markers) {
    const seen = anchorOf.get(m.country.slug);
    if (!seen || m.trips > seen.trips) anchorOf.set(m.country.slug, m);
  }
  const crowd = (m: CityMarker) => markers.filter((o) => o !== m && o.inset === m.inset && Math.hypot(o.x - m.x, o.y - m.y) < 80).length;
  const hostIndex = new Map(hosts.map((h, i) => [h.country.slug, i + 1]));
  const labelled = hosts
    .filter((h) => anchorOf.has(h.country.slug))
    .map((h) => ({ h, m: anchorOf.get(h.country.slug)! }))
    .sort((a, b) => crowd(b.m) - crowd(a.m) || ctx.fmt.compare(ctx.name(a.h.country.iso3).listed, ctx.name(b.h.country.iso3).listed));
  for (const { h, m } of labelled) {
    const name = ctx.name(h.country.iso3).listed;
    // Long names take two lines ("United Arab / Emirates"), so they fit between their neighbours.
    const words = name.split(' ');
    const text = words.length > 2 || (spec.splitNames && words.length === 2) ? [words.slice(0, -1).join(' '), words.at(-1)!] : [name];
    const within = m.inset && globe ? globe : frame;
    const others = (b: Box) => cover.count(b, (cell) => cell > 0 && cell !== hostIndex.get(h.country.slug));
    add(request(`host:${h.country.iso3}`, text, [m.x, m.y], within, { cost: (b) => others(b) + 0.5 * cover.routes(b) }, text.map(() => true)), text);
  }
  const placeLines = new Map<string, number>();
  const fixed: PlacedLabel[] = [];
  let captionTop = 0;
  for (const note of notes.filter((n) => noteMarkers(n, allMarkers).every((m) => markers.includes(m)))) {
    const cities = noteMarkers(note, markers);
    const anchor: [number, number] = [cities.reduce((n, m) => n + m.x, 0) / cities.length, cities.reduce((n, m) => n + m.y, 0) / cities.length];
    const id = `note:${note.visitId}`;
    if (caption && cities.every((m) => m.inset)) {
      // A trip the inset shows is noted in the inset's caption, under the globe, tied to its city by a short line.
      const { lines: text, placeLines: n, h } = captionNote(note, size, caption.w);
      placeLines.set(note.visitId, n);
      const box: Box = { x: caption.x, y: caption.y + captionTop, w: caption.w, h };
      captionTop += box.h + pad;
      // Set towards its city (ranged right under a city on the right), so the leader drops onto the note's first
      // line, never into the empty part of the caption beside it.
      const right = anchor[0] > box.x + box.w / 2;
      const firstLine = Math.ceil(textWidth(text[0]!, size, true));
      const [from, to] = right ? [box.x + box.w - firstLine, box.x + box.w] : [box.x, box.x + firstLine];
      const foot = Math.round(Math.min(Math.max(anchor[0], from), to) * 10) / 10;
      // Beside the globe (the phone's Arctic panel), the line runs across to the note's edge instead.
      const beside = box.x > anchor[0];
      const leader: [number, number, number, number] = beside
        ? [anchor[0], anchor[1], box.x, Math.round(Math.min(Math.max(anchor[1], box.y + size / 2), box.y + box.h - size / 2) * 10) / 10]
        : [anchor[0], anchor[1], foot, box.y];
      fixed.push({ id, box, align: { h: right ? 'end' : 'start', v: 'top' }, at: [right ? box.x + box.w : box.x, box.y], leader });
      lines.set(id, text);
      continue;
    }
    const { lines: text, placeLines: n } = noteText(note, noteWidth, size);
    placeLines.set(note.visitId, n);
    // A note may stand well off its city, over land no trip went to or over the sea, rather than cover other hosts
    // or routes; over its own host it costs little (it is about that country).
    const own = hostIndex.get(note.host);
    const cost = (b: Box) => NOTE_COST.otherHost * cover.count(b, (cell) => cell > 0 && cell !== own) + NOTE_COST.ownHost * cover.count(b, (cell) => cell === own) + NOTE_COST.route * cover.routes(b);
    add(request(id, text, anchor, frame, { gaps: [10, 20, 32, 46, 62, 80, 100, 125, 150, 180, 210, 240], cost }, text.map((_, i) => i < n)), text);
  }
  if (insetBox) obstacles.push(insetBox);
  // Inset labels may sit inside the inset; everything else must keep out of it.
  const { placed, collisions } = placeLabels(
    requests.filter((r) => r.id.startsWith('inset:') || insetLabel(r, markers)),
    [...obstacles.filter((o) => o !== insetBox), ...fixed.map((f) => f.box)],
  );
  const isNote = (r: LabelRequest) => r.id.startsWith('note:');
  const labels = placeLabels(
    requests.filter((r) => !(r.id.startsWith('inset:') || insetLabel(r, markers) || isNote(r))),
    [...obstacles, ...placed.map((p) => p.box)],
  );
  // Every other stop of a host gets its city's name where there is room near it (a stop with no name reads as a
  // mistake, or as the stop a nearby note is about); one with no free room stays unnamed rather than cover text.
  const labelledStops = new Set([...anchorOf.values()]);
  const cityRequests = markers
    .filter((m) => !m.inset && !labelledStops.has(m))
    .map((m) => ({ ...request(`city:${m.key}`, [m.name], [m.x, m.y], frame, { gaps: [6, 12] }, [false]), marker: m }));
  for (const r of cityRequests) lines.set(r.id, [r.marker.name]);
  const cities = placeLabels(cityRequests, [...obstacles, ...placed.map((p) => p.box), ...labels.placed.map((p) => p.box)]);
  const namedStops = cities.placed.filter((p) => !cities.collisions.includes(p.id));
  // Notes are few and large: the order they choose in decides whether one is left far from its city. Every order is
  // tried and the one whose notes lie closest and cover least wins (the first such order, so builds repeat).
  const noteRequests = requests.filter(isNote);
  const taken = [...obstacles, ...placed.map((p) => p.box), ...labels.placed.map((p) => p.box), ...namedStops.map((p) => p.box)];
  const score = (r: ReturnType<typeof placeLabels>) =>
    r.collisions.length * 1e6 +
    r.placed.reduce((sum, p) => {
      const req = noteRequests.find((q) => q.id === p.id)!;
      return sum + (p.leader ? Math.hypot(p.leader[2] - p.leader[0], p.leader[3] - p.leader[1]) : 0) + (req.cost?.(p.box) ?? 0);
    }, 0);
  let best: { result: ReturnType<typeof placeLabels>; score: number } | undefined;
  for (const order of permutations(noteRequests)) {
    const result = placeLabels(order, taken);
    const s = score(result);
    if (!best || s < best.score) best = { result, score: s };
  }
  const rest = { placed: [...labels.placed, ...(best?.result.placed ?? [])], collisions: [...labels.collisions, ...(best?.result.collisions ?? [])] };
  const all = new Map([...fixed, ...placed, ...rest.placed].map((p) => [p.id, { ...p, lines: lines.get(p.id)! }]));
  const failed = [...collisions, ...rest.collisions];
  return {
    moscow: all.get('moscow'),
    insetMoscow: all.get('inset:moscow'),
    insetTitle: all.get('inset:title'),
    labels: labelled.map(({ h, m }) => ({ ...all.get(`host:${h.country.iso3}`)!, iso3: h.country.iso3, inset: m.inset })),
    cityLabels: namedStops.map((p) => {
      const m = cityRequests.find((r) => r.id === p.id)!.marker;
      return { ...p, lines: [m.name], iso3: m.country.iso3, years: [...m.years].sort().join(' ') };
    }),
    annotations: notes
      .filter((n) => all.has(`note:${n.visitId}`))
      .map((n) => ({ ...all.get(`note:${n.visitId}`)!, visitId: n.visitId, year: n.year, placeLines: placeLines.get(n.visitId)!, inset: fixed.some((f) => f.id === `note:${n.visitId}`) })),
    collisions: failed,
  };
}

interface Coverage {
  /** How many cells of the box hold what `which` accepts (a host's index, 1-based; 0 for none). */
  count(box: Box, which: (host: number) => boolean): number;
  /** How many cells of the box a route crosses. */
  routes(box: Box): number;
}

/** Grid cell size for what labels should not cover, in map units. */
const CELL = 8;

/**
 * What lies under each 8-unit cell of the map: which host country (tested at the cell's centre) and whether a
 * route crosses it. Notes and labels are placed where they cover least of either.
 */
function coverage(projection: GeoProjection, base: { width: number; height: number }, hosts: readonly HostShape[], routeCities: readonly { lon: number; lat: number }[]): Coverage {
  const cols = Math.ceil(base.width / CELL);
  const rows = Math.ceil(base.height / CELL);
  const host = new Uint8Array(cols * rows);
  const route = new Uint8Array(cols * rows);
  const shapes = worldAt(TRIP_DETAIL).countryFeatures;
  const features = hosts.flatMap((h, i) => {
    const f = h.d ? shapes.get(h.country.isoNumeric) : undefined;
    return f ? [{ i: i + 1, f, bounds: geoBounds(f) }] : [];
  });
  const within = ([lon, lat]: [number, number], [[w, s], [e, n]]: [[number, number], [number, number]]) => lat >= s && lat <= n && (w <= e ? lon >= w && lon <= e : lon >= w || lon <= e);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const point = projection.invert!([(c + 0.5) * CELL, (r + 0.5) * CELL]);
      if (point) host[r * cols + c] = features.find((x) => within(point, x.bounds) && geoContains(x.f, point))?.i ?? 0;
    }
  }
  for (const city of routeCities) {
    const along = geoInterpolate([MOSCOW.lon, MOSCOW.lat], [city.lon, city.lat]);
    for (let t = 0; t <= 1; t += 0.01) {
      const [x, y] = projection(along(t))!;
      const [c, r] = [Math.floor(x / CELL), Math.floor(y / CELL)];
      if (c >= 0 && c < cols && r >= 0 && r < rows) route[r * cols + c] = 1;
    }
  }
  const cells = function* (b: Box) {
    for (let r = Math.max(0, Math.floor(b.y / CELL)); r < Math.min(rows, Math.ceil((b.y + b.h) / CELL)); r++) {
      for (let c = Math.max(0, Math.floor(b.x / CELL)); c < Math.min(cols, Math.ceil((b.x + b.w) / CELL)); c++) yield r * cols + c;
    }
  };
  return {
    count(b, which) {
      let n = 0;
      for (const i of cells(b)) if (which(host[i]!)) n++;
      return n;
    },
    routes(b) {
      let n = 0;
      for (const i of cells(b)) n += route[i]!;
      return n;
    },
  };
}

/** Every order of a short list (the map's few notes), the given order first. */
function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

/** A host label whose anchor is a city in the inset. */
const insetLabel = (r: LabelRequest, markers: readonly CityMarker[]) =>
  r.id.startsWith('host:') && markers.some((m) => m.inset && `host:${m.country.iso3}` === r.id);

/** Cities of one host closer than this (map units) share a marker: their dots would sit on top of each other. */
const MARKER_OVERLAP = 8;

/** Groups a host's markers that overlap (Bishkek and Kant, Samarkand and Tashkent) into one, at their mean point. */
function groupNearbyMarkers(ctx: RenderContext, markers: (CityMarker & { visits: Set<string> })[]): CityMarker[] {
  const groups: (CityMarker & { visits: Set<string> })[] = [];
  for (const m of [...markers].sort((a, b) => byCodePoint(a.key, b.key))) {
    const near = groups.find((g) => g.country.slug === m.country.slug && Math.hypot(g.x - m.x, g.y - m.y) < MARKER_OVERLAP);
    if (!near) {
      groups.push({ ...m, cities: [...m.cities], years: [...m.years], visits: new Set(m.visits) });
      continue;
    }
    const n = near.cities.length;
    near.x = Math.round(((near.x * n + m.x) / (n + 1)) * 10) / 10;
    near.y = Math.round(((near.y * n + m.y) / (n + 1)) * 10) / 10;
    near.cities.push(...m.cities);
    near.name = ctx.fmt.list(near.cities);
    for (const y of m.years) if (!near.years.includes(y)) near.years.push(y);
    for (const v of m.visits) near.visits.add(v);
    near.trips = near.visits.size;
  }
  return groups.map(({ visits: _visits, ...m }) => m);
}

/** What the year filter shows for one choice: the count sentence (announced to screen readers) and the table caption. */
export interface YearView {
  /** `''` for all years. */
  year: string;
  button: string;
  count: string;
  caption: string;
}

/** The year filter's choices, all years first, with every sentence it shows computed here rather than in the script. */
export function yearViews(ctx: RenderContext, visits: readonly VisitRecord[], years: readonly number[]): YearView[] {
  const trips = foreignTrips(visits);
  const t = ctx.t.tripMap.yearFilter;
  const count = (list: readonly VisitRecord[]) => {
    const hosts = new Set(list.map((v) => v.country)).size;
    return t.count(ctx.fmt.plural(list.length, t.trips), ctx.fmt.plural(hosts, t.countries));
  };
  return [
    { year: '', button: t.all, count: t.showingAll(count(trips)), caption: t.captionAll },
    ...years.map((y) => {
      const inYear = trips.filter((v) => v.start.startsWith(`${y}-`));
      return { year: String(y), button: String(y), count: t.showingYear(String(y), count(inYear)), caption: t.captionYear(String(y)) };
    }),
  ];
}
