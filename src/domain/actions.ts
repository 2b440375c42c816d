// An action of the plan: the record and its value guards (read with every stored workshop). Edits and
// suggestions live in action-plan.ts, which loads with the results screen.
import type { AreaId } from './question-bank';

export const ACTION_STATUSES = ['open', 'inProgress', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export interface Action {
  id: string;
  /** What the team will do; required, capped like every other text. */
  text: string;
  /** The area it addresses, if any. */
  areaId: AreaId | null;
  /** The moment of truth it addresses, if any. */
  momentId: string | null;
  owner: string;
  /** '' or a calendar date, YYYY-MM-DD. */
  due: string;
  status: ActionStatus;
}

export const ACTION_LIMIT = 200;

export function isActionStatus(value: unknown): value is ActionStatus {
  return typeof value === 'string' && (ACTION_STATUSES as readonly string[]).includes(value);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** YYYY-MM-DD naming a day that exists (2026-02-30 does not; 2028-02-29 does). */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
  return days !== undefined && day >= 1 && day <= days;
}
