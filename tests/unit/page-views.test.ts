import { en } from '../helpers/context.ts';
import { describe, expect, it } from 'vitest';
import { memberCardText, siteCardText } from '../../src/outputs/card-views.ts';
import { headlineNumbers } from '../../src/model/country-stats.ts';
import { countInWords, dataPageDocs, dataPageText } from '../../src/views/data-page-views.ts';
import { explainerFacts, factText } from '../../src/views/explainer-facts.ts';

import { memberStats, profiledStats, type MemberStats } from '../../src/model/member-stats.ts';
import { iccStatusProse, leadersLabel, locatorMapLabel, memberTripsLine, tripCountLabel } from '../../src/views/member-views.ts';
import { countriesPageText, countriesVisitedLabel, eventCount, frontDescription, frontPageText, frontStandfirst, showingAllEvents, timelineSummary, votesPageText } from '../../src/views/page-views.ts';
import { countryCardText, countryCardTripLabel, leaderTerm, profileCheckedProse, profileDescription, profileVisitsHeading, profileVisitsLine } from '../../src/views/profile-views.ts';
import { fillCodeProse, fillProse, fillText, joinProse } from '../../src/render/prose.ts';
import type { CountryRecord } from '../../src/model/records.ts';
import { tripMapDescription } from '../../src/views/trip-views.ts';
import { realSiteData } from '../helpers/content.ts';

const data = realSiteData();
const facts = explainerFacts(en, data);
const factAsText = (name: string) => factText(en, facts.get(name)!);

describe('plural forms', () => {
  it('picks the form by the locale’s plural rules, with or without the count', () => {
    expect(en.fmt.pluralForm(1, { one: 'is', other: 'are' })).toBe('is');
    expect(en.fmt.pluralForm(0, { one: 'is', other: 'are' })).toBe('are');
    expect(en.fmt.plural(1, { one: 'trip', other: 'trips' })).toBe('1 trip');
    expect(en.fmt.plural(1200, { one: '{n} trip', other: '{n} trips' })).toBe('1,200 trips');
    expect(en.fmt.pluralPhrase(1, { one: 'once', other: '{n} times' })).toBe('once');
    expect(en.fmt.pluralPhrase(3, { one: 'once', other: '{n} times' }, 'three')).toBe('three times');
  });

  it('writes a range of counts and picks its form by the locale’s rules for ranges', () => {
    expect(en.fmt.countRange(3, 4)).toBe('3–4');
    expect(en.fmt.pluralRangeForm(3, 4, { one: '{n} trip', other: '{n} trips' })).toBe('{n} trips');
  });
});

describe('prose segments', () => {
  it('fills slots with words, dates and facts, merging neighbouring words', () => {
    const segments = fillProse('Since {date}, {who} went {n}.', { date: { date: '2023-03-17' }, who: 'he', n: [{ text: 'to ' }, { fact: 'trips' }] });
    expect(segments).toEqual([{ text: 'Since ' }, { date: '2023-03-17' }, { text: ', he went to ' }, { fact: 'trips' }, { text: '.' }]);
    expect(en.fmt.prose(segments, () => '42')).toBe('Since 17 March 2023, he went to 42.');
  });

  it('fills templates as plain words, and sets code names in backticks apart', () => {
    expect(fillText('{n} of {total} resolutions', { n: '3', total: '10' })).toBe('3 of 10 resolutions');
    expect(fillCodeProse('Where `complete` is false, see {link}.', { link: { link: 'Method', href: '#method' } })).toEqual([
      { text: 'Where ' },
      { code: 'complete' },
      { text: ' is false, see ' },
      { link: 'Method', href: '#method' },
      { text: '.' },
    ]);
  });

  it('refuses a placeholder it has no value for', () => {
    expect(() => fillProse('Hello {name}')).toThrow('no value for {name}');
  });

  it('joins runs of segments with a space', () => {
    expect(en.fmt.prose(joinProse([fillProse('One.'), [{ strong: 'Two' }], fillProse('three.')]))).toBe('One. Two three.');
  });
});

