import { describe, expect, it } from 'vitest';
import {
  addAction,
  moveAction,
  openActionCount,
  removeAction,
  restoreAction,
  suggestActions,
  updateAction,
} from '../../src/domain/action-plan';
import { type EditResult } from '../../src/domain/list-edit';
import { ACTION_STATUSES, isActionStatus, type Action } from '../../src/domain/actions';
import { isCalendarDate, LIMITS } from '../../src/domain/limits';

const ACTION_LIMIT = LIMITS.actions;
import { removeMoment } from '../../src/domain/moment-edits';
import { criticalMoments } from '../../src/domain/moment-gaps';
import type { Moment } from '../../src/domain/moments';
import type { Workshop } from '../../src/domain/workshop';
import { CREATED_AT, makeAction, makeMoment, makeWorkshop } from '../fixtures/workshops';

const LATER = new Date('2026-03-05T10:00:00.000Z');
const STAMP = LATER.toISOString();

/** Frozen all the way down: any edit that mutates its input throws. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** An open action with no links, owner or due date unless `over` says otherwise. */
const action = makeAction;

/** A frozen workshop holding these moments and actions. */
function workshopWith(actions: Action[] = [], moments: Moment[] = []): Workshop {
  return deepFreeze({ ...makeWorkshop('w1'), moments, actions });
}

/** Moments m1 and m2, and actions a (area customers), b (moment m1), c (done, no link). */
function sample(): Workshop {
  return workshopWith(
    [
      action('a', { areaId: 'customers' }),
      action('b', { momentId: 'm1', status: 'inProgress' }),
      action('c', { status: 'done', owner: 'Ana', due: '2026-04-01' }),
    ],
    [makeMoment('m1'), makeMoment('m2')],
  );
}

const many = (n: number) => Array.from({ length: n }, (_, i) => action(`a${i}`));

function ok(result: EditResult<string>): Workshop {
  if (!result.ok) throw new Error(`refused: ${result.error}`);
  return result.workshop;
}

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);

describe('isActionStatus', () => {
  it.each(ACTION_STATUSES)('accepts %j', (status) => {
    expect(isActionStatus(status)).toBe(true);
  });

  it.each(['', 'Open', 'closed', 'in-progress', null, undefined, 1, {}])('refuses %j', (value) => {
    expect(isActionStatus(value)).toBe(false);
  });
});

describe('isCalendarDate', () => {
  it.each(['2026-02-28', '2026-12-31', '2028-02-29', '2000-02-29', '2026-01-01'])(
    'accepts the real date %j',
    (text) => {
      expect(isCalendarDate(text)).toBe(true);
    },
  );

  it.each([
    '2026-02-30',
    '2026-02-29',
    '1900-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2026-2-3',
    '26-02-03',
    '2026-02-03T10:00',
    ' 2026-02-03',
    '2026/02/03',
    '',
    'mañana',
  ])('refuses %j', (text) => {
    expect(isCalendarDate(text)).toBe(false);
  });
});

