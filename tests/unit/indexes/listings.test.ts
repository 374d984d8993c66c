import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildArchive, calendarMonth } from '../../../src/lib/indexes/archive.ts';
import { paginate, pageUrl } from '../../../src/lib/indexes/paginate.ts';
import { buildTagIndex, byUsageThenLabel } from '../../../src/lib/indexes/tag-index.ts';
import { articlesArbitrary, TAGS } from './arbitraries.ts';

const tagsOf = (article: { tags: string[] }) => article.tags;

describe('paginate', () => {
  it('covers every item once, in order, with no empty page (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer({ min: 1, max: 12 }), (items, size) => {
        const pages = paginate(items, size);
        expect(pages.flatMap((page) => page.items)).toEqual(items);
        expect(pages.map((page) => page.number)).toEqual(pages.map((_, index) => index + 1));
        if (items.length) expect(pages.every((page) => page.items.length > 0 && page.items.length <= size)).toBe(true);
        else expect(pages).toEqual([{ number: 1, items: [], count: 1 }]);
      }),
    );
  });

  it('puts page 1 at the listing URL and never makes /1/ or /0/', () => {
    expect([1, 2, 3].map((number) => pageUrl('/tags/nato/', number))).toEqual(['/tags/nato/', '/tags/nato/2/', '/tags/nato/3/']);
    expect(() => paginate([1], 0)).toThrow('page size must be a positive integer, got 0');
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
