import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UN_MEMBERS } from '../../src/schemas/un-members.ts';
import { memberList } from '../../src/model/members.ts';
import { realSiteData } from '../helpers/content.ts';
import { DIST, requireDist } from '../helpers/site.ts';

requireDist();
const data = realSiteData();
const members = memberList(data.countries);
const html = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');
/** Every `data-resolution="…" data-vote="…"` pair on a page, in order. */
const votesOn = (page: string) => [...page.matchAll(/data-resolution="([^"]+)" data-vote="([^"]+)"/g)].map((m) => [m[1]!, m[2]!] as const);
/** The vote the content files record (the independent reading the pages must agree with). */
/** The vote as a reader sees it: the recorded vote, `article19` for a member that had lost its vote, else `unknown`. */
const recorded = (iso3: string, symbol: string) => {
  const r = data.resolutions.find((x) => x.symbol === symbol)!;
  const v = r.votes[iso3];
  return v === undefined ? 'unknown' : v === 'non-voting' && r.article19?.members.includes(iso3) ? 'article19' : v;
};

describe('a page for each of the 193 UN members', () => {
  it('every member has exactly one page, and written profiles keep theirs', () => {
    expect(members).toHaveLength(193);
    expect(new Set(members.map((m) => m.slug)).size).toBe(193);
    for (const m of members) expect(existsSync(join(DIST, 'countries', m.slug, 'index.html')), m.slug).toBe(true);
    for (const c of data.countries) expect(members.find((m) => m.iso3 === c.iso3)!.slug).toBe(c.slug);
  });

  it.each(members.filter((m) => !m.profiled).map((m) => [m.slug, m] as const))('%s: a data page whose every vote tile matches the roll calls', (slug, m) => {
    const page = html(`countries/${slug}`);
    expect(page).toContain('A data page: what it shows of');
    expect(page).not.toContain('no written profile yet');
    expect(page).toContain(`data-country="${m.iso3}"`);
    expect(page).toContain('href="/data/#method"');
    const tiles = votesOn(page);
    // One tile per resolution in the record (grouped by set on the page).
    expect(tiles.map(([symbol]) => symbol).sort()).toEqual(data.resolutions.map((r) => r.symbol).sort());
    for (const [symbol, vote] of tiles) expect(vote, `${slug} ${symbol}`).toBe(recorded(m.iso3, symbol));
  });

  it('written profiles carry the same vote attributes', () => {
    for (const c of data.countries) {
      for (const [symbol, vote] of votesOn(html(`countries/${c.slug}`))) expect(vote, `${c.slug} ${symbol}`).toBe(recorded(c.iso3, symbol));
    }
  });

  it('a data page summary is computed from the roll calls (Brazil)', () => {
    const brazil = html('countries/brazil');
    const war = data.resolutions.filter((r) => r.date >= '2022-02-24' && r.symbol.startsWith('A/RES/ES-11/'));
    const abstained = war.filter((r) => r.votes.BRA === 'abstain').length;
    const against = war.filter((r) => r.votes.BRA === 'yes').length;
    expect(brazil).toContain(`Of the ${war.length} resolutions of the General Assembly’s emergency special session on Ukraine since the invasion, Brazil abstained on ${abstained} and voted the opposite of Russia on ${against}.`);
  });

  it('every member has a 1200×630 share card named after its page', () => {
    for (const m of members) {
      const png = readFileSync(join(DIST, 'cards', `${m.slug}.png`));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], m.slug).toEqual([1200, 630]);
      expect(html(`countries/${m.slug}`)).toContain(`/cards/${m.slug}.png`);
    }
  });
});

