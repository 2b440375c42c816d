// What the save indicator shows: idle, saving, saved (only once a write resolved) or error with its reason.
import type { StorageErrorReason } from '../persistence/storage-errors';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'error'; reason: StorageErrorReason };

export class SaveStatus {
  current = $state<SaveState>({ kind: 'idle' });

  saving(): void {
    this.current = { kind: 'saving' };
  }

  saved(at: Date): void {
    this.current = { kind: 'saved', at };
  }

  failed(reason: StorageErrorReason): void {
    this.current = { kind: 'error', reason };
  }

  reset(): void {
    this.current = { kind: 'idle' };
  }
}
