import { existsSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, MIGRATIONS } from '../../src/persistence/migrations';
import { readWorkshop } from '../../src/persistence/read-workshop';
import { assertWritable, wrapWorkshop } from '../../src/persistence/schema';

type Json = Record<string, unknown>;

const fixtureUrl = (version: number) =>
  new URL(`../fixtures/workshop-v${version}.json`, import.meta.url);

/** A freshly parsed copy of a stored fixture, exactly as it would come out of storage. */
function fixture(version = CURRENT_SCHEMA_VERSION): Json & { data: Json } {
  return JSON.parse(readFileSync(fixtureUrl(version), 'utf8')) as Json & { data: Json };
}

/** A fixture with some fields of its data replaced, parsed from JSON text like stored data. */
function withData(patch: string, version = CURRENT_SCHEMA_VERSION): unknown {
  const text = JSON.stringify(fixture(version));
  return JSON.parse(text.replace(/}\s*}$/, `, ${patch} } }`)) as unknown;
}

function readOk(raw: unknown) {
  const result = readWorkshop(raw);
  if (!result.ok) throw new Error(`readWorkshop refused the record: ${result.reason}`);
  return result;
}

/** The same value through JSON, as a record comes out of storage or a file. */
const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('readWorkshop', () => {
  afterEach(() => {
    // A failing pollution test must not leak into the next one.
    delete (Object.prototype as Json).polluted;
  });

  it('reads the fixture of the current schema without migrating it', () => {
    const { workshop, migratedFrom } = readOk(fixture());
    expect(migratedFrom).toBeUndefined();
    expect(workshop.id).toBe('3f9c2a7b1d04e8a65c7f0b12');
    expect(workshop.title).toBe('Ayuntamiento de Villaverde — Atención ciudadana');
    expect(workshop.meta.participants).toEqual([
      'Ana López',
      'Luis Pérez',
      'Pilar Gómez',
      'Jon Etxeberria',
    ]);
    expect(workshop.ratings['customers.promise']).toBe('dontKnow');
    expect(workshop.ratings['moments.owner']).toBe(5);
    expect(Object.keys(workshop.ratings)).toHaveLength(11);
    expect(workshop.ratings['customers.outsideIn']).toBe('notApplicable');
    expect(workshop.bank).toEqual({ id: 'momentos-cx', version: 2 });
    expect(workshop.comments['processes.optOut']).toBe(
      'Las campañas de la concejalía siguen llamando.',
    );
    expect(workshop.prompts['customers.who']).toContain('\n');
    expect(workshop.unread).toBeUndefined();
  });

  it('reads the stored v1 fixture as migrated from 1, with no customer types, moments or actions yet', () => {
    const v1 = fixture(1);
    const { workshop, migratedFrom } = readOk(v1);
    expect(migratedFrom).toBe(1);
    expect(workshop.customerTypes).toEqual([]);
    expect(workshop.moments).toEqual([]);
    expect(workshop.actions).toEqual([]);
    expect(workshop.id).toBe('3f9c2a7b1d04e8a65c7f0b12');
    expect(workshop.title).toBe('Ayuntamiento de Villaverde — Atención ciudadana');
    expect(workshop.createdAt).toBe('2026-03-05T09:30:00.000Z');
    expect(workshop.updatedAt).toBe('2026-03-05T11:42:07.101Z');
    expect(workshop.meta).toEqual(v1.data.meta);
    expect(workshop.bank).toEqual({ id: 'momentos-cx', version: 1 });
    expect(workshop.ratings).toEqual(v1.data.ratings);
    expect(workshop.prompts).toEqual(v1.data.prompts);
    // Where the team last was now lives on the device, not in the record.
    expect(workshop).not.toHaveProperty('lastStep');
    expect(workshop.unread).toBeUndefined();
  });

  it('reads the stored v2 fixture as migrated from 2, keeping its map, with no actions yet', () => {
    const v2 = fixture(2);
    const { workshop, migratedFrom } = readOk(v2);
    expect(migratedFrom).toBe(2);
    expect(workshop.actions).toEqual([]);
    expect(workshop.customerTypes).toEqual(v2.data.customerTypes);
    // Schema 5: the one rating of schema 4 and before stands for both importance and expectation.
    expect(workshop.moments).toEqual(
      (v2.data.moments as Json[]).map((m) => ({ ...m, importance: m.expectation })),
    );
    expect(workshop.customerTypes.map((t) => t.id)).toEqual(['ct-vecinos', 'ct-oficinas']);
    expect(workshop.moments).toHaveLength(4);
    expect(workshop.updatedAt).toBe('2026-11-20T10:14:59.500Z');
    expect(workshop.ratings).toEqual(v2.data.ratings);
    expect(workshop.prompts).toEqual(v2.data.prompts);
    expect(workshop).not.toHaveProperty('lastStep');
  });

  it('reads exactly the actions of the current fixture', () => {
    expect(readOk(fixture()).workshop.actions).toEqual([
      {
        id: 'ac-web',
        text: 'Reforzar el servidor de cita previa antes de cada lunes.',
        areaId: null,
        momentId: 'mt-cita',
        statementId: null,
        measure: '',
        draft: null,
        owner: 'Luis Pérez',
        due: '2026-12-15',
        status: 'inProgress',
      },
      {
        id: 'ac-escucha',
        text: 'Pasar una encuesta de dos preguntas al salir de la ventanilla.\nRevisar las respuestas cada mes.',
        areaId: 'customers',
        momentId: null,
        statementId: null,
        measure: '',
        draft: null,
        owner: 'Ana López',
        due: '',
        status: 'open',
      },
      {
        id: 'ac-010',
        text: 'Dar al 010 acceso de lectura a los expedientes.',
        areaId: 'moments',
        momentId: 'mt-telefono',
        statementId: null,
        measure: '',
        draft: null,
        owner: '',
        due: '2027-01-31',
        status: 'done',
      },
      {
        id: 'ac-carta',
        text: 'Redactar la carta de servicios con plazos de respuesta.',
        areaId: null,
        momentId: null,
        statementId: null,
        measure: '',
        draft: null,
        owner: 'Marta Ibáñez',
        due: '',
        status: 'open',
      },
      {
        id: 'ac-borrador',
        text: 'Anotar cada «no me interesa» en un registro que consulten todos los canales y proveedores.',
        areaId: 'processes',
        momentId: null,
        statementId: 'processes.optOut',
        measure: 'Ninguna llamada comercial tras un «no me interesa»',
        draft: { kind: 'early', text: true, measure: false },
        owner: '',
        due: '',
        status: 'open',
      },
    ]);
  });

  it('reads exactly the customer types and moments of the current fixture', () => {
    const { workshop } = readOk(fixture());
    expect(workshop.customerTypes).toEqual([
      {
        id: 'ct-vecinos',
        name: 'Vecinos que hacen trámites',
        kind: 'external',
        description: 'Personas empadronadas que piden certificados o licencias.',
        expectations: 'Que les atiendan a la primera.\nSaber cuánto tardará.',
      },
      {
        id: 'ct-oficinas',
        name: 'Oficinas de distrito',
        kind: 'internal',
        description: 'Compañeros que dependen de nuestros informes.',
        expectations: 'Recibir los expedientes completos.',
      },
    ]);
    expect(workshop.moments).toEqual([
      {
        id: 'mt-cita',
        name: 'Pedir cita previa',
        allCustomers: false,
        customerTypeIds: ['ct-vecinos'],
        channel: 'web',
        importance: 5,
        expectation: 4,
        promise: 4,
        delivered: 2,
        owner: 'Luis Pérez',
        note: 'La web se cae los lunes.',
      },
      {
        id: 'mt-ventanilla',
        name: 'Llegar a la ventanilla',
        allCustomers: false,
        customerTypeIds: ['ct-vecinos', 'ct-oficinas'],
        channel: 'inPerson',
        importance: 4,
        expectation: 4,
        promise: 4,
        delivered: 4,
        owner: 'Ana López',
        note: '',
      },
      {
        id: 'mt-telefono',
        name: 'Llamar para preguntar por un expediente',
        allCustomers: true,
        customerTypeIds: [],
        channel: 'phone',
        importance: 4,
        expectation: 4,
        promise: null,
        delivered: 1,
        owner: '',
        note: '',
      },
      {
        id: 'mt-correo',
        name: 'Recibir la resolución por correo',
        allCustomers: false,
        customerTypeIds: [],
        channel: 'email',
        importance: null,
        expectation: null,
        promise: 3,
        delivered: 3,
        owner: 'Pilar Gómez',
        note: '',
      },
    ]);
  });

  it('reads back what wrapWorkshop stored', () => {
    const { workshop } = readOk(fixture());
    const again = readOk(JSON.parse(JSON.stringify(wrapWorkshop(workshop, new Date()))));
    expect(again.workshop).toEqual(workshop);
  });

  it.each([
    ['null', null],
    ['a string', 'momentos'],
    ['an array', [1, 2]],
    ['an empty object', {}],
    ['another app', { ...fixture(), app: 'otra-app' }],
  ])('refuses %s as foreign', (_, raw) => {
    expect(readWorkshop(raw)).toEqual({ ok: false, reason: 'foreign', problems: [] });
  });

  it('says "newer" for a newer version even when its envelope changed too', () => {
    const raw: Json = { ...fixture(), schemaVersion: 999, extra: 1 };
    delete raw.savedAt;
    expect(readWorkshop(raw)).toEqual({ ok: false, reason: 'newer', problems: [] });
  });

  it('refuses data saved by a newer version of the app, and changes nothing', () => {
    const raw = { ...fixture(), schemaVersion: CURRENT_SCHEMA_VERSION + 1 };
    const before = structuredClone(raw);
    expect(readWorkshop(raw)).toEqual({ ok: false, reason: 'newer', problems: [] });
    expect(raw).toEqual(before);
  });

  it.each([
    ['another kind of record', { ...fixture(), kind: 'report' }, 'kind'],
    ['a fractional schema version', { ...fixture(), schemaVersion: 1.5 }, 'schemaVersion'],
    ['schema version 0', { ...fixture(), schemaVersion: 0 }, 'schemaVersion'],
    ['no data', { ...fixture(), data: undefined }, ''],
    ['an id with unsafe characters', withData('"id": "../../etc"'), 'id'],
    ['a time that is not a time', withData('"createdAt": "ayer"'), 'createdAt'],
    ['another question bank', withData('"bank": { "id": "otro", "version": 1 }'), 'bank.id'],
    ['a title over 1000 characters', withData(`"title": "${'x'.repeat(1001)}"`), 'title'],
    ['a blank title', withData('"title": "  "'), 'title'],
    [
      'an organisation over 500 characters',
      withData(
        `"meta": ${JSON.stringify({ ...(fixture().data.meta as Json), organisation: 'o'.repeat(501) })}`,
      ),
      'meta.organisation',
    ],
    [
      'a date with a five-digit year',
      withData(
        `"meta": ${JSON.stringify({ ...(fixture().data.meta as Json), date: '20260-01-01' })}`,
      ),
      'meta.date',
    ],
  ])('refuses a record with %s as invalid, naming the field', (_, raw, field) => {
    const result = readWorkshop(raw);
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
    if (!result.ok) expect(result.problems[0]?.field ?? '').toBe(field);
  });

  it('reads 500 participants and a 1000-character title, the most the app writes', () => {
    const meta = {
      ...(fixture().data.meta as Json),
      participants: Array(500).fill('p'.repeat(500)),
    };
    const raw = withData(`"title": "${'x'.repeat(1000)}", "meta": ${JSON.stringify(meta)}`);
    expect(readOk(raw).workshop.meta.participants).toHaveLength(500);
  });

  it.each([
    ['ratings that are not an object', '"ratings": "3"', 'ratings', '3'],
    [
      'customer types that are not a list',
      '"customerTypes": { "0": {} }',
      'customerTypes',
      { 0: {} },
    ],
    ['moments that are not a list', '"moments": "Cita previa"', 'moments', 'Cita previa'],
    ['actions that are not a list', '"actions": 7', 'actions', 7],
  ])('keeps %s aside, unchanged, and reads the rest', (_, patch, name, value) => {
    const { workshop } = readOk(withData(patch));
    expect(workshop.unread?.fields).toEqual({ [name]: value });
    expect(workshop.meta.organisation).toBe('Ayuntamiento de Villaverde');
  });

  it('reads a record without moments or actions as having none', () => {
    const data = { ...fixture().data, moments: undefined, actions: undefined };
    const { workshop } = readOk(json({ ...fixture(), data }));
    expect(workshop.moments).toEqual([]);
    expect(workshop.actions).toEqual([]);
  });

  it('keeps ratings for statements the bank does not have aside, as they were', () => {
    const raw = withData('"ratings": { "customers.voice": 4, "customers.gone": 3, "who": 2 }');
    const { workshop } = readOk(raw);
    expect(workshop.ratings).toEqual({ 'customers.voice': 4 });
    expect(workshop.unread?.ratings).toEqual({ 'customers.gone': 3, who: 2 });
  });

  it.each([0, 6, '3', 2.5, null, 'dontknow'])('keeps the out-of-range rating %j aside', (value) => {
    const raw = withData(
      `"ratings": { "customers.voice": ${JSON.stringify(value)}, "moments.owner": 5 }`,
    );
    const { workshop } = readOk(raw);
    expect(workshop.ratings).toEqual({ 'moments.owner': 5 });
    expect(workshop.unread?.ratings).toEqual({ 'customers.voice': value });
  });

  it('keeps answers that are not text, too long, or for unknown prompts aside', () => {
    const long = 'a'.repeat(20_001);
    const raw = withData(
      `"prompts": { "customers.who": 42, "customers.profile": "${long}",
        "customers.segments": "a statement id", "customers.expectations": "Rapidez" }`,
    );
    const { workshop } = readOk(raw);
    expect(workshop.prompts).toEqual({ 'customers.expectations': 'Rapidez' });
    expect(workshop.unread?.prompts).toEqual({
      'customers.who': 42,
      'customers.profile': long,
      'customers.segments': 'a statement id',
    });
  });

  it('keeps fields it does not know, at the top and in meta, aside', () => {
    const meta = { ...(fixture().data.meta as Json), sector: 'Público' };
    const raw = withData(`"evidence": ["foto.jpg"], "meta": ${JSON.stringify(meta)}`);
    const { workshop } = readOk(raw);
    expect(workshop.unread).toEqual({
      fields: { evidence: ['foto.jpg'] },
      meta: { sector: 'Público' },
    });
    expect(workshop.meta).not.toHaveProperty('sector');
  });

  it('writes what it kept aside back unchanged, and keeps it on the next read too', () => {
    const raw = withData(
      '"ratings": { "customers.voice": 9, "moments.owner": 5 }, "evidence": { "a": 1 }',
    );
    const first = readOk(raw).workshop;
    const again = readOk(json(wrapWorkshop(first, new Date()))).workshop;
    expect(again).toEqual(first);
    expect(again.unread).toEqual({
      fields: { evidence: { a: 1 } },
      ratings: { 'customers.voice': 9 },
    });
  });

  it('does not let "__proto__" keys in ratings or prompts pollute objects', () => {
    const raw = withData(
      `"ratings": { "__proto__": { "polluted": true }, "customers.voice": 2 },
       "prompts": { "__proto__": { "polluted": true }, "constructor": "x", "customers.who": "Vecinos" }`,
    );
    const { workshop } = readOk(raw);
    expect(({} as Json).polluted).toBeUndefined();
    expect(Object.hasOwn(workshop.ratings, '__proto__')).toBe(false);
    expect(Object.getPrototypeOf(workshop.ratings)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(workshop.prompts)).toBe(Object.prototype);
    expect((workshop.ratings as Json).polluted).toBeUndefined();
    expect(workshop.ratings).toEqual({ 'customers.voice': 2 });
    expect(workshop.prompts).toEqual({ 'customers.who': 'Vecinos' });
    // Kept aside as plain data, never as a prototype.
    const aside = workshop.unread?.ratings ?? {};
    expect(Object.getPrototypeOf(aside)).toBe(Object.prototype);
    expect(Object.hasOwn(aside, '__proto__')).toBe(true);
    expect((aside as Json).polluted).toBeUndefined();
  });

  it.each([1, 2, CURRENT_SCHEMA_VERSION])(
    'does not let a "__proto__" key in the envelope or data pollute objects (schema %i)',
    (version) => {
      const raw = JSON.parse(
        JSON.stringify(fixture(version)).replace('{', '{"__proto__": {"polluted": true},'),
      ) as unknown;
      const fromEnvelope = readOk(raw).workshop;
      const fromData = readOk(withData('"__proto__": { "polluted": true }', version)).workshop;
      expect(({} as Json).polluted).toBeUndefined();
      for (const workshop of [fromEnvelope, fromData]) {
        expect(Object.getPrototypeOf(workshop)).toBe(Object.prototype);
        expect((workshop as unknown as Json).polluted).toBeUndefined();
      }
    },
  );

  it('names the workshop after the key it is stored under', () => {
    expect(readWorkshop(fixture(), 'other-key')).toMatchObject({
      ok: true,
      workshop: { id: 'other-key' },
    });
  });

  it('keeps markup in texts as literal strings', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const raw = withData(
      `"title": ${JSON.stringify(hostile)}, "prompts": { "customers.who": ${JSON.stringify(hostile)} }`,
    );
    const { workshop } = readOk(raw);
    expect(workshop.title).toBe(hostile);
    expect(workshop.prompts['customers.who']).toBe(hostile);
  });
});