describe('front page', () => {
  const numbers = headlineNumbers(data);
  const allies = data.countries.filter((c) => c.relationship === 'ally').length;
  const partners = data.countries.filter((c) => c.relationship === 'partner').length;

  it('writes the standfirst around the computed facts, in the plural the counts need', () => {
    const text = en.fmt.prose(frontStandfirst(en, facts), factAsText);
    expect(text).toBe(
      `${allies} governments are Putin’s allies, bound to Russia by treaty or arming its war. ` +
        `Around them, ${partners} partners keep close ties with Moscow without condemning the invasion; among the partners, the ones he visited most are ${factAsText('partners:mostVisited')}.`,
    );
    // Each thing said once: the allies' names and the always-with-Russia count are in the headline cards, not here.
    expect(frontStandfirst(en, facts).filter((s) => 'fact' in s)).toEqual([{ fact: 'partners' }, { fact: 'partners:mostVisited' }]);
  });

  it('puts one ally, one partner and one most-visited partner in the singular', () => {
    const one = new Map(facts);
    one.set('allies', { kind: 'count', value: 1 });
    one.set('partners', { kind: 'count', value: 1 });
    one.set('partners:mostVisited', { kind: 'list', items: [{ text: 'China', suffix: ' (4 trips)' }], empty: 'none' });
    const text = en.fmt.prose(frontStandfirst(en, one), (name) => factText(en, one.get(name)!));
    expect(text).toContain('1 government is Putin’s ally, bound');
    expect(text).toContain('Around them, 1 partner keeps close ties with Moscow without condemning the invasion; among the partners, the one he visited most is China (4 trips).');
  });

  it('stops when a fact the standfirst links is missing', () => {
    const without = new Map(facts);
    without.delete('partners:mostVisited');
    expect(() => frontStandfirst(en, without)).toThrow('partners:mostVisited');
  });

  it('counts trips and hosts in the description and under the headline', () => {
    expect(frontDescription(en, numbers)).toBe(`Vladimir Putin’s allies, his ${numbers.trips} foreign trips and every country’s UN votes since Russia’s full-scale invasion of Ukraine: a sourced explainer with a map, country profiles and open data.`);
    expect(frontDescription(en, { trips: 1 })).toContain('his 1 foreign trip and');
    expect(countriesVisitedLabel(en, numbers)).toBe(`to ${numbers.countriesVisited} countries`);
    expect(countriesVisitedLabel(en, { countriesVisited: 1 })).toBe('to 1 country');
  });

  it('describes the trip map on the front page and in the embed', () => {
    expect(tripMapDescription(en, { trips: 42, countriesVisited: 20 }, 'front')).toBe('42 trips to 20 countries, shaded by number of trips, with routes from Moscow.');
    expect(tripMapDescription(en, { trips: 1, countriesVisited: 1 }, 'embed')).toBe('1 foreign trip to 1 country since 24 February 2022, hosts shaded by number of trips, with routes from Moscow.');
  });
});

describe('country list, vote table and timeline', () => {
  it('counts members and profiles on the country list', () => {
    const text = countriesPageText(en, { members: 193, profiles: 29, profileRuleNoVotes: 3 });
    expect(text.description).toBe('All 193 UN member states, with Putin’s trips and UN voting record for each; the 29 written profiles grouped by where each country stands with Russia.');
    expect(text.rule).toMatch(/emergency special session on Ukraine at least 3 times\.$/);
    expect(countriesPageText(en, { members: 193, profiles: 1, profileRuleNoVotes: 1 }).rule).toMatch(/at least once\.$/);
    expect(text.findLink).toBe('Find any of the 193 UN member states, A–Z');
  });

  it('counts members and resolutions on the vote table', () => {
    const text = votesPageText(en, { members: 193, resolutions: 11, warResolutions: 10 });
    expect(text.caption).toBe('Votes of the 193 UN member states on 11 resolutions, oldest first');
    expect(text.lead).toContain('the 10 resolutions of the emergency special session adopted since the invasion, which the count column is over;');
    expect(text.outOf).toBe('of 10');
    expect(votesPageText(en, { members: 193, resolutions: 1, warResolutions: 1 }).description).toContain('on each of the 1 General Assembly resolution on Ukraine');
  });

  it('counts every kind of event on the timeline', () => {
    expect(timelineSummary(en, { trip: 42, 'occupied-visit': 1, 'un-vote': 11, icc: 3, change: 60 })).toBe(
      'Every dated event in our data, newest first: 42 foreign trips by Putin, 1 visit to occupied Ukraine, 11 UN General Assembly votes, 3 ICC events and 60 changes recorded in the country profiles.',
    );
    expect(eventCount(en, 1)).toBe('1 event');
    expect(showingAllEvents(en, 321)).toBe('Showing all 321 events.');
  });
});

