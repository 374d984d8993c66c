import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Newsroom } from '../../src/model/newsroom.ts';
import { launchSite, newestFirst } from '../helpers/content.ts';
import { DIST, readPage, text } from '../helpers/dist.ts';
import { site } from '../../src/site.config.ts';

let content: Newsroom;
let published: Newsroom['articles'];
const hrefs = (elements: { getAttribute(name: string): string | undefined }[]) => elements.map((element) => element.getAttribute('href'));

beforeAll(async () => {
  ({ content, published } = await launchSite());
});

describe('topics', () => {
  it('lists every tag with description and count, by count then label, linking only used tags', () => {
    const items = readPage('/tags/').querySelectorAll('main li');
    const expected = content.tags
      .map((tag) => ({ tag, count: published.filter((article) => article.data.tags.includes(tag.id)).length }))
      .sort((a, b) => b.count - a.count || a.tag.data.label.localeCompare(b.tag.data.label, 'en'));
    expect(items.map((item) => text(item.querySelector('h2')))).toEqual(
      expected.map(({ tag, count }) => `${tag.data.label} ${count === 1 ? '1 article' : `${count || 'No'} articles`}`),
    );
    items.forEach((item, index) => {
      const { tag, count } = expected[index]!;
      expect(text(item.querySelector('p'))).toBe(tag.data.description);
      expect(item.querySelector('a')?.getAttribute('href')).toBe(count ? `/tags/${tag.id}/` : undefined);
    });
  });

  it('gives each used tag a page with its description, its articles newest first and its key dates', () => {
    for (const tag of content.tags) {
      const tagged = published.filter((article) => article.data.tags.includes(tag.id));
      if (!tagged.length) {
        expect(existsSync(path.join(DIST, 'tags', tag.id))).toBe(false);
        continue;
      }
      const page = readPage(`/tags/${tag.id}/`);
      expect(text(page.querySelector('h1'))).toBe(tag.data.label);
      expect(text(page.querySelector('main header'))).toContain(tag.data.description);
      expect(hrefs(page.querySelectorAll('#tag-articles ~ article h3 a'))).toEqual(newestFirst(tagged).map((article) => `/articles/${article.id}/`));
      const cited = new Set(tagged.flatMap((article) => article.data.events));
      expect(page.querySelectorAll('aside .timeline li').length).toBe(cited.size);
      expect(existsSync(path.join(DIST, 'tags', tag.id, '1'))).toBe(false);
      expect(existsSync(path.join(DIST, 'tags', tag.id, '2'))).toBe(false);
    }
  });
});

describe('archive', () => {
  it('leads to every year and month with their counts, and names no article on its front page', () => {
    const page = readPage('/archive/');
    expect(text(page.querySelector('main h2'))).toBe(`2025 (${published.length})`);
    expect(hrefs(page.querySelectorAll('main section a'))).toEqual(['/archive/2025/', '/archive/2025/08/']);
    expect(text(page.querySelector('main section li'))).toBe(`August (${published.length})`);
    expect(page.querySelectorAll('main a[href^="/articles/"]')).toHaveLength(0);
  });

  it("lists every published article once on its year's page, grouped by month with counts", () => {
    const year = readPage('/archive/2025/');
    expect(text(year.querySelector('h1'))).toBe('2025');
    expect(hrefs(year.querySelectorAll('main li a')).sort()).toEqual(published.map((article) => `/articles/${article.id}/`).sort());
    expect(text(year.querySelector('main h2'))).toBe(`August 2025 (${published.length})`);
  });

  it('has month pages', () => {
    const month = readPage('/archive/2025/08/');
    expect(text(month.querySelector('h1'))).toBe('August 2025');
    expect(month.querySelectorAll('main article')).toHaveLength(published.length);
  });
});

