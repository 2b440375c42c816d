// @vitest-environment node
// Team mode's schemas and the migrations of older records are fetched only when a record or a write
// needs them: before that the reader keeps team parts aside whole (a write of them is refused) and
// does not read an older record as if it were current; the repository fetches them itself, so a
// stored team workshop or an older record always reads back whole.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BANK_ID, BANK_VERSION } from '../../src/domain/bank-ids';
import { startTeam, receiveAnswers } from '../../src/domain/team-edits';
import type { Workshop } from '../../src/domain/workshop';
import { CREATED_AT, makeWorkshop } from '../fixtures/workshops';
import v4 from '../fixtures/workshop-v4.json';

/** Fresh copies of the persistence modules: team mode's schemas not yet fetched. */
async function freshModules() {
  vi.resetModules();
  return {
    parts: await import('../../src/persistence/lazy-parts'),
    backup: await import('../../src/persistence/backup'),
    reader: await import('../../src/persistence/read-workshop'),
    schema: await import('../../src/persistence/schema'),
    repository: await import('../../src/persistence/repository'),
  };
}

function teamWorkshop(): Workshop {
  const received = receiveAnswers(
    startTeam(makeWorkshop('team-1'), 'K7M2QX', false, CREATED_AT),
    {
      participantId: 'p1',
      name: 'Ana',
      code: 'K7M2QX',
      bank: { id: BANK_ID, version: BANK_VERSION },
      submittedAt: CREATED_AT.toISOString(),
      ratings: { 'customers.segments': 4 },
      comments: {},
      moments: [],
    },
    CREATED_AT,
  );
  if (!received.ok) throw new Error(received.error);
  return received.workshop;
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('team parts and their schemas', () => {
  it('before the schemas are fetched, the reader keeps team parts aside whole and a write of them is refused', async () => {
    const { parts, reader, schema } = await freshModules();
    const workshop = teamWorkshop();
    expect(parts.teamSchemas()).toBeNull();
    const read = reader.readWorkshop(schema.wrapWorkshop(workshop, CREATED_AT));
    expect(read.ok && read.workshop.team).toBeUndefined();
    expect(read.ok && read.workshop.unread?.fields?.team).toEqual(workshop.team);
    expect(() => schema.assertWritable(workshop)).toThrow();

    await parts.loadTeamSchemas();
    const again = reader.readWorkshop(schema.wrapWorkshop(workshop, CREATED_AT));
    expect(again.ok && again.workshop).toEqual(workshop);
    expect(() => schema.assertWritable(workshop)).not.toThrow();
  });

  it('the repository fetches them before it writes or reads a workshop with team parts', async () => {
    const { parts, repository } = await freshModules();
    const store = new repository.IdbRepository({ now: () => CREATED_AT });
    const workshop = teamWorkshop();
    await store.save(workshop);
    expect(parts.teamSchemas()).not.toBeNull();

    // Another page (fresh modules) lists it: the schemas are fetched first, and the team is whole.
    const other = await freshModules();
    expect(other.parts.teamSchemas()).toBeNull();
    const list = await new other.repository.IdbRepository().list();
    expect(list.workshops).toEqual([workshop]);
    expect(list.unreadable).toEqual([]);
  });

  it('a team part that its schema refuses is kept aside whole, never dropped', async () => {
    const { parts, reader, schema } = await freshModules();
    await parts.loadTeamSchemas();
    const workshop = teamWorkshop();
    const hostile = { ...workshop.team, participants: [{ participantId: '__proto__', extra: 1 }] };
    const read = reader.readWorkshop(
      schema.wrapWorkshop(
        { ...workshop, team: hostile as unknown as Workshop['team'] },
        CREATED_AT,
      ),
    );
    expect(read.ok && read.workshop.team).toBeUndefined();
    expect(read.ok && read.workshop.unread?.fields?.team).toEqual(hostile);
    expect(Object.prototype).not.toHaveProperty('extra');
  });

  it('an older record is never read as current before the migrations are here, and reads whole after', async () => {
    const { parts, reader } = await freshModules();
    expect(parts.migrator()).toBeNull();
    expect(reader.readWorkshop(structuredClone(v4))).toEqual({
      ok: false,
      reason: 'invalid',
      problems: [{ kind: 'wrongValue', field: 'schemaVersion' }],
    });
    await parts.loadMigrations();
    const read = reader.readWorkshop(structuredClone(v4));
    expect(read.ok && read.migratedFrom).toBe(4);
  });

  it('the repository and the backup reader fetch the migrations themselves', async () => {
    const { DATABASE_NAME, STORE_NAME } = (await freshModules()).repository;
    const { createStore, set } = await import('idb-keyval');
    await set(v4.data.id, structuredClone(v4), createStore(DATABASE_NAME, STORE_NAME));
    const other = await freshModules();
    const list = await new other.repository.IdbRepository().list();
    expect(list.unreadable).toEqual([]);
    expect(list.workshops.map((w) => w.id)).toEqual([v4.data.id]);

    const fresh = await freshModules();
    const file = new Blob([JSON.stringify(v4)], { type: 'application/json' });
    const restored = await fresh.backup.readBackupFile(file);
    expect(restored.ok && restored.workshops.map((w) => w.id)).toEqual([v4.data.id]);
  });
});
