// @vitest-environment node
// Issue 11: the readers never throw, never hand out data the writer would refuse, never change their
// input, and reading (in IndexedDB too) never changes what is stored.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { IDBFactory } from 'fake-indexeddb';
import { createStore, entries, set } from 'idb-keyval';
import { afterEach, describe, expect, it } from 'vitest';
import { addAction } from '../../src/domain/action-plan';
import { setPromptAnswer, setRating } from '../../src/domain/answers';
import { addCustomerType } from '../../src/domain/customer-type-edits';
import { addMoment } from '../../src/domain/moment-edits';
import type { Workshop } from '../../src/domain/workshop';
import { makeBackup, readBackupText } from '../../src/persistence/backup';
import { readWorkshop, readWorkshopData } from '../../src/persistence/read-workshop';
import { DATABASE_NAME, IdbRepository, STORE_NAME } from '../../src/persistence/repository';
import { assertWritable, wrapWorkshop } from '../../src/persistence/schema';
import { makeWorkshop } from '../fixtures/workshops';

type Json = Record<string, unknown>;

const T0 = new Date('2026-03-05T09:30:00.000Z');
const NOW = new Date('2026-12-01T10:00:00.000Z');

function must<T extends { ok: boolean; workshop?: unknown }>(result: T): Workshop {
  if (!result.ok) throw new Error(`expected ok: ${JSON.stringify(result)}`);
  return result.workshop as Workshop;
}

function fullWorkshop(id: string): Workshop {
  let w = makeWorkshop(id, { organisation: 'Café Ñandú', participants: 'Ana\nLuis' }, T0);
  w = setRating(w, 'customers.segments', 4, T0);
  w = setRating(w, 'moments.owner', 'dontKnow', T0);
  w = setPromptAnswer(w, 'customers.who', 'Vecinos 😀', T0);
  w = must(addCustomerType(w, { name: 'Vecinos', kind: 'external' }, 'ct-1', T0));
  w = must(addCustomerType(w, { name: 'Oficinas', kind: 'internal' }, 'ct-2', T0));
  w = must(addMoment(w, { name: 'Cita', customerTypeIds: ['ct-1', 'ct-2'] }, 'm-1', T0));
  w = must(addMoment(w, { name: 'Llamada', allCustomers: true, channel: 'phone' }, 'm-2', T0));
  w = must(addAction(w, { text: 'Llamar', momentId: 'm-1', due: '2027-01-31' }, 'a-1', T0));
  return w;
}

const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** A stored record that was read once with parts this version cannot read. */
function oddEnvelope(): Json {
  const raw = json(wrapWorkshop(fullWorkshop('w-odd'), T0)) as unknown as Json & { data: Json };
  const data = raw.data as Json & { ratings: Json; moments: Json[]; meta: Json };
  data.ratings['customers.voice'] = 7;
  data.moments.push({ ...(data.moments[0] as Json), id: 'm-fax', channel: 'fax' });
  data.meta.newer = [1, { two: 2 }];
  data.unread = { fields: { older: true }, ratings: { 'customers.old': 'x' } };
  return raw;
}

const fixture = (version: number) =>
  JSON.parse(
    readFileSync(new URL(`../fixtures/workshop-v${version}.json`, import.meta.url), 'utf8'),
  ) as Json;

/** Valid stored records to mutate: today's, one with odd parts, and older schemas. */
const BASES: Json[] = [
  json(wrapWorkshop(fullWorkshop('w-1'), T0)) as unknown as Json,
  oddEnvelope(),
  fixture(1),
  fixture(3),
];

/** A valid backup file's JSON to mutate. */
const BACKUP_BASE = JSON.parse(
  makeBackup([fullWorkshop('w-1'), fullWorkshop('w-2')], NOW).text,
) as Json;

// Mutations ------------------------------------------------------------------------------------

const KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'polluted',
  'app',
  'kind',
  'schemaVersion',
  'data',
  'workshops',
  'id',
  'title',
  'meta',
  'organisation',
  'date',
  'ratings',
  'prompts',
  'comments',
  'customers.voice',
  'customers.who',
  'moments',
  'actions',
  'customerTypes',
  'customerTypeIds',
  'momentId',
  'channel',
  'unread',
  'fields',
] as const;

const key = fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 6 }));

const jsonValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(7, 0, -1, 1.5, '', ' ', 'x'.repeat(20_001), 'dontKnow', null, [], {}),
  fc.constantFrom('2026-02-30', '20260-01-01', 'fax', 'weird', 'w-1', 'm-1', 'ct-1'),
);

interface Mutation {
  kind: 'drop' | 'set' | 'add';
  at: number;
  key: string;
  value: unknown;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('drop' as const, 'set' as const, 'add' as const),
  at: fc.nat(),
  key,
  value: jsonValue,
});