describe('timeline', () => {
  it('shows the Helsinki summit once, with its newest citing articles, and gives it a page listing every one', () => {
    const page = readPage('/timeline/');
    const entries = page.querySelectorAll('.timeline li').filter((item) => text(item).includes('Helsinki'));
    const helsinki = entries.filter((item) => item.getAttribute('id') === 'event-helsinki-summit');
    expect(helsinki).toHaveLength(1);
    const citing = newestFirst(published.filter((article) => article.data.events.includes('helsinki-summit'))).map((article) => `/articles/${article.id}/`);
    expect(citing.length).toBeGreaterThanOrEqual(3);
    const shown = citing.slice(0, site.timelineCitedSize);
    const more = citing.length > shown.length ? ['/timeline/helsinki-summit/'] : [];
    expect(hrefs(helsinki[0]!.querySelectorAll('a'))).toEqual(['/timeline/helsinki-summit/', ...shown, ...more]);
    expect(text(helsinki[0]!.querySelector('time'))).toBe('16 July 2018');
    const eventPage = readPage('/timeline/helsinki-summit/');
    expect(text(eventPage.querySelector('h1'))).toBe(content.events.find((event) => event.id === 'helsinki-summit')!.data.title);
    expect(text(eventPage.querySelector('main header'))).toContain(`Cited in ${citing.length} articles`);
    expect(hrefs(eventPage.querySelectorAll('#event-articles ~ article h3 a'))).toEqual(citing.slice(0, site.listPageSize));
    expect(hrefs(readPage('/timeline/helsinki-summit/2025/08/').querySelectorAll('main article h2 a'))).toEqual(citing);
  });

  it('orders events chronologically by year and shows partial dates at their own precision', () => {
    const page = readPage('/timeline/');
    expect(page.querySelectorAll('.timeline h2').map(text)).toEqual(['2007', '2014', '2016', '2018', '2022', '2023', '2025']);
    const times = page.querySelectorAll('.timeline time');
    expect(times.map(text)).toEqual(['July 2007', 'March 2014', '2016', '16 July 2018', '24 February 2022', '17 March 2023', '15 August 2025']);
    expect(times.map((time) => time.getAttribute('datetime'))).toEqual(['2007-07', '2014-03', '2016', '2018-07-16', '2022-02-24', '2023-03-17', '2025-08-15']);
  });

  it('exports TimelineJS JSON', () => {
    const document = JSON.parse(readFileSync(path.join(DIST, 'timeline.json'), 'utf8'));
    expect(document.title.text.headline).toBe('Backstory timeline');
    expect(document.events).toHaveLength(7);
    const helsinki = document.events.find((event: { unique_id: string }) => event.unique_id === 'helsinki-summit');
    expect(helsinki.start_date).toEqual({ year: '2018', month: '7', day: '16', display_date: '16 July 2018' });
    expect(helsinki.text.headline).toBe('Trump and Putin hold a summit in Helsinki');
    // The newest citing articles, then the event's page for the rest.
    const citing = newestFirst(published.filter((article) => article.data.events.includes('helsinki-summit'))).map((article) => `https://backstory.example/articles/${article.id}/`);
    const more = citing.length > site.timelineCitedSize ? ['https://backstory.example/timeline/helsinki-summit/'] : [];
    expect([...helsinki.text.text.matchAll(/href="([^"]+)"/g)].map((match: RegExpMatchArray) => match[1])).toEqual([...citing.slice(0, site.timelineCitedSize), ...more]);
    expect(typeof helsinki.group).toBe('string');
    const crimea = document.events.find((event: { unique_id: string }) => event.unique_id === 'crimea-annexation');
    expect(crimea.start_date).toEqual({ year: '2014', month: '3', display_date: 'March 2014' });
  });
});

describe('article extras and home page', () => {
  it('shows each article its key dates, up to three related articles and its neighbours in time', () => {
    for (const article of published) {
      const page = readPage(`/articles/${article.id}/`);
      expect(page.querySelectorAll('#key-dates-heading + ol li')).toHaveLength(article.data.events.length);
      const related = hrefs(page.querySelectorAll('#related-heading + ul a'));
      expect(related.length).toBeGreaterThan(0);
      expect(related.length).toBeLessThanOrEqual(3);
      expect(related).not.toContain(`/articles/${article.id}/`);
    }
    const middle = readPage('/articles/what-each-side-wants/');
    // Two pieces share 12 August; the slug orders them, so icc-… counts as the newer.
    expect(middle.querySelector('a[rel=prev]')!.getAttribute('href')).toBe('/articles/icc-warrant-and-putins-travel/');
    expect(middle.querySelector('a[rel=next]')!.getAttribute('href')).toBe('/articles/front-line-in-numbers/');
  });

  it('leads the home page with the featured article, then the latest, top tags and latest events', () => {
    const home = readPage('/');
    expect(home.querySelector('#lead-heading + article h3 a')!.getAttribute('href')).toBe('/articles/why-putin-wants-a-summit/');
    expect(hrefs(home.querySelectorAll('#topics-heading + ul a'))[0]).toBe('/tags/russia/');
    expect(text(home.querySelector('#events-heading + ol li'))).toContain('Trump and Putin meet in Anchorage, Alaska');
  });
});