describe('addAction', () => {
  it('adds the action at the end, text trimmed, open and unlinked, and stamps the change', () => {
    const base = sample();
    const next = ok(addAction(base, { text: '  Llamar a los vecinos  ' }, 'new', LATER));
    expect(next.actions.at(-1)).toEqual({
      id: 'new',
      text: 'Llamar a los vecinos',
      areaId: null,
      momentId: null,
      statementId: null,
      measure: '',
      draft: null,
      owner: '',
      due: '',
      status: 'open',
    });
    expect(ids(next.actions)).toEqual(['a', 'b', 'c', 'new']);
    expect(next.updatedAt).toBe(STAMP);
    expect(base.actions).toHaveLength(3);
    expect(base.updatedAt).toBe(CREATED_AT.toISOString());
  });

  it('keeps everything it is given', () => {
    const next = ok(
      addAction(
        sample(),
        {
          text: 'Reforzar la web',
          areaId: 'moments',
          momentId: 'm2',
          statementId: 'moments.owner',
          measure: 'Cada momento con responsable',
          owner: 'Luis',
          due: '2026-12-15',
          status: 'inProgress',
        },
        'new',
        LATER,
      ),
    );
    expect(next.actions.at(-1)).toEqual({
      id: 'new',
      text: 'Reforzar la web',
      areaId: 'moments',
      momentId: 'm2',
      statementId: 'moments.owner',
      measure: 'Cada momento con responsable',
      draft: null,
      owner: 'Luis',
      due: '2026-12-15',
      status: 'inProgress',
    });
  });

  it('links no statement that is in no version of the bank', () => {
    const next = ok(
      addAction(sample(), { text: 'Algo', statementId: 'moments.nope' }, 'new', LATER),
    );
    expect(next.actions.at(-1)?.statementId).toBeNull();
  });

  it('marks a draft of the app as its own wording, text and measure', () => {
    const input = {
      text: 'Entrevistar a 8 clientes',
      measure: 'Expectativas escritas',
      statementId: 'customers.voice',
      draftKind: 'early' as const,
    };
    expect(ok(addAction(sample(), input, 'new', LATER)).actions.at(-1)?.draft).toEqual({
      kind: 'early',
      text: true,
      measure: true,
    });
  });

  it('links no moment when the moment is not on the map', () => {
    const next = ok(addAction(sample(), { text: 'Algo', momentId: 'gone' }, 'new', LATER));
    expect(next.actions.at(-1)?.momentId).toBeNull();
  });

  it('links no area when the area does not exist', () => {
    const input = { text: 'Algo', areaId: 'sales' as unknown as 'customers' };
    expect(ok(addAction(sample(), input, 'new', LATER)).actions.at(-1)?.areaId).toBeNull();
  });

  it.each(['2026-02-30', '2026-2-3', 'mañana'])('sets no due date for %j', (due) => {
    expect(ok(addAction(sample(), { text: 'Algo', due }, 'new', LATER)).actions.at(-1)?.due).toBe(
      '',
    );
  });

  it('opens an action whose status is not one of the three', () => {
    const input = { text: 'Algo', status: 'closed' as unknown as 'done' };
    expect(ok(addAction(sample(), input, 'new', LATER)).actions.at(-1)?.status).toBe('open');
  });

  it.each(['', '   ', '\n\t'])('refuses a blank text (%j)', (text) => {
    expect(addAction(sample(), { text }, 'new', LATER)).toEqual({
      ok: false,
      error: 'textRequired',
    });
  });

  it('caps the text and the owner at 2000 characters', () => {
    const next = ok(
      addAction(sample(), { text: 't'.repeat(5000), owner: 'o'.repeat(2001) }, 'new', LATER),
    );
    expect(next.actions.at(-1)).toMatchObject({ text: 't'.repeat(2000), owner: 'o'.repeat(2000) });
  });

  it(`takes the ${ACTION_LIMIT}th action and refuses the next one`, () => {
    expect(ACTION_LIMIT).toBe(200);
    const almost = workshopWith(many(ACTION_LIMIT - 1));
    expect(ok(addAction(almost, { text: 'Una más' }, 'new', LATER)).actions).toHaveLength(200);
    expect(addAction(workshopWith(many(ACTION_LIMIT)), { text: 'Una más' }, 'new', LATER)).toEqual({
      ok: false,
      error: 'tooManyActions',
    });
  });
});

