// The site's own question bank: the areas a workshop walks, what the reader accepts, and what it keeps.
import { afterEach, describe, expect, it } from 'vitest';
import { AREA_IDS, BANK_ID } from '../../src/domain/bank-ids';
import { areasOf, areaTitleKey, findStatement, getArea } from '../../src/domain/question-bank';
import { scoreWorkshop } from '../../src/domain/scoring';
import { bankAreaIds, isReadableBank, siteBankOf, useSiteBank } from '../../src/domain/site-bank';
import { overallCompletion } from '../../src/domain/workshop';
import { readWorkshop } from '../../src/persistence/read-workshop';
import { assertWritable, wrapWorkshop } from '../../src/persistence/schema';

const toStored = (workshop: Parameters<typeof wrapWorkshop>[0]) =>
  JSON.parse(JSON.stringify(wrapWorkshop(workshop, new Date('2026-12-03T10:00:00Z')))) as unknown;
import { CUSTOM_BANK } from '../fixtures/custom-bank';
import { compareWorkshops } from '../../src/domain/comparison';
import type { CustomBank } from '../../src/domain/site-config';
import { makeWorkshop } from '../fixtures/workshops';

const CUSTOM = { id: CUSTOM_BANK.id, version: CUSTOM_BANK.version };

/** A workshop answered with the site's bank (made while it is the site's). */
function customWorkshop() {
  useSiteBank(CUSTOM_BANK);
  const workshop = makeWorkshop('c1');
  expect(workshop.bank).toEqual(CUSTOM);
  return {
    ...workshop,
    ratings: {
      'moments.listed': 4 as const,
      'moments.owned': 2 as const,
      'customers.asked': 'dontKnow' as const,
    },
    prompts: { 'moments.first': 'Check-in' },
  };
}

afterEach(() => useSiteBank(null));

describe('the site bank', () => {
  it('is walked in its own order, with only its areas', () => {
    useSiteBank(CUSTOM_BANK);
    const areas = areasOf(CUSTOM);
    expect(areas.map((a) => a.id)).toEqual(['moments', 'customers']);
    expect(bankAreaIds(CUSTOM)).toEqual(['moments', 'customers']);
    expect(areas[0]?.statements.map((s) => s.id)).toEqual(['moments.listed', 'moments.owned']);
    expect(areas[0]?.statements[0]?.evidenceKey).toBe(
      'siteBank.acme-cx_v3.moments.evidence.listed',
    );
    expect(areas[0]?.statements[1]?.levelKeys).toBeNull();
    expect(areas[0]?.prompts[0]?.textKey).toBe('siteBank.acme-cx_v3.moments.prompt.first.text');
    expect(getArea('customers', CUSTOM).titleKey).toBe('siteBank.acme-cx_v3.customers.title');
    expect(() => getArea('processes', CUSTOM)).toThrow();
    // An area the bank does not ask is named as ours, never an error.
    expect(areaTitleKey('processes', CUSTOM)).toBe('area.processes.title');
  });

  it('is only the bank of its id and version: ours stay ours', () => {
    useSiteBank(CUSTOM_BANK);
    expect(siteBankOf(CUSTOM)).toBe(CUSTOM_BANK);
    expect(siteBankOf({ ...CUSTOM, version: 2 })).toBeNull();
    expect(areasOf({ id: BANK_ID, version: 2 }).map((a) => a.id)).toEqual([...AREA_IDS]);
    expect(isReadableBank({ id: BANK_ID, version: 1 })).toBe(true);
    expect(isReadableBank({ ...CUSTOM, version: 2 })).toBe(false);
    expect(findStatement('moments.owned', CUSTOM)?.areaId).toBe('moments');
    expect(findStatement('moments.owned')).toBeNull();
  });

  it('scores and counts completion with its own statements', () => {
    const workshop = customWorkshop();
    const scores = scoreWorkshop(workshop);
    expect(scores.areas.map((a) => [a.areaId, a.mean, a.statements, a.titleKey])).toEqual([
      ['moments', 3, 2, 'siteBank.acme-cx_v3.moments.title'],
      ['customers', null, 3, 'siteBank.acme-cx_v3.customers.title'],
    ]);
    // 2 + 1 ratings ("don't know" is an answer) and 1 prompt, of 2 + 3 statements and 1 prompt.
    expect(overallCompletion(workshop)).toEqual({ answered: 4, total: 6, percent: 66 });
  });

  it('is written and read back whole while the site offers it', () => {
    const workshop = customWorkshop();
    expect(() => assertWritable(workshop)).not.toThrow();
    const read = readWorkshop(toStored(workshop), 'c1');
    expect(read.ok && read.workshop).toEqual(workshop);
  });

  it('is kept unread, never read as ours, when the site no longer offers it', () => {
    const stored = toStored(customWorkshop());
    useSiteBank(null);
    const read = readWorkshop(stored, 'c1');
    expect(read).toMatchObject({ ok: false, reason: 'invalid' });
    expect(!read.ok && read.problems[0]).toMatchObject({ field: 'bank.id', kind: 'wrongValue' });
    // Nor with another version of it.
    useSiteBank({ ...CUSTOM_BANK, version: 4 });
    const other = readWorkshop(stored, 'c1');
    expect(!other.ok && other.problems[0]).toMatchObject({ field: 'bank', kind: 'wrongValue' });
  });

  it('does not let its ids into a workshop once the site drops it', () => {
    useSiteBank(CUSTOM_BANK);
    const ours = { ...makeWorkshop('o1'), bank: { id: BANK_ID, version: 2 } };
    const withCustomAnswer = { ...ours, ratings: { 'moments.owned': 3 as const } };
    expect(() => assertWritable(withCustomAnswer)).not.toThrow();
    useSiteBank(null);
    expect(() => assertWritable(withCustomAnswer)).toThrow();
    const read = readWorkshop(toStored(ours), 'o1');
    expect(read.ok).toBe(true);
  });
});

