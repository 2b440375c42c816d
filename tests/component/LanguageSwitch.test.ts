import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import LanguageSwitch from '../../src/components/LanguageSwitch.svelte';
import type { Locale } from '../../src/i18n/locales';
import { useLocale } from './i18n';

function renderSwitch(current: Locale) {
  const onchange = vi.fn<(locale: Locale) => void>();
  const result = render(LanguageSwitch, { current, onchange });
  return { ...result, onchange };
}

describe('LanguageSwitch', () => {
  it('offers "Español" and "English" in a group named "Idioma"', () => {
    renderSwitch('es');
    const group = screen.getByRole('group', { name: 'Idioma' });
    const buttons = within(group).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['Español', 'English']);
  });

  it('marks each language name with its own language', () => {
    renderSwitch('es');
    expect(screen.getByRole('button', { name: 'Español' })).toHaveAttribute('lang', 'es');
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('lang', 'en');
  });

  it('shows the current language as pressed', async () => {
    const { rerender } = renderSwitch('es');
    expect(screen.getByRole('button', { name: 'Español', pressed: true })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'English', pressed: false })).toBeInTheDocument();

    await rerender({ current: 'en' });
    expect(screen.getByRole('button', { name: 'Español' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('asks for the other language when it is clicked', async () => {
    const user = userEvent.setup();
    const { onchange } = renderSwitch('es');
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(onchange).toHaveBeenCalledTimes(1);
    expect(onchange).toHaveBeenCalledWith('en');
  });

  it('does nothing when the current language is clicked', async () => {
    const user = userEvent.setup();
    const { onchange } = renderSwitch('es');
    await user.click(screen.getByRole('button', { name: 'Español' }));
    expect(onchange).not.toHaveBeenCalled();
  });

  it('works with Tab and Enter or Space', async () => {
    const user = userEvent.setup();
    const { onchange } = renderSwitch('en');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Español' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onchange).toHaveBeenLastCalledWith('es');
    await user.keyboard(' ');
    expect(onchange).toHaveBeenCalledTimes(2);

    await user.tab();
    expect(screen.getByRole('button', { name: 'English' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.keyboard(' ');
    expect(onchange).toHaveBeenCalledTimes(2);
  });

  it('names the group in English once the language is English', async () => {
    await useLocale('en');
    renderSwitch('en');
    expect(screen.getByRole('group', { name: 'Language' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'English', pressed: true })).toBeInTheDocument();
  });
});
