import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildArchive, calendarMonth } from '../../../src/lib/indexes/archive.ts';
import { listingMonths } from '../../../src/lib/indexes/listing-months.ts';
import { urls } from '../../../src/lib/urls.ts';
import { buildTagIndex, byUsageThenLabel } from '../../../src/lib/indexes/tag-index.ts';
import { articlesArbitrary, TAGS } from './arbitraries.ts';

const tagsOf = (article: { tags: string[] }) => article.tags;

describe('listingMonths', () => {
  it('puts every article in exactly one month, in order, each month linked to its neighbours (property)', () => {
    fc.assert(
      fc.property(articlesArbitrary, (articles) => {
        const months = listingMonths(articles, 'Europe/London');
        expect(months.flatMap((month) => month.articles)).toEqual(articles);
        for (const [index, month] of months.entries()) {
          expect(month.articles.length).toBeGreaterThan(0);
          for (const article of month.articles) expect(calendarMonth(article.publishedAt, 'Europe/London')).toEqual({ year: month.year, month: month.month });
          const ref = (other: (typeof months)[number] | undefined) => other && { year: other.year, month: other.month };
          expect(month.newer).toEqual(ref(months[index - 1]));
          expect(month.older).toEqual(ref(months[index + 1]));
        }
      }),
    );
  });

  it('gives a month URL under the listing', () => {
    expect(urls.listingMonth('/tags/nato/', 2025, 3)).toBe('/tags/nato/2025/03/');
  });
});

describe('buildTagIndex', () => {
  it('lists every article exactly once under each of its tags, newest first (property)', () => {
    fc.assert(
      fc.property(articlesArbitrary, (articles) => {
        const index = buildTagIndex(articles, tagsOf, TAGS);
        expect([...index.keys()]).toEqual([...TAGS]);
        for (const tag of TAGS) {
          expect(index.get(tag)!.articles).toEqual(articles.filter((article) => article.tags.includes(tag)));
        }
      }),
    );
  });

  it('ignores a tag repeated on one article', () => {
    const article = { slug: 'a', tags: ['nato', 'nato'] };
    expect(buildTagIndex([article], tagsOf, ['nato']).get('nato')!.articles).toEqual([article]);
  });

  it('orders topics by use, then by label', () => {
    const topics = [
      { count: 1, label: 'NATO' },
      { count: 3, label: 'Russia' },
      { count: 1, label: 'Diplomacy' },
    ];
    expect(topics.sort(byUsageThenLabel).map((topic) => topic.label)).toEqual(['Russia', 'Diplomacy', 'NATO']);
  });
});

describe('buildArchive', () => {
  it('files every article exactly once, under its month in the newsroom zone (property)', () => {
    fc.assert(
      fc.property(articlesArbitrary, fc.constantFrom('Europe/London', 'Pacific/Kiritimati', 'America/Los_Angeles'), (articles, zone) => {
        const archive = buildArchive(articles, zone);
        const filed = archive.flatMap((year) => year.months.flatMap((month) => month.articles));
        expect(filed).toHaveLength(articles.length);
        expect(new Set(filed)).toEqual(new Set(articles));
        for (const year of archive) {
          expect(year.count).toBe(year.months.reduce((sum, month) => sum + month.articles.length, 0));
          for (const month of year.months) {
            for (const article of month.articles) expect(calendarMonth(article.publishedAt, zone)).toEqual({ year: year.year, month: month.month });
          }
        }
        const keys = archive.flatMap((year) => year.months.map((month) => year.year * 100 + month.month));
        expect(keys).toEqual([...keys].sort((a, b) => b - a));
      }),
    );
  });

  it('files a late-evening article under the newsroom day, not UTC', () => {
    const article = { publishedAt: new Date('2025-08-31T23:30:00Z') };
    expect(buildArchive([article], 'Europe/London')[0]!.months[0]!.month).toBe(9);
    expect(buildArchive([article], 'America/Los_Angeles')[0]!.months[0]!.month).toBe(8);
  });
});
