// One tab edits a workshop at a time (Web Locks): the first tab holds the workshop's lock; another tab
// shows it read-only, queues for the lock, and gets it when the first tab leaves or hands it over.
// Where navigator.locks is missing every tab may edit, and the check in each write (repository
// `expected`) refuses a write over another tab's newer copy instead of overwriting it.

import { lockName, locks } from './workshop-locks';

export interface LockEvents {
  /** This tab now holds the lock (it was queued, or stole it). */
  ongranted: () => void;
  /** Another tab took the lock from this one. */
  onlost: () => void;
}

export class EditLock {
  readonly id: string;
  readonly #events: LockEvents;
  #held = false;
  #release: (() => void) | null = null;
  #waiting: AbortController | null = null;
  #closed = false;

  constructor(id: string, events: LockEvents) {
    this.id = id;
    this.#events = events;
  }

  get held(): boolean {
    return this.#held;
  }

  /** Takes the lock if no other tab holds it; resolves whether this tab now holds it. */
  async tryAcquire(): Promise<boolean> {
    const manager = locks();
    if (!manager) return (this.#held = true);
    return new Promise<boolean>((resolve) => {
      let answered = false;
      const answer = (held: boolean) => {
        answered = true;
        resolve(held);
      };
      manager
        .request(lockName(this.id), { ifAvailable: true }, (lock) => {
          if (!lock) return answer(false);
          return this.#hold(() => answer(true));
        })
        .catch(() => {
          // Locks that fail outright (an opaque origin) lock nothing: edit, the write check guards.
          if (answered) this.#lost();
          else answer((this.#held = true));
        });
    });
  }

  /** Queues for the lock; `ongranted` runs when it comes. */
  wait(): void {
    const manager = locks();
    if (!manager || this.#held || this.#waiting || this.#closed) return;
    const waiting = new AbortController();
    this.#waiting = waiting;
    manager
      .request(lockName(this.id), { signal: waiting.signal }, () => {
        this.#waiting = null;
        return this.#hold(() => this.#events.ongranted());
      })
      .catch(() => {
        if (this.#waiting === waiting) this.#waiting = null;
        if (!waiting.signal.aborted) this.#lost();
      });
  }

  /** Takes the lock from a tab that did not hand it over (frozen, or too busy to answer). */
  steal(): void {
    const manager = locks();
    if (!manager || this.#held) return;
    this.#waiting?.abort();
    this.#waiting = null;
    manager
      .request(lockName(this.id), { steal: true }, () => this.#hold(() => this.#events.ongranted()))
      .catch(() => this.#lost());
  }

  /** Lets the lock go (this tab leaves the workshop or hands it over). */
  release(): void {
    this.#held = false;
    this.#release?.();
    this.#release = null;
  }

  /** Leaves for good: releases, and stops queueing. */
  close(): void {
    this.#closed = true;
    this.#waiting?.abort();
    this.#waiting = null;
    this.release();
  }

  #hold(onHeld: () => void): Promise<void> {
    return new Promise<void>((release) => {
      if (this.#closed) {
        release();
        return;
      }
      this.#held = true;
      this.#release = release;
      onHeld();
    });
  }

  #lost(): void {
    const wasHeld = this.#held;
    this.#held = false;
    this.#release = null;
    if (wasHeld && !this.#closed) this.#events.onlost();
  }
}
