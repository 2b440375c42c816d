import { describe, expect, it } from 'vitest';
import {
  isTextField,
  presenterAction,
  type KeyPress,
  type PresenterAction,
} from '../../src/features/presenter/presenter-keys';

type Modifiers = Omit<KeyPress, 'key'>;
const press = (key: string, inTextField = false, mods: Modifiers = {}) =>
  presenterAction({ key, ...mods }, inTextField);

describe('presenterAction', () => {
  it.each([
    ['1', 1],
    ['2', 2],
    ['3', 3],
    ['4', 4],
    ['5', 5],
  ] as const)('rates the statement %s with key %s', (key, rating) => {
    expect(press(key)).toEqual({ kind: 'rate', rating });
  });

  it.each(['0', '?'])('answers "we don\'t know" with %j', (key) => {
    expect(press(key)).toEqual({ kind: 'rate', rating: 'dontKnow' });
  });

  it.each(['n', 'N'])('answers "does not apply" with %j', (key) => {
    expect(press(key)).toEqual({ kind: 'rate', rating: 'notApplicable' });
  });

  it.each([
    ['ArrowRight', 1],
    ['PageDown', 1],
    ['ArrowLeft', -1],
    ['PageUp', -1],
  ] as const)('moves with %s', (key, by) => {
    expect(press(key)).toEqual({ kind: 'move', by });
  });

  it('leaves presenter mode with Esc', () => {
    expect(press('Escape')).toEqual({ kind: 'exit' });
  });

  it('accepts "?" typed with Shift, as every keyboard types it', () => {
    const shifted = { key: '?', shiftKey: true };
    expect(presenterAction(shifted, false)).toEqual({
      kind: 'rate',
      rating: 'dontKnow',
    });
  });

  it.each([
    '6',
    '9',
    'a',
    'y',
    ' ',
    'Enter',
    'Tab',
    'ArrowUp',
    'ArrowDown',
    'Home',
    'F5',
    'toString',
    'constructor',
  ])('ignores %j', (key) => {
    expect(press(key)).toBeNull();
  });

  it.each<Modifiers>([{ ctrlKey: true }, { metaKey: true }, { altKey: true }])(
    'ignores shortcuts with a modifier (%j), such as Ctrl+1 for a browser tab',
    (mods) => {
      for (const key of ['1', 'n', 'ArrowRight', 'PageDown', 'Escape'])
        expect(press(key, false, mods)).toBeNull();
    },
  );

  it('lets typing in a text field be typing: digits, letters, "?" and arrows are ignored', () => {
    for (const key of ['1', '2', '3', '4', '5', '0', '?', 'n', 'N', 'ArrowLeft', 'ArrowRight'])
      expect(press(key, true)).toBeNull();
  });

  it('still moves on with a clicker (PageUp/PageDown) from a text field', () => {
    expect(press('PageDown', true)).toEqual({ kind: 'move', by: 1 });
    expect(press('PageUp', true)).toEqual({ kind: 'move', by: -1 });
  });

  it('makes Esc in a text field leave the field, not presenter mode', () => {
    expect(press('Escape', true)).toEqual<PresenterAction>({ kind: 'leaveField' });
  });
});

describe('isTextField', () => {
  it.each([
    { tagName: 'TEXTAREA' },
    { tagName: 'SELECT' },
    { tagName: 'INPUT', type: 'text' },
    { tagName: 'INPUT', type: 'search' },
    { tagName: 'INPUT', type: 'date' },
    { tagName: 'INPUT' },
    { tagName: 'DIV', isContentEditable: true },
  ])('counts %j as a text field', (element) => {
    expect(isTextField(element)).toBe(true);
  });

  it.each([
    { tagName: 'BUTTON' },
    { tagName: 'A' },
    { tagName: 'H1' },
    { tagName: 'BODY' },
    { tagName: 'INPUT', type: 'radio' },
    { tagName: 'INPUT', type: 'checkbox' },
    { tagName: 'INPUT', type: 'button' },
  ])('does not count %j', (element) => {
    expect(isTextField(element)).toBe(false);
  });

  it('does not count nothing focused', () => {
    expect(isTextField(null)).toBe(false);
  });
});
