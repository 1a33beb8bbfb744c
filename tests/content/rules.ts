/**
 * One bad-content fixture per validation rule, with the message it must produce. Used by the checker test
 * (fast, exact) and by the build test (proves `astro build` itself refuses the content).
 */
export interface RuleCase {
  /** Folder under tests/fixtures/. */
  fixture: string;
  rule: string;
  /** Each must appear in the report: file, field, value as written, what was expected. */
  expect: string[];
  /** Must not appear (e.g. a follow-on message the rule's own message replaces). */
  absent?: string[];
  /** The exact number of problems, where a mistake must be reported once. */
  problems?: number;
}

/** Fixtures that must pass: the mistake they resemble is legitimate. */
export const ACCEPTED_FIXTURES = [
  { fixture: 'json-with-bom', why: 'a JSON file saved with a UTF-8 byte-order mark' },
  { fixture: 'separate-trip-same-day', why: 'a second, separate trip the same day (-2, separateTrip: true)' },
];

export const RULE_CASES: RuleCase[] = [
  {
    fixture: 'missing-required-field',
    rule: '1. a required field is missing',
    expect: ['countries/belarus.mdx: field "summary": value (missing)', 'this required field, expected text'],
  },
  {
    fixture: 'wrong-type',
    rule: '2. a field has the wrong type',
    expect: ['visits/2024-05-16-china.yaml: field "cities[0].lat": value "39.9042 N"', 'expected a latitude in degrees (number)'],
  },
  {
    fixture: 'impossible-date',
    rule: '3. a date that is not a real YYYY-MM-DD date',
    expect: ['visits/2023-02-29-china.yaml: field "start": value "2023-02-29"', 'expected a real calendar date written as YYYY-MM-DD'],
  },
  {
    fixture: 'visit-end-before-start',
    rule: '4. a visit ends before it starts',
    expect: ['visits/2024-05-16-china.yaml: field "end": value "2024-05-15"', 'expected a date on or after start (2024-05-16)'],
  },
  {
    fixture: 'visit-before-invasion',
    rule: '5a. a visit before 2022-02-24',
    expect: ['visits/2022-02-04-china.yaml: field "start": value "2022-02-04"', 'expected a date on or after 2022-02-24'],
  },
  {
    fixture: 'visit-after-as-of',
    rule: '5b. a visit after the as-of date',
    expect: ['visits/2025-08-31-china.yaml: field "end": value "2025-09-03"', "on or before the dataset's as-of date (2024-12-31"],
  },
  {
    fixture: 'dangling-visit-country',
    rule: '6. a visit names no UN member’s page (or only an alias of one)',
    expect: [
      'visits/2024-06-19-kosovo.yaml: field "country": value "kosovo" — expected the page slug of a UN member, as in its URL /countries/<slug>/ (written profiles: belarus, china;',
      'visits/2024-06-19-turkey.yaml: field "country": value "turkey" — expected "turkiye", the page slug of Türkiye ("turkey" only redirects to it)',
    ],
  },
  {
    fixture: 'duplicate-iso-codes',
    rule: '7. two countries share iso3 / isoNumeric',
    expect: [
      'countries/belarus.mdx: field "iso3": value "BLR" — expected a value no other entry uses',
      'countries/belarus.mdx: field "isoNumeric": value "112" — expected a value no other entry uses',
    ],
  },
  {
    fixture: 'iso-numeric-without-shape',
    rule: '8. an isoNumeric with no world-atlas shape',
    expect: ['countries/singapore.mdx: field "isoNumeric": value "702"', 'the id of a country shape in world-atlas 1:110m, or pointOnly: true'],
  },
  {
    fixture: 'vote-outside-enum',
    rule: '9. a vote value outside the enum',
    expect: ['resolutions/a-res-es-11-1.json: field "votes.CHN": value "absent"', 'expected one of: yes, no, abstain, non-voting'],
  },
  {
    fixture: 'vote-unknown-iso3',
    rule: '10. a vote keyed by an unknown ISO3 code',
    expect: ['resolutions/a-res-es-11-1.json: field "votes.SUN"', 'expected the ISO 3166-1 alpha-3 code of a UN member state'],
  },
  {
    fixture: 'http-source',
    rule: '11. a source URL that is not https',
    expect: ['visits/2024-05-16-china.yaml: field "sources[0]": value "http://en.kremlin.ru/events/president/news/73670"', 'expected an absolute https:// URL'],
  },
  {
    fixture: 'missing-visits-folder',
    rule: '12a. a missing content folder',
    expect: ['visits: value (missing) — expected a folder holding the visits collection'],
  },
  {
    fixture: 'empty-resolutions-folder',
    rule: '12b. an empty content folder',
    expect: ['resolutions: value "0 .json files" — expected at least one .json file'],
  },
  {
    fixture: 'overlapping-visits',
    rule: '13. two visits to the same country overlap',
    expect: ['visits/2024-05-17-china.yaml: field "start": value "2024-05-17" — expected a date after 2024-05-17: visits/2024-05-16-china.yaml already has a trip to china', 'separateTrip: true'],
    problems: 1,
  },
  {
    fixture: 'duplicate-json-key',
    rule: '14. a key written twice in a JSON object',
    expect: ['resolutions/a-res-es-11-1.json: field "votes.CHN": value "\\"CHN\\": \\"yes\\","', 'expected each key once in an object (line 15 repeats "CHN"'],
    problems: 1,
  },
  {
    fixture: 'as-of-in-the-future',
    rule: '15. the dataset as-of date is after the day of the build',
    expect: ['dataset.yaml: field "asOf": value "2999-12-31" — expected a date on or before the day of this build'],
    problems: 1,
  },
  {
    fixture: 'profile-name-not-a-slug',
    rule: '16. a profile file name that is not a URL slug',
    expect: ['countries/Republic of Bélarus.mdx: value "Republic of Bélarus.mdx" — expected a file name that is a URL slug', 'rename it to republic-of-belarus.mdx'],
    problems: 1,
  },
  {
    fixture: 'invalid-profile-and-its-visits',
    rule: '17. a profile fails its schema: reported once, its visits say it is invalid',
    expect: [
      'countries/china.mdx: field "capital.lat": value 95 — expected a latitude between -90 and 90',
      'visits/2024-05-16-china.yaml: field "country": value "china" — expected a valid profile: countries/china.mdx exists but has problems',
    ],
    absent: ['expected the slug of a file in content/countries/'],
    problems: 2,
  },
  {
    fixture: 'javascript-source',
    rule: '18. a javascript: source is reported once',
    expect: ['visits/2024-05-16-china.yaml: field "sources[0]": value "javascript:alert(document.cookie)" — expected an absolute https:// URL'],
    problems: 1,
  },
  {
    fixture: 'front-matter-syntax-error',
    rule: '19. a YAML syntax error in front matter gives the line in the file',
    expect: ['countries/belarus.mdx: value "summary: Belarus: a treaty ally of Russia." — expected valid YAML (line 9: '],
    problems: 1,
  },
  {
    fixture: 'yaml-syntax-error',
    rule: '20. a YAML syntax error gives the line in the file',
    expect: ['visits/2024-05-16-china.yaml: value "event: Talks: day one" — expected valid YAML (line 9: '],
    problems: 1,
  },
  {
    fixture: 'profile-takes-a-members-page',
    rule: '21. a profile file named after another UN member, whose data page has that URL',
    expect: ['countries/brazil.mdx: field "iso3": value "BLR"', "expected BRA: /countries/brazil/ is Brazil's page (or rename the file after the country it profiles)"],
    problems: 1,
  },
  {
    fixture: 'article19-missing',
    rule: '22. a resolution since the invasion without its Article 19 list',
    expect: ['resolutions/a-res-es-11-1.json: field "article19": value (missing)', 'expected the members without a vote under Article 19 of the Charter on the day, with sources'],
    problems: 1,
  },
  {
    fixture: 'article19-member-voted',
    rule: '23. a member on the Article 19 list recorded as casting a vote',
    expect: ['resolutions/a-res-es-11-1.json: field "article19.members[0]": value "UKR"', 'expected UKR recorded as "non-voting" in votes: a member under Article 19 cannot vote (it is recorded as "yes")'],
    problems: 1,
  },
  {
    fixture: 'assembly-vote-totals-disagree',
    rule: '24. a session file whose official totals disagree with its letters',
    expect: ['assembly-votes/session-80.json: field "votes[0].totals.yes": value 146', 'expected 145, the number of "yes" letters in the record (A/RES/80/1)'],
    problems: 1,
  },
  {
    fixture: 'assembly-missing-but-recorded',
    rule: '25. a session file listing as missing a vote it holds',
    expect: ['assembly-votes/session-80.json: field "missing[0].votes": value "A/RES/80/1"', 'expected a vote the file does not hold'],
    problems: 1,
  },
  {
    fixture: 'tracking-parameters',
    rule: '26. a source URL with tracking parameters',
    expect: ['visits/2024-05-16-china.yaml: field "sources[0]": value "https://en.kremlin.ru/events/president/news/73670?utm_source=newsletter&fbclid=abc"', 'expected the link without tracking parameters (remove utm_source, fbclid)'],
    problems: 1,
  },
  {
    fixture: 'duplicate-item-id',
    rule: "27. two items of a profile's list with one id (translations are keyed by it)",
    expect: ['countries/china.mdx: field "leaders[1].id": value "xi-jinping"', 'expected an id used once in leaders; "xi-jinping" is already taken'],
    problems: 2, // and the visit to the profile with the problem
  },
];
