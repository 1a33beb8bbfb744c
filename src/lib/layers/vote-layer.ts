import type { Vote } from '../../schemas/resolution.ts';
import { formatDate, sourceLabel } from '../format.ts';
import type { ResolutionRecord } from '../records.ts';
import { shortSymbol } from '../votes.ts';
import { SCROLL_HINT } from './layer.ts';
import { classifyStates, type CountryLayer, type LayerClass } from './layer.ts';
import { UN_MEMBER_STATES } from './states.ts';
import { messages } from '../../i18n/messages.ts';

type VoteClass = Vote | 'unknown';

/**
 * The vote layers' classes, in legend order. `unknown` (the member's vote is not in the published roll call we
 * have) is a class of its own, hatched, so that a partial record is never read as abstentions or absences.
 */
export const VOTE_CLASSES: readonly (LayerClass & { id: VoteClass })[] = [
  { id: 'yes', token: 'vote-yes', label: messages().votes.yes },
  { id: 'no', token: 'vote-no', label: messages().votes.no },
  { id: 'abstain', token: 'vote-abstain', label: messages().votes.abstain },
  { id: 'non-voting', token: 'vote-absent', label: messages().votes['non-voting'] },
  { id: 'unknown', token: 'vote-unknown', label: messages().unknownVoteOnMap },
];

const TOTAL_KEY = { yes: 'yes', no: 'no', abstain: 'abstain', 'non-voting': 'nonVoting' } as const;

/** One legend line of a vote map: the official total of a class and how many of those members we can name. */
export interface VoteTally {
  cls: VoteClass;
  /** The official total (for `unknown`: the members whose vote is not in the record). */
  total: number;
  /** Members of this class named in the roll call (equal to `total` on a complete roll call). */
  known: number;
}

/**
 * Legend tallies from the resolution's official totals, with how many of each are in the roll call. On a
 * partial roll call, "Yes 93" with 12 known must not read as 12 yes votes: the label carries both numbers.
 */
export function voteTallies(resolution: ResolutionRecord, members: number): VoteTally[] {
  const known = (cls: Vote) => Object.values(resolution.votes).filter((v) => v === cls).length;
  const cast = VOTE_CLASSES.filter((c) => c.id !== 'unknown').map((c) => {
    const cls = c.id as Vote;
    return { cls, total: resolution.totals[TOTAL_KEY[cls]], known: known(cls) };
  });
  const recorded = cast.reduce((n, t) => n + t.known, 0);
  return [...cast, { cls: 'unknown', total: members - recorded, known: 0 }];
}

/** `Yes 107`, or on a partial roll call `Yes 107 (82 of them in the published record)`; `unknown`: `… 111 of 193`. */
export function tallyLabel(t: VoteTally, complete: boolean, members: number): string {
  const label = VOTE_CLASSES.find((c) => c.id === t.cls)!.label;
  if (t.cls === 'unknown') return `${label}: ${t.total} of ${members}`;
  if (complete) return `${label} ${t.total}`;
  const of = t.known === 0 ? 'none' : t.known === t.total ? 'all' : `${t.known}`;
  return `${label} ${t.total} (${of} of them in the published record)`;
}


/** How every UN member voted on one resolution. */
export function voteLayer(resolution: ResolutionRecord): CountryLayer {
  const id = `votes/${resolution.id}`;
  const states = classifyStates(
    id,
    VOTE_CLASSES,
    UN_MEMBER_STATES,
    (s) => resolution.votes[s.iso3] ?? 'unknown',
    (s, c) => `${s.name}: ${c.id === 'unknown' ? 'vote not yet in the published record' : c.label}`,
  );
  const members = states.size;
  const tallies = voteTallies(resolution, members);
  const recorded = members - tallies.find((t) => t.cls === 'unknown')!.total;
  const shown = tallies.filter((t) => t.total > 0 || t.known > 0);
  const { totals } = resolution;
  const summary = `${resolution.symbol} (${formatDate(resolution.date)}), “${resolution.title}”: ${totals.yes} in favour, ${totals.no} against, ${totals.abstain} abstentions, ${totals.nonVoting} not voting.`;
  const byName = (a: string, b: string) => a.localeCompare(b, 'en');
  return {
    id,
    href: `/map/${id}/`,
    embed: { path: `/embed/votes/${resolution.id}/`, title: `How the world voted on ${resolution.symbol}`, canonicalLabel: `the vote on ${resolution.symbol}` },
    nav: { label: shortSymbol(resolution.symbol), title: resolution.title, group: 'UN votes' },
    classes: VOTE_CLASSES,
    states,
    shapeData: (s) => ({ 'data-resolution': resolution.symbol, 'data-vote': s.cls }),
    page: {
      title: `Map: how the world voted on ${resolution.symbol}`,
      description: `${summary} ${resolution.summary}`,
      heading: `How the world voted on ${resolution.symbol}`,
      lead: resolution.summary,
      intro: [
        resolution.complete
          ? summary
          : `${summary} The published roll call we have is partial: it names the votes of ${recorded} of the ${members} members. The other ${members - recorded} are hatched on the map as “${messages().unknownVoteOnMap.toLowerCase()}”; the counts in the legend are the official totals.`,
      ],
      note: resolution.notes,
      links: [{ href: `/votes/#${resolution.id}`, label: 'Every member’s vote on every resolution, in one table' }],
      map: { title: `Votes on ${resolution.symbol}`, description: summary },
      scrollHint: SCROLL_HINT,
      legend: shown.map((t) => ({ cls: t.cls, token: VOTE_CLASSES.find((c) => c.id === t.cls)!.token, label: tallyLabel(t, resolution.complete, members) })),
      caption: {
        datePrefix: 'Adopted',
        date: resolution.date,
        text: resolution.complete ? `Complete roll call of all ${members} member states.` : `Partial roll call: the votes of ${recorded} of ${members} members are in the published record.`,
        sources: resolution.sources.map((href) => ({ href, label: sourceLabel(href) })),
      },
    },
    details: {
      kind: 'roll-call',
      heading: 'Roll call',
      id: 'roll-call',
      noNames: 'No member’s vote of this kind is in the published record yet.',
      groups: shown.map((t) => ({
        id: `vote-${t.cls}`,
        heading: tallyLabel(t, resolution.complete, members),
        names: [...states.values()].filter((s) => s.cls === t.cls).map((s) => s.name).sort(byName),
      })),
    },
  };
}
