import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPage, text } from '../helpers/dist.ts';
import { article, buildFixture, type BuildResult } from '../helpers/fixture-site.ts';

/**
 * A whole newsroom in one test: 23 articles on one topic (three pages at the
 * configured ten per page), and an event defined inside one article and
 * cited by another.
 */
const day = (index: number) => `2025-07-${String(index + 1).padStart(2, '0')}`;
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

describe('a tag with 23 articles', () => {
  it('is paginated as /tags/russia/, /2/ and /3/, with no empty page, no /1/ and no /4/', () => {
    const pages = ['/tags/russia/', '/tags/russia/2/', '/tags/russia/3/'].map((url) => readPage(url, build.dist));
    const listed = pages.flatMap((page) => page.querySelectorAll('#tag-articles ~ article h3 a').map((link) => link.getAttribute('href')));
    expect(pages.map((page) => page.querySelectorAll('#tag-articles ~ article').length)).toEqual([10, 10, 3]);
    expect(listed).toEqual(Array.from({ length: 23 }, (_, index) => `/articles/story-${23 - index}/`));
    for (const missing of ['1', '4', '0']) expect(existsSync(path.join(build.dist, 'tags', 'russia', missing))).toBe(false);
    expect(existsSync(path.join(build.dist, 'tags', 'diplomacy'))).toBe(false);
  });

  it('links the pages to each other', () => {
    const second = readPage('/tags/russia/2/', build.dist);
    expect(second.querySelector('a[rel=prev]')!.getAttribute('href')).toBe('/tags/russia/');
    expect(second.querySelector('a[rel=next]')!.getAttribute('href')).toBe('/tags/russia/3/');
    expect(text(second.querySelector('nav[aria-label=Pages]'))).toContain('Page 2 of 3');
    expect(text(second.querySelector('title'))).toBe('Russia, page 2 | Backstory');
  });
});

describe('an author with 23 articles', () => {
  it('is paginated like a topic, every article on exactly one page, with its count and the pages linked', () => {
    const pages = ['/authors/foreign-desk/', '/authors/foreign-desk/2/', '/authors/foreign-desk/3/'].map((url) => readPage(url, build.dist));
    const listed = pages.flatMap((page) => page.querySelectorAll('#by-author ~ article h3 a, #by-author + article h3 a').map((link) => link.getAttribute('href')));
    expect([...new Set(listed)]).toEqual(Array.from({ length: 23 }, (_, index) => `/articles/story-${23 - index}/`));
    expect(listed).toHaveLength(23);
    expect(existsSync(path.join(build.dist, 'authors', 'foreign-desk', '4'))).toBe(false);
    expect(text(pages[0]!.querySelector('main header'))).toContain('23 articles');
    expect(pages[1]!.querySelector('a[rel=prev]')!.getAttribute('href')).toBe('/authors/foreign-desk/');
    expect(pages[1]!.querySelector('a[rel=next]')!.getAttribute('href')).toBe('/authors/foreign-desk/3/');
    expect(text(pages[1]!.querySelector('title'))).toBe('Foreign Desk, page 2 | Backstory');
  });
});

describe('an event defined inside an article', () => {
  it('appears once on the timeline, linking both articles that cite it', () => {
    const entry = readPage('/timeline/', build.dist).querySelector('#event-talks-open')!;
    expect(text(entry.querySelector('time'))).toBe('June 2025');
    expect(entry.querySelectorAll('a').map((link) => link.getAttribute('href'))).toEqual(['/articles/story-2/', '/articles/story-1/']);
  });
});
