// @vitest-environment node
// Issue 11: opening a workshop never destroys what this version cannot read. Odd parts are kept aside
// in `unread` exactly as stored, written back unchanged after an edit, and counted for the team.
import { describe, expect, it } from 'vitest';
import { addAction, removeAction } from '../../src/domain/action-plan';
import { setPromptAnswer, setRating, unreadCount } from '../../src/domain/answers';
import { addCustomerType } from '../../src/domain/customer-type-edits';
import { addMoment, removeMoment } from '../../src/domain/moment-edits';
import { rename, type Workshop } from '../../src/domain/workshop';
import { readWorkshop } from '../../src/persistence/read-workshop';
import { assertWritable, wrapWorkshop } from '../../src/persistence/schema';
import { makeWorkshop } from '../fixtures/workshops';

type Json = Record<string, unknown>;

const T0 = new Date('2026-03-05T09:30:00.000Z');
const T1 = new Date('2026-03-06T10:00:00.000Z');
const T2 = new Date('2026-03-07T11:00:00.000Z');

const ok = <T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> => {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result)}`);
  return result as Extract<T, { ok: true }>;
};

/** A valid v4 workshop with one of everything, built through the domain. */
function validWorkshop(): Workshop {
  let w = makeWorkshop('w-odd', { organisation: 'Acme', team: 'Soporte' }, T0);
  w = setRating(w, 'customers.segments', 4, T0);
  w = setRating(w, 'customers.promise', 'dontKnow', T0);
  w = setPromptAnswer(w, 'customers.profile', 'Vecinos y empresas', T0);
  w = ok(addCustomerType(w, { name: 'Vecinos', kind: 'external' }, 'ct-1', T0)).workshop;
  w = ok(
    addMoment(w, { name: 'Cita', customerTypeIds: ['ct-1'], channel: 'web' }, 'm-1', T0),
  ).workshop;
  w = ok(addAction(w, { text: 'Llamar', momentId: 'm-1', status: 'open' }, 'a-1', T0)).workshop;
  return w;
}

/** The stored record (as JSON from storage) of `workshop`. */
const stored = (workshop: Workshop, now = T0) =>
  JSON.parse(JSON.stringify(wrapWorkshop(workshop, now))) as Json & { data: Json & { meta: Json } };

const LONG_ANSWER = 'ñ'.repeat(25_000);
const FAX_MOMENT = {
  id: 'm-fax',
  name: 'Enviar un fax',
  allCustomers: true,
  customerTypeIds: [],
  channel: 'fax',
  expectation: 3,
  promise: null,
  delivered: 2,
  owner: '',
  note: 'A channel of a newer version',
};
const WEIRD_ACTION = {
  id: 'a-weird',
  text: 'Something',
  areaId: null,
  momentId: null,
  owner: '',
  due: '',
  status: 'weird',
};
const EXTRA_FIELD = { nested: [1, 'two', { three: null }] };

/** The valid record with one odd part of each kind. */
function oddRecord() {
  const raw = stored(validWorkshop());
  const data = raw.data as Json & {
    ratings: Json;
    prompts: Json;
    moments: unknown[];
    actions: unknown[];
    meta: Json;
  };
  data.ratings['customers.voice'] = 7;
  data.ratings['customers.future'] = 3;
  data.prompts['customers.who'] = LONG_ANSWER;
  data.moments.push(structuredClone(FAX_MOMENT));
  data.actions.push(structuredClone(WEIRD_ACTION));
  data.extraTop = structuredClone(EXTRA_FIELD);
  data.meta.extraMeta = 'kept';
  return raw;
}

const EXPECTED_UNREAD = {
  ratings: { 'customers.voice': 7, 'customers.future': 3 },
  prompts: { 'customers.who': LONG_ANSWER },
  moments: [FAX_MOMENT],
  actions: [WEIRD_ACTION],
  fields: { extraTop: EXTRA_FIELD },
  meta: { extraMeta: 'kept' },
};

describe('reading a stored record with parts this version cannot read', () => {
  it('reads the valid parts and keeps each odd part in `unread`, exactly as stored', () => {
    const raw = oddRecord();
    const before = structuredClone(raw);
    const { workshop } = ok(readWorkshop(raw, 'w-odd'));
    const valid = validWorkshop();

    expect(workshop.ratings).toStrictEqual(valid.ratings);
    expect(workshop.prompts).toStrictEqual(valid.prompts);
    expect(workshop.meta).toStrictEqual(valid.meta);
    expect(workshop.customerTypes).toStrictEqual(valid.customerTypes);
    expect(workshop.moments).toStrictEqual(valid.moments);
    expect(workshop.actions).toStrictEqual(valid.actions);
    expect(workshop.unread).toStrictEqual(EXPECTED_UNREAD);
    expect(unreadCount(workshop.unread)).toBe(7);
    expect(() => assertWritable(workshop)).not.toThrow();
    // Reading did not change what it read.
    expect(raw).toStrictEqual(before);
  });

  it('writes the odd parts back unchanged after an edit, and still counts them', () => {
    const first = ok(readWorkshop(oddRecord(), 'w-odd')).workshop;
    let edited = setRating(first, 'customers.segments', 2, T1);
    edited = setPromptAnswer(edited, 'customers.expectations', 'Rapidez', T1);
    edited = rename(edited, 'Acme — renamed', T1) ?? edited;
    expect(() => assertWritable(edited)).not.toThrow();

    const second = ok(readWorkshop(stored(edited, T1), 'w-odd')).workshop;
    expect(second).toStrictEqual(edited);
    expect(second.unread).toStrictEqual(EXPECTED_UNREAD);
    expect(second.ratings['customers.segments']).toBe(2);
    expect(second.prompts['customers.expectations']).toBe('Rapidez');
    expect(second.title).toBe('Acme — renamed');
    expect(unreadCount(second.unread)).toBe(7);

    // And once more: a fixed point, byte for byte.
    const third = ok(readWorkshop(stored(second, T2), 'w-odd')).workshop;
    expect(JSON.stringify(wrapWorkshop(third, T2))).toBe(JSON.stringify(wrapWorkshop(second, T2)));
  });

  it('keeps an answer the team re-gave next to the unreadable old one (nothing silently dropped)', () => {
    const first = ok(readWorkshop(oddRecord(), 'w-odd')).workshop;
    const edited = setRating(first, 'customers.voice', 3, T1);
    const second = ok(readWorkshop(stored(edited, T1), 'w-odd')).workshop;
    expect(second.ratings['customers.voice']).toBe(3);
    expect(second.unread?.ratings).toStrictEqual({ 'customers.voice': 7, 'customers.future': 3 });
  });

  it('keeps an extra field of `bank` (a newer bank may say more about itself)', () => {
    const raw = stored(validWorkshop());
    (raw.data.bank as Json).edition = { name: 'public sector', revision: 2 };
    const { workshop } = ok(readWorkshop(raw, 'w-odd'));
    const written = JSON.stringify(wrapWorkshop(workshop, T1));
    expect(written).toContain('"edition"');
    expect(written).toContain('"public sector"');
  });

  it('counts nothing when everything was read', () => {
    const { workshop } = ok(readWorkshop(stored(validWorkshop())));
    expect(workshop.unread).toBeUndefined();
    expect(unreadCount(workshop.unread)).toBe(0);
  });

  /** The valid record plus a customer type of a newer kind and a fax moment, which go aside. */
  function linkedRecord() {
    // A newer version added a customer kind and a channel; this version keeps those items aside.
    const raw = stored(validWorkshop());
    const data = raw.data as unknown as { customerTypes: Json[]; moments: Json[]; actions: Json[] };
    data.customerTypes.push({
      id: 'ct-partner',
      name: 'Partners',
      kind: 'partner',
      description: '',
      expectations: '',
    });
    (data.moments[0] as { customerTypeIds: string[] }).customerTypeIds.push('ct-partner');
    data.moments.push(structuredClone(FAX_MOMENT));
    (data.actions[0] as { momentId: string }).momentId = 'm-fax';
    return raw;
  }

  /** Read, written back, read again: every moment and action, read or kept aside. */
  function afterWriteBack() {
    const { workshop } = ok(readWorkshop(linkedRecord(), 'w-odd'));
    const back = ok(readWorkshop(stored(workshop, T1), 'w-odd')).workshop;
    return {
      moments: [...back.moments, ...((back.unread?.moments ?? []) as Json[])] as Json[],
      actions: [...back.actions, ...((back.unread?.actions ?? []) as Json[])] as Json[],
    };
  }

  it("keeps a moment's link to a customer type kept aside (a newer kind)", () => {
    const { moments } = afterWriteBack();
    expect(moments.find((m) => m.id === 'm-1')?.customerTypeIds).toStrictEqual([
      'ct-1',
      'ct-partner',
    ]);
  });

  it("keeps an action's link to a moment kept aside (channel fax)", () => {
    const { actions } = afterWriteBack();
    expect(actions.find((a) => a.id === 'a-1')?.momentId).toBe('m-fax');
  });
});

describe('what the domain edits write reads back unchanged', () => {
  it('an action whose moment was removed (undo may bring it back) keeps its link on read', () => {
    const w = validWorkshop();
    const { workshop: removed } = removeMoment(w, 'm-1', T1);
    expect(() => assertWritable(removed)).not.toThrow();
    expect(readWorkshop(stored(removed, T1))).toStrictEqual({ ok: true, workshop: removed });
  });

  it('removing an action leaves a workshop that reads back unchanged', () => {
    const { workshop: removed } = removeAction(validWorkshop(), 'a-1', T1);
    expect(readWorkshop(stored(removed, T1))).toStrictEqual({ ok: true, workshop: removed });
  });

  it('addMoment keeps each customer type once, as updateMoment and the reader do', () => {
    let w = validWorkshop();
    w = ok(addMoment(w, { name: 'Twice', customerTypeIds: ['ct-1', 'ct-1'] }, 'm-2', T1)).workshop;
    expect(w.moments.find((m) => m.id === 'm-2')?.customerTypeIds).toStrictEqual(['ct-1']);
    expect(readWorkshop(stored(w, T1))).toStrictEqual({ ok: true, workshop: w });
  });

  it('addMoment with a customer type listed 101 times still gives a writable workshop', () => {
    const w = ok(
      addMoment(
        validWorkshop(),
        { name: 'Many', customerTypeIds: Array<string>(101).fill('ct-1') },
        'm-2',
        T1,
      ),
    ).workshop;
    expect(() => assertWritable(w)).not.toThrow();
  });
});

describe('the key a record is stored under', () => {
  it('names the workshop when it differs from data.id', () => {
    const raw = stored(validWorkshop());
    const { workshop } = ok(readWorkshop(raw, 'stored-key'));
    expect(workshop.id).toBe('stored-key');
    expect({ ...workshop, id: 'w-odd' }).toStrictEqual(validWorkshop());
  });

  it('names it even when data.id is missing or malformed', () => {
    for (const id of [undefined, 42, '', 'not a valid id!']) {
      const raw = stored(validWorkshop());
      if (id === undefined) delete raw.data.id;
      else raw.data.id = id;
      expect(ok(readWorkshop(raw, 'stored-key')).workshop.id).toBe('stored-key');
    }
  });
});

describe('a record without the shell it cannot do without', () => {
  it.each([
    ['organisation 600 characters long', 'organisation', 'x'.repeat(600), 'meta.organisation'],
    ['a five-digit year', 'date', '20260-01-01', 'meta.date'],
    ['a blank organisation', 'organisation', '   ', 'meta.organisation'],
    ['a day that does not exist', 'date', '2026-02-30', 'meta.date'],
  ])('is refused as invalid, naming the field: %s', (_, field, value, name) => {
    const raw = stored(validWorkshop());
    raw.data.meta[field] = value;
    const result = readWorkshop(raw, 'w-odd');
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
    if (result.ok) return;
    expect(result.problems[0]?.field).toBe(name);
  });

  it('says how long the organisation may be', () => {
    const raw = stored(validWorkshop());
    raw.data.meta.organisation = 'x'.repeat(600);
    const result = readWorkshop(raw);
    expect(result).toStrictEqual({
      ok: false,
      reason: 'invalid',
      problems: [{ field: 'meta.organisation', kind: 'tooLong', limit: 500 }],
    });
  });
});

describe('a record of a newer schema', () => {
  it('is refused as newer (schemaVersion 999)', () => {
    const raw = stored(validWorkshop());
    raw.schemaVersion = 999;
    expect(readWorkshop(raw, 'w-odd')).toMatchObject({ ok: false, reason: 'newer' });
  });

  it('is refused as newer even when its data looks nothing like today’s', () => {
    const raw = { ...stored(validWorkshop()), schemaVersion: 999, data: { whatever: true } };
    expect(readWorkshop(raw, 'w-odd')).toMatchObject({ ok: false, reason: 'newer' });
  });
});
