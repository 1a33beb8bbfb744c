import { en } from '../helpers/context.ts';
import { geoEqualEarth, geoPath } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { arcticProjection, project, tripProjection } from '../../src/map/geo/projection.ts';
import { CompactPathWriter } from '../../src/map/geo/path-writer.ts';
import { buildLocatorMap } from '../../src/map/geo/locator-map.ts';
import { buildTripMap, hostLabel, LABEL_SIZE, MAP_MIN_WIDTH, markerLabel, PANEL_MAX_WIDTH, PHONE_LABEL_SIZE, TRIP_BINS, tripBinLabel, tripLegendItems, yearViews } from '../../src/map/geo/trip-map.ts';
import { hostsBySlug } from '../../src/model/hosts.ts';
import { intersects } from '../../src/map/geo/label-layout.ts';
import { ANNOTATED_TRIPS, tripNotes } from '../../src/map/trip-annotations.ts';
import { foreignTrips } from '../../src/model/visits.ts';
import { pathEnd, realSiteData } from '../helpers/content.ts';

const data = realSiteData();
const notes = tripNotes(en, data);
const map = buildTripMap(en, hostsBySlug(data), data.visits, notes);
const trips = foreignTrips(data.visits);

describe('trip map words', () => {
  it('labels the legend’s bins by count, range and open end, then the route and the city marker', () => {
    expect(TRIP_BINS.map((bin) => tripBinLabel(en, bin))).toEqual(['1 trip', '2 trips', '3–4 trips', '5 or more']);
    expect(tripLegendItems(en).map((i) => i.label).slice(-2)).toEqual(['Route from Moscow (great circle)', 'Host shown as a city, not the whole country']);
  });

  it('names hosts and city markers with their trips in the right plural', () => {
    expect(hostLabel(en, 'CHN', 4, '2023–2026')).toBe('China: 4 trips, 2023–2026');
    expect(markerLabel(en, 'Bishkek and Kant', 'KGZ', 1, '2023')).toBe('Bishkek and Kant, Kyrgyzstan: 1 trip, 2023');
  });

  it('writes the year filter’s counts and captions', () => {
    const [all, first] = yearViews(en, data.visits, [2022]);
    expect(all!.button).toBe('All years');
    expect(all!.count).toMatch(/^Showing all \d+ trips to \d+ countries\.$/);
    expect(all!.caption).toBe('Every foreign trip since 24 February 2022, oldest first');
    expect(first!.count).toMatch(/^Showing 2022: \d+ trips? to \d+ countr(y|ies)\.$/);
    expect(first!.caption).toBe('Foreign trips in 2022, oldest first');
  });
});

describe('trip map model (real content)', () => {
  it('has every host country exactly once, with its number of foreign trips', () => {
    const expected = new Map<string, number>();
    for (const v of trips) expected.set(v.country, (expected.get(v.country) ?? 0) + 1);
    expect(new Map(map.hosts.map((h) => [h.country.slug, h.trips]))).toEqual(expected);
  });

  it('never draws occupied-territory visits', () => {
    expect(map.hosts.some((h) => hostsBySlug(data).get(h.country.slug)!.relationship === 'invaded')).toBe(false);
    const occupied = data.visits.filter((v) => v.kind === 'occupied-territory').map((v) => v.id);
    expect(map.routes.filter((r) => occupied.includes(r.visitId))).toEqual([]);
  });

  it('draws one route per city visited, ending at that city', () => {
    const { projection } = tripProjection();
    const arctic = arcticProjection(map.inset!.box);
    expect(map.routes).toHaveLength(trips.reduce((n, v) => n + v.cities.length, 0));
    for (const route of map.routes) {
      const city = trips.find((v) => v.id === route.visitId)!.cities.find((c) => c.name === route.city)!;
      const [ex, ey] = route.d ? project(projection, city.lon, city.lat) : project(arctic, city.lon, city.lat);
      const [x, y] = pathEnd(route.d ?? route.insetD!);
      expect(Math.abs(x - ex), `${route.visitId} ${route.city}`).toBeLessThan(0.2);
      expect(Math.abs(y - ey), `${route.visitId} ${route.city}`).toBeLessThan(0.2);
    }
  });

  it('sends only routes to cities outside the Eurasian frame to the Arctic inset, and draws those whole there', () => {
    const inset = map.routes.filter((r) => !r.d);
    expect(inset.map((r) => r.city)).toEqual(['Anchorage']);
    for (const r of inset) expect(r.insetD!.split('m')).toHaveLength(2);
    for (const r of map.routes.filter((x) => x.d)) expect(r.d!.split('m'), r.city).toHaveLength(2);
  });

  it('marks Anchorage as a point instead of filling the United States', () => {
    const us = map.hosts.find((h) => h.country.iso3 === 'USA')!;
    expect(us.d).toBeNull();
    expect(map.markers.find((m) => m.name === 'Anchorage')?.country.iso3).toBe('USA');
  });

  it('draws the locator maps with every route whole (the projection turns as needed)', () => {
    for (const country of data.countries) {
      const locator = buildLocatorMap(country, data.visits.filter((v) => v.country === country.slug));
      for (const d of locator.routes) expect(d.split('m')).toHaveLength(2);
    }
  });
});

