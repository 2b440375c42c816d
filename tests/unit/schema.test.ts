import { existsSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, MIGRATIONS } from '../../src/persistence/migrations';
import { readWorkshop, wrapWorkshop } from '../../src/persistence/schema';

type Json = Record<string, unknown>;

const fixtureUrl = (version: number) =>
  new URL(`../fixtures/workshop-v${version}.json`, import.meta.url);

/** A freshly parsed copy of a stored fixture, exactly as it would come out of storage. */
function fixture(version = 1): Json & { data: Json } {
  return JSON.parse(readFileSync(fixtureUrl(version), 'utf8')) as Json & { data: Json };
}

/** The v1 fixture with some fields of its data replaced, parsed from JSON text like stored data. */
function withData(patch: string): unknown {
  const text = JSON.stringify(fixture());
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

  it('reads the stored v1 fixture', () => {
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

  it('does not let a "__proto__" key in the envelope or data pollute objects', () => {
    const raw = JSON.parse(
      JSON.stringify(fixture()).replace('{', '{"__proto__": {"polluted": true},'),
    ) as unknown;
    const fromEnvelope = readOk(raw).workshop;
    const fromData = readOk(withData('"__proto__": { "polluted": true }')).workshop;
    expect(({} as Json).polluted).toBeUndefined();
    for (const workshop of [fromEnvelope, fromData]) {
      expect(Object.getPrototypeOf(workshop)).toBe(Object.prototype);
      expect((workshop as unknown as Json).polluted).toBeUndefined();
    }
  });

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
