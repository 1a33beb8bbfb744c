import type { PluralForms } from './locale.ts';
import type { CountryName } from './names/types.ts';
import type { M49Region } from '../schemas/un-members.ts';

/** A phrase that opens a sentence, its first letter capitalised: `The Philippines`, `China’s`. */
const opening = (phrase: string) => phrase.charAt(0).toUpperCase() + phrase.slice(1);

/**
 * The English UI strings: every word the site shows that is not data — site chrome, page texts, the label tables
 * every page, map legend, share card and download shares, and the templates of the sentences that put data into
 * words. A translation is a module of the same shape (the `Messages` type) registered in src/i18n/editions.ts.
 * The view modules in src/views compose sentences from these templates; components and pages take their words from
 * those views or from here, never inline.
 */
export const en = {
  /** The letters an A–Z list is filed under, in order; a name goes under the one its first letter matches by the locale's collation. */
  alphabet: [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'],
  /** The UN Statistics Division's M49 regions, by their id in src/schemas/un-members.ts. */
  regionNames: { Africa: 'Africa', Americas: 'Americas', Asia: 'Asia', Europe: 'Europe', Oceania: 'Oceania' } satisfies Record<M49Region, string>,
  site: {
    name: 'Who Stands With Putin',
    skipLink: 'Skip to content',
    mainNav: 'Main',
    /** The language switch's accessible name (each language is named in itself). */
    languages: 'Language',
    nav: { explainer: 'Explainer', countries: 'Countries', votes: 'Votes', timeline: 'Timeline', map: 'Map', data: 'Data' },
    footerAsOf: 'Data as of',
    footerAbout: 'Every record links to its sources. Since Russia’s full-scale invasion of Ukraine on 24 February 2022.',
    /** Under every page: how we count, the downloads and the feed (their addresses: src/render/urls.ts). */
    footerLinks: { method: 'How we count (method)', downloads: 'Data downloads', feed: 'Atom feed of new events' },
    feedTitle: 'Who Stands With Putin: every dated event',
    /** The site's name in the header: its words, then the last one set apart. */
    header: { name: 'Who Stands With', emphasis: 'Putin' },
    /** A page's full title (tab, share text): `Belarus and Putin · Who Stands With Putin`. */
    fullTitle: (title: string) => `${title} · Who Stands With Putin`,
  },
  /**
   * How this language writes a label inside a sentence, and a phrase that opens one: English lowers or raises the
   * first letter only (`Against Russia` → `against Russia`). Views call these instead of changing case themselves.
   */
  letterCase: {
    inSentence: (s: string) => s.charAt(0).toLowerCase() + s.slice(1),
    sentenceStart: (s: string) => s.charAt(0).toUpperCase() + s.slice(1),
  },
  /** Small counts spelled out in running prose ("the nine allies"); larger ones are written as numerals. */
  numberWords: ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
  /**
   * Page texts that put data into words, composed by the views in src/views (page-views.ts, data-page-views.ts,
   * profile-views.ts…). `{slot}` marks where a view puts a value (a count, a date, a computed fact); plural forms
   * are chosen by Intl.PluralRules (`one`, `other`).
   */
  frontPage: {
    description: (trips: string) => `Vladimir Putin’s allies, his ${trips} and every country’s UN votes since Russia’s full-scale invasion of Ukraine: a sourced explainer with a map, country profiles and open data.`,
    foreignTrips: { one: 'foreign trip', other: 'foreign trips' },
    /** The standfirst names no ally: the headline card below lists them. */
    allies: { one: '{n} government is Putin’s ally, bound to Russia by treaty or arming its war.', other: '{n} governments are Putin’s allies, bound to Russia by treaty or arming its war.' },
    partners: { one: 'Around them, {n} partner keeps close ties with Moscow without condemning the invasion; {mostVisited}.', other: 'Around them, {n} partners keep close ties with Moscow without condemning the invasion; {mostVisited}.' },
    partnersMostVisited: { one: 'among the partners, the one he visited most is {names}', other: 'among the partners, the ones he visited most are {names}' },
    countriesVisited: { one: 'to {n} country', other: 'to {n} countries' },
    kicker: 'Explainer · data as of {date}',
    heading: 'Who still stands with Putin',
    /** The headline numbers: what each counts; `{hosts}` names the states parties he visited. */
    headline: {
      trips: 'Foreign trips since the invasion',
      allies: 'Allies',
      iccTrips: 'Trips to states bound to arrest him (ICC members, after the warrant)',
      iccHosts: 'to {hosts}',
      alwaysWithRussia: 'Profiled countries that voted with Russia on every emergency-session UN resolution on record',
    },
    /** Under the map; `{map}` links to the full map. */
    mapCaption: 'Source: the Kremlin’s announcements and news reports, listed with each trip. {map}, with every trip listed, the ICC layer and how each country voted at the UN.',
    mapLink: 'Open the full map',
    next: {
      label: 'Explore the data',
      countries: 'Every country, grouped by where it stands',
      map: 'The map of Putin’s trips',
      timeline: 'Timeline of every event',
      data: 'Download the data',
    },
  },
  /** The page for an address with no page. */
  /** The "find your country" box (src/components/layout/FindCountry.astro) on /countries/, /votes/ and the 404 page. */
  findCountry: {
    label: 'Find your country',
    placeholder: 'e.g. Brazil or BRA',
    go: 'Go',
  },
  notFound: {
    title: 'Page not found',
    description: 'This page does not exist. Find a country profile in the list, or start from the explainer.',
    lead: 'There is no page at this address. It may have been mistyped, or the link may be broken.',
    countries: 'See every country profile',
    explainer: 'Read the explainer',
  },
  /** The trip map's one-line descriptions (the map's `<desc>` on the front page, the embed's description). */
  tripMapDescription: {
    trips: { one: '{n} trip', other: '{n} trips' },
    foreignTrips: { one: '{n} foreign trip', other: '{n} foreign trips' },
    countries: { one: '{n} country', other: '{n} countries' },
    front: (trips: string, countries: string) => `${trips} to ${countries}, shaded by number of trips, with routes from Moscow.`,
    embed: (trips: string, countries: string) => `${trips} to ${countries} since 24 February 2022, hosts shaded by number of trips, with routes from Moscow.`,
  },
  countriesPage: {
    description: (members: string, profiles: string) => `All ${members} UN member states, with Putin’s trips and UN voting record for each; the ${profiles} grouped by where each country stands with Russia.`,
    profiles: { one: 'written profile', other: 'written profiles' },
    /** Who has a written profile, before the link to the method. */
    rule: (times: string) => `Who is here: the allies named in mid-2024 reporting, every country Putin has visited since 24 February 2022, and every UN member that voted no alongside Russia on a resolution of the General Assembly’s emergency special session on Ukraine at least ${times}.`,
    times: { one: 'once', other: '{n} times' },
    findLink: (members: string) => `Find any of the ${members} UN member states, A–Z`,
    groupLink: (heading: string, n: string) => `${heading} (${n})`,
    everyMember: (members: string) => `All ${members} member states with their votes in the UN General Assembly’s emergency special session on Ukraine since the invasion. Members without a written profile have a page drawn from the records.`,
    title: 'Countries',
    lead: 'Where each country stands with Russia, how often Putin has visited since the invasion, and how it voted on the resolutions of the UN General Assembly’s emergency special session on Ukraine: as Russia did, abstaining, absent, or the opposite of Russia.',
    /** After the rule, linked to the method. */
    method: 'Method',
    groups: 'Groups',
    everyMemberHeading: 'Every UN member, A–Z',
    /** After the A–Z list's intro; `{votes}` links to the vote table. */
    seeVotes: 'See {votes}.',
    votesLink: 'every vote in one table',
    /** The list's filter (src/scripts/country-filter.ts shows it). */
    filter: {
      label: 'Find a member',
      search: 'Find a country',
      region: 'Region',
      allRegions: 'All',
      bloc: 'Bloc',
      anyBloc: 'Any or none',
      noMatch: 'No member matches. Try another spelling, or its three-letter code (BRA, IDN, NGA).',
    },
    letters: 'Letters',
    /** Beside a member with a written profile. */
    profileTag: 'profile',
  },
  votesPage: {
    description: (members: string, resolutions: string) => `How each of the ${members} UN member states voted on each of the ${resolutions} on Ukraine, in one table, from the UN voting records.`,
    lead: (members: string, warResolutions: string) => `How each of the ${members} UN member states voted on the General Assembly’s resolutions on Ukraine in our record, one row per member, one column per resolution, from the UN’s voting records. The columns come in sets, divided by a rule: 68/262 of 2014, on Crimea, for context; the ${warResolutions} of the emergency special session adopted since the invasion, which the count column is over; and the regular sessions’ yearly texts on the war, counted apart on each member’s page.`,
    caption: (members: string, resolutions: string) => `Votes of the ${members} UN member states on ${resolutions}, oldest first`,
    assemblyResolutions: { one: 'General Assembly resolution', other: 'General Assembly resolutions' },
    resolutions: { one: 'resolution', other: 'resolutions' },
    outOf: (n: string) => `of ${n}`,
    title: 'Every UN member’s votes on Ukraine',
    heading: 'Every member’s votes',
    /** The heading over the table, after the chart of every resolution's totals. */
    members: 'Member by member',
    /** The sentence above the table: where support for the resolutions thinned most between two consecutive votes. */
    /** A resolution in running prose: its name, then its code. */
    named: (name: string, code: string) => `“${name}” (${code})`,
    /** The matrix's column key: which resolution each column is. */
    columnsKey: 'What each column is',
    shift: (from: string, fromMonth: string, to: string, toMonth: string, left: string, toAbstain: string) =>
      `The biggest move away from “yes” between two consecutive resolutions came between ${from} (${fromMonth}) and ${to} (${toMonth}): ${left}, ${toAbstain} of them abstaining. Cells where a member’s vote changed from the previous resolution are marked with a dot.`,
    leftYes: { one: '{n} member that had voted yes did not do so again', other: '{n} members that had voted yes did not do so again' },
    changedKey: 'Vote changed from the previous resolution',
    /** Screen-reader text in a cell whose vote changed. */
    changed: ' (changed)',
    controls: 'Sort and filter the table',
    sortBy: 'Sort by',
    sort: { name: 'Name', with: 'Votes as Russia voted (most first)', against: 'Votes opposite to Russia’s (most first)', region: 'Region', beyond: 'Beyond Ukraine: closest to Russia first' },
    /** The column of contested votes beyond Ukraine (src/model/alignment.ts): `47 of 99` yes/no votes cast with Russia. */
    beyond: 'Beyond Ukraine',
    beyondSub: 'yes/no with Russia',
    beyondCell: (withRussia: string, cast: string) => `${withRussia} of ${cast}`,
    region: 'Region',
    allRegions: 'All',
    relationship: 'Relationship',
    allMembers: 'All members',
    noProfile: 'No written profile',
    member: 'Member',
    withRussia: 'With Russia',
    /** Under the table; `{csv}` is the link to the download. */
    letters: 'Letters: Y yes, N no, A abstained, – did not vote, § could not vote (under Article 19 of the UN Charter, for arrears); an empty cell is a vote not in our record. Each column header links to that resolution’s world map, each member to its page. Download the same data as {csv}.',
  },
  timelinePage: {
    summary: (trips: string, occupied: string, votes: string, icc: string, changes: string) => `Every dated event in our data, newest first: ${trips} by Putin, ${occupied} to occupied Ukraine, ${votes}, ${icc} and ${changes} recorded in the country profiles.`,
    trips: { one: 'foreign trip', other: 'foreign trips' },
    occupiedVisits: { one: 'visit', other: 'visits' },
    votes: { one: 'UN General Assembly vote', other: 'UN General Assembly votes' },
    icc: { one: 'ICC event', other: 'ICC events' },
    changes: { one: 'change', other: 'changes' },
    events: { one: 'event', other: 'events' },
    showingAll: (events: string) => `Showing all ${events}.`,
    title: 'Timeline',
    /** A year's page of the timeline. */
    yearTitle: (year: string) => `Timeline: ${year}`,
    yearDescription: (year: string, events: string) => `${events} of ${year}: Putin’s trips, UN votes, ICC steps and changes in the countries closest to Russia, each linked to the page that tells it, with sources.`,
    /** The link at the foot of a year's page to the year before. */
    older: (year: string) => `Earlier: ${year} →`,
    /** Under the lead; `{feed}` is the link to the Atom feed. */
    intro: 'Each event links to the page that tells it in full, with sources. Visits to Russian-occupied Ukrainian territory are listed but never counted as foreign trips. Follow new events in a feed reader with the {feed}.',
    feedLink: 'Atom feed',
    years: 'Years',
    dueLater: 'Due later',
    /** The heading over events dated after the data's as-of date. */
    dueAfter: 'Due after {date}',
    upcomingNote: 'Dated in the records, but after the day up to which our data is checked; not counted above, and not in the feed until then.',
  },
  /** The data downloads page: what each file holds, and the method's sentences that carry counts. */
  dataPage: {
    files: {
      visits: { one: '{n} foreign trip (one row per host country per trip), and visits to occupied Ukrainian territory kept apart.', other: '{n} foreign trips (one row per host country per trip), and visits to occupied Ukrainian territory kept apart.' },
      votes: { one: '{n} UN General Assembly resolution with official totals, and every recorded vote by member state (ISO3).', other: '{n} UN General Assembly resolutions with official totals, and every recorded vote by member state (ISO3).' },
      countries: (members: string, profiled: string) => `All ${members} with region, ICC standing, trip count, UN vote breakdown, place on Russia’s “unfriendly” list and bloc ties; the ${profiled} with a written profile also carry our relationship classification.`,
      members: { one: 'UN member state', other: 'UN member states' },
      profiled: { one: 'member', other: 'members' },
    },
    /** The alignment beyond Ukraine: its definition (also in /data/alignment.json), in the method and the files table. */
    alignment: {
      heading: 'Beyond Ukraine: contested votes.',
      definition: 'A contested vote is a recorded vote of a General Assembly regular session (the 76th, from September 2021, to the latest published) on which Russia voted yes or no and the most common vote of the 27 EU member states, counting only their yes, no and abstain votes, was the opposite. A tie among the EU votes, or an EU majority that abstained, makes no contested vote. On each contested vote every member either voted with Russia, voted with the EU majority, abstained or did not vote.',
      text: 'The roll calls are the UN’s: every resolution of each regular session adopted by recorded vote, copied from the machine-readable resolution data of the UN Department for General Assembly and Conference Management (republished on GitHub as UNxml/GAresolutions) and checked vote by vote against the official totals; a vote whose lists did not add up, or that was adopted in parts without a roll call for each part, is left out and named below. Most contested votes concern human rights in named countries, unilateral sanctions and the Middle East: they show how often a government sides with Moscow or with the EU when the two disagree, not what it thinks of the war. A member without a vote under Article 19 is counted as not voting. Reference points on each member’s page (the members closest to and farthest from Russia, and the median member) count only members that voted yes or no on at least half of the contested votes.',
      missingHeading: 'Recorded votes not in the alignment data',
      /** One line of the list: `77th session (2022–23): A/RES/77/293, the published lists name one fewer…`. */
      missingItem: (session: string, votes: string, reason: string) => `${session}: ${votes}, ${reason}.`,
      /** `{recorded}` is recordedVotes; the sessions as a span, `76–80`. */
      coverage: (recorded: string, sessions: string, lastVote: string) => `The data holds ${recorded} of sessions ${sessions}; the newest is dated ${lastVote}.`,
      recordedVotes: { one: '{n} recorded vote', other: '{n} recorded votes' },
      file: 'Per member and regular session: the contested votes and how the member voted on them (with Russia, with the EU majority, abstained, did not vote), with the definition.',
    },
    /** After "UN votes" in bold. */
    votesCounted: (resolutions: string, asOf: string) => `are counted over the resolutions of the General Assembly’s eleventh emergency special session on Ukraine adopted since 24 February 2022 (${resolutions} as of ${asOf}); resolution 68/262 of 2014 is shown for context but not counted. On each, a country’s vote falls in exactly one class:`,
    resolutions: { one: 'resolution', other: 'resolutions' },
    russiaAlwaysNo: 'Russia voted no on every one of these resolutions, so a no is with Russia.',
    russiaNo: (n: string) => `Russia voted no on ${n} of them.`,
    countsNotShares: 'Every figure is given with its count (“abstained on 8 of 10 resolutions”), never as a bare percentage.',
    governmentChanges: (changes: string) => `Where a government fell between votes (${changes}), the profile says which votes each government cast.`,
    governmentChange: (country: CountryName, date: string) => `${country.subject} on ${date}`,
    /** After "Every UN member has a page." in bold. */
    dataPages: (members: string, total: string) => `${members} without a written profile get a data page drawn from the records: their vote on every resolution, the breakdown, ICC standing, Putin’s visits, and the sources. Pages exist for the ${total} UN member states only, because the site’s spine is the General Assembly’s roll calls, in which only members vote. The Holy See and the State of Palestine are observer states with no recorded vote, and Kosovo and Taiwan are not members; the State of Palestine appears on the ICC map as a state party.`,
    members: { one: 'member', other: 'members' },
    /** After "Who has a written profile:" in bold. `allies` counts the profiles classified ally or former ally. */
    whoHasAProfile: (allies: string, times: string) => `the ${allies} named in June 2024 reporting, every country Putin visited since the invasion, and every UN member that voted no alongside Russia on an emergency-session resolution at least ${times}. A trip to a new host is recorded on its member page at once; its written profile follows.`,
    allies: { one: '{n} ally', other: '{n} allies' },
    times: { one: 'once', other: '{n} times' },
    title: 'Data downloads',
    description: 'Download every Putin trip since 2022, the UN General Assembly roll calls on Ukraine, and the country classifications, as JSON or CSV, with documented shapes and a suggested citation.',
    lead: 'Everything on this site is published as open data, in the shapes documented below. Data as of {date}.',
    filesLabel: 'Files to download',
    filesCaption: 'Files',
    columns: { json: 'JSON', csv: 'CSV', contents: 'Contents' },
    /**
     * The files' shapes. Code names are set in backticks; `{members}`, `{dataPages}`, `{order}` and the dates are
     * filled from the data, `{method}` and `{map}` are links.
     */
    shapes: {
      heading: 'Shapes',
      visits: `{"asOf": "YYYY-MM-DD",
 "visits": [{"id", "country" (ISO3), "countryName", "start", "end",
             "cities": [{"name", "lat", "lon"}], "kind", "event" (or null),
             "counterpart", "sources": [https URLs]}],
 "occupiedTerritoryVisits": [same shape, kind "occupied-territory"]}`,
      visitsNote: "Dates are the host country's local calendar dates. `kind` is one of state-visit, official-visit, working-visit, summit, occupied-territory. In the CSV, cities and sources are joined with “ | ”.",
      unVotes: `{"resolutions": [{"symbol", "date", "title",
                  "totals": {"yes", "no", "abstain", "nonVoting"},
                  "complete": true|false,
                  "set": "emergency"|"regular"|"context", "sources": [...],
                  "article19": {"members": [ISO3], "sources": [...]} | null}],
 "votes": {"<ISO3>": {"<symbol>": "yes"|"no"|"abstain"|"non-voting"}}}`,
      unVotesNote: '`set` says which count a resolution is in: `emergency` (the emergency special session since the invasion, the main count), `regular` (the regular sessions’ recorded votes on the war, counted apart) or `context` (before the invasion, not counted). Totals are the official ones. Where `complete` is false, the roll call lists only the votes we could source; the missing members are absent from `votes`, not guessed. `article19` lists the members that had lost their vote under Article 19 of the UN Charter that day, with the UN document that names them; they are recorded as `non-voting`, as the UN records them (null for resolutions before the invasion). The CSV is long: one row per member and resolution, with an `article19` column (true or false).',
      countries: `{"asOf", "countries": [{"slug", "name", "iso3", "isoNumeric",
                         "region", "writtenProfile": true|false,
                         "relationship" (or null),
                         "iccStateParty": true|false, "url", "visitCount",
                         "voteBreakdown": {"withRussia", "againstRussia",
                                           "abstained", "absent", "article19",
                                           "unknown"},
                         "voteBreakdownRegular": {same six classes},
                         "unfriendlyListSince": "YYYY-MM-DD" | null,
                         "blocs": {"<bloc id>": "member"|"suspended"|"observer"|
                                   "partner"|"associate"|"leaving"}}]}`,
      countriesNote: 'One row for each of the {members} UN member states, in name order. `region` is the continent in the UN Statistics Division’s M49 standard (Africa, Americas, Asia, Europe, Oceania). `relationship` is our classification where the member has a written profile (`writtenProfile` true) and null for the {dataPages} members whose page is drawn from the records alone. `visitCount` counts foreign trips only. `iccStateParty` is the standing on the as-of date. `voteBreakdown` counts the country’s stances on the resolutions of the General Assembly’s emergency special session on Ukraine adopted since 24 February 2022 (the six numbers add up to that count; see {method}): `againstRussia` is the opposite yes or no to Russia’s, `article19` an absence forced by Article 19 of the Charter. In the CSV they are the columns `votesWithRussia`, `votesAgainstRussia`, `votesAbstained`, `votesAbsent`, `votesArticle19` and `votesUnknown`. `voteBreakdownRegular` counts the same six classes over the regular sessions’ recorded votes on the war (CSV columns `regularWithRussia` … `regularUnknown`), never added to the first. This file replaces the earlier `alignment` share, which gave a country that abstained every time the same 0 as one that voted the opposite of Russia every time.',
      alignment: `{"definition",
 "sessions": [{"session", "recorded", "contested",
               "lastVote": "YYYY-MM-DD" | null,
               "missing": [{"votes", "reason"}], "sources": [...]}],
 "members": [{"iso3", "name",
              "sessions": [{"session", "contested", "withRussia",
                            "withEu", "abstained", "absent"}]}]}`,
      alignmentNote: '`definition` is the contested-vote rule of the {method}. Per session, `recorded` counts the recorded votes we hold, `contested` those where Russia and the EU majority split, `lastVote` the date of the newest, and `missing` names the recorded votes we do not hold and why. For each member, `withRussia`, `withEu`, `abstained` and `absent` add up to `contested`; Russia’s own row counts its votes as with Russia. The CSV is long: one row per member and session, with the columns `iso3`, `country`, `session`, `contested`, `withRussia`, `withEu`, `abstained` and `absent`.',
      methodLink: 'Method',
      /** `{blocIds}`: the bloc ids, each as code. */
      stancesNote: '`unfriendlyListSince` is the date the country was put on Russia’s list of “unfriendly” states ({order} and its amendments; see the {map}), or `null` if it is not on the list on {listChecked}. `blocs` gives its status in each bloc it is tied to on {blocsChecked}, keyed by the bloc ids {blocIds}; a bloc it has no tie to, or has left, is left out. `suspended` is a member whose participation is frozen, `leaving` a member whose exit has begun but not taken effect. In the CSV, `unfriendlyListSince` is empty for `null` and `blocs` is one cell such as `csto:member | sco:partner`.',
      mapLink: 'map',
    },
    votesHeading: 'The UN votes, resolution by resolution',
    /** The roll calls copied from a dataset, each with how it was copied (the resolutions' provenance field). */
    provenanceHeading: 'Roll calls copied from published datasets',
    provenanceIntro: 'These roll calls were copied from machine-readable republications of UN records, then checked against the official totals; each vote’s page lists its sources.',
    /** `{link}` is the vote table's, named by its heading. */
    votesText: 'The totals of every resolution, drawn as a chart, and every member’s vote on each, in one table: {link}.',
    spreadsheets: {
      heading: 'Opening the CSVs in a spreadsheet',
      text: "The CSV files are safe to open in Excel, LibreOffice or Google Sheets: a text cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return, which a spreadsheet would run as a formula, is written with a single quote in front (`'=…`), so it shows as text. Numbers (trip counts, vote counts) are written as plain numbers and never get the quote. The JSON files hold every value exactly as recorded, without the quote.",
    },
    /** The method: each paragraph's label in bold, then its text. */
    method: {
      heading: 'Method',
      votes: 'UN votes',
      /** After each stance's label (voteStances): what it means. */
      stances: {
        withRussia: ': it cast the same yes or no as Russia.',
        againstRussia: ': it cast the opposite yes or no (on these resolutions, a yes). The class says how a vote relates to Russia’s, not why it was cast: a yes on a humanitarian text and a yes on a demand for withdrawal fall in it alike.',
        abstained: ': it abstained. An abstention counts on neither side.',
        absent: ': it had the right to vote and was recorded as not voting. Absences count on neither side; a count of votes “on record” includes them.',
        article19: ': it had lost its vote under Article 19 of the UN Charter, for arrears in its contributions. Such an absence was not a choice and is never counted as one; the UN document that lists the members is cited with each resolution.',
        unknown: ' (`unknown`): the roll call we hold is partial and does not list the country. We never guess these.',
      },
      asOf: 'The as-of date',
      asOfText: (date: string) => `(${date}) is the last day up to which we could confirm Putin’s schedule and re-check every record. A trip that was only announced for a later date is added once sources confirm it took place.`,
      trips: 'Trips',
      tripsText: "are recorded once per host country per journey, with dates in the host's local time. Visits to Russian-occupied Ukrainian territory are listed separately and never counted as foreign trips. A trip that was announced but not confirmed as having happened is not recorded.",
      pages: 'Every UN member has a page.',
      profiles: 'Who has a written profile:',
      /** Which resolutions are counted and why; `{list}` is the list of them, each linked to its map. */
      resolutions: 'Which resolutions.',
      resolutionsText: 'We count every resolution the General Assembly adopted by recorded vote in its eleventh emergency special session, the session it opened on 28 February 2022 on Russia’s invasion: {list}. It is the Assembly’s own forum on the war, and each text there was voted member by member: this is the site’s main count. The Assembly has also voted on the war in its regular sessions, every year on human rights in the occupied territories of Ukraine and once on the safety of its nuclear plants: {regular}. These are shown on every member’s page and in the vote table and counted apart, never added to the main count, because they are a different kind of text, drafted in committee and adopted each year. Recorded votes that only touch the war, such as those on cooperation with the Council of Europe, are left out. Resolution 68/262 of 2014, on Crimea, is shown for context and not counted.',
      weight: 'Every text counts alike.',
      weightText: 'A demand that Russia withdraw, a humanitarian appeal, a call for reparations and a call for a ceasefire each count once. A member’s yes on any of them is the opposite of Russia’s vote; it is not a verdict on the member’s view of the war, which the profiles tell in words.',
      /** What the amended US draft was; `{symbol}` links to its map, `{russia}` is Russia's vote on it. */
      amendedDraft: 'The amended US draft.',
      amendedDraftText: '{symbol} began as a short United States draft calling for a swift end to the conflict without naming an aggressor. The Assembly first amended it to affirm Ukraine’s sovereignty and territorial integrity and to name Russia’s invasion; Russia, which had backed the original text, then voted {russia} on the amended one. It is counted like the others, measured against that vote.',
      absences: 'Absences.',
      absencesText: 'A member recorded as not voting is counted as absent, never as siding with anyone. A member that had lost its vote for arrears under Article 19 of the UN Charter is counted apart, as “could not vote”, with the UN document that lists it. When a sentence says a country voted with Russia “on every resolution on record”, absences are on record too: a member absent from some votes has not voted with Russia on every one.',
      allyTest: 'The ally test.',
      allyTestText: 'A profiled country is an ally when a mutual-defence treaty or formal alliance with Russia is in force and not frozen, or when its government itself supplies Russia’s war with troops or weapons. Sales by companies based in a country, oil purchases and allegations the government denies are listed on its profile, apart from what the government does, and do not make it an ally.',
      relationships: 'Relationships',
      relationshipsText: 'are our classification on the as-of date, explained on {list} and argued on each profile.',
      listLink: 'the country list',
    },
    citationHeading: 'Suggested citation',
    citation: (citation: string, year: string, asOf: string, url: string) => `${citation} (${year}). Data as of ${asOf}. ${url}`,
  },
  /** The pages of members, written profiles and data pages alike. */
  profile: {
    title: (name: CountryName) => `${name.listed} and Putin`,
    cardAlt: (name: CountryName) => `Share card for ${name.subject}: Putin’s trips, UN votes since the invasion and ICC status, with a locator map.`,
    cardAltWithRelationship: (name: CountryName, relationship: string) => `Share card for ${name.subject}: ${relationship}, Putin’s trips, UN votes since the invasion and ICC status, with a locator map.`,
    checkedUpTo: 'Profile checked against sources up to {checked}.',
    sourcesStopEarly: ' We have checked this profile against reports published up to that date; later events may be missing. Putin’s trips {to} and its UN votes are checked up to the data’s as-of date of {asOf}.',
    visitsHeading: 'Putin’s visits',
    occupiedVisitsHeading: 'Putin’s visits to occupied territory',
    tripsSince: { one: '{n} trip since 24 February 2022.', other: '{n} trips since 24 February 2022.' },
    occupiedVisitsSince: { one: '{n} visit to Russian-occupied Ukrainian territory since 24 February 2022. These are not counted as foreign trips.', other: '{n} visits to Russian-occupied Ukrainian territory since 24 February 2022. These are not counted as foreign trips.' },
    notVisited: (name: CountryName) => `Putin has not visited ${name.subject} since the full-scale invasion of Ukraine began on 24 February 2022.`,
    /** The trip count in the at-a-glance box and on the country list's cards. */
    trips: { one: 'trip', other: 'trips' },
    occupiedVisits: { one: '{n} visit to occupied territory', other: '{n} visits to occupied territory' },
    leaders: { one: 'Leader', other: 'Leaders' },
    /** A leader in the at-a-glance box: `Alexander Lukashenko, President, since 20 July 1994`. */
    leaderSince: (name: string, role: string, since: string) => `${name}, ${role}, since ${since}`,
    /** A leader in the Leaders list, under the name. */
    leaderTerm: (role: string, since: string) => `${role}, since ${since}.`,
    leaderTermEnded: (role: string, since: string, until: string) => `${role}, ${since} to ${until}.`,
    /** The ICC section: the standing in bold, its dates, then the warrant. */
    iccInForce: (name: CountryName) => ` — the Rome Statute entered into force for ${name.subject} on {inForce}`,
    iccWithdrawal: '; it notified its withdrawal on {notified}, effective {effective}',
    iccWithdrawalRevoked: '; it notified its withdrawal on {notified} but revoked the notice on {revoked}, before it could take effect, and remains a party',
    iccWarrant: '. The International Criminal Court has had a warrant out for Putin’s arrest since {warrant}; states parties are obliged to execute it.',
    /** The locator map's accessible name. */
    locatorMap: (name: CountryName) => `${name.listed} on a world map`,
    locatorMapWithTrips: (name: CountryName, trips: string) => `${name.listed} on a world map, with the routes of Putin’s ${trips} from Moscow`,
    locatorTrips: { one: 'trip', other: '{n} trips' },
    /** Under the locator map. */
    seeTheMap: 'See all trips on the map',
    /** A profile's search and share description: relationship (lower case), trips, UN votes, ICC standing, as-of date. */
    description: (name: CountryName, relationship: string, trips: string, votes: string, icc: string, asOf: string) =>
      `${name.listed} and Putin: ${relationship}. ${trips}; UN votes since the invasion: ${votes}; ICC: ${icc}. Sourced, as of ${asOf}.`,
    descriptionTrips: { one: '{n} Putin trip since 2022', other: '{n} Putin trips since 2022' },
    descriptionOccupiedVisits: { one: '{n} Putin visit to occupied territory', other: '{n} Putin visits to occupied territory' },
    /** A data page's line under the summary. */
    drawnFromRecords: 'Drawn from the records as of {date}.',
    /** The links to the page's sections. */
    onThisPage: 'On this page',
    nav: { trips: 'Trips', votes: 'UN votes', icc: 'ICC', changes: 'What changed', sources: 'Sources' },
    /** The at-a-glance box. */
    atAGlance: 'At a glance',
    /** Under the relationship's definition, where the profile explains why the country is in that class. */
    whyThisClass: 'Why this class:',
    facts: {
      relationship: 'Relationship with Russia',
      region: 'Region',
      icc: 'ICC (Rome Statute)',
      capital: 'Capital',
      trips: 'Putin’s trips since 24 Feb 2022',
      votes: 'UN votes (emergency session, since 2022)',
    },
    headings: {
      icc: 'ICC status',
      leaders: 'Leaders',
      agreements: 'Key agreements with Russia',
      support: 'Support for Russia’s war',
      changes: 'What changed',
      sources: 'Sources',
    },
    /** The support section's groups (src/views/profile-views.ts supportGroups). */
    supportGroups: {
      government: 'By the government',
      alleged: 'By the government, as others allege it (not acknowledged)',
      trade: 'Through trade and companies based there',
      allegedBy: (who: string) => `Alleged by ${who}.`,
    },
    /** A visit in the profile's list of visits. */
    visit: {
      met: (counterpart: string) => `Met: ${counterpart}`,
      signed: 'Signed:',
      note: (note: string) => `Note: ${note}`,
    },
    /** A dated statement without a date (agreements, support, changes). */
    undated: 'Undated',
  },
  /** A country's card in the country list. */
  countryCard: {
    trips: (trips: string) => `Putin: ${trips}`,
    votes: 'UN votes (emergency session, since 2022)',
  },
  /** How each relationship with Russia is named and explained to readers, keyed by the data's values (src/schemas/country.ts). */
  relationships: {
    ally: {
      /** As it reads inside a sentence (`Belarus and Putin: ally.`). */
      inSentence: 'ally',
      label: 'Ally',
      heading: 'Allies',
      definition: 'Bound to Russia by a mutual-defence treaty or formal alliance that is in force and not frozen, or whose government itself supplies Russia’s war with troops or weapons.',
    },
    partner: {
      /** As it reads inside a sentence (`Belarus and Putin: ally.`). */
      inSentence: 'partner',
      label: 'Partner',
      heading: 'Partners',
      definition: 'Close political and economic partners that do not condemn the war and keep high-level ties, without a defence pact in force and without their government arming Russia; what companies based there sell is told apart on each profile.',
    },
    aligned: {
      /** As it reads inside a sentence (`Belarus and Putin: ally.`). */
      inSentence: 'votes with Russia',
      label: 'Votes with Russia',
      heading: 'Votes with Russia at the UN',
      definition: 'Voted no alongside Russia on several of the General Assembly’s emergency-session resolutions on Ukraine (often abstaining on the others), without deep bilateral ties or visits from Putin.',
    },
    host: {
      /** As it reads inside a sentence (`Belarus and Putin: ally.`). */
      inSentence: 'host',
      label: 'Host',
      heading: 'Hosts',
      definition: 'Received Putin since the invasion but neither arm Russia’s war nor side with it at the UN as a rule; a formal tie that is frozen or unused is explained on the profile.',
    },
    'former-ally': {
      /** As it reads inside a sentence (`Belarus and Putin: ally.`). */
      inSentence: 'former ally',
      label: 'Former ally',
      heading: 'Former allies',
      definition: 'Stood with Russia after the invasion, but the government or leader that did so has gone; the profile says what replaced it.',
    },
    invaded: {
      /** As it reads inside a sentence (`Belarus and Putin: ally.`). */
      inSentence: 'invaded',
      label: 'Invaded',
      heading: 'Invaded',
      definition: 'The country Russia invaded; Putin’s visits to its occupied territory are listed but not counted as foreign trips.',
    },
  },
  /** English shown in another edition where no translation exists yet (src/render/untranslated.ts). */
  untranslated: {
    /** At the foot of a page where some of the records' words are shown in English. */
    notice: 'Some of the text on this page comes from our records and has not been translated yet: it is shown in English.',
    /** Above a written text (a profile, the explainer) shown in English. */
    prose: 'This text has not been translated yet and is shown in English.',
    /** At the foot of a page showing translations made from an earlier version of the records' English (marked). */
    outdated: 'Passages marked with a dotted line were translated from an earlier version of our English text and may be out of date.',
    /** Above a written text whose English changed after it was translated, shown in English until the translation is updated. */
    proseUpdating: 'The English original of this text has changed since it was translated. Until the translation is updated, it is shown in English.',
    /** Above a written text whose English changed after it was translated, shown in its older translation. */
    proseOutdated: 'This translation was made from an earlier version of the English text and may be out of date.',
    /** The link to the current English text, after proseOutdated. */
    readEnglish: 'Read the current English text',
  },
  /** The page an old or alias address shows for an instant while the browser follows it to the profile. */
  redirect: { title: 'Redirecting to {to}', link: 'This page has moved: continue to it' },
  /** The written texts' footnotes (the markdown renderer writes them in English; pages of other editions get these). */
  footnotes: {
    label: 'Footnotes',
    back: 'Back to reference {n}',
  },
  /** Words that several pages share. */
  common: {
    /** Before a run of source links: `Sources: reuters.com, kremlin.ru`. */
    sources: 'Sources:',
    linkToSection: 'Link to this section',
  },
  /** The share links on every member's page (src/scripts/share.ts upgrades the button). */
  share: {
    label: 'Share:',
    permanentLink: 'Permanent link',
    email: 'Email',
    button: 'Share…',
  },
  /** The share cards (PNG): their footer, badges and the label beside each number. */
  cards: {
    /** The site's own cards' alt texts, by the page that shows them (the vote table shares the country list's card). */
    alt: {
      home: 'Share card: Who still stands with Putin, with headline numbers and a world map of his trips.',
      countries: 'Share card: every country profiled, grouped by where it stands with Putin, with a world map of his trips.',
      votes: 'Share card: every country, by where it stands with Putin.',
      map: 'Share card: a world map of Putin’s foreign trips since the invasion, with counts.',
      data: 'Share card: open data on Putin’s trips, UN votes and allies, with a world map of his travel.',
    },
    kicker: 'Who Stands With Putin',
    footer: (asOf: string) => `Data as of ${asOf} · sourced, open data`,
    memberBadge: (region: string) => `UN member · ${region}`,
    trips: { one: 'Putin trip since Feb 2022', other: 'Putin trips since Feb 2022' },
    /** Russia's own card: Putin's trips abroad, not visits to it. */
    ownTrips: { one: 'Putin trip abroad since Feb 2022', other: 'Putin trips abroad since Feb 2022' },
    occupiedVisits: { one: 'Putin visit to occupied territory', other: 'Putin visits to occupied territory' },
    russiaVotes: 'UN emergency-session resolutions since Feb 2022: Russia voted no on each',
    /** A member's UN votes: `3/10` beside the label, then the other stances counted (`8 abstained`). */
    withRussiaValue: (n: string, total: string) => `${n}/${total}`,
    withRussia: 'UN votes with Russia since Feb 2022',
    stanceCount: (n: string, stance: string) => `${n} ${stance}`,
    icc: 'ICC state party (Rome Statute)',
    iccValue: { party: 'Yes', withdrawing: 'Leaving', withdrawn: 'Left', 'non-party': 'No' },
    home: { title: 'Who still stands with Putin', trips: { one: 'foreign trip since the invasion', other: 'foreign trips since the invasion' }, countries: { one: 'country visited', other: 'countries visited' }, allies: { one: 'ally', other: 'allies' } },
    countries: { title: 'Every country, by where it stands', profiles: { one: 'country profile', other: 'country profiles' }, hosts: 'hosted Putin since 2022', votes: { one: 'UN vote tracked', other: 'UN votes tracked' } },
    map: { title: 'Where Putin has travelled', trips: { one: 'foreign trip', other: 'foreign trips' }, icc: 'to states bound to arrest him', occupied: { one: 'visit to occupied Ukraine', other: 'visits to occupied Ukraine' } },
    data: { title: 'Open data: trips, votes, allies', visits: { one: 'visit, as JSON and CSV', other: 'visits, as JSON and CSV' }, rollCalls: { one: 'UN roll call', other: 'UN roll calls' }, profiles: { one: 'country classification', other: 'country classifications' } },
  },
  votes: { yes: 'Yes', no: 'No', abstain: 'Abstained', 'non-voting': 'Did not vote', article19: 'Could not vote (Article 19)' },
  /** Column heads and legend entries counting the members that cast each vote (a resolution's totals); soft hyphens (\u00ad) let a narrow column break a long word. */
  voteTotals: { yes: 'Yes', no: 'No', abstain: 'Abstained', 'non-voting': 'Did not vote', article19: 'Could not vote (Article 19)' },
  /** A vote as one letter, beside its colour (profiles' vote strips, the /votes/ table); an unknown vote has none. */
  voteLetters: { yes: 'Y', no: 'N', abstain: 'A', 'non-voting': '–', article19: '§' },
  /**
   * A member's stance on the war resolutions, measured against Russia's vote (src/views/vote-views.ts): the legend's
   * label, and the phrase that takes a count (`abstained on 8`).
   */
  voteStances: {
    withRussia: { label: 'With Russia', inSentence: 'with Russia', phrase: (n: string) => `with Russia on ${n}` },
    abstained: { label: 'Abstained', inSentence: 'abstained', phrase: (n: string) => `abstained on ${n}` },
    absent: { label: 'Absent', inSentence: 'absent', phrase: (n: string) => `absent from ${n}` },
    againstRussia: { label: 'Opposite of Russia', inSentence: 'the opposite of Russia', phrase: (n: string) => `the opposite of Russia on ${n}` },
    article19: { label: 'Could not vote (Article 19)', inSentence: 'could not vote (Article 19)', phrase: (n: string) => `without a vote under Article 19 on ${n}` },
    unknown: { label: 'Not in our record', inSentence: 'not in our record', phrase: (n: string) => `not in our record for ${n}` },
  },
  /** A breakdown in words, biggest stance first: `Abstained on 8 of 10 resolutions, with Russia on 2`. */
  breakdown: {
    none: 'No resolutions to count',
    /** The biggest stance's count, with the total (the noun agrees with the total). */
    all: { one: 'the only resolution', other: 'all {n} resolutions' },
    of: { one: '{n} of {total} resolution', other: '{n} of {total} resolutions' },
  },
  /** A member's votes under one government, where a government fell between votes (Syria). */
  governmentPeriod: {
    between: (government: string, from: string, until: string) => `${government}, ${from} to ${until}`,
    until: (government: string, until: string) => `${government}, until ${until}`,
    from: (government: string, from: string) => `${government}, from ${from}`,
    noVotes: 'No emergency-session resolution in this period.',
    /** The breakdown under the government's heading, starting in lower case. */
    summary: (breakdown: string) => `Since the invasion: ${breakdown}.`,
    votesCast: (government: string) => `Votes cast by ${government}`,
  },
  /** The UN votes section of every member's page. */
  voteSection: {
    heading: 'UN General Assembly votes',
    intro: (name: CountryName) => `How ${name.subject} voted on each General Assembly resolution on Ukraine in our record, next to Russia’s own vote.`,
    introRussia: 'How Russia voted on each General Assembly resolution on Ukraine in our record.',
    withRussiaMeans: '“With Russia” means the same yes or no as Russia, “the opposite of Russia” the other one; abstentions and absences are counted apart. Each set of resolutions below is counted on its own, every text alike whatever its weight.',
    howWeCount: 'How we count',
    inTheTable: (name: CountryName) => `${name.listed} in the table of every member’s votes`,
    /** The sets of resolutions, each with its own count (src/model/votes.ts resolutionSet). */
    sets: {
      emergency: { heading: 'Emergency special session on Ukraine, since 2022', intro: 'The Assembly’s own forum on the war: the site’s main count.' },
      regular: { heading: 'Regular sessions: the yearly texts on the war', intro: 'Human rights in the occupied territories of Ukraine, and the safety of its nuclear plants; counted apart from the emergency session.' },
      context: { heading: 'Before the invasion, for context', intro: 'Resolution 68/262 of 2014 on Crimea; not counted.' },
    },
    /** On each tile of the vote strip, under the member's own vote. */
    russiaVote: (vote: string) => `Russia: ${vote}`,
  },
  /**
   * Alignment beyond Ukraine (src/model/alignment.ts): the votes of the regular sessions where Russia and the EU
   * majority split, on every member's page, in the method and the downloads.
   */
  alignment: {
    heading: 'Beyond Ukraine: when Russia and the EU split',
    nav: 'Beyond Ukraine',
    /** What a contested vote is; `{method}` links to the definition on /data/. */
    definition: 'Every recorded vote of the General Assembly’s regular sessions since September 2021 where Russia voted yes or no and most of the 27 EU member states voted the other way ({method}). Most such votes are on human rights in named countries, unilateral sanctions and the Middle East; a vote with Russia here is not a vote for the war.',
    method: 'how we count',
    summary: (name: CountryName, contested: string, withRussia: string, withEu: string, abstained: string, absent: string) =>
      `On the ${contested} contested votes, ${name.subject} voted with Russia on ${withRussia}, with the EU majority on ${withEu}, abstained on ${abstained} and did not vote on ${absent}.`,
    russia: (contested: string) => `These are the ${contested} votes on which the EU majority voted the other way from Russia; the other members’ pages compare their votes with both.`,
    caption: 'Contested votes by session',
    columns: { session: 'Session', contested: 'Contested', withRussia: 'With Russia', withEu: 'With the EU majority', abstained: 'Abstained', absent: 'Did not vote' },
    /** `80th (2025–26)`; the ordinal's forms by the locale's ordinal rules. */
    ordinal: { one: '{n}st', two: '{n}nd', few: '{n}rd', other: '{n}th' },
    session: (n: string, years: string) => `${n} (${years})`,
    /** The reference points, computed from the data. */
    references: (closest: string, farthest: string, median: string) => `For comparison, over all five sessions, the members closest to Russia were ${closest}; the farthest, ${farthest}; the median member was ${median}.`,
    reference: (name: CountryName, withRussia: string, cast: string) => `${name.subject} (with Russia on ${withRussia} of the ${cast} it voted yes or no on)`,
    /** The farthest end, where many members tie at never: `41 members never voted with Russia, among them …`. */
    never: (n: string, names: string) => `${n} members that never voted with Russia, among them ${names}`,
    absences: 'A member without a vote for arrears under Article 19 of the UN Charter is counted as not voting.',
  },
  /** The alignment map layer (src/map/layers/alignment-layer.ts). */
  alignmentLayer: {
    nav: 'Beyond Ukraine',
    title: 'Map: with Russia or the EU at the UN',
    heading: 'When Russia and the EU split at the UN',
    mapTitle: 'Votes with Russia on contested votes',
    classes: {
      russia: 'Russia',
      'mostly-russia': 'With Russia on two thirds or more of its yes/no votes',
      'leans-russia': 'With Russia on half to two thirds',
      'leans-eu': 'With the EU majority on half to two thirds',
      'mostly-eu': 'With the EU majority on more than two thirds',
      'few-votes': 'Voted yes or no on fewer than half of them',
    },
    votes: { one: '{n} contested vote', other: '{n} contested votes' },
    summary: (votes: string, first: string, last: string) => `Every member by how it voted on the ${votes} of the General Assembly’s regular sessions ${first} to ${last} where Russia voted yes or no and most EU member states voted the other way.`,
    caveat: 'Most of these votes concern human rights in named countries, unilateral sanctions and the Middle East. A vote with Russia here is not a vote for the war; the Ukraine votes have their own maps.',
    tooltip: (name: CountryName, withRussia: string, cast: string, contested: string) => `${name.listed}: with Russia on ${withRussia} of the ${cast} contested votes it voted yes or no on (of ${contested})`,
    methodLink: 'How a contested vote is defined',
    caption: 'UN roll calls to {date}.',
    source: 'UN Library: General Assembly voting data',
    copy: 'the copy we read',
    listHeading: 'Members by how they voted',
    noNames: 'No member.',
  },
  /** A member missing from a partial roll call: on profiles and in tables, and on vote maps and their legends. */
  unknownVote: 'Not in our record',
  unknownVoteOnMap: 'Not in our record',
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
  /** The trip map: its notes on the key trips ({…} is filled from the visit's data), inset and phone panels. */
  tripMap: {
    /** The source line of the trip map where it stands alone (the embed). */
    sourceLine: 'Trips from the Kremlin’s announcements and news reports, listed with each trip on the full map’s page.',
    treaty: 'Signed a treaty with {counterpart}',
    iccNoArrest: 'An ICC state party; it did not arrest him',
    summit: 'Summit with {counterpart}',
    /** After a note, when the trip was his first to a state on the list. */
    firstUnfriendly: '{note}, his first trip to a state on Russia’s “unfriendly” list',
    insetTitle: 'Over the Arctic',
    /** On a phone the map is drawn in two panels, west then east; each names the hosts it shows. */
    panels: {
      west: 'West',
      east: 'East',
      arctic: 'Over the Arctic',
      label: (part: string, hosts: string) => `The map’s ${part.toLowerCase()} part: ${hosts}`,
    },
    /** Where every route starts, named on the map and in its inset. */
    moscow: 'Moscow',
    /** The inset's accessible name. */
    insetLabel: 'Inset: routes over the Arctic, seen from above the North Pole',
    /** The legend: hosts shaded by trip count (`{n}` a count or a range, `3–4`), then the route and the city marker. */
    bins: {
      trips: { one: '{n} trip', other: '{n} trips' },
      atLeast: (n: string) => `${n} or more`,
    },
    routeLegend: 'Route from Moscow (great circle)',
    pointLegend: 'Host shown as a city, not the whole country',
    /** A host's accessible name: `China: 4 trips, 2023–2026`; a city marker's: `Bishkek and Kant, Kyrgyzstan: …`. */
    host: (country: CountryName, trips: string, years: string) => `${country.listed}: ${trips}, ${years}`,
    marker: (place: string, country: CountryName, trips: string, years: string) => `${place}, ${country.listed}: ${trips}, ${years}`,
    trips: { one: '{n} trip', other: '{n} trips' },
    /** The year filter under the map (src/scripts/trip-map.ts shows these). */
    yearFilter: {
      label: 'Show trips in',
      all: 'All years',
      count: (trips: string, countries: string) => `${trips} to ${countries}`,
      trips: { one: '{n} trip', other: '{n} trips' },
      countries: { one: '{n} country', other: '{n} countries' },
      showingAll: (count: string) => `Showing all ${count}.`,
      showingYear: (year: string, count: string) => `Showing ${year}: ${count}.`,
      /** The trip table's caption, for all years and for one. */
      captionAll: 'Every foreign trip since 24 February 2022, oldest first',
      captionYear: (year: string) => `Foreign trips in ${year}, oldest first`,
    },
    /** The table of every trip under the map. */
    table: {
      dates: 'Dates',
      country: 'Country',
      cities: 'Cities',
      occasion: 'Occasion',
      iccFlag: ' (ICC state party)',
      iccFlagTitle: 'An ICC state party at the time of the visit',
    },
  },
  /** The trip map's page (/map/), its embed and the map on the front page. */
  tripMapPage: {
    title: 'Map of Putin’s trips since the invasion',
    heading: 'Where Putin has travelled since the invasion',
    /** The map's own title (its `<title>`) and its scrolling frame's accessible name. */
    mapTitle: 'Putin’s foreign trips since 24 February 2022',
    /** The page's share description, after its summary. */
    description: (summary: string) => `${summary} Data as of the as-of date shown.`,
    summary: (trips: string, countries: string, inFormerUssr: string) => `Since 24 February 2022 Putin has made ${trips} to ${countries}, ${inFormerUssr} of them to former Soviet states.`,
    trips: { one: 'foreign trip', other: 'foreign trips' },
    countries: { one: 'country', other: 'countries' },
    mostVisited: (hosts: string) => `Most visited: ${hosts}.`,
    mostVisitedHost: (country: CountryName, trips: string) => `${country.subject} (${trips})`,
    iccTrips: (trips: string, underWarrant: string) => `${trips} went to states parties to the International Criminal Court, ${underWarrant} of them after it issued its arrest warrant for him.`,
    iccTripCount: { one: 'trip', other: 'trips' },
    /** Under the map; `{date}` is the data's as-of date. */
    caption: 'Countries shaded by the number of trips; each links to its profile. Albers equal-area conic projection, with an Arctic inset for the route over the North Pole; Natural Earth 1:110m shapes. Source: the Kremlin’s announcements and news reports, for each trip below. Data as of {date}.',
    /** The embed: its snippet's title, its heading and what its credit calls the full page. */
    embedTitle: 'Map of Putin’s foreign trips since the invasion',
    embedCanonical: 'map of Putin’s trips',
  },
  /** Every member's page, and the data pages of members without a written profile. */
  memberPage: {
    /** A data page's search and share description: its summary, then the data's date. */
    description: (summary: string, asOf: string) => `${summary} As of ${asOf}.`,
    dataKicker: 'UN member state',
    /** The noun a vote count takes in running prose. */
    resolutionsOnTheWar: 'resolutions of the General Assembly’s emergency special session on Ukraine since the invasion',
    stance: {
      withRussia: (n: string) => `voted with Russia on ${n}`,
      againstRussia: (n: string) => `voted the opposite of Russia on ${n}`,
      abstained: (n: string) => `abstained on ${n}`,
      absent: (n: string) => `did not vote on ${n}`,
      article19: (n: string) => `could not vote on ${n}, having lost its vote for arrears under Article 19 of the UN Charter`,
    },
    allOf: (n: string) => `all ${n}`,
    votesSentence: (name: CountryName, phrases: string, total: string) => `Of the ${total} resolutions of the General Assembly’s emergency special session on Ukraine since the invasion, ${name.subject} ${phrases}.`,
    votesSentenceOne: (name: CountryName, phrase: string) => `${opening(name.subject)} ${phrase} resolutions of the General Assembly’s emergency special session on Ukraine since the invasion.`,
    unknownSentence: (n: string) => `Its vote on ${n} is not in our record.`,
    russiaVotes: (total: string) => `Russia voted no on all ${total} resolutions of the General Assembly’s emergency special session on Ukraine since the invasion; this site compares every other member’s votes with Russia’s.`,
    notVisited: (name: CountryName) => `Putin has not visited ${name.subject} since the invasion`,
    /** Russia's own page: Putin is its president; his trips abroad start there. */
    russiaTrips: (trips: string, countries: string) => `Vladimir Putin is Russia’s president; since the invasion he has made ${trips} to ${countries}, all drawn on the map of his travel.`,
    foreignTrips: { one: '{n} foreign trip', other: '{n} foreign trips' },
    countries: { one: '{n} country', other: '{n} countries' },
    russiaTripsHeading: 'Putin’s trips abroad',
    russiaTripsFact: 'Putin’s trips abroad since 24 Feb 2022',
    visited: (name: CountryName, trips: string) => `Putin has made ${trips} ${name.to} since the invasion`,
    iccParty: (warrant: string) => `as a state party to the Rome Statute it is obliged to arrest him under the ICC warrant of ${warrant}`,
    iccWithdrawing: (warrant: string, effective: string) => `it is still bound by the ICC warrant of ${warrant} until its withdrawal from the Rome Statute takes effect on ${effective}`,
    iccWithdrawn: (effective: string) => `it left the Rome Statute on ${effective}`,
    iccNonParty: (warrant: string) => `it is not a party to the Rome Statute, so the ICC warrant of ${warrant} does not bind it`,
    trips: { one: 'trip', other: 'trips' },
    noProfile: (name: CountryName) => `A data page: what it shows of ${name.subject} comes from the records alone, the UN General Assembly’s roll calls, the Rome Statute’s list of states parties, Putin’s trips, Russia’s list of “unfriendly” states and the blocs around Russia. Written profiles cover Russia’s allies, the countries Putin has visited and those that voted with Russia most often.`,
    howWeCount: 'How we count',
    sourceLabels: {
      members: 'United Nations: member states',
      regions: 'UN Statistics Division: M49 regions',
      rollCall: (symbol: string) => `${symbol}: UN voting record`,
      resolutionText: (symbol: string) => `${symbol}: text of the resolution (UN)`,
      report: (symbol: string, outlet: string) => `${symbol}: report of the vote (${outlet})`,
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
  /** A tie to the bloc's parliamentary assembly only: `Observer in its Parliamentary Assembly`. */
  blocStatusInAssembly: (status: string) => `${status} in its Parliamentary Assembly (not in the organisation itself)`,
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
    /** The list as the sentences name it. */
    listName: 'Russia’s list of “unfriendly” states',
    /** The place on the list: `who` is the country; `list` the list's name; `order` the order's number. */
    russia: (order: string) => `The list is the Russian government’s own: ${order}, with its amendments.`,
    notListed: (who: CountryName, list: string, order: string, checked: string) => `${opening(who.subject)} is not on ${list} (${order} and its amendments, checked up to ${checked}).`,
    listed: (who: CountryName, list: string, since: string, how: string) => `${opening(who.subject)} has been on ${list} since ${since}, ${how}.`,
    wasListed: (who: CountryName, list: string, since: string, until: string, how: string) => `${opening(who.subject)} was on ${list} from ${since} to ${until}, ${how}.`,
    inOrder: (order: string) => `named in the original order (${order})`,
    inOrderAsGroup: (order: string, group: string) => `named in the original order (${order}) as one of the ${group}`,
    byAmendment: (order: string) => `added by an amendment to ${order}`,
    /** `{tracked}`: the blocs' short names, listed. */
    blocsIntro: (asOf: string, tracked: string) => `Ties on ${asOf} to the blocs tracked here (${tracked}):`,
    noBlocs: (asOf: string, who: CountryName, tracked: string) => `On ${asOf}, ${who.subject} had no tie, as member, observer or partner, to any of the blocs tracked here (${tracked}).`,
    /** A disputed tie's line: `some sources count it as a member of the Eurasian Economic Union from 2024`. */
    claimed: (status: string, bloc: string, since: string) => `some sources count it as ${status} of ${bloc} from ${since}`,
  },
  /** A claimed status with its article, as the disputed ties are told (`as a member`, `as an observer`). */
  blocStatusClaimed: {
    member: 'a member',
    suspended: 'a member with its participation frozen',
    observer: 'an observer',
    partner: 'a partner',
    associate: 'an associate member',
    leaving: 'a member on its way out',
  },
  /** A tie's dates (src/map/layers/bloc-layer.ts): `since 7 October 2002`, `3 December 1993 to 18 August 2009`. */
  tieDates: {
    since: (since: string) => `since ${since}`,
    between: (since: string, until: string) => `${since} to ${until}`,
    /** A status it had before its current one: `member from 7 October 2002 to 22 February 2024`. */
    previous: (status: string, since: string, until: string) => `${status} from ${since} to ${until}`,
    /** The tie's dates, then the statuses it had before. */
    withPrevious: (dates: string, previous: string) => `${dates}; before that ${previous}`,
  },
  /** How the layer navigation labels a family of layers. */
  layerGroups: { blocs: 'Blocs', votes: 'UN votes' },
  /** The map layers (src/map/layers/): what every layer page shares, then each layer's own words. */
  layers: {
    /** The layer navigation: its name, and its first link (the trip map). */
    nav: 'Map layers',
    /** The layer menu's button, before the name of the map shown. */
    choose: 'Map:',
    tripsLink: 'Trips',
    /** Under a map that scrolls sideways on a phone. */
    /** A shape's tooltip and a listed note: `France: Yes`. */
    about: (name: CountryName, text: string) => `${name.listed}: ${text}`,
    /** A shape the layer does not classify. */
    notMember: (name: string) => `${name}: not a UN member state`,
    /** A legend entry or a group's heading with its count: `Member (10)`. */
    counted: (label: string, n: string) => `${label} (${n})`,
    note: 'Note:',
    sources: 'Sources:',
    icc: {
      nav: 'ICC states parties',
      title: 'Map: where the ICC arrest warrant binds',
      heading: 'Where the ICC arrest warrant binds',
      mapTitle: 'States parties to the Rome Statute of the ICC',
      summary: (bound: string, asOf: string, warrant: string, trips: string) =>
        `${bound} by the Rome Statute on ${asOf}, and so obliged to arrest Putin on the ICC warrant of ${warrant}. Since the warrant, ${trips} took him to a state party, and none ended in an arrest.`,
      bound: { one: '{n} state was bound', other: '{n} states were bound' },
      trips: { one: '{n} trip', other: '{n} trips' },
      caption: 'Standing on {date}.',
      source: 'ICC Assembly of States Parties',
      tripsHeading: 'Trips to states parties',
      noTrips: 'None.',
      underWarrant: 'The warrant was in force; no arrest was made.',
      beforeWarrant: 'Before the warrant was issued.',
    },
    vote: {
      /** A member missing from a partial roll call, in its shape's tooltip. */
      unknownTooltip: 'vote not in our record',
      /** Legend lines: `Yes 107`; on a partial roll call `Yes 107 (82 of them in the published record)`. */
      tally: (label: string, total: string) => `${label} ${total}`,
      tallyPartial: (label: string, total: string, known: string) => `${label} ${total} (${known} of them in our record)`,
      /** Absences split: members that chose not to vote, and those that had lost their vote (Article 19). */
      tallyArticle19: (label: string, n: string) => `${label} ${n}`,
      knownNone: 'none',
      knownAll: 'all',
      /** The members not in our record: `Not in our record: 111 of 193`. */
      tallyUnknown: (label: string, n: string, members: string) => `${label}: ${n} of ${members}`,
      summary: (symbol: string, date: string, title: string, yes: string, no: string, abstain: string, nonVoting: string) =>
        `${symbol} (${date}), “${title}”: ${yes} in favour, ${no} against, ${abstain} abstentions, ${nonVoting} not voting.`,
      partial: (recorded: string, members: string, others: string, unknown: string) =>
        `The roll call we have is partial: it names the votes of ${recorded} of the ${members} members. The other ${others} are hatched on the map as “${unknown}”; the counts in the legend are the official totals.`,
      /** The page title: the resolution's short name (content/resolutions, `name`). */
      title: (name: string) => `UN vote: ${name}`,
      /** The heading: its name first, the UN code second. */
      heading: (name: string, code: string) => `How the world voted: ${name} (${code})`,
      mapTitle: (name: string, code: string) => `Votes on ${name} (${code})`,
      /** The embed's credit names the full page: `Who Stands With Putin — the vote on Return of Ukrainian children`. */
      embedCanonical: (name: string) => `the vote on “${name}”`,
      tableLink: 'Every member’s vote on every resolution, in one table',
      caption: 'Adopted {date}.',
      complete: (members: string) => `Complete roll call of all ${members} member states.`,
      partialCaption: (recorded: string, members: string) => `Partial roll call: the votes of ${recorded} of ${members} members are in our record.`,
      /** The UN document that lists the members without a vote under Article 19 that day. */
      article19Source: 'Article 19 list',
      rollCall: 'Roll call',
      noNames: 'No member’s vote of this kind is in our record.',
    },
    unfriendly: {
      nav: 'Unfriendly list',
      title: 'Map: the states Russia lists as “unfriendly”',
      heading: 'The states Russia lists as “unfriendly”',
      mapTitle: 'Russia’s list of “unfriendly” states, by date added',
      /** Tooltips. */
      territory: (name: CountryName) => `${name.listed} (a territory, not a UN member)`,
      notListed: (who: string) => `${who}: not on the list`,
      removed: (who: string, since: string, until: string) => `${who}: on the list from ${since} to ${until}`,
      listed: (who: string, since: string) => `${who}: on the list since ${since}`,
      listedAsGroup: (who: string, since: string, group: string) => `${who}: on the list since ${since}, named as one of the ${group}`,
      listedByAmendment: (who: string, since: string) => `${who}: on the list since ${since}, added by an amendment`,
      /** How many members and territories a class or an amendment holds: `27 UN members and 2 territories`. */
      members: { one: '{n} UN member', other: '{n} UN members' },
      territories: { one: '{n} territory', other: '{n} territories' },
      /** A legend entry: the class, the dates it was put on the list, and its tally. */
      legend: (label: string, tally: string) => `${label}: ${tally}`,
      legendDated: (label: string, dates: string, tally: string) => `${label} (${dates}): ${tally}`,
      summary: (asOf: string, listed: string, members: string, territories: string) =>
        `On ${asOf}, ${listed} of the ${members} UN members and ${territories} were on the Russian government’s list of foreign states and territories that “commit unfriendly actions” against Russia.`,
      /** The list's history: what the order named, the amendments that added the rest, and who was taken off. */
      named: (order: string, n: string) => `${order} named ${n} of the members`,
      namedGroups: (named: string, groups: string) => `${named} (${groups})`,
      groupInOrder: (n: string, group: string) => `${n} together as the ${group}`,
      namedAll: (named: string) => `${named}.`,
      namedThenAmended: (named: string, amendments: string, dates: string) => `${named}; ${amendments} of ${dates} added the rest.`,
      amendments: { one: 'an amendment', other: 'amendments' },
      removedMembers: { one: '{n} member has been taken off it.', other: '{n} members have been taken off it.' },
      noneRemoved: 'No UN member has been taken off it.',
      /** The territories drawn as shapes, and the others listed. */
      drawn: {
        one: '{names} is drawn with the states, as the list names it; the other territories are too small for this map and are listed below.',
        other: '{names} are drawn with the states, as the list names them; the other territories are too small for this map and are listed below.',
      },
      caption: 'Checked up to {date}.',
      /** The listing under the map, change by change. */
      listHeading: 'The list, change by change',
      changeHeading: (date: string, what: string, tally: string) => `${date}: ${what} (${tally})`,
      theOrder: 'the order',
      amendment: 'amendment',
      groupHeading: (group: string, n: string) => `Named together as the ${group} (${n})`,
      takenOff: (date: string) => `taken off on ${date}`,
      territoryItem: 'territory',
    },
    bloc: {
      /** The page title, with the bloc's short name as it reads in prose (`the CSTO`). */
      title: (short: string) => `Map: who belongs to ${short}`,
      /** `name` is the bloc's full name as it reads in prose (`the Collective Security Treaty Organization`). */
      heading: (name: string) => `Who belongs to ${name}`,
      mapTitle: (short: string, asOf: string) => `${short}: ties on ${asOf}`,
      /** A disputed tie's tooltip, the status with its article. */
      unconfirmed: (name: CountryName, status: string) => `${name.listed}: not counted as ${status} (some sources claim it, others deny it)`,
      /** A tie's tooltip: `Armenia: Member, since 7 October 2002`. */
      tie: (name: CountryName, status: string, dates: string) => `${name.listed}: ${status}, ${dates}`,
      summary: (asOf: string, name: string, ties: string) => `On ${asOf}, ${name} had ${ties}.`,
      former: (n: string) => `Former members: ${n}.`,
      notCounted: (names: string) => `Not counted: ${names}, whose status sources dispute.`,
      caption: 'Statuses as of {date}.',
      listHeading: (name: string) => `Ties to ${name}`,
    },
  },
  /** A graphic framed on another site (src/pages/[...locale]/embed/), and the snippet that frames it. */
  embed: {
    /** The credit under the graphic: `{link}` is the full page's, `{date}` the data's as-of date. */
    credit: 'Source: {link}, from sourced data as of {date}.',
    creditLink: (site: string, page: string) => `${site} — ${page}`,
    snippet: {
      summary: 'Embed this graphic on your site',
      text: 'Copy this code into your page. The graphic fits the width it is given, works without JavaScript and carries its own source line. The short script lets a graphic that is taller on a phone take its height; without it, the frame scrolls.',
      label: 'HTML to paste',
      theme: 'Light by default; add ?theme=dark, or ?theme=auto for the reader’s setting, to the address.',
    },
  },
  /**
   * The explainer's computed phrases and the words after a listed name (src/views/explainer-facts.ts), quoted in its
   * prose by `<Fact name="…" />`. A suffix starts with its own space: `China (3 trips)`.
   */
  explainerFacts: {
    /** An empty list. */
    none: 'none',
    noResolution: 'no resolution',
    bracketed: (text: string) => ` (${text})`,
    trips: { one: '{n} trip', other: '{n} trips' },
    /** After the first host bound by the Rome Statute: `Mongolia in September 2024`. */
    inMonth: (month: string) => ` in ${month}`,
    russiaAlwaysNo: 'voted against every one',
    russiaNo: (n: string) => `voted against ${n} of them`,
    votes: { yes: 'voted yes', no: 'voted no', abstain: 'abstained', 'non-voting': 'did not vote' },
    unknownVote: 'vote not in our record',
    /** A record cast entirely by a government that has since fallen (Syria under Assad). */
    castBy: (government: string) => `every vote on record cast by ${government}`,
    withRussiaOn: (n: string, total: string) => `with Russia on ${n} of ${total}`,
    removed: { one: '{n} has been taken off it', other: '{n} have been taken off it' },
    noneRemoved: 'none has been taken off it',
    inBothCamps: { one: '{names} is in both camps', other: '{names} are in both camps' },
    noneInBothCamps: 'No state is in both camps',
    formerTie: (bloc: string, until: string) => `${bloc}, until ${until}`,
  },
  /** "The shift, drawn": every resolution's official totals as bars (src/views/shift-chart.ts, ShiftChart.astro). */
  shiftChart: {
    title: 'How the General Assembly voted on each resolution on Ukraine in our record',
    /** The chart's description after its summary. */
    tableFollows: 'The table after the chart lists every total.',
    invasion: (date: string) => `Russia invades Ukraine, ${date}`,
    /** Over the regular sessions' bars, after the emergency session's. */
    regularSessions: 'Regular sessions: the yearly texts on the war',
    /** The note where the United States first left its original side, by its new stance. */
    usShift: (month: string, text: string) => `${month}: ${text}`,
    usStance: {
      withRussia: 'the United States votes with Russia',
      abstained: 'the United States abstains',
      absent: 'the United States does not vote',
      againstRussia: 'the United States votes the opposite of Russia',
      article19: 'the United States cannot vote',
      unknown: 'the United States changes its vote',
    },
    /** A bar's accessible summary: `A/RES/ES-11/1, 2 March 2022: 141 yes, 35 abstained, 12 did not vote, 5 no`. */
    rowTitle: (name: string, symbol: string, date: string, totals: string) => `${name} (${symbol}), ${date}: ${totals}`,
    total: (n: string, label: string) => `${n} ${label}`,
    /** Beside each bar. */
    rowCount: (yes: string, no: string) => `${yes} yes · ${no} no`,
    summary: (first: string, lowest: string, last: string) => `Votes in favour of the resolutions of the General Assembly’s emergency special session on Ukraine: ${first}, as few as ${lowest}, and ${last}.`,
    /** `141 on ES-11/1 (Mar 2022)`; the latest: `107 on the latest, ES-11/10 (Feb 2026)`. */
    onResolution: (n: string, name: string, symbol: string, month: string) => `${n} on “${name}” (${symbol}, ${month})`,
    onLatest: (n: string, name: string, symbol: string, month: string) => `${n} on the latest, “${name}” (${symbol}, ${month})`,
    captionTitle: 'The shift, drawn.',
    caption: (summary: string) => `${summary} Each bar is one resolution, split into yes, abstained, did not vote and no, out of the UN’s members; the emergency session’s texts come first, the regular sessions’ yearly texts after them.`,
    usShiftCaption: (date: string) => `The dashed line marks ${date}, when the United States first voted differently from its 2022 votes.`,
    tableSummary: 'The totals as a table',
    tableLabel: 'Totals of every resolution',
    resolution: 'Resolution',
    date: 'Date',
  },
  /** The timeline's events (src/views/timeline.ts): their kinds, headlines, summaries and links; also the feed's entries. */
  timeline: {
    /** In the order of the filter and of kinds within one day. */
    kinds: {
      trip: 'Foreign trip',
      'occupied-visit': 'Visit to occupied Ukraine',
      'un-vote': 'UN General Assembly vote',
      icc: 'International Criminal Court',
      change: 'What changed',
    },
    trip: {
      /** With the occasion the record names: `Putin in China: SCO summit`. */
      titleWithEvent: (country: CountryName, event: string) => `Putin ${country.in}: ${event}`,
      /** Without one, with the visit's kind in lower case: `Putin in Belarus, working visit`. */
      title: (country: CountryName, kind: string) => `Putin ${country.in}, ${kind}`,
      summary: (kind: string, cities: string, dates: string, counterpart: string) => `${kind} to ${cities}, ${dates}. Met ${counterpart}.`,
      summitSummary: (cities: string, dates: string, counterpart: string) => `Summit in ${cities}, ${dates}. Met ${counterpart}.`,
      /** After the summary, when the host was bound by the Rome Statute on the day, after the warrant. */
      iccBound: (country: CountryName) => `${opening(country.subject)} was a state party to the Rome Statute, bound to execute the ICC warrant for his arrest; it did not.`,
      link: (country: CountryName) => `${country.listed}: Putin’s visits`,
      onTheMap: 'On the map',
    },
    occupiedVisit: {
      title: (cities: string, country: CountryName) => `Putin visits Russian-occupied ${cities}, ${country.listed}`,
      summary: (dates: string) => `A visit to Ukrainian territory under Russian occupation, ${dates}. It is not counted as a foreign trip.`,
      summaryWithEvent: (dates: string, event: string) => `A visit to Ukrainian territory under Russian occupation, ${dates} (${event}). It is not counted as a foreign trip.`,
      link: (country: CountryName) => `${country.listed}: Putin’s visits to occupied territory`,
    },
    vote: {
      where: 'All UN member states',
      title: (symbol: string, yes: string, no: string, abstain: string) => `UN General Assembly votes on ${symbol}: ${yes} in favour, ${no} against, ${abstain} abstaining`,
      /** After the resolution's own summary. */
      notVoting: { one: '{n} member did not vote.', other: '{n} members did not vote.' },
      partial: 'Our roll call for this vote is partial.',
      link: (symbol: string) => `Map of the vote on ${symbol}`,
    },
    icc: {
      warrant: {
        where: 'Every ICC state party',
        title: 'The International Criminal Court issues a warrant for Putin’s arrest',
        summary: 'Pre-Trial Chamber II issues the warrant on the Prosecutor’s allegation that Putin bears criminal responsibility for the unlawful deportation and transfer of Ukrainian children from occupied territory to Russia, which the Kremlin rejects. Every state party to the Rome Statute is obliged to arrest him if he enters its territory.',
        link: 'Map: where the warrant binds',
      },
      nonCompliance: {
        title: (country: CountryName) => `ICC judges find that ${country.subject} failed to arrest Putin`,
        summary: (country: CountryName) => `Pre-Trial Chamber II found that ${country.subject}, a state party, did not comply with the Court’s request to arrest and surrender Putin while he was on its territory.`,
      },
      inForce: {
        title: (country: CountryName) => `${opening(country.subject)} becomes a state party to the ICC`,
        summary: (country: CountryName) => `The Rome Statute enters into force for ${country.subject}.`,
        /** Joined after the warrant was issued. */
        summaryBound: (country: CountryName) => `The Rome Statute enters into force for ${country.subject}, which is from now on bound to execute the warrant for Putin’s arrest.`,
      },
      withdrawalNotified: {
        title: (country: CountryName) => `${opening(country.subject)} gives notice of its withdrawal from the ICC`,
        summary: (country: CountryName, effective: string) => `${opening(country.subject)} gave formal notice that it is leaving the Rome Statute. The withdrawal takes effect on ${effective}; until then ${country.subject} remains bound by it.`,
      },
      withdrawalRevoked: {
        title: (country: CountryName) => `${opening(country.subject)} revokes its withdrawal from the ICC`,
        summary: (country: CountryName, effective: string) => `${opening(country.subject)} deposited a revocation of its notice of withdrawal before it could take effect on ${effective}. It remains a state party to the Rome Statute, bound to execute the warrant for Putin’s arrest.`,
      },
      withdrawalEffective: {
        title: (country: CountryName) => `${opening(country.possessive)} withdrawal from the ICC takes effect`,
        summary: (country: CountryName) => `${opening(country.subject)} is no longer a state party to the Rome Statute, and no longer bound to execute the warrant for Putin’s arrest.`,
      },
      /** A state with a profile links to its ICC section; the others to the ICC map. */
      link: (country: CountryName) => `${country.listed}: ICC status`,
      mapLink: 'Map of ICC states parties',
    },
    change: {
      /** The feed's headline: the country and the change, shortened. */
      title: (country: CountryName, change: string) => `${country.listed}: ${change}`,
      link: (country: CountryName) => `${country.listed}: what changed`,
    },
  },
  /** The timeline page's filter (shown by src/scripts/timeline-filter.ts). */
  timelineFilter: {
    label: 'Filter events',
    kind: 'Kind',
    allKinds: 'All kinds',
    country: 'Country',
    allCountries: 'All countries',
  },
  /** The Atom feed of every dated event (/feed.xml). */
  feed: {
    title: 'Who Stands With Putin: what happened',
    subtitle: 'Putin’s foreign trips, UN General Assembly votes on the war, ICC events and changes in the country profiles, from sourced data.',
  },
  /**
   * What the pages' small scripts write. A component hands its script's part to the page as a `data-ui` attribute
   * (src/scripts/ui-text.ts reads it), so no script holds words of its own. `{slot}`s are filled by the script, with
   * numbers in the page's language; `one`/`other` forms are chosen by Intl.PluralRules.
   */
  scripts: {
    share: { share: 'Share…', copy: 'Copy link', copied: 'Link copied' },
    countryFilter: { filtered: '{shown} of {total} members match', all: '{total} members' },
    findCountry: { none: 'No UN member matches “{q}”.', many: '{n} members match “{q}”: {names}. Pick one from the list.' },
    timelineFilter: { events: { one: '{n} event', other: '{n} events' }, filtered: 'Showing {shown} of {total}.', all: 'Showing all {shown}.' },
    voteMatrix: { count: '{shown} of {total} members shown' },
    layerMap: { entry: '{entry} ({hint})', mouse: 'click to open its page', keyboard: 'press Enter to open its page', touch: 'tap again to open its page' },
    tripMap: { profile: 'Country profile' },
  },
};

/**
 * The shape every locale's module has: English's, with each plural slot open to every CLDR category (Russian and
 * Ukrainian need one, few, many and other; English one and other) and every word a plain string.
 */
export type Messages = Translatable<typeof en>;
type Translatable<T> = T extends { other: string }
  ? PluralForms
  : T extends string
    ? string
    : T extends (...args: infer A) => infer R
      ? (...args: A) => Translatable<R>
      : T extends readonly (infer U)[]
        ? readonly Translatable<U>[]
        : T extends object
          ? { readonly [K in keyof T]: Translatable<T[K]> }
          : T;
