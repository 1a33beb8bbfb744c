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
    nav: { explainer: 'Explainer', countries: 'Countries', votes: 'Votes', timeline: 'Timeline', map: 'Map', data: 'Data' },
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
  /** Every member's page, and the data pages of members without a written profile. */
  memberPage: {
    dataKicker: 'UN member state',
    /** The noun a vote count takes in running prose. */
    resolutionsOnTheWar: 'General Assembly resolutions on the war since the invasion',
    stance: {
      withRussia: (n: string) => `voted with Russia on ${n}`,
      againstRussia: (n: string) => `voted against Russia on ${n}`,
      abstained: (n: string) => `abstained on ${n}`,
      absent: (n: string) => `did not vote on ${n}`,
    },
    allOf: (n: string) => `all ${n}`,
    votesSentence: (name: string, phrases: string, total: string) => `Of the ${total} General Assembly resolutions on the war since the invasion, ${name} ${phrases}.`,
    votesSentenceOne: (name: string, phrase: string) => `${name} ${phrase} General Assembly resolutions on the war since the invasion.`,
    unknownSentence: (n: string) => `Its vote on ${n} is not yet in the published record.`,
    russiaVotes: (total: string) => `Russia voted no on all ${total} General Assembly resolutions on the war since the invasion; this site measures every other member’s votes against Russia’s.`,
    notVisited: (name: string) => `Putin has not visited ${name} since the invasion`,
    visited: (name: string, trips: string) => `Putin has made ${trips} to ${name} since the invasion`,
    iccParty: (warrant: string) => `as a state party to the Rome Statute it is obliged to arrest him under the ICC warrant of ${warrant}`,
    iccWithdrawing: (warrant: string, effective: string) => `it is still bound by the ICC warrant of ${warrant} until its withdrawal from the Rome Statute takes effect on ${effective}`,
    iccWithdrawn: (effective: string) => `it left the Rome Statute on ${effective}`,
    iccNonParty: (warrant: string) => `it is not a party to the Rome Statute, so the ICC warrant of ${warrant} does not bind it`,
    trips: { one: 'trip', other: 'trips' },
    noProfile: (name: string) => `${name} has no written profile yet. This page is drawn from the records alone: the UN General Assembly’s roll calls, the Rome Statute’s list of states parties, Putin’s trips, Russia’s list of “unfriendly” states and the blocs around Russia.`,
    howWeCount: 'How we count',
    sourceLabels: {
      members: 'United Nations: member states',
      regions: 'UN Statistics Division: M49 regions',
      rollCall: (symbol: string) => `${symbol}: UN voting record`,
      icc: 'UN Treaty Collection: Rome Statute states parties',
    },
  },
  /** The same, where the Rome Statute is already named ("ICC: state party"). */
  iccShort: {
    party: 'state party',
    withdrawing: 'state party, withdrawal pending',
    withdrawn: 'withdrew',
    'non-party': 'not a party',
  },
  /** Russia's list of "unfriendly" states (order No. 430-r): the classes of its map layer, by when a state was put on it. */
  unfriendly: {
    original: 'Named in the original order',
    'added-2022': 'Added by an amendment later in 2022',
    'added-later': 'Added after 2022',
    removed: 'Taken off the list',
    'not-listed': 'Not on the list',
  },
  /** The blocs around Moscow: short names (navigation, legends, profiles) and the article their full name takes in prose. */
  blocs: {
    csto: { short: 'CSTO', article: 'the ' },
    eaeu: { short: 'EAEU', article: 'the ' },
    cis: { short: 'CIS', article: 'the ' },
    sco: { short: 'SCO', article: 'the ' },
    brics: { short: 'BRICS', article: '' },
    'union-state': { short: 'Union State', article: 'the ' },
  },
  /** A state's tie to a bloc (data statuses, plus `former` and `none` on the maps). */
  blocStatus: {
    member: 'Member',
    suspended: 'Participation frozen',
    observer: 'Observer',
    partner: 'Partner',
    associate: 'Associate member',
    leaving: 'Member, exit under way',
    former: 'Former member',
    none: 'No tie',
  },
  /** The same statuses counted in running prose: `5 members`, `1 suspended member`. */
  blocStatusCounted: {
    member: { one: 'member', other: 'members' },
    suspended: { one: 'member with its participation frozen', other: 'members with their participation frozen' },
    observer: { one: 'observer', other: 'observers' },
    partner: { one: 'partner', other: 'partners' },
    associate: { one: 'associate member', other: 'associate members' },
    leaving: { one: 'member on its way out', other: 'members on their way out' },
    former: { one: 'former member', other: 'former members' },
  },
  /** The "Memberships and stances" section of country pages. */
  stances: {
    heading: 'Memberships and stances',
    navLabel: 'Memberships',
    unfriendlyHeading: 'Russia’s “unfriendly” list',
    blocsHeading: 'Blocs around Moscow',
    unfriendlyMapLink: 'Map of the list',
    blocMapLink: 'Map',
    formerLabel: 'Earlier',
    unconfirmedLabel: 'Not counted',
    unconfirmedStatus: 'Disputed, not counted',
  },
  /** How the layer navigation labels a family of layers. */
  layerGroups: { blocs: 'Blocs' },
};

export type Messages = typeof en;
