import { z } from 'zod';
import { isoDate, sources, text } from './common.ts';
import { TERRITORIES } from './territories.ts';
import { UN_MEMBERS } from './un-members.ts';

const UN_ISO3 = new Set<string>(UN_MEMBERS.map((m) => m.iso3));
const TERRITORY_IDS = new Set<string>(TERRITORIES.map((t) => t.id));

/** A UN member's ISO 3166-1 alpha-3 code. Territories are not UN members and live in their own list. */
export const unMemberIso3 = z
  .string({ error: 'expected a three-letter ISO 3166-1 alpha-3 code' })
  .refine((code) => UN_ISO3.has(code), { error: 'expected the ISO3 code of a UN member state (src/schemas/un-members.ts)' });

/** A territory slug from src/schemas/territories.ts. */
export const territoryId = z
  .string({ error: 'expected a territory slug' })
  .refine((id) => TERRITORY_IDS.has(id), {
    error: `expected a territory from src/schemas/territories.ts (known: ${[...TERRITORY_IDS].join(', ')})`,
  });

/** One change to the list (the order itself is the first): when, what, and where that is documented. */
const amendment = z.strictObject({
  date: isoDate.describe('The date entries added by this change take as `since` (the order’s date, or the announcement’s when the order’s is unknown).'),
  published: isoDate.optional().describe('When it was made public, if that differs from `date`.'),
  summary: text,
  note: text.optional().describe('Where sources disagree on the date and which we follow.'),
  sources,
});

/** A group named as one entry in the order ("member states of the European Union"), expanded to its members. */
const group = z.strictObject({
  id: z.string().regex(/^[a-z]+(?:-[a-z]+)*$/, { error: 'expected a lower-case slug such as "eu"' }),
  name: text.describe('The group as the order names it, in English.'),
  since: isoDate,
  members: z.array(unMemberIso3).min(1),
  sources,
});

const listed = {
  since: isoDate.describe('When it was put on the list.'),
  until: isoDate.optional().describe('When it was taken off, if ever.'),
  note: text.optional(),
  sources,
};

const unMemberEntry = z.strictObject({
  iso3: unMemberIso3,
  group: z.string().optional().describe('Set when the order lists it only as part of a group (the id of a `groups` entry).'),
  ...listed,
});

const territoryEntry = z.strictObject({ id: territoryId, ...listed });

/** `content/unfriendly-states.json`: Russia's list of "unfriendly" states and territories (order No. 430-r). */
export const unfriendlyStatesSchema = z
  .strictObject({
    order: text,
    title: text,
    checkedUntil: isoDate.describe('The list is complete up to this date.'),
    notes: z
      .array(z.strictObject({ text, sources }))
      .describe('What the list is and is not, and whether it changed after the last amendment, each with sources.'),
    amendments: z.array(amendment).min(1),
    groups: z.array(group),
    unMembers: z.array(unMemberEntry).min(1),
    territories: z.array(territoryEntry),
  })
  .superRefine((list, ctx) => {
    const issue = (path: (string | number)[], input: unknown, message: string) => ctx.addIssue({ code: 'custom', path, input, message });

    const dates = list.amendments.map((a) => a.date);
    dates.forEach((date, i) => {
      if (i > 0 && date <= dates[i - 1]!) issue(['amendments', i, 'date'], date, `expected amendments in date order, each after ${dates[i - 1]}`);
      if (date > list.checkedUntil) issue(['amendments', i, 'date'], date, `expected a date on or before checkedUntil (${list.checkedUntil})`);
    });
    const amendmentDates = new Set(dates);

    const checkEntries = (key: 'unMembers' | 'territories', idOf: (e: { iso3?: string; id?: string }) => string) => {
      const seen = new Set<string>();
      list[key].forEach((entry, i) => {
        const id = idOf(entry as { iso3?: string; id?: string });
        if (seen.has(id)) issue([key, i], id, 'expected each state or territory only once');
        seen.add(id);
        if (!amendmentDates.has(entry.since)) {
          issue([key, i, 'since'], entry.since, `expected the date of one of the amendments (${dates.join(', ')})`);
        }
        if (entry.until !== undefined && entry.until < entry.since) {
          issue([key, i, 'until'], entry.until, `expected a date on or after since (${entry.since})`);
        }
        if (entry.until !== undefined && entry.until > list.checkedUntil) {
          issue([key, i, 'until'], entry.until, `expected a date on or before checkedUntil (${list.checkedUntil})`);
        }
      });
    };
    checkEntries('unMembers', (e) => e.iso3!);
    checkEntries('territories', (e) => e.id!);

    const byIso3 = new Map(list.unMembers.map((m) => [m.iso3, m]));
    const groupIds = new Set(list.groups.map((g) => g.id));
    list.groups.forEach((g, gi) => {
      if (!amendmentDates.has(g.since)) issue(['groups', gi, 'since'], g.since, `expected the date of one of the amendments (${dates.join(', ')})`);
      if (new Set(g.members).size !== g.members.length) issue(['groups', gi, 'members'], g.members, 'expected each member only once');
      g.members.forEach((iso3, mi) => {
        const entry = byIso3.get(iso3);
        if (entry?.group !== g.id || entry.since !== g.since) {
          issue(['groups', gi, 'members', mi], iso3, `expected an unMembers entry for ${iso3} with group "${g.id}" and since ${g.since}`);
        }
      });
    });
    list.unMembers.forEach((m, i) => {
      if (m.group === undefined) return;
      const g = list.groups.find((candidate) => candidate.id === m.group);
      if (!groupIds.has(m.group) || !g) issue(['unMembers', i, 'group'], m.group, `expected the id of a group (known: ${[...groupIds].join(', ')})`);
      else if (!g.members.includes(m.iso3)) issue(['unMembers', i, 'group'], m.group, `expected ${m.iso3} among the members of group "${m.group}"`);
    });
  });

export type UnfriendlyStatesInput = z.input<typeof unfriendlyStatesSchema>;
export type UnfriendlyStates = z.output<typeof unfriendlyStatesSchema>;
