// The one reader of a site's own files (src/persistence/site-config.ts): config.json, field by field
// with ours as the fallback, and a custom question bank, taken whole or refused with every problem.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_CONFIG, type SiteProblem } from '../../src/domain/site-config';
import {
  isRelativePath,
  MAX_PROBLEMS,
  readQuestionBank,
  readSiteConfig,
} from '../../src/persistence/site-config';

const EXAMPLE = new URL('../../examples/site/', import.meta.url);
const exampleText = (path: string) => readFileSync(new URL(path, EXAMPLE), 'utf8');

const config = (fields: Record<string, unknown>) => readSiteConfig(JSON.stringify(fields));
const problem = (field: string, kind: SiteProblem['kind'], extra: Partial<SiteProblem> = {}) => ({
  file: 'config',
  field,
  kind,
  ...extra,
});

describe('readSiteConfig: a good file', () => {
  it('reads every field of the example config', () => {
    const { config: read, problems } = readSiteConfig(exampleText('config.json'));
    expect(problems).toEqual([]);
    expect(read).toEqual({
      brand: 'Brújula Consultores',
      logo: 'brand/logo.svg',
      primaryColor: '#7a3b69',
      primaryColorDark: '#e0a5cf',
      defaultLanguage: 'es',
      languages: ['es', 'en'],
      questionBank: 'brand/bank.json',
      olderQuestionBanks: [],
    });
  });

  it('reads the earlier banks a site keeps readable, or none with one problem', () => {
    expect(config({ olderQuestionBanks: ['brand/bank-v1.json', './old/bank.json'] })).toEqual({
      config: {
        ...DEFAULT_SITE_CONFIG,
        olderQuestionBanks: ['brand/bank-v1.json', './old/bank.json'],
      },
      problems: [],
    });
    for (const [value, kind] of [
      [['brand/bank-v1.json', 'https://example.com/bank.json'], 'notRelative'],
      [['a.json', 'a.json'], 'duplicate'],
      [['1.json', '2.json', '3.json', '4.json', '5.json', '6.json'], 'tooLong'],
      ['brand/bank-v1.json', 'wrongValue'],
      [['logo.svg'], 'wrongValue'],
    ] as const)
      expect(config({ olderQuestionBanks: value })).toMatchObject({
        config: { olderQuestionBanks: [] },
        problems: [{ file: 'config', field: 'olderQuestionBanks', kind }],
      });
  });

  it('gives ours for an empty object, and for fields left out or null, with no problem', () => {
    expect(readSiteConfig('{}')).toEqual({ config: DEFAULT_SITE_CONFIG, problems: [] });
    expect(config({ brand: null, logo: null, languages: null })).toEqual({
      config: DEFAULT_SITE_CONFIG,
      problems: [],
    });
  });

  it('trims the brand, writes colours as lower-case #rrggbb, takes one language', () => {
    const { config: read, problems } = config({
      brand: '  Acme  ',
      primaryColor: '#0F5C63',
      primaryColorDark: '#ff0',
      languages: ['en'],
      defaultLanguage: 'en',
      logo: './img/acme-logo.PNG',
    });
    expect(problems).toEqual([]);
    expect(read).toMatchObject({
      brand: 'Acme',
      primaryColor: '#0f5c63',
      primaryColorDark: '#ffff00',
      languages: ['en'],
      defaultLanguage: 'en',
      logo: './img/acme-logo.PNG',
    });
  });

  it('reads a file that starts with a byte-order mark', () => {
    expect(readSiteConfig('\uFEFF{"brand": "Acme"}').config.brand).toBe('Acme');
    expect(readQuestionBank(`\uFEFF${BANK_TEXT}`).ok).toBe(true);
  });

  it('never hands out the defaults object itself', () => {
    const { config: read } = readSiteConfig('{}');
    read.languages.push('es');
    expect(DEFAULT_SITE_CONFIG.languages).toEqual(['es', 'en']);
  });
});

