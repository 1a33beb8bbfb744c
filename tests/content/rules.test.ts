import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/validation/check-content.ts';
import { formatReport } from '../../src/validation/problem.ts';
import { fixtureTree } from '../helpers/fixture-tree.ts';
import { ACCEPTED_FIXTURES, RULE_CASES } from './rules.ts';

const trees: string[] = [];
afterAll(() => trees.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('content checker', () => {
  it('accepts the valid baseline fixture', () => {
    const tree = fixtureTree('valid-content');
    trees.push(tree);
    expect(checkContent(tree, tree).problems).toEqual([]);
  });

  it.each(ACCEPTED_FIXTURES)('accepts $fixture ($why)', ({ fixture }) => {
    const tree = fixtureTree(fixture);
    trees.push(tree);
    expect(formatReport(checkContent(tree, tree).problems)).toBe(formatReport([]));
  });

  it.each(RULE_CASES)('rejects $fixture ($rule) with a precise message', ({ fixture, expect: needles, absent = [], problems: count }) => {
    const tree = fixtureTree(fixture);
    trees.push(tree);
    const { problems } = checkContent(tree, tree);
    const report = formatReport(problems);
    expect(problems.length).toBeGreaterThan(0);
    for (const needle of needles) expect(report).toContain(needle);
    for (const needle of absent) expect(report).not.toContain(needle);
    if (count !== undefined) expect(problems, report).toHaveLength(count);
    // One line per problem, however long the message.
    expect(report.split('\n')).toHaveLength(problems.length + 1);
  });
});
