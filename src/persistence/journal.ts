// A synchronous localStorage journal of the last unsaved change, written when the page hides and replayed at start-up.
import type { Workshop } from '../domain/workshop';
import { keysWith, readItem, removeItem, writeItem } from './device-storage';
import { readWorkshop } from './read-workshop';
import { loadReaderParts } from './lazy-parts';
import type { WorkshopRepository } from './repository';
import { wrapWorkshop } from './schema';

const PREFIX = 'momentos:journal:';

/** Writes synchronously; returns false when the journal could not be written (no storage, quota). */
export function writeJournal(workshop: Workshop, now: Date): boolean {
  return writeItem(PREFIX + workshop.id, JSON.stringify(wrapWorkshop(workshop, now)));
}

export function clearJournal(id: string): void {
  removeItem(PREFIX + id);
}

export function clearAllJournals(): void {
  for (const key of keysWith(PREFIX)) removeItem(key);
}

function readEntry(id: string): Workshop | null {
  try {
    // An entry filed under another workshop's id is not trusted.
    const result = readWorkshop(JSON.parse(readItem(PREFIX + id) ?? 'null'));
    return result.ok && result.workshop.id === id ? result.workshop : null;
  } catch {
    return null;
  }
}

/**
 * Saves every journaled workshop that is newer than its stored copy (checked and written in one
 * transaction), then clears the entry. A workshop deleted meanwhile is not brought back. An entry
 * whose save fails stays in the journal for the next start.
 */
export async function replayJournal(repository: WorkshopRepository): Promise<number> {
  let replayed = 0;
  // An entry may hold team parts or come from an older version: fetched first (entries are rare).
  if (keysWith(PREFIX).length > 0) await loadReaderParts();
  for (const key of keysWith(PREFIX)) {
    const id = key.slice(PREFIX.length);
    const journaled = readEntry(id);
    if (!journaled) continue;
    try {
      if (await repository.saveIfNewer(journaled)) replayed++;
      clearJournal(id);
    } catch {
      // Keep the entry: it is the only copy of those answers.
    }
  }
  return replayed;
}