/** Sets an own property, even one called "__proto__". */
function define(bag: Json, name: string, value: unknown) {
  Object.defineProperty(bag, name, { value, enumerable: true, writable: true, configurable: true });
}

function containers(value: unknown, out: (Json | unknown[])[] = []): (Json | unknown[])[] {
  if (value === null || typeof value !== 'object') return out;
  out.push(value as Json | unknown[]);
  for (const child of Object.values(value)) containers(child, out);
  return out;
}

/** Applies mutations to a copy: drop a key or item, change one to another value, add one. */
function mutate(base: unknown, mutations: readonly Mutation[]): unknown {
  const root = structuredClone(base);
  for (const m of mutations) {
    const all = containers(root);
    const target = all[m.at % all.length];
    if (!target) continue;
    const value = structuredClone(m.value);
    if (Array.isArray(target)) {
      const i = target.length === 0 ? 0 : (m.at >> 3) % target.length;
      if (m.kind === 'drop') target.splice(i, 1);
      else if (m.kind === 'set' && target.length > 0) target[i] = value;
      else target.push(value);
      continue;
    }
    const keys = Object.keys(target);
    const existing = keys[(m.at >> 3) % Math.max(keys.length, 1)];
    if (m.kind === 'drop' && existing !== undefined) delete target[existing];
    else if (m.kind === 'set' && existing !== undefined) define(target, existing, value);
    else define(target, m.key, value);
  }
  return root;
}

const mutatedRecord = fc
  .tuple(fc.nat({ max: BASES.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([i, ms]) => mutate(BASES[i], ms));

const mutatedBackup = fc
  .array(mutation, { minLength: 1, maxLength: 4 })
  .map((ms) => mutate(BACKUP_BASE, ms));

const anything = fc.anything({
  key,
  maxDepth: 3,
  maxKeys: 6,
  withNullPrototype: true,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withSparseArray: true,
  withBoxedValues: true,
});

/** Anything IndexedDB can hold (no sparse arrays, whose holes it would not keep as they are). */
const storable = fc.anything({
  key,
  maxDepth: 3,
  maxKeys: 6,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
});

const storedKey = fc.oneof(
  fc.constantFrom('w-1', 'w-odd', '3f9c2a7b1d04e8a65c7f0b12', '__proto__', 'constructor', ''),
  fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/),
  fc.string({ maxLength: 8 }),
  fc.integer(),
);

// Checks ---------------------------------------------------------------------------------------

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).sort();

afterEach(() => {
  delete (Object.prototype as Json).polluted;
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toStrictEqual(PROTOTYPE_NAMES);
});

/** Runs `read` on `input`; checks it did not throw, did not change its input, pollutes nothing. */
function readSafely<R>(input: unknown, read: (input: unknown) => R): R {
  const copy = structuredClone(input);
  const exact = fc.stringify(input);
  let result: R | undefined;
  expect(() => (result = read(input))).not.toThrow();
  expect(fc.stringify(input)).toBe(exact);
  expect(input).toEqual(copy);
  expect(({} as Json).polluted).toBeUndefined();
  return result as R;
}

/** A read workshop must be writable, and written back and read again it must be the same. */
function expectSound(workshop: Workshop, key?: string) {
  expect(() => assertWritable(workshop)).not.toThrow();
  const again = readWorkshop(json(wrapWorkshop(workshop, NOW)), key);
  expect(again.ok).toBe(true);
  if (!again.ok) return;
  // Compared as parsed JSON, without order: what a second read gives is what the first one gave.
  expect(json(again.workshop)).toEqual(json(workshop));
}

const isPlain = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** JSON with sorted keys: equal for equal data, whatever the order of keys. */
function canon(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    isPlain(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, v[k]]),
        )
      : v,
  );
}

/** Whether `bag` holds `value` under `key` (or `key#n`, when that key was taken already). */
const keptIn = (bag: Json | undefined, key: string, value: unknown) =>
  Object.keys(bag ?? {}).some(
    (k) => (k === key || k.startsWith(`${key}#`)) && canon(bag?.[k]) === canon(value),
  );

/** Whether `value` appears anywhere inside `hay` (itself included). */
function somewhere(hay: unknown, value: unknown): boolean {
  if (canon(hay) === canon(value)) return true;
  return (
    hay !== null && typeof hay === 'object' && Object.values(hay).some((v) => somewhere(v, value))
  );
}

const KNOWN = [
  'id',
  'title',
  'createdAt',
  'updatedAt',
  'meta',
  'bank',
  'ratings',
  'prompts',
  'comments',
];
const LISTS = ['customerTypes', 'moments', 'actions'] as const;
const META = ['organisation', 'team', 'date', 'facilitator', 'participants'];

