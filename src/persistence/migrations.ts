// Ordered schema migrations v(n) -> v(n+1); each one has a fixture and a test.

import { CURRENT_SCHEMA_VERSION } from './schema-version';

export { CURRENT_SCHEMA_VERSION };

export interface Migration {
  /** Migrates data stored with schema `from` to schema `from + 1`. */
  readonly from: number;
  readonly up: (data: unknown) => unknown;
}

type Bag = Record<string, unknown>;
const isBag = (value: unknown): value is Bag =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
/** Each object of a list changed by `change`; anything else (a list's other items, a non-list) as it is. */
const eachBag = (list: unknown, change: (item: Bag) => Bag) =>
  Array.isArray(list) ? list.map((item: unknown) => (isBag(item) ? change(item) : item)) : list;

/** Append only. */
export const MIGRATIONS: readonly Migration[] = [
  {
    // Schema 2 adds the customer types and the moments-of-truth map; older workshops have neither.
    from: 1,
    up: (data) =>
      typeof data === 'object' && data !== null
        ? { ...data, customerTypes: [], moments: [] }
        : data,
  },
  {
    // Schema 3 adds the action plan; older workshops have none.
    from: 2,
    up: (data) => (typeof data === 'object' && data !== null ? { ...data, actions: [] } : data),
  },
  {
    // Schema 4: where the team last was is kept per device (opening must not rewrite the record), and
    // what a version cannot read is kept aside in `unread`, which older records do not have.
    from: 3,
    up: (data) => {
      if (typeof data !== 'object' || data === null) return data;
      const rest: Record<string, unknown> = { ...data };
      delete rest.lastStep;
      return rest;
    },
  },
  {
    // Schema 5: a moment's importance and the customer's expectation become two ratings. Schema 4 had
    // one, "expectation", asked as "importance to the customer" and used as both (the gap was it
    // minus delivery, weighted by it), so both start from it: every gap and ranking stays as it was.
    // Actions gain a statement link, a success measure and the app's draft marker, empty.
    from: 4,
    up: (data) =>
      isBag(data)
        ? {
            ...data,
            moments: eachBag(data.moments, (m) =>
              'expectation' in m ? { ...m, importance: m.expectation } : m,
            ),
            actions: eachBag(data.actions, (a) => ({
              statementId: null,
              measure: '',
              draft: null,
              ...a,
            })),
          }
        : data,
  },
];

export function migrate(data: unknown, fromVersion: number): unknown {
  let current = data;
  for (let version = fromVersion; version < CURRENT_SCHEMA_VERSION; version++) {
    const step = MIGRATIONS.find((m) => m.from === version);
    if (!step) throw new Error(`No migration from schema ${version}`);
    current = step.up(current);
  }
  return current;
}
