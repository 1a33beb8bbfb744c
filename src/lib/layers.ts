import { UN_MEMBERS } from '../schemas/un-members.ts';
import type { IccStates } from '../schemas/icc-states.ts';
import { ICC_LABELS, iccStandingOn, type IccStanding } from './icc.ts';
import type { ResolutionRecord } from './records.ts';
import { VOTE_LABELS } from './votes.ts';

export interface LayerClass {
  cls: string;
  label: string;
  iso3: string;
}

/** ISO numeric codes of states that are not UN members but appear in the ICC list. */
const NON_MEMBER_NUMERIC: Record<string, { isoNumeric: string; name: string }> = {
  PSE: { isoNumeric: '275', name: 'State of Palestine' },
  COK: { isoNumeric: '184', name: 'Cook Islands' },
};

const memberByIso3 = new Map<string, { isoNumeric: string; name: string }>([
  ...UN_MEMBERS.map((m) => [m.iso3, m] as const),
  ...Object.entries(NON_MEMBER_NUMERIC),
]);

/** Every UN member coloured by its vote on one resolution (unknown where the roll call is partial). */
export function voteLayer(resolution: ResolutionRecord): Map<string, LayerClass> {
  return new Map(
    UN_MEMBERS.map((m) => {
      const vote = resolution.votes[m.iso3];
      return [m.isoNumeric, { iso3: m.iso3, cls: vote ?? 'unknown', label: `${m.name}: ${vote ? VOTE_LABELS[vote] : 'vote not in our partial record'}` }];
    }),
  );
}

/** Every state's standing with the Rome Statute on a date. */
export function iccStandingByIso3(states: IccStates, date: string): Map<string, IccStanding> {
  const listed = new Map(states.states.map((s) => [s.iso3, s]));
  return new Map(
    [...memberByIso3.keys()].map((iso3) => {
      const s = listed.get(iso3);
      return [iso3, s ? iccStandingOn({ party: true, inForce: s.inForce, withdrawal: s.withdrawal, sources: states.sources }, date) : 'non-party'];
    }),
  );
}

/** Every state coloured by its ICC standing on a date. */
export function iccLayer(states: IccStates, date: string): Map<string, LayerClass> {
  const standing = iccStandingByIso3(states, date);
  return new Map(
    [...memberByIso3.entries()].map(([iso3, m]) => {
      const s = standing.get(iso3)!;
      return [m.isoNumeric, { iso3, cls: s, label: `${m.name}: ${ICC_LABELS[s]}` }];
    }),
  );
}

/** Count of each class in a layer, in a fixed order. */
export function countClasses(layer: ReadonlyMap<string, LayerClass>, order: readonly string[]): { cls: string; count: number }[] {
  const values = [...layer.values()];
  return order.map((cls) => ({ cls, count: values.filter((v) => v.cls === cls).length }));
}
