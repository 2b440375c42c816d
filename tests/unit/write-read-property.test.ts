// @vitest-environment node
// Issue 11, "never lose a workshop": whatever the domain's own edits can produce is writable, and
// reads back exactly as written (as JSON, and through IndexedDB), with its texts in NFC.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { ACTION_STATUSES } from '../../src/domain/actions';
import {
  addAction,
  moveAction,
  removeAction,
  restoreAction,
  updateAction,
} from '../../src/domain/action-plan';
import { setComment, setPromptAnswer, setRating } from '../../src/domain/answers';
import {
  addCustomerType,
  moveCustomerType,
  removeCustomerType,
  updateCustomerType,
} from '../../src/domain/customer-type-edits';
import {
  addMoment,
  duplicateMoment,
  moveMoment,
  removeMoment,
  restoreMoment,
  updateMoment,
} from '../../src/domain/moment-edits';
import { cleanText, isCalendarDate, LIMITS } from '../../src/domain/limits';
import { CHANNELS, SCORES } from '../../src/domain/moments';
import { CUSTOMER_KINDS } from '../../src/domain/customer-types';
import { DRAFT_KINDS } from '../../src/domain/actions';
import {
  ALL_STATEMENT_IDS,
  AREA_IDS,
  AREAS,
  DONT_KNOW,
  LEVELS,
  NOT_APPLICABLE,
  type Rating,
} from '../../src/domain/question-bank';
import {
  createWorkshop,
  duplicateWorkshop,
  rename,
  type Workshop,
} from '../../src/domain/workshop';
import { readWorkshop } from '../../src/persistence/read-workshop';
import { IdbRepository } from '../../src/persistence/repository';
import { assertWritable, wrapWorkshop } from '../../src/persistence/schema';

// Every version's statements: a version-1 workshop's answers go through the same writes.
const STATEMENT_IDS = [...ALL_STATEMENT_IDS];
const PROMPT_IDS = AREAS.flatMap((a) => a.prompts.map((p) => p.id));
const SAVED_AT = new Date('2026-12-01T08:00:00.000Z');

// Texts ----------------------------------------------------------------------------------------

/** Bits that trip text handling: decomposed accents (as macOS pastes them), emoji, markup, blanks. */
const PIECES = [
  'a',
  'Cafe\u0301',
  'e\u0301',
  'n\u0303',
  'A\u030a',
  '\u1100\u1161\u11a8',
  'é',
  'ß',
  '😀',
  '👩‍👩‍👧',
  '🇪🇸',
  '\ud83d',
  ' ',
  '  ',
  '\n',
  '\t',
  ',',
  ';',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '¿Qué…?',
  '\u0301',
  '\u00a0',
  '\ufeff',
] as const;

const piece = fc.constantFrom(...PIECES);

const shortText = fc.oneof(
  fc.array(piece, { maxLength: 8 }).map((parts) => parts.join('')),
  fc.string({ maxLength: 12, unit: 'grapheme' }),
  fc.string({ maxLength: 8, unit: 'binary' }),
);

/**
 * A text whose length (in UTF-16 units, before NFC) is at `max` -1, exactly, +1, a little more or far
 * beyond, made of one repeated unit (which may be split there) and ending with any piece.
 */
const limitText = (max: number) =>
  fc
    .record({
      length: fc.constantFrom(max - 1, max, max + 1, max + 2, max * 2 + 3),
      unit: fc.constantFrom('x', 'é', 'e\u0301', '😀', '👩‍👩‍👧', ' ', 'Cafe\u0301 '),
      head: fc.constantFrom('', ' ', 'Z'),
      tail: piece,
    })
    .map(({ length, unit, head, tail }) => {
      const body = unit.repeat(Math.ceil(length / unit.length) + 1);
      return (head + body).slice(0, Math.max(0, length - tail.length)) + tail;
    });

const textUpTo = (max: number) => fc.oneof({ weight: 3, arbitrary: shortText }, limitText(max));

