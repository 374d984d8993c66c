import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { toAtom } from '../../../src/lib/feeds/atom.ts';
import type { FeedMeta } from '../../../src/lib/feeds/feed-entry.ts';
import { toJsonFeed } from '../../../src/lib/feeds/json-feed.ts';
import { toRss } from '../../../src/lib/feeds/rss.ts';

const META: FeedMeta = { title: 'Backstory', description: 'Analysis.', homePageUrl: 'https://backstory.example/', feedUrl: 'https://backstory.example/rss.xml', language: 'en' };
const HUB = 'https://hub.example/';
const now = new Date('2025-08-15T12:00:00Z');
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'link' || name === 'atom:link' });

describe('WebSub links in every feed format', () => {
  it('RSS names the hub beside its self link, escaped', async () => {
    const links = parser.parse(await toRss({ ...META, hub: HUB }, [], now)).rss.channel['atom:link'];
    expect(links).toEqual([
      { '@href': META.feedUrl, '@rel': 'self', '@type': 'application/rss+xml' },
      { '@href': HUB, '@rel': 'hub' },
    ]);
    expect(await toRss({ ...META, hub: 'https://hub.example/?a=1&b=2' }, [], now)).toContain('<atom:link href="https://hub.example/?a=1&amp;b=2" rel="hub"/>');
  });

  it('Atom names the hub beside its self link', () => {
    expect(parser.parse(toAtom({ ...META, hub: HUB }, [], now)).feed.link.map((link: Record<string, string>) => [link['@rel'], link['@href']])).toEqual([
      ['self', META.feedUrl],
      ['hub', HUB],
      ['alternate', META.homePageUrl],
    ]);
  });

  it('JSON Feed lists the hub under hubs, beside feed_url', () => {
    const feed = JSON.parse(toJsonFeed({ ...META, hub: HUB }, []));
    expect(feed.feed_url).toBe(META.feedUrl);
    expect(feed.hubs).toEqual([{ type: 'WebSub', url: HUB }]);
  });

  it('without a hub, each keeps its self link and names no hub', async () => {
    expect(parser.parse(await toRss(META, [], now)).rss.channel['atom:link'].map((link: Record<string, string>) => link['@rel'])).toEqual(['self']);
    expect(parser.parse(toAtom(META, [], now)).feed.link.map((link: Record<string, string>) => link['@rel'])).toEqual(['self', 'alternate']);
    expect(JSON.parse(toJsonFeed(META, []))).not.toHaveProperty('hubs');
  });
});

describe('RSS extensions written through @astrojs/rss', () => {
  // It parses our extra elements and writes them again: a numeric reference such as &#38; came out as &amp;#38;.
  it('escape a name, a picture\'s URL and its alt text once', async () => {
    const entry = {
      url: 'https://backstory.example/articles/a/',
      title: 'A',
      summary: 'Dek.',
      published: now,
      updated: now,
      categories: [],
      authors: [{ name: 'O\'Brien & "Partners"', url: 'https://backstory.example/authors/obrien/' }],
      image: { url: 'https://backstory.example/_pictures/a.jpg?v=1&w=2', type: 'image/jpeg', width: 800, height: 450, alt: 'A <b>"map"</b> & more', credit: 'Photo: R&D' },
    };
    const xml = await toRss(META, [entry], now);
    expect(xml).toContain('<dc:creator>O&apos;Brien &amp; &quot;Partners&quot;</dc:creator>');
    expect(xml).toContain('<media:content url="https://backstory.example/_pictures/a.jpg?v=1&amp;w=2" type="image/jpeg" medium="image" width="800" height="450">');
    expect(xml).toContain('<media:description type="plain">A &lt;b&gt;&quot;map&quot;&lt;/b&gt; &amp; more</media:description><media:credit>Photo: R&amp;D</media:credit>');
  });
});
