import { describe, expect, it } from 'vitest';
import type { Action } from '../../src/domain/actions';
import { setPromptAnswer, setRating } from '../../src/domain/answers';
import { LIMITS } from '../../src/domain/limits';
import { BANK_ID, BANK_VERSION } from '../../src/domain/question-bank';
import {
  areaCompletion,
  createWorkshop,
  duplicateWorkshop,
  localDate,
  overallCompletion,
  parseParticipants,
  rename,
  type NewWorkshopInput,
  type Workshop,
} from '../../src/domain/workshop';
import { overallCompletionOf } from '../fixtures/question-bank';

const CREATED = new Date('2026-03-05T09:30:00.000Z');
const LATER = new Date('2026-03-05T10:00:00.000Z');

function create(input: NewWorkshopInput, id = 'w1', now = CREATED): Workshop {
  const result = createWorkshop(input, id, now);
  if (!result.ok) throw new Error(`createWorkshop refused: ${result.error}`);
  return result.workshop;
}

describe('createWorkshop', () => {
  it('trims every field and starts empty at the introduction', () => {
    const workshop = create({
      organisation: '  Ayuntamiento de Ejemplo ',
      team: ' Atención ciudadana ',
      date: ' 2026-04-01 ',
      facilitator: ' Marta ',
    });
    expect(workshop).toEqual({
      id: 'w1',
      title: 'Ayuntamiento de Ejemplo — Atención ciudadana',
      createdAt: '2026-03-05T09:30:00.000Z',
      updatedAt: '2026-03-05T09:30:00.000Z',
      meta: {
        organisation: 'Ayuntamiento de Ejemplo',
        team: 'Atención ciudadana',
        date: '2026-04-01',
        facilitator: 'Marta',
        participants: [],
      },
      bank: { id: BANK_ID, version: BANK_VERSION },
      ratings: {},
      prompts: {},
      comments: {},
      customerTypes: [],
      moments: [],
      actions: [],
    });
  });

  it('caps every field at its limit, composes accents, and keeps the title within its own', () => {
    const long = 'o'.repeat(LIMITS.name + 100);
    const workshop = create({ organisation: long, team: long, facilitator: long });
    expect(workshop.meta.organisation).toHaveLength(LIMITS.name);
    expect(workshop.meta.team).toHaveLength(LIMITS.name);
    expect(workshop.meta.facilitator).toHaveLength(LIMITS.name);
    expect(workshop.title.length).toBeLessThanOrEqual(LIMITS.title);
    expect(create({ organisation: 'Cafe\u0301 Sol' }).meta.organisation).toBe('Café Sol');
  });

  it.each(['20260-01-01', '0266-12-02', '2026-02-30', '26-01-01', 'mañana'])(
    'refuses a date that is not a calendar day (%j)',
    (date) => {
      expect(createWorkshop({ organisation: 'Acme', date }, 'w1', CREATED)).toEqual({
        ok: false,
        error: 'dateInvalid',
      });
    },
  );

  it.each(['', '   ', '\n\t'])('refuses an empty or blank organisation (%j)', (organisation) => {
    expect(createWorkshop({ organisation, team: 'Ventas' }, 'w1', CREATED)).toEqual({
      ok: false,
      error: 'organisationRequired',
    });
  });

  it('dates the workshop today, in local time, when no date is given', () => {
    expect(create({ organisation: 'Acme' }).meta.date).toBe(localDate(CREATED));
    expect(create({ organisation: 'Acme', date: '  ' }).meta.date).toBe(localDate(CREATED));
  });

  it('reads participants one per line or separated by commas, dropping blanks', () => {
    const workshop = create({
      organisation: 'Acme',
      participants: 'Ana López\n  Luis, Marta ,,\n\n Pilar; Jon \r\n',
    });
    expect(workshop.meta.participants).toEqual(['Ana López', 'Luis', 'Marta', 'Pilar', 'Jon']);
  });

  it('titles the workshop "Organisation — Team", or just the organisation', () => {
    expect(create({ organisation: 'Acme', team: 'Soporte' }).title).toBe('Acme — Soporte');
    expect(create({ organisation: 'Acme', team: '   ' }).title).toBe('Acme');
    expect(create({ organisation: 'Acme' }).title).toBe('Acme');
  });
});

describe('localDate', () => {
  it('formats the local calendar day as YYYY-MM-DD', () => {
    expect(localDate(new Date(2026, 0, 9, 23, 59))).toBe('2026-01-09');
    expect(localDate(new Date(2025, 11, 31, 0, 0))).toBe('2025-12-31');
  });
});