const dateInput = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom('', ' ', '2028-02-29', ' 2026-03-05 ', '2026-02-30', '20260-01-01', '2026-1-1'),
  fc
    .date({
      min: new Date('1900-01-01T00:00:00Z'),
      max: new Date('2999-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10)),
);

const participantsInput = fc.oneof(
  shortText,
  fc.array(textUpTo(LIMITS.name), { maxLength: 6 }).map((names) => names.join('\n')),
  // Past the number of participants: 499, 500, 501 or 650 names.
  fc
    .record({
      count: fc.constantFrom(LIMITS.participants - 1, LIMITS.participants, 501, 650),
      name: fc.constantFrom('Ana', 'Jose\u0301', '😀', ' x '),
      separator: fc.constantFrom(',', '\n', ';', ', '),
    })
    .map(({ count, name, separator }) =>
      Array.from({ length: count }, (_, i) => `${name}${i}`).join(separator),
    ),
);

const creation = fc.record({
  organisation: textUpTo(LIMITS.name),
  team: fc.option(textUpTo(LIMITS.name), { nil: undefined }),
  facilitator: fc.option(textUpTo(LIMITS.name), { nil: undefined }),
  participants: fc.option(participantsInput, { nil: undefined }),
  date: dateInput,
});

// Edits ----------------------------------------------------------------------------------------

const index = fc.nat({ max: 400 });
const score = fc.constantFrom(null, ...SCORES);

type Edit =
  | { k: 'rating'; id: string; rating: Rating | null }
  | { k: 'prompt'; id: string; text: string }
  | { k: 'comment'; id: string; text: string }
  | { k: 'rename'; title: string }
  | { k: 'duplicate'; title: string }
  | { k: 'addTypes'; count: number; name: string; description: string; expectations: string }
  | { k: 'updateType'; at: number; patch: Record<string, string> }
  | { k: 'moveType'; at: number; delta: number }
  | { k: 'removeType'; at: number; to: number | 'all' | 'delete' }
  | {
      k: 'addMoments';
      count: number;
      name: string;
      owner: string;
      note: string;
      types: number[];
      allCustomers: boolean;
      channel: (typeof CHANNELS)[number];
      scores: (1 | 2 | 3 | 4 | 5 | null)[];
    }
  | { k: 'updateMoment'; at: number; patch: Record<string, unknown>; types: number[] }
  | { k: 'duplicateMoment'; at: number; name: string }
  | { k: 'moveMoment'; at: number; delta: number }
  | { k: 'removeMoment'; at: number; restore: boolean }
  | {
      k: 'addActions';
      count: number;
      text: string;
      owner: string;
      due: string;
      area: string | null;
      moment: number | null;
      statement: string | null;
      measure: string | undefined;
      draft: string | undefined;
      status: string;
    }
  | { k: 'updateAction'; at: number; patch: Record<string, unknown> }
  | { k: 'moveAction'; at: number; delta: number }
  | { k: 'removeAction'; at: number; restore: boolean };

/** How many items one edit adds: usually one, sometimes enough to reach and pass the cap. */
const count = (max: number) =>
  fc.oneof({ weight: 6, arbitrary: fc.constant(1) }, fc.constantFrom(3, max - 1, max, max + 1));

const dueInput = fc.constantFrom('', ' ', '2027-01-31', '2026-02-30', 'mañana', ' 2028-02-29 ');

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    k: fc.constant('rating' as const),
    id: fc.constantFrom(...STATEMENT_IDS),
    rating: fc.constantFrom<Rating | null>(null, DONT_KNOW, NOT_APPLICABLE, ...LEVELS),
  }),
  fc.record({
    k: fc.constant('comment' as const),
    id: fc.constantFrom(...STATEMENT_IDS),
    text: textUpTo(LIMITS.comment + 1),
  }),
  fc.record({
    k: fc.constant('prompt' as const),
    id: fc.constantFrom(...PROMPT_IDS),
    text: textUpTo(LIMITS.answer),
  }),
  fc.record({ k: fc.constant('rename' as const), title: textUpTo(LIMITS.title) }),
  fc.record({
    k: fc.constant('duplicate' as const),
    title: textUpTo(LIMITS.title).filter((t) => cleanText(t, LIMITS.title).trim() !== ''),
  }),
  fc.record({
    k: fc.constant('addTypes' as const),
    count: count(LIMITS.customerTypes),
    name: textUpTo(LIMITS.text),
    description: textUpTo(LIMITS.text),
    expectations: textUpTo(LIMITS.text),
  }),
  fc.record({
    k: fc.constant('updateType' as const),
    at: index,
    patch: fc.record(
      {
        name: textUpTo(LIMITS.text),
        description: textUpTo(LIMITS.text),
        expectations: textUpTo(LIMITS.text),
        kind: fc.constantFrom(...CUSTOMER_KINDS),
      },
      { requiredKeys: [] },
    ),
  }),
  fc.record({ k: fc.constant('moveType' as const), at: index, delta: fc.constantFrom(-1, 1) }),
  fc.record({
    k: fc.constant('removeType' as const),
    at: index,
    to: fc.oneof(index, fc.constantFrom('all' as const, 'delete' as const)),
  }),
  fc.record({
    k: fc.constant('addMoments' as const),
    count: count(LIMITS.moments),
    name: textUpTo(LIMITS.text),
    owner: textUpTo(LIMITS.text),
    note: textUpTo(LIMITS.text),
    types: fc.uniqueArray(index, { maxLength: 4 }),
    allCustomers: fc.boolean(),
    channel: fc.constantFrom(...CHANNELS),
    scores: fc.tuple(score, score, score, score),
  }),
  fc.record({
    k: fc.constant('updateMoment' as const),
    at: index,
    types: fc.array(index, { maxLength: 4 }),
    patch: fc.record(
      {
        name: textUpTo(LIMITS.text),
        owner: textUpTo(LIMITS.text),
        note: textUpTo(LIMITS.text),
        allCustomers: fc.boolean(),
        channel: fc.constantFrom(...CHANNELS),
        importance: score,
        expectation: score,
        promise: score,
        delivered: score,
      },
      { requiredKeys: [] },
    ),
  }),
  fc.record({
    k: fc.constant('duplicateMoment' as const),
    at: index,
    name: textUpTo(LIMITS.text),
  }),
  fc.record({ k: fc.constant('moveMoment' as const), at: index, delta: fc.constantFrom(-1, 1) }),
  fc.record({ k: fc.constant('removeMoment' as const), at: index, restore: fc.boolean() }),
  fc.record({
    k: fc.constant('addActions' as const),
    count: count(LIMITS.actions),
    text: textUpTo(LIMITS.text),
    owner: textUpTo(LIMITS.text),
    due: dueInput,
    area: fc.constantFrom(null, 'nowhere', ...AREA_IDS),
    moment: fc.option(index, { nil: null }),
    statement: fc.constantFrom(null, 'customers.nope', ...STATEMENT_IDS),
    measure: fc.option(textUpTo(LIMITS.text), { nil: undefined }),
    draft: fc.constantFrom(undefined, 'weird', ...DRAFT_KINDS),
    status: fc.constantFrom('weird', ...ACTION_STATUSES),
  }),
  fc.record({
    k: fc.constant('updateAction' as const),
    at: index,
    patch: fc.record(
      {
        text: textUpTo(LIMITS.text),
        owner: textUpTo(LIMITS.text),
        due: dueInput,
        areaId: fc.constantFrom(null, 'nowhere', ...AREA_IDS),
        momentId: fc.constantFrom(null, 'gone', 'm-0-0'),
        statementId: fc.constantFrom(null, 'gone', ...STATEMENT_IDS),
        measure: textUpTo(LIMITS.text),
        status: fc.constantFrom('weird', ...ACTION_STATUSES),
      },
      { requiredKeys: [] },
    ),
  }),
  fc.record({ k: fc.constant('moveAction' as const), at: index, delta: fc.constantFrom(-1, 1) }),
  fc.record({ k: fc.constant('removeAction' as const), at: index, restore: fc.boolean() }),
);

