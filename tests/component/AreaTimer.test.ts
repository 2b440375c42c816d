import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import AreaTimer from '../../src/features/presenter/AreaTimer.svelte';
import { PresenterTimer } from '../../src/features/presenter/presenter-timer';

describe('AreaTimer', () => {
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: ['Date', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'],
    });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('starts, pauses, resumes and resets, and says when 15 minutes have passed', async () => {
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    render(AreaTimer, { timer: new PresenterTimer(() => Date.now()) });
    const time = screen.getByRole('timer', { name: 'Tiempo en esta área' });
    expect(time).toHaveTextContent('00:00');

    await user.click(screen.getByRole('button', { name: 'Iniciar el cronómetro' }));
    await vi.advanceTimersByTimeAsync(65_000);
    expect(time).toHaveTextContent('01:05');

    await user.click(screen.getByRole('button', { name: 'Pausar el cronómetro' }));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(time).toHaveTextContent('01:05');
    expect(screen.getByText('Cronómetro en pausa en 01:05')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Reanudar el cronómetro' }));
    expect(screen.queryByText('Más de 15 minutos')).toBeNull();
    await vi.advanceTimersByTimeAsync(14 * 60_000);
    expect(time).toHaveTextContent('15:05');
    expect(screen.getByText('Más de 15 minutos')).toBeVisible();
    expect(screen.getByText('Han pasado 15 minutos en esta área')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Poner el cronómetro a cero' }));
    expect(time).toHaveTextContent('00:00');
    expect(screen.getByRole('button', { name: 'Iniciar el cronómetro' })).toBeInTheDocument();
    expect(screen.queryByText('Más de 15 minutos')).toBeNull();
  });

  it('shows a timer as it stands when it comes back (the time is kept per area, not per view)', () => {
    let now = 0;
    const timer = new PresenterTimer(() => now);
    timer.start();
    now = 125_000;
    render(AreaTimer, { timer });
    expect(screen.getByRole('timer')).toHaveTextContent('02:05');
    expect(screen.getByRole('button', { name: 'Pausar el cronómetro' })).toBeInTheDocument();
  });
});
