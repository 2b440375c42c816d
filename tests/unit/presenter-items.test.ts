import { describe, expect, it } from 'vitest';
import { AREAS, areasOf, getArea } from '../../src/domain/question-bank';
import {
  moveFrom,
  placeOf,
  presenterItems,
  rememberPlace,
} from '../../src/features/presenter/presenter-items';

const count = (areaId: (typeof AREAS)[number]['id']) => presenterItems(getArea(areaId)).length;

describe('presenterItems', () => {
  it('lists the prompts, then the statements, each numbered within its kind', () => {
    const area = getArea('customers');
    const items = presenterItems(area);
    expect(items).toHaveLength(area.prompts.length + area.statements.length);
    expect(items.map((i) => i.kind)).toEqual([
      ...area.prompts.map(() => 'prompt'),
      ...area.statements.map(() => 'statement'),
    ]);
    const first = items[area.prompts.length];
    expect(first).toMatchObject({
      kind: 'statement',
      statement: area.statements[0],
      number: 1,
      count: area.statements.length,
    });
    expect(items[0]).toMatchObject({ kind: 'prompt', prompt: area.prompts[0], number: 1 });
  });
});

describe('moveFrom', () => {
  it('moves to the next and previous item within an area', () => {
    expect(moveFrom(AREAS, { target: 'customers', index: 2 }, 1)).toEqual({
      target: 'customers',
      index: 3,
    });
    expect(moveFrom(AREAS, { target: 'customers', index: 2 }, -1)).toEqual({
      target: 'customers',
      index: 1,
    });
  });

  it("moves on from an area's last item to the next area's first", () => {
    expect(moveFrom(AREAS, { target: 'customers', index: count('customers') - 1 }, 1)).toEqual({
      target: 'internal-customers',
      index: 0,
    });
  });

  it("moves back from an area's first item to the previous area's last", () => {
    expect(moveFrom(AREAS, { target: 'moments', index: 0 }, -1)).toEqual({
      target: 'internal-customers',
      index: count('internal-customers') - 1,
    });
  });

  it('goes from the last area on to the results, and back from them to its last item', () => {
    const last = { target: 'leadership', index: count('leadership') - 1 } as const;
    expect(moveFrom(AREAS, last, 1)).toEqual({ target: 'results' });
    expect(moveFrom(AREAS, { target: 'results' }, -1)).toEqual(last);
  });

  it('stops at either end of the presentation', () => {
    expect(moveFrom(AREAS, { target: 'customers', index: 0 }, -1)).toBeNull();
    expect(moveFrom(AREAS, { target: 'results' }, 1)).toBeNull();
  });

  it('counts the items of the bank version the workshop was answered with', () => {
    const v1 = areasOf({ version: 1 });
    const processes = v1.find((a) => a.id === 'processes')!;
    const lastV1 = processes.prompts.length + processes.statements.length - 1;
    expect(moveFrom(v1, { target: 'improvement', index: 0 }, -1)).toEqual({
      target: 'processes',
      index: lastV1,
    });
  });
});

describe('placeOf and rememberPlace', () => {
  it('starts an area at its first item, then resumes where it was left', () => {
    const area = getArea('moments');
    expect(placeOf('places-w1', area)).toBe(0);
    rememberPlace('places-w1', 'moments', 4);
    expect(placeOf('places-w1', area)).toBe(4);
    expect(placeOf('places-w2', area)).toBe(0);
  });

  it('keeps a remembered place within the area', () => {
    const area = getArea('moments');
    rememberPlace('places-w3', 'moments', 999);
    expect(placeOf('places-w3', area)).toBe(count('moments') - 1);
    rememberPlace('places-w3', 'moments', -4);
    expect(placeOf('places-w3', area)).toBe(0);
  });
});
