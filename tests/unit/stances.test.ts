import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blocsSchema, membershipsOn, notBefore, type BlocId, type Membership } from '../../src/schemas/blocs.ts';
import { unfriendlyStatesSchema } from '../../src/schemas/unfriendly-states.ts';

const root = resolve(import.meta.dirname, '../..');
const readJson = (file: string): unknown => JSON.parse(readFileSync(resolve(root, file), 'utf8'));

const unfriendly = unfriendlyStatesSchema.parse(readJson('content/unfriendly-states.json'));
const blocs = blocsSchema.parse(readJson('content/blocs.json'));

const EU_27 = ['AUT', 'BEL', 'BGR', 'CYP', 'CZE', 'DEU', 'DNK', 'ESP', 'EST', 'FIN', 'FRA', 'GRC', 'HRV', 'HUN', 'IRL', 'ITA', 'LTU', 'LUX', 'LVA', 'MLT', 'NLD', 'POL', 'PRT', 'ROU', 'SVK', 'SVN', 'SWE'];

/** Parse a deep copy of the real file after `change`, returning the issues as "path: message" lines. */
function issuesAfter(schema: typeof unfriendlyStatesSchema | typeof blocsSchema, file: string, change: (data: any) => void): string[] {
  const data = structuredClone(readJson(file));
  change(data);
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('content/unfriendly-states.json', () => {
  const onList = (date: string) => unfriendly.unMembers.filter((m) => m.since <= date && (m.until === undefined || m.until > date)).map((m) => m.iso3);

  it('the order of 5 March 2022 covers the EU 27 (as one group), the US, the UK, Japan and the other named states', () => {
    const march = onList('2022-03-05');
    expect(march).toEqual(expect.arrayContaining([...EU_27, 'USA', 'GBR', 'JPN', 'CAN', 'AUS', 'KOR', 'CHE', 'UKR', 'SGP', 'NOR']));
    expect(march).toHaveLength(47);
    const eu = unfriendly.groups.find((g) => g.id === 'eu');
    expect([...(eu?.members ?? [])].sort()).toEqual(EU_27);
    expect(unfriendly.unMembers.filter((m) => m.group === 'eu').map((m) => m.iso3).sort()).toEqual(EU_27);
  });

  it('the Bahamas is the only UN member added later (23 July 2022), and none has been removed', () => {
    expect(unfriendly.unMembers.filter((m) => m.since !== '2022-03-05').map((m) => [m.iso3, m.since])).toEqual([['BHS', '2022-07-23']]);
    expect(unfriendly.unMembers.filter((m) => m.until !== undefined)).toEqual([]);
    expect(onList(unfriendly.checkedUntil)).toHaveLength(48);
  });

  it('keeps order No. 1230-r apart: Greece, Denmark, Slovenia, Croatia and Slovakia date from March 2022, not July', () => {
    for (const iso3 of ['GRC', 'DNK', 'SVN', 'HRV', 'SVK']) {
      expect(unfriendly.unMembers.find((m) => m.iso3 === iso3)).toMatchObject({ since: '2022-03-05', group: 'eu' });
    }
  });

  it('records territories apart: five in March 2022, Guernsey and the Isle of Man in July, eleven British Overseas Territories in October', () => {
    const count = (date: string) => unfriendly.territories.filter((t) => t.since === date).length;
    expect([count('2022-03-05'), count('2022-07-23'), count('2022-10-30')]).toEqual([5, 2, 11]);
    expect(unfriendly.territories.map((t) => t.id)).toEqual(expect.arrayContaining(['taiwan', 'jersey', 'guernsey', 'isle-of-man', 'anguilla', 'british-virgin-islands', 'gibraltar']));
  });

  it('rejects a territory in the UN-member list, a duplicate, an unknown date and a group member left out', () => {
    const file = 'content/unfriendly-states.json';
    expect(issuesAfter(unfriendlyStatesSchema, file, (d) => d.unMembers.push({ iso3: 'TWN', since: '2022-03-05', sources: ['https://tass.com/russia/1484099'] }))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^unMembers\.\d+\.iso3: expected the ISO3 code of a UN member state/)]),
    );
    expect(issuesAfter(unfriendlyStatesSchema, file, (d) => d.unMembers.push(structuredClone(d.unMembers[0])))).toEqual([
      expect.stringMatching(/^unMembers\.48: expected each state or territory only once/),
    ]);
    expect(issuesAfter(unfriendlyStatesSchema, file, (d) => (d.territories[0].since = '2023-01-01'))).toEqual([
      expect.stringMatching(/^territories\.0\.since: expected the date of one of the amendments/),
    ]);
    expect(issuesAfter(unfriendlyStatesSchema, file, (d) => (d.unMembers = d.unMembers.filter((m: { iso3: string }) => m.iso3 !== 'DEU')))).toEqual([
      expect.stringMatching(/^groups\.0\.members\.\d+: expected an unMembers entry for DEU/),
    ]);
    expect(issuesAfter(unfriendlyStatesSchema, file, (d) => (d.territories[0].sources = []))).toEqual([
      'territories.0.sources: expected at least one https:// source URL',
    ]);
  });
});

