// Gaps, broken promises and the ranking of moments of truth by criticality (pure).
import type { CustomerType } from './customer-types';
import type { Moment } from './moments';
import { LIMITS } from './limits';

/** The widest gap there can be: a customer expecting 5 and getting 1. */
export const MAX_GAP = 4;

/** Expectation minus delivered: positive means we fall short of what the customer expects. Null unless both are rated. */
export function gap(moment: Pick<Moment, 'expectation' | 'delivered'>): number | null {
  return moment.expectation === null || moment.delivered === null
    ? null
    : moment.expectation - moment.delivered;
}

/** Promise minus delivered: positive means the brand promises more than it delivers. */
export function brokenPromise(moment: Pick<Moment, 'promise' | 'delivered'>): number | null {
  return moment.promise === null || moment.delivered === null
    ? null
    : moment.promise - moment.delivered;
}

/**
 * Promise minus expectation: negative means the brand promises less than customers expect (nothing to
 * choose us for), positive that it promises more (a difference to keep, or to deliver). Null unless both are rated.
 */
export function promiseGap(moment: Pick<Moment, 'promise' | 'expectation'>): number | null {
  return moment.promise === null || moment.expectation === null
    ? null
    : moment.promise - moment.expectation;
}

/** The gap weighted by how much the moment matters: gap x importance. Null unless both are rated. */
export function criticality(
  moment: Pick<Moment, 'importance' | 'expectation' | 'delivered'>,
): number | null {
  const g = gap(moment);
  return g === null || moment.importance === null ? null : g * moment.importance;
}

export interface RankedMoment {
  moment: Moment;
  gap: number;
  brokenPromise: number | null;
  criticality: number;
  /** 1-based; moments that tie on every criterion share a rank. */
  rank: number;
}

/**
 * Moments where the team falls short (gap > 0), most critical first. Ties are broken by the larger
 * gap, then the larger broken promise (an unrated promise counts as none), then map order.
 */
export function rankMoments(moments: readonly Moment[]): RankedMoment[] {
  const scored = moments.flatMap((moment, index) => {
    const g = gap(moment);
    const c = criticality(moment);
    if (g === null || c === null || g <= 0) return [];
    return [{ moment, index, gap: g, brokenPromise: brokenPromise(moment), criticality: c }];
  });
  const key = (m: (typeof scored)[number]) => [m.criticality, m.gap, m.brokenPromise ?? 0];
  scored.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) {
      const diff = (kb[i] ?? 0) - (ka[i] ?? 0);
      if (diff !== 0) return diff;
    }
    return a.index - b.index;
  });
  let rank = 0;
  return scored.map((m, i) => {
    const previous = scored[i - 1];
    const tied = previous !== undefined && key(previous).every((v, k) => v === key(m)[k]);
    if (!tied) rank = i + 1;
    return {
      moment: m.moment,
      gap: m.gap,
      brokenPromise: m.brokenPromise,
      criticality: m.criticality,
      rank,
    };
  });
}

/** The few moments the team should look at first (used by the step, the results and the report). */
export function criticalMoments(
  moments: readonly Moment[],
  limit: number = LIMITS.critical,
): RankedMoment[] {
  return rankMoments(moments).slice(0, limit);
}

export interface ShiningMoment {
  moment: Moment;
  /** Delivered minus expectation: how far delivery goes beyond what the customer expects (> 0). */
  surplus: number;
}

/**
 * "Where we shine": moments delivered above what the customer expects (gap < 0), the largest
 * surplus first, then the more important, then map order; at most `limit`.
 */
export function shiningMoments(
  moments: readonly Moment[],
  limit: number = LIMITS.critical,
): ShiningMoment[] {
  return moments
    .flatMap((moment, index) => {
      const g = gap(moment);
      return g === null || g >= 0 ? [] : [{ moment, index, surplus: -g }];
    })
    .sort(
      (a, b) =>
        b.surplus - a.surplus ||
        (b.moment.importance ?? 0) - (a.moment.importance ?? 0) ||
        a.index - b.index,
    )
    .slice(0, Math.max(0, limit))
    .map(({ moment, surplus }) => ({ moment, surplus }));
}

/** Whether a moment concerns a customer type (directly or as an "all customers" moment). */
export function appliesTo(moment: Moment, customerTypeId: string): boolean {
  return moment.allCustomers || moment.customerTypeIds.includes(customerTypeId);
}

export interface MomentGroup {
  /** A customer type, every customer ("all") or none chosen yet ("none"). */
  key: { kind: 'type'; type: CustomerType } | { kind: 'all' } | { kind: 'none' };
  moments: Moment[];
}

/**
 * Moments grouped for the list view: one group per customer type in list order (a moment for
 * several types appears under each), then the "all customers" moments, then those with no type.
 * Empty groups are left out.
 */
export function groupMoments(
  customerTypes: readonly CustomerType[],
  moments: readonly Moment[],
): MomentGroup[] {
  const groups: MomentGroup[] = customerTypes.map((type) => ({
    key: { kind: 'type', type },
    moments: moments.filter((m) => !m.allCustomers && m.customerTypeIds.includes(type.id)),
  }));
  groups.push({ key: { kind: 'all' }, moments: moments.filter((m) => m.allCustomers) });
  // A moment whose types are all gone from the map (kept aside, say) is listed with no type.
  const known = new Set(customerTypes.map((t) => t.id));
  groups.push({
    key: { kind: 'none' },
    moments: moments.filter(
      (m) => !m.allCustomers && !m.customerTypeIds.some((id) => known.has(id)),
    ),
  });
  return groups.filter((g) => g.moments.length > 0);
}

/** Severity band of a gap, for colour (always shown together with the number in words). */
export type GapBand = 'unrated' | 'met' | 'small' | 'medium' | 'large';

export function gapBand(value: number | null): GapBand {
  if (value === null) return 'unrated';
  if (value <= 0) return 'met';
  if (value === 1) return 'small';
  if (value === 2) return 'medium';
  return 'large';
}