const pickAt = <T>(items: readonly T[], at: number): T | undefined =>
  items.length === 0 ? undefined : items[at % items.length];

/** Applies one edit the way the app does (ids are fresh and unique, as state/ids.ts makes them). */
function apply(workshop: Workshop, e: Edit, step: number, now: Date): Workshop {
  let w = workshop;
  const id = (kind: string, n = 0) => `${kind}-${step}-${n}`;
  switch (e.k) {
    case 'rating':
      return setRating(w, e.id, e.rating, now);
    case 'prompt':
      return setPromptAnswer(w, e.id, e.text, now);
    case 'comment':
      return setComment(w, e.id, e.text, now);
    case 'rename':
      return rename(w, e.title, now) ?? w;
    case 'duplicate':
      return duplicateWorkshop(w, id('copy'), e.title, now);
    case 'addTypes':
      for (let n = 0; n < e.count; n++) {
        const r = addCustomerType(
          w,
          {
            name: n === 0 ? e.name : `${e.name}${n}`,
            kind: CUSTOMER_KINDS[n % 2] ?? 'external',
            description: e.description,
            expectations: e.expectations,
          },
          id('t', n),
          now,
        );
        if (!r.ok) break;
        w = r.workshop;
      }
      return w;
    case 'updateType': {
      const type = pickAt(w.customerTypes, e.at);
      return type ? updateCustomerType(w, type.id, e.patch, now) : w;
    }
    case 'moveType': {
      const type = pickAt(w.customerTypes, e.at);
      return type ? moveCustomerType(w, type.id, e.delta, now) : w;
    }
    case 'removeType': {
      const type = pickAt(w.customerTypes, e.at);
      if (!type) return w;
      const to = typeof e.to === 'number' ? (pickAt(w.customerTypes, e.to)?.id ?? 'all') : e.to;
      return removeCustomerType(
        w,
        type.id,
        to === 'delete' ? { kind: 'delete' } : { kind: 'reassign', to },
        now,
      );
    }
    case 'addMoments': {
      const types = e.types.flatMap((at) => {
        const type = pickAt(w.customerTypes, at);
        return type ? [type.id] : [];
      });
      for (let n = 0; n < e.count; n++) {
        const r = addMoment(
          w,
          {
            name: n === 0 ? e.name : `${e.name}${n}`,
            allCustomers: e.allCustomers,
            customerTypeIds: [...new Set(types)],
            channel: e.channel,
            importance: e.scores[3],
            expectation: e.scores[0],
            promise: e.scores[1],
            delivered: e.scores[2],
            owner: e.owner,
            note: e.note,
          },
          id('m', n),
          now,
        );
        if (!r.ok) break;
        w = r.workshop;
      }
      return w;
    }
    case 'updateMoment': {
      const moment = pickAt(w.moments, e.at);
      if (!moment) return w;
      const types = e.types.flatMap((at) => {
        const type = pickAt(w.customerTypes, at);
        return type ? [type.id] : ['no-such-type'];
      });
      return updateMoment(w, moment.id, { ...e.patch, customerTypeIds: types }, now);
    }
    case 'duplicateMoment': {
      const moment = pickAt(w.moments, e.at);
      if (!moment) return w;
      const r = duplicateMoment(w, moment.id, id('dm'), e.name, now);
      return r.ok ? r.workshop : w;
    }
    case 'moveMoment': {
      const moment = pickAt(w.moments, e.at);
      return moment ? moveMoment(w, moment.id, e.delta, now) : w;
    }
    case 'removeMoment': {
      const moment = pickAt(w.moments, e.at);
      if (!moment) return w;
      const { workshop: next, removed } = removeMoment(w, moment.id, now);
      return e.restore && removed ? restoreMoment(next, removed, now) : next;
    }
    case 'addActions': {
      const momentId = e.moment === null ? null : (pickAt(w.moments, e.moment)?.id ?? 'gone');
      for (let n = 0; n < e.count; n++) {
        const r = addAction(
          w,
          {
            text: n === 0 ? e.text : `${e.text}${n}`,
            areaId: e.area as never,
            momentId,
            statementId: e.statement,
            measure: e.measure,
            draftKind: e.draft as never,
            owner: e.owner,
            due: e.due,
            status: e.status as never,
          },
          id('a', n),
          now,
        );
        if (!r.ok) break;
        w = r.workshop;
      }
      return w;
    }
    case 'updateAction': {
      const action = pickAt(w.actions, e.at);
      return action ? updateAction(w, action.id, e.patch, now) : w;
    }
    case 'moveAction': {
      const action = pickAt(w.actions, e.at);
      return action ? moveAction(w, action.id, e.delta, now) : w;
    }
    case 'removeAction': {
      const action = pickAt(w.actions, e.at);
      if (!action) return w;
      const { workshop: next, removed } = removeAction(w, action.id, now);
      return e.restore && removed ? restoreAction(next, removed, now) : next;
    }
  }
}

