import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Newsroom } from '../../src/model/newsroom.ts';
import { launchSite, newestFirst } from '../helpers/content.ts';
import { DIST, listFiles, readPage, text } from '../helpers/dist.ts';
import { readJson, readXml, urlsIn } from '../helpers/xml.ts';

const ORIGIN = 'https://backstory.example';
let published: Newsroom['articles'];
let content: Newsroom;
const permalink = (slug: string) => `${ORIGIN}/articles/${slug}/`;

beforeAll(async () => {
  ({ content, published } = await launchSite());
});

describe('/rss.xml', () => {
  it('has the channel fields RSS 2.0 and feed readers need', () => {
    const { rss } = readXml('rss.xml');
    expect(rss['@version']).toBe('2.0');
    const channel = rss.channel;
    expect(channel.title).toBe('Backstory');
    expect(channel.link).toBe(`${ORIGIN}/`);
    expect(channel.description).toMatch(/\w/);
    expect(channel.language).toBe('en');
    const newest = Math.max(...published.map((article) => (article.data.updatedAt ?? article.data.publishedAt).getTime()));
    expect(new Date(channel.lastBuildDate).getTime()).toBe(newest);
    expect(channel['atom:link']).toMatchObject({ '@href': `${ORIGIN}/rss.xml`, '@rel': 'self', '@type': 'application/rss+xml' });
  });

  it('carries every published article, newest first, with permalink guids, dates, dek, full text, tags and bylines', () => {
    const items = readXml('rss.xml').rss.channel.item;
    const expected = newestFirst(published);
    expect(items.map((item: any) => item.link)).toEqual(expected.map((article) => permalink(article.id)));
    items.forEach((item: any, index: number) => {
      const article = expected[index]!;
      expect(item.title).toBe(article.data.title);
      expect(item.guid).toEqual({ '#text': permalink(article.id), '@isPermaLink': 'true' });
      expect(item.pubDate).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
      expect(new Date(item.pubDate).getTime()).toBe(article.data.publishedAt.getTime());
      expect(item.description).toBe(article.data.description);
      expect(item['content:encoded']).toContain('<h2');
      const urls = urlsIn(item['content:encoded']);
      expect(urls.length).toBeGreaterThan(0);
      for (const url of urls) expect(url, `${article.id}: ${url}`).toMatch(/^https?:\/\//);
      const labels = Object.fromEntries(content.tags.map((tag) => [tag.id, tag.data.label]));
      expect(item.category).toEqual(article.data.tags.map((tag) => labels[tag]));
      const names = Object.fromEntries(content.authors.map((author) => [author.id, author.data.name]));
      expect(item['dc:creator']).toEqual(article.data.authors.map((author) => names[author]));
    });
  });

  it('links footnotes inside the article page, not inside the feed reader', () => {
    const items = readXml('rss.xml').rss.channel.item;
    const withNotes = items.find((item: any) => item['content:encoded'].includes('data-footnote-ref'));
    expect(urlsIn(withNotes['content:encoded'])).toContain(`${withNotes.link}#user-content-fn-1`);
  });
});

describe('per-topic, per-author and corrections feeds', () => {
  it('gives every used tag an RSS feed with exactly its articles', () => {
    for (const tag of content.tags) {
      const tagged = newestFirst(published.filter((article) => article.data.tags.includes(tag.id)));
      if (!tagged.length) continue;
      const channel = readXml(`tags/${tag.id}/rss.xml`).rss.channel;
      expect(channel.link).toBe(`${ORIGIN}/tags/${tag.id}/`);
      expect(channel['atom:link']['@href']).toBe(`${ORIGIN}/tags/${tag.id}/rss.xml`);
      expect(channel.item.map((item: any) => item.link)).toEqual(tagged.map((article) => permalink(article.id)));
    }
  });

  it('gives every author an RSS feed with exactly their articles', () => {
    for (const author of content.authors) {
      const byAuthor = newestFirst(published.filter((article) => article.data.authors.includes(author.id)));
      const channel = readXml(`authors/${author.id}/rss.xml`).rss.channel;
      expect((channel.item ?? []).map((item: any) => item.link)).toEqual(byAuthor.map((article) => permalink(article.id)));
    }
  });

  // The launch articles have no correction; corrections.test.ts lists corrections on a site that has them.
  it('publishes a valid corrections feed with no items while nothing has been corrected', () => {
    expect(published.flatMap((article) => article.data.corrections)).toEqual([]);
    const { rss } = readXml('corrections/rss.xml');
    expect(rss['@version']).toBe('2.0');
    const channel = rss.channel;
    expect(channel.title).toBe('Backstory: corrections');
    expect(channel.link).toBe(`${ORIGIN}/corrections/`);
    expect(channel.description).toMatch(/\w/);
    expect(channel.language).toBe('en');
    expect(channel['atom:link']).toMatchObject({ '@href': `${ORIGIN}/corrections/rss.xml`, '@rel': 'self', '@type': 'application/rss+xml' });
    // With no item to date it, the feed is dated by the build: a real date, no earlier than the newest article.
    const built = new Date(channel.lastBuildDate).getTime();
    expect(Number.isNaN(built)).toBe(false);
    expect(built).toBeGreaterThanOrEqual(Math.max(...published.map((article) => article.data.publishedAt.getTime())));
    expect(channel.item).toBeUndefined();
  });
});

describe('/atom.xml and /feed.json', () => {
  it('carry the same items, with updates following updatedAt', () => {
    const atom = readXml('atom.xml').feed;
    const json = readJson('feed.json');
    const expected = newestFirst(published);
    expect(atom.link.map((link: any) => link['@rel'])).toEqual(['self', 'alternate']);
    expect(atom.entry.map((entry: any) => entry.id)).toEqual(expected.map((article) => permalink(article.id)));
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(json.feed_url).toBe(`${ORIGIN}/feed.json`);
    expect(json.items.map((item: any) => item.id)).toEqual(expected.map((article) => permalink(article.id)));
    expected.forEach((article, index) => {
      const updated = (article.data.updatedAt ?? article.data.publishedAt).toISOString();
      expect(atom.entry[index].published).toBe(article.data.publishedAt.toISOString());
      expect(atom.entry[index].updated).toBe(updated);
      expect(json.items[index].date_published).toBe(article.data.publishedAt.toISOString());
      expect(json.items[index].date_modified).toBe(updated);
      expect(atom.entry[index].content['@type']).toBe('html');
      for (const url of urlsIn(json.items[index].content_html)) expect(url).toMatch(/^https?:\/\//);
    });
    // No launch article has been updated since publication; corrections.test.ts dates an updated one by its update.
  });
});

describe('discovery, sitemap and robots', () => {
  it('advertises the site feeds and a canonical URL on every page; tag and author pages add their own feed', () => {
    const pages = listFiles().filter((file) => file.endsWith('.html'));
    for (const file of pages) {
      const page = readPage(file);
      const alternates = page.querySelectorAll('link[rel=alternate]').map((link) => link.getAttribute('href'));
      expect(alternates, file).toEqual(expect.arrayContaining([`${ORIGIN}/rss.xml`, `${ORIGIN}/atom.xml`, `${ORIGIN}/feed.json`]));
      const canonical = page.querySelector('link[rel=canonical]')!.getAttribute('href')!;
      expect(canonical.startsWith(`${ORIGIN}/`), file).toBe(true);
    }
    expect(readPage('/tags/russia/').querySelector('link[rel=alternate]')!.getAttribute('href')).toBe(`${ORIGIN}/tags/russia/rss.xml`);
    expect(readPage('/authors/data-desk/').querySelector('link[rel=alternate]')!.getAttribute('href')).toBe(`${ORIGIN}/authors/data-desk/rss.xml`);
  });

  it('lists the feeds on a visible Subscribe page linked from every page', () => {
    const page = readPage('/subscribe/');
    const codes = page.querySelectorAll('main code').map(text);
    expect(codes).toEqual(expect.arrayContaining([`${ORIGIN}/rss.xml`, `${ORIGIN}/atom.xml`, `${ORIGIN}/feed.json`, `${ORIGIN}/tags/russia/rss.xml`, `${ORIGIN}/corrections/rss.xml`]));
    expect(readPage('/').querySelector('header a[href="/subscribe/"]')).not.toBeNull();
  });

  it('builds a sitemap of every page with lastmod for articles, named in robots.txt', () => {
    const index = readXml('sitemap-index.xml').sitemapindex;
    // The news sitemap is empty when nothing was published in the two days before the build.
    const urls = index.sitemap.flatMap((entry: any) => readXml(new URL(entry.loc).pathname.slice(1)).urlset.url ?? []);
    const locs = urls.map((url: any) => url.loc);
    for (const article of published) {
      const entry = urls.find((url: any) => url.loc === permalink(article.id));
      expect(entry?.lastmod).toBe((article.data.updatedAt ?? article.data.publishedAt).toISOString());
    }
    expect(locs).toContain(`${ORIGIN}/timeline/`);
    expect(locs.some((loc: string) => loc.includes('404'))).toBe(false);
    expect(readPage('/robots.txt').textContent).toContain(`Sitemap: ${ORIGIN}/sitemap-index.xml`);
  });

  it('names the Google News sitemap in the sitemap index and robots.txt; it lists only published articles', () => {
    expect(readXml('sitemap-index.xml').sitemapindex.sitemap.map((entry: any) => entry.loc)).toContain(`${ORIGIN}/news-sitemap.xml`);
    expect(readPage('/robots.txt').textContent).toContain(`Sitemap: ${ORIGIN}/news-sitemap.xml`);
    const permalinks = new Set(published.map((article) => permalink(article.id)));
    for (const url of readXml('news-sitemap.xml').urlset.url ?? []) expect(permalinks.has(url.loc), url.loc).toBe(true);
  });

  it('names no WebSub hub in any feed when none is configured, and each feed still names itself', () => {
    const feeds = listFiles().filter((file) => /(^|\/)(rss\.xml|atom\.xml|feed\.json)$/.test(file));
    expect(feeds.length).toBeGreaterThan(5);
    for (const file of feeds) {
      const body = readFileSync(path.join(DIST, file), 'utf8');
      expect(body, file).not.toMatch(/rel="hub"|"hubs"/);
      expect(body, file).toMatch(file.endsWith('.json') ? /"feed_url": "https:\/\/backstory\.example\// : /rel="self"/);
    }
  });
});

describe('social and structured data', () => {
  const TYPES = { analysis: 'AnalysisNewsArticle', explainer: 'BackgroundNewsArticle', report: 'ReportageNewsArticle', opinion: 'OpinionNewsArticle' };

  it('gives every article OpenGraph and Twitter meta and JSON-LD of the right type, dates and corrections', () => {
    for (const article of published) {
      const page = readPage(`/articles/${article.id}/`);
      const meta = (property: string) => page.querySelectorAll(`meta[property="${property}"], meta[name="${property}"]`).map((node) => node.getAttribute('content'));
      expect(meta('og:type')).toEqual(['article']);
      expect(meta('og:title')).toEqual([`${article.data.title} | Backstory`]);
      expect(meta('og:image')[0]).toMatch(/^https:\/\/backstory\.example\/.+\.png$/);
      expect(meta('og:image:alt')[0]).toMatch(/\w/);
      expect(meta('twitter:card')).toEqual(['summary_large_image']);
      // X reads the OpenGraph title, description and image when its own tags are absent.
      expect([...meta('twitter:title'), ...meta('twitter:description'), ...meta('twitter:image')]).toEqual([]);
      expect(meta('og:description')[0]).toBe(article.data.description);
      const published = meta('article:published_time')[0]!;
      expect(new Date(published).getTime()).toBe(article.data.publishedAt.getTime());
      expect(meta('article:tag')).toHaveLength(article.data.tags.length);

      const ld = JSON.parse(page.querySelector('script[type="application/ld+json"]')!.textContent);
      expect(ld['@type']).toBe(TYPES[article.data.kind]);
      expect(ld.headline).toBe(article.data.title);
      expect(ld.datePublished).toBe(published);
      expect(ld.datePublished).toMatch(/[+-]\d{2}:\d{2}$/);
      expect(new Date(ld.dateModified).getTime()).toBe((article.data.updatedAt ?? article.data.publishedAt).getTime());
      expect(ld.mainEntityOfPage['@id']).toBe(permalink(article.id));
      expect(ld.author.map((author: any) => author.url)).toEqual(article.data.authors.map((slug) => `${ORIGIN}/authors/${slug}/`));
      expect(ld.publisher.name).toBe('Backstory');
      expect(ld.keywords).toHaveLength(article.data.tags.length);
      expect(ld.correction?.map((correction: any) => correction['@type']) ?? []).toEqual(article.data.corrections.map(() => 'CorrectionComment'));
    }
  });
});