describe('an earlier version of the site bank, kept readable', () => {
  // Version 2 asked "moments.gone" (dropped in version 3), not "moments.listed" nor "customers.odd".
  const V2: CustomBank = {
    ...CUSTOM_BANK,
    version: 2,
    areas: [
      {
        ...CUSTOM_BANK.areas[0]!,
        statements: [
          ...CUSTOM_BANK.areas[0]!.statements.filter((s) => s.id === 'owned'),
          { id: 'gone', text: { es: 'Ya no se pregunta.', en: 'No longer asked.' } },
        ],
      },
      {
        ...CUSTOM_BANK.areas[1]!,
        statements: CUSTOM_BANK.areas[1]!.statements.filter((s) => s.id !== 'odd'),
      },
    ],
  };

  it('reads and scores a workshop of it, while new workshops take the current version', () => {
    useSiteBank(CUSTOM_BANK, [V2]);
    expect(makeWorkshop('n1').bank).toEqual(CUSTOM);
    const old = {
      ...makeWorkshop('o1'),
      bank: { id: V2.id, version: 2 },
      ratings: { 'moments.owned': 2 as const },
    };
    const read = readWorkshop(toStored(old), 'o1');
    expect(read.ok && read.workshop).toEqual(old);
    expect(areasOf(old.bank)[0]?.titleKey).toBe('siteBank.acme-cx_v2.moments.title');
    expect(scoreWorkshop(old).areas.map((a) => [a.areaId, a.mean, a.statements])).toEqual([
      ['moments', 2, 2],
      ['customers', null, 2],
    ]);
  });

  it('is compared with the current one: the statements only one version asks are listed apart', () => {
    useSiteBank(CUSTOM_BANK, [V2]);
    const before = {
      ...makeWorkshop('o1'),
      bank: { id: V2.id, version: 2 },
      ratings: {
        'moments.owned': 2 as const,
        'moments.gone': 1 as const,
        'customers.segments': 3 as const,
      },
    };
    const after = {
      ...makeWorkshop('n1'),
      ratings: {
        'moments.listed': 4 as const,
        'customers.segments': 4 as const,
        'customers.odd': 5 as const,
      },
    };
    const compared = compareWorkshops(before, after);
    if (!compared.ok) throw new Error('refused');
    expect(compared.onlyInBaseline.map((s) => s.statementId)).toEqual(['moments.gone']);
    expect(compared.onlyInFollowUp.map((s) => s.statementId).sort()).toEqual([
      'customers.odd',
      'moments.listed',
    ]);
    expect(compared.statements.map((s) => [s.statementId, s.delta])).toEqual([
      ['customers.segments', 1],
    ]);
  });

  it('is forgotten with the current one', () => {
    useSiteBank(CUSTOM_BANK, [V2]);
    useSiteBank(null, [V2]);
    expect(siteBankOf({ id: V2.id, version: 2 })).toBeNull();
  });
});
