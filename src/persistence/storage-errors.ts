// Classifies storage failures so the user gets a reason they can act on.
import type { Problem } from './problems';

export type StorageErrorReason = 'quota' | 'unavailable' | 'conflict' | 'refused' | 'unknown';

/** The stored record changed (another tab) or was deleted since this copy was read. */
export function conflictError(): Error {
  return Object.assign(new Error('Changed elsewhere'), {
    name: 'ConflictError',
  });
}

/** A workshop the reader could not read back: refused before anything is written. */
export function writeRefusedError(problems: Problem[]): Error & { problems: Problem[] } {
  const fields = problems.map((p) => p.field).join(', ');
  return Object.assign(new Error(`Unreadable: ${fields}`), {
    name: 'WriteRefusedError',
    problems,
  });
}

export function errorName(error: unknown): string {
  if (error && typeof error === 'object' && 'name' in error) return String(error.name);
  return '';
}

export function classifyStorageError(error: unknown): StorageErrorReason {
  if (errorName(error) === 'ConflictError') return 'conflict';
  if (errorName(error) === 'WriteRefusedError') return 'refused';
  const name = errorName(error);
  const code = error && typeof error === 'object' && 'code' in error ? error.code : undefined;
  const message = error instanceof Error ? error.message : String(error);
  if (
    name === 'QuotaExceededError' ||
    name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    code === 22 ||
    code === 1014 ||
    /quota/i.test(message)
  ) {
    return 'quota';
  }
  if (name === 'InvalidStateError' || name === 'UnknownError' || name === 'SecurityError') {
    return 'unavailable';
  }
  return 'unknown';
}

/** Errors after which a fresh IndexedDB connection may succeed (WebKit drops connections). */
export function isStaleConnection(error: unknown): boolean {
  const name = errorName(error);
  return name === 'InvalidStateError' || name === 'UnknownError';
}
