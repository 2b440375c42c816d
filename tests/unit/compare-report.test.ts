import { describe, expect, it } from 'vitest';
import type { Rating } from '../../src/domain/question-bank';
import type { Workshop } from '../../src/domain/workshop';
import { compareBlocks } from '../../src/report/compare-report';
import { buildReport, type Block } from '../../src/report/report-model';
import { formatter, translator } from '../fixtures/report';
import { makeAction, makeMoment, makeWorkshop } from '../fixtures/workshops';

function workshop(
  id: string,
  version: number,
  date: string,
  ratings: Record<string, Rating>,
  over: Partial<Workshop> = {},
): Workshop {
  const base = makeWorkshop(id, { organisation: 'Acme', team: 'Front desk', date });
  return { ...base, bank: { id: 'momentos-cx', version }, ratings, ...over };
}

// Baseline (version 1): customers segments 2, voice 4 -> 3.0; leadership topDriven 4 -> 4.0.
// Follow-up (version 2): customers segments 4, voice 4, promise "don't know" -> 4.0 (+1.0,
// improved); leadership budget 3 (version 2 only) -> 3.0 (-1.0, declined).
const baseline = workshop(
  'base',
  1,
  '2025-11-03',
  {
    'customers.segments': 2,
    'customers.voice': 4,
    'customers.promise': 3,
    'leadership.topDriven': 4,
  },
  {
    moments: [makeMoment('m1', { name: 'Check-in', expectation: 5, delivered: 2 })],
    actions: [makeAction('a1', { text: 'Second check-in desk at noon' }), makeAction('a2')],
  },
);
const followUp = workshop(
  'next',
  2,
  '2026-05-04',
  {
    'customers.segments': 4,
    'customers.voice': 4,
    'customers.promise': 'dontKnow',
    'leadership.budget': 3,
  },
  {
    moments: [makeMoment('n1', { name: 'check-in', expectation: 5, delivered: 4 })],
    actions: [makeAction('a1', { text: 'Second check-in desk at noon', status: 'done' })],
    followUpOf: { id: 'base', title: 'Acme — Front desk', date: '2025-11-03' },
  },
);

const t = translator('en');
const f = formatter('en');
const textOf = (blocks: Block[]) => JSON.stringify(blocks);
const tables = (blocks: Block[]) =>
  blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');

describe('the report’s comparison section', () => {
  const blocks = compareBlocks(followUp, baseline, t, f);

  it('opens on a page of its own with a heading naming the baseline and its date', () => {
    expect(blocks[0]).toEqual({ kind: 'pageBreak' });
    expect(blocks[1]).toEqual({
      kind: 'heading',
      level: 1,
      text: 'What changed since “Acme — Front desk” (November 3, 2025)',
    });
  });

  it('states the noise threshold and the overall change', () => {
    const text = textOf(blocks);
    expect(text).toContain('less than 0.25 points');
    expect(textOf(compareBlocks(followUp, baseline, translator('es'), formatter('es')))).toContain(
      'menos de 0,25 puntos',
    );
    // Overall: before (3.0 + 4.0) / 2 = 3.5, after (4.0 + 3.0) / 2 = 3.5.
    expect(text).toContain('Overall maturity: 3.5 before, 3.5 now (0.0, about the same).');
  });

  it('tables each area before, now, the change and the trend in words', () => {
    const [areas] = tables(blocks);
    expect(areas?.header).toEqual(['Area', 'Before', 'Now', 'Change', 'Trend']);
    expect(areas?.rows[0]).toEqual(['Customers', '3.0', '4.0', '+1.0', 'Improved']);
    expect(areas?.rows[1]).toEqual([
      'Internal customers',
      'no score',
      'no score',
      '–',
      'Cannot be compared',
    ]);
    expect(areas?.rows[5]).toEqual(['Leadership and decisions', '4.0', '3.0', '−1.0', 'Declined']);
  });

  it('lists what improved and what declined', () => {
    const i = blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Improved');
    expect(blocks[i + 1]).toEqual({ kind: 'list', items: ['Customers: +1.0'] });
    const d = blocks.findIndex((b) => b.kind === 'heading' && b.text === 'Declined');
    expect(blocks[d + 1]).toEqual({ kind: 'list', items: ['Leadership and decisions: −1.0'] });
  });

  it('draws both workshops on one radar, described in words', () => {
    const radar = blocks.find((b) => b.kind === 'compareRadar');
    expect(radar).toMatchObject({
      before: [3, null, null, null, null, 4],
      after: [4, null, null, null, null, 3],
      valueTexts: ['3.0 → 4.0', '– → –', '– → –', '– → –', '– → –', '4.0 → 3.0'],
      beforeLabel: 'Before (November 3, 2025)',
      afterLabel: 'Now (May 4, 2026)',
    });
    expect(radar && 'description' in radar ? radar.description : '').toContain(
      'Customers: 3.0 before, 4.0 now',
    );
  });

  it('gives statement deltas, statements only in one version and answers not comparable', () => {
    const statements = tables(blocks)[1];
    expect(statements?.rows).toEqual([
      [t('area.customers.statement.segments'), '2 · Ad hoc', '4 · Managed and measured', '+2'],
      expect.arrayContaining(['0']),
    ]);
    const text = textOf(blocks);
    expect(text).toContain('Statements only one of them asked');
    expect(text).toContain('Only in the earlier workshop');
    expect(text).toContain('Only in this workshop');
    expect(text).toContain('before: 3 · Defined; now: We don’t know');
  });

  it('says which moments’ gaps closed and which actions were done', () => {
    const moments = tables(blocks)[2];
    expect(moments?.rows).toEqual([['check-in', '3', '1', 'Gap closed']]);
    const text = textOf(blocks);
    expect(text).toContain('Open in the earlier workshop, done now');
    expect(text).toContain('Second check-in desk at noon');
  });

  it('is left out when the two were answered with different banks', () => {
    const other = { ...baseline, bank: { id: 'acme-bank', version: 1 } };
    expect(compareBlocks(followUp, other, t, f)).toEqual([]);
  });
});

describe('buildReport with a baseline', () => {
  it('places the comparison after the executive summary, only when a baseline is given', () => {
    const plain = buildReport(followUp, t, f, 'en');
    const compared = buildReport(followUp, t, f, 'en', baseline);
    expect(plain.blocks.some((b) => b.kind === 'compareRadar')).toBe(false);
    const at = compared.blocks.findIndex((b) => b.kind === 'compareRadar');
    const summary = compared.blocks.findIndex(
      (b) => b.kind === 'heading' && b.text === t('report.summaryHeading'),
    );
    const firstArea = compared.blocks.findIndex(
      (b) => b.kind === 'heading' && b.level === 1 && b.text === 'Customers',
    );
    expect(summary).toBeLessThan(at);
    expect(at).toBeLessThan(firstArea);
    expect(compared.blocks.length).toBe(
      plain.blocks.length + compareBlocks(followUp, baseline, t, f).length,
    );
  });
});
