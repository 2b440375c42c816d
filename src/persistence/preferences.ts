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

const OFFLINE_READY_KEY = 'momentos:offline-ready-shown';

/** Whether "Ready to work offline" was already shown on this device (it is said once). */
export function offlineReadyShown(): boolean {
  try {
    return localStorage.getItem(OFFLINE_READY_KEY) !== null;
  } catch {
    return false;
  }
}

export function markOfflineReadyShown(): void {
  try {
    localStorage.setItem(OFFLINE_READY_KEY, '1');
  } catch {
    // Without storage the message may show again on a later first install; nothing is lost.
  }
}
