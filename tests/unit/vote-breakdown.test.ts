import { en } from '../helpers/context.ts';
import { describe, expect, it } from 'vitest';
import { profiledStats } from '../../src/model/member-stats.ts';
import { sortDated } from '../../src/model/dated.ts';
import { shiftSentence, voteMatrix } from '../../src/views/vote-matrix.ts';
import { breakdownSentence, breakdownCardFact, governmentPeriodHeading, governmentPeriodSummary, voteSectionText, voteSetGroups } from '../../src/views/vote-views.ts';
import { RUSSIA, STANCES, isRegularSessionResolution, isWarResolution, stanceOf, voteBreakdownFor } from '../../src/model/votes.ts';
import { memberStats } from '../../src/model/member-stats.ts';
import { realSiteData } from '../helpers/content.ts';

const data = realSiteData();
const war = data.resolutions.filter(isWarResolution);
const stats = new Map(profiledStats(data).map((s) => [s.member.slug, s]));

/** The breakdown counted straight from the roll calls, independently of src/model. */
function fromRollCalls(iso3: string, resolutions = war) {
  const b = { withRussia: 0, againstRussia: 0, abstained: 0, absent: 0, article19: 0, unknown: 0 };
  for (const r of resolutions) {
    const v = r.votes[iso3];
    if (v === undefined) b.unknown += 1;
    else if (v === 'abstain') b.abstained += 1;
    else if (v === 'non-voting' && r.article19?.members.includes(iso3)) b.article19 += 1;
    else if (v === 'non-voting') b.absent += 1;
    else if (v === r.votes[RUSSIA]) b.withRussia += 1;
    else b.againstRussia += 1;
  }
  return b;
}

