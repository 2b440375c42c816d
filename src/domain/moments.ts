// The moments-of-truth map: the record and its value guards (read with every stored workshop). Gaps and
// ranking live in moment-gaps.ts, edits in moment-edits.ts (both load with the walk-through). Limits
// are in limits.ts; customer types in customer-types.ts.

export const CHANNELS = ['inPerson', 'phone', 'web', 'email', 'chat', 'other'] as const;
export type Channel = (typeof CHANNELS)[number];

/** A 1-5 rating of a moment, or null while the team has not rated it. */
export type Score = 1 | 2 | 3 | 4 | 5;
export const SCORES: readonly Score[] = [1, 2, 3, 4, 5];

export interface Moment {
  id: string;
  name: string;
  /** Applies to every customer type; `customerTypeIds` is then ignored. */
  allCustomers: boolean;
  customerTypeIds: string[];
  channel: Channel;
  /** How much the moment matters to the customer: weighs its gap. */
  importance: Score | null;
  /** The level of service the customer expects at this moment. */
  expectation: Score | null;
  /** What the brand promises at this moment. */
  promise: Score | null;
  /** What is delivered today. */
  delivered: Score | null;
  owner: string;
  note: string;
}

export function isScore(value: unknown): value is Score {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;
}

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}
