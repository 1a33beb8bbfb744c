import { z } from 'zod';
import { isoDate, place, sources, text } from './common.ts';
import { withdrawal } from './icc-states.ts';

/**
 * Where a country stands with Russia on the dataset's as-of date. Definitions are shown to readers
 * (src/views/relationships.ts) and in the content guide.
 */
export const RELATIONSHIPS = ['ally', 'partner', 'aligned', 'host', 'former-ally', 'invaded'] as const;
export const relationship = z.enum(RELATIONSHIPS, { error: `expected one of: ${RELATIONSHIPS.join(', ')}` });
export type Relationship = z.output<typeof relationship>;

export const SUPPORT_KINDS = [
  'troops',
  'munitions',
  'missiles',
  'drones',
  'military-goods',
  'sanctions-evasion',
  'staging-ground',
  'nuclear-weapons',
  'trade',
  'other',
] as const;

/**
 * Who gives the support: the `government` itself, or `trade` (companies, banks, private networks and ordinary trade
 * based in the country, which its government may or may not tolerate). Shown in separate groups.
 */
export const SUPPORTERS = ['government', 'trade'] as const;

/**
 * A list item's id in a profile's front matter (`id: volodymyr-zelensky`, `id: "2024-09-03"`): unique in its list,
 * never changed once published. Translations find the item's words by it (content/translations/), so an edited
 * sentence is reported as outdated, not lost.
 */
const itemId = z
  .string({ error: 'expected an id: lower-case letters, digits and hyphens, such as "volodymyr-zelensky" or "2024-09-03"' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected an id: lower-case letters, digits and hyphens, such as "volodymyr-zelensky" or "2024-09-03"' })
  .describe('The item’s id within its list: unique there, and kept when the item’s words change (translations are keyed by it).');

const leader = z.strictObject({
  id: itemId,
  name: text,
  role: text,
  since: isoDate,
  until: isoDate.optional(),
  sources,
});

const icc = z
  .strictObject({
    /** Has the state ever ratified or acceded to the Rome Statute? */
    party: z.boolean({ error: 'expected true or false' }),
    ratified: isoDate.optional(),
    inForce: isoDate.optional(),
    withdrawal: withdrawal.optional(),
    note: text.optional(),
    sources,
  })
  .superRefine((value, ctx) => {
    if (value.party && !value.inForce) {
      ctx.addIssue({ code: 'custom', path: ['inForce'], input: value.inForce, message: 'expected the date the Rome Statute entered into force for this state (party is true)' });
    }
    if (!value.party && (value.ratified || value.inForce || value.withdrawal)) {
      ctx.addIssue({ code: 'custom', path: ['party'], input: value.party, message: 'expected party: true when ratified, inForce or withdrawal dates are given' });
    }
  });

const datedEntry = z.strictObject({ id: itemId, date: isoDate, text, sources });

export const countrySchema = z
  .strictObject({
    officialName: text.optional().describe('Full official name, where different.'),
    iso3: z.string({ error: 'expected a three-letter ISO 3166-1 alpha-3 code' }).regex(/^[A-Z]{3}$/, {
      error: 'expected a three-letter upper-case ISO 3166-1 alpha-3 code such as "PRK"',
    }).describe('ISO 3166-1 alpha-3 code; keys this country’s UN votes and redirects /countries/<iso3>/ here.'),
    isoNumeric: z.string({ error: 'expected a quoted, zero-padded ISO 3166-1 numeric code such as "051"' }).regex(/^\d{3}$/, {
      error: 'expected a zero-padded three-digit ISO 3166-1 numeric code such as "051"',
    }).describe('ISO 3166-1 numeric code as a quoted, zero-padded string (“051”): the id of its world-atlas shape.'),
    /**
     * Other URL slugs that redirect to this profile forever: common aliases (`dprk`), former names, and any slug
     * this profile was published under before a rename. ISO3 codes redirect automatically.
     */
    aliases: z.array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected a lowercase slug such as "dprk"' })).optional().describe('Other slugs that redirect here forever: common aliases, former names, old slugs.'),
    /** Too small (or absent) in the 1:110m Natural Earth shapes: drawn as a point at the capital. */
    pointOnly: z.boolean({ error: 'expected true or false' }).optional().describe('Draw as a point (its visited city or capital) instead of a filled shape.'),
    capital: place.describe('Capital with the coordinates of its centre.'),
    relationship: relationship.describe('Where the country stands with Russia on the dataset’s as-of date (see the content guide).'),
    /** Why the country is in its class where the definition alone does not settle it (a frozen treaty, an exception). */
    relationshipNote: text.optional().describe('Why this class, where the definition alone does not settle it; shown beside the definition.'),
    summary: text.describe('One sentence, true on the as-of date: shown on the list, the profile and in share previews.'),
    asOf: isoDate.describe('The date this profile’s facts were last checked against sources.'),
    leaders: z.array(leader).min(1, { error: 'expected at least one leader' }).describe('Current leader(s) first, then anyone in post since 2022-02-24 (with until).'),
    icc: icc.describe('Rome Statute status: party, ratified, inForce, withdrawal {notified, effective}, note, sources.'),
    agreements: z.array(z.strictObject({ id: itemId, date: isoDate, title: text, note: text.optional(), sources })).optional().describe('Key agreements with Russia, newest first.'),
    support: z
      .array(
        z.strictObject({
          id: itemId,
          kind: z.enum(SUPPORT_KINDS, { error: `expected one of: ${SUPPORT_KINDS.join(', ')}` }),
          by: z.enum(SUPPORTERS, { error: `expected one of: ${SUPPORTERS.join(', ')} (the government itself, or companies and trade based in the country)` }),
          /** Who makes the claim, when it is not acknowledged by the government concerned: shown as "Alleged by …". */
          allegedBy: text.optional(),
          text,
          date: isoDate.optional(),
          sources,
        }),
      )
      .optional()
      .describe('Material support for Russia’s war, by the government or through trade and companies, with who alleges what is not acknowledged.'),
    governmentChanges: z
      .array(z.strictObject({ id: itemId, date: isoDate, before: text, after: text, sources }))
      .optional()
      .describe('A change of government (not only of leader) since 2022-02-24 that splits the UN voting record: votes before date were cast by before, from date on by after.'),
    changes: z.array(datedEntry).optional().describe('Dated “what changed” list since 2022, oldest first.'),
    sources: sources.describe('General sources for the profile.'),
  })
  .superRefine((country, ctx) => {
    for (const list of ['leaders', 'agreements', 'support', 'governmentChanges', 'changes'] as const) {
      const seen = new Set<string>();
      (country[list] ?? []).forEach((item, i) => {
        if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [list, i, 'id'], input: item.id, message: `expected an id used once in ${list}; "${item.id}" is already taken` });
        seen.add(item.id);
      });
    }
    country.leaders.forEach((l, i) => {
      if (l.until && l.until < l.since) {
        ctx.addIssue({ code: 'custom', path: ['leaders', i, 'until'], input: l.until, message: `expected a date on or after since (${l.since})` });
      }
    });
  });

export type CountryInput = z.input<typeof countrySchema>;
export type Country = z.output<typeof countrySchema>;
