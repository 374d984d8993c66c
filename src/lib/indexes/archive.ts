import { zoneOffsetMinutes } from '../dates/zone-offset.ts';

export interface Dated {
  publishedAt: Date;
}

export interface ArchiveMonth<T> {
  year: number;
  /** 1–12. */
  month: number;
  articles: T[];
}

export interface ArchiveYear<T> {
  year: number;
  count: number;
  /** Newest month first. */
  months: ArchiveMonth<T>[];
}

/** Year and month of `date` on the newsroom's calendar. */
export function calendarMonth(date: Date, timeZone: string): { year: number; month: number } {
  const wall = new Date(date.getTime() + zoneOffsetMinutes(date, timeZone) * 60_000);
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1 };
}

/**
 * Groups articles (given newest first) by year and month in the newsroom's
 * time zone, keeping their order inside each month.
 */
export function buildArchive<T extends Dated>(articles: readonly T[], timeZone: string): ArchiveYear<T>[] {
  const years: ArchiveYear<T>[] = [];
  for (const article of articles) {
    const { year, month } = calendarMonth(article.publishedAt, timeZone);
    let yearGroup = years.find((group) => group.year === year);
    if (!yearGroup) {
      yearGroup = { year, count: 0, months: [] };
      years.push(yearGroup);
    }
    let monthGroup = yearGroup.months.find((group) => group.month === month);
    if (!monthGroup) {
      monthGroup = { year, month, articles: [] };
      yearGroup.months.push(monthGroup);
    }
    monthGroup.articles.push(article);
    yearGroup.count++;
  }
  years.sort((a, b) => b.year - a.year);
  for (const year of years) year.months.sort((a, b) => b.month - a.month);
  return years;
}
