// Keeps the tabs of this app in step (BroadcastChannel): a save, a hand-over request, a changed list,
// everything deleted. Where BroadcastChannel is missing, each tab simply hears nothing.

export type TabMessage =
  /** A workshop was saved; tabs showing it read-only reload it. */
  | { type: 'saved'; id: string; updatedAt: string }
  /** Another tab wants to edit this workshop: the tab holding it saves and hands it over. */
  | { type: 'release'; id: string }
  /** Workshops were created, renamed, restored or deleted: home screens refresh their list. */
  | { type: 'listChanged' }
  /** Every workshop on this device was deleted. */
  | { type: 'wiped' };

const CHANNEL_NAME = 'momentos-cx-tabs';

export class TabChannel {
  readonly #channel: BroadcastChannel | null;
  readonly #listeners = new Set<(message: TabMessage) => void>();

  constructor() {
    let channel: BroadcastChannel | null = null;
    try {
      if (typeof BroadcastChannel !== 'undefined') channel = new BroadcastChannel(CHANNEL_NAME);
    } catch {
      channel = null;
    }
    this.#channel = channel;
    if (channel) {
      channel.onmessage = (event: MessageEvent) => {
        const message = event.data as TabMessage;
        if (message && typeof message === 'object' && typeof message.type === 'string')
          for (const listener of this.#listeners) listener(message);
      };
    }
  }

  post(message: TabMessage): void {
    try {
      this.#channel?.postMessage(message);
    } catch {
      // A closed channel: other tabs catch up when they next load.
    }
  }

  listen(listener: (message: TabMessage) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
