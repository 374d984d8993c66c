import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { site } from '../../src/site.config.ts';
import { readPage, text } from '../helpers/dist.ts';
import { article, buildFixture, rebuildFixture, type BuildResult } from '../helpers/fixture-site.ts';

/**
 * A key date that coverage keeps coming back to: five pieces cite it. The
 * timeline and topic pages name the newest few and link the rest to the
 * date's own page, which lists every one by month, so neither grows with the
 * archive nor changes when an old piece does.
 */
const citing = (title: string, publishedAt: string, fields: Record<string, string> = {}) =>
  article({ title: `"${title}"`, publishedAt, tags: '[russia]', events: '[helsinki-summit]', ...fields });

const SITE = {
  'articles/june-early.md': citing('June, early', '2025-06-01'),
  'articles/june-late.md': citing('June, late', '2025-06-15'),
  'articles/july.md': citing('July', '2025-07-01'),
  'articles/august-early.md': citing('August, early', '2025-08-01'),
  'articles/august-late.md': citing('August, late', '2025-08-10'),
};

const EVENT = '/timeline/helsinki-summit/';
const hrefs = (page: ReturnType<typeof readPage>, selector: string) => page.querySelectorAll(selector).map((link) => link.getAttribute('href'));
const articleUrls = (...slugs: string[]) => slugs.map((slug) => `/articles/${slug}/`);

let first: BuildResult;
beforeAll(async () => {
  first = await buildFixture(SITE);
  expect(first.code, first.output).toBe(0);
});

describe('a key date cited by many pieces', () => {
  it('names its newest citing pieces on the timeline and topic pages, and links the rest to its own page', () => {
    expect(site.timelineCitedSize).toBe(3);
    const expected = [EVENT, ...articleUrls('august-late', 'august-early', 'july'), EVENT];
    const onTimeline = readPage('/timeline/', first.dist).querySelector('#event-helsinki-summit')!;
    expect(hrefs(onTimeline, 'a')).toEqual(expected);
    expect(text(onTimeline.querySelectorAll('a').at(-1)!)).toBe('2 more');
    const onTopic = readPage('/tags/russia/', first.dist).querySelectorAll('aside .timeline li');
    expect(onTopic).toHaveLength(1);
    expect(hrefs(onTopic[0]!, 'a')).toEqual(expected);
    const json = JSON.parse(readFileSync(path.join(first.dist, 'timeline.json'), 'utf8'));
    const entry = json.events.find((event: { unique_id: string }) => event.unique_id === 'helsinki-summit').text.text as string;
    expect([...entry.matchAll(/href="([^"]+)"/g)].map((match) => match[1])).toEqual([
      ...articleUrls('august-late', 'august-early', 'july').map((url) => `https://backstory.example${url}`),
      `https://backstory.example${EVENT}`,
    ]);
    expect(entry).toContain('>2 more</a>');
  });

  it('has a page with the event, its latest citing pieces and every one by month', () => {
    const page = readPage(EVENT, first.dist);
    expect(text(page.querySelector('h1'))).toBe('Helsinki summit');
    expect(text(page.querySelector('main header time'))).toBe('16 July 2018');
    expect(text(page.querySelector('main header'))).toContain('Cited in 5 articles');
    expect(hrefs(page, 'main header a')).toEqual(['/timeline/#event-helsinki-summit']);
    expect(hrefs(page, '#event-articles ~ article h3 a')).toEqual(articleUrls('august-late', 'august-early', 'july', 'june-late', 'june-early'));
    expect(hrefs(page, '#event-months ~ * a')).toEqual([`${EVENT}2025/08/`, `${EVENT}2025/07/`, `${EVENT}2025/06/`]);
    expect(hrefs(readPage(`${EVENT}2025/06/`, first.dist), 'main article h2 a')).toEqual(articleUrls('june-late', 'june-early'));
    expect(text(readPage(`${EVENT}2025/06/`, first.dist).querySelector('h1'))).toBe('Helsinki summit: June 2025');
    // Each piece's key dates lead to the date's page; the sitemap names it.
    expect(hrefs(readPage('/articles/july/', first.dist), '[aria-labelledby="key-dates-heading"] li a')).toEqual([EVENT]);
    expect(readFileSync(path.join(first.dist, 'sitemap-0.xml'), 'utf8')).toContain(`<loc>https://backstory.example${EVENT}2025/06/</loc>`);
  });

  it('carries a retitled, an added and an unpublished piece to the pages that show them, and drops the page when nothing cites the date', async () => {
    const second = await rebuildFixture(first, {
      'articles/june-early.md': citing('June, early, revised', '2025-06-01'),
      'articles/august-newest.md': citing('August, newest', '2025-08-11'),
      'articles/august-late.md': citing('August, late', '2025-08-10', { draft: 'true' }),
    });
    expect(second.code, second.output).toBe(0);
    expect(text(readPage(`${EVENT}2025/06/`, second.dist).querySelector('main'))).toContain('June, early, revised');
    expect(hrefs(readPage(EVENT, second.dist), '#event-articles ~ article h3 a')).toEqual(articleUrls('august-newest', 'august-early', 'july', 'june-late', 'june-early'));
    expect(hrefs(readPage(`${EVENT}2025/08/`, second.dist), 'main article h2 a')).toEqual(articleUrls('august-newest', 'august-early'));
    const onTimeline = readPage('/timeline/', second.dist).querySelector('#event-helsinki-summit')!;
    expect(hrefs(onTimeline, 'a')).toEqual([EVENT, ...articleUrls('august-newest', 'august-early', 'july'), EVENT]);
    expect(hrefs(readPage('/tags/russia/', second.dist).querySelectorAll('aside .timeline li')[0]!, 'a')).toEqual([EVENT, ...articleUrls('august-newest', 'august-early', 'july'), EVENT]);

    const uncited = Object.fromEntries(
      ['june-early', 'june-late', 'july', 'august-early', 'august-newest'].map((slug) => [`articles/${slug}.md`, readFileSync(path.join(second.root, 'content', 'articles', `${slug}.md`), 'utf8').replace('events: [helsinki-summit]', 'events: []')]),
    );
    const third = await rebuildFixture(second, uncited);
    expect(third.code, third.output).toBe(0);
    expect(existsSync(path.join(third.dist, 'timeline', 'helsinki-summit'))).toBe(false);
    expect(readPage('/timeline/', third.dist).querySelector('#event-helsinki-summit')).toBeNull();
  });
});