interface Built {
  workshop: Workshop | null;
  /** Why createWorkshop refused, checked against its inputs. */
  refused?: 'organisationRequired' | 'dateInvalid';
}

const scenario = fc.record({
  input: creation,
  id: fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/),
  start: fc.date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2099-12-31T00:00:00Z'),
    noInvalidDate: true,
  }),
  edits: fc.array(edit, { maxLength: 16 }),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function build({ input, id, start, edits }: Scenario): Built {
  const created = createWorkshop(input, id, start);
  if (!created.ok) {
    // Refusals are only for what the inputs deserve.
    const organisation = cleanText(input.organisation.trim(), LIMITS.name).trim();
    if (created.error === 'organisationRequired') expect(organisation).toBe('');
    else expect(isCalendarDate(input.date?.trim() ?? '')).toBe(false);
    return { workshop: null, refused: created.error };
  }
  let w = created.workshop;
  edits.forEach((e, step) => {
    w = apply(w, e, step, new Date(start.getTime() + (step + 1) * 1000));
  });
  return { workshop: w };
}

/** Every string in a value (keys included), with the path it was found at. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, `${path}.${i}`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => [
      [`${path}.<key>`, key] as [string, string],
      ...strings(item, `${path}.${key}`),
    ]);
  return [];
}

function readBack(workshop: Workshop) {
  const stored = JSON.parse(JSON.stringify(wrapWorkshop(workshop, SAVED_AT))) as unknown;
  return readWorkshop(stored);
}

/**
 * Found by this property (kept as an example, so that it is always tried): an action linked to a
 * moment that is then removed (removeMoment keeps the link so that undo can restore it).
 */