describe('readWorkshop: customer types and moments', () => {
  afterEach(() => {
    delete (Object.prototype as Json).polluted;
  });

  /** A readable stored moment; `over` replaces some of its fields. */
  const moment = (over: Json = {}): Json => ({
    id: 'm1',
    name: 'Pedir cita previa',
    allCustomers: false,
    customerTypeIds: ['ct-vecinos'],
    channel: 'web',
    importance: 5,
    expectation: 5,
    promise: 4,
    delivered: 2,
    owner: 'Luis',
    note: '',
    ...over,
  });

  const customerType = (over: Json = {}): Json => ({
    id: 'ct-vecinos',
    name: 'Vecinos',
    kind: 'external',
    description: '',
    expectations: '',
    ...over,
  });

  /** The current fixture with its customer types and moments replaced. */
  const withInventory = (customerTypes: unknown[], moments: unknown[]) =>
    withData(
      `"customerTypes": ${JSON.stringify(customerTypes)}, "moments": ${JSON.stringify(moments)}`,
    );

  it('keeps an item with a "__proto__" key aside as plain data, polluting nothing', () => {
    const raw = withData(
      `"customerTypes": [{ "__proto__": { "polluted": true }, "id": "ct-vecinos", "name": "Vecinos",
         "kind": "external", "description": "", "expectations": "" }],
       "moments": [{ "constructor": { "polluted": true },
         "id": "m1", "name": "Cita", "allCustomers": true, "customerTypeIds": [],
         "channel": "web", "importance": 5, "expectation": 5, "promise": 4, "delivered": 2, "owner": "", "note": "" }]`,
    );
    const { workshop } = readOk(raw);
    expect(({} as Json).polluted).toBeUndefined();
    expect(workshop.customerTypes).toEqual([]);
    expect(workshop.moments).toEqual([]);
    expect(workshop.unread?.customerTypes).toHaveLength(1);
    expect(workshop.unread?.moments).toHaveLength(1);
  });

  it.each([0, 6, 2.5, '3', -1, true, 'dontKnow', {}])(
    'keeps a moment rated %j aside, exactly as stored',
    (value) => {
      const bad = moment({ id: 'bad', delivered: value });
      const { workshop } = readOk(withInventory([customerType()], [moment(), bad]));
      expect(workshop.moments.map((m) => m.id)).toEqual(['m1']);
      expect(workshop.unread?.moments).toEqual([bad]);
    },
  );

  it('keeps every rating from 1 to 5 and an explicit null', () => {
    const raw = withInventory(
      [customerType()],
      [
        moment({ id: 'a', expectation: 1, promise: 3, delivered: 5 }),
        moment({ id: 'b', expectation: null, promise: 2, delivered: 4 }),
      ],
    );
    expect(
      readOk(raw).workshop.moments.map((m) => [m.expectation, m.promise, m.delivered]),
    ).toEqual([
      [1, 3, 5],
      [null, 2, 4],
    ]);
  });

  it('keeps a moment on an unknown channel and a customer of an unknown kind aside', () => {
    const raw = withInventory(
      [customerType({ id: 'ct-vip', kind: 'vip' }), customerType()],
      [moment({ channel: 'fax' }), moment({ id: 'm2' })],
    );
    const { workshop } = readOk(raw);
    expect(workshop.moments.map((m) => m.id)).toEqual(['m2']);
    expect(workshop.customerTypes.map((t) => t.id)).toEqual(['ct-vecinos']);
    expect(workshop.unread?.moments).toEqual([moment({ channel: 'fax' })]);
    expect(workshop.unread?.customerTypes).toEqual([customerType({ id: 'ct-vip', kind: 'vip' })]);
  });

  it('reads the first of several items with the same id and keeps the others aside', () => {
    const raw = withInventory(
      [customerType({ name: 'Primero' }), customerType({ name: 'Segundo' })],
      [moment({ name: 'Primero' }), moment({ name: 'Segundo' }), moment({ id: 'm2' })],
    );
    const { workshop } = readOk(raw);
    expect(workshop.customerTypes.map((t) => t.name)).toEqual(['Primero']);
    expect(workshop.moments.map((m) => [m.id, m.name])).toEqual([
      ['m1', 'Primero'],
      ['m2', 'Pedir cita previa'],
    ]);
    expect(workshop.unread?.moments).toEqual([moment({ name: 'Segundo' })]);
    expect(workshop.unread?.customerTypes).toEqual([customerType({ name: 'Segundo' })]);
  });

  it('keeps links to customer types as stored, even to one kept aside or gone', () => {
    // The type kept aside may be read by a newer version; Undo may bring a deleted one back.
    const ids = ['ct-gone', 'ct-vecinos', 'ct-blank'];
    const raw = withInventory(
      [customerType(), customerType({ id: 'ct-blank', name: '   ' })],
      [moment({ customerTypeIds: ids })],
    );
    const { workshop } = readOk(raw);
    expect(workshop.customerTypes.map((t) => t.id)).toEqual(['ct-vecinos']);
    expect(workshop.moments[0]?.customerTypeIds).toEqual(ids);
  });

  it('keeps items with a blank or over-long name or text aside', () => {
    const long = 'n'.repeat(2001);
    const bad = [
      customerType({ id: 'ct-1', name: ' \n ' }),
      customerType({ id: 'ct-2', description: long }),
    ];
    const badMoments = [moment({ id: 'm1', name: '' }), moment({ id: 'm2', note: long })];
    const { workshop } = readOk(
      withInventory(
        [...bad, customerType({ id: 'ct-ok' })],
        [...badMoments, moment({ id: 'm3', customerTypeIds: [] })],
      ),
    );
    expect(workshop.customerTypes.map((t) => t.id)).toEqual(['ct-ok']);
    expect(workshop.moments.map((m) => m.id)).toEqual(['m3']);
    expect(workshop.unread?.customerTypes).toEqual(bad);
    expect(workshop.unread?.moments).toEqual(badMoments);
  });

  it('reads texts of exactly 2000 characters', () => {
    const t = 'x'.repeat(2000);
    const raw = withInventory(
      [customerType({ name: t, description: t, expectations: t })],
      [moment({ name: t, owner: t, note: t })],
    );
    const { workshop } = readOk(raw);
    expect(workshop.customerTypes[0]?.description).toBe(t);
    expect(workshop.moments[0]?.note).toBe(t);
    expect(workshop.unread).toBeUndefined();
  });

  it('reads the first 300 of 400 moments and 100 of 150 customer types, keeping the rest aside', () => {
    const types = Array.from({ length: 150 }, (_, i) => customerType({ id: `ct${i}` }));
    const moments = Array.from({ length: 400 }, (_, i) =>
      moment({ id: `m${i}`, customerTypeIds: [] }),
    );
    const { workshop } = readOk(withInventory(types, moments));
    expect(workshop.customerTypes).toHaveLength(100);
    expect(workshop.customerTypes.at(-1)?.id).toBe('ct99');
    expect(workshop.moments).toHaveLength(300);
    expect(workshop.moments.at(-1)?.id).toBe('m299');
    expect(workshop.unread?.customerTypes).toHaveLength(50);
    expect(workshop.unread?.moments).toHaveLength(100);
  });

  it.each([
    ['null', null],
    ['a number', 42],
    ['a string', 'Cita previa'],
    ['a list', [moment()]],
    ['an item without a name', { ...moment({ id: 'bad' }), name: undefined }],
    ['an item with an unsafe id', moment({ id: '../x' })],
    ['an item whose "all customers" is not true or false', moment({ allCustomers: 'yes' })],
    ['an item with a field this version does not know', moment({ id: 'new', evidence: 'x' })],
  ])('keeps %s among the moments aside and reads the rest of the workshop', (_, bad) => {
    const raw = withInventory(
      [bad, customerType()],
      [moment({ id: 'before' }), bad, moment({ id: 'after' })],
    );
    const { workshop } = readOk(raw);
    expect(workshop.customerTypes.map((t) => t.id)).toEqual(['ct-vecinos']);
    expect(workshop.moments.map((m) => m.id)).toEqual(['before', 'after']);
    expect(workshop.moments[0]?.customerTypeIds).toEqual(['ct-vecinos']);
    expect(workshop.unread?.moments).toEqual([json(bad)]);
    expect(Object.keys(workshop.ratings)).toHaveLength(11);
    expect(workshop.meta.organisation).toBe('Ayuntamiento de Villaverde');
  });

  it('reads back the customer types and moments that wrapWorkshop stored', () => {
    const { workshop } = readOk(fixture());
    const again = readOk(json(wrapWorkshop(workshop, new Date())));
    expect(again.workshop.customerTypes).toEqual(workshop.customerTypes);
    expect(again.workshop.moments).toEqual(workshop.moments);
  });
});

