// When to set up the offline cache on a first visit: once the page has loaded, a few seconds have
// passed and the browser is idle. Filling the cache downloads every part of the app (about 620 kB
// as most hosts send it); started at once, it would compete on a slow workshop Wi-Fi with the chunks the
// user's first clicks need, and on a phone with the first screen's work.
export const SETTLE_MS = 3000;

/** Runs `task` once the page has settled; returns a function that cancels it. */
export function whenSettled(task: () => void, settleMs = SETTLE_MS): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;
  const afterDelay = () => {
    if ('requestIdleCallback' in window) idle = requestIdleCallback(task, { timeout: 2000 });
    else task();
  };
  const afterLoad = () => {
    timer = setTimeout(afterDelay, settleMs);
  };
  if (document.readyState === 'complete') afterLoad();
  else window.addEventListener('load', afterLoad, { once: true });
  return () => {
    window.removeEventListener('load', afterLoad);
    clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
  };
}
