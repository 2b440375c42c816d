// The walk-through's formatters, in the interface language: a score, the time of a save. A module of
// their own so that they stay out of the first load (format.ts, which the home screen uses, is in it).

export function formatTime(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(date);
}

/** A score on the 1-5 scale with one decimal (3.4 / 3,4). */
export function formatScore(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value);
}
