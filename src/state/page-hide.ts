// Gets pending answers somewhere durable when the page is hidden or unloaded: a phone may end a hidden
// tab without any further event.
export function flushWhenHidden(target: { flushOnHide(): void }): () => void {
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') target.flushOnHide();
  };
  const onPageHide = () => target.flushOnHide();
  document.addEventListener('visibilitychange', onVisibility);
  window.addEventListener('pagehide', onPageHide);
  return () => {
    document.removeEventListener('visibilitychange', onVisibility);
    window.removeEventListener('pagehide', onPageHide);
  };
}
