import { describe, expect, it } from 'vitest';
import { EDITIONS } from '../../src/i18n/editions.ts';
import { BLOC_IDS } from '../../src/schemas/blocs.ts';
import { en } from '../helpers/context.ts';
import { TERRITORIES } from '../../src/schemas/territories.ts';
import { NON_MEMBER_STATES, UN_MEMBERS } from '../../src/schemas/un-members.ts';

describe('names tables', () => {
  it.each(EDITIONS.map((e) => [e.locale.tag, e] as const))('%s names every one of the 193 members, the non-member states the maps draw and every listed territory in every form, and nothing else', (tag, edition) => {
    const table = edition.names();
    expect([...table.keys()].sort()).toEqual([...UN_MEMBERS.map((m) => m.iso3), ...NON_MEMBER_STATES.map((s) => s.iso3), ...TERRITORIES.map((t) => t.id)].sort());
    for (const [iso3, name] of table) {
      for (const form of ['listed', 'subject', 'in', 'to', 'possessive'] as const) expect(name[form].trim(), `${tag} ${iso3} ${form}`).not.toBe('');
      expect(['m', 'f', 'n', 'pl'], `${tag} ${iso3}`).toContain(name.agreement);
    }
  });

  it.each(EDITIONS.map((e) => [e.locale.tag, e] as const))('%s names every bloc tracked, short and full, each as it reads in prose', (tag, edition) => {
    const blocs = edition.blocs();
    expect(Object.keys(blocs).sort()).toEqual([...BLOC_IDS].sort());
    for (const [id, name] of Object.entries(blocs)) {
      for (const form of ['short', 'full', 'shortInProse', 'fullInProse'] as const) expect(name[form].trim(), `${tag} ${id} ${form}`).not.toBe('');
    }
  });

  it('gives English names their article in running prose from the table, not from a pattern on the name', () => {
    expect(en.name('USA')).toMatchObject({ listed: 'United States', subject: 'the United States', in: 'in the United States', possessive: 'the United States’' });
    expect(en.name('PHL').to).toBe('to the Philippines');
    expect(en.name('CHN')).toMatchObject({ subject: 'China', possessive: 'China’s' });
    expect(en.name('COD').subject).toBe(UN_MEMBERS.find((m) => m.iso3 === 'COD')!.name);
    expect(en.name('falkland-islands').subject).toBe('the Falkland Islands');
    expect(en.name('taiwan').subject).toBe('Taiwan');
    expect(() => en.name('XXX')).toThrow(/no en-GB name for XXX/);
    expect(en.bloc('csto')).toEqual({ short: 'CSTO', full: 'Collective Security Treaty Organization', shortInProse: 'the CSTO', fullInProse: 'the Collective Security Treaty Organization' });
    expect(en.bloc('brics').fullInProse).toBe('BRICS');
  });
});
