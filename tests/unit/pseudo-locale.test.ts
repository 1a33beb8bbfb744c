import { describe, expect, it, vi } from 'vitest';
import { en, type Messages } from '../../src/i18n/en.ts';
import { pseudo, pseudoValue } from '../helpers/pseudo.ts';
import { EN_GB } from '../../src/i18n/locale.ts';
import { EDITIONS, editionOf } from '../../src/i18n/editions.ts';
import { makeRenderContext, renderContext } from '../../src/render/context.ts';
import { realEditionData, realSiteData } from '../helpers/content.ts';
import { explainerFacts } from '../../src/views/explainer-facts.ts';
import { countryLayers } from '../../src/map/layers/registry.ts';
import { stancesView } from '../../src/views/stance-views.ts';
import { buildTimeline } from '../../src/views/timeline.ts';
import { memberStats } from '../../src/model/member-stats.ts';
import { memberDescription, memberSummary } from '../../src/views/member-views.ts';
import { breakdownSentence, voteSectionText } from '../../src/views/vote-views.ts';
import { tripNotes } from '../../src/map/trip-annotations.ts';
import { frontPageText, frontStandfirst } from '../../src/views/page-views.ts';
import { dataPageText } from '../../src/views/data-page-views.ts';
import { buildTripMap } from '../../src/map/geo/trip-map.ts';
import { hostsBySlug } from '../../src/model/hosts.ts';

/**
 * A pseudo-locale run of the views, without another build: every UI string is accented and made ~40% longer, and
 * Intl writes French, so that a word of plain English left in a view's output came from the data (names, events)
 * or was typed in code. Data strings are taken out first; what English remains is hard-coded and fails the test.
 */
const PSEUDO = pseudoValue(en) as Messages;

// Intl in French: its month names and list words are not English either. Names keep their English forms (data).
const ctx = makeRenderContext({ ...EN_GB, tag: 'fr', htmlLang: 'fr', pathPrefix: '/xx' }, PSEUDO, editionOf(EN_GB).names(), editionOf(EN_GB).blocs());

/** Every string in a value (objects, arrays, prose segments), once. */
function strings(value: unknown, seen = new Set<unknown>()): string[] {
  if (typeof value === 'string') return [value];
  if (!value || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  return Object.values(value as object).flatMap((v) => strings(v, seen));
}

const ENGLISH = /\b(the|and|of|with|to|in|on|for|from|by|was|were|has|have|is|are|not|his|trip|trips|vote|votes|voted|since|until)\b/;

describe('the views under a pseudo-locale', () => {
  const data = realSiteData();
  const members = [...memberStats(data).values()];
  // Data keeps its language: names in every form, events, notes, titles… are taken out before looking for English.
  // Views quote data whole or in parts (a clause of an event, a role in brackets, a summary cut short with "…").
  const whole = [...strings(data), ...[...ctx.names.values()].flatMap((n) => [n.subject, n.in, n.to, n.possessive, n.listed]), ...Object.values(editionOf(EN_GB).blocs()).flatMap((b): string[] => [b.short, b.full, b.shortInProse, b.fullInProse])];
  const parts = whole.flatMap((s) => s.split(/[;()]|, /).map((p) => p.trim()));
  const dataStrings = [...new Set([...whole, ...parts])].filter((s) => s.length > 2).sort((a, b) => b.length - a.length);
  const cutShort = (text: string) =>
    text.replace(/([^·…]{12,})…/g, (m, head: string) => {
      const quoted = head.split(/:\s/).at(-1)!.trim();
      return whole.some((d) => d.includes(quoted)) ? head.slice(0, head.length - quoted.length) : m;
    });
  const leftover = (text: string) => dataStrings.reduce((t, d) => (t.includes(d) ? t.split(d).join(' ') : t), text);
  /** Ids, paths, file names and colour tokens are not words a reader reads. */
  const isCode = (s: string) => /^[\w/.#:+-]+$/.test(s);

  it('writes no English of its own: every word a view adds comes from the edition’s strings', () => {
    const outputs: Record<string, unknown> = {
      facts: [...explainerFacts(ctx, data).values()],
      standfirst: frontStandfirst(ctx, explainerFacts(ctx, data)),
      front: frontPageText(ctx, data.dataset.asOf),
      dataPage: dataPageText(ctx, data, { members: 193, dataPages: 164 }),
      layers: countryLayers(ctx, data).map((l) => [l.page, l.nav, l.classes]),
      stances: members.map((s) => stancesView(ctx, data, s.member.iso3)),
      timeline: buildTimeline(ctx, data),
      notes: tripNotes(ctx, data),
      members: members.map((s) => [memberSummary(ctx, s, data.iccStates.warrant.issued), memberDescription(ctx, s, data.iccStates.warrant.issued, data.dataset.asOf), voteSectionText(ctx, s), breakdownSentence(ctx, s.voteBreakdown)]),
    };
    const found = new Map<string, string>();
    for (const [view, out] of Object.entries(outputs)) {
      for (const s of strings(out).filter((x) => !isCode(x))) {
        const rest = leftover(cutShort(s));
        const m = rest.match(ENGLISH);
        if (m && !found.has(`${view}: ${m[0]}`)) found.set(`${view}: ${m[0]}`, rest.slice(Math.max(0, (m.index ?? 0) - 60), (m.index ?? 0) + 60));
      }
    }
    expect(Object.fromEntries(found)).toEqual({});
  });

  it('makes the strings longer and accented, keeping their {slots}', () => {
    expect(pseudo('{n} trips to {countries}')).toBe(`{n} ţŕípš ţó {countries}${'·'.repeat(10)}`);
    expect(pseudo('See `region` in <a>').startsWith('Šéé `region` íñ <a>')).toBe(true);
  });
});

describe('the trip map in every edition', () => {
  it.each(EDITIONS.map((e) => [e.locale.tag, e.locale] as const))('%s: places every label and note with no collision', (_, locale) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const data = realEditionData(locale);
      const edition = renderContext(locale);
      buildTripMap(edition, hostsBySlug(data), data.visits, tripNotes(edition, data));
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });
});

describe('the trip map under a pseudo-locale', () => {
  // Known, measured here: with words 40% longer the layout finds no free place for the Arctic inset's heading and
  // the Tianjin note (the layout reports it and overlaps them). German runs about 30% longer than English, Russian
  // and Ukrainian about 15–20%: the editions must make room (a smaller note measure, a wider frame) before they ship.
  // `it.fails` holds that finding: the test turns red once the layout copes, and is then made a plain test.
  it.fails('places every word with no collision when the words are longer', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const data = realSiteData();
      buildTripMap(ctx, hostsBySlug(data), data.visits, tripNotes(ctx, data));
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });
});
