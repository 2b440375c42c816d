// Dates for the report's narrow columns (apart from format.ts, which the first screen loads).

/**
 * A calendar date in short form ("15 ene 2027", "15 Jan 2027") whose parts never wrap apart: the
 * spaces are non-breaking, for narrow table columns.
 */
export function formatShortDate(ymd: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  if (!match) return ymd;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  })
    .format(date)
    .replace(/\s/g, '\u00a0');
}
