// Whether "Ready to work offline" was already said on this device (a note of its own, read only by the
// update notices, which come after the first screen).
import { readItem, writeItem } from './device-storage';

const OFFLINE_READY_KEY = 'momentos:offline-ready-shown';

/** Whether "Ready to work offline" was already shown on this device (it is said once). */
export function offlineReadyShown(): boolean {
  return readItem(OFFLINE_READY_KEY) !== null;
}

export function markOfflineReadyShown(): void {
  // Without storage the message may show again on a later first install; nothing is lost.
  writeItem(OFFLINE_READY_KEY, '1');
}