describe('CompactPathWriter', () => {
  it('writes the same outline as d3 (to the rounding grid) in far fewer bytes', () => {
    const square = { type: 'Polygon' as const, coordinates: [[[0, 0], [0, 10], [10, 10], [10, 0], [0, 0]]] };
    const projection = geoEqualEarth().scale(100).translate([200, 100]);
    const writer = new CompactPathWriter(0);
    geoPath(projection, writer)(square);
    const d = writer.result();
    expect(d.startsWith('m')).toBe(true);
    expect(d.endsWith('z')).toBe(true);
    const first = projection([0, 0])!.map(Math.round);
    expect(d.startsWith(`m${first[0]} ${first[1]}`)).toBe(true);
  });

  it('drops rings that collapse below three points', () => {
    const writer = new CompactPathWriter(0);
    writer.moveTo(1.1, 1.1);
    writer.lineTo(1.2, 1.3);
    writer.lineTo(1.4, 0.9);
    writer.closePath();
    expect(writer.result()).toBe('');
  });
});

describe('city markers', () => {
  it('groups a host’s cities whose markers would overlap, and keeps the others apart', () => {
    const names = map.markers.map((m) => m.name);
    const cityOf = (name: string) => map.markers.find((m) => m.cities.includes(name));
    // Kant is Bishkek's airbase town, 20 km away: one marker.
    if (cityOf('Kant') && cityOf('Bishkek')) expect(cityOf('Kant')).toBe(cityOf('Bishkek'));
    for (const [i, a] of map.markers.entries()) {
      for (const b of map.markers.slice(i + 1)) {
        if (a.country.slug === b.country.slug) expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.name} / ${b.name}`).toBeGreaterThanOrEqual(8);
      }
    }
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('text on the trip map', () => {
  const texts = [map.moscowLabel, ...map.labels, ...map.annotations, ...(map.inset ? [map.inset.moscowLabel, map.inset.title] : [])];

  it('names every host country once, beside one of its cities', () => {
    expect(map.labels.map((l) => l.iso3).sort()).toEqual(map.hosts.map((h) => h.country.iso3).sort());
    for (const l of map.labels) {
      const host = map.hosts.find((h) => h.country.iso3 === l.iso3)!;
      expect(l.lines.join(' ')).toBe(host.country.name);
      const cities = map.markers.filter((m) => m.country.iso3 === l.iso3);
      const [ax, ay] = l.leader ? [l.leader[0], l.leader[1]] : [l.at[0], l.at[1]];
      expect(Math.min(...cities.map((m) => Math.hypot(m.x - ax, m.y - ay))), l.iso3).toBeLessThan(l.leader ? 0.2 : 140);
    }
  });

  it('annotates each declared trip with its place and dates from the visit record', () => {
    expect(map.annotations.map((a) => a.visitId)).toEqual(ANNOTATED_TRIPS.map((t) => t.visit));
    const byId = new Map(trips.map((v) => [v.id, v]));
    for (const note of notes) {
      const v = byId.get(note.visitId)!;
      for (const city of v.cities) expect(note.place).toContain(city.name);
      expect(note.dates).toContain(v.end.slice(0, 4));
      expect(note.text.length).toBeGreaterThan(10);
    }
    expect(notes.find((n) => n.visitId === '2024-06-19-north-korea')!.text).toContain('Kim Jong Un');
    expect(notes.find((n) => n.visitId === '2025-08-15-united-states')!.text).toContain('Donald Trump');
    expect(notes.find((n) => n.visitId === '2024-09-02-mongolia')!.text).toContain('ICC');
  });

  it('stops the build when a note claims what the data does not back', () => {
    const bad = { ...data, visits: data.visits.map((v) => (v.id === '2024-06-19-north-korea' ? { ...v, signed: undefined } : v)) };
    expect(() => tripNotes(en, bad)).toThrow(/treaty/);
  });

  it('lays every text out without overlaps, inside the frame, clear of every city marker', () => {
    const frame = { x: 0, y: 0, w: map.width, h: map.height };
    for (const [i, a] of texts.entries()) {
      expect(intersects(a.box, frame) && a.box.x >= 0 && a.box.y >= 0 && a.box.x + a.box.w <= map.width && a.box.y + a.box.h <= map.height, a.lines[0]).toBe(true);
      for (const b of texts.slice(i + 1)) expect(intersects(a.box, b.box), `${a.lines[0]} / ${b.lines[0]}`).toBe(false);
      for (const m of map.markers) {
        const dot = { x: m.x - 3, y: m.y - 3, w: 6, h: 6 };
        expect(intersects(a.box, dot), `${a.lines[0]} on ${m.name}`).toBe(false);
      }
    }
  });

  it('keeps every note near its city (a leader of 70 map units at most), and notes on inset trips in the inset, under its globe', () => {
    for (const a of map.annotations) {
      const length = a.leader ? Math.hypot(a.leader[2] - a.leader[0], a.leader[3] - a.leader[1]) : 0;
      expect(length, a.visitId).toBeLessThanOrEqual(70);
      const cities = map.markers.filter((m) => a.lines.join(' ').includes(m.cities[0]!));
      if (!cities.every((m) => m.inset)) continue;
      const box = map.inset!.box;
      expect(a.box.x >= box.x && a.box.x + a.box.w <= box.x + box.size && a.box.y >= box.y + box.size && a.box.y + a.box.h <= box.y + box.h, a.visitId).toBe(true);
    }
    expect(map.annotations.some((a) => a.visitId === '2025-08-15-united-states' && a.box.y >= map.inset!.box.y + map.inset!.box.size)).toBe(true);
  });

  it('is laid out at a size that renders at 11 px or more on the narrowest map', () => {
    expect((LABEL_SIZE * MAP_MIN_WIDTH) / map.width).toBeGreaterThanOrEqual(11);
  });
});

describe('the phone’s framing of the trip map', () => {
  const panels = map.panels;

  it('draws three panels, west, east and the Arctic, that name every host and carry every note exactly once', () => {
    expect(panels.map((p) => p.key)).toEqual(['west', 'east', 'arctic']);
    const named = panels.flatMap((p) => p.labels.map((l) => l.iso3)).sort();
    expect(named).toEqual(map.hosts.map((h) => h.country.iso3).sort());
    const noted = panels.flatMap((p) => p.annotations.map((a) => a.visitId)).sort();
    expect(noted).toEqual(ANNOTATED_TRIPS.map((t) => t.visit).sort());
    expect(panels.filter((p) => p.moscowLabel).map((p) => p.key)).toEqual(['west']);
    expect(panels.find((p) => p.key === 'arctic')!.annotations.map((a) => a.visitId)).toEqual(['2025-08-15-united-states']);
  });

  it('shows every stop of the map in a panel, each host’s name beside one of its own stops', () => {
    for (const m of map.markers.filter((x) => !x.inset)) {
      expect(panels.some((p) => p.key !== 'arctic' && m.x >= p.box.x && m.x <= p.box.x + p.box.w && m.y >= p.box.y && m.y <= p.box.y + p.box.h), m.name).toBe(true);
    }
    for (const p of panels) {
      for (const l of p.labels) {
        const cities = map.markers.filter((m) => m.country.iso3 === l.iso3);
        const [ax, ay] = l.leader ? [l.leader[0], l.leader[1]] : [l.at[0], l.at[1]];
        expect(Math.min(...cities.map((m) => Math.hypot(m.x - ax, m.y - ay))), `${p.key} ${l.iso3}`).toBeLessThan(l.leader ? 0.2 : 160);
      }
    }
  });

  it('lays each panel’s words out inside it, without overlaps and clear of every city marker', () => {
    for (const p of panels) {
      const texts = [...(p.moscowLabel ? [p.moscowLabel] : []), ...p.labels, ...p.cityLabels, ...p.annotations, ...(p.inset ? [p.inset.moscowLabel] : [])];
      for (const [i, a] of texts.entries()) {
        const inside = a.box.x >= p.box.x && a.box.y >= p.box.y && a.box.x + a.box.w <= p.box.x + p.box.w && a.box.y + a.box.h <= p.box.y + p.box.h;
        expect(inside, `${p.key}: ${a.lines[0]}`).toBe(true);
        for (const b of texts.slice(i + 1)) expect(intersects(a.box, b.box), `${p.key}: ${a.lines[0]} / ${b.lines[0]}`).toBe(false);
        for (const m of map.markers) expect(intersects(a.box, { x: m.x - 3, y: m.y - 3, w: 6, h: 6 }), `${p.key}: ${a.lines[0]} on ${m.name}`).toBe(false);
      }
    }
  });

  it('sets the Arctic panel’s note beside the globe, tied to Anchorage', () => {
    const arctic = panels.find((p) => p.key === 'arctic')!;
    const note = arctic.annotations[0]!;
    expect(note.box.x).toBeGreaterThanOrEqual(arctic.inset!.box.x + arctic.inset!.box.size);
    const anchorage = map.markers.find((m) => m.cities.includes('Anchorage'))!;
    expect(note.leader!.slice(0, 2)).toEqual([anchorage.x, anchorage.y]);
  });

  it('is laid out at a size that renders at 11 px or more on a 320 px screen (288 px of panel) and under 19 px at the widest panel', () => {
    for (const p of panels) {
      expect((PHONE_LABEL_SIZE * 288) / p.box.w, p.key).toBeGreaterThanOrEqual(11);
      expect((PHONE_LABEL_SIZE * PANEL_MAX_WIDTH) / p.box.w, p.key).toBeLessThan(19);
    }
  });
});

