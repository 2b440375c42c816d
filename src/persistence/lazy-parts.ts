// What the reader needs only for some records, kept out of the first load: team mode's schemas
// (team-schema.ts), for a workshop collecting participants' answers or a participant's copy, and the
// migrations of records written by older versions (migrations.ts). They are fetched before such a
// record, a journal entry, a backup or a write is handled. Until they are here, a record's team parts
// are kept aside whole by the reader (never dropped), a write of them is refused, and an older record
// is not read (it is listed as unreadable, untouched) rather than read as if it were current.
import type * as TeamSchemas from './team-schema';
import type * as Migrations from './migrations';
import { CURRENT_SCHEMA_VERSION } from './schema-version';

type Parts = { team?: unknown; participation?: unknown } | null | undefined;
type Record = { schemaVersion?: unknown; data?: Parts } | null | undefined;
let schemas: typeof TeamSchemas | null = null;
let migrations: typeof Migrations | null = null;

/** The team schemas and the migrations, once loaded; null before. */
export const teamSchemas = (): typeof TeamSchemas | null => schemas;
export const migrator = (): typeof Migrations | null => migrations;

export const loadTeamSchemas = async (): Promise<typeof TeamSchemas> =>
  (schemas ??= await import('./team-schema'));
export const loadMigrations = async (): Promise<typeof Migrations> =>
  (migrations ??= await import('./migrations'));

/** Whether a workshop holds team mode's parts. */
export const hasTeamParts = (workshop: Parts): boolean =>
  workshop?.team !== undefined || workshop?.participation !== undefined;

/** Loads what any of these stored records ({ schemaVersion, data: workshop }) needs to be read. */
export async function readyFor(records: readonly unknown[]): Promise<void> {
  const list = records as Record[];
  await Promise.all([
    list.some((record) => hasTeamParts(record?.data)) && loadTeamSchemas(),
    list.some((record) => Number(record?.schemaVersion) < CURRENT_SCHEMA_VERSION) &&
      loadMigrations(),
  ]);
}

/** Both, for what cannot be looked at first (a backup file, the journal). */
export const loadReaderParts = (): Promise<unknown> =>
  Promise.all([loadTeamSchemas(), loadMigrations()]);
