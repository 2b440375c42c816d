// The interface language chosen on this device, kept in localStorage so it is known before the first render.
const LOCALE_KEY = 'momentos:locale';

export function readSavedLocale(): string | null {
  try {
    return localStorage.getItem(LOCALE_KEY);
  } catch {
    return null;
  }
}

export function saveLocale(locale: string): void {
  try {
    localStorage.setItem(LOCALE_KEY, locale);
  } catch {
    // The choice still applies for this visit.
  }
}