describe('updateAction', () => {
  it('changes only that action and stamps the change', () => {
    const base = sample();
    const next = updateAction(base, 'b', { status: 'done', owner: 'Pilar' }, LATER);
    expect(next.actions[1]).toEqual(
      action('b', { momentId: 'm1', status: 'done', owner: 'Pilar' }),
    );
    expect(next.actions[0]).toBe(base.actions[0]);
    expect(next.actions[2]).toBe(base.actions[2]);
    expect(next.updatedAt).toBe(STAMP);
    expect(base.actions[1]?.status).toBe('inProgress');
  });

  it('links and unlinks an area and a moment', () => {
    const linked = updateAction(sample(), 'c', { areaId: 'leadership', momentId: 'm2' }, LATER);
    expect(linked.actions[2]).toMatchObject({ areaId: 'leadership', momentId: 'm2' });
    const unlinked = updateAction(linked, 'c', { areaId: null, momentId: null }, LATER);
    expect(unlinked.actions[2]).toMatchObject({ areaId: null, momentId: null });
  });

  it('clears the moment link when the moment is not on the map', () => {
    expect(updateAction(sample(), 'b', { momentId: 'gone' }, LATER).actions[1]?.momentId).toBe(
      null,
    );
  });

  it('clears the area link when the area does not exist', () => {
    const patch = { areaId: 'sales' as unknown as 'customers' };
    expect(updateAction(sample(), 'a', patch, LATER).actions[0]?.areaId).toBeNull();
  });

  it('sets and clears a due date', () => {
    const set = updateAction(sample(), 'a', { due: '2028-02-29' }, LATER);
    expect(set.actions[0]?.due).toBe('2028-02-29');
    expect(updateAction(set, 'a', { due: '' }, LATER).actions[0]?.due).toBe('');
  });

  it.each(['2026-02-30', '2026-2-3', '31/12/2026'])(
    'ignores the invalid due date %j and applies the rest',
    (due) => {
      const next = updateAction(sample(), 'c', { due, owner: 'Luis' }, LATER);
      expect(next.actions[2]).toMatchObject({ due: '2026-04-01', owner: 'Luis' });
    },
  );

  it.each(['', '   ', '\n'])('ignores a blank text (%j) and applies the rest', (text) => {
    const next = updateAction(sample(), 'a', { text, status: 'done' }, LATER);
    expect(next.actions[0]).toMatchObject({ text: 'Action a', status: 'done' });
  });

  it('ignores a text that would be blank once capped at 2000 characters', () => {
    const text = `${' '.repeat(2000)}x`;
    expect(updateAction(sample(), 'a', { text }, LATER).actions[0]?.text).toBe('Action a');
  });

  it('keeps a text as typed, spaces included, while it is not blank', () => {
    expect(updateAction(sample(), 'a', { text: 'Hacer ' }, LATER).actions[0]?.text).toBe('Hacer ');
  });

  it('caps the text and the owner at 2000 characters', () => {
    const next = updateAction(
      sample(),
      'a',
      { text: 't'.repeat(5000), owner: 'o'.repeat(2001) },
      LATER,
    );
    expect(next.actions[0]).toMatchObject({ text: 't'.repeat(2000), owner: 'o'.repeat(2000) });
  });

  it('ignores a status that is not one of the three', () => {
    const patch = { status: 'closed' as unknown as 'done' };
    expect(updateAction(sample(), 'b', patch, LATER).actions[1]?.status).toBe('inProgress');
  });

  it('never changes the id of an action', () => {
    const patch = { id: 'other', text: 'Otra' } as Partial<Action>;
    expect(ids(updateAction(sample(), 'a', patch, LATER).actions)).toEqual(['a', 'b', 'c']);
  });

  it('returns the same workshop for an unknown action', () => {
    const base = sample();
    expect(updateAction(base, 'gone', { text: 'Otra' }, LATER)).toBe(base);
  });
});

describe('moveAction', () => {
  it('moves an action one place up or down and stamps the change', () => {
    const base = sample();
    const down = moveAction(base, 'a', 1, LATER);
    expect(ids(down.actions)).toEqual(['b', 'a', 'c']);
    expect(down.updatedAt).toBe(STAMP);
    expect(ids(moveAction(base, 'c', -1, LATER).actions)).toEqual(['a', 'c', 'b']);
    expect(ids(base.actions)).toEqual(['a', 'b', 'c']);
  });

  it('returns the same workshop at the edges, for no move or for an unknown action', () => {
    const base = sample();
    expect(moveAction(base, 'a', -1, LATER)).toBe(base);
    expect(moveAction(base, 'c', 1, LATER)).toBe(base);
    expect(moveAction(base, 'b', 2, LATER)).toBe(base);
    expect(moveAction(base, 'b', 0, LATER)).toBe(base);
    expect(moveAction(base, 'gone', 1, LATER)).toBe(base);
  });
});

