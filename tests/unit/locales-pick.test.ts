import { describe, expect, it } from 'vitest';
import { formatCalendarDate } from '../../src/i18n/format';
import { pickLocale } from '../../src/i18n/locales';

describe('pickLocale', () => {
  it('uses the saved choice over the browser languages', () => {
    expect(pickLocale('en', ['es-ES'])).toBe('en');
    expect(pickLocale('es', ['en-US', 'en'])).toBe('es');
  });

  it.each([
    [['es-MX'], 'es'],
    [['en-GB'], 'en'],
    [['EN-us'], 'en'],
    [['fr-FR', 'en-US'], 'en'],
    [['fr-FR', 'de', 'es'], 'es'],
    [['fr'], 'es'],
    [[], 'es'],
  ] as const)('picks from the browser languages %j: %s', (languages, expected) => {
    expect(pickLocale(null, languages)).toBe(expected);
  });

  it.each(['fr', 'EN', 'en-GB', '', 'null'])('ignores the invalid saved value %j', (saved) => {
    expect(pickLocale(saved, ['fr-FR', 'en-US'])).toBe('en');
    expect(pickLocale(saved, ['fr'])).toBe('es');
  });
});

describe('formatCalendarDate', () => {
  it('writes the date in Spanish', () => {
    const text = formatCalendarDate('2026-03-05', 'es');
    expect(text).toContain('marzo');
    expect(text).toContain('2026');
    expect(text).toMatch(/\b5\b/);
  });

  it('writes the date in English', () => {
    const text = formatCalendarDate('2026-03-05', 'en');
    expect(text).toContain('March');
    expect(text).toContain('2026');
    expect(text).toMatch(/\b5\b/);
  });

  it.each(['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Europe/Madrid'])(
    'never shifts the day through time zones (TZ=%s)',
    (zone) => {
      const saved = process.env.TZ;
      process.env.TZ = zone;
      try {
        // First and last days of a month and a year: a shift either way changes the text.
        expect(formatCalendarDate('2026-03-05', 'es')).toBe('5 de marzo de 2026');
        expect(formatCalendarDate('2026-03-01', 'en')).toBe('March 1, 2026');
        expect(formatCalendarDate('2026-12-31', 'en')).toBe('December 31, 2026');
        expect(formatCalendarDate('2026-01-01', 'es')).toBe('1 de enero de 2026');
      } finally {
        if (saved === undefined) delete process.env.TZ;
        else process.env.TZ = saved;
      }
    },
  );

  it('returns text that is not a YYYY-MM-DD date unchanged', () => {
    expect(formatCalendarDate('5/3/2026', 'es')).toBe('5/3/2026');
    expect(formatCalendarDate('', 'en')).toBe('');
  });
});
