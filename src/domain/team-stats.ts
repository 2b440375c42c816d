// Team mode's statistics: the participants' answers merged per statement, per area and per moment of
// truth, where the team disagrees most, and the consensus the discussion starts from (pure).
import {
  areasOf,
  DONT_KNOW,
  isLevel,
  LEVELS,
  NOT_APPLICABLE,
  type Area,
  type AreaId,
  type Level,
  type Rating,
} from './question-bank';
import { settle } from './scoring';
import { bump, spreadOf, spreadOfCounts, type Spread } from './spread';
import type { ParticipantAnswers } from './team';
import { mergeMoments, type MomentStats } from './team-moments';

// One entry point for team mode's results: the spread and the moments' merge live in their own modules.
export { spreadOf, spreadOfCounts, type Spread } from './spread';
export { mergeMoments, momentKey, type MomentStats } from './team-moments';

/** Every participant's answer to one statement, counted. The five numbers sum to the team's respondents. */
export interface Distribution {
  /** How many rated 1, 2, 3, 4 and 5 (index 0 is level 1). */
  counts: [number, number, number, number, number];
  dontKnow: number;
  notApplicable: number;
  /** Participants who gave no answer (or one that is not an answer at all). */
  unanswered: number;
}

/** One statement across the team; the spread is over the 1-5 ratings only. */
export interface StatementStats extends Spread {
  statementId: string;
  areaId: AreaId;
  distribution: Distribution;
}

/**
 * One area across the team: the spread of the participants' own area scores. A participant's score is
 * the mean of their 1-5 ratings in the area, as scoring.ts scores a workshop ("don't know" and "does
 * not apply" left out) but not rounded to one decimal, so the team's mean is not rounded twice. A
 * participant with no 1-5 rating in the area has no score there and is not one of its respondents.
 */
export interface AreaStats extends Spread {
  areaId: AreaId;
}

export interface TeamStats {
  /** The participants whose answers were merged. */
  respondents: number;
  /** Every statement of the bank version, in bank order. */
  statements: StatementStats[];
  /** Every area of the bank version, in bank order. */
  areas: AreaStats[];
  /** The statements the team disagrees on, most first (DISCUSS_FIRST_RULE). */
  discussFirst: StatementStats[];
  /** In the order the names were first seen (participants in order, each one's moments in order). */
  moments: MomentStats[];
}

/**
 * Where the team disagrees, for the discussion's agenda: the statements with at least
 * `minRespondents` 1-5 ratings that are not all the same (sd > 0), the largest standard deviation
 * first, then the widest range (max - min), then bank order.
 */
export const DISCUSS_FIRST_RULE = {
  minRespondents: 2,
  order: ['sd', 'range', 'bankOrder'],
} as const;

/**
 * The consensus the discussion starts from: each statement's median rounded to the nearest level,
 * a half rounded DOWN (3.5 -> 3), the cautious level: the team raises a level by agreement rather than
 * lowering one. A statement nobody rated 1-5 starts as "does not apply" when everyone who answered
 * said so, as "we don't know" when anyone said that, and unanswered otherwise.
 */
export const CONSENSUS_RULE = { from: 'median', halves: 'down' } as const;

function statementStats(
  participants: readonly ParticipantAnswers[],
  areaId: AreaId,
  statementId: string,
): StatementStats {
  const distribution: Distribution = {
    counts: [0, 0, 0, 0, 0],
    dontKnow: 0,
    notApplicable: 0,
    unanswered: 0,
  };
  for (const participant of participants) {
    const rating: unknown = participant.ratings[statementId];
    if (isLevel(rating)) bump(distribution.counts, rating - 1);
    else if (rating === DONT_KNOW) distribution.dontKnow += 1;
    else if (rating === NOT_APPLICABLE) distribution.notApplicable += 1;
    else distribution.unanswered += 1;
  }
  return { statementId, areaId, distribution, ...spreadOfCounts(distribution.counts, 1) };
}

/** A participant's own score in an area: the mean of their 1-5 ratings there; null with none. */
function participantAreaScore(participant: ParticipantAnswers, area: Area): number | null {
  let sum = 0;
  let rated = 0;
  for (const statement of area.statements) {
    const rating: unknown = participant.ratings[statement.id];
    if (isLevel(rating)) {
      sum += rating;
      rated += 1;
    }
  }
  return rated === 0 ? null : settle(sum / rated);
}

function areaStats(participants: readonly ParticipantAnswers[], area: Area): AreaStats {
  const scores = participants.flatMap((p) => {
    const score = participantAreaScore(p, area);
    return score === null ? [] : [score];
  });
  return { areaId: area.id, ...spreadOf(scores) };
}

/** The statements to discuss first, by DISCUSS_FIRST_RULE; `statements` are in bank order. */
export function discussFirst(statements: readonly StatementStats[]): StatementStats[] {
  const range = (s: StatementStats) => (s.max ?? 0) - (s.min ?? 0);
  return statements
    .map((stats, index) => ({ stats, index }))
    .filter(
      ({ stats }) => stats.respondents >= DISCUSS_FIRST_RULE.minRespondents && (stats.sd ?? 0) > 0,
    )
    .sort(
      (a, b) =>
        (b.stats.sd ?? 0) - (a.stats.sd ?? 0) ||
        range(b.stats) - range(a.stats) ||
        a.index - b.index,
    )
    .map(({ stats }) => stats);
}

/**
 * The team's statistics for one version of the bank: the statements and areas of that version only
 * (ratings of other statements are ignored). Linear in participants x statements plus moments; one
 * entry per participant is expected (TeamData keeps one per participantId).
 */
export function teamStats(
  participants: readonly ParticipantAnswers[],
  bank: { version: number },
): TeamStats {
  const areas = areasOf(bank);
  const statements = areas.flatMap((area) =>
    area.statements.map((s) => statementStats(participants, area.id, s.id)),
  );
  return {
    respondents: participants.length,
    statements,
    areas: areas.map((area) => areaStats(participants, area)),
    discussFirst: discussFirst(statements),
    moments: mergeMoments(participants),
  };
}

/** A median (or any value on the scale) to a level by CONSENSUS_RULE: nearest, halves down; clamped to 1-5. */
export function cautiousLevel(value: number): Level {
  if (Number.isNaN(value)) return 1;
  const nearest = Math.ceil(settle(value) - 0.5);
  return LEVELS[Math.min(5, Math.max(1, nearest)) - 1] ?? 1;
}

/** The ratings the consensus starts from (CONSENSUS_RULE); unanswered statements are left out. */
export function consensusRatings(stats: TeamStats): Record<string, Rating> {
  const ratings: Record<string, Rating> = {};
  for (const s of stats.statements) {
    const { dontKnow, notApplicable } = s.distribution;
    if (s.median !== null) ratings[s.statementId] = cautiousLevel(s.median);
    else if (dontKnow > 0) ratings[s.statementId] = DONT_KNOW;
    else if (notApplicable > 0) ratings[s.statementId] = NOT_APPLICABLE;
  }
  return ratings;
}
