import type { RenderContext } from '../../render/context.ts';
import { NON_MEMBER_STATES, UN_MEMBERS } from '../../schemas/un-members.ts';
import type { SiteData } from '../../model/records.ts';
import type { StateRef } from './layer.ts';

/** The 193 UN member states, in the order of src/schemas/un-members.ts. */
export const UN_MEMBER_STATES: readonly StateRef[] = UN_MEMBERS.map((m) => ({ iso3: m.iso3, isoNumeric: m.isoNumeric, key: m.iso3 }));

/** UN members plus the non-member states that can join treaties: the states on the ICC layer. */
export const TREATY_STATES: readonly StateRef[] = [...UN_MEMBER_STATES, ...NON_MEMBER_STATES.map((s) => ({ iso3: s.iso3, isoNumeric: s.isoNumeric, key: s.iso3 }))];

/** Profiled countries' pages by ISO3, at one of their sections (`/countries/armenia/#stances`). */
export function profileLinks(ctx: RenderContext, data: SiteData, section: string): Map<string, string> {
  return new Map(data.countries.map((c) => [c.iso3, ctx.urls.country(c.slug, section)]));
}
