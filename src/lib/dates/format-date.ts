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

const timeCache = new Map<string, Intl.DateTimeFormat>();

/**
 * The time of day of `date` in `timeZone`, e.g. "18:30 BST", or undefined at
 * midnight: a front-matter date without a time means that day, not 00:00.
 */
export function formatTimeOfDay(date: Date, timeZone: string, locale: string): string | undefined {
  const key = `${locale}|${timeZone}`;
  let formatter = timeCache.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' });
    timeCache.set(key, formatter);
  }
  const parts = formatter.formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((entry) => entry.type === type)?.value;
  if (part('hour') === '00' && part('minute') === '00') return undefined;
  return `${part('hour')}:${part('minute')} ${part('timeZoneName')}`;
}
