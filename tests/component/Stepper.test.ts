import { render, screen, within } from '@testing-library/svelte';
import type { ComponentProps } from 'svelte';
import { describe, expect, it } from 'vitest';
import Stepper from '../../src/components/Stepper.svelte';
import { useLocale } from './i18n';

// Checked against Stepper's own prop type by svelte-check (ESLint's type information cannot read it).
const STEPS = [
  { id: 'intro', label: 'Introducción', href: '#/w/abc/intro' },
  {
    id: 'customers',
    label: 'Clientes',
    href: '#/w/abc/area/customers',
    completion: { answered: 3, total: 8 },
  },
  {
    id: 'moments',
    label: 'Momentos',
    href: '#/w/abc/area/moments',
    completion: { answered: 8, total: 8 },
  },
  {
    id: 'processes',
    label: 'Procesos',
    href: '#/w/abc/area/processes',
    completion: { answered: 0, total: 7 },
  },
] satisfies ComponentProps<typeof Stepper>['steps'];

function renderStepper(current = 'customers') {
  render(Stepper, { steps: STEPS, current });
  return screen.getByRole('navigation', { name: 'Pasos del taller' });
}

describe('Stepper', () => {
  it('is a navigation landmark named "Pasos del taller"', () => {
    expect(renderStepper()).toBeInTheDocument();
  });

  it('links to every step, in order', () => {
    const nav = renderStepper();
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(STEPS.map((s) => s.href));
    expect(within(nav).getByRole('list')).toBeInTheDocument();
    expect(within(nav).getAllByRole('listitem')).toHaveLength(STEPS.length);
  });

  it('marks only the current step with aria-current="step"', () => {
    renderStepper('moments');
    expect(screen.getByRole('link', { current: 'step' })).toHaveAccessibleName(/^Momentos/);
    const others = screen.getAllByRole('link', { current: false });
    expect(others).toHaveLength(STEPS.length - 1);
    for (const link of others) expect(link).not.toHaveAttribute('aria-current');
  });

  it('says how much of each area is answered in the link name', () => {
    renderStepper();
    expect(screen.getByRole('link', { name: 'Clientes 3 de 8 respondidas' })).toHaveAttribute(
      'href',
      '#/w/abc/area/customers',
    );
    expect(screen.getByRole('link', { name: 'Procesos 0 de 7 respondidas' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Introducción' })).toBeInTheDocument();
  });

  it('shows a tick only on fully answered steps', () => {
    renderStepper();
    const done = screen.getByRole('link', { name: 'Momentos 8 de 8 respondidas' });
    expect(done).toHaveTextContent('✓');
    expect(done).toHaveTextContent('8 de 8');
    expect(screen.getByRole('link', { name: /^Clientes/ })).not.toHaveTextContent('✓');
    expect(screen.getByRole('link', { name: /^Procesos/ })).not.toHaveTextContent('✓');
    expect(screen.getByRole('link', { name: 'Introducción' })).not.toHaveTextContent('✓');
  });

  it('speaks English after switching the language', async () => {
    await useLocale('en');
    render(Stepper, { steps: STEPS, current: 'intro' });
    const nav = screen.getByRole('navigation', { name: 'Workshop steps' });
    expect(within(nav).getByRole('link', { name: 'Clientes 3 of 8 answered' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { current: 'step' })).toHaveAccessibleName('Introducción');
  });
});