describe('content/blocs.json', () => {
  const current = membershipsOn(blocs.memberships, blocs.checkedUntil);
  const tally = (bloc: BlocId) => {
    const counts: Record<string, number> = {};
    for (const m of current.filter((c) => c.bloc === bloc)) counts[m.status] = (counts[m.status] ?? 0) + 1;
    return counts;
  };
  const find = (bloc: BlocId, iso3: string): Membership | undefined => blocs.memberships.find((m) => m.bloc === bloc && m.iso3 === iso3);

  it('Belarus is a member of every bloc it belongs to: all six', () => {
    expect(current.filter((m) => m.iso3 === 'BLR').map((m) => `${m.bloc}:${m.status}`).sort()).toEqual([
      'brics:partner',
      'cis:member',
      'csto:member',
      'eaeu:member',
      'sco:member',
      'union-state:member',
    ]);
  });

  it('Armenia’s CSTO membership is suspended (frozen in February 2024), not ended', () => {
    expect(find('csto', 'ARM')).toMatchObject({ status: 'suspended', since: '2024-02-22', previous: [{ status: 'member' }] });
    expect(find('csto', 'ARM')?.until).toBeUndefined();
  });

  it('the CIS: Turkmenistan associate, Moldova leaving, Georgia and Ukraine gone', () => {
    expect(find('cis', 'TKM')?.status).toBe('associate');
    expect(find('cis', 'MDA')?.status).toBe('leaving');
    expect(find('cis', 'GEO')?.until).toBe('2009-08-18');
    expect(find('cis', 'UKR')?.until).toBe('2018-05-19');
    expect(tally('cis')).toEqual({ member: 8, associate: 1, leaving: 1 });
  });

  it('counts per bloc on the check date', () => {
    expect(tally('csto')).toEqual({ member: 5, suspended: 1, observer: 1 });
    expect(tally('eaeu')).toEqual({ member: 5, observer: 4 });
    expect(tally('sco')).toEqual({ member: 10, partner: 17 });
    expect(tally('brics')).toEqual({ member: 10, partner: 10 });
    expect(tally('union-state')).toEqual({ member: 2 });
  });

  it('BRICS: the 2024 and 2025 joiners are members; Saudi Arabia is kept apart as unconfirmed, never counted', () => {
    for (const iso3 of ['EGY', 'ETH', 'IRN', 'ARE']) expect(find('brics', iso3)).toMatchObject({ status: 'member', since: '2024-01-01' });
    expect(find('brics', 'IDN')).toMatchObject({ status: 'member', since: '2025-01-06' });
    expect(find('brics', 'SAU')).toBeUndefined();
    expect(blocs.unconfirmed).toEqual([expect.objectContaining({ bloc: 'brics', iso3: 'SAU', claim: 'member' })]);
  });

  it('Iran is an EAEU observer (a free-trade agreement is not membership) and Belarus joined the SCO in 2024', () => {
    expect(find('eaeu', 'IRN')).toMatchObject({ status: 'observer', since: '2024-12-26' });
    expect(find('sco', 'BLR')).toMatchObject({ status: 'member', since: '2024-07-04' });
  });

  it('compares dates only as precisely as they are written', () => {
    expect(notBefore('2012-06-07', '2012')).toBe(true);
    expect(notBefore('2011', '2012-06-07')).toBe(false);
    expect(notBefore('2025-06', '2025-06-14')).toBe(true);
  });

  it('rejects a non-member code, a duplicate record, an end before the start and a tie both confirmed and unconfirmed', () => {
    const file = 'content/blocs.json';
    expect(issuesAfter(blocsSchema, file, (d) => (d.memberships[0].iso3 = 'TWN'))).toEqual([
      expect.stringMatching(/^memberships\.0\.iso3: expected the ISO3 code of a UN member state/),
    ]);
    expect(issuesAfter(blocsSchema, file, (d) => d.memberships.push(structuredClone(d.memberships[0])))).toEqual([
      expect.stringMatching(/^memberships\.\d+: expected one membership record per bloc and country/),
    ]);
    expect(issuesAfter(blocsSchema, file, (d) => (d.memberships[0].until = '1999-01-01'))).toEqual([
      expect.stringMatching(/^memberships\.0\.until: expected a date on or after since/),
    ]);
    expect(issuesAfter(blocsSchema, file, (d) => (d.memberships[0].since = '2002-02-30'))).toEqual([
      'memberships.0.since: expected a date written as YYYY-MM-DD, or YYYY-MM or YYYY when sources give no day',
    ]);
    expect(issuesAfter(blocsSchema, file, (d) => d.memberships.push({ bloc: 'brics', iso3: 'SAU', status: 'member', since: '2024-01-01', sources: ['https://tass.com/world/2059643'] }))).toEqual([
      expect.stringMatching(/^unconfirmed\.0: expected a tie that is not also recorded in memberships/),
    ]);
    expect(issuesAfter(blocsSchema, file, (d) => (d.memberships[0].status = 'ally'))).toEqual([
      'memberships.0.status: expected one of: member, suspended, observer, partner, associate, leaving',
    ]);
  });
});