describe('setRating', () => {
  const base = create({ organisation: 'Acme' });

  it('records a rating and the time of the change', () => {
    const next = setRating(base, 'customers.voice', 4, LATER);
    expect(next.ratings).toEqual({ 'customers.voice': 4 });
    expect(next.updatedAt).toBe(LATER.toISOString());
  });

  it('overwrites an earlier rating, "don\'t know" included', () => {
    const once = setRating(base, 'customers.voice', 4, LATER);
    expect(setRating(once, 'customers.voice', 'dontKnow', LATER).ratings).toEqual({
      'customers.voice': 'dontKnow',
    });
  });

  it('clears a rating when given null', () => {
    const rated = setRating(
      setRating(base, 'customers.voice', 2, LATER),
      'moments.owner',
      5,
      LATER,
    );
    expect(setRating(rated, 'customers.voice', null, LATER).ratings).toEqual({
      'moments.owner': 5,
    });
  });

  it('leaves the original workshop untouched', () => {
    const snapshot = structuredClone(base);
    const rated = setRating(base, 'customers.voice', 3, LATER);
    setRating(rated, 'customers.voice', null, LATER);
    expect(base).toEqual(snapshot);
    expect(rated.ratings).toEqual({ 'customers.voice': 3 });
  });
});

describe('setPromptAnswer', () => {
  it('stores the text as typed and does not touch the original', () => {
    const base = create({ organisation: 'Acme' });
    const next = setPromptAnswer(base, 'customers.who', '  Vecinos y empresas ', LATER);
    expect(next.prompts).toEqual({ 'customers.who': '  Vecinos y empresas ' });
    expect(next.updatedAt).toBe(LATER.toISOString());
    expect(base.prompts).toEqual({});
    expect(base.updatedAt).toBe(CREATED.toISOString());
  });

  it('caps a long answer at the limit and composes decomposed accents', () => {
    const base = create({ organisation: 'Acme' });
    const pasted = setPromptAnswer(base, 'customers.who', 'x'.repeat(50_000), LATER);
    expect(pasted.prompts['customers.who']).toHaveLength(LIMITS.answer);
    const accent = setPromptAnswer(base, 'customers.who', 'Cafe\u0301', LATER);
    expect(accent.prompts['customers.who']).toBe('Café');
  });
});

describe('parseParticipants', () => {
  it('caps each name and the number of names', () => {
    const names = Array.from({ length: LIMITS.participants + 5 }, (_, i) => `P${i}`).join('\n');
    expect(parseParticipants(names)).toHaveLength(LIMITS.participants);
    expect(parseParticipants('n'.repeat(LIMITS.name + 1))[0]).toHaveLength(LIMITS.name);
  });
});

describe('rename', () => {
  const base = create({ organisation: 'Acme' });

  it('trims the new title', () => {
    const renamed = rename(base, '  Taller de marzo ', LATER);
    expect(renamed?.title).toBe('Taller de marzo');
    expect(renamed?.updatedAt).toBe(LATER.toISOString());
    expect(base.title).toBe('Acme');
  });

  it('caps a long title at the limit', () => {
    expect(rename(base, 't'.repeat(LIMITS.title + 1), LATER)?.title).toHaveLength(LIMITS.title);
  });

  it.each(['', '  ', '\n'])('refuses a blank title (%j)', (title) => {
    expect(rename(base, title, LATER)).toBeNull();
  });
});

describe('duplicateWorkshop', () => {
  const original = setPromptAnswer(
    setRating(
      create({ organisation: 'Acme', participants: 'Ana, Luis' }),
      'customers.voice',
      3,
      LATER,
    ),
    'customers.who',
    'Vecinos',
    LATER,
  );

  it('gives the copy a new id, title and timestamps and keeps the answers', () => {
    const copy = duplicateWorkshop(
      original,
      'w2',
      'Acme (copia)',
      new Date('2026-04-01T08:00:00Z'),
    );
    expect(copy.id).toBe('w2');
    expect(copy.title).toBe('Acme (copia)');
    expect(copy.createdAt).toBe('2026-04-01T08:00:00.000Z');
    expect(copy.updatedAt).toBe('2026-04-01T08:00:00.000Z');
    expect(copy.ratings).toEqual(original.ratings);
    expect(copy.prompts).toEqual(original.prompts);
    expect(copy.meta).toEqual(original.meta);
  });

  it('keeps the original title for a blank one, and caps a long one', () => {
    expect(duplicateWorkshop(original, 'w2', '  ', LATER).title).toBe(original.title);
    const long = duplicateWorkshop(original, 'w2', 'c'.repeat(LIMITS.title + 5), LATER);
    expect(long.title).toHaveLength(LIMITS.title);
  });

  it('copies deeply: editing the copy never reaches the original', () => {
    const snapshot = structuredClone(original);
    const copy = duplicateWorkshop(original, 'w2', 'Copia', LATER);
    copy.ratings['customers.voice'] = 5;
    copy.prompts['customers.who'] = 'Otro texto';
    copy.meta.participants.push('Intrusa');
    copy.meta.organisation = 'Otra';
    copy.bank.version = 99;
    expect(original).toEqual(snapshot);
  });

  it('copies the action plan deeply too', () => {
    const action: Action = {
      id: 'a1',
      text: 'Llamar',
      areaId: 'customers',
      momentId: null,
      statementId: null,
      measure: '',
      draft: null,
      owner: 'Ana',
      due: '',
      status: 'open',
    };
    const planned: Workshop = { ...original, actions: [action] };
    const snapshot = structuredClone(planned);
    const copy = duplicateWorkshop(planned, 'w2', 'Copia', LATER);
    expect(copy.actions).toEqual(planned.actions);
    const [first] = copy.actions;
    if (first) first.status = 'done';
    copy.actions.push({ ...action, id: 'a2' });
    expect(planned).toEqual(snapshot);
  });
});