describe('removeAction and restoreAction', () => {
  it('removes an action and says where it was', () => {
    const base = sample();
    const { workshop, removed } = removeAction(base, 'b', LATER);
    expect(ids(workshop.actions)).toEqual(['a', 'c']);
    expect(removed).toEqual({ item: base.actions[1], index: 1 });
    expect(workshop.updatedAt).toBe(STAMP);
    expect(base.actions).toHaveLength(3);
  });

  it('returns the same workshop and nothing removed for an unknown action', () => {
    const base = sample();
    const result = removeAction(base, 'gone', LATER);
    expect(result).toEqual({ workshop: base, removed: null });
    expect(result.workshop).toBe(base);
  });

  it('puts a removed action back at the same place', () => {
    const base = sample();
    const { workshop, removed } = removeAction(base, 'b', LATER);
    if (!removed) throw new Error('nothing removed');
    const restored = restoreAction(workshop, removed, new Date('2026-03-05T10:05:00.000Z'));
    expect(restored.actions).toEqual(base.actions);
    expect(restored.updatedAt).toBe('2026-03-05T10:05:00.000Z');
  });

  it('puts it back at the end when the plan got shorter meanwhile', () => {
    const first = removeAction(sample(), 'c', LATER);
    const second = removeAction(first.workshop, 'b', LATER);
    if (!first.removed) throw new Error('nothing removed');
    expect(ids(restoreAction(second.workshop, first.removed, LATER).actions)).toEqual(['a', 'c']);
  });

  it('clears the link to a moment deleted meanwhile', () => {
    const { workshop, removed } = removeAction(sample(), 'b', LATER);
    if (!removed) throw new Error('nothing removed');
    const withoutM1 = removeMoment(workshop, 'm1', LATER).workshop;
    const restored = restoreAction(withoutM1, removed, LATER);
    expect(restored.actions[1]).toEqual({ ...removed.item, momentId: null });
    expect(removed.item.momentId).toBe('m1');
  });

  it(`refuses to put it back once the plan has filled up (never more than ${ACTION_LIMIT})`, () => {
    const full = workshopWith(many(ACTION_LIMIT));
    const { workshop, removed } = removeAction(full, 'a7', LATER);
    if (!removed) throw new Error('nothing removed');
    const refilled = ok(addAction(workshop, { text: 'Otra' }, 'other', LATER));
    expect(restoreAction(refilled, removed, LATER)).toBe(refilled);
    expect(restoreAction(workshop, removed, LATER).actions).toHaveLength(ACTION_LIMIT);
  });

  it('does nothing when the action is already back', () => {
    const base = sample();
    const { removed } = removeAction(base, 'a', LATER);
    if (!removed) throw new Error('nothing removed');
    expect(restoreAction(base, removed, LATER)).toBe(base);
  });
});

describe('openActionCount', () => {
  it('counts the actions that are open or in progress', () => {
    expect(openActionCount(sample().actions)).toBe(2);
    expect(openActionCount([])).toBe(0);
    expect(openActionCount([action('x', { status: 'done' })])).toBe(0);
  });
});

/** Moments that fall short: m1 most critical, then m2, then m3; m4 is met. */
const critical = deepFreeze(
  criticalMoments([
    makeMoment('m3', { importance: 3, expectation: 3, delivered: 2 }),
    makeMoment('m1', { importance: 5, expectation: 5, delivered: 1 }),
    makeMoment('m4', { importance: 3, expectation: 3, delivered: 4 }),
    makeMoment('m2', { importance: 4, expectation: 4, delivered: 2 }),
  ]),
);

