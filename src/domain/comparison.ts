// A follow-up against its baseline (pure): area and overall scores before and after, per-statement
// deltas, statements only one bank version asks, answers that cannot be compared, moments whose gap
// closed or widened, and actions done since. Scores come from scoring.ts, each workshop with its own
// version of the bank; nothing is compared across two different question banks.
import type { Action } from './actions';
import type { Moment } from './moments';
import { AREA_IDS, areasOf, isLevel, type AreaId, type Level, type Rating } from './question-bank';
import { scoreWorkshop, settle } from './scoring';
import type { Workshop } from './workshop';

/**
 * An area (or overall) score that moved by less than this is "about the same". Scores are means of
 * 4-7 statements shown to one decimal, so deltas come in steps of 0.1: one statement moving one
 * level in an area of five or more moves its mean by 0.2 at most, which a room's mood or one
 * person's doubt can do between two sessions; two statements moving (0.3 and up) is a change the
 * team made. Below 0.25, then, is noise; from 0.3 up it is a trend.
 */
export const NOISE_THRESHOLD = 0.25;

export type Trend = 'improved' | 'declined' | 'same' | 'notComparable';

export interface ScoreChange {
  /** The mean as shown (one decimal), or null when that side has none. */
  before: number | null;
  after: number | null;
  /** after - before, to one decimal; null when a side has no score. */
  delta: number | null;
  trend: Trend;
}

export interface AreaChange extends ScoreChange {
  areaId: AreaId;
}

/** A statement both versions ask, rated 1-5 on both sides. */
export interface StatementChange {
  areaId: AreaId;
  statementId: string;
  before: Level;
  after: Level;
  delta: number;
  trend: Exclude<Trend, 'notComparable'>;
}

/** A statement both versions ask, where a side says "don't know", "does not apply" or nothing. */
export interface StatementNotComparable {
  areaId: AreaId;
  statementId: string;
  /** Null: not answered. */
  before: Rating | null;
  after: Rating | null;
}

/** A statement only one of the two bank versions asks, with that side's answer. */
export interface StatementInOne {
  areaId: AreaId;
  statementId: string;
  rating: Rating | null;
}

export type GapChange = 'closed' | 'widened' | 'same' | 'notComparable';

export interface MomentChange {
  /** The follow-up's name for it (matched to the baseline's by name, case and spaces ignored). */
  name: string;
  gapBefore: number | null;
  gapAfter: number | null;
  change: GapChange;
}

export interface Comparison {
  ok: true;
  overall: ScoreChange;
  /** In question-bank order. */
  areas: AreaChange[];
  /** Statements asked and rated 1-5 in both, in the follow-up's bank order. */
  statements: StatementChange[];
  notComparable: StatementNotComparable[];
  onlyInBaseline: StatementInOne[];
  onlyInFollowUp: StatementInOne[];
  /** Moments found in both, in the follow-up's map order. */
  moments: MomentChange[];
  momentsOnlyInBaseline: Moment[];
  momentsOnlyInFollowUp: Moment[];
  /** Actions the baseline had not done (same id) that the follow-up marks done. */
  actionsDone: Action[];
  /** Actions done in the follow-up that the baseline did not have at all. */
  newActionsDone: Action[];
}

export type ComparisonResult = Comparison | { ok: false; reason: 'differentBank' };

/** A delta on the 1-5 scale as shown: to one decimal, float noise settled. */
function deltaOf(before: number, after: number): number {
  return Math.round(settle((after - before) * 10)) / 10;
}

export function scoreChange(before: number | null, after: number | null): ScoreChange {
  if (before === null || after === null)
    return { before, after, delta: null, trend: 'notComparable' };
  const delta = deltaOf(before, after);
  const trend = Math.abs(delta) < NOISE_THRESHOLD ? 'same' : delta > 0 ? 'improved' : 'declined';
  return { before, after, delta, trend };
}

// Expectation minus delivered, as moment-gaps.ts's gap(): written here again because importing that
// module would split it out of the walk-through's chunk into one more file the first load must list.
const gap = (m: Moment) =>
  m.expectation === null || m.delivered === null ? null : m.expectation - m.delivered;

