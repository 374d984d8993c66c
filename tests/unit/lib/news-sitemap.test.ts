import { describe, expect, it } from 'vitest';
import { NEWS_SITEMAP_LIMIT, newsLanguage, recentNews, toNewsSitemap } from '../../../src/lib/news-sitemap.ts';

const now = new Date('2025-08-15T12:00:00Z');
const minutes = (count: number) => count * 60_000;
const before = (duration: number) => ({ publishedAt: new Date(now.getTime() - duration) });

describe('recentNews', () => {
  it('keeps what was published in the 48 hours up to the clock, edges included', () => {
    const window = [before(0), before(minutes(47 * 60 + 59)), before(minutes(48 * 60))];
    expect(recentNews([...window, before(minutes(48 * 60 + 1)), before(minutes(60 * 24 * 30))], now)).toEqual(window);
  });

  it('never takes a piece dated after the clock', () => {
    expect(recentNews([before(-1), before(-minutes(60))], now)).toEqual([]);
  });

  it('keeps the order it is given and stops at 1,000, the most Google reads', () => {
    const articles = Array.from({ length: NEWS_SITEMAP_LIMIT + 1 }, (_, index) => ({ ...before(index), index }));
    const recent = recentNews(articles, now);
    expect(recent).toHaveLength(1000);
    expect(recent.map((article) => article.index)).toEqual(articles.slice(0, 1000).map((article) => article.index));
  });
});

describe('newsLanguage', () => {
  it('gives the ISO 639 code Google asks for, and its two spellings of Chinese', () => {
    expect(['en', 'en-GB', 'EN-us', 'uk-UA', 'fil'].map(newsLanguage)).toEqual(['en', 'en', 'en', 'uk', 'fil']);
    expect(['zh', 'zh-CN', 'zh-Hans', 'zh-Hans-SG'].map(newsLanguage)).toEqual(['zh-cn', 'zh-cn', 'zh-cn', 'zh-cn']);
    expect(['zh-TW', 'zh-Hant', 'zh-Hant-HK', 'zh-HK'].map(newsLanguage)).toEqual(['zh-tw', 'zh-tw', 'zh-tw', 'zh-tw']);
  });
});

describe('toNewsSitemap', () => {
  it('writes the news extension in the order of Google\'s schema, dated in the newsroom with its offset, and escaped', () => {
    const xml = toNewsSitemap({ name: 'Backstory', language: 'en-GB', timeZone: 'Europe/London' }, [
      { url: 'https://backstory.example/articles/a/?x=1&y=2', title: 'Talks & "truce" <now>', publishedAt: new Date('2025-08-14T23:00:00Z') },
    ]);
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
        '  <url>',
        '    <loc>https://backstory.example/articles/a/?x=1&amp;y=2</loc>',
        '    <news:news>',
        '      <news:publication>',
        '        <news:name>Backstory</news:name>',
        '        <news:language>en</news:language>',
        '      </news:publication>',
        '      <news:publication_date>2025-08-15T00:00:00+01:00</news:publication_date>',
        '      <news:title>Talks &amp; &quot;truce&quot; &lt;now&gt;</news:title>',
        '    </news:news>',
        '  </url>',
        '</urlset>',
        '',
      ].join('\n'),
    );
  });

  it('writes an empty urlset when nothing is recent, which Google accepts', () => {
    expect(toNewsSitemap({ name: 'Backstory', language: 'en', timeZone: 'UTC' }, [])).toContain(
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"></urlset>',
    );
  });
});