describe('suggestActions (drafts from the recommendations library)', () => {
  // Processes (v2): 1, 3 and 2 rated, a 5, "don't know" and "does not apply"; customers: two 4s.
  const rated = (
    over: Record<string, Workshop['ratings'][string]> = {},
    actions: Action[] = [],
  ): Workshop =>
    deepFreeze<Workshop>({
      ...makeWorkshop('w1'),
      ratings: {
        'processes.customerSide': 1,
        'processes.oneContact': 3,
        'processes.simpleSteps': 2,
        'processes.acknowledgeWithTime': 5,
        'processes.consistent': 'dontKnow',
        'processes.optOut': 'notApplicable',
        'customers.segments': 4,
        'customers.voice': 4,
        ...over,
      },
      actions,
    });

  it('drafts the two lowest-rated statements of each priority area, then each critical moment by rank', () => {
    expect(suggestActions(rated(), ['processes', 'customers'], critical)).toEqual([
      {
        kind: 'statement',
        areaId: 'processes',
        statementId: 'processes.customerSide',
        stage: 'early',
      },
      {
        kind: 'statement',
        areaId: 'processes',
        statementId: 'processes.simpleSteps',
        stage: 'early',
      },
      // Level 3-4: the "middle" next step; a tie kept in bank order.
      {
        kind: 'statement',
        areaId: 'customers',
        statementId: 'customers.segments',
        stage: 'middle',
      },
      { kind: 'statement', areaId: 'customers', statementId: 'customers.voice', stage: 'middle' },
      { kind: 'moment', momentId: 'm1' },
      { kind: 'moment', momentId: 'm2' },
      { kind: 'moment', momentId: 'm3' },
    ]);
  });

  it('skips statements and moments an existing action already addresses, whatever its status', () => {
    const existing = [
      action('x', { statementId: 'processes.customerSide', status: 'done' }),
      action('y', { areaId: 'leadership', momentId: 'm2' }),
    ];
    expect(suggestActions(rated({}, existing), ['processes'], critical)).toEqual([
      {
        kind: 'statement',
        areaId: 'processes',
        statementId: 'processes.simpleSteps',
        stage: 'early',
      },
      {
        kind: 'statement',
        areaId: 'processes',
        statementId: 'processes.oneContact',
        stage: 'middle',
      },
      { kind: 'moment', momentId: 'm1' },
      { kind: 'moment', momentId: 'm3' },
    ]);
  });

  it('drafts nothing for a statement at level 5, and each area and moment once', () => {
    const [first] = critical;
    if (!first) throw new Error('no critical moment');
    const top = rated({ 'customers.segments': 5, 'customers.voice': 5 });
    expect(suggestActions(top, ['customers', 'customers'], [first, first])).toEqual([
      { kind: 'moment', momentId: 'm1' },
    ]);
  });

  it('drafts, in a version-1 workshop, only for the statements the library covers', () => {
    const v1 = {
      ...makeWorkshop('w1'),
      bank: { id: 'momentos-cx', version: 1 },
      // processes.simple is version 1's only; processes.customerSide is asked by both versions.
      ratings: { 'processes.simple': 1, 'processes.customerSide': 2 },
    } as Workshop;
    expect(suggestActions(v1, ['processes'], [])).toEqual([
      {
        kind: 'statement',
        areaId: 'processes',
        statementId: 'processes.customerSide',
        stage: 'early',
      },
    ]);
  });

  it('suggests nothing when there is nothing to address', () => {
    expect(suggestActions(makeWorkshop(), [], [])).toEqual([]);
  });
});

describe("a drafted action becomes the team's own field by field", () => {
  const drafted = () =>
    ok(
      addAction(
        sample(),
        { text: 'Borrador', measure: 'Medida', statementId: 'customers.voice', draftKind: 'early' },
        'd',
        LATER,
      ),
    );

  it('keeps the measure as a draft when only the text is rewritten, and drops the draft when both are', () => {
    const textEdited = updateAction(drafted(), 'd', { text: 'Nuestro texto' }, LATER);
    expect(textEdited.actions.at(-1)?.draft).toEqual({ kind: 'early', text: false, measure: true });
    const both = updateAction(textEdited, 'd', { measure: 'Nuestra medida' }, LATER);
    expect(both.actions.at(-1)).toMatchObject({
      text: 'Nuestro texto',
      measure: 'Nuestra medida',
      draft: null,
    });
  });

  it('leaves the draft alone when other fields change', () => {
    const next = updateAction(drafted(), 'd', { owner: 'Ana', status: 'done' }, LATER);
    expect(next.actions.at(-1)?.draft).toEqual({ kind: 'early', text: true, measure: true });
  });
});

describe('action edits', () => {
  it('never change the workshop they are given', () => {
    // sample() is deeply frozen, so a mutation would also throw; this checks the values too.
    const base = sample();
    const snapshot = structuredClone(base);
    const removed = removeAction(base, 'b', LATER).removed;
    if (!removed) throw new Error('nothing removed');
    ok(addAction(base, { text: 'Nueva', momentId: 'm1', areaId: 'customers' }, 'n', LATER));
    updateAction(base, 'b', { text: 'Otra', momentId: 'm2', due: '2026-05-01' }, LATER);
    moveAction(base, 'b', 1, LATER);
    restoreAction(removeAction(base, 'b', LATER).workshop, removed, LATER);
    openActionCount(base.actions);
    const priorities = deepFreeze(['customers', 'processes'] as const);
    const before = structuredClone(critical);
    suggestActions(base, priorities, critical);
    expect(critical).toEqual(before);
    expect(base).toEqual(snapshot);
  });
});