/** The key moments are matched by: the name trimmed, spaces collapsed, case ignored. */
export function momentKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

function compareMoments(baseline: readonly Moment[], followUp: readonly Moment[]) {
  // Moments sharing a name pair up in map order (the first with the first).
  const waiting = new Map<string, Moment[]>();
  for (const m of baseline) {
    const key = momentKey(m.name);
    waiting.set(key, [...(waiting.get(key) ?? []), m]);
  }
  const moments: MomentChange[] = [];
  const momentsOnlyInFollowUp: Moment[] = [];
  for (const after of followUp) {
    const before = waiting.get(momentKey(after.name))?.shift();
    if (!before) {
      momentsOnlyInFollowUp.push(after);
      continue;
    }
    const gapBefore = gap(before);
    const gapAfter = gap(after);
    const change: GapChange =
      gapBefore === null || gapAfter === null
        ? 'notComparable'
        : gapAfter < gapBefore
          ? 'closed'
          : gapAfter > gapBefore
            ? 'widened'
            : 'same';
    moments.push({ name: after.name, gapBefore, gapAfter, change });
  }
  const left = new Set([...waiting.values()].flat());
  return {
    moments,
    momentsOnlyInFollowUp,
    momentsOnlyInBaseline: baseline.filter((m) => left.has(m)),
  };
}

/** Compares a follow-up with its baseline; refused when they were answered with different banks. */
export function compareWorkshops(baseline: Workshop, followUp: Workshop): ComparisonResult {
  if (baseline.bank.id !== followUp.bank.id) return { ok: false, reason: 'differentBank' };
  const scoresBefore = scoreWorkshop(baseline);
  const scoresAfter = scoreWorkshop(followUp);
  const areas = AREA_IDS.map((areaId) => ({
    areaId,
    ...scoreChange(
      scoresBefore.areas.find((a) => a.areaId === areaId)?.mean ?? null,
      scoresAfter.areas.find((a) => a.areaId === areaId)?.mean ?? null,
    ),
  }));

  const statements: StatementChange[] = [];
  const notComparable: StatementNotComparable[] = [];
  const onlyInBaseline: StatementInOne[] = [];
  const onlyInFollowUp: StatementInOne[] = [];
  const beforeAreas = areasOf(baseline.bank);
  for (const area of areasOf(followUp.bank)) {
    const asked = new Set(beforeAreas.find((a) => a.id === area.id)?.statements.map((s) => s.id));
    for (const { id } of area.statements) {
      const after = followUp.ratings[id] ?? null;
      if (!asked.has(id)) {
        onlyInFollowUp.push({ areaId: area.id, statementId: id, rating: after });
        continue;
      }
      const before = baseline.ratings[id] ?? null;
      if (isLevel(before) && isLevel(after)) {
        const delta = after - before;
        const trend = delta > 0 ? 'improved' : delta < 0 ? 'declined' : 'same';
        statements.push({ areaId: area.id, statementId: id, before, after, delta, trend });
      } else if (before !== null || after !== null) {
        // Left unanswered on both sides, there is nothing to say about it.
        notComparable.push({ areaId: area.id, statementId: id, before, after });
      }
    }
  }
  const askedAfter = new Set(areasOf(followUp.bank).flatMap((a) => a.statements.map((s) => s.id)));
  for (const area of beforeAreas)
    for (const { id } of area.statements)
      if (!askedAfter.has(id))
        onlyInBaseline.push({
          areaId: area.id,
          statementId: id,
          rating: baseline.ratings[id] ?? null,
        });

  const statusBefore = new Map(baseline.actions.map((a) => [a.id, a.status]));
  const done = followUp.actions.filter((a) => a.status === 'done');
  return {
    ok: true,
    overall: scoreChange(scoresBefore.overall.mean, scoresAfter.overall.mean),
    areas,
    statements,
    notComparable,
    onlyInBaseline,
    onlyInFollowUp,
    ...compareMoments(baseline.moments, followUp.moments),
    actionsDone: done.filter((a) => statusBefore.has(a.id) && statusBefore.get(a.id) !== 'done'),
    newActionsDone: done.filter((a) => !statusBefore.has(a.id)),
  };
}
