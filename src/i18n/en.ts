/**
 * The English UI strings: site chrome and the label tables every page, map legend, share card and download
 * shares. A translation is a module of the same shape (the `Messages` type) registered in src/i18n/messages.ts.
 * Sentences that put data into words are composed by the view modules in src/lib from these labels.
 */
export const en = {
  site: {
    name: 'Who Stands With Putin',
    skipLink: 'Skip to content',
    mainNav: 'Main',
    nav: { explainer: 'Explainer', countries: 'Countries', timeline: 'Timeline', map: 'Map', data: 'Data' },
    footerAsOf: 'Data as of',
    footerAbout: 'Every record links to its sources. Since Russia’s full-scale invasion of Ukraine on 24 February 2022.',
    feedTitle: 'Who Stands With Putin: every dated event',
  },
  votes: { yes: 'Yes', no: 'No', abstain: 'Abstained', 'non-voting': 'Did not vote' },
  /** A member missing from a partial roll call: on profiles and in tables, and on vote maps and their legends. */
  unknownVote: 'Not yet published',
  unknownVoteOnMap: 'Not yet in the published record',
  visitKinds: {
    'state-visit': 'State visit',
    'official-visit': 'Official visit',
    'working-visit': 'Working visit',
    summit: 'Summit',
    'occupied-territory': 'Visit to occupied territory',
  },
  icc: {
    party: 'State party to the Rome Statute',
    withdrawing: 'State party, withdrawal pending',
    withdrawn: 'Withdrew from the Rome Statute',
    'non-party': 'Not a party to the Rome Statute',
  },
  /** The trip map: its notes on the key trips ({…} is filled from the visit's data), inset and phone hint. */
  tripMap: {
    treaty: 'Signed a treaty with {counterpart}',
    iccNoArrest: 'An ICC state party; it did not arrest him',
    summit: 'Summit with {counterpart}',
    firstUnfriendly: 'his first trip to a state on Russia’s “unfriendly” list',
    insetTitle: 'Over the Arctic',
    scrollHint: 'The map is wider than the screen: scroll sideways to see it all.',
  },
  /** The same, where the Rome Statute is already named ("ICC: state party"). */
  iccShort: {
    party: 'state party',
    withdrawing: 'state party, withdrawal pending',
    withdrawn: 'withdrew',
    'non-party': 'not a party',
  },
};

export type Messages = typeof en;
