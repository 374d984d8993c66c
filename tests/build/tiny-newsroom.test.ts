import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPage, text } from '../helpers/dist.ts';
import { article, buildFixture, type BuildResult } from '../helpers/fixture-site.ts';

/**
 * A whole newsroom in one test: 23 articles on one topic by one author, 20 in
 * July and 3 in August (more than the ten latest a listing shows), and an
 * event defined inside one article and cited by another.
 */
const day = (index: number) => (index < 20 ? `2025-07-${String(index + 1).padStart(2, '0')}` : `2025-08-0${index - 19}`);
const SITE: Record<string, string | null> = Object.fromEntries(
  Array.from({ length: 23 }, (_, index) => [`articles/story-${index + 1}.md`, article({ title: `"Story ${index + 1}"`, publishedAt: day(index), tags: '[russia]' })]),
);
SITE['articles/first-story.md'] = null;
SITE['articles/story-1.md'] = article(
  { title: '"Story 1"', publishedAt: day(0), tags: '[russia]', events: '[{ id: talks-open, date: 2025-06, title: Talks open in Istanbul }]' },
);
SITE['articles/story-2.md'] = article({ title: '"Story 2"', publishedAt: day(1), tags: '[russia]', events: '[talks-open, helsinki-summit]' });

let build: BuildResult;
beforeAll(async () => {
  build = await buildFixture(SITE);
  expect(build.code, build.output).toBe(0);
});

describe('a tag and an author with 23 articles over two months', () => {
  const newestFirst = (numbers: number[]) => numbers.map((number) => `/articles/story-${number}/`);
  const listed = (url: string) => readPage(url, build.dist).querySelectorAll('main article h2 a, main article h3 a').map((link) => link.getAttribute('href'));

  for (const base of ['/tags/russia/', '/authors/foreign-desk/']) {
    it(`${base} lists the latest ten, its count, and every month with its count`, () => {
      const page = readPage(base, build.dist);
      expect(listed(base)).toEqual(newestFirst([23, 22, 21, 20, 19, 18, 17, 16, 15, 14]));
      expect(text(page.querySelector('main header'))).toContain('23 articles');
      const months = page.querySelectorAll('main nav li li');
      expect(months.map((month) => [month.querySelector('a')!.getAttribute('href'), text(month)])).toEqual([
        [`${base}2025/08/`, 'August (3)'],
        [`${base}2025/07/`, 'July (20)'],
      ]);
      // No numbered pages: they would all shift by one with every new article.
      for (const missing of ['2', '1']) expect(existsSync(path.join(build.dist, base, missing))).toBe(false);
    });

    it(`${base} has a page per month that lists exactly that month, linked to its neighbours`, () => {
      const august = readPage(`${base}2025/08/`, build.dist);
      const july = readPage(`${base}2025/07/`, build.dist);
      expect(listed(`${base}2025/08/`)).toEqual(newestFirst([23, 22, 21]));
      expect(listed(`${base}2025/07/`)).toEqual(newestFirst(Array.from({ length: 20 }, (_, index) => 20 - index)));
      expect(august.querySelector('a[rel=next]')!.getAttribute('href')).toBe(`${base}2025/07/`);
      expect(july.querySelector('a[rel=prev]')!.getAttribute('href')).toBe(`${base}2025/08/`);
      expect(july.querySelector('a[rel=next]')).toBeNull();
      expect(text(july.querySelector('h1'))).toMatch(/: July 2025$/);
      expect(existsSync(path.join(build.dist, base, '2025', '06'))).toBe(false);
    });
  }
});

describe('an event defined inside an article', () => {
  it('appears once on the timeline, linking both articles that cite it', () => {
    const entry = readPage('/timeline/', build.dist).querySelector('#event-talks-open')!;
    expect(text(entry.querySelector('time'))).toBe('June 2025');
    expect(entry.querySelectorAll('a').map((link) => link.getAttribute('href'))).toEqual(['/timeline/talks-open/', '/articles/story-2/', '/articles/story-1/']);
  });
});
