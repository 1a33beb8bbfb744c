import type { Vote } from '../../schemas/resolution.ts';
import { formatDate, sourceLabel } from '../format.ts';
import type { ResolutionRecord } from '../records.ts';
import { VOTE_LABELS } from '../votes.ts';
import { classifyStates, countByClass, type CountryLayer, type LayerClass } from './layer.ts';
import { UN_MEMBER_STATES } from './states.ts';

type VoteClass = Vote | 'unknown';

/** The vote layers' classes, in legend order. `unknown`: the member's vote is not in our partial roll call. */
export const VOTE_CLASSES: readonly (LayerClass & { id: VoteClass })[] = [
  { id: 'yes', token: 'vote-yes', label: VOTE_LABELS.yes },
  { id: 'no', token: 'vote-no', label: VOTE_LABELS.no },
  { id: 'abstain', token: 'vote-abstain', label: VOTE_LABELS.abstain },
  { id: 'non-voting', token: 'vote-absent', label: VOTE_LABELS['non-voting'] },
  { id: 'unknown', token: 'map-land', label: 'Not in our partial record' },
];

/** `A/RES/ES-11/1` → `ES-11/1`: the symbol without the prefix every General Assembly resolution shares. */
export const shortSymbol = (symbol: string) => symbol.replace(/^A\/RES\//, '');

/** How every UN member voted on one resolution. */
export function voteLayer(resolution: ResolutionRecord): CountryLayer {
  const id = `votes/${resolution.id}`;
  const states = classifyStates(
    id,
    VOTE_CLASSES,
    UN_MEMBER_STATES,
    (s) => resolution.votes[s.iso3] ?? 'unknown',
    (s, c) => `${s.name}: ${c.id === 'unknown' ? 'vote not in our partial record' : c.label}`,
  );
  const counts = countByClass({ classes: VOTE_CLASSES, states });
  const { totals } = resolution;
  const summary = `${resolution.symbol} (${formatDate(resolution.date)}), “${resolution.title}”: ${totals.yes} in favour, ${totals.no} against, ${totals.abstain} abstentions, ${totals.nonVoting} not voting.`;
  const byName = (a: string, b: string) => a.localeCompare(b, 'en');
  return {
    id,
    href: `/map/${id}/`,
    nav: { label: shortSymbol(resolution.symbol), title: resolution.title, group: 'UN votes' },
    classes: VOTE_CLASSES,
    states,
    page: {
      title: `Map: how the world voted on ${resolution.symbol}`,
      description: `${summary} ${resolution.summary}`,
      heading: `How the world voted on ${resolution.symbol}`,
      lead: resolution.summary,
      intro: [`${summary}${resolution.complete ? '' : ' Our roll call for this vote is partial: countries whose vote we could not source are left grey.'}`],
      note: resolution.notes,
      map: { title: `Votes on ${resolution.symbol}`, description: summary },
      legend: counts.filter((c) => c.count > 0).map(({ cls, count }) => ({ cls: cls.id, token: cls.token, label: `${cls.label} (${count})` })),
      caption: {
        datePrefix: 'Adopted',
        date: resolution.date,
        text: resolution.complete ? 'Complete roll call of all 193 member states.' : 'Partial roll call.',
        sources: resolution.sources.map((href) => ({ href, label: sourceLabel(href) })),
      },
    },
    details: {
      kind: 'roll-call',
      heading: 'Roll call',
      id: 'roll-call',
      groups: counts
        .filter((c) => c.count > 0)
        .map(({ cls, count }) => ({
          id: `vote-${cls.id}`,
          heading: `${cls.label} (${count})`,
          names: [...states.values()].filter((s) => s.cls === cls.id).map((s) => s.name).sort(byName),
        })),
    },
  };
}