/** Ids of the items of a list in stored data, whatever shape the items have. */
const idsIn = (data: Json, name: string) =>
  new Set(
    (Array.isArray(data[name]) ? (data[name] as unknown[]) : []).map((item) =>
      isPlain(item) ? item.id : undefined,
    ),
  );

/**
 * The item with its pointers to items that exist nowhere in the record dropped: a cleanup the reader
 * may do. (A pointer to an item kept aside is not dangling; the targeted tests cover that case.)
 */
function withoutDangling(data: Json, name: string, item: unknown): unknown {
  if (!isPlain(item)) return item;
  if (name === 'moments' && Array.isArray(item.customerTypeIds)) {
    const types = idsIn(data, 'customerTypes');
    const ids =
      item.allCustomers === true ? [] : item.customerTypeIds.filter((id) => types.has(id));
    return { ...item, customerTypeIds: [...new Set(ids)] };
  }
  if (name === 'actions' && typeof item.momentId === 'string')
    return idsIn(data, 'moments').has(item.momentId) ? item : { ...item, momentId: null };
  return item;
}

/**
 * Nothing the stored data of today's schema holds is dropped by reading it: each part is read as it
 * was, or kept aside in `unread` as it was.
 */
function expectConserved(data: unknown, w: Workshop) {
  if (!isPlain(data)) return;
  const unread = (w.unread ?? {}) as Record<string, unknown>;
  const lost: string[] = [];
  const check = (ok: boolean, what: string) => void (ok || lost.push(what));
  for (const name of ['title', 'createdAt', 'updatedAt'] as const)
    check(canon(w[name]) === canon(data[name]), name);
  const meta = data.meta as Json;
  for (const [k, v] of Object.entries(meta))
    check(
      META.includes(k)
        ? canon((w.meta as unknown as Json)[k]) === canon(v)
        : keptIn(unread.meta as Json, k, v),
      `meta.${k}`,
    );
  for (const [k, v] of Object.entries(data.bank as Json))
    check(
      ['id', 'version'].includes(k)
        ? canon((w.bank as Json)[k]) === canon(v)
        : somewhere(unread, v),
      `bank.${k}`,
    );
  for (const name of ['ratings', 'prompts', 'comments'] as const) {
    const answers = data[name];
    if (answers === undefined) continue;
    if (!isPlain(answers)) check(keptIn(unread.fields as Json, name, answers), name);
    else
      for (const [k, v] of Object.entries(answers))
        check(canon(w[name][k]) === canon(v) || keptIn(unread[name] as Json, k, v), `${name}.${k}`);
  }
  for (const name of LISTS) {
    const items = data[name];
    if (items === undefined) continue;
    if (!Array.isArray(items)) check(keptIn(unread.fields as Json, name, items), name);
    else
      items.forEach((item, i) => {
        const read = (w[name] as unknown[]).some(
          (x) => canon(x) === canon(item) || canon(x) === canon(withoutDangling(data, name, item)),
        );
        const aside = ((unread[name] ?? []) as unknown[]).some((x) => canon(x) === canon(item));
        check(read || aside, `${name}.${i}`);
      });
  }
  for (const [k, v] of Object.entries(data))
    if (![...KNOWN, ...LISTS, 'unread'].includes(k))
      check(keptIn(unread.fields as Json, k, v), `${k} (extra field)`);
  const before = data.unread;
  if (isPlain(before))
    for (const [bucket, content] of Object.entries(before)) {
      // A part in the shape this version knows stays in its place; one in another shape (a list
      // where a map is expected, say) may be kept under another name, but whole.
      if (somewhere(unread, content)) continue;
      if (isPlain(content))
        for (const [k, v] of Object.entries(content))
          check(keptIn(unread[bucket] as Json, k, v), `unread.${bucket}.${k}`);
      else if (Array.isArray(content))
        content.forEach((item, i) =>
          check(
            ((unread[bucket] ?? []) as unknown[]).some((x) => canon(x) === canon(item)),
            `unread.${bucket}.${i}`,
          ),
        );
      else check(false, `unread.${bucket}`);
    }
  else if (before !== undefined) check(somewhere(unread, before), 'unread');
  expect(lost, `dropped by reading: ${lost.join(', ')}`).toStrictEqual([]);
}

const mutatedToday = fc
  .tuple(fc.nat({ max: 1 }), fc.array(mutation, { minLength: 1, maxLength: 3 }))
  .map(([i, ms]) => mutate(BASES[i], ms));

// Properties -----------------------------------------------------------------------------------

