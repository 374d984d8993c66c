import fc from 'fast-check';

export const TAGS = ['russia', 'ukraine', 'diplomacy', 'sanctions', 'nato'] as const;

export interface FakeArticle {
  slug: string;
  publishedAt: Date;
  tags: string[];
}

/** Lists of articles with unique slugs, random dates (across month and year ends) and 1–3 tags. */
export const articlesArbitrary = fc
  .uniqueArray(
    fc.record({
      slug: fc.stringMatching(/^[a-z]{1,8}(-[a-z0-9]{1,4})?$/),
      publishedAt: fc.date({ min: new Date('2019-12-25T00:00:00Z'), max: new Date('2026-01-05T00:00:00Z'), noInvalidDate: true }),
      tags: fc.uniqueArray(fc.constantFrom<string>(...TAGS), { minLength: 1, maxLength: 3 }),
    }),
    { selector: (article) => article.slug, maxLength: 60 },
  )
  .map((articles): FakeArticle[] => articles.sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime() || a.slug.localeCompare(b.slug, 'en')));
