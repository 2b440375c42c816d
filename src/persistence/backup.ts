// Backup files a person can carry: one or all workshops in a versioned envelope, and the one reader of
// files from outside (size cap before reading, guarded parse, the workshop reader for each one).
import * as v from 'valibot';
import { fileText, parseJson } from './outside-json';
import { backupFileName } from '../domain/file-name';
import { BANK_ID, BANK_VERSION } from '../domain/bank-ids';
import { localDate, type Workshop } from '../domain/workshop';
import { CURRENT_SCHEMA_VERSION } from './schema-version';
import { problemsOf, type Problem } from './problems';
import { pick, readWorkshopData } from './read-workshop';
import { assertWritable, ENVELOPE } from './schema';
import { loadReaderParts } from './lazy-parts';

export interface BackupEnvelope {
  app: typeof ENVELOPE.app;
  kind: typeof ENVELOPE.backupKind;
  schemaVersion: number;
  exportedAt: string;
  /** The question bank of this app version (each workshop also names its own). */
  bank: { id: string; version: number };
  workshops: Workshop[];
}

export type BackupFailure = 'tooLarge' | 'empty' | 'notJson' | 'foreign' | 'newer' | 'invalid';

export type BackupRead =
  | { ok: true; workshops: Workshop[] }
  | {
      ok: false;
      reason: BackupFailure;
      problems: Problem[];
      /** 1-based position of the workshop that could not be read, for the message. */
      workshop?: number;
    };

export interface BackupFile {
  text: string;
  fileName: string;
}

/** The file for one workshop (named after its organisation) or for several. */
export function makeBackup(workshops: readonly Workshop[], now: Date): BackupFile {
  // What cannot be read back is not written: a backup is checked like every stored record.
  for (const workshop of workshops) assertWritable(workshop);
  const envelope: BackupEnvelope = {
    app: ENVELOPE.app,
    kind: ENVELOPE.backupKind,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    bank: { id: BANK_ID, version: BANK_VERSION },
    workshops: [...workshops],
  };
  const only = workshops.length === 1 ? workshops[0] : undefined;
  return {
    text: JSON.stringify(envelope, null, 1),
    fileName: backupFileName(only ? only.meta.organisation : null, localDate(now)),
  };
}

const fail = (reason: BackupFailure, problems: Problem[] = [], workshop?: number): BackupRead =>
  workshop === undefined
    ? { ok: false, reason, problems }
    : { ok: false, reason, problems, workshop };

const BackupSchema = v.strictObject({
  app: v.literal(ENVELOPE.app),
  kind: v.picklist([ENVELOPE.backupKind, ENVELOPE.workshopKind]),
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
});

/** Reads a file; its size is checked before a byte of it is read. */
export async function readBackupFile(file: Blob): Promise<BackupRead> {
  const text = await fileText(file);
  if (!text.ok) return fail(text.reason);
  // Workshops in it may have team parts, or come from an older version.
  await loadReaderParts();
  return readBackupText(text.value);
}

/**
 * Reads a backup (or a single stored record). Every workshop must be readable, or nothing is
 * imported: a failed import changes nothing.
 */
export function readBackupText(text: string): BackupRead {
  const parsed = parseJson(text);
  if (!parsed.ok) return fail(parsed.reason);
  const raw = parsed.value;
  if (typeof raw !== 'object' || raw === null || (raw as { app?: unknown }).app !== ENVELOPE.app)
    return fail('foreign');
  const envelope = v.safeParse(BackupSchema, pick(raw, ['app', 'kind', 'schemaVersion']));
  if (!envelope.success) return fail('invalid', problemsOf(envelope.issues));
  const { kind, schemaVersion } = envelope.output;
  if (schemaVersion > CURRENT_SCHEMA_VERSION) return fail('newer');
  const bag = raw as { workshops?: unknown; data?: unknown };
  const items = kind === ENVELOPE.backupKind ? bag.workshops : [bag.data];
  if (!Array.isArray(items)) return fail('invalid', [{ kind: 'missing', field: 'workshops' }]);
  if (items.length === 0) return fail('empty');
  const workshops: Workshop[] = [];
  const ids = new Set<string>();
  for (const [index, item] of (items as unknown[]).entries()) {
    const result = readWorkshopData(item, schemaVersion);
    if (!result.ok) return fail(result.reason, result.problems, index + 1);
    if (ids.has(result.workshop.id))
      return fail('invalid', [{ kind: 'wrongValue', field: 'id' }], index + 1);
    ids.add(result.workshop.id);
    workshops.push(result.workshop);
  }
  return { ok: true, workshops };
}
