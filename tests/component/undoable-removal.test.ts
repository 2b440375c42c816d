import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { tick } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UndoableRemoval } from '../../src/state/undoable-removal.svelte';
import UndoableRemovalHarness from './UndoableRemovalHarness.svelte';

const texts = {
  restored: (item: string) => `${item} is back`,
  refused: () => 'The list is full',
};

/** A focusable heading and an Undo button in the document, and a removal whose heading it is. */
function setup() {
  const heading = document.createElement('h2');
  heading.tabIndex = -1;
  const undoButton = document.createElement('button');
  document.body.append(heading, undoButton);
  const removal = new UndoableRemoval<string>(texts, () => heading);
  const restore = vi.fn(() => true);
  return { heading, undoButton, removal, restore };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('UndoableRemoval', () => {
  it('says any other change, and what was removed before can no longer be undone', async () => {
    const { removal, restore } = setup();
    await removal.removed('Pedir cita', 'Deleted', restore);
    expect(removal.canUndo).toBe(true);

    removal.say('Added');
    expect(removal.message).toBe('Added');
    expect(removal.canUndo).toBe(false);
    removal.undo();
    expect(restore).not.toHaveBeenCalled();
    expect(removal.message).toBe('Added');
  });

  it('says the removal, offers Undo, and focuses the Undo button the view shows after the tick', async () => {
    const { removal, restore, undoButton } = setup();
    const done = removal.removed('Pedir cita', 'Deleted', restore);
    expect(removal.message).toBe('Deleted');
    expect(removal.canUndo).toBe(true);
    // The view binds the button only once it has rendered, which is after the state change.
    removal.undoButton = undoButton;
    await done;
    expect(undoButton).toHaveFocus();
  });

  it('focuses the heading when there is no Undo button', async () => {
    const { removal, restore, heading } = setup();
    await removal.removed('Pedir cita', 'Deleted', restore);
    expect(heading).toHaveFocus();
  });

  it('puts the item back on Undo, says so, focuses the heading, and a second Undo does nothing', async () => {
    const { removal, restore, heading, undoButton } = setup();
    removal.undoButton = undoButton;
    await removal.removed('Pedir cita', 'Deleted', restore);
    expect(undoButton).toHaveFocus();

    removal.undo();
    expect(restore).toHaveBeenCalledTimes(1);
    expect(removal.message).toBe('Pedir cita is back');
    expect(removal.canUndo).toBe(false);
    expect(heading).toHaveFocus();

    removal.say('Something else');
    removal.undo();
    expect(restore).toHaveBeenCalledTimes(1);
    expect(removal.message).toBe('Something else');
  });

  it('a second Undo right after the first does not restore again', async () => {
    const { removal, restore } = setup();
    await removal.removed('Pedir cita', 'Deleted', restore);
    removal.undo();
    removal.undo();
    expect(restore).toHaveBeenCalledTimes(1);
    expect(removal.message).toBe('Pedir cita is back');
  });

  it('says the refusal when the item could not come back, and still focuses the heading', async () => {
    const { removal, heading, undoButton } = setup();
    removal.undoButton = undoButton;
    const restore = vi.fn(() => false);
    await removal.removed('Pedir cita', 'Deleted', restore);

    removal.undo();
    expect(restore).toHaveBeenCalledTimes(1);
    expect(removal.message).toBe('The list is full');
    expect(removal.canUndo).toBe(false);
    expect(heading).toHaveFocus();
  });

  it('offers no Undo when nothing was removed (null)', async () => {
    const { removal, restore, heading } = setup();
    await removal.removed(null, 'Deleted', restore);
    expect(removal.message).toBe('Deleted');
    expect(removal.canUndo).toBe(false);
    expect(heading).toHaveFocus();
    removal.undo();
    expect(restore).not.toHaveBeenCalled();
  });

  it('undoes only the latest removal', async () => {
    const { removal } = setup();
    const first = vi.fn(() => true);
    const second = vi.fn(() => true);
    await removal.removed('Pedir cita', 'Deleted', first);
    await removal.removed('Llamar', 'Deleted', second);
    removal.undo();
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
    expect(removal.message).toBe('Llamar is back');
  });
});

describe('UndoableRemoval with the real UndoStatus', () => {
  it('moves focus to the Undo button once it appears, and back to the heading after Undo', async () => {
    const user = userEvent.setup();
    const removal = new UndoableRemoval<string>(
      texts,
      () => screen.queryByRole('heading', { name: 'Items' }) ?? undefined,
    );
    render(UndoableRemovalHarness, { removal });
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    const restore = vi.fn(() => true);

    await removal.removed('Pedir cita', 'Deleted', restore);
    const undo = screen.getByRole('button', { name: 'Undo' });
    expect(undo).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('Deleted');

    await user.click(undo);
    await tick();
    expect(restore).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('heading', { name: 'Items' })).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('Pedir cita is back');
  });
});
