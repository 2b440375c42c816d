import { describe, expect, it } from 'vitest';
import {
  AREA_TIME_LIMIT_MS,
  areaTimer,
  formatElapsed,
  isOverLimit,
  PresenterTimer,
} from '../../src/features/presenter/presenter-timer';

function clock(start = 1_000_000) {
  let now = start;
  return {
    now: () => now,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe('PresenterTimer', () => {
  it('stays at zero until started', () => {
    const c = clock();
    const timer = new PresenterTimer(c.now);
    c.advance(5000);
    expect(timer.running).toBe(false);
    expect(timer.elapsed()).toBe(0);
  });

  it('counts the time since it was started', () => {
    const c = clock();
    const timer = new PresenterTimer(c.now);
    timer.start();
    c.advance(61_500);
    expect(timer.running).toBe(true);
    expect(timer.elapsed()).toBe(61_500);
  });

  it('stops counting while paused and carries on from there when started again', () => {
    const c = clock();
    const timer = new PresenterTimer(c.now);
    timer.start();
    c.advance(10_000);
    timer.pause();
    expect(timer.running).toBe(false);
    c.advance(60_000);
    expect(timer.elapsed()).toBe(10_000);
    timer.start();
    c.advance(5_000);
    expect(timer.elapsed()).toBe(15_000);
  });

  it('ignores a second start or pause', () => {
    const c = clock();
    const timer = new PresenterTimer(c.now);
    timer.start();
    c.advance(3_000);
    timer.start();
    c.advance(2_000);
    expect(timer.elapsed()).toBe(5_000);
    timer.pause();
    c.advance(1_000);
    timer.pause();
    expect(timer.elapsed()).toBe(5_000);
  });

  it('goes back to zero and stops when reset, running or not', () => {
    const c = clock();
    const timer = new PresenterTimer(c.now);
    timer.start();
    c.advance(90_000);
    timer.reset();
    expect(timer.running).toBe(false);
    expect(timer.elapsed()).toBe(0);
    c.advance(10_000);
    expect(timer.elapsed()).toBe(0);
    timer.start();
    c.advance(1_000);
    expect(timer.elapsed()).toBe(1_000);
  });

  it('never counts backwards when the system clock is set back', () => {
    const c = clock();
    const timer = new PresenterTimer(c.now);
    timer.start();
    c.advance(4_000);
    timer.pause();
    timer.start();
    c.advance(-60_000);
    expect(timer.elapsed()).toBe(4_000);
  });
});

describe('formatElapsed', () => {
  it.each([
    [0, '00:00'],
    [999, '00:00'],
    [1_000, '00:01'],
    [59_999, '00:59'],
    [60_000, '01:00'],
    [754_000, '12:34'],
    [15 * 60_000, '15:00'],
    [100 * 60_000 + 5_000, '100:05'],
    [-5_000, '00:00'],
  ])('shows %i ms as %s', (ms, text) => {
    expect(formatElapsed(ms)).toBe(text);
  });
});

describe('isOverLimit', () => {
  it('says when the 15 minutes suggested per area have passed', () => {
    expect(AREA_TIME_LIMIT_MS).toBe(15 * 60_000);
    expect(isOverLimit(15 * 60_000 - 1)).toBe(false);
    expect(isOverLimit(15 * 60_000)).toBe(true);
    expect(isOverLimit(20 * 60_000)).toBe(true);
  });
});

describe('areaTimer', () => {
  it('gives the same timer for the same workshop and area, and another for any other', () => {
    const c = clock();
    const timer = areaTimer('timer-w1', 'customers', c.now);
    timer.start();
    c.advance(2_000);
    expect(areaTimer('timer-w1', 'customers', c.now)).toBe(timer);
    expect(areaTimer('timer-w1', 'customers').elapsed()).toBe(2_000);
    expect(areaTimer('timer-w1', 'moments', c.now)).not.toBe(timer);
    expect(areaTimer('timer-w2', 'customers', c.now)).not.toBe(timer);
    expect(areaTimer('timer-w2', 'customers', c.now).elapsed()).toBe(0);
  });
});
