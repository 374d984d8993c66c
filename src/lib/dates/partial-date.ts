import { daysInMonth, MONTH_NAMES } from './calendar.ts';

/** A date known to a year, a month or a day: how history is usually recorded. */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

export type PartialDateResult = { ok: true; date: PartialDate } | { ok: false; problem: string };

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Reads `2007`, `2014-03` or `2018-07-16`, refusing impossible months and days. */
export function parsePartialDate(value: string | number): PartialDateResult {
  const text = String(value);
  const match = PARTIAL.exec(text);
  if (!match) return { ok: false, problem: `"${text}" is not a date` };
  const year = Number(match[1]);
  if (match[2] === undefined) return { ok: true, date: { year } };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return { ok: false, problem: `"${text}" has no month ${month}` };
  if (match[3] === undefined) return { ok: true, date: { year, month } };
  const day = Number(match[3]);
  const monthLength = daysInMonth(year, month);
  if (day < 1 || day > monthLength) {
    return { ok: false, problem: `"${text}" is not a real calendar date (${MONTH_NAMES[month - 1]} ${year} has ${monthLength} days)` };
  }
  return { ok: true, date: { year, month, day } };
}