describe('data page', () => {
  const members = [...memberStats(data).values()];
  const dataPages = members.filter((s) => !s.member.profiled).length;
  const text = dataPageText(en, data, { members: members.length, dataPages });
  const war = data.resolutions.filter((r) => r.symbol.startsWith('A/RES/ES-11/'));

  it('says what each download holds, counted from the data', () => {
    const trips = data.visits.filter((v) => v.kind !== 'occupied-territory').length;
    expect(text.files.map((f) => f.json)).toEqual(['visits.json', 'un-votes.json', 'countries.json', 'alignment.json']);
    expect(text.files[0]!.what).toBe(`${trips} foreign trips (one row per host country per trip), and visits to occupied Ukrainian territory kept apart.`);
    expect(text.files[1]!.what).toMatch(new RegExp(`^${data.resolutions.length} UN General Assembly resolutions with official totals`));
    expect(text.files[2]!.what).toContain(`All ${members.length} UN member states with region`);
    expect(text.files[2]!.what).toContain(`the ${data.countries.length} members with a written profile`);
  });

  it('states how Russia voted on the counted resolutions, and who fell between votes', () => {
    const russiaNo = war.filter((r) => r.votes.RUS === 'no').length;
    expect(text.russiaVotes).toBe(russiaNo === war.length ? 'Russia voted no on every one of these resolutions, so a no is with Russia.' : `Russia voted no on ${russiaNo} of them.`);
    expect(text.votesCounted).toContain(`(${war.length} resolutions as of 20 June 2026)`);
    expect(text.countsNotShares).toMatch(/percentage\. Where a government fell between votes \(Syria on 8 December 2024\), /);
    expect(text.dataPages).toMatch(new RegExp(`^${dataPages} members without a written profile`));
  });

  it('counts the allies of the June 2024 reporting from the profiles, in words', () => {
    const allies = data.countries.filter((c) => c.relationship === 'ally' || c.relationship === 'former-ally').length;
    expect(allies).toBe(9);
    expect(text.whoHasAProfile).toBe('the nine allies named in June 2024 reporting, every country Putin visited since the invasion, and every UN member that voted no alongside Russia on an emergency-session resolution at least 3 times. A trip to a new host is recorded on its member page at once; its written profile follows.');
    expect(countInWords(en, 1)).toBe('one');
    expect(countInWords(en, 11)).toBe('11');
  });
});

describe('member pages', () => {
  const stats = memberStats(data);
  const armenia = stats.get('armenia')!;
  const brazil = [...stats.values()].find((s) => s.tripCount === 0 && !s.country && s.iccStanding === 'party')!;

  it('labels the locator map with the trip count, in the singular for one', () => {
    expect(armenia.tripCount).toBe(1);
    expect(locatorMapLabel(en, 'ARM', 1)).toBe('Armenia on a world map, with the routes of Putin’s trip from Moscow');
    expect(locatorMapLabel(en, 'CHN', 4)).toBe('China on a world map, with the routes of Putin’s 4 trips from Moscow');
    expect(locatorMapLabel(en, 'BRA', 0)).toBe('Brazil on a world map');
    expect(locatorMapLabel(en, 'PHL', 0)).toBe('Philippines on a world map');
  });

  it('writes the trips line of a data page', () => {
    expect(memberTripsLine(en, brazil)).toBe(`Putin has not visited ${brazil.member.name} since the full-scale invasion of Ukraine began on 24 February 2022.`);
    expect(memberTripsLine(en, { tripCount: 2, ownTrips: undefined, member: { iso3: 'BRA' } })).toBe('2 trips');
    // Russia's own page counts Putin's trips abroad, never visits to Russia.
    expect(memberTripsLine(en, { tripCount: 0, ownTrips: { trips: 40, countries: 20 }, member: { iso3: 'RUS' } })).toBe('Vladimir Putin is Russia’s president; since the invasion he has made 40 foreign trips to 20 countries, all drawn on the map of his travel.');
    expect(tripCountLabel(en, 1)).toBe('1 trip');
    expect(leadersLabel(en, 1)).toBe('Leader');
    expect(leadersLabel(en, 2)).toBe('Leaders');
  });

  it('writes the ICC paragraph with its dates, withdrawal and the warrant', () => {
    const warrant = data.iccStates.warrant.issued;
    const party = en.fmt.prose(iccStatusProse(en, brazil.member.iso3, brazil.icc, brazil.iccStanding, warrant));
    expect(party).toBe(
      `State party to the Rome Statute — the Rome Statute entered into force for ${brazil.member.name} on ${en.fmt.prose([{ date: brazil.icc.inForce! }])}. The International Criminal Court has had a warrant out for Putin’s arrest since 17 March 2023; states parties are obliged to execute it.`,
    );
    const leaving = en.fmt.prose(iccStatusProse(en, 'PHL', { party: true, inForce: '2002-07-01', withdrawal: { notified: '2025-06-02', effective: '2026-06-02' } }, 'withdrawn', warrant));
    expect(leaving).toBe('Withdrew from the Rome Statute — the Rome Statute entered into force for the Philippines on 1 July 2002; it notified its withdrawal on 2 June 2025, effective 2 June 2026. The International Criminal Court has had a warrant out for Putin’s arrest since 17 March 2023; states parties are obliged to execute it.');
    expect(en.fmt.prose(iccStatusProse(en, 'PHL', { party: false }, 'non-party', warrant))).toMatch(/^Not a party to the Rome Statute\. The International/);
    expect(iccStatusProse(en, 'PHL', { party: false }, 'non-party', warrant)[0]).toEqual({ strong: 'Not a party to the Rome Statute' });
  });
});

