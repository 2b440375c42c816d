// The sentence under a statement's answer (i18n/score-text.ts), shared by the area step's rating group
// and presenter mode's tiles: every kind of answer, read from the Spanish locale file.
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import es from '../../locales/es.json';
import { chosenRatingText, type Translate } from '../../src/i18n/score-text';

const t: Translate = (key, values) => {
  const message = key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], es);
  if (typeof message !== 'string') throw new Error(`no message ${key}`);
  return values ? String(new IntlMessageFormat(message, 'es').format(values)) : message;
};

describe('chosenRatingText', () => {
  it('names and describes a level, "we don\'t know" and "does not apply", or says there is no answer', () => {
    expect(chosenRatingText(t, undefined)).toBe(es.rating.none);
    expect(chosenRatingText(t, 2)).toBe(`${es.scale['2'].label}: ${es.scale['2'].description}`);
    expect(chosenRatingText(t, 'dontKnow')).toBe(
      `${es.scale.dontKnow.label}: ${es.scale.dontKnow.description}`,
    );
    expect(chosenRatingText(t, 'notApplicable')).toBe(
      `${es.scale.notApplicable.label}: ${es.scale.notApplicable.description}`,
    );
  });
});
