import { existsSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CURRENT_SCHEMA_VERSION, MIGRATIONS } from '../../src/persistence/migrations';
import { readWorkshop, resetBadRatingReport, wrapWorkshop } from '../../src/persistence/schema';

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
    expect(Object.keys(workshop.ratings)).toHaveLength(10);
    expect(workshop.prompts['customers.who']).toContain('\n');
    expect(workshop.lastStep).toBe('moments');
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
    expect(workshop.lastStep).toBe('moments');
  });

  it('reads the stored v2 fixture as migrated from 2, keeping its map, with no actions yet', () => {
    const v2 = fixture(2);
    const { workshop, migratedFrom } = readOk(v2);
    expect(migratedFrom).toBe(2);
    expect(workshop.actions).toEqual([]);
    expect(workshop.customerTypes).toEqual(v2.data.customerTypes);
    expect(workshop.moments).toEqual(v2.data.moments);
    expect(workshop.customerTypes.map((t) => t.id)).toEqual(['ct-vecinos', 'ct-oficinas']);
    expect(workshop.moments).toHaveLength(4);
    expect(workshop.updatedAt).toBe('2026-11-20T10:14:59.500Z');
    expect(workshop.ratings).toEqual(v2.data.ratings);
    expect(workshop.prompts).toEqual(v2.data.prompts);
    expect(workshop.lastStep).toBe('moments');
  });

  it('reads exactly the actions of the current fixture', () => {
    expect(readOk(fixture()).workshop.actions).toEqual([
      {
        id: 'ac-web',
        text: 'Reforzar el servidor de cita previa antes de cada lunes.',
        areaId: null,
        momentId: 'mt-cita',
        owner: 'Luis Pérez',
        due: '2026-12-15',
        status: 'inProgress',
      },
      {
        id: 'ac-escucha',
        text: 'Pasar una encuesta de dos preguntas al salir de la ventanilla.\nRevisar las respuestas cada mes.',
        areaId: 'customers',
        momentId: null,
        owner: 'Ana López',
        due: '',
        status: 'open',
      },
      {
        id: 'ac-010',
        text: 'Dar al 010 acceso de lectura a los expedientes.',
        areaId: 'moments',
        momentId: 'mt-telefono',
        owner: '',
        due: '2027-01-31',
        status: 'done',
      },
      {
        id: 'ac-carta',
        text: 'Redactar la carta de servicios con plazos de respuesta.',
        areaId: null,
        momentId: null,
        owner: 'Marta Ibáñez',
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
        expectation: 5,
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
    expect(readWorkshop(raw)).toEqual({ ok: false, reason: 'foreign' });
  });

  it('refuses data saved by a newer version of the app', () => {
    const raw = { ...fixture(), schemaVersion: CURRENT_SCHEMA_VERSION + 1 };
    expect(readWorkshop(raw)).toEqual({ ok: false, reason: 'newer' });
  });

  it.each([
    ['another kind of record', { ...fixture(), kind: 'report' }],
    ['a fractional schema version', { ...fixture(), schemaVersion: 1.5 }],
    ['schema version 0', { ...fixture(), schemaVersion: 0 }],
    ['no data', { ...fixture(), data: undefined }],
    ['an id with unsafe characters', withData('"id": "../../etc"')],
    ['a date that is not a date', withData('"createdAt": "ayer"')],
    ['another question bank', withData('"bank": { "id": "otro", "version": 1 }')],
    ['ratings that are not an object', withData('"ratings": "3"')],
    ['a title over 500 characters', withData(`"title": "${'x'.repeat(501)}"`)],
    ['customer types that are not a list', withData('"customerTypes": { "0": {} }')],
    ['moments that are not a list', withData('"moments": "Cita previa"')],
    ['no moments at all', { ...fixture(), data: { ...fixture().data, moments: undefined } }],
    ['actions that are not a list', withData('"actions": { "0": {} }')],
    ['no actions at all', { ...fixture(), data: { ...fixture().data, actions: undefined } }],
  ])('refuses a record with %s as invalid', (_, raw) => {
    expect(readWorkshop(raw)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('drops ratings for statements the bank does not have', () => {
    const raw = withData('"ratings": { "customers.voice": 4, "customers.gone": 3, "who": 2 }');
    expect(readOk(raw).workshop.ratings).toEqual({ 'customers.voice': 4 });
  });

  it.each([0, 6, '3', 2.5, null, 'dontknow'])('drops the out-of-range rating %j', (value) => {
    const raw = withData(
      `"ratings": { "customers.voice": ${JSON.stringify(value)}, "moments.owner": 5 }`,
    );
    expect(readOk(raw).workshop.ratings).toEqual({ 'moments.owner': 5 });
  });

  it('reports dropped ratings in the console once per session, naming them', () => {
    resetBadRatingReport();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const raw = () =>
      withData('"ratings": { "customers.voice": 6, "moments.owner": 0, "moments.mapped": 3 }');
    expect(readOk(raw()).workshop.ratings).toEqual({ 'moments.mapped': 3 });
    readOk(raw());
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(/ignored 2 stored rating\(s\) outside 1-5/);
    expect(warn.mock.calls[0]?.[0]).toContain('customers.voice, moments.owner');
    warn.mockRestore();
  });

  it('says nothing in the console when every rating is valid', () => {
    resetBadRatingReport();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    readOk(fixture());
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('drops prompt answers that are not text, too long, or for unknown prompts', () => {
    const raw = withData(
      `"prompts": { "customers.who": 42, "customers.profile": "${'a'.repeat(20_001)}",
        "customers.segments": "a statement id", "customers.expectations": "Rapidez" }`,
    );
    expect(readOk(raw).workshop.prompts).toEqual({ 'customers.expectations': 'Rapidez' });
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

  it.each(['results', 'Customers', '__proto__', ''])(
    'opens an unknown last step (%j) at the introduction',
    (step) => {
      expect(readOk(withData(`"lastStep": "${step}"`)).workshop.lastStep).toBe('intro');
    },
  );

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

  const MOMENT_KEYS = [
    'allCustomers',
    'channel',
    'customerTypeIds',
    'delivered',
    'expectation',
    'id',
    'name',
    'note',
    'owner',
    'promise',
  ];

  it('does not let "__proto__" keys inside a moment or a customer type pollute objects', () => {
    const raw = withData(
      `"customerTypes": [{ "__proto__": { "polluted": true }, "id": "ct-vecinos", "name": "Vecinos",
         "kind": "external", "description": "", "expectations": "" }],
       "moments": [{ "__proto__": { "polluted": true }, "constructor": { "polluted": true },
         "id": "m1", "name": "Cita", "allCustomers": false, "customerTypeIds": ["ct-vecinos"],
         "channel": "web", "expectation": 5, "promise": 4, "delivered": 2, "owner": "", "note": "" }]`,
    );
    const { workshop } = readOk(raw);
    expect(({} as Json).polluted).toBeUndefined();
    const [type] = workshop.customerTypes;
    const [read] = workshop.moments;
    for (const item of [type, read]) {
      expect(Object.getPrototypeOf(item)).toBe(Object.prototype);
      expect((item as unknown as Json).polluted).toBeUndefined();
      expect(Object.hasOwn(item as object, '__proto__')).toBe(false);
    }
    expect(Object.keys(read ?? {}).sort()).toEqual(MOMENT_KEYS);
    expect(read).toEqual({
      id: 'm1',
      name: 'Cita',
      allCustomers: false,
      customerTypeIds: ['ct-vecinos'],
      channel: 'web',
      expectation: 5,
      promise: 4,
      delivered: 2,
      owner: '',
      note: '',
    });
  });

  it.each([0, 6, 2.5, '3', -1, true, 'dontKnow', {}])(
    'reads the out-of-range rating %j as unrated (null)',
    (value) => {
      const raw = withInventory(
        [customerType()],
        [moment({ expectation: value, promise: value, delivered: value })],
      );
      const [read] = readOk(raw).workshop.moments;
      expect(read).toMatchObject({ expectation: null, promise: null, delivered: null });
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

  it('reads an unknown channel as "other" and an unknown kind of customer as external', () => {
    const raw = withInventory(
      [customerType({ kind: 'vip' })],
      [moment({ channel: 'fax' }), moment({ id: 'm2', channel: 'Web' })],
    );
    const { workshop } = readOk(raw);
    expect(workshop.moments.map((m) => m.channel)).toEqual(['other', 'other']);
    expect(workshop.customerTypes[0]?.kind).toBe('external');
  });

  it('keeps only the first of several items with the same id', () => {
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
  });

  it('drops pointers to customer types that do not exist or were not readable, and repeats', () => {
    const raw = withInventory(
      [customerType(), customerType({ id: 'ct-blank', name: '   ' })],
      [moment({ customerTypeIds: ['ct-gone', 'ct-vecinos', 'ct-blank', 'ct-vecinos'] })],
    );
    const { workshop } = readOk(raw);
    expect(workshop.customerTypes.map((t) => t.id)).toEqual(['ct-vecinos']);
    expect(workshop.moments[0]?.customerTypeIds).toEqual(['ct-vecinos']);
  });

  it('keeps a moment whose only customer type is unknown, with no type', () => {
    const raw = withInventory([customerType()], [moment({ customerTypeIds: ['ct-gone'] })]);
    expect(readOk(raw).workshop.moments[0]?.customerTypeIds).toEqual([]);
  });

  it('clears the customer types of an "all customers" moment', () => {
    const raw = withInventory([customerType()], [moment({ allCustomers: true })]);
    expect(readOk(raw).workshop.moments[0]).toMatchObject({
      allCustomers: true,
      customerTypeIds: [],
    });
  });

  it('drops items with a blank name', () => {
    const raw = withInventory(
      [customerType({ name: ' \n ' }), customerType({ id: 'ct-ok' })],
      [moment({ name: '' }), moment({ id: 'm2', name: '\t' }), moment({ id: 'm3' })],
    );
    const { workshop } = readOk(raw);
    expect(workshop.customerTypes.map((t) => t.id)).toEqual(['ct-ok']);
    expect(workshop.moments.map((m) => m.id)).toEqual(['m3']);
  });

  it('drops an item whose name would be blank once capped at 2000 characters', () => {
    const name = `${' '.repeat(2000)}x`;
    const raw = withInventory(
      [customerType({ id: 'ct-ok' }), customerType({ id: 'ct-long', name })],
      [moment({ id: 'm1', name }), moment({ id: 'm2' })],
    );
    const { workshop } = readOk(raw);
    expect(workshop.customerTypes.map((t) => t.id)).toEqual(['ct-ok']);
    expect(workshop.moments.map((m) => m.id)).toEqual(['m2']);
  });

  it('caps every text of a customer type and a moment at 2000 characters', () => {
    const long = (c: string) => c.repeat(5000);
    const raw = withInventory(
      [
        customerType({
          name: long('n'),
          description: long('d'),
          expectations: long('e'),
        }),
      ],
      [moment({ name: long('n'), owner: long('o'), note: long('x') })],
    );
    const { workshop } = readOk(raw);
    const [type] = workshop.customerTypes;
    const [read] = workshop.moments;
    expect(type?.name).toBe('n'.repeat(2000));
    expect(type?.description).toBe('d'.repeat(2000));
    expect(type?.expectations).toBe('e'.repeat(2000));
    expect(read?.name).toBe('n'.repeat(2000));
    expect(read?.owner).toBe('o'.repeat(2000));
    expect(read?.note).toBe('x'.repeat(2000));
  });

  it('keeps the first 300 of 400 moments and the first 100 of 150 customer types', () => {
    const types = Array.from({ length: 150 }, (_, i) => customerType({ id: `ct${i}` }));
    const moments = Array.from({ length: 400 }, (_, i) =>
      moment({ id: `m${i}`, customerTypeIds: [] }),
    );
    const { workshop } = readOk(withInventory(types, moments));
    expect(workshop.customerTypes).toHaveLength(100);
    expect(workshop.customerTypes.at(-1)?.id).toBe('ct99');
    expect(workshop.moments).toHaveLength(300);
    expect(workshop.moments[0]?.id).toBe('m0');
    expect(workshop.moments.at(-1)?.id).toBe('m299');
  });

  it('counts only readable moments towards the 300', () => {
    const moments = [
      null,
      moment({ id: 'm0' }),
      moment({ id: 'm0' }),
      ...Array.from({ length: 300 }, (_, i) => moment({ id: `m${i + 1}` })),
    ];
    const read = readOk(withInventory([customerType()], moments)).workshop.moments;
    expect(read).toHaveLength(300);
    expect(read[0]?.id).toBe('m0');
    expect(read.at(-1)?.id).toBe('m299');
  });

  it.each([
    ['null', null],
    ['a number', 42],
    ['a string', 'Cita previa'],
    ['a list', [moment()]],
    ['an item without a name', { ...moment({ id: 'bad' }), name: undefined }],
    ['an item with an unsafe id', moment({ id: '../x' })],
    ['an item whose "all customers" is not true or false', moment({ allCustomers: 'yes' })],
    [
      'an item whose customer types are not a list of ids',
      moment({ customerTypeIds: 'ct-vecinos' }),
    ],
  ])('drops %s among the moments and reads the rest of the workshop', (_, bad) => {
    const raw = withInventory(
      [bad, customerType()],
      [moment({ id: 'before' }), bad, moment({ id: 'after' })],
    );
    const { workshop } = readOk(raw);
    expect(workshop.customerTypes.map((t) => t.id)).toEqual(['ct-vecinos']);
    expect(workshop.moments.map((m) => m.id)).toEqual(['before', 'after']);
    expect(workshop.moments[0]?.customerTypeIds).toEqual(['ct-vecinos']);
    expect(Object.keys(workshop.ratings)).toHaveLength(10);
    expect(workshop.prompts['customers.who']).toContain('Vecinos');
    expect(workshop.meta.organisation).toBe('Ayuntamiento de Villaverde');
  });

  it('reads back the customer types and moments that wrapWorkshop stored', () => {
    const { workshop } = readOk(fixture());
    const again = readOk(JSON.parse(JSON.stringify(wrapWorkshop(workshop, new Date()))));
    expect(again.workshop.customerTypes).toEqual(workshop.customerTypes);
    expect(again.workshop.moments).toEqual(workshop.moments);
  });
});

describe('readWorkshop: actions', () => {
  afterEach(() => {
    delete (Object.prototype as Json).polluted;
  });

  /** A readable stored action, linked to a moment of the current fixture; `over` replaces fields. */
  const action = (over: Json = {}): Json => ({
    id: 'a1',
    text: 'Reforzar la web',
    areaId: 'moments',
    momentId: 'mt-cita',
    owner: 'Luis',
    due: '2026-12-15',
    status: 'inProgress',
    ...over,
  });

  /** The current fixture (moments included) with its actions replaced. */
  const withActions = (actions: unknown[]) => withData(`"actions": ${JSON.stringify(actions)}`);

  const readActions = (actions: unknown[]) => readOk(withActions(actions)).workshop.actions;

  it('reads a readable action as it was stored', () => {
    expect(readActions([action()])).toEqual([
      {
        id: 'a1',
        text: 'Reforzar la web',
        areaId: 'moments',
        momentId: 'mt-cita',
        owner: 'Luis',
        due: '2026-12-15',
        status: 'inProgress',
      },
    ]);
  });

  it('does not let "__proto__" keys inside an action pollute objects', () => {
    const raw = withData(
      `"actions": [{ "__proto__": { "polluted": true }, "constructor": { "polluted": true },
         "id": "a1", "text": "Hacer", "areaId": null, "momentId": null, "owner": "", "due": "",
         "status": "open", "extra": "x" }]`,
    );
    const [read] = readOk(raw).workshop.actions;
    expect(({} as Json).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(read)).toBe(Object.prototype);
    expect((read as unknown as Json).polluted).toBeUndefined();
    expect(Object.hasOwn(read as object, '__proto__')).toBe(false);
    expect(Object.keys(read ?? {}).sort()).toEqual([
      'areaId',
      'due',
      'id',
      'momentId',
      'owner',
      'status',
      'text',
    ]);
  });

  it.each(['closed', 'Done', '', 1, null, {}])('opens an action with the status %j', (status) => {
    expect(readActions([action({ status })])[0]?.status).toBe('open');
  });

  it.each(['2026-02-30', '2026-2-3', '15/12/2026', '2026-12-15T10:00:00Z', 20261215, null])(
    'reads the due date %j as none',
    (due) => {
      expect(readActions([action({ due })])[0]?.due).toBe('');
    },
  );

  it('clears a link to a moment that is not on the map', () => {
    expect(readActions([action({ momentId: 'mt-gone' })])[0]?.momentId).toBeNull();
  });

  it('clears a link to a moment that was not readable itself', () => {
    const raw = withData(
      `"moments": [{ "id": "mt-blank", "name": " ", "allCustomers": true, "customerTypeIds": [],
         "channel": "web", "expectation": 5, "promise": 4, "delivered": 2, "owner": "", "note": "" }],
       "actions": ${JSON.stringify([action({ momentId: 'mt-blank' })])}`,
    );
    expect(readOk(raw).workshop.actions[0]?.momentId).toBeNull();
  });

  it.each(['sales', 'Customers', '__proto__', 3, true])(
    'clears a link to the unknown area %j',
    (areaId) => {
      expect(readActions([action({ areaId })])[0]?.areaId).toBeNull();
    },
  );

  it('reads an action stored without links, due date or status as unlinked and open', () => {
    const bare = { id: 'a1', text: 'Hacer', owner: '' };
    expect(readActions([bare])).toEqual([
      { id: 'a1', text: 'Hacer', areaId: null, momentId: null, owner: '', due: '', status: 'open' },
    ]);
  });

  it('caps the text and the owner at 2000 characters', () => {
    const [read] = readActions([action({ text: 't'.repeat(5000), owner: 'o'.repeat(5000) })]);
    expect(read?.text).toBe('t'.repeat(2000));
    expect(read?.owner).toBe('o'.repeat(2000));
  });

  it('drops actions with a blank text, even once capped at 2000 characters', () => {
    const read = readActions([
      action({ id: 'a1', text: '' }),
      action({ id: 'a2', text: ' \n ' }),
      action({ id: 'a3', text: `${' '.repeat(2000)}x` }),
      action({ id: 'a4' }),
    ]);
    expect(read.map((a) => a.id)).toEqual(['a4']);
  });

  it('keeps only the first of several actions with the same id', () => {
    const read = readActions([
      action({ text: 'Primera' }),
      action({ text: 'Segunda' }),
      action({ id: 'a2' }),
    ]);
    expect(read.map((a) => [a.id, a.text])).toEqual([
      ['a1', 'Primera'],
      ['a2', 'Reforzar la web'],
    ]);
  });

  it('keeps the first 200 of 250 readable actions, counting only readable ones', () => {
    const actions = [
      null,
      action({ id: 'a0' }),
      action({ id: 'a0' }),
      ...Array.from({ length: 250 }, (_, i) => action({ id: `a${i + 1}` })),
    ];
    const read = readActions(actions);
    expect(read).toHaveLength(200);
    expect(read[0]?.id).toBe('a0');
    expect(read.at(-1)?.id).toBe('a199');
  });

  it.each([
    ['null', null],
    ['a number', 42],
    ['a string', 'Reforzar la web'],
    ['a list', [action()]],
    ['an item without a text', { ...action({ id: 'bad' }), text: undefined }],
    ['an item whose text is not text', action({ id: 'bad', text: 42 })],
    ['an item without an owner', { ...action({ id: 'bad' }), owner: undefined }],
    ['an item with an unsafe id', action({ id: '../x' })],
  ])('drops %s among the actions and reads the rest of the workshop', (_, bad) => {
    const { workshop } = readOk(
      withActions([action({ id: 'before' }), bad, action({ id: 'after' })]),
    );
    expect(workshop.actions.map((a) => a.id)).toEqual(['before', 'after']);
    expect(workshop.actions[0]?.momentId).toBe('mt-cita');
    expect(workshop.moments).toHaveLength(4);
    expect(Object.keys(workshop.ratings)).toHaveLength(10);
    expect(workshop.meta.organisation).toBe('Ayuntamiento de Villaverde');
  });

  it('reads back the actions that wrapWorkshop stored', () => {
    const { workshop } = readOk(fixture());
    const again = readOk(JSON.parse(JSON.stringify(wrapWorkshop(workshop, new Date()))));
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
