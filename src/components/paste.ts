// Whether a paste into a field capped at a limit did not fit (the walk-through's text areas).

/** Whether pasting into this field goes past `max` (the browser then keeps only what fits). */
export function pasteIsCut(event: ClipboardEvent, max: number): boolean {
  const field = event.currentTarget as HTMLInputElement | HTMLTextAreaElement | null;
  const pasted = event.clipboardData?.getData('text/plain') ?? '';
  if (!field) return false;
  const selected = (field.selectionEnd ?? 0) - (field.selectionStart ?? 0);
  return field.value.length - selected + pasted.length > max;
}
