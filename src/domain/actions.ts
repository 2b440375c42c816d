// An action of the plan: the record and its value guards (read with every stored workshop). Edits and
// suggestions live in action-plan.ts, which loads with the results screen.
import type { AreaId } from './question-bank';

export const ACTION_STATUSES = ['open', 'inProgress', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/**
 * Where the app's draft of an action came from: the next step for a statement at level 1-2
 * ("early") or 3-4 ("middle"), or a critical moment of truth.
 */
export const DRAFT_KINDS = ['early', 'middle', 'moment'] as const;
export type DraftKind = (typeof DRAFT_KINDS)[number];

/**
 * An action the app drafted. While `text` (resp. `measure`) is true, that field is still the app's
 * own wording: it is shown and printed in the reader's language from the recommendations library,
 * and the stored text is only its fallback. Editing the field makes it the team's own (false).
 */
export interface ActionDraft {
  kind: DraftKind;
  text: boolean;
  measure: boolean;
}

export interface Action {
  id: string;
  /** What the team will do; required, capped like every other text. */
  text: string;
  /** The area it addresses, if any. */
  areaId: AreaId | null;
  /** The moment of truth it addresses, if any. */
  momentId: string | null;
  /** The maturity statement it addresses, if any (any version's id). */
  statementId: string | null;
  /** How the team will know it worked; '' until written. */
  measure: string;
  /** Set when the app drafted it; null for the team's own actions. */
  draft: ActionDraft | null;
  owner: string;
  /** '' or a calendar date, YYYY-MM-DD. */
  due: string;
  status: ActionStatus;
}

export function isActionStatus(value: unknown): value is ActionStatus {
  return typeof value === 'string' && (ACTION_STATUSES as readonly string[]).includes(value);
}
