// The benchmark's workshop at the limits (bench/limits-workshop.js) must be one the app reads exactly
// as stored, or "at the limits" would measure a workshop with parts kept aside.
import { describe, expect, it } from 'vitest';
import { limitsWorkshop, storedEnvelope } from '../../bench/limits-workshop.js';
import { AREAS } from '../../src/domain/question-bank';
import { LIMITS } from '../../src/domain/limits';
import { readWorkshop } from '../../src/persistence/read-workshop';

describe('the benchmark workshop at the limits', () => {
  it('is read whole, with nothing kept aside, every version-2 statement rated and commented', () => {
    const stored = storedEnvelope(limitsWorkshop('bench-1'));
    const read = readWorkshop(JSON.parse(JSON.stringify(stored)), 'bench-1');
    if (!read.ok) throw new Error(read.reason);
    expect(read.migratedFrom).toBeUndefined();
    expect(read.workshop.unread).toBeUndefined();
    const statements = AREAS.flatMap((a) => a.statements.map((s) => s.id));
    expect(Object.keys(read.workshop.ratings).sort()).toEqual([...statements].sort());
    expect(Object.values(read.workshop.comments).every((c) => c.length === LIMITS.comment)).toBe(
      true,
    );
    expect(read.workshop.moments).toHaveLength(LIMITS.moments);
    expect(read.workshop.actions).toHaveLength(LIMITS.actions);
  });
});