describe('/votes/: every member × every resolution', () => {
  const page = html('votes');
  const rows = [...page.matchAll(/<tr id="([A-Z]{3})" data-country="\1"[^>]*>([\s\S]*?)<\/tr>/g)];

  it('has one row per member, in name order, each linking to its page', () => {
    expect(rows.map((r) => r[1])).toEqual(members.map((m) => m.iso3));
    for (const [, iso3, row] of rows) expect(row).toContain(`href="/countries/${members.find((m) => m.iso3 === iso3)!.slug}/"`);
  });

  it('agrees cell for cell with the content files, column by column', () => {
    // Cells carry their vote only; which resolution each is comes from its column's header, as for a reader.
    const matrix = page.slice(page.indexOf('<table class="matrix"'));
    const columns = [...matrix.slice(0, matrix.indexOf('</thead>')).matchAll(/<th scope="col" id="([^"]+)"/g)].map((m) => data.resolutions.find((r) => r.id === m[1])!.symbol);
    expect([...columns].sort()).toEqual(data.resolutions.map((r) => r.symbol).sort());
    let cells = 0;
    for (const [, iso3, row] of rows) {
      const found = [...row!.matchAll(/<td[^>]* data-vote="([^"]+)"/g)].map((m) => m[1]!);
      expect(found, iso3).toHaveLength(columns.length);
      found.forEach((vote, i) => expect(vote, `${iso3} ${columns[i]}`).toBe(recorded(iso3!, columns[i]!)));
      cells += found.length;
    }
    expect(cells).toBe(193 * data.resolutions.length);
  });

  it('is a real table with row and column headers, linked from the navigation', () => {
    expect(page).toMatch(/<table class="matrix"[^>]*>\s*<caption/);
    const matrix = page.slice(page.indexOf('<table class="matrix"'), page.indexOf('</table>', page.indexOf('<table class="matrix"')));
    // member, region, with Russia, beyond Ukraine, then one column per resolution
    expect(matrix.match(/<th scope="col"/g)!.length).toBe(4 + data.resolutions.length);
    expect(matrix).toMatch(/<th scope="col" class="beyond">/);
    expect(matrix.match(/<th scope="row"/g)!.length).toBe(193);
    expect(html('countries/brazil')).toContain('href="/votes/#BRA"');
    expect(html('')).toContain('href="/votes/"');
  });
});

describe('/countries/ lists every member A–Z', () => {
  const page = html('countries');
  it('links to all 193 pages without JavaScript', () => {
    const az = page.slice(page.indexOf('id="every-member"'));
    const links = [...az.matchAll(/<li data-country="([A-Z]{3})"[^>]*>\s*<a href="\/countries\/([^/]+)\/"/g)];
    expect(links.map((l) => l[1])).toEqual(members.map((m) => m.iso3));
    expect(links.map((l) => l[2])).toEqual(members.map((m) => m.slug));
  });
});

describe('vote maps link each member to its page', () => {
  it.each(data.resolutions.map((r) => [r.id, r] as const))('/map/votes/%s/', (id, r) => {
    const page = html(`map/votes/${id}`);
    for (const m of UN_MEMBERS) {
      const shape = new RegExp(`<a href="/countries/[a-z-]+/"[^>]*>\\s*<(?:path|circle)[^>]*data-country="${m.iso3}" data-resolution="${r.symbol.replace(/\//g, '\\/')}" data-vote="${recorded(m.iso3, r.symbol)}"`);
      expect(shape.test(page), `${m.name} on ${r.symbol}: a linked shape with its vote`).toBe(true);
    }
  });
});

describe('/data/countries.json covers every member', () => {
  const download = JSON.parse(readFileSync(join(DIST, 'data/countries.json'), 'utf8')) as { countries: { iso3: string; writtenProfile: boolean; relationship: string | null; voteBreakdown: Record<string, number> }[] };
  it('with the same fields for everyone and breakdowns recomputed from the roll calls', () => {
    expect(download.countries.map((c) => c.iso3).sort()).toEqual(UN_MEMBERS.map((m) => m.iso3).sort());
    const keys = Object.keys(download.countries[0]!).sort();
    const war = data.resolutions.filter((r) => r.date >= '2022-02-24' && r.symbol.startsWith('A/RES/ES-11/'));
    for (const c of download.countries) {
      expect(Object.keys(c).sort()).toEqual(keys);
      expect(c.writtenProfile).toBe(data.countries.some((p) => p.iso3 === c.iso3));
      expect(c.relationship === null).toBe(!c.writtenProfile);
      const b = { withRussia: 0, againstRussia: 0, abstained: 0, absent: 0, article19: 0, unknown: 0 };
      for (const r of war) {
        const v = r.votes[c.iso3];
        const russia = r.votes.RUS;
        if (v === undefined) b.unknown++;
        else if (v === 'abstain') b.abstained++;
        else if (v === 'non-voting' && r.article19?.members.includes(c.iso3)) b.article19++;
        else if (v === 'non-voting') b.absent++;
        else if (v === russia) b.withRussia++;
        else b.againstRussia++;
      }
      expect(c.voteBreakdown, c.iso3).toEqual(b);
    }
  });
});