describe('readWorkshop: actions', () => {
  /** A readable stored action, linked to a moment of the current fixture; `over` replaces fields. */
  const action = (over: Json = {}): Json => ({
    id: 'a1',
    text: 'Reforzar la web',
    areaId: 'moments',
    momentId: 'mt-cita',
    statementId: null,
    measure: '',
    draft: null,
    owner: 'Luis',
    due: '2026-12-15',
    status: 'inProgress',
    ...over,
  });

  /** The current fixture (moments included) with its actions replaced. */
  const withActions = (actions: unknown[]) => withData(`"actions": ${JSON.stringify(actions)}`);
  const readActions = (actions: unknown[]) => readOk(withActions(actions)).workshop;

  it('reads a readable action as it was stored', () => {
    expect(readActions([action()]).actions).toEqual([action()]);
  });

  it.each([
    ['the status', { status: 'closed' }],
    ['the status', { status: null }],
    ['the due date', { due: '2026-02-30' }],
    ['the due date', { due: '15/12/2026' }],
    ['the due date', { due: 20261215 }],
    ['the area', { areaId: 'sales' }],
    ['the area', { areaId: '__proto__' }],
    ['the text', { text: 't'.repeat(2001) }],
    ['the text', { text: ' \n ' }],
    ['the owner', { owner: 42 }],
    ['the link', { momentId: '../x' }],
  ])('keeps an action whose %s it cannot read aside (%j)', (_, over) => {
    const bad = action({ id: 'bad', ...over });
    const workshop = readActions([bad, action()]);
    expect(workshop.actions.map((a) => a.id)).toEqual(['a1']);
    expect(workshop.unread?.actions).toEqual([json(bad)]);
  });

  it('keeps a link to a moment that is not on the map as stored', () => {
    expect(readActions([action({ momentId: 'mt-gone' })]).actions[0]?.momentId).toBe('mt-gone');
  });

  it('reads an action of exactly 2000 characters', () => {
    const text = 't'.repeat(2000);
    expect(readActions([action({ text, owner: text })]).actions[0]?.text).toBe(text);
  });

  it('reads the first 200 of 250 actions and keeps the rest aside', () => {
    const actions = Array.from({ length: 250 }, (_, i) => action({ id: `a${i}` }));
    const workshop = readActions(actions);
    expect(workshop.actions).toHaveLength(200);
    expect(workshop.actions.at(-1)?.id).toBe('a199');
    expect(workshop.unread?.actions).toHaveLength(50);
  });

  it('reads back the actions that wrapWorkshop stored', () => {
    const { workshop } = readOk(fixture());
    const again = readOk(json(wrapWorkshop(workshop, new Date())));
    expect(again.workshop.actions).toEqual(workshop.actions);
  });
});