describe('areaCompletion', () => {
  // customers (bank version 2): 3 prompts + 6 statements = 9 items.
  const base = create({ organisation: 'Acme' });

  it('is 0 of 9 for an untouched area', () => {
    expect(areaCompletion(base, 'customers')).toEqual({ answered: 0, total: 9, percent: 0 });
  });

  it('floors the percentage: 1 of 9 is 11', () => {
    const one = setRating(base, 'customers.voice', 1, LATER);
    expect(areaCompletion(one, 'customers')).toEqual({ answered: 1, total: 9, percent: 11 });
  });

  it('counts a version-1 workshop against version 1: 3 prompts + 5 statements = 8 items', () => {
    const v1 = { ...base, bank: { id: 'momentos-cx', version: 1 } };
    const one = setRating(v1, 'customers.individual', 2, LATER);
    expect(areaCompletion(one, 'customers')).toEqual({ answered: 1, total: 8, percent: 12 });
    // The same answer means nothing to version 2, which does not ask that statement.
    expect(areaCompletion({ ...one, bank: base.bank }, 'customers').answered).toBe(0);
  });

  it('counts "does not apply" as answered', () => {
    const w = setRating(base, 'customers.voice', 'notApplicable', LATER);
    expect(areaCompletion(w, 'customers').answered).toBe(1);
  });

  it('counts "don\'t know" as answered', () => {
    const w = setRating(base, 'customers.voice', 'dontKnow', LATER);
    expect(areaCompletion(w, 'customers').answered).toBe(1);
  });

  it('does not count blank or whitespace-only prompt answers', () => {
    let w = setPromptAnswer(base, 'customers.who', '   \n ', LATER);
    w = setPromptAnswer(w, 'customers.profile', '', LATER);
    expect(areaCompletion(w, 'customers').answered).toBe(0);
    w = setPromptAnswer(w, 'customers.expectations', ' Rapidez ', LATER);
    expect(areaCompletion(w, 'customers').answered).toBe(1);
  });

  it('ignores answers that belong to other areas', () => {
    const w = setRating(
      setPromptAnswer(base, 'moments.list', 'Llamada', LATER),
      'moments.owner',
      4,
      LATER,
    );
    expect(areaCompletion(w, 'customers').answered).toBe(0);
    expect(areaCompletion(w, 'moments')).toEqual({ answered: 2, total: 8, percent: 25 });
  });

  it('is 100 only when every item is answered', () => {
    // processes: 2 prompts + 7 statements = 9 items.
    let w = setPromptAnswer(base, 'processes.today', 'Alta en tres pasos', LATER);
    w = setPromptAnswer(w, 'processes.pain', 'Esperas', LATER);
    for (const id of [
      'customerSide',
      'oneContact',
      'simpleSteps',
      'acknowledgeWithTime',
      'consistent',
    ])
      w = setRating(w, `processes.${id}`, 2, LATER);
    w = setRating(w, 'processes.dataCorrected', 'notApplicable', LATER);
    expect(areaCompletion(w, 'processes')).toEqual({ answered: 8, total: 9, percent: 88 });
    w = setRating(w, 'processes.optOut', 'dontKnow', LATER);
    expect(areaCompletion(w, 'processes')).toEqual({ answered: 9, total: 9, percent: 100 });
  });
});

describe('overallCompletion', () => {
  it('adds up every area', () => {
    const base = create({ organisation: 'Acme' });
    expect(overallCompletion(base)).toEqual(overallCompletionOf(0));
    let w = setRating(base, 'customers.voice', 3, LATER);
    w = setRating(w, 'leadership.budget', 'dontKnow', LATER);
    w = setPromptAnswer(w, 'improvement.habits', 'Encuestas', LATER);
    w = setPromptAnswer(w, 'moments.list', '  ', LATER);
    // A rating, a "don't know" and a written prompt; a blank prompt is not an answer.
    expect(overallCompletion(w)).toEqual(overallCompletionOf(3));
  });
});