const ACTION_OF_REMOVED_MOMENT: Scenario = {
  input: {
    organisation: 'Acme',
    team: undefined,
    facilitator: undefined,
    participants: undefined,
    date: undefined,
  },
  id: 'w',
  start: new Date('2000-01-01T00:00:00.000Z'),
  edits: [
    {
      k: 'addMoments',
      count: 1,
      name: 'Cita',
      owner: '',
      note: '',
      types: [],
      allCustomers: false,
      channel: 'inPerson',
      scores: [null, null, null, null],
    },
    {
      k: 'addActions',
      count: 1,
      text: 'Llamar',
      owner: '',
      due: '',
      area: null,
      moment: 0,
      statement: null,
      measure: undefined,
      draft: undefined,
      status: 'open',
    },
    { k: 'removeMoment', at: 0, restore: false },
  ],
};

// Properties -----------------------------------------------------------------------------------

describe('a workshop made with the domain edits', () => {
  it('is writable and reads back exactly as written, its texts in NFC', () => {
    let built = 0;
    fc.assert(
      fc.property(scenario, (s) => {
        const { workshop } = build(s);
        if (!workshop) return;
        built++;
        expect(() => assertWritable(workshop)).not.toThrow();
        const result = readBack(workshop);
        expect(result).toEqual({ ok: true, workshop });
        if (!result.ok) return;
        expect(result.workshop).toStrictEqual(workshop);
        for (const [path, text] of strings(result.workshop))
          expect(text.normalize('NFC'), `not NFC at ${path}`).toBe(text);
      }),
      { numRuns: 200, examples: [[ACTION_OF_REMOVED_MOMENT]] },
    );
    // The property must really have exercised written workshops, not only refusals.
    expect(built).toBeGreaterThan(100);
  });

  it('caps every text and count at the limits, never refusing a write for it', () => {
    // Counts and lengths at and past every cap, in one workshop.
    const start = new Date('2026-03-05T09:30:00.000Z');
    const long = (n: number) => 'é'.normalize('NFD').repeat(n);
    const created = createWorkshop(
      {
        organisation: 'x'.repeat(LIMITS.name - 1) + '😀',
        team: long(LIMITS.name + 1),
        facilitator: '😀'.repeat(LIMITS.name),
        participants: Array.from({ length: 600 }, (_, i) => `P${i}${'x'.repeat(600)}`).join(','),
        date: '2028-02-29',
      },
      'caps',
      start,
    );
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const edits: Edit[] = [
      { k: 'prompt', id: 'customers.who', text: 'a'.repeat(LIMITS.answer - 1) + '😀' },
      { k: 'prompt', id: 'customers.profile', text: long(LIMITS.answer + 5) },
      { k: 'rename', title: ' '.repeat(3) + '😀'.repeat(LIMITS.title) },
      {
        k: 'addTypes',
        count: LIMITS.customerTypes + 3,
        name: long(3000),
        description: 'd'.repeat(LIMITS.text + 1),
        expectations: '😀'.repeat(LIMITS.text),
      },
      {
        k: 'addMoments',
        count: LIMITS.moments + 3,
        name: 'M'.repeat(LIMITS.text + 10),
        owner: long(LIMITS.text),
        note: 'n'.repeat(5000),
        types: [0, 1, 2],
        allCustomers: false,
        channel: 'web',
        scores: [5, 1, null, 4],
      },
      {
        k: 'addActions',
        count: LIMITS.actions + 3,
        text: 'A'.repeat(LIMITS.text * 2),
        owner: 'o'.repeat(LIMITS.text + 1),
        due: '2027-01-31',
        area: 'customers',
        moment: 0,
        statement: 'customers.voice',
        measure: 'm'.repeat(LIMITS.text + 1),
        draft: 'early',
        status: 'inProgress',
      },
      { k: 'updateType', at: 0, patch: { name: ' '.repeat(LIMITS.text) + 'x' } },
      { k: 'updateMoment', at: 0, patch: { note: long(LIMITS.text * 2) }, types: [0, 0, 0] },
      { k: 'updateAction', at: 0, patch: { text: '😀'.repeat(LIMITS.text) } },
      { k: 'duplicateMoment', at: 0, name: 'copy' },
    ];
    let w = created.workshop;
    edits.forEach((e, step) => {
      w = apply(w, e, step, start);
    });
    expect(w.meta.participants).toHaveLength(LIMITS.participants);
    expect(w.customerTypes).toHaveLength(LIMITS.customerTypes);
    expect(w.moments).toHaveLength(LIMITS.moments);
    expect(w.actions).toHaveLength(LIMITS.actions);
    expect(w.prompts['customers.who']).toHaveLength(LIMITS.answer - 1);
    expect(w.prompts['customers.profile']).toBe('é'.repeat(LIMITS.answer));
    expect(w.title).toBe('😀'.repeat(LIMITS.title / 2));
    expect(w.meta.organisation).toBe('x'.repeat(LIMITS.name - 1));
    expect(w.meta.team).toBe('é'.repeat(LIMITS.name));
    expect(() => assertWritable(w)).not.toThrow();
    expect(readBack(w)).toEqual({ ok: true, workshop: w });
  });

  it('is written to IndexedDB and loaded back equal (save, then load and list)', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        const { workshop } = build(s);
        if (!workshop) return;
        globalThis.indexedDB = new IDBFactory();
        const repository = new IdbRepository({ now: () => SAVED_AT });
        await repository.save(workshop);
        expect(await repository.load(workshop.id)).toStrictEqual({ ok: true, workshop });
        expect(await repository.list()).toStrictEqual({ workshops: [workshop], unreadable: [] });
      }),
      { numRuns: 15 },
    );
  });
});
