const cache = new Map<string, Intl.DateTimeFormat>();

/** Spells the calendar day of `date` as readers in `timeZone` see it, e.g. "15 August 2025". */
export function formatDay(date: Date, timeZone: string, locale: string): string {
  const key = `${locale}|${timeZone}`;
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { timeZone, day: 'numeric', month: 'long', year: 'numeric' });
    cache.set(key, formatter);
  }
  return formatter.format(date);
}
