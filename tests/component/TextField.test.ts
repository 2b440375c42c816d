import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import TextField from '../../src/components/TextField.svelte';
import { counterFrom, LIMITS } from '../../src/domain/limits';

const WARNING = counterFrom(LIMITS.text);

describe('TextField', () => {
  it('stops at the character limit and shows a counter only near it', async () => {
    const { rerender } = render(TextField, {
      id: 'note',
      label: 'Nota',
      multiline: true,
      value: 'x'.repeat(WARNING - 1),
      oninput: () => {},
    });
    const box = screen.getByRole('textbox', { name: 'Nota' });
    expect(box).toHaveAttribute('maxlength', String(LIMITS.text));
    expect(screen.queryByText(/caracteres/)).toBeNull();

    await rerender({ value: 'x'.repeat(WARNING) });
    const counter = screen.getByText(`${WARNING} de ${LIMITS.text} caracteres`);
    expect(box.getAttribute('aria-describedby')).toContain(counter.id);
  });

  it('reports what is typed and shows an error tied to the input', async () => {
    const oninput = vi.fn();
    render(TextField, {
      id: 'name',
      label: 'Momento',
      value: '',
      error: 'Un momento necesita un nombre.',
      oninput,
    });
    const box = screen.getByRole('textbox', { name: 'Momento' });
    await fireEvent.input(box, { target: { value: 'Pagar' } });
    expect(oninput).toHaveBeenCalledWith('Pagar');
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription('Un momento necesita un nombre.');
  });
});
