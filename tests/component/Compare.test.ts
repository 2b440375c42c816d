import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Workshop } from '../../src/domain/workshop';
import type { WorkshopRepository } from '../../src/persistence/repository';
import Compare from '../../src/screens/Compare.svelte';
import type { OpenWorkshop } from '../../src/state/open-workshop.svelte';
import { SavedWorkshops } from '../../src/state/saved-workshops.svelte';
import { WorkshopStore } from '../../src/state/workshop-store.svelte';
import { fakeRepository, makeWorkshop } from '../fixtures/workshops';
import { useLocale } from './i18n';

// A custom bank cannot be stored yet (its id would be refused by the schema): the repository here
// hands the screen whatever it is given, as a build that accepts custom banks will.
function setup(baselineId: string | null, stored: Workshop[], followUp: Workshop) {
  const fake = fakeRepository();
  const repository: WorkshopRepository = {
    ...fake.repository,
    list: () => Promise.resolve({ workshops: stored, unreadable: [] }),
    load: (id) => {
      const found = stored.find((w) => w.id === id);
      return Promise.resolve(
        found ? { ok: true, workshop: found } : { ok: false, reason: 'missing', problems: [] },
      );
    },
  };
  const store = new WorkshopStore(followUp, {
    repository,
    journal: { write: () => true, clear: () => {} },
  });
  const opened = { store } satisfies Pick<OpenWorkshop, 'store'>;
  const saved = new SavedWorkshops(repository);
  return render(Compare, {
    props: { opened, saved, baselineId },
  });
}

const baseline: Workshop = {
  ...makeWorkshop('base', { date: '2025-10-01' }),
  ratings: { 'customers.segments': 2 },
};
const followUp: Workshop = {
  ...makeWorkshop('next', { date: '2026-04-01' }),
  ratings: { 'customers.segments': 4 },
  followUpOf: { id: 'base', title: baseline.title, date: '2025-10-01' },
};

describe('Compare', () => {
  // The radar asks about reduced motion and the screen's width (jsdom has no matchMedia).
  beforeEach(() => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: false, media: query }));
    return () => vi.unstubAllGlobals();
  });

  it('refuses, in words, to compare with a workshop of another question bank', async () => {
    await useLocale('en');
    const other = { ...baseline, bank: { id: 'acme-own-bank', version: 3 } };
    setup('base', [other, followUp], followUp);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'We cannot compare these two workshops: they were answered with different question banks (acme-own-bank v3 and Momentos CX diagnosis, 2026 edition).',
    );
    expect(screen.queryByRole('table')).toBeNull();
    // And offers to choose another workshop.
    expect(
      await screen.findByRole('heading', { name: 'Choose the earlier workshop' }),
    ).toBeVisible();
  });

  it('lists the same organisation’s workshops, the linked baseline first and chosen', async () => {
    await useLocale('en');
    const older = { ...makeWorkshop('older', { date: '2024-01-01' }), title: 'Acme — first' };
    const otherOrg = makeWorkshop('zeta', { organisation: 'Zeta' });
    setup(null, [older, otherOrg, baseline, followUp], followUp);
    const group = await screen.findByRole('group', { name: 'Earlier workshops of Acme' });
    const radios = await within(group).findAllByRole('radio');
    expect(radios).toHaveLength(2);
    expect(radios[0]).toBeChecked();
    expect(radios[0]).toHaveAccessibleName(/Acme — Soporte — October 1, 2025/);
    expect(within(group).queryByRole('radio', { name: /Zeta/ })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Compare' }));
    expect(window.location.hash).toBe('#/w/next/compare/base');
  });

  it('shows the comparison with its table when the baseline is of the same bank', async () => {
    await useLocale('en');
    setup('base', [baseline, followUp], followUp);
    const table = await screen.findByRole('table', { name: 'Scores before and now, by area' });
    const row = within(table).getByRole('row', { name: /^Customers/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['2.0', '4.0', '+2.0', 'Improved']);
  });
});