describe('readSiteConfig: each kind of wrong field falls back to ours with one problem', () => {
  it('unknownField: a typo is ignored and named', () => {
    const read = config({ primaryColour: '#0f5c63', brand: 'Acme' });
    expect(read.problems).toEqual([problem('primaryColour', 'unknownField')]);
    expect(read.config).toEqual({ ...DEFAULT_SITE_CONFIG, brand: 'Acme' });
  });

  it('wrongValue: a value of the wrong type or form', () => {
    const cases: [string, unknown][] = [
      ['brand', 42],
      ['logo', 'brand/logo.gif'],
      ['primaryColor', 'teal'],
      ['primaryColorDark', '#12345'],
      ['defaultLanguage', 'fr'],
      ['languages', ['es', 'fr']],
      ['languages', 'es'],
      ['questionBank', 'brand/bank.yaml'],
    ];
    for (const [field, value] of cases) {
      const read = config({ [field]: value });
      expect(read.problems, `${field}: ${JSON.stringify(value)}`).toEqual([
        problem(field, 'wrongValue'),
      ]);
      expect(read.config).toEqual(DEFAULT_SITE_CONFIG);
    }
  });

  it('tooLong: a brand over 60 characters, a path over 200', () => {
    expect(config({ brand: 'x'.repeat(61) }).problems).toEqual([
      problem('brand', 'tooLong', { limit: 60 }),
    ]);
    expect(config({ brand: 'x'.repeat(60) }).problems).toEqual([]);
    const long = `${'a/'.repeat(100)}logo.svg`;
    expect(config({ logo: long }).problems).toEqual([problem('logo', 'tooLong', { limit: 200 })]);
  });

  it('missing: a blank brand, an empty list of languages', () => {
    expect(config({ brand: ' \n\t ' }).problems).toEqual([problem('brand', 'missing')]);
    const read = config({ languages: [] });
    expect(read.problems).toEqual([problem('languages', 'missing')]);
    expect(read.config.languages).toEqual(['es', 'en']);
  });

  it('duplicate: a language listed twice', () => {
    const read = config({ languages: ['en', 'en'] });
    expect(read.problems).toEqual([problem('languages', 'duplicate')]);
    expect(read.config.languages).toEqual(['es', 'en']);
  });

  it('notRelative: a path that leaves the site', () => {
    const away = [
      'https://example.com/logo.svg',
      '//example.com/logo.svg',
      '/logo.svg',
      '../logo.svg',
      'brand/../../logo.svg',
      'brand/%2e%2e/logo.svg',
      'brand\\logo.svg',
      'javascript:alert(1)//.svg',
      'data:image/svg+xml,<svg/>.svg',
      'logo.svg?x=.svg',
      'logo.png#.svg',
      'brand//logo.svg',
      'C:/logo.svg',
      'my logo.svg',
      '.hidden/logo.svg',
    ];
    for (const path of away) {
      expect(isRelativePath(path), path).toBe(false);
      const read = config({ logo: path, questionBank: path.replace(/svg$/, 'json') });
      expect(read.problems, path).toEqual([
        problem('logo', 'notRelative'),
        problem('questionBank', 'notRelative'),
      ]);
      expect(read.config).toEqual(DEFAULT_SITE_CONFIG);
    }
    for (const path of ['logo.svg', './logo.svg', 'brand/acme_logo-2.v3.png'])
      expect(isRelativePath(path), path).toBe(true);
  });

  it('lowContrast: a colour that cannot be text on the page, with the contrast it reached', () => {
    const read = config({ primaryColor: '#ffff00', primaryColorDark: '#000080' });
    expect(read.problems).toEqual([
      problem('primaryColor', 'lowContrast', { ratio: expect.closeTo(1.007, 3) as number }),
      problem('primaryColorDark', 'lowContrast', { ratio: expect.closeTo(1.13, 2) as number }),
    ]);
    expect(read.config.primaryColor).toBeNull();
    expect(read.config.primaryColorDark).toBeNull();
  });

  it('wrongValue on defaultLanguage when the languages offered leave it out', () => {
    const read = config({ defaultLanguage: 'es', languages: ['en'] });
    expect(read.problems).toEqual([problem('defaultLanguage', 'wrongValue')]);
    expect(read.config.languages).toEqual(['en']);
    expect(read.config.defaultLanguage).toBeNull();
  });

  it('keeps the good fields of a file with bad ones', () => {
    const read = config({
      brand: 'Acme',
      primaryColor: '#ffff00',
      defaultLanguage: 'en',
      logo: 'https://evil.example/x.svg',
    });
    expect(read.config).toEqual({ ...DEFAULT_SITE_CONFIG, brand: 'Acme', defaultLanguage: 'en' });
    expect(read.problems.map((p) => `${p.field}:${p.kind}`)).toEqual([
      'logo:notRelative',
      'primaryColor:lowContrast',
    ]);
  });

  it('unreadable: not JSON, not an object, empty, or over 16 KB', () => {
    const unreadable = { config: DEFAULT_SITE_CONFIG, problems: [problem('', 'unreadable')] };
    for (const text of ['', '   ', '{', 'brand: Acme', '[]', 'null', '42', '"x"', 'true'])
      expect(readSiteConfig(text), JSON.stringify(text)).toEqual(unreadable);
    const big = JSON.stringify({ brand: 'Acme', padding: 'x'.repeat(16 * 1024) });
    expect(readSiteConfig(big)).toEqual(unreadable);
  });
});

