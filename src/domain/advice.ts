// The recommendations library's keys: for each statement the latest bank asks, the next step at
// levels 1-2 ("early") and 3-4 ("middle") and a success measure; and the draft for a critical moment.
import type { Action } from './actions';

export type AdvicePart = 'early' | 'middle' | 'measure';

/** e.g. "advice.customers.voice.early" (statement ids are "<area>.<statement>"). */
export const adviceKey = (statementId: string, part: AdvicePart) => `advice.${statementId}.${part}`;

export const MOMENT_ADVICE = {
  text: 'advice.moment.text',
  measure: 'advice.moment.measure',
} as const;

/**
 * The locale keys of an action's drafted text and measure, while each is still the app's wording;
 * null for a field the team has made its own or whose source is gone (the stored text is then shown).
 */
export function draftKeys(
  action: Pick<Action, 'draft' | 'statementId' | 'momentId'>,
  momentExists: boolean,
): { text: string | null; measure: string | null } {
  const draft = action.draft;
  if (!draft) return { text: null, measure: null };
  if (draft.kind === 'moment')
    return momentExists && action.momentId
      ? {
          text: draft.text ? MOMENT_ADVICE.text : null,
          measure: draft.measure ? MOMENT_ADVICE.measure : null,
        }
      : { text: null, measure: null };
  if (!action.statementId) return { text: null, measure: null };
  return {
    text: draft.text ? adviceKey(action.statementId, draft.kind) : null,
    measure: draft.measure ? adviceKey(action.statementId, 'measure') : null,
  };
}
