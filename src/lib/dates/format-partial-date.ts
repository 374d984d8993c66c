import { MONTH_NAMES } from './calendar.ts';
import type { PartialDate } from './partial-date.ts';

/** Spells a date at its own precision: "2016", "March 2014", "16 July 2018". */
export function formatPartialDate(date: PartialDate): string {
  if (date.month === undefined) return String(date.year);
  const month = `${MONTH_NAMES[date.month - 1]} ${date.year}`;
  return date.day === undefined ? month : `${date.day} ${month}`;
}

/** ISO-style value for `<time datetime>`: `2016`, `2014-03`, `2018-07-16`. */
export function partialDateIso(date: PartialDate): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  if (date.month === undefined) return String(date.year).padStart(4, '0');
  const month = `${String(date.year).padStart(4, '0')}-${pad(date.month)}`;
  return date.day === undefined ? month : `${month}-${pad(date.day)}`;
}
