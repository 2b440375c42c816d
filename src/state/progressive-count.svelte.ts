// A long list drawn a few items at a time: the first items at once, then `step` more whenever the
// browser is idle (after it has drawn what is on screen, charts included) until every item is shown,
// so a screen's first frame never waits for the whole list (200 actions at the limits). A browser
// that is never idle (a busy machine, a page that keeps drawing) still gets the next items after
// MAX_WAIT_MS. Once complete, the list shows everything, items added later included.

/** The longest a list waits for an idle moment before drawing its next items anyway. */
export const MAX_WAIT_MS = 200;

/** Must be created while a component initialises (it runs an effect). */
export function progressiveCount(total: () => number, first = 6, step = 4) {
  let shown = $state(first);
  let complete = $state(false);
  const later =
    typeof requestIdleCallback === 'function'
      ? (next: () => void) => {
          const id = requestIdleCallback(next, { timeout: MAX_WAIT_MS });
          return () => cancelIdleCallback(id);
        }
      : // Safari before 18 has no idle callbacks: a short pause between chunks instead.
        (next: () => void) => {
          const id = setTimeout(next, 30);
          return () => clearTimeout(id);
        };
  $effect(() => {
    if (complete) return;
    if (shown >= total()) {
      complete = true;
      return;
    }
    return later(() => (shown += step));
  });
  return {
    /** How many items to draw now (all of them once the list is complete). */
    get count(): number {
      return complete ? Infinity : shown;
    },
  };
}
