import type { BlocId } from '../../schemas/blocs.ts';

/**
 * A country's name in one language, in every form the site's sentences need, so that templates never build a
 * form from a bare name: Russian, Ukrainian and German inflect names (в Китае, на Кубе; in der Türkei) and verbs
 * agree with them (Китай воздержался, Индия воздержалась).
 */
export interface CountryName {
  /** As listed in tables and the A–Z list: `United States`. */
  listed: string;
  /** As a sentence's subject, and in running prose where the language does not inflect it: `the United States`. */
  subject: string;
  /** Where: `in the United States`. */
  in: string;
  /** Where to: `to the United States`. */
  to: string;
  /** Whose: `the United States’`, `China’s`. */
  possessive: string;
  /** What a verb or adjective agrees with: masculine, feminine, neuter or plural (English has none: neuter). */
  agreement: 'm' | 'f' | 'n' | 'pl';
}

/** One language's names of the UN's members and non-member states (by ISO3 code) and of listed territories (by their id). */
export type NamesTable = ReadonlyMap<string, CountryName>;

/** A bloc's name in one language: short (`CSTO`) and full, each also as it reads in running prose (`the CSTO`). */
export interface BlocName {
  short: string;
  full: string;
  shortInProse: string;
  fullInProse: string;
}

/** One language's names of the blocs the site tracks, by bloc id. */
export type BlocNames = Readonly<Record<BlocId, BlocName>>;