describe('readSiteConfig: a hostile file', () => {
  it('neither throws nor pollutes prototypes', () => {
    const hostile = [
      '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}',
      '{"brand": {"__proto__": {"polluted": true}}, "languages": {"__proto__": []}}',
      `{"brand": "${'\\u0000'.repeat(100)}", "logo": ${'['.repeat(5000)}${']'.repeat(5000)}}`,
      `{"languages": ${'['.repeat(8000)}${']'.repeat(8000)}}`,
      `{"brand": "${'x'.repeat(15_000)}"}`,
      '{"primaryColor": ["#fff"], "defaultLanguage": {"toString": "es"}, "languages": [null, 1]}',
      `{"${'k'.repeat(10_000)}": 1}`,
    ];
    for (const text of hostile) {
      const read = readSiteConfig(text);
      expect(read.problems.length, text.slice(0, 60)).toBeGreaterThan(0);
      expect(Object.getPrototypeOf(read.config)).toBe(Object.prototype);
      for (const problem of read.problems) expect(problem.field.length).toBeLessThanOrEqual(120);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const proto = readSiteConfig('{"__proto__": {"brand": "Evil"}}');
    expect(proto.config).toEqual(DEFAULT_SITE_CONFIG);
    expect(proto.problems).toEqual([problem('__proto__', 'unknownField')]);
  });

  it('names at most MAX_PROBLEMS unknown fields', () => {
    const many = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`k${i}`, i]));
    expect(config(many).problems).toHaveLength(MAX_PROBLEMS);
  });
});

// The question bank.

type Json = Record<string, unknown>;
const BANK_TEXT = exampleText('brand/bank.json');
const bank = () => JSON.parse(BANK_TEXT) as Json & { areas: Json[] };
const areaOf = (b: Json & { areas: Json[] }, i: number) =>
  b.areas[i] as Json & { statements: Json[]; prompts: Json[] };
const both = (es: string, en: string) => ({ es, en });
const refused = (b: unknown) => {
  const read = readQuestionBank(JSON.stringify(b));
  expect(read.ok).toBe(false);
  return read.ok ? [] : read.problems;
};
const bankProblem = (
  field: string,
  kind: SiteProblem['kind'],
  extra: Partial<SiteProblem> = {},
) => ({
  file: 'bank',
  field,
  kind,
  ...extra,
});

describe('readQuestionBank: a good bank', () => {
  it('reads the example bank of two areas', () => {
    const read = readQuestionBank(BANK_TEXT);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const { bank: b } = read;
    expect(b.id).toBe('brujula-servicio');
    expect(b.version).toBe(1);
    expect(b.name).toEqual(both('Brújula: servicio en tienda', 'Brújula: in-store service'));
    expect(b.areas.map((a) => a.id)).toEqual(['customers', 'moments']);
    expect(b.areas.map((a) => a.statements.length)).toEqual([3, 4]);
    expect(b.areas.map((a) => a.prompts.length)).toEqual([1, 2]);
    const guided = b.areas[0]!.statements[0]!;
    expect(guided.id).toBe('knowRegulars');
    expect(guided.evidence?.en).toMatch(/^Anyone on the team/);
    expect(Object.keys(guided.levels ?? {})).toEqual(['1', '3', '5']);
    expect(guided.levels?.[5].es).toMatch(/^Todo el equipo/);
    // Optional parts left out are absent, not undefined keys; the $schema key is not kept.
    expect('evidence' in b.areas[0]!.statements[1]!).toBe(false);
    expect('$schema' in b).toBe(false);
  });

  it('trims texts and composes them to NFC', () => {
    const b = bank();
    areaOf(b, 0).title = both('  Clientes de cafe\u0301 ', 'Caf\u00e9 customers');
    const read = readQuestionBank(JSON.stringify(b));
    expect(read.ok && read.bank.areas[0]!.title).toEqual(
      both('Clientes de café', 'Café customers'),
    );
  });

  it('takes one area, no prompts and the largest lists allowed', () => {
    const b = bank();
    const area = areaOf(b, 0);
    area.prompts = [];
    b.areas = [area];
    expect(readQuestionBank(JSON.stringify(b)).ok).toBe(true);
    area.statements = Array.from({ length: 15 }, (_, i) => ({ id: `s${i}`, text: both('a', 'b') }));
    area.prompts = Array.from({ length: 8 }, (_, i) => ({
      id: `p${i}`,
      text: both('a', 'b'),
      hint: both('c', 'd'),
    }));
    const ids = [
      'customers',
      'internal-customers',
      'moments',
      'processes',
      'improvement',
      'leadership',
    ];
    b.areas = ids.map((id) => ({ ...area, id }));
    expect(readQuestionBank(JSON.stringify(b)).ok).toBe(true);
  });
});

