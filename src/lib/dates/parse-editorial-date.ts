import { daysInMonth, MONTH_NAMES } from './calendar.ts';
import { zonedTimeToInstant } from './zoned-time.ts';

export type EditorialDateResult = { ok: true; date: Date } | { ok: false; problem: string };

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * Reads a front-matter date. `2025-08-15` means that calendar day in the
 * newsroom's time zone (its midnight); a date-time without an offset is also
 * read in that zone. Rolled-over dates such as `2025-02-30`, which YAML
 * libraries silently turn into March, are refused.
 */
export function parseEditorialDate(text: string, timeZone: string): EditorialDateResult {
  const match = DATE_TIME.exec(text) ?? DATE_ONLY.exec(text);
  if (!match) return { ok: false, problem: `"${text}" is not a date` };
  const [year, month, day, hour = 0, minute = 0, second = 0] = match.slice(1, 7).map((part) => Number(part ?? 0));
  if (month! < 1 || month! > 12) return { ok: false, problem: `"${text}" has no month ${month}` };
  const monthLength = daysInMonth(year!, month!);
  if (day! < 1 || day! > monthLength) {
    return { ok: false, problem: `"${text}" is not a real calendar date (${MONTH_NAMES[month! - 1]} ${year} has ${monthLength} days)` };
  }
  if (hour! > 23 || minute! > 59 || second! > 59) return { ok: false, problem: `"${text}" is not a real time of day` };
  const offset = match[7];
  if (offset) {
    const instant = new Date(text.replace(' ', 'T'));
    if (Number.isNaN(instant.getTime())) return { ok: false, problem: `"${text}" has an invalid offset` };
    return { ok: true, date: instant };
  }
  return { ok: true, date: zonedTimeToInstant({ year: year!, month: month!, day: day!, hour, minute, second }, timeZone) };
}
