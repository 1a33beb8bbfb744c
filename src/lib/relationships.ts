import type { Relationship } from '../schemas/country.ts';

/** How each relationship is named and explained to readers, in the order the country list shows them. */
export const RELATIONSHIP_INFO: Record<Relationship, { label: string; heading: string; definition: string }> = {
  ally: {
    label: 'Ally',
    heading: 'Allies',
    definition: 'Bound to Russia by a defence treaty or alliance, or materially supplying its war.',
  },
  partner: {
    label: 'Partner',
    heading: 'Partners',
    definition: 'Close political and economic partners that do not condemn the war and keep high-level ties, without a defence pact.',
  },
  aligned: {
    label: 'Votes with Russia',
    heading: 'Votes with Russia at the UN',
    definition: 'Regularly vote with Russia at the UN General Assembly, without deep bilateral ties or visits.',
  },
  host: {
    label: 'Host',
    heading: 'Hosts',
    definition: 'Received Putin since the invasion but otherwise keep their distance, or back Ukraine at the UN.',
  },
  'former-ally': {
    label: 'Former ally',
    heading: 'Former allies',
    definition: 'Stood with Russia after the invasion, but the government that did so is gone.',
  },
  invaded: {
    label: 'Invaded',
    heading: 'Invaded',
    definition: 'The country Russia invaded; Putin’s visits to its occupied territory are listed but not counted as foreign trips.',
  },
};

export const RELATIONSHIP_ORDER = Object.keys(RELATIONSHIP_INFO) as Relationship[];
