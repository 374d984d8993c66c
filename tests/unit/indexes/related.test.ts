import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adjacentInTime } from '../../../src/lib/indexes/adjacent.ts';
import { mostCommon } from '../../../src/lib/indexes/most-common.ts';
import { relatedArticles } from '../../../src/lib/indexes/related.ts';
import { articlesArbitrary, type FakeArticle } from './arbitraries.ts';

const at = (slug: string, day: number, tags: string[]): FakeArticle => ({ slug, publishedAt: new Date(Date.UTC(2025, 7, day)), tags });
const tagsOf = (article: FakeArticle) => article.tags;

describe('relatedArticles', () => {
  it('prefers, among equally close articles, the one published nearest in time, so a new article leaves old pages alone', () => {
    const subject = at('subject', 10, ['russia']);
    const candidates = [at('newest', 28, ['russia']), at('day-9', 9, ['russia']), at('day-12', 12, ['russia']), at('day-7', 7, ['russia']), at('day-13', 13, ['russia'])];
    expect(relatedArticles([subject, ...candidates], tagsOf).get('subject')!.map((article) => article.slug)).toEqual(['day-9', 'day-12', 'day-13']);
    // Two at the same distance: the newer first.
    const even = relatedArticles([subject, at('day-8', 8, ['russia']), at('day-12', 12, ['russia'])], tagsOf).get('subject')!;
    expect(even.map((article) => article.slug)).toEqual(['day-12', 'day-8']);
  });

  it('weighs rare shared tags above common ones', () => {
    const subject = at('subject', 10, ['russia', 'international-law']);
    const commonOnly = at('common-only', 12, ['russia']);
    const rare = at('rare', 1, ['international-law']);
    const both = at('both', 2, ['russia', 'international-law']);
    const fillers = [at('f1', 3, ['russia']), at('f2', 4, ['russia']), at('unrelated', 5, ['nato'])];
    const related = relatedArticles([subject, commonOnly, rare, both, ...fillers], tagsOf).get('subject')!;
    expect(related.map((article) => article.slug)).toEqual(['both', 'rare', 'common-only']);
  });

  it('answers for the articles it was given and nothing else', () => {
    const related = relatedArticles([at('a', 1, ['russia']), at('b', 2, ['russia']), at('c', 3, [])], tagsOf);
    expect(related.get('c')).toEqual([]);
    expect(related.get('a')!.map((article) => article.slug)).toEqual(['b']);
    expect(related.get('missing')).toBeUndefined();
  });

  it('never relates an article to itself, returns at most the limit, and matches a brute-force ranking (property)', () => {
    fc.assert(
      fc.property(articlesArbitrary, (articles) => {
        const related = relatedArticles(articles, tagsOf);
        const documentFrequency = (tag: string) => articles.filter((article) => article.tags.includes(tag)).length;
        for (const article of articles) {
          const distance = (other: FakeArticle) => Math.abs(other.publishedAt.getTime() - article.publishedAt.getTime());
          const score = (other: FakeArticle) =>
            article.tags.filter((tag) => other.tags.includes(tag)).reduce((sum, tag) => sum + Math.log(1 + articles.length / documentFrequency(tag)), 0);
          const expected = articles
            .filter((other) => other !== article && score(other) > 0)
            .sort((a, b) => score(b) - score(a) || distance(a) - distance(b) || b.publishedAt.getTime() - a.publishedAt.getTime() || (a.slug < b.slug ? -1 : 1))
            .slice(0, 3);
          expect(related.get(article.slug)!.map((other) => other.slug)).toEqual(expected.map((other) => other.slug));
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('adjacentInTime', () => {
  it('links each article to its older and newer neighbours', () => {
    const [newest, middle, oldest] = [at('c', 3, []), at('b', 2, []), at('a', 1, [])];
    const adjacent = adjacentInTime([newest, middle, oldest]);
    expect(adjacent.get('b')).toEqual({ previous: oldest, next: newest });
    expect(adjacent.get('c')).toEqual({ previous: middle, next: undefined });
    expect(adjacent.get('a')).toEqual({ previous: undefined, next: middle });
  });
});

describe('mostCommon', () => {
  it('picks the most frequent value, ties by order', () => {
    expect(mostCommon([['Russia', 'Diplomacy'], ['Diplomacy'], ['Russia']], (a, b) => a.localeCompare(b))).toBe('Diplomacy');
    expect(mostCommon([], (a: string, b: string) => a.localeCompare(b))).toBeUndefined();
  });
});
