import type { RenderContext } from '../render/context.ts';
import type { Relationship } from '../schemas/country.ts';

/** How a relationship is named and explained to readers (its label, its group's heading, its definition). */
export function relationshipInfo(ctx: RenderContext, relationship: Relationship): { label: string; inSentence: string; heading: string; definition: string } {
  return ctx.t.relationships[relationship];
}

/** The order the country list shows the relationships in (every value of the schema's enum). */
export const RELATIONSHIP_ORDER: readonly Relationship[] = ['ally', 'partner', 'aligned', 'host', 'former-ally', 'invaded'];
