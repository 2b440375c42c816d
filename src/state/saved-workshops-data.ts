// Restoring backups into the saved workshops and deleting everything on this device (home screen,
// loaded once it settled). A workshop already here is replaced only under its lock, or kept beside.
import { cleanText, LIMITS } from '../domain/limits';
import type { Workshop } from '../domain/workshop';
import { newId } from './ids';
import { attempt, type SavedWorkshops, type SavedWorkshopsResult } from './saved-workshops.svelte';

/** How to restore a workshop whose id is already on this device. */
export type RestoreChoice = 'keepBoth' | 'replace';

/** The ids of these workshops that are already stored on this device (readable or not). */
export async function existingIds(
  saved: SavedWorkshops,
  workshops: readonly Workshop[],
): Promise<Set<string>> {
  const found = new Set<string>();
  for (const w of workshops) if ((await saved.repository.raw(w.id)) !== undefined) found.add(w.id);
  return found;
}

/**
 * The workshops of a backup whose ids are already stored here, each with the one here (as listed;
 * null when the record here is not a readable workshop): what the restore asks about.
 */
export async function restoreClashes(
  saved: SavedWorkshops,
  workshops: readonly Workshop[],
): Promise<{ file: Workshop; here: Workshop | null }[]> {
  const here = await existingIds(saved, workshops);
  return workshops
    .filter((w) => here.has(w.id))
    .map((w) => ({ file: w, here: saved.workshops.find((h) => h.id === w.id) ?? null }));
}

/**
 * Stores workshops read from a backup. One whose id is already here is replaced, or kept beside the
 * one here under a new id and a title that says it was restored.
 */
export async function restoreWorkshops(
  saved: SavedWorkshops,
  workshops: readonly Workshop[],
  choice: RestoreChoice,
  restoredTitle: (title: string) => string,
): Promise<SavedWorkshopsResult<Workshop[]>> {
  const here = await existingIds(saved, workshops);
  const stored: Workshop[] = [];
  let result: SavedWorkshopsResult = { ok: true, value: undefined };
  for (const workshop of workshops) {
    const clash = here.has(workshop.id);
    const target =
      clash && choice === 'keepBoth'
        ? {
            ...workshop,
            id: newId(),
            title: cleanText(restoredTitle(workshop.title), LIMITS.title),
          }
        : workshop;
    result =
      clash && choice === 'replace'
        ? await saved.whileNotOpen(target.id, () => attempt(() => saved.repository.save(target)))
        : await attempt(() => saved.repository.save(target));
    if (!result.ok) break;
    stored.push(target);
  }
  await saved.changed();
  return result.ok ? { ok: true, value: stored } : result;
}

/** The record of an unreadable workshop exactly as stored, to hand to someone who can look into it. */
export async function rawCopy(saved: SavedWorkshops, key: IDBValidKey): Promise<string> {
  return JSON.stringify(await saved.repository.raw(key), null, 1);
}

/** Deletes every workshop and note on this device; other tabs close what they had open. */
export async function deleteEverything(saved: SavedWorkshops): Promise<SavedWorkshopsResult> {
  const result = await attempt(() => saved.repository.clearAll());
  if (!result.ok) return result;
  saved.channel?.post({ type: 'wiped' });
  await saved.refresh();
  return { ok: true, value: undefined };
}