describe('readQuestionBank: each kind of wrong field, with its dotted path', () => {
  it('ourBankId: our own id', () => {
    expect(refused({ ...bank(), id: 'momentos-cx' })).toEqual([bankProblem('id', 'ourBankId')]);
  });

  it('wrongValue: ids, version, area id and types', () => {
    const cases: [(b: ReturnType<typeof bank>) => void, string][] = [
      [(b) => (b.id = 'Brujula'), 'id'],
      [(b) => (b.id = '-brujula'), 'id'],
      [(b) => (b.id = 'b'), 'id'],
      [(b) => (b.id = 'a'.repeat(41)), 'id'],
      [(b) => (b.version = 0), 'version'],
      [(b) => (b.version = 1.5), 'version'],
      [(b) => (b.version = '1'), 'version'],
      [(b) => (b.version = 1e300), 'version'],
      [(b) => (areaOf(b, 1).id = 'shop'), 'areas.1.id'],
      [(b) => (areaOf(b, 0).statements[2]!.id = '2nd'), 'areas.0.statements.2.id'],
      [(b) => (areaOf(b, 0).statements[2]!.id = 'with-hyphen'), 'areas.0.statements.2.id'],
      [(b) => (areaOf(b, 1).prompts[0]!.id = 'a'.repeat(41)), 'areas.1.prompts.0.id'],
      [
        (b) => (areaOf(b, 1).statements[0]!.text = 'Only one language'),
        'areas.1.statements.0.text',
      ],
      [(b) => (areaOf(b, 1).statements[0]!.evidence = null), 'areas.1.statements.0.evidence'],
      [(b) => (b.areas = {} as Json[]), 'areas'],
      [(b) => (b.name = both('Nombre', 7 as unknown as string)), 'name.en'],
    ];
    for (const [change, field] of cases) {
      const b = bank();
      change(b);
      expect(refused(b), field).toEqual([bankProblem(field, 'wrongValue')]);
    }
  });

  it('missing: a required field, a blank text, an empty list of statements or areas', () => {
    const cases: [(b: ReturnType<typeof bank>) => void, string][] = [
      [(b) => delete b.version, 'version'],
      [(b) => delete areaOf(b, 0).intro, 'areas.0.intro'],
      [(b) => delete (areaOf(b, 1).statements[0]!.text as Json).en, 'areas.1.statements.0.text.en'],
      [
        (b) => (areaOf(b, 1).statements[0]!.text = both('Sí', '  \n ')),
        'areas.1.statements.0.text.en',
      ],
      [(b) => (areaOf(b, 0).statements = []), 'areas.0.statements'],
      [(b) => (b.areas = []), 'areas'],
    ];
    for (const [change, field] of cases) {
      const b = bank();
      change(b);
      expect(refused(b), field).toEqual([bankProblem(field, 'missing')]);
    }
  });

  it('missing: levels must have all of 1, 3 and 5', () => {
    const b = bank();
    delete (areaOf(b, 0).statements[0]!.levels as Json)['3'];
    expect(refused(b)).toEqual([bankProblem('areas.0.statements.0.levels.3', 'missing')]);
  });

  it('tooLong: a text over its limit, a list over its size', () => {
    const b = bank();
    areaOf(b, 1).statements[0]!.text = both('x'.repeat(301), 'ok');
    areaOf(b, 0).short = both('Clientes', 'x'.repeat(31));
    expect(refused(b)).toEqual([
      bankProblem('areas.0.short.en', 'tooLong', { limit: 30 }),
      bankProblem('areas.1.statements.0.text.es', 'tooLong', { limit: 300 }),
    ]);
    const lists = bank();
    areaOf(lists, 0).statements = Array.from({ length: 16 }, (_, i) => ({
      id: `s${i}`,
      text: both('a', 'b'),
    }));
    areaOf(lists, 1).prompts = Array.from({ length: 9 }, (_, i) => ({
      id: `p${i}`,
      text: both('a', 'b'),
      hint: both('a', 'b'),
    }));
    expect(refused(lists)).toEqual([
      bankProblem('areas.0.statements', 'tooLong', { limit: 15 }),
      bankProblem('areas.1.prompts', 'tooLong', { limit: 8 }),
    ]);
    const seven = bank();
    const ids = [
      'customers',
      'internal-customers',
      'moments',
      'processes',
      'improvement',
      'leadership',
    ];
    seven.areas = [...ids, 'customers'].map((id) => ({ ...areaOf(bank(), 0), id }));
    expect(refused(seven)).toContainEqual(bankProblem('areas', 'tooLong', { limit: 6 }));
  });

  it('unknownField: a key the format does not have, at any depth', () => {
    const b = bank();
    b.colour = 'red';
    areaOf(b, 0).statements[1]!.weight = 2;
    (areaOf(b, 1).title as Json).fr = 'Moments';
    (areaOf(b, 0).statements[0]!.levels as Json)['2'] = both('a', 'b');
    // Each object's known fields are checked first, then its first unknown key is named.
    expect(refused(b)).toEqual([
      bankProblem('areas.0.statements.0.levels.2', 'unknownField'),
      bankProblem('areas.0.statements.1.weight', 'unknownField'),
      bankProblem('areas.1.title.fr', 'unknownField'),
      bankProblem('colour', 'unknownField'),
    ]);
  });

  it('duplicate: an area, a statement or a prompt id used twice, at the second use', () => {
    const b = bank();
    areaOf(b, 1).id = 'customers';
    areaOf(b, 1).statements[3]!.id = 'greetInTime';
    areaOf(b, 1).prompts[1]!.id = 'waiting';
    // The same statement id in two areas is fine: ids are unique in their area.
    areaOf(b, 0).statements[2]!.id = 'tillQueue';
    expect(refused(b)).toEqual([
      bankProblem('areas.1.prompts.1.id', 'duplicate'),
      bankProblem('areas.1.statements.3.id', 'duplicate'),
      bankProblem('areas.1.id', 'duplicate'),
    ]);
  });

  it('reports duplicates alongside other problems', () => {
    const b = bank();
    areaOf(b, 0).statements[1]!.id = 'knowRegulars';
    areaOf(b, 0).statements[2]!.text = both('', 'x');
    expect(refused(b)).toEqual([
      bankProblem('areas.0.statements.2.text.es', 'missing'),
      bankProblem('areas.0.statements.1.id', 'duplicate'),
    ]);
  });

  it('unreadable: not JSON, not an object, empty, or over 256 KB', () => {
    const unreadable = { ok: false, problems: [bankProblem('', 'unreadable')] };
    for (const text of ['', '{"id":', '[]', 'null', '1', '"bank"'])
      expect(readQuestionBank(text), text).toEqual(unreadable);
    const padded = BANK_TEXT.replace('{', `{"pad": "${'x'.repeat(256 * 1024)}",`);
    expect(readQuestionBank(padded)).toEqual(unreadable);
  });
});

