import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  AREA_IDS,
  AREAS,
  BANK_ID,
  BANK_VERSION,
  bankTextKeys,
  getArea,
  isAreaId,
  isRating,
} from '../../src/domain/question-bank';

type Tree = { [key: string]: unknown };

function loadLocale(lang: 'es' | 'en'): Tree {
  const url = new URL(`../../locales/${lang}.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as Tree;
}

/** Follows a dot path such as "area.customers.title" through a nested message tree. */
function lookup(tree: Tree, path: string): unknown {
  let node: unknown = tree;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return undefined;
    node = (node as Tree)[part];
  }
  return node;
}

const allIds = () => AREAS.flatMap((a) => [...a.prompts, ...a.statements].map((item) => item.id));

describe('the question bank', () => {
  it('has an id and a version', () => {
    expect(BANK_ID).toBe('momentos-cx');
    expect(BANK_VERSION).toBe(1);
  });

  it('has the six areas in the order of DOMAIN.md', () => {
    expect(AREAS.map((a) => a.id)).toEqual([
      'customers',
      'internal-customers',
      'moments',
      'processes',
      'improvement',
      'leadership',
    ]);
    expect(AREA_IDS).toEqual(AREAS.map((a) => a.id));
  });

  it.each(AREAS.map((a) => [a.id, a] as const))(
    'gives area %s 2-4 prompts and 4-6 statements',
    (_, area) => {
      expect(area.prompts.length).toBeGreaterThanOrEqual(2);
      expect(area.prompts.length).toBeLessThanOrEqual(4);
      expect(area.statements.length).toBeGreaterThanOrEqual(4);
      expect(area.statements.length).toBeLessThanOrEqual(6);
    },
  );

  it('uses every prompt and statement id only once across the whole bank', () => {
    const ids = allIds();
    const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
    expect(duplicates).toEqual([]);
  });

  it('prefixes every id with its area', () => {
    for (const area of AREAS) {
      for (const item of [...area.prompts, ...area.statements]) {
        expect(item.id.startsWith(`${area.id}.`), item.id).toBe(true);
      }
    }
  });

  it('keeps its ids stable (renaming one loses stored answers)', () => {
    expect(AREAS.flatMap((a) => a.prompts.map((p) => p.id))).toEqual([
      'customers.who',
      'customers.profile',
      'customers.expectations',
      'internal-customers.who',
      'internal-customers.expectations',
      'internal-customers.handoffs',
      'moments.list',
      'moments.channels',
      'moments.bestWorst',
      'processes.today',
      'processes.pain',
      'improvement.habits',
      'improvement.lastChange',
      'leadership.style',
      'leadership.decisions',
      'leadership.dynamics',
    ]);
    expect(AREAS.flatMap((a) => a.statements.map((s) => s.id))).toEqual([
      'customers.segments',
      'customers.voice',
      'customers.promise',
      'customers.individual',
      'customers.perception',
      'internal-customers.known',
      'internal-customers.agreed',
      'internal-customers.ownIt',
      'internal-customers.recruit',
      'internal-customers.train',
      'internal-customers.empower',
      'moments.mapped',
      'moments.owner',
      'moments.measured',
      'moments.frontLine',
      'moments.details',
      'processes.customerSide',
      'processes.simple',
      'processes.acknowledge',
      'processes.consistent',
      'processes.data',
      'improvement.feedback',
      'improvement.complaints',
      'improvement.lessons',
      'improvement.journeys',
      'improvement.innovation',
      'leadership.topDriven',
      'leadership.cxRole',
      'leadership.purpose',
      'leadership.decideAtMoment',
      'leadership.alignment',
    ]);
  });

  it.each(['es', 'en'] as const)('has every text it needs in locales/%s.json', (lang) => {
    const messages = loadLocale(lang);
    const missing = bankTextKeys().filter((key) => {
      const value = lookup(messages, key);
      return typeof value !== 'string' || value.trim() === '';
    });
    expect(missing).toEqual([]);
  });

  it('asks for the scale, the "don\'t know" answer and every prompt hint', () => {
    const keys = bankTextKeys();
    expect(keys).toContain('scale.dontKnow.label');
    expect(keys).toContain('scale.5.description');
    expect(keys).toContain('area.processes.prompt.pain.hint');
    expect(keys).toContain('area.leadership.statement.alignment');
  });
});

describe('getArea / isAreaId', () => {
  it('finds an area by id', () => {
    expect(getArea('moments').statements.map((s) => s.id)).toContain('moments.owner');
  });

  it('recognises only the six area ids', () => {
    expect(isAreaId('leadership')).toBe(true);
    expect(isAreaId('intro')).toBe(false);
    expect(isAreaId('Customers')).toBe(false);
  });
});

describe('isRating', () => {
  it('accepts the levels 1-5 and "don\'t know"', () => {
    for (const value of [1, 2, 3, 4, 5, 'dontKnow']) expect(isRating(value)).toBe(true);
  });

  it('refuses anything else', () => {
    for (const value of [0, 6, 2.5, '3', null, undefined, 'dontknow', {}]) {
      expect(isRating(value)).toBe(false);
    }
  });
});
