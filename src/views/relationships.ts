import { messages } from '../i18n/messages.ts';
import type { Relationship } from '../schemas/country.ts';

/** How a relationship is named and explained to readers (its label, its group's heading, its definition). */
export function relationshipInfo(relationship: Relationship): { label: string; inSentence: string; heading: string; definition: string } {
  return messages().relationships[relationship];
}

/** The order the country list shows the relationships in (every value of the schema's enum). */
export const RELATIONSHIP_ORDER: readonly Relationship[] = ['ally', 'partner', 'aligned', 'host', 'former-ally', 'invaded'];
