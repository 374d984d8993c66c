import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { listFiles, readPage, text } from '../helpers/dist.ts';
import { article, buildFixture, story, type BuildResult } from '../helpers/fixture-site.ts';
import { readSearchIndex } from '../helpers/search-index.ts';
import { readJson, readXml } from '../helpers/xml.ts';

const ORIGIN = 'https://backstory.example';
const NOTICE = 'An editor found that the central claim rested on a single unverified source.';
/** A sentence of the retracted body: it must be published nowhere. */
const BODY = 'The withdrawn claim sits in this sentence.';

const RETRACTED = article(
  {
    title: '"The withdrawn piece"',
    publishedAt: '2025-08-11',
    updatedAt: '2025-08-20',
    tags: '[russia]',
    story: 'the-talks',
    events: '[helsinki-summit]',
    retraction: `{ date: 2025-08-20, text: "${NOTICE}" }`,
  },
  `${BODY}\n\n:::quote{person=the-analyst}\nWithdrawn words.\n:::\n`,
);

const FILES = {
  'articles/first-story.md': article({ story: 'the-talks' }, 'A paragraph of analysis.\n\n:::quote{person=the-analyst}\nStanding words.\n:::\n'),
  'articles/second.md': article({ title: '"Second"', publishedAt: '2025-08-09', tags: '[russia]' }),
  'articles/withdrawn.md': RETRACTED,
  'stories/the-talks.md': story({}),
  'people/the-analyst.yaml': 'name: The Analyst\ndescription: Quoted by every piece\n',
};

const URL_PATH = '/articles/withdrawn/';
const linksTo = (dist: string, page: string) => readPage(page, dist).querySelectorAll(`a[href^="${URL_PATH}"]`).length;

describe('a retracted article', () => {
  let built: BuildResult;
  beforeAll(async () => {
    built = await buildFixture(FILES);
    expect(built.code, built.output).toBe(0);
  });

  it('keeps its address, headline, byline and dates, with the notice in place of the body', () => {
    const page = readPage(URL_PATH, built.dist);
    expect(text(page.querySelector('h1'))).toBe('The withdrawn piece');
    expect(text(page.querySelector('.retracted-label'))).toBe('Retracted');
    expect(text(page.querySelector('article header'))).toContain('Foreign Desk');
    expect(text(page.querySelector('article header'))).toMatch(/Published\s+11 August 2025 · Updated\s+20 August 2025/);
    const notice = page.querySelector('#retraction')!;
    expect(text(notice.querySelector('h2'))).toBe('Retracted on 20 August 2025');
    expect(text(notice)).toContain(NOTICE);
    expect(page.querySelector('.prose-body')).toBeNull();
    expect(page.querySelector('title')!.text).toBe('Retracted: The withdrawn piece | Backstory');
  });

  it('publishes its body nowhere: no page, feed, search record or file carries it', () => {
    for (const file of listFiles(built.dist)) {
      const bytes = readFileSync(path.join(built.dist, file));
      const body = file.startsWith('pagefind/') && file.endsWith('.pf_fragment') ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
      expect(body.includes(BODY), file).toBe(false);
      expect(body.includes('Withdrawn words'), file).toBe(false);
    }
  });

  it('leaves home, topic, author, archive, story, related, timeline and people listings, search and the social cards', () => {
    for (const page of ['/', '/tags/russia/', '/tags/russia/2025/08/', '/authors/foreign-desk/', '/archive/2025/', '/archive/2025/08/', '/stories/', '/stories/the-talks/', '/articles/first-story/', '/articles/second/', '/timeline/', '/people/the-analyst/']) {
      expect(linksTo(built.dist, page), page).toBe(0);
    }
    expect(text(readPage('/stories/the-talks/', built.dist).querySelector('main'))).toContain('1 piece');
    expect(readSearchIndex(built.dist).map((record) => record.url)).not.toContain(URL_PATH);
    expect(existsSync(path.join(built.dist, 'og', 'withdrawn.png'))).toBe(false);
    expect(readPage(URL_PATH, built.dist).querySelector('meta[property="og:image"]')!.getAttribute('content')).toBe(`${ORIGIN}/og-default.png`);
    for (const feed of ['tags/russia/rss.xml', 'authors/foreign-desk/rss.xml', 'stories/the-talks/rss.xml', 'stories/the-talks/atom.xml']) {
      expect(readFileSync(path.join(built.dist, feed), 'utf8').includes(URL_PATH), feed).toBe(false);
    }
  });

  it('reaches the site feeds and the corrections page and feed as a dated retraction', () => {
    const id = `${ORIGIN}${URL_PATH}#retraction`;
    const rss = readXml('rss.xml', built.dist).rss.channel.item.filter((item: any) => item.link.startsWith(`${ORIGIN}${URL_PATH}`));
    // Dated by the notice: 20 August in London is 23:00 on the 19th in UTC.
    expect(rss.map((item: any) => [item.link, item.title, item.pubDate])).toEqual([[id, 'Retracted: The withdrawn piece', 'Tue, 19 Aug 2025 23:00:00 GMT']]);
    const atom = readXml('atom.xml', built.dist).feed.entry.filter((entry: any) => entry.id.startsWith(`${ORIGIN}${URL_PATH}`));
    expect(atom.map((entry: any) => [entry.id, entry.title])).toEqual([[id, 'Retracted: The withdrawn piece']]);
    const json = readJson('feed.json', built.dist).items.filter((item: any) => item.id.startsWith(`${ORIGIN}${URL_PATH}`));
    expect(json.map((item: any) => [item.id, item.title, item.date_published])).toEqual([[id, 'Retracted: The withdrawn piece', '2025-08-19T23:00:00.000Z']]);

    const corrections = readPage('/corrections/', built.dist);
    const entry = corrections.querySelectorAll('main li').find((item) => item.querySelector(`a[href="${URL_PATH}#retraction"]`))!;
    expect(text(entry)).toContain('Retracted · 20 August 2025');
    expect(text(entry)).toContain(NOTICE);
    const feed = readXml('corrections/rss.xml', built.dist).rss.channel.item;
    expect(feed.map((item: any) => [item.link, item.title])).toContainEqual([id, 'Retraction: The withdrawn piece']);
  });

  it('says so in its structured data', () => {
    const ld = JSON.parse(readPage(URL_PATH, built.dist).querySelector('script[type="application/ld+json"]')!.textContent);
    expect(ld.creativeWorkStatus).toBe('Retracted');
    expect(ld.correction).toEqual([{ '@type': 'CorrectionComment', name: 'Retraction', text: NOTICE, datePublished: '2025-08-20T00:00:00+01:00', url: `${ORIGIN}${URL_PATH}#retraction` }]);
    expect(JSON.stringify(ld)).not.toContain('Withdrawn words');
  });
});
