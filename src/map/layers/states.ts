import type { RenderContext } from '../../render/context.ts';
import { UN_MEMBERS } from '../../schemas/un-members.ts';
import type { SiteData } from '../../model/records.ts';
import type { StateRef } from './layer.ts';

/** The 193 UN member states, in the order of src/schemas/un-members.ts. */
export const UN_MEMBER_STATES: readonly StateRef[] = UN_MEMBERS;

/** Each UN member's short English name, by ISO3. */
export const UN_MEMBER_NAMES: ReadonlyMap<string, string> = new Map(UN_MEMBERS.map((m) => [m.iso3, m.name]));

/** States that are not UN members but can be parties to treaties such as the Rome Statute. */
const NON_MEMBER_STATES: readonly StateRef[] = [
  { iso3: 'PSE', isoNumeric: '275', name: 'State of Palestine' },
  { iso3: 'COK', isoNumeric: '184', name: 'Cook Islands' },
];

/** UN members plus the non-member states above: the states on the ICC layer. */
export const TREATY_STATES: readonly StateRef[] = [...UN_MEMBER_STATES, ...NON_MEMBER_STATES];

/** Profiled countries' pages by ISO3, at one of their sections (`/countries/armenia/#stances`). */
export function profileLinks(ctx: RenderContext, data: SiteData, section: string): Map<string, string> {
  return new Map(data.countries.map((c) => [c.iso3, ctx.urls.country(c.slug, section)]));
}
