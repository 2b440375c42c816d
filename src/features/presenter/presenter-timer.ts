// The facilitator's per-area timer in presenter mode: start, pause, reset, elapsed time. It lives in
// memory for as long as the page does (one per workshop and area), never in the workshop's data.

/** The introduction suggests 10-15 minutes per area: past this the timer says so. */
export const AREA_TIME_LIMIT_MS = 15 * 60_000;

export class PresenterTimer {
  readonly #now: () => number;
  /** When the running stretch began; null while paused. */
  #since: number | null = null;
  /** Time counted in the stretches before the current one. */
  #banked = 0;

  constructor(now: () => number) {
    this.#now = now;
  }

  get running(): boolean {
    return this.#since !== null;
  }

  /** Milliseconds counted so far (never negative, even if the system clock is set back). */
  elapsed(): number {
    const current = this.#since === null ? 0 : Math.max(0, this.#now() - this.#since);
    return this.#banked + current;
  }

  start(): void {
    if (this.#since === null) this.#since = this.#now();
  }

  pause(): void {
    if (this.#since === null) return;
    this.#banked = this.elapsed();
    this.#since = null;
  }

  /** Back to 00:00, stopped. */
  reset(): void {
    this.#banked = 0;
    this.#since = null;
  }
}

/** "mm:ss", minutes counting on past 59 (an area is never an hour long, but the text stays right). */
export function formatElapsed(ms: number): string {
  const seconds = Math.floor(Math.max(0, ms) / 1000);
  const minutes = Math.floor(seconds / 60);
  return `${String(minutes).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

export function isOverLimit(ms: number): boolean {
  return ms >= AREA_TIME_LIMIT_MS;
}

const timers = new Map<string, PresenterTimer>();

/** The timer of one area of one workshop: the same one each time presenter mode comes back to it. */
export function areaTimer(
  workshopId: string,
  areaId: string,
  now: () => number = () => Date.now(),
): PresenterTimer {
  const key = `${workshopId}/${areaId}`;
  let timer = timers.get(key);
  if (!timer) timers.set(key, (timer = new PresenterTimer(now)));
  return timer;
}
