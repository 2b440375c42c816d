// The app's draft of an action, written in the current language from the recommendations library.
// The draft marker it carries lets the screens and the report re-word it in any other language.
import type { ActionInput, Suggestion } from '../domain/action-plan';
import { adviceKey, MOMENT_ADVICE } from '../domain/advice';
import type { Moment } from '../domain/moments';
import type { Translate } from './score-text';

export function draftInput(
  t: Translate,
  suggestion: Suggestion,
  moments: readonly Pick<Moment, 'id' | 'name' | 'owner'>[],
): ActionInput {
  if (suggestion.kind === 'statement')
    return {
      text: t(adviceKey(suggestion.statementId, suggestion.stage)),
      measure: t(adviceKey(suggestion.statementId, 'measure')),
      areaId: suggestion.areaId,
      statementId: suggestion.statementId,
      draftKind: suggestion.stage,
    };
  const moment = moments.find((m) => m.id === suggestion.momentId);
  const values = { moment: moment?.name ?? '' };
  return {
    text: t(MOMENT_ADVICE.text, values),
    measure: t(MOMENT_ADVICE.measure, values),
    momentId: suggestion.momentId,
    owner: moment?.owner ?? '',
    draftKind: 'moment',
  };
}
