import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { memberList } from '../../src/model/members.ts';
import { describe, expect, it } from 'vitest';
import { alignmentDownload, countriesDownload, unVotesDownload, visitsDownload } from '../../src/schemas/downloads.ts';
import { isWarResolution } from '../../src/model/votes.ts';
import { realSiteData } from '../helpers/content.ts';
import { DIST, requireDist } from '../helpers/site.ts';

requireDist();
const read = (file: string) => readFileSync(join(DIST, 'data', file), 'utf8');
const data = realSiteData();

describe('published data files', () => {
  it('visits.json has the documented shape and every foreign trip', () => {
    const parsed = visitsDownload.parse(JSON.parse(read('visits.json')));
    expect(parsed.asOf).toBe(data.dataset.asOf);
    expect(parsed.visits.length + parsed.occupiedTerritoryVisits.length).toBe(data.visits.length);
    expect(csvParse(read('visits.csv'))).toHaveLength(parsed.visits.length);
    expect(csvParse(read('occupied-territory-visits.csv'))).toHaveLength(parsed.occupiedTerritoryVisits.length);
  });

  it('un-votes.json has the documented shape; complete roll calls add up to their totals', () => {
    const parsed = unVotesDownload.parse(JSON.parse(read('un-votes.json')));
    for (const r of parsed.resolutions) {
      const cast = Object.values(parsed.votes).map((byRes) => byRes[r.symbol]).filter(Boolean);
      if (r.complete) {
        expect(cast, r.symbol).toHaveLength(193);
        for (const [key, vote] of [['yes', 'yes'], ['no', 'no'], ['abstain', 'abstain'], ['nonVoting', 'non-voting']] as const) {
          expect(cast.filter((v) => v === vote).length, `${r.symbol} ${key}`).toBe(r.totals[key]);
        }
      }
    }
    expect(csvParse(read('un-votes.csv')).length).toBe(Object.values(parsed.votes).reduce((n, v) => n + Object.keys(v).length, 0));
  });

  it('countries.json has the documented shape and absolute profile URLs', () => {
    const parsed = countriesDownload.parse(JSON.parse(read('countries.json')));
    expect(parsed.countries.map((c) => c.slug).sort()).toEqual(memberList(data.countries).map((m) => m.slug).sort());
    for (const c of parsed.countries) expect(c.url).toMatch(new RegExp(`^https://[^/]+/countries/${c.slug}/$`));
    expect(csvParse(read('countries.csv'))).toHaveLength(parsed.countries.length);
  });

  it('countries.json gives each country its vote breakdown, counted from the roll calls', () => {
    const parsed = countriesDownload.parse(JSON.parse(read('countries.json')));
    const war = data.resolutions.filter(isWarResolution);
    const csv = new Map(csvParse(read('countries.csv')).map((row) => [row.slug, row]));
    for (const c of parsed.countries) {
      const b = c.voteBreakdown;
      expect(b.withRussia + b.againstRussia + b.abstained + b.absent + b.article19 + b.unknown, c.slug).toBe(war.length);
      // A member without a vote under Article 19 is counted apart from those that chose not to vote.
      expect(b.article19).toBe(war.filter((r) => r.article19?.members.includes(c.iso3)).length);
      expect(b.absent).toBe(war.filter((r) => r.votes[c.iso3] === 'non-voting' && !r.article19?.members.includes(c.iso3)).length);
      expect(Number(csv.get(c.slug)!.votesArticle19)).toBe(b.article19);
      expect(b.withRussia).toBe(war.filter((r) => r.votes[c.iso3] !== undefined && r.votes[c.iso3] === r.votes.RUS).length);
      expect(b.abstained).toBe(war.filter((r) => r.votes[c.iso3] === 'abstain').length);
      expect(b.unknown).toBe(war.filter((r) => r.votes[c.iso3] === undefined).length);
      expect(Number(csv.get(c.slug)!.votesAbstained)).toBe(b.abstained);
    }
    const india = parsed.countries.find((c) => c.iso3 === 'IND')!.voteBreakdown;
    expect(india.withRussia + india.againstRussia).toBe(0);
  });

  it('alignment.json counts, per member and session, the votes where Russia and the EU majority split, recomputed from the session files', () => {
    const parsed = alignmentDownload.parse(JSON.parse(read('alignment.json')));
    const EU = ['AUT', 'BEL', 'BGR', 'CYP', 'CZE', 'DEU', 'DNK', 'ESP', 'EST', 'FIN', 'FRA', 'GRC', 'HRV', 'HUN', 'IRL', 'ITA', 'LTU', 'LUX', 'LVA', 'MLT', 'NLD', 'POL', 'PRT', 'ROU', 'SVK', 'SVN', 'SWE'];
    expect(parsed.members).toHaveLength(193);
    for (const file of data.assemblyVotes) {
      // The definition, independently of src/model: Russia yes or no, the EU's most common yes/no/abstain the other one.
      const contested = file.votes.filter((v) => {
        const russia = v.record[file.members.indexOf('RUS')];
        const tally: Record<string, number> = { Y: 0, N: 0, A: 0 };
        for (const e of EU) { const l = v.record[file.members.indexOf(e)]!; if (l !== 'X') tally[l]! += 1; }
        const top = Math.max(tally.Y!, tally.N!, tally.A!);
        const leaders = Object.keys(tally).filter((k) => tally[k] === top);
        return (russia === 'Y' || russia === 'N') && leaders.length === 1 && leaders[0] !== 'A' && leaders[0] !== russia;
      });
      expect(parsed.sessions.find((s) => s.session === file.session)!.contested).toBe(contested.length);
      for (const m of parsed.members) {
        const row = m.sessions.find((s) => s.session === file.session)!;
        expect(row.withRussia + row.withEu + row.abstained + row.absent, `${m.iso3} ${file.session}`).toBe(row.contested);
      }
      const russia = parsed.members.find((m) => m.iso3 === 'RUS')!.sessions.find((s) => s.session === file.session)!;
      expect(russia.withRussia).toBe(contested.length);
    }
    const csv = csvParse(read('alignment.csv'));
    expect(csv).toHaveLength(193 * data.assemblyVotes.length);
  });

  it('alignment.json and /data/ name every vote the session files lack, and the newest vote held', () => {
    const parsed = alignmentDownload.parse(JSON.parse(read('alignment.json')));
    const page = readFileSync(join(DIST, 'data', 'index.html'), 'utf8');
    const missing = data.assemblyVotes.flatMap((f) => f.missing.map((m) => m.votes));
    expect(missing).toContain('A/RES/77/293');
    expect(parsed.sessions.flatMap((s) => s.missing.map((m) => m.votes)).sort()).toEqual([...missing].sort());
    const list = page.slice(page.indexOf('id="alignment-missing"'), page.indexOf('</ul>', page.indexOf('id="alignment-missing"')));
    for (const votes of missing) expect(list).toContain(votes);
    const newest = data.assemblyVotes.flatMap((f) => f.votes.map((v) => v.date)).sort().at(-1)!;
    expect(parsed.sessions.map((s) => s.lastVote).sort().at(-1)).toBe(newest);
    expect(page).toContain('id="alignment-json"');
  });
});

