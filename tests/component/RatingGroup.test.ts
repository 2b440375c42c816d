import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import RatingGroup from '../../src/components/RatingGroup.svelte';
import type { Rating } from '../../src/domain/question-bank';
import en from '../../locales/en.json';
import es from '../../locales/es.json';
import { useLocale } from './i18n';

function renderGroup(value: Rating | undefined = undefined, id = 'customers.voice') {
  const onchange = vi.fn<(rating: Rating | null) => void>();
  const result = render(RatingGroup, { id, label: 'Some statement', value, onchange });
  const group = screen.getByRole('radiogroup', { name: 'Some statement' });
  return { ...result, onchange, group };
}

describe('RatingGroup', () => {
  it('is a radio group named by its statement, with levels 1-5, "No lo sabemos" and "No se aplica"', () => {
    const { group } = renderGroup();
    const radios = screen.getAllByRole('radio');
    expect(radios).toHaveLength(7);
    for (const radio of radios) expect(group).toContainElement(radio);
    expect(screen.getByRole('radio', { name: '1 No existe' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '2 Ocasional' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '3 Definido' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '4 Gestionado y medido' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '5 Integrado' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'No lo sabemos' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'No se aplica a nuestro caso' })).toBeInTheDocument();
    for (const radio of radios) expect(radio).not.toBeChecked();
  });

  it('reports the level clicked', async () => {
    const user = userEvent.setup();
    const { onchange } = renderGroup();
    await user.click(screen.getByRole('radio', { name: /^3 / }));
    expect(onchange).toHaveBeenCalledTimes(1);
    expect(onchange).toHaveBeenCalledWith(3);
  });

  it('reports the level when its text is clicked', async () => {
    const user = userEvent.setup();
    const { onchange } = renderGroup();
    await user.click(screen.getByText('Integrado'));
    expect(onchange).toHaveBeenCalledWith(5);
  });

  it('reports "don\'t know"', async () => {
    const user = userEvent.setup();
    const { onchange } = renderGroup();
    await user.click(screen.getByRole('radio', { name: 'No lo sabemos' }));
    expect(onchange).toHaveBeenCalledWith('dontKnow');
  });

  it('works with the keyboard alone: Tab in, Space to choose, arrows to move', async () => {
    const user = userEvent.setup();
    const { onchange } = renderGroup();

    await user.tab();
    expect(screen.getByRole('radio', { name: '1 No existe' })).toHaveFocus();
    expect(onchange).not.toHaveBeenCalled();

    await user.keyboard(' ');
    expect(onchange).toHaveBeenLastCalledWith(1);
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('radio', { name: '2 Ocasional' })).toHaveFocus();
    expect(onchange).toHaveBeenLastCalledWith(2);
    await user.keyboard('{ArrowDown}');
    expect(onchange).toHaveBeenLastCalledWith(3);
    await user.keyboard('{ArrowLeft}');
    expect(onchange).toHaveBeenLastCalledWith(2);
    expect(onchange).toHaveBeenCalledTimes(4);
  });

  it('moves from level 5 to "don\'t know" with the arrow keys', async () => {
    const user = userEvent.setup();
    const { onchange } = renderGroup(5);
    await user.tab();
    expect(screen.getByRole('radio', { name: '5 Integrado' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: 'No lo sabemos' })).toHaveFocus();
    expect(onchange).toHaveBeenLastCalledWith('dontKnow');
  });

  it('reports "does not apply", and moves there from "we don\'t know" with the arrow keys', async () => {
    const user = userEvent.setup();
    const { onchange } = renderGroup('dontKnow');
    await user.tab();
    expect(screen.getByRole('radio', { name: 'No lo sabemos' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('radio', { name: 'No se aplica a nuestro caso' })).toHaveFocus();
    expect(onchange).toHaveBeenLastCalledWith('notApplicable');
  });

  it('describes "does not apply" when chosen', () => {
    const { group } = renderGroup('notApplicable');
    expect(screen.getByRole('radio', { name: 'No se aplica a nuestro caso' })).toBeChecked();
    expect(group).toHaveAccessibleDescription(
      `${es.scale.notApplicable.label}: ${es.scale.notApplicable.description}`,
    );
  });

  it('keeps arrow keys inside its own group', async () => {
    const user = userEvent.setup();
    const first = renderGroup(undefined, 'customers.voice');
    const secondChange = vi.fn();
    render(RatingGroup, {
      id: 'customers.promise',
      label: 'Another statement',
      value: 2,
      onchange: secondChange,
    });

    await user.tab();
    await user.keyboard('{ArrowUp}');
    // Up from the first wraps round to the last choice of the same group.
    expect(first.onchange).toHaveBeenLastCalledWith('notApplicable');
    expect(secondChange).not.toHaveBeenCalled();
    const other = screen.getByRole('radiogroup', { name: 'Another statement' });
    expect(other.querySelector('input:checked')).toHaveAccessibleName('2 Ocasional');
  });

  it('offers no "clear" while unanswered, and clears a rating back to unanswered by keyboard', async () => {
    const user = userEvent.setup();
    const { onchange, rerender } = renderGroup();
    expect(screen.queryByRole('button', { name: es.rating.clear })).not.toBeInTheDocument();

    await rerender({ value: 4 });
    const clear = screen.getByRole('button', { name: es.rating.clear });
    expect(clear).toHaveAccessibleDescription('Some statement');
    clear.focus();
    await user.keyboard('{Enter}');
    expect(onchange).toHaveBeenLastCalledWith(null);

    // The parent clears the value; the button goes and the keyboard is back in the group.
    await rerender({ value: undefined });
    expect(screen.queryByRole('button', { name: es.rating.clear })).not.toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '1 No existe' })).toHaveFocus();
    expect(screen.getByText(es.rating.none)).toBeVisible();
  });

  it('says there is no answer yet when nothing is chosen', () => {
    const { group } = renderGroup();
    expect(screen.getByText(es.rating.none)).toBeVisible();
    expect(group).toHaveAccessibleDescription(es.rating.none);
  });

  it('shows the chosen level with its description, linked to the group', async () => {
    const { group, rerender } = renderGroup();
    await rerender({ value: 4 });
    expect(screen.getByRole('radio', { name: '4 Gestionado y medido' })).toBeChecked();
    const chosen = screen.getByText(es.scale['4'].description, { exact: false });
    expect(chosen).toBeVisible();
    expect(chosen).toHaveTextContent(`${es.scale['4'].label}: ${es.scale['4'].description}`);
    expect(group).toHaveAccessibleDescription(
      `${es.scale['4'].label}: ${es.scale['4'].description}`,
    );
    expect(screen.queryByText(es.rating.none)).not.toBeInTheDocument();
  });

  it('describes "don\'t know" when chosen', () => {
    const { group } = renderGroup('dontKnow');
    expect(screen.getByRole('radio', { name: 'No lo sabemos' })).toBeChecked();
    expect(group).toHaveAccessibleDescription(
      `${es.scale.dontKnow.label}: ${es.scale.dontKnow.description}`,
    );
  });

  it('speaks English after switching the language', async () => {
    await useLocale('en');
    const { group, onchange } = renderGroup(4);
    expect(screen.getByRole('radio', { name: '1 Not in place' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: en.scale.dontKnow.label })).toBeInTheDocument();
    expect(group).toHaveAccessibleDescription(
      `${en.scale['4'].label}: ${en.scale['4'].description}`,
    );
    await userEvent.setup().click(screen.getByRole('radio', { name: '2 Ad hoc' }));
    expect(onchange).toHaveBeenCalledWith(2);
  });
});