describe('readQuestionBank: a hostile bank', () => {
  it('neither throws nor pollutes prototypes', () => {
    const b = bank();
    const hostile = [
      BANK_TEXT.replace(
        '{',
        '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": 1}},',
      ),
      BANK_TEXT.replace('"statements": [', '"statements": [{"__proto__": {"id": "x"}},'),
      JSON.stringify({ ...b, id: 'x'.repeat(10 * 1024 * 1024) }),
      JSON.stringify({ ...b, name: both('x'.repeat(200_000), 'y') }),
      `{"areas": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
      `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
      `{"areas": [${'{"id": "customers", "statements": [1], "prompts": {}},'.repeat(3000)} 0]}`,
      JSON.stringify({ ...b, areas: [{ ...areaOf(b, 0), id: { toString: 'customers' } }] }),
      JSON.stringify({ ...b, version: Number.MAX_VALUE }),
    ];
    for (const text of hostile) {
      const read = readQuestionBank(text);
      expect(read.ok, text.slice(0, 60)).toBe(false);
      if (read.ok) continue;
      expect(read.problems.length).toBeGreaterThan(0);
      expect(read.problems.length).toBeLessThanOrEqual(MAX_PROBLEMS);
      for (const p of read.problems) expect(p.field.length).toBeLessThanOrEqual(120);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // Valibot names the first unknown key of an object.
    expect(refused(JSON.parse(hostile[0]!))).toEqual([bankProblem('__proto__', 'unknownField')]);
  });
});