describe('the vote breakdown', () => {
  it('classifies one vote against Russia’s', () => {
    expect(stanceOf('no', 'no', 'X')).toBe('withRussia');
    expect(stanceOf('yes', 'no', 'X')).toBe('againstRussia');
    expect(stanceOf('abstain', 'no', 'X')).toBe('abstained');
    expect(stanceOf('non-voting', 'no', 'X')).toBe('absent');
    // A member that had lost its vote under Article 19 did not choose to be absent.
    expect(stanceOf('non-voting', 'no', 'X', true)).toBe('article19');
    expect(stanceOf(undefined, 'no', 'X')).toBe('unknown');
    expect(() => stanceOf('no', 'abstain', 'A/RES/X')).toThrow(/A\/RES\/X: Russia's vote is abstain/);
  });

  it('matches the roll calls for every profiled country and adds up to the war resolutions', () => {
    for (const s of stats.values()) {
      const { total, ...counts } = s.voteBreakdown;
      expect(counts, s.country.slug).toEqual(fromRollCalls(s.country.iso3));
      expect(total).toBe(war.length);
      expect(STANCES.reduce((n, k) => n + s.voteBreakdown[k], 0)).toBe(war.length);
    }
  });

  it('India abstained on every resolution whose roll call lists it: never with or against Russia', () => {
    const b = voteBreakdownFor('IND', data.resolutions);
    expect(b.withRussia).toBe(0);
    expect(b.againstRussia).toBe(0);
    expect(b.absent).toBe(0);
    expect(b.abstained).toBe(war.filter((r) => r.votes.IND).length);
    expect(b.abstained).toBeGreaterThan(0);
  });

  it('counts the regular sessions’ texts on the war apart from the emergency session, on every member’s page', () => {
    const regular = data.resolutions.filter(isRegularSessionResolution);
    expect(regular.length).toBeGreaterThan(0);
    for (const r of regular) expect(r.symbol.startsWith('A/RES/ES-')).toBe(false);
    const members = memberStats(data);
    for (const s of members.values()) {
      expect(s.regularBreakdown.total).toBe(regular.length);
      const { total, ...counts } = s.regularBreakdown;
      expect(counts, s.member.slug).toEqual(fromRollCalls(s.member.iso3, regular));
      // The main count never includes them.
      expect(s.voteBreakdown.total).toBe(war.length);
    }
    const groups = voteSetGroups(en, members.get('brazil')!);
    expect(groups.map((g) => g.set)).toEqual(['emergency', 'regular', 'context']);
    expect(groups.find((g) => g.set === 'regular')!.cells.map((c) => c.symbol)).toEqual(regular.map((r) => r.symbol));
  });

  it('Venezuela, without a vote under Article 19 throughout, is never counted as choosing to be absent', () => {
    const ven = voteBreakdownFor('VEN', data.resolutions);
    expect(ven.article19).toBe(war.filter((r) => r.article19?.members.includes('VEN')).length);
    expect(ven.article19).toBeGreaterThan(0);
    expect(ven.absent).toBe(0);
  });

  it('Ukraine never voted with Russia; Belarus never voted against it', () => {
    const ukr = voteBreakdownFor('UKR', data.resolutions);
    expect(ukr.withRussia).toBe(0);
    expect(ukr.againstRussia).toBe(war.filter((r) => r.votes.UKR === 'yes').length);
    const blr = voteBreakdownFor('BLR', data.resolutions);
    expect(blr.againstRussia + blr.abstained + blr.absent).toBe(0);
    expect(blr.withRussia).toBe(war.filter((r) => r.votes.BLR === 'no').length);
  });

  it('Burkina Faso’s votes with Russia are counted with its absences, not as a share of votes cast', () => {
    const b = voteBreakdownFor('BFA', data.resolutions);
    expect(b.absent).toBe(war.filter((r) => r.votes.BFA === 'non-voting').length);
    expect(b.absent).toBeGreaterThan(0);
    expect(b.withRussia).toBeLessThan(war.length);
    expect(breakdownSentence(en, b)).toMatch(new RegExp(`of ${war.length} resolutions`));
  });

  it('splits Syria’s record at the fall of Assad, from its profile', () => {
    const syria = stats.get('syria')!;
    const change = syria.country.governmentChanges![0]!;
    expect(syria.governments.map((p) => p.government)).toEqual([change.before, change.after]);
    const [assad, after] = syria.governments;
    expect(assad!.cells.every((c) => c.date < change.date)).toBe(true);
    expect(after!.cells.every((c) => c.date >= change.date)).toBe(true);
    const { total, ...assadCounts } = assad!.breakdown;
    expect(assadCounts).toEqual(fromRollCalls('SYR', war.filter((r) => r.date < change.date)));
    expect(assad!.breakdown.withRussia).toBe(total);
    expect(assad!.breakdown.total + after!.breakdown.total).toBe(war.length);
    // Countries without a change keep one unnamed period.
    expect(stats.get('india')!.governments).toHaveLength(1);
  });

  it('says it in words with the count, biggest class first', () => {
    const b = { withRussia: 2, againstRussia: 0, abstained: 8, absent: 0, article19: 0, unknown: 0, total: 10 };
    expect(breakdownSentence(en, b)).toBe('Abstained on 8 of 10 resolutions, with Russia on 2');
    expect(breakdownSentence(en, { ...b, withRussia: 0, abstained: 0, againstRussia: 10 })).toBe('The opposite of Russia on all 10 resolutions');
    expect(breakdownCardFact(en, b)).toEqual({ value: '2/10', label: 'UN votes with Russia since Feb 2022 · 8 abstained' });
    // Mid-sentence forms come from the UI strings, not from lowercasing a label ("against russia" on a share card).
    expect(breakdownCardFact(en, { ...b, abstained: 5, againstRussia: 3 }).label).toBe('UN votes with Russia since Feb 2022 · 5 abstained · 3 the opposite of Russia');
  });

  it('takes the total’s plural form, never an appended s', () => {
    const one = { withRussia: 0, againstRussia: 1, abstained: 0, absent: 0, article19: 0, unknown: 0, total: 1 };
    expect(breakdownSentence(en, one)).toBe('The opposite of Russia on the only resolution');
    expect(breakdownSentence(en, { ...one, againstRussia: 0, total: 0 })).toBe('No resolutions to count');
  });

  it('says how many members left “yes” on the biggest move in the plural the count needs', () => {
    const { shift } = voteMatrix(en, data);
    expect(shiftSentence(en, shift)).toContain(`: ${shift!.leftYes} members that had voted yes did not do so again, ${shift!.toAbstain} of them abstaining.`);
    expect(shiftSentence(en, { ...shift!, leftYes: 1, toAbstain: 1 })).toContain(': 1 member that had voted yes did not do so again, 1 of them abstaining.');
  });

  it('heads and sums up each government’s votes, and writes the section’s intro for Russia and for the others', () => {
    const [assad] = stats.get('syria')!.governments;
    expect(governmentPeriodHeading(en, assad!)).toMatch(/^Votes cast by .+, until \d{1,2} December 2024$/);
    expect(governmentPeriodSummary(en, assad!)).toMatch(/^Since the invasion: with Russia on all \d+ resolutions\.$/);
    const russia = voteSectionText(en, { member: { iso3: 'RUS' }, isRussia: true });
    expect(russia.intro).toBe('How Russia voted on each General Assembly resolution on Ukraine in our record.');
    const belarus = voteSectionText(en, { member: { iso3: 'BLR' }, isRussia: false });
    expect(belarus.intro).toContain('How Belarus voted on each General Assembly resolution on Ukraine in our record, next to Russia’s own vote. “With Russia” means');
    expect(belarus.inTheTable).toBe('Belarus in the table of every member’s votes');
  });
});

describe('dated lists', () => {
  it('run in date order with undated entries last', () => {
    const items = [{ date: '2025-01-01' }, { date: '2024-05-01' }, {}, { date: '2025-06-01' }];
    expect(sortDated(items, 'newest-first').map((i) => i.date ?? 'undated')).toEqual(['2025-06-01', '2025-01-01', '2024-05-01', 'undated']);
    expect(sortDated(items, 'oldest-first').map((i) => i.date ?? 'undated')).toEqual(['2024-05-01', '2025-01-01', '2025-06-01', 'undated']);
  });

  it('North Korea’s support list is in date order', () => {
    const support = sortDated(data.countries.find((c) => c.slug === 'north-korea')!.support ?? [], 'newest-first');
    const dates = support.flatMap((s) => (s.date ? [s.date] : []));
    expect(dates).toEqual([...dates].sort().reverse());
    expect(support.findIndex((s) => !s.date)).not.toBeLessThan(dates.length);
  });
});
