import { countryStats, headlineNumbers } from './country-stats.ts';
import { formatCount, formatDate, formatShare } from './format.ts';
import { iccStandingByIso3 } from './layers/icc-layer.ts';
import type { SiteData } from './records.ts';
import { RUSSIA, isWarResolution } from './votes.ts';

/**
 * Every number the explainer prose may quote, computed from the data and keyed by a stable name
 * (`trips`, `votes:A/RES/ES-11/1:yes`, `alignment:china`…). The explainer refers to them as `<Fact name="…" />`;
 * an unknown name stops the build, so prose can never carry a number the data does not back.
 */
const computed = new WeakMap<SiteData, Map<string, string>>();

export function explainerFacts(data: SiteData): Map<string, string> {
  const cached = computed.get(data);
  if (cached) return cached;
  const facts = new Map<string, string>();
  computed.set(data, facts);
  const headline = headlineNumbers(data);
  facts.set('asOf', formatDate(headline.asOf));
  facts.set('trips', formatCount(headline.trips));
  facts.set('countriesVisited', formatCount(headline.countriesVisited));
  facts.set('allies', formatCount(headline.allies));
  facts.set('occupiedTerritoryVisits', formatCount(headline.occupiedTerritoryVisits));
  facts.set('tripsToIccParties', formatCount(headline.tripsToIccParties));
  facts.set('resolutions', formatCount(headline.resolutions));
  facts.set('warResolutions', formatCount(data.resolutions.filter(isWarResolution).length));
  facts.set('profiles', formatCount(data.countries.length));

  const years = new Map<string, number>();
  for (const v of data.visits) if (v.kind !== 'occupied-territory') years.set(v.start.slice(0, 4), (years.get(v.start.slice(0, 4)) ?? 0) + 1);
  for (const [year, n] of years) facts.set(`trips:${year}`, formatCount(n));

  const standing = iccStandingByIso3(data.iccStates, data.dataset.asOf);
  facts.set('iccParties', formatCount([...standing.values()].filter((s) => s === 'party' || s === 'withdrawing').length));

  for (const r of data.resolutions) {
    facts.set(`votes:${r.symbol}:yes`, formatCount(r.totals.yes));
    facts.set(`votes:${r.symbol}:no`, formatCount(r.totals.no));
    facts.set(`votes:${r.symbol}:abstain`, formatCount(r.totals.abstain));
    facts.set(`votes:${r.symbol}:nonVoting`, formatCount(r.totals.nonVoting));
    facts.set(`votes:${r.symbol}:date`, formatDate(r.date));
  }

  for (const s of countryStats(data).values()) {
    facts.set(`trips:${s.country.slug}`, formatCount(s.tripCount));
    if (s.alignment) facts.set(`alignment:${s.country.slug}`, formatShare(s.alignment.share));
  }
  const sameAsRussiaEveryTime = [...countryStats(data).values()].filter((s) => s.alignment && s.alignment.share === 1 && s.country.iso3 !== RUSSIA);
  facts.set('alwaysWithRussia', formatCount(sameAsRussiaEveryTime.length));
  return facts;
}
