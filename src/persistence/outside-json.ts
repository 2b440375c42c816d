// The first steps of reading any file or text from outside (a backup, a participant's answers): the
// size checked before a byte is read, blank refused, JSON parsed in a guard. What it is comes after.
import { LIMITS } from '../domain/limits';

export type JsonFailure = 'tooLarge' | 'empty' | 'notJson';
type Read<T> = { ok: true; value: T } | { ok: false; reason: JsonFailure };

/** A file's text; its size is checked before it is read. */
export async function fileText(file: Blob): Promise<Read<string>> {
  if (file.size > LIMITS.fileBytes) return { ok: false, reason: 'tooLarge' };
  if (file.size === 0) return { ok: false, reason: 'empty' };
  try {
    return { ok: true, value: await file.text() };
  } catch {
    return { ok: false, reason: 'notJson' };
  }
}

/** The JSON in a text, within the size a file may have (`max` characters; a backup's by default). */
export function parseJson(text: string, max: number = LIMITS.fileBytes): Read<unknown> {
  if (text.length > max) return { ok: false, reason: 'tooLarge' };
  if (text.trim() === '') return { ok: false, reason: 'empty' };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, reason: 'notJson' };
  }
}
