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

export function isActionStatus(value: unknown): value is ActionStatus {
  return typeof value === 'string' && (ACTION_STATUSES as readonly string[]).includes(value);
}
