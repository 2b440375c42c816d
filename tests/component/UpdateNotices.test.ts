import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { WorkerEvents } from '../../src/pwa/service-worker';
import UpdateNotices from '../../src/pwa/UpdateNotices.svelte';
import { useLocale } from './i18n';

/** A service worker stand-in the test drives: it records the events the app listens to. */
function fakeWorker() {
  let events: WorkerEvents | undefined;
  const applyUpdate = vi.fn();
  const register = vi.fn((given: WorkerEvents) => {
    events = given;
    return Promise.resolve({ applyUpdate });
  });
  return {
    register,
    applyUpdate,
    get events() {
      if (!events) throw new Error('not registered');
      return events;
    },
  };
}

function setup(options: { seen?: boolean; supported?: boolean } = {}) {
  const worker = fakeWorker();
  const order: string[] = [];
  let seen = options.seen ?? false;
  const flush = vi.fn(async () => {
    await Promise.resolve();
    order.push('flush');
  });
  const reload = vi.fn(() => order.push('reload'));
  worker.applyUpdate.mockImplementation(() => order.push('apply'));
  render(UpdateNotices, {
    flush,
    deps: {
      register: worker.register,
      reload,
      supported: () => options.supported ?? true,
      seen: { get: () => seen, mark: () => (seen = true) },
    },
  });
  return { worker, flush, reload, order, seen: () => seen };
}

const registered = async (worker: ReturnType<typeof fakeWorker>) =>
  vi.waitFor(() => expect(worker.register).toHaveBeenCalled());

describe('UpdateNotices', () => {
  it('says once that the app works offline, and the notice can be dismissed', async () => {
    const { worker, seen } = setup();
    await registered(worker);
    worker.events.offlineReady();
    const notice = await screen.findByText(/Momentos ya funciona sin conexión/);
    expect(notice.closest('[role="status"]')).not.toBeNull();
    expect(seen()).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Entendido' }));
    expect(screen.queryByText(/Momentos ya funciona sin conexión/)).toBeNull();
  });

  it('does not say it again on a device that has seen it', async () => {
    const { worker } = setup({ seen: true });
    await registered(worker);
    worker.events.offlineReady();
    await Promise.resolve();
    expect(screen.queryByText(/funciona sin conexión/)).toBeNull();
  });

  it('saves the workshop before the new version takes over', async () => {
    const { worker, order } = setup();
    await registered(worker);
    worker.events.updateReady();
    await userEvent.click(await screen.findByRole('button', { name: 'Cargar la versión nueva' }));
    expect(order).toEqual(['flush', 'apply']);
    expect(screen.getByRole('button', { name: 'Cargar la versión nueva' })).toBeDisabled();
    expect(screen.getByText('Guardando y cargando la versión nueva…')).toBeInTheDocument();

    worker.events.mustReload();
    await vi.waitFor(() => expect(order).toEqual(['flush', 'apply', 'flush', 'reload']));
  });

  it('reloads even when the save fails: the page-hide journal keeps the answers', async () => {
    const { worker, flush, reload } = setup();
    flush.mockRejectedValueOnce(new Error('QuotaExceededError'));
    await registered(worker);
    worker.events.mustReload();
    await vi.waitFor(() => expect(reload).toHaveBeenCalledOnce());
  });

  it('speaks English when the interface does', async () => {
    await useLocale('en');
    const { worker } = setup();
    await registered(worker);
    worker.events.updateReady();
    expect(
      await screen.findByText('A new version of Momentos is available. Your answers are saved.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeEnabled();
  });

  it('registers nothing where there can be no service worker (file://)', async () => {
    const { worker } = setup({ supported: false });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(worker.register).not.toHaveBeenCalled();
  });
});
