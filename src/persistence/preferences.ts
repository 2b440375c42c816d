// What this device remembers besides the workshops: the interface language, where each workshop was
// left, when it was last backed up, and notices already given. Kept in localStorage, read synchronously.
import type { StepId } from '../domain/workshop';
import { keysWith, readItem, removeItem, writeItem } from './device-storage';

/** The interface language chosen on this device; the boot script in index.html reads it too. */
export const LOCALE_KEY = 'momentos:locale';

export function readSavedLocale(): string | null {
  return readItem(LOCALE_KEY);
}

export function saveLocale(locale: string): void {
  // Without storage the choice still applies for this visit.
  writeItem(LOCALE_KEY, locale);
}

const STEP_PREFIX = 'momentos:step:';

/** Where the team was in a workshop on this device: opening a workshop never rewrites its record. */
export function readLastStep(id: string): string | null {
  return readItem(STEP_PREFIX + id);
}

export function saveLastStep(id: string, step: StepId): void {
  writeItem(STEP_PREFIX + id, step);
}

/** Keys of notes written by backup-notes.ts (forgotten with the workshops, below). */
export const BACKUP_PREFIX = 'momentos:backup:';
export const PERSIST_KEY = 'momentos:persist-asked';

/** Forgets what this device noted about a workshop (it was deleted). */
export function forgetWorkshop(id: string): void {
  removeItem(STEP_PREFIX + id);
  removeItem(BACKUP_PREFIX + id);
}

/** Forgets every note about workshops; the language choice stays. */
export function forgetAllWorkshops(): void {
  for (const key of [...keysWith(STEP_PREFIX), ...keysWith(BACKUP_PREFIX)]) removeItem(key);
  removeItem(PERSIST_KEY);
}

/** The colour scheme chosen in the header; "system" follows the device. */
export type ThemeChoice = 'system' | 'light' | 'dark';
export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];
export const THEME_KEY = 'momentos:theme';

export function readThemeChoice(): ThemeChoice {
  const saved = readItem(THEME_KEY);
  return saved === 'light' || saved === 'dark' ? saved : 'system';
}

export function saveThemeChoice(choice: ThemeChoice): void {
  if (choice === 'system') removeItem(THEME_KEY);
  else writeItem(THEME_KEY, choice);
}

/** The scheme to draw in: the saved choice, else the device's (the boot script decides the same way). */
export function themeOf(saved: string | null, deviceDark: boolean): 'light' | 'dark' {
  if (saved === 'light' || saved === 'dark') return saved;
  return deviceDark ? 'dark' : 'light';
}
