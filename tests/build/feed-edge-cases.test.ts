import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { parse } from 'node-html-parser';
import Parser from 'rss-parser';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smartPunctuation } from '../../src/lib/smart-punctuation.ts';
import { listFiles, readPage, text } from '../helpers/dist.ts';
import { article, buildFixture, type BuildResult } from '../helpers/fixture-site.ts';
import { serveDist } from '../helpers/serve.ts';
import { readJson, readXml } from '../helpers/xml.ts';

const RAW = `Tom & Jerry <b>"quoted"</b> 'apostrophe' </script><script>alert(1)</script> 🗞️ مرحبا بالعالم`;
// What readers get: the same text with typographic quotes (see smartPunctuation).
const HOSTILE = smartPunctuation(RAW);
const yamlString = (value: string) => JSON.stringify(value);

/** 51 ordinary articles over 51 days, one hostile title, one draft, one embargoed: more than the feed cap of 50. */
function bigNewsroom(): Record<string, string | null> {
  const files: Record<string, string | null> = { 'articles/first-story.md': null };
  for (let index = 0; index < 51; index++) {
    const date = new Date(Date.UTC(2025, 0, 1 + index)).toISOString().slice(0, 10);
    files[`articles/story-${index}.md`] = article({ title: `"Story ${index}"`, publishedAt: date });
  }
  files['articles/hostile.md'] = article({ title: yamlString(RAW), description: yamlString(`Dek with ${RAW}`), publishedAt: '2025-03-01' });
  files['articles/secret-draft.md'] = article({ title: '"Secret draft"', draft: 'true', publishedAt: '2025-03-02' });
  files['articles/embargoed.md'] = article({ title: '"Embargoed"', publishedAt: '2099-01-01' });
  return files;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('feeds of a newsroom with more articles than the cap, hostile text, a draft and an embargo', () => {
  let build: BuildResult;
  beforeAll(async () => {
    build = await buildFixture(bigNewsroom(), { BACKSTORY_SITE_URL: 'https://news.example.org' });
    expect(build.code, build.output).toBe(0);
  });

  it('caps every site feed at the newest 50 items', () => {
    const rss = readXml('rss.xml', build.dist).rss.channel.item;
    const atom = readXml('atom.xml', build.dist).feed.entry;
    const json = readJson('feed.json', build.dist).items;
    for (const items of [rss, atom, json]) expect(items).toHaveLength(50);
    expect(rss[0].link).toBe('https://news.example.org/articles/hostile/');
    expect(rss[1].link).toBe('https://news.example.org/articles/story-50/');
    const dates = rss.map((item: any) => new Date(item.pubDate).getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it('leaves drafts and embargoed articles out of every file', () => {
    for (const file of listFiles(build.dist)) {
      const body = readFileSync(path.join(build.dist, file), 'utf8');
      for (const needle of ['secret-draft', 'Secret draft', '/articles/embargoed/', '"Embargoed"']) expect(body.includes(needle), `${file}: ${needle}`).toBe(false);
    }
  });

  it('keeps feeds, structured data and pages well-formed with &, <, quotes, emoji and right-to-left text', () => {
    const rssItem = readXml('rss.xml', build.dist).rss.channel.item[0];
    expect(rssItem.title).toBe(HOSTILE);
    expect(rssItem.description).toBe(`Dek with ${HOSTILE}`);
    expect(readXml('atom.xml', build.dist).feed.entry[0].title).toBe(HOSTILE);
    expect(readJson('feed.json', build.dist).items[0].title).toBe(HOSTILE);
    const page = readPage('/articles/hostile/', build.dist);
    expect(text(page.querySelector('h1'))).toBe(HOSTILE);
    expect(page.querySelector('title')!.textContent).toBe(`${HOSTILE} | Backstory`);
    expect(page.querySelectorAll('script').filter((script) => script.rawText.includes('alert(1)') && script.getAttribute('type') !== 'application/ld+json')).toEqual([]);
    const ld = JSON.parse(page.querySelector('script[type="application/ld+json"]')!.textContent);
    expect(ld.headline).toBe(HOSTILE);
    // Parsed the way a browser parses it: the title must not have made elements of its own.
    const tree = fromHtml(readFileSync(path.join(build.dist, 'articles/hostile/index.html'), 'utf8'));
    const made: string[] = [];
    visit(tree, 'element', (node) => {
      if (node.tagName === 'script' && JSON.stringify(node.children).includes('alert(1)') && node.properties.type !== 'application/ld+json') made.push('script');
      if (node.tagName === 'b') made.push('b');
    });
    expect(made).toEqual([]);
  });

  it('writes every absolute URL with the origin from BACKSTORY_SITE_URL', () => {
    for (const file of listFiles(build.dist).filter((name) => /\.(html|xml|json|txt)$/.test(name))) {
      expect(readFileSync(path.join(build.dist, file), 'utf8').includes('backstory.example'), file).toBe(false);
    }
    const home = readPage('/', build.dist);
    expect(home.querySelector('link[rel=canonical]')!.getAttribute('href')).toBe('https://news.example.org/');
    expect(home.querySelector('meta[property="og:image"]')!.getAttribute('content')).toBe('https://news.example.org/og-default.png');
    expect(readFileSync(path.join(build.dist, 'robots.txt'), 'utf8')).toContain('Sitemap: https://news.example.org/sitemap-index.xml');
    expect(readFileSync(path.join(build.dist, 'robots.txt'), 'utf8')).toContain('Sitemap: https://news.example.org/news-sitemap.xml');
    expect(readFileSync(path.join(build.dist, 'sitemap-index.xml'), 'utf8')).toContain('<loc>https://news.example.org/news-sitemap.xml</loc>');
  });
});

describe('a real feed reader subscribed to the served /rss.xml', () => {
  let server: Awaited<ReturnType<typeof serveDist>>;
  let origin: string;
  beforeAll(async () => {
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    const build = await buildFixture('launch', { BACKSTORY_SITE_URL: origin });
    expect(build.code, build.output).toBe(0);
    server = await serveDist(build.dist, port);
  });
  afterAll(() => server?.close());

  it('lists the six launch articles with their titles and dates, and every link opens the article', async () => {
    const feed = await new Parser().parseURL(`${origin}/rss.xml`);
    expect(feed.title).toBe('Backstory');
    expect(feed.items).toHaveLength(6);
    for (const item of feed.items) {
      expect(new Date(item.isoDate!).getUTCFullYear()).toBe(2025);
      const response = await fetch(item.link!);
      expect(response.status, item.link).toBe(200);
      expect(text(parse(await response.text()).querySelector('h1'))).toBe(item.title);
    }
    expect(feed.items.map((item) => item.title)).toContain('Why Putin wants a summit with Trump');
  });
});