describe('written profiles', () => {
  const profiles = new Map(profiledStats(data).map((s) => [s.member.slug, s] as const));
  const ukraine = [...profiles.values()].find((p) => p.country.relationship === 'invaded')!;
  const china = profiles.get('china')!;

  it('counts visits to occupied territory for Ukraine and foreign trips for the rest', () => {
    expect(profileVisitsHeading(en, ukraine.country)).toBe('Putin’s visits to occupied territory');
    expect(profileVisitsLine(en, ukraine)).toBe(`${en.fmt.plural(ukraine.visits.length, { one: 'visit', other: 'visits' })} to Russian-occupied Ukrainian territory since 24 February 2022. These are not counted as foreign trips.`);
    expect(profileVisitsLine(en, china)).toBe(`${china.tripCount} trips since 24 February 2022.`);
    expect(countryCardTripLabel(en, ukraine)).toBe(`${en.fmt.plural(ukraine.visits.length, { one: 'visit', other: 'visits' })} to occupied territory`);
    expect(countryCardTripLabel(en, { ...china, tripCount: 1 })).toBe('1 trip');
    expect(profileVisitsLine(en, { ...china, visits: [] })).toBe('Putin has not visited China since the full-scale invasion of Ukraine began on 24 February 2022.');
  });

  it('dates leaders’ terms', () => {
    const leader = { name: 'A', role: 'President', since: '2019-05-01', sources: [] } as unknown as CountryRecord['leaders'][number];
    expect(leaderTerm(en, leader)).toBe('President, since 1 May 2019.');
    expect(leaderTerm(en, { ...leader, until: '2024-12-08' })).toBe('President, 1 May 2019 to 8 December 2024.');
  });

  it('warns when a profile’s sources stop before the data’s as-of date', () => {
    expect(en.fmt.prose(profileCheckedProse(en, { iso3: 'CHN', asOf: '2026-06-20' }, '2026-06-20'))).toBe('Profile checked against sources up to 20 June 2026.');
    const early = profileCheckedProse(en, { iso3: 'CHN', asOf: '2026-02-01' }, '2026-06-20');
    expect(early.filter((s) => 'date' in s)).toEqual([{ date: '2026-02-01' }, { date: '2026-06-20' }]);
    expect(en.fmt.prose(early)).toContain('We have checked this profile against reports published up to that date; later events may be missing. Putin’s trips to China and its UN votes are checked up to the data’s as-of date of 20 June 2026.');
    // Readers know nothing of how we store our sources.
    expect(en.fmt.prose(early)).not.toMatch(/stored sources/);
  });
});

