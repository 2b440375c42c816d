import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adviceKey } from '../../src/domain/advice';
import {
  ALL_STATEMENT_IDS,
  AREA_IDS,
  AREAS,
  areasOf,
  BANK_ID,
  BANK_VERSION,
  bankTextKeys,
  bankVersionOf,
  findStatement,
  getArea,
  isAreaId,
  isLevel,
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
    expect(BANK_VERSION).toBe(2);
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
    'gives area %s 2-4 prompts and 5-7 statements',
    (_, area) => {
      expect(area.prompts.length).toBeGreaterThanOrEqual(2);
      expect(area.prompts.length).toBeLessThanOrEqual(4);
      expect(area.statements.length).toBeGreaterThanOrEqual(5);
      expect(area.statements.length).toBeLessThanOrEqual(7);
    },
  );

  it('asks 36 statements: a workshop can finish in 60-90 minutes (issue 13: about 30-36)', () => {
    expect(AREAS.flatMap((a) => a.statements)).toHaveLength(36);
    expect(areasOf({ version: 1 }).flatMap((a) => a.statements)).toHaveLength(31);
  });

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
    expect(areasOf({ version: 1 }).flatMap((a) => a.statements.map((s) => s.id))).toEqual([
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
    expect(AREAS.flatMap((a) => a.statements.map((s) => s.id))).toEqual([
      'customers.segments',
      'customers.voice',
      'customers.promise',
      'customers.differentiate',
      'customers.history',
      'customers.outsideIn',
      'internal-customers.known',
      'internal-customers.agreed',
      'internal-customers.ownIt',
      'internal-customers.hireForService',
      'internal-customers.train',
      'internal-customers.empower',
      'moments.mapped',
      'moments.owner',
      'moments.deliveryMeasured',
      'moments.standards',
      'moments.details',
      'processes.customerSide',
      'processes.oneContact',
      'processes.simpleSteps',
      'processes.acknowledgeWithTime',
      'processes.consistent',
      'processes.dataCorrected',
      'processes.optOut',
      'improvement.feedbackAfterMoments',
      'improvement.complaintCauses',
      'improvement.lessons',
      'improvement.journeys',
      'improvement.innovation',
      'improvement.loyalty',
      'leadership.leadersInvolved',
      'leadership.budget',
      'leadership.cxOwner',
      'leadership.purposeKnown',
      'leadership.frontLineVoice',
      'leadership.basicsFirst',
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
    expect(keys).toContain('scale.notApplicable.label');
    expect(keys).toContain('area.customers.evidence.history');
    expect(keys).toContain('area.customers.levels.history.3');
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
  it('accepts the levels 1-5, "we don\'t know" and "does not apply"', () => {
    for (const value of [1, 2, 3, 4, 5, 'dontKnow', 'notApplicable'])
      expect(isRating(value)).toBe(true);
  });

  it('counts only 1-5 as a level', () => {
    for (const value of [1, 2, 3, 4, 5]) expect(isLevel(value)).toBe(true);
    for (const value of ['dontKnow', 'notApplicable', 0, 6, null])
      expect(isLevel(value)).toBe(false);
  });

  it('refuses anything else', () => {
    for (const value of [0, 6, 2.5, '3', null, undefined, 'dontknow', {}]) {
      expect(isRating(value)).toBe(false);
    }
  });
});

// The statements whose meaning did not change from version 1 to 2 keep their ids (issue 13).
const KEPT = [
  'customers.segments',
  'customers.voice',
  'customers.promise',
  'internal-customers.known',
  'internal-customers.agreed',
  'internal-customers.ownIt',
  'internal-customers.train',
  'internal-customers.empower',
  'moments.mapped',
  'moments.owner',
  'moments.details',
  'processes.customerSide',
  'processes.consistent',
  'improvement.lessons',
  'improvement.journeys',
  'improvement.innovation',
];

const idsOf = (version: number) =>
  areasOf({ version }).flatMap((a) => a.statements.map((s) => s.id));

describe('bank versions (issue 13)', () => {
  it('keeps the ids of the 16 statements whose meaning is unchanged, and gives new ids otherwise', () => {
    const v1 = new Set(idsOf(1));
    expect(idsOf(2).filter((id) => v1.has(id))).toEqual(KEPT);
    // 31 + 36 - 16 shared: no answer to either version is ever unknown.
    expect(ALL_STATEMENT_IDS.size).toBe(51);
    for (const id of [...idsOf(1), ...idsOf(2)]) expect(ALL_STATEMENT_IDS.has(id)).toBe(true);
  });

  it('reads a workshop with its own version, and an unknown version as the latest', () => {
    expect(bankVersionOf({ version: 1 })).toBe(1);
    expect(bankVersionOf({ version: 2 })).toBe(2);
    expect(bankVersionOf({ version: 9 })).toBe(2);
    expect(getArea('leadership', { version: 1 }).statements.map((s) => s.id)).toContain(
      'leadership.alignment',
    );
    expect(getArea('leadership').statements.map((s) => s.id)).not.toContain('leadership.alignment');
  });

  it('finds a statement of any version with its area', () => {
    expect(findStatement('processes.data')?.areaId).toBe('processes');
    expect(findStatement('processes.optOut')?.areaId).toBe('processes');
    expect(findStatement('processes.nope')).toBeNull();
  });

  it('gives every version-2 statement evidence and its own levels 1, 3 and 5; version-1-only ones neither', () => {
    for (const s of AREAS.flatMap((a) => a.statements)) {
      expect(s.evidenceKey, s.id).not.toBeNull();
      expect(Object.keys(s.levelKeys ?? {}), s.id).toEqual(['1', '3', '5']);
    }
    const latest = new Set(idsOf(2));
    for (const s of areasOf({ version: 1 }).flatMap((a) => a.statements))
      expect(s.evidenceKey !== null, s.id).toBe(latest.has(s.id));
  });

  it.each(['es', 'en'] as const)(
    'keeps every version-2 statement at 20 words or fewer in %s (readable on a projector)',
    (lang) => {
      const messages = loadLocale(lang);
      const long = AREAS.flatMap((a) => a.statements).filter((s) => {
        const text = lookup(messages, s.textKey);
        return typeof text !== 'string' || text.split(/\s+/).filter(Boolean).length > 20;
      });
      expect(long.map((s) => s.id)).toEqual([]);
    },
  );

  it.each(['es', 'en'] as const)(
    'has the recommendations library for every version-2 statement in %s',
    (lang) => {
      const messages = loadLocale(lang);
      const missing = AREAS.flatMap((a) => a.statements).flatMap((s) =>
        (['early', 'middle', 'measure'] as const)
          .map((part) => adviceKey(s.id, part))
          .filter((key) => typeof lookup(messages, key) !== 'string'),
      );
      expect(missing).toEqual([]);
      expect(typeof lookup(messages, 'advice.moment.text')).toBe('string');
    },
  );
});
