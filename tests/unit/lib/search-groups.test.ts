import { describe, expect, it } from 'vitest';
import { searchGroupNamer, searchGroups, type SearchSource } from '../../../src/lib/search-groups.ts';

const LONDON = 'Europe/London';

/** `count` dates in the given month of 2024, at noon on days 1, 2, 3…, and 28 again past the 28th. */
const inMonth = (month: number, count: number) =>
  Array.from({ length: count }, (_, index) => new Date(Date.UTC(2024, month - 1, Math.min(index + 1, 28), 12)));

const groupsOf = (dates: Date[], size: number) => {
  const groupOf = searchGroupNamer(dates, LONDON, size);
  const counts: Record<string, number> = {};
  for (const date of dates) counts[groupOf(date)] = (counts[groupOf(date)] ?? 0) + 1;
  return counts;
};

describe('searchGroupNamer', () => {
  it('keeps a year of at most `size` articles whole', () => {
    const dates = [...inMonth(1, 3), ...inMonth(6, 4), ...inMonth(12, 3)];
    expect(groupsOf(dates, 10)).toEqual({ 2024: 10 });
    expect(groupsOf([...dates, new Date('2023-05-01T12:00:00Z')], 10)).toEqual({ 2023: 1, 2024: 10 });
  });

  it('cuts a larger year into runs of whole months, filled from January, none above `size`', () => {
    const dates = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].flatMap((month) => inMonth(month, 3));
    expect(groupsOf(dates, 10)).toEqual({ '2024-01': 9, '2024-04': 9, '2024-07': 9, '2024-10': 9 });
    expect(groupsOf(dates, 20)).toEqual({ '2024-01': 18, '2024-07': 18 });
  });

  it('gives a month larger than `size` a run of its own, and names a run by its first month with articles', () => {
    const dates = [...inMonth(2, 4), ...inMonth(3, 12), ...inMonth(9, 5)];
    expect(groupsOf(dates, 10)).toEqual({ '2024-02': 4, '2024-03': 12, '2024-09': 5 });
  });

  it('files an article by its month in the newsroom time zone, not in UTC', () => {
    // 23:30 UTC on 31 March is already April in London (BST): it opens the April run.
    const lateMarch = new Date('2024-03-31T23:30:00Z');
    const dates = [...inMonth(3, 2), lateMarch];
    expect(searchGroupNamer(dates, LONDON, 2)(lateMarch)).toBe('2024-04');
    expect(searchGroupNamer(dates, 'UTC', 2)(lateMarch)).toBe('2024-03');
  });

  it('touches only the last run when articles are added at the newest end, which may split it', () => {
    const dates = [1, 2, 3, 4, 5, 6].flatMap((month) => inMonth(month, 3));
    const before = searchGroupNamer(dates, LONDON, 10);
    expect(new Set(dates.map(before))).toEqual(new Set(['2024-01', '2024-04']));
    const one = searchGroupNamer([...dates, ...inMonth(6, 1)], LONDON, 10);
    expect(dates.filter((date) => before(date) !== one(date))).toEqual([]);
    const four = searchGroupNamer([...dates, ...inMonth(6, 4)], LONDON, 10);
    expect(dates.filter((date) => before(date) !== four(date))).toEqual(inMonth(6, 3));
    expect(four(inMonth(6, 1)[0]!)).toBe('2024-06');
  });

  it('dates in the newsroom time zone: the first hour of January in London is still the old year in New York', () => {
    const newYear = new Date('2025-01-01T00:30:00Z');
    expect(searchGroupNamer([newYear], LONDON, 10)(newYear)).toBe('2025');
    expect(searchGroupNamer([newYear], 'America/New_York', 10)(newYear)).toBe('2024');
  });
});

describe('searchGroups', () => {
  const source = (slug: string, publishedAt: string): SearchSource => ({
    slug,
    publishedAt: new Date(publishedAt),
    kind: 'Analysis',
    title: slug,
    description: `About ${slug}.`,
    body: { key: `body-${slug}`, file: `/bodies/${slug}.html` },
  });

  it('files every article under its run, sorted by URL', () => {
    const articles = ['2024-04-10', '2024-02-10', '2024-03-10', '2024-01-10', '2023-06-10'].map((date, index) => source(`a${index}`, `${date}T12:00:00Z`));
    const urls = Object.fromEntries(Object.entries(searchGroups(articles, LONDON, 2)).map(([group, documents]) => [group, documents.map((document) => document.url)]));
    expect(urls).toEqual({ '2024-01': ['/articles/a1/', '/articles/a3/'], '2024-03': ['/articles/a0/', '/articles/a2/'], 2023: ['/articles/a4/'] });
  });
});
