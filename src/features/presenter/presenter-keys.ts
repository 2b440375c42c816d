// Presenter mode's keyboard: which key does what. Pure, so every mapping is tested without a page.
import { DONT_KNOW, NOT_APPLICABLE, type Rating } from '../../domain/bank-ids';

export type PresenterAction =
  | { kind: 'rate'; rating: Rating }
  | { kind: 'move'; by: 1 | -1 }
  /** Esc in a text field: give the keys back to the presentation (focus leaves the field). */
  | { kind: 'leaveField' }
  | { kind: 'exit' };

export interface KeyPress {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

const KEYS = new Map<string, PresenterAction>(
  Object.entries({
    '1': { kind: 'rate', rating: 1 },
    '2': { kind: 'rate', rating: 2 },
    '3': { kind: 'rate', rating: 3 },
    '4': { kind: 'rate', rating: 4 },
    '5': { kind: 'rate', rating: 5 },
    '0': { kind: 'rate', rating: DONT_KNOW },
    '?': { kind: 'rate', rating: DONT_KNOW },
    n: { kind: 'rate', rating: NOT_APPLICABLE },
    N: { kind: 'rate', rating: NOT_APPLICABLE },
    ArrowRight: { kind: 'move', by: 1 },
    ArrowLeft: { kind: 'move', by: -1 },
    PageDown: { kind: 'move', by: 1 },
    PageUp: { kind: 'move', by: -1 },
    Escape: { kind: 'exit' },
  } satisfies Record<string, PresenterAction>),
);

/**
 * What a key press does in presenter mode, or null when it is not ours. In a text field typing wins:
 * digits, letters and arrows stay the field's. Only Esc (which leaves the field first) and
 * PageUp/PageDown act there, since presentation clickers send those and have no other way to move on.
 * Shortcuts with Ctrl, Alt or Cmd (Ctrl+1 changes browser tab) are never ours.
 */
export function presenterAction(press: KeyPress, inTextField: boolean): PresenterAction | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  const action = KEYS.get(press.key);
  if (!action) return null;
  if (!inTextField) return action;
  if (press.key === 'Escape') return { kind: 'leaveField' };
  return press.key === 'PageDown' || press.key === 'PageUp' ? action : null;
}

/** The parts of a focused element that say whether keys type into it. */
export interface FocusedElement {
  tagName: string;
  type?: string;
  isContentEditable?: boolean;
}

/** Inputs that take no typing: keys pressed on them are the presentation's. */
const NOT_TYPED = new Set([
  'button',
  'checkbox',
  'radio',
  'submit',
  'reset',
  'image',
  'range',
  'color',
  'file',
]);

export function isTextField(element: FocusedElement | null | undefined): boolean {
  if (!element) return false;
  if (element.isContentEditable) return true;
  const tag = element.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  return tag === 'input' && !NOT_TYPED.has((element.type ?? 'text').toLowerCase());
}