describe('readWorkshop', () => {
  it('never throws on anything, and what it reads is writable', () => {
    fc.assert(
      fc.property(anything, fc.option(storedKey, { nil: undefined }), (raw, k) => {
        const name = typeof k === 'string' ? k : undefined;
        const result = readSafely(raw, (input) => readWorkshop(input, name));
        if (result.ok) expect(() => assertWritable(result.workshop)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on an envelope around anything', () => {
    fc.assert(
      fc.property(anything, fc.integer({ min: -2, max: 6 }), (data, schemaVersion) => {
        const raw = { app: 'momentos', kind: 'workshop', schemaVersion, savedAt: '', data };
        const result = readSafely(raw, (input) => readWorkshop(input));
        if (result.ok) expect(() => assertWritable(result.workshop)).not.toThrow();
        const direct = readSafely(data, (input) =>
          readWorkshopData(input, Math.max(1, schemaVersion)),
        );
        if (direct.ok) expect(() => assertWritable(direct.workshop)).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });

  it('on a mutated valid record: never throws, reads only writable data, and reads it stably', () => {
    let read = 0;
    fc.assert(
      fc.property(mutatedRecord, fc.option(storedKey, { nil: undefined }), (raw, k) => {
        const name = typeof k === 'string' ? k : undefined;
        const result = readSafely(raw, (input) => readWorkshop(input, name));
        if (!result.ok) return;
        read++;
        expectSound(result.workshop, name);
      }),
      { numRuns: 200 },
    );
    // Most single mutations leave a readable record: the property really checked read results.
    expect(read).toBeGreaterThan(50);
  });
  it('on a mutated record of today’s schema: drops nothing (each part read, or kept aside)', () => {
    fc.assert(
      fc.property(mutatedToday, (raw) => {
        const result = readWorkshop(raw);
        if (!result.ok) return;
        expectConserved((raw as Json).data, result.workshop);
      }),
      { numRuns: 300 },
    );
  });
});

describe('readBackupText', () => {
  it('never throws on any text or any JSON', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json({ maxDepth: 3 })), (text) => {
        const result = readSafely(text, (input) => readBackupText(input as string));
        if (result.ok) for (const w of result.workshops) expectSound(w);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on a truncated or spliced backup', () => {
    const text = makeBackup([fullWorkshop('w-1')], NOW).text;
    fc.assert(
      fc.property(
        fc.nat({ max: text.length }),
        fc.nat({ max: text.length }),
        fc.string({ maxLength: 4 }),
        (from, to, insert) => {
          const spliced =
            text.slice(0, Math.min(from, to)) + insert + text.slice(Math.max(from, to));
          const result = readSafely(spliced, (input) => readBackupText(input as string));
          if (result.ok) for (const w of result.workshops) expectSound(w);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('on a mutated valid backup: never throws, reads only writable, distinct, stable workshops', () => {
    fc.assert(
      fc.property(mutatedBackup, (backup) => {
        const text = JSON.stringify(backup);
        const result = readSafely(text, (input) => readBackupText(input as string));
        if (!result.ok) return;
        const ids = result.workshops.map((w) => w.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const w of result.workshops) expectSound(w);
        // Backed up again, the file reads the same.
        const again = readBackupText(makeBackup(result.workshops, NOW).text);
        expect(json(again)).toEqual(json(result));
      }),
      { numRuns: 200 },
    );
  });
});

describe('IdbRepository reading fuzzed records', () => {
  it('list() and load() never change what is stored; saving what they read keeps it', async () => {
    const record = fc.tuple(storedKey, fc.oneof(mutatedRecord, storable));
    let readable = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(record, { minLength: 1, maxLength: 5 }), async (records) => {
        globalThis.indexedDB = new IDBFactory();
        const store = createStore(DATABASE_NAME, STORE_NAME);
        for (const [k, value] of records) await set(k, value, store);
        const before = await entries(store);
        const exact = fc.stringify(before);

        const repository = new IdbRepository({ now: () => NOW });
        const listed = await repository.list();
        const loaded = [];
        for (const [k] of before) if (typeof k === 'string') loaded.push(await repository.load(k));

        const after = await entries(store);
        expect(fc.stringify(after)).toBe(exact);
        expect(after).toEqual(before);

        // Every record is either listed or reported unreadable, never both, never neither.
        expect(listed.workshops.length + listed.unreadable.length).toBe(before.length);
        for (const result of loaded)
          if (result.ok) expect(listed.workshops).toContainEqual(result.workshop);
        readable += listed.workshops.length;
        for (const workshop of listed.workshops) {
          expect(() => assertWritable(workshop)).not.toThrow();
          // Opened and saved unchanged (as autosave may do), it reads back the same.
          await repository.save(workshop);
          const back = await repository.load(workshop.id);
          expect(back).toEqual({ ok: true, workshop });
        }
      }),
      { numRuns: 40 },
    );
    // Readable records were among them, so saving what was read was really tried.
    expect(readable).toBeGreaterThan(5);
  });
});
