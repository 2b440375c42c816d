// @vitest-environment node
// Issue 11: a backup file from outside is read safely (size first, guarded parse, the one reader) and
// a backup written by the app reads back exactly as written.
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { addAction } from '../../src/domain/action-plan';
import { setPromptAnswer, setRating } from '../../src/domain/answers';
import { addCustomerType } from '../../src/domain/customer-type-edits';
import { addMoment } from '../../src/domain/moment-edits';
import { LIMITS } from '../../src/domain/limits';
import { localDate, rename, type Workshop } from '../../src/domain/workshop';
import { makeBackup, readBackupFile, readBackupText } from '../../src/persistence/backup';
import { CURRENT_SCHEMA_VERSION } from '../../src/persistence/migrations';
import { readWorkshop } from '../../src/persistence/read-workshop';
import { assertWritable, wrapWorkshop } from '../../src/persistence/schema';
import { makeWorkshop } from '../fixtures/workshops';

type Json = Record<string, unknown>;

const NOW = new Date('2026-12-01T10:00:00.000Z');
const T0 = new Date('2026-03-05T09:30:00.000Z');

function ok<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result)}`);
  return result as Extract<T, { ok: true }>;
}

function must<T extends { ok: boolean; workshop?: unknown }>(result: T): Workshop {
  return ok(result).workshop as Workshop;
}

/** A workshop with something in every list, built through the domain. */
function fullWorkshop(id = 'w-1', organisation = 'Acme', text = 'texto'): Workshop {
  let w = makeWorkshop(
    id,
    { organisation, team: text, facilitator: text, participants: `${text}\n${text} 2` },
    T0,
  );
  w = setRating(w, 'customers.segments', 4, T0);
  w = setPromptAnswer(w, 'customers.who', text, T0);
  w = must(
    addCustomerType(
      w,
      { name: text, kind: 'external', description: text, expectations: text },
      'ct-1',
      T0,
    ),
  );
  w = must(
    addMoment(
      w,
      { name: text, customerTypeIds: ['ct-1'], channel: 'web', owner: text, note: text },
      'm-1',
      T0,
    ),
  );
  w = must(addAction(w, { text, momentId: 'm-1', owner: text, due: '2027-01-31' }, 'a-1', T0));
  return w;
}

/** The JSON of a backup envelope holding these workshops' data (as plain JSON objects). */
const backupJson = (workshops: unknown[], over: Json = {}): Json => ({
  app: 'momentos',
  kind: 'backup',
  schemaVersion: CURRENT_SCHEMA_VERSION,
  exportedAt: NOW.toISOString(),
  bank: { id: 'momentos-cx', version: 1 },
  workshops,
  ...over,
});

/** A workshop's data as it sits in a file (plain JSON). */
const asJson = (workshop: Workshop) => JSON.parse(JSON.stringify(workshop)) as Json;

const fixture = (version: number) =>
  JSON.parse(
    readFileSync(new URL(`../fixtures/workshop-v${version}.json`, import.meta.url), 'utf8'),
  ) as Json & { data: Json };

/** A Blob-like object of that size whose content must never be read. */
function unreadableBlob(size: number) {
  const refuse = () => {
    throw new Error('the content was read');
  };
  const blob = {
    size,
    type: 'application/json',
    text: vi.fn(refuse),
    arrayBuffer: vi.fn(refuse),
    stream: vi.fn(refuse),
    slice: vi.fn(refuse),
    bytes: vi.fn(refuse),
  };
  return blob;
}

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).sort();

function expectUnpolluted() {
  expect(({} as Json).polluted).toBeUndefined();
  expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toStrictEqual(PROTOTYPE_NAMES);
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
}

afterEach(() => {
  // A failing pollution test must not leak into the next one.
  delete (Object.prototype as Json).polluted;
});

// -----------------------------------------------------------------------------------------------

describe('bad files', () => {
  const real = makeBackup([fullWorkshop('w-1'), fullWorkshop('w-2', 'Beta')], NOW).text;

  const TABLE: [string, string, string][] = [
    ['not JSON', 'this is not { json', 'notJson'],
    ['truncated JSON of a real backup', real.slice(0, Math.floor(real.length / 2)), 'notJson'],
    ['a real backup without its last brace', real.trimEnd().slice(0, -1), 'notJson'],
    ['empty', '', 'empty'],
    ['whitespace only', '  \n\t \r\n ', 'empty'],
    ['JSON null', 'null', 'foreign'],
    ['a JSON number', '42', 'foreign'],
    ['a JSON string', '"momentos"', 'foreign'],
    ['a JSON array', '[{"app":"momentos"}]', 'foreign'],
    ['another app’s JSON', '{"type":"excalidraw","version":2,"elements":[]}', 'foreign'],
    ['another app’s JSON with an app field', '{"app":"tldraw","kind":"backup"}', 'foreign'],
    [
      'app "Momentos" in another case',
      JSON.stringify(backupJson([], { app: 'Momentos' })),
      'foreign',
    ],
    ['momentos, kind "other"', JSON.stringify(backupJson([{}], { kind: 'other' })), 'invalid'],
    ['momentos, no kind', JSON.stringify(backupJson([{}], { kind: undefined })), 'invalid'],
    ['schemaVersion 999', JSON.stringify(backupJson([{}], { schemaVersion: 999 })), 'newer'],
    [
      'schemaVersion "4" (a string)',
      JSON.stringify(backupJson([{}], { schemaVersion: '4' })),
      'invalid',
    ],
    ['schemaVersion 0', JSON.stringify(backupJson([{}], { schemaVersion: 0 })), 'invalid'],
    ['schemaVersion 3.5', JSON.stringify(backupJson([{}], { schemaVersion: 3.5 })), 'invalid'],
    ['no workshops', JSON.stringify(backupJson([], { workshops: undefined })), 'invalid'],
    ['workshops is an object', JSON.stringify(backupJson([], { workshops: { a: 1 } })), 'invalid'],
    ['no workshop in it', JSON.stringify(backupJson([])), 'empty'],
    ['a workshop that is a string', JSON.stringify(backupJson(['w-1'])), 'invalid'],
    ['a workshop that is null', JSON.stringify(backupJson([null])), 'invalid'],
  ];

  it.each(TABLE)('%s → refused (%s)', (_, text, reason) => {
    let result: ReturnType<typeof readBackupText> | undefined;
    expect(() => (result = readBackupText(text))).not.toThrow();
    expect(result).toMatchObject({ ok: false, reason });
  });

  it.each(TABLE)('%s → refused (%s) when read as a file', async (_, text, reason) => {
    await expect(readBackupFile(new Blob([text]))).resolves.toMatchObject({ ok: false, reason });
  });

  it('names the missing workshops list', () => {
    const result = readBackupText(JSON.stringify(backupJson([], { workshops: undefined })));
    expect(result).toMatchObject({ ok: false, problems: [{ field: 'workshops' }] });
  });

  it('refuses a backup holding two workshops with the same id, naming the second', () => {
    const w = asJson(fullWorkshop('same'));
    const other = { ...asJson(fullWorkshop('same', 'Other')), title: 'Other' };
    const result = readBackupText(JSON.stringify(backupJson([w, other])));
    expect(result).toStrictEqual({
      ok: false,
      reason: 'invalid',
      problems: [{ kind: 'wrongValue', field: 'id' }],
      workshop: 2,
    });
  });

  it('refuses the whole file when one workshop cannot be read, saying which one', () => {
    const bad = { ...asJson(fullWorkshop('w-2')), createdAt: 'yesterday' };
    const result = readBackupText(
      JSON.stringify(backupJson([asJson(fullWorkshop('w-1')), bad, asJson(fullWorkshop('w-3'))])),
    );
    expect(result).toMatchObject({
      ok: false,
      reason: 'invalid',
      problems: [{ field: 'createdAt' }],
      workshop: 2,
    });
  });
});

describe('file size', () => {
  const SIX_MB = 6 * 1024 * 1024;

  it('refuses a 6 MB file by its size, before reading a byte of it', async () => {
    const blob = unreadableBlob(SIX_MB);
    await expect(readBackupFile(blob as unknown as Blob)).resolves.toMatchObject({
      ok: false,
      reason: 'tooLarge',
    });
    for (const read of [blob.text, blob.arrayBuffer, blob.stream, blob.slice, blob.bytes])
      expect(read).not.toHaveBeenCalled();
  });

  it('refuses a file one byte over the limit by its size alone', async () => {
    const blob = unreadableBlob(LIMITS.fileBytes + 1);
    await expect(readBackupFile(blob as unknown as Blob)).resolves.toMatchObject({
      reason: 'tooLarge',
    });
    expect(blob.text).not.toHaveBeenCalled();
  });

  it('refuses a real 6 MB Blob of valid-looking JSON', async () => {
    const text = JSON.stringify(backupJson([], { padding: 'x'.repeat(SIX_MB) }));
    await expect(readBackupFile(new Blob([text]))).resolves.toMatchObject({ reason: 'tooLarge' });
    expect(readBackupText(text)).toMatchObject({ ok: false, reason: 'tooLarge' });
  });

  it('refuses an empty file without reading it', async () => {
    const blob = unreadableBlob(0);
    await expect(readBackupFile(blob as unknown as Blob)).resolves.toMatchObject({
      reason: 'empty',
    });
    expect(blob.text).not.toHaveBeenCalled();
  });

  it('says notJson, not a crash, when reading a small file fails', async () => {
    const blob = unreadableBlob(100);
    await expect(readBackupFile(blob as unknown as Blob)).resolves.toMatchObject({
      ok: false,
      reason: 'notJson',
    });
  });

  it('reads a small real file', async () => {
    const w = fullWorkshop();
    const { text } = makeBackup([w], NOW);
    await expect(readBackupFile(new Blob([text]))).resolves.toStrictEqual({
      ok: true,
      workshops: [w],
    });
  });
});

describe('older schemas in a file', () => {
  it.each([1, 2, 3])('migrates the v%i fixture in a backup envelope', (version) => {
    const { data } = fixture(version);
    const result = readBackupText(
      JSON.stringify(backupJson([data], { schemaVersion: version, bank: undefined })),
    );
    const [workshop] = ok(result).workshops;
    expect(workshop?.id).toBe('3f9c2a7b1d04e8a65c7f0b12');
    expect(workshop?.title).toBe('Ayuntamiento de Villaverde — Atención ciudadana');
    expect(Object.keys(workshop?.ratings ?? {})).toHaveLength(10);
    expect(workshop?.prompts['moments.list']).toBe(
      'Cita previa, llamada al 010, recogida de licencias, reclamaciones.',
    );
    expect(workshop?.customerTypes).toHaveLength(version >= 2 ? 2 : 0);
    expect(workshop?.moments).toHaveLength(version >= 2 ? 4 : 0);
    expect(workshop?.actions).toHaveLength(version >= 3 ? 4 : 0);
    expect(workshop).not.toHaveProperty('lastStep');
    expect(workshop?.unread).toBeUndefined();
    expect(() => assertWritable(workshop as Workshop)).not.toThrow();
    // The same record stored in the browser reads the same.
    expect(ok(readWorkshop(fixture(version))).workshop).toStrictEqual(workshop);
  });

  it.each([1, 2, 3])('migrates the v%i fixture given as a single record file', (version) => {
    const result = readBackupText(JSON.stringify(fixture(version)));
    expect(ok(result).workshops[0]?.id).toBe('3f9c2a7b1d04e8a65c7f0b12');
  });
});

describe('prototype pollution', () => {
  const POLLUTE = new Map([
    ['__proto__', '{"polluted":1}'],
    ['constructor', '{"prototype":{"polluted":1}}'],
  ] as const);

  /** JSON text with `"__proto__"` (or constructor.prototype) inserted as the first key of `where`. */
  function withPayload(where: string, key: '__proto__' | 'constructor'): string {
    const w = asJson(fullWorkshop());
    const payload = `"${key}":${POLLUTE.get(key)}`;
    const marker = '"@@HERE@@":0';
    const targets: Record<string, () => void> = {
      top: () => undefined,
      data: () => Object.assign(w, { '@@HERE@@': 0 }),
      meta: () => Object.assign(w.meta as Json, { '@@HERE@@': 0 }),
      ratings: () => Object.assign(w.ratings as Json, { '@@HERE@@': 0 }),
      prompts: () => Object.assign(w.prompts as Json, { '@@HERE@@': 0 }),
      customerType: () => Object.assign((w.customerTypes as Json[])[0] as Json, { '@@HERE@@': 0 }),
      moment: () => Object.assign((w.moments as Json[])[0] as Json, { '@@HERE@@': 0 }),
      action: () => Object.assign((w.actions as Json[])[0] as Json, { '@@HERE@@': 0 }),
      bank: () => Object.assign(w.bank as Json, { '@@HERE@@': 0 }),
    };
    targets[where]?.();
    const envelope = where === 'top' ? backupJson([w], { '@@HERE@@': 0 }) : backupJson([w]);
    const text = JSON.stringify(envelope).replace(marker, payload);
    expect(text).toContain(payload);
    return text;
  }

  const WHERE = [
    'top',
    'data',
    'meta',
    'ratings',
    'prompts',
    'customerType',
    'moment',
    'action',
    'bank',
  ];
  const CASES = WHERE.flatMap((where) => [
    [where, '__proto__'] as const,
    [where, 'constructor'] as const,
  ]);

  it.each(CASES)('a %s payload with %s pollutes nothing and never throws', (where, key) => {
    const text = withPayload(where, key);
    let result: ReturnType<typeof readBackupText> | undefined;
    expect(() => (result = readBackupText(text))).not.toThrow();
    expectUnpolluted();
    if (!result?.ok) return;
    for (const workshop of result.workshops) {
      expect(() => assertWritable(workshop)).not.toThrow();
      // Nothing read got another prototype, and the payload's keys were not merged anywhere.
      const objects = [
        workshop,
        workshop.meta,
        workshop.ratings,
        workshop.prompts,
        workshop.unread,
      ];
      for (const object of [...objects, ...workshop.customerTypes, ...workshop.moments])
        if (object) {
          expect(Object.getPrototypeOf(object)).toBe(Object.prototype);
          expect((object as Json).polluted).toBeUndefined();
        }
      // Written again and read again, it is the same (kept aside, not lost, not merged).
      // (Compared as JSON too: an own "constructor" key defeats toStrictEqual's type check.)
      const again = readBackupText(makeBackup([workshop], NOW).text);
      expect(again).toEqual({ ok: true, workshops: [workshop] });
      expect(JSON.stringify(again)).toBe(JSON.stringify({ ok: true, workshops: [workshop] }));
      expectUnpolluted();
    }
  });

  it('keeps a "__proto__" key found in data, meta, ratings and items aside as plain data', () => {
    const read = (where: string) =>
      ok(readBackupText(withPayload(where, '__proto__'))).workshops[0] as Workshop;
    const own = (bag: unknown) =>
      Object.getOwnPropertyDescriptor(bag, '__proto__')?.value as unknown;
    expect(own(read('data').unread?.fields)).toStrictEqual({ polluted: 1 });
    expect(own(read('meta').unread?.meta)).toStrictEqual({ polluted: 1 });
    expect(own(read('ratings').unread?.ratings)).toStrictEqual({ polluted: 1 });
    expect(own(read('prompts').unread?.prompts)).toStrictEqual({ polluted: 1 });
    const aside = read('moment').unread?.moments?.[0];
    expect(own(aside)).toStrictEqual({ polluted: 1 });
    expectUnpolluted();
  });

  it('a file that is only {"__proto__": {"polluted": 1}} is foreign', () => {
    expect(readBackupText('{"__proto__": {"polluted": 1}}')).toMatchObject({ reason: 'foreign' });
    expect(readBackupText('{"constructor": {"prototype": {"polluted": 1}}}')).toMatchObject({
      reason: 'foreign',
    });
    expectUnpolluted();
  });
});

describe('very many answers', () => {
  it('keeps 10,000 unknown ratings aside, quickly and without crashing', () => {
    const w = asJson(fullWorkshop());
    const ratings = w.ratings as Json;
    for (let i = 0; i < 10_000; i++) ratings[`future.statement${i}`] = (i % 5) + 1;
    const text = JSON.stringify(backupJson([w]));
    const started = performance.now();
    const result = readBackupText(text);
    const elapsed = performance.now() - started;
    const [workshop] = ok(result).workshops;
    expect(workshop?.ratings).toStrictEqual({ 'customers.segments': 4 });
    expect(Object.keys(workshop?.unread?.ratings ?? {})).toHaveLength(10_000);
    expect(workshop?.unread?.ratings?.['future.statement9999']).toBe(5);
    expect(elapsed).toBeLessThan(1000);
    // And it can be written and read back.
    expect(readBackupText(makeBackup([workshop as Workshop], NOW).text)).toStrictEqual(result);
  });

  it('keeps moments past the limit aside, in order', () => {
    const w = asJson(fullWorkshop());
    const moment = (w.moments as Json[])[0] as Json;
    w.moments = Array.from({ length: 2000 }, (_, i) => ({ ...moment, id: `m-${i}` }));
    const [workshop] = ok(readBackupText(JSON.stringify(backupJson([w])))).workshops;
    expect(workshop?.moments).toHaveLength(LIMITS.moments);
    expect(workshop?.unread?.moments).toHaveLength(2000 - LIMITS.moments);
    expect((workshop?.unread?.moments?.[0] as Json).id).toBe(`m-${LIMITS.moments}`);
  });
});

describe('markup in every text field', () => {
  const MARKUP = [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '"><svg onload=alert(1)>',
    '<b>bold</b> &#60 &amp {@html x} ${x} {{x}}',
  ];

  it.each(MARKUP)('keeps %s verbatim, as text, everywhere', (markup) => {
    let w = fullWorkshop('w-html', markup, markup);
    w = rename(w, markup, T0) ?? w;
    const [back] = ok(readBackupText(makeBackup([w], NOW).text)).workshops;
    expect(back).toStrictEqual(w);
    const texts = [
      back?.title,
      back?.meta.organisation,
      back?.meta.team,
      back?.meta.facilitator,
      back?.meta.participants[0],
      back?.prompts['customers.who'],
      back?.customerTypes[0]?.name,
      back?.customerTypes[0]?.description,
      back?.customerTypes[0]?.expectations,
      back?.moments[0]?.name,
      back?.moments[0]?.owner,
      back?.moments[0]?.note,
      back?.actions[0]?.text,
      back?.actions[0]?.owner,
    ];
    for (const text of texts) expect(text).toBe(markup);
  });
});

describe('wrong types in every field', () => {
  const WRONG: [string, unknown][] = [
    ['a number', 12345],
    ['an array', [{ odd: true }]],
    ['an object', { odd: 'value' }],
    ['null', null],
  ];

  type Case = [path: string, label: string, value: unknown];

  const base = () => {
    const w = asJson(fullWorkshop());
    // Something already kept aside, so that `unread` itself is a real field too.
    w.unread = { fields: { fromBefore: 1 }, ratings: { 'customers.old': 9 } };
    return w;
  };

  const TOP = Object.keys(base());
  const META = Object.keys(base().meta as Json);
  const ITEMS = ['customerTypes', 'moments', 'actions'] as const;

  const cases: Case[] = [
    ...TOP.map((key) => key),
    ...META.map((key) => `meta.${key}`),
    'bank.id',
    'bank.version',
    'ratings.customers.segments',
    'prompts.customers.who',
    ...ITEMS.flatMap((list) =>
      Object.keys((base()[list] as Json[])[0] ?? {}).map((key) => `${list}.0.${key}`),
    ),
    'unread.fields',
    'unread.ratings',
    'unread.moments',
  ]
    .flatMap((path) => WRONG.map(([label, value]): Case => [path, label, value]))
    // `unread` (or a part of it) that is null holds nothing: there is nothing to keep.
    .filter(([path, , value]) => !(path.startsWith('unread') && value === null));

  /** Sets a dotted path; the last step may be an id with dots (ratings.customers.segments). */
  function setPath(root: Json, path: string, value: unknown) {
    const [head, ...rest] = path.split('.');
    if (rest.length === 0 || head === undefined) return void (root[path] = value);
    const child = root[head] as Json;
    if (head === 'ratings' || head === 'prompts') child[rest.join('.')] = value;
    else setPath(child, rest.join('.'), value);
  }

  function getPath(root: unknown, path: string): unknown {
    const [head, ...rest] = path.split('.');
    if (root === null || typeof root !== 'object' || head === undefined) return undefined;
    const child = (root as Json)[head];
    if (rest.length === 0) return child;
    if (head === 'ratings' || head === 'prompts')
      return (child as Json | undefined)?.[rest.join('.')];
    return getPath(child, rest.join('.'));
  }

  const isPlain = (value: unknown): value is Json =>
    typeof value === 'object' && value !== null && !Array.isArray(value);

  /** Whether `needle` appears (deep-equal) anywhere inside `hay`, itself included. */
  function contains(hay: unknown, needle: unknown): boolean {
    if (JSON.stringify(hay) === JSON.stringify(needle)) return true;
    if (hay === null || typeof hay !== 'object') return false;
    // An object kept aside key by key, next to keys kept before.
    if (isPlain(needle) && isPlain(hay)) {
      const entries = Object.entries(needle);
      if (entries.every(([k, v]) => JSON.stringify(hay[k]) === JSON.stringify(v))) return true;
    }
    return Object.values(hay).some((value) => contains(value, needle));
  }

  beforeAll(() => {
    expect(cases.length).toBeGreaterThan(150);
  });

  it.each(cases)(
    '%s replaced by %s: read with it kept aside, or refused naming it',
    (path, _, value) => {
      const data = base();
      const original = structuredClone(data);
      setPath(data, path, structuredClone(value));
      const text = JSON.stringify(backupJson([data]));
      let result: ReturnType<typeof readBackupText> | undefined;
      expect(() => (result = readBackupText(text))).not.toThrow();
      if (!result) return;
      const top = path.split('.')[0] ?? '';

      if (!result.ok) {
        expect(result.reason).toBe('invalid');
        const named = result.problems.some(
          (p) => p.field === path || p.field.startsWith(`${path}.`),
        );
        expect(named, `problems ${JSON.stringify(result.problems)} do not name ${path}`).toBe(true);
        return;
      }

      const [workshop] = result.workshops;
      if (!workshop) throw new Error('no workshop');
      expect(() => assertWritable(workshop)).not.toThrow();
      const list = ITEMS.find((name) => path.startsWith(`${name}.0.`));
      if (list) {
        // Read with that value (one this version accepts), or the whole item kept aside as it was.
        const key = path.split('.')[2] ?? '';
        const id = getPath(original, `${list}.0.id`);
        const read = (workshop[list] as unknown as Json[]).find((i) => i.id === id);
        if (read && key !== 'id') expect(read[key]).toStrictEqual(value);
        else expect(workshop.unread?.[list]).toContainEqual(getPath(data, `${list}.0`));
      } else {
        // Read as it was (a value this version accepts), or kept aside as it was.
        const readAsIs = JSON.stringify(getPath(workshop, path)) === JSON.stringify(value);
        expect(
          readAsIs || contains(workshop.unread, value),
          `${JSON.stringify(value)} at ${path} is neither read nor kept: ${JSON.stringify(workshop.unread)}`,
        ).toBe(true);
      }
      // What was kept aside before is still kept (unless that is what was replaced).
      if (top !== 'unread') expect(workshop.unread?.fields?.fromBefore).toBe(1);
    },
  );
});

describe('a backup written by the app', () => {
  /** A workshop that was read with parts this version cannot read (kept in `unread`). */
  function withUnread(): Workshop {
    const raw = JSON.parse(JSON.stringify(wrapWorkshop(fullWorkshop('w-odd'), T0))) as Json & {
      data: Json & { ratings: Json; moments: Json[]; meta: Json };
    };
    raw.data.ratings['customers.voice'] = 7;
    raw.data.moments.push({ ...(raw.data.moments[0] as Json), id: 'm-fax', channel: 'fax' });
    raw.data.meta.newerField = { a: [1, 2] };
    raw.data.fromNewerVersion = 'x';
    const { workshop } = ok(readWorkshop(raw));
    expect(workshop.unread).toBeDefined();
    return workshop;
  }

  it('reads back exactly as written, unread parts included', () => {
    const workshops = [withUnread(), fullWorkshop('w-2', 'Beta'), fullWorkshop('w-3', 'Gamma')];
    const { text } = makeBackup(workshops, NOW);
    expect(readBackupText(text)).toStrictEqual({ ok: true, workshops });
  });

  it('holds the envelope: app, kind, schema version, export time and bank', () => {
    const parsed = JSON.parse(makeBackup([fullWorkshop()], NOW).text) as Json;
    expect(parsed).toMatchObject({
      app: 'momentos',
      kind: 'backup',
      schemaVersion: CURRENT_SCHEMA_VERSION,
      exportedAt: NOW.toISOString(),
      bank: { id: 'momentos-cx', version: 2 },
    });
  });

  it('refuses to write a workshop it could not read back', () => {
    const bad = { ...fullWorkshop(), title: ' ' };
    let error: unknown;
    try {
      makeBackup([fullWorkshop('w-2'), bad], NOW);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ name: 'WriteRefusedError', problems: [{ field: 'title' }] });
  });

  it('names the file after the organisation for one workshop', () => {
    const day = localDate(NOW);
    expect(makeBackup([fullWorkshop('w-1', 'Café Ñandú, Łódź & Co.')], NOW).fileName).toBe(
      `momentos-cafe-nandu-lodz-co-${day}.momentos.json`,
    );
    expect(makeBackup([fullWorkshop('w-1', '<script>alert(1)</script>')], NOW).fileName).toBe(
      `momentos-script-alert-1-script-${day}.momentos.json`,
    );
    const { fileName } = makeBackup([fullWorkshop('w-1', 'Ayuntamiento de Villaverde')], NOW);
    expect(fileName).toMatch(
      /^momentos-[a-z0-9]+(?:-[a-z0-9]+)*-\d{4}-\d{2}-\d{2}\.momentos\.json$/,
    );
    expect(fileName).toBe(`momentos-ayuntamiento-de-villaverde-${day}.momentos.json`);
  });

  it('names the file after the date alone for several workshops', () => {
    const { fileName } = makeBackup([fullWorkshop('w-1'), fullWorkshop('w-2', 'Beta')], NOW);
    expect(fileName).toMatch(/^momentos-\d{4}-\d{2}-\d{2}\.momentos\.json$/);
    expect(fileName).toBe(`momentos-${localDate(NOW)}.momentos.json`);
  });
});