describe('schema migrations', () => {
  it('are numbered without gaps up to the current schema version', () => {
    const highest = Math.max(0, ...MIGRATIONS.map((m) => m.from));
    expect(CURRENT_SCHEMA_VERSION).toBe(highest + 1);
    expect(MIGRATIONS.map((m) => m.from)).toEqual(
      Array.from({ length: CURRENT_SCHEMA_VERSION - 1 }, (_, i) => i + 1),
    );
  });

  it('each have a stored fixture that reads through readWorkshop', () => {
    for (const { from } of MIGRATIONS) {
      expect(existsSync(fixtureUrl(from)), `tests/fixtures/workshop-v${from}.json`).toBe(true);
      const result = readWorkshop(fixture(from));
      expect(result).toMatchObject({ ok: true, migratedFrom: from });
    }
  });

  it('have a fixture for the current schema that needs no migration', () => {
    expect(existsSync(fixtureUrl(CURRENT_SCHEMA_VERSION))).toBe(true);
    expect(fixture(CURRENT_SCHEMA_VERSION).schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(readOk(fixture(CURRENT_SCHEMA_VERSION)).migratedFrom).toBeUndefined();
  });
});

describe('schema 5 (issue 13): importance apart from expectation, comments, linked and drafted actions', () => {
  it('migrates a schema-4 moment to importance and expectation both from its one rating, so every gap stays as it was', () => {
    const v4 = fixture(4);
    const { workshop, migratedFrom } = readOk(v4);
    expect(migratedFrom).toBe(4);
    const stored = v4.data.moments as Json[];
    expect(workshop.moments.map((m) => [m.id, m.importance, m.expectation])).toEqual(
      stored.map((m) => [m.id, m.expectation, m.expectation]),
    );
    // The version-4 fixture was answered with bank version 1: it stays so, every answer intact.
    expect(workshop.bank).toEqual({ id: 'momentos-cx', version: 1 });
    expect(workshop.ratings).toEqual(v4.data.ratings);
    expect(workshop.comments).toEqual({});
    expect(workshop.unread).toBeUndefined();
  });

  it('gives a schema-4 action no statement, no measure and no draft marker', () => {
    const { workshop } = readOk(fixture(4));
    for (const action of workshop.actions)
      expect(action).toMatchObject({ statementId: null, measure: '', draft: null });
    expect(workshop.actions.map((a) => a.text)).toEqual(
      (fixture(4).data.actions as Json[]).map((a) => a.text),
    );
  });

  it('keeps a comment on an unknown statement, or a blank one, aside exactly as stored', () => {
    const raw = withData(
      `"comments": { "customers.voice": "Bien", "customers.nope": "x", "processes.optOut": "  " }`,
    );
    const { workshop } = readOk(raw);
    expect(workshop.comments).toEqual({ 'customers.voice': 'Bien' });
    expect(workshop.unread?.comments).toEqual({ 'customers.nope': 'x', 'processes.optOut': '  ' });
  });

  it('refuses to write a comment longer than 500 characters, or an action linked to an unknown statement', () => {
    const { workshop } = readOk(fixture());
    expect(() =>
      assertWritable({ ...workshop, comments: { 'customers.voice': 'x'.repeat(501) } }),
    ).toThrow();
    expect(() =>
      assertWritable({
        ...workshop,
        actions: [{ ...workshop.actions[0]!, statementId: 'customers.nope' }],
      }),
    ).toThrow();
    expect(() =>
      assertWritable({ ...workshop, comments: { 'customers.voice': 'x'.repeat(500) } }),
    ).not.toThrow();
  });
});
