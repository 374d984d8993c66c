import { buildArchive, type ArchiveMonth, type Dated } from './archive.ts';

export interface MonthRef {
  year: number;
  /** 1–12. */
  month: number;
}

export interface ListingMonth<T> extends ArchiveMonth<T> {
  /** The nearest month with articles before and after this one, if any. */
  older?: MonthRef | undefined;
  newer?: MonthRef | undefined;
}

/**
 * A listing (a topic's or an author's articles, newest first) split into
 * calendar months in the newsroom's time zone, newest first, each linked to
 * its neighbours. A month's page shows only that month's articles, so an
 * edit or a new article changes the one month it falls in; numbered pages
 * would all shift by one.
 */
export function listingMonths<T extends Dated>(articles: readonly T[], timeZone: string): ListingMonth<T>[] {
  const months = buildArchive(articles, timeZone).flatMap((year) => year.months);
  const ref = (month: ArchiveMonth<T> | undefined): MonthRef | undefined => month && { year: month.year, month: month.month };
  return months.map((month, index) => ({ ...month, newer: ref(months[index - 1]), older: ref(months[index + 1]) }));
}