describe('page texts with links, dates and code names', () => {
  it('gives the front page its kicker with the as-of date, the ICC hosts as a fact and the map caption’s link', () => {
    const t = frontPageText(en, '2026-06-20');
    expect(t.kicker).toEqual([{ text: 'Explainer · data as of ' }, { date: '2026-06-20' }]);
    expect(t.headline.iccHosts).toEqual([{ text: 'to ' }, { fact: 'iccTrips:hosts' }]);
    expect(t.mapCaption.find((s) => 'link' in s)).toEqual({ link: 'Open the full map', href: '/map/' });
  });

  it('links the country list to the vote table', () => {
    const t = countriesPageText(en, { members: 193, profiles: 29, profileRuleNoVotes: 5 });
    expect(en.fmt.prose(t.seeVotes)).toBe('See every vote in one table.');
    expect(t.seeVotes).toContainEqual({ link: 'every vote in one table', href: '/votes/' });
  });

  it('documents the download shapes with code names, counts from the data and links', () => {
    const members = memberStats(data).size;
    const docs = dataPageDocs(en, data, { members, dataPages: members - data.countries.length });
    expect(docs.shapes.countriesNote).toContainEqual({ code: 'region' });
    expect(en.fmt.prose(docs.shapes.countriesNote)).toContain(`One row for each of the ${members} UN member states, in name order. region is the continent`);
    expect(docs.shapes.countriesNote).toContainEqual({ link: 'Method', href: '#method' });
    expect(docs.shapes.stancesNote.filter((s) => 'code' in s && ['csto', 'eaeu', 'cis', 'sco', 'brics', 'union-state'].includes(s.code))).toHaveLength(6);
    expect(docs.spreadsheets.text).toContainEqual({ code: "'=…" });
    expect(docs.method.stances.map((s) => s.label)).toEqual(['With Russia', 'Opposite of Russia', 'Abstained', 'Absent', 'Could not vote (Article 19)', 'Not in our record']);
    expect(docs.citation('https://example.org/data/')).toBe(`${data.dataset.citation} (${data.dataset.asOf.slice(0, 4)}). Data as of ${data.dataset.asOf}. https://example.org/data/`);
  });
});

describe('profile texts', () => {
  const stats = new Map(profiledStats(data).map((s) => [s.member.slug, s]));

  it('describes a profile for search and sharing: relationship, trips, votes, ICC, as-of date', () => {
    const belarus = stats.get('belarus')!;
    expect(profileDescription(en, belarus, data.dataset.asOf)).toMatch(/^Belarus and Putin: ally\. \d+ Putin trips? since 2022; UN votes since the invasion: with Russia on all \d+ resolutions; ICC: not a party\. Sourced, as of 20 June 2026\.$/);
    expect(profileDescription(en, { ...belarus, tripCount: 1 }, data.dataset.asOf)).toContain('. 1 Putin trip since 2022;');
  });

  it('labels a country card’s trips and votes', () => {
    expect(countryCardText(en, { country: { relationship: 'ally' } as CountryRecord, visits: [], tripCount: 3 })).toEqual({ trips: 'Putin: 3 trips', votes: 'UN votes (emergency session, since 2022)' });
  });
});

describe('share cards', () => {
  const numbers = headlineNumbers(data);

  it('labels each number in the plural its count needs', () => {
    const home = siteCardText(en, 'home', numbers, { profiles: data.countries.length, visits: data.visits.length });
    expect(home.title).toBe('Who still stands with Putin');
    expect(home.footer).toBe('Data as of 20 June 2026 · sourced, open data');
    expect(home.facts).toEqual([
      { value: String(numbers.trips), label: 'foreign trips since the invasion' },
      { value: String(numbers.countriesVisited), label: 'countries visited' },
      { value: String(numbers.allies), label: 'allies' },
    ]);
    expect(siteCardText(en, 'map', { ...numbers, occupiedTerritoryVisits: 1 }, { profiles: 1, visits: 1 }).facts[2]).toEqual({ value: '1', label: 'visit to occupied Ukraine' });
  });

  it('writes a member’s card: trips in the singular for one, Russia’s votes, the ICC', () => {
    const stats = memberStats(data);
    const armenia = memberCardText(en, stats.get('armenia')!, data.dataset.asOf);
    expect(armenia.facts[0]).toEqual({ value: '1', label: 'Putin trip since Feb 2022' });
    const russia = memberCardText(en, [...stats.values()].find((s: MemberStats) => s.isRussia)!, data.dataset.asOf);
    expect(russia.badge).toBe(`UN member · Europe`);
    expect(russia.facts[1]!.label).toBe('UN emergency-session resolutions since Feb 2022: Russia voted no on each');
    // Russia's own card counts Putin's trips abroad, never "0 trips" to Russia.
    expect(russia.facts[0]).toEqual({ value: String(headlineNumbers(data).trips), label: 'Putin trips abroad since Feb 2022' });
    expect(armenia.facts[2]!.label).toBe('ICC state party (Rome Statute)');
  });
});
