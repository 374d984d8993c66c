import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPage, text } from '../helpers/dist.ts';
import { article, buildFixture, type BuildResult } from '../helpers/fixture-site.ts';
import { startReader, type Reader } from '../helpers/reader.ts';
import { readJson, readXml } from '../helpers/xml.ts';

/**
 * The corrections feature, on a site of its own: the launch content has no
 * correction to show (see launch-site.test.ts), so this one is made to have
 * three, on two articles, beside an article never corrected and a draft
 * whose correction must appear nowhere.
 */
const ORIGIN = 'https://backstory.example';
const FIRST = 'The first version gave the year of the Helsinki summit as 2017; it was 2018.';
const SECOND = 'The first version attributed a paraphrase to the wrong analyst.';
const OTHER = 'The first version gave the share of Donetsk oblast that Russian forces hold as three quarters; the report says almost three quarters.';
const HIDDEN = 'A correction to a draft that nobody has read.';

const FILES = {
  'articles/first-story.md': article({
    title: '"The corrected piece"',
    publishedAt: '2025-08-11',
    updatedAt: '2025-08-16',
    corrections: `[{ date: 2025-08-13, text: "${FIRST}" }, { date: 2025-08-16, text: "${SECOND}" }]`,
  }),
  'articles/another.md': article({
    title: '"Another corrected piece"',
    publishedAt: '2025-08-12',
    updatedAt: '2025-08-14',
    corrections: `[{ date: 2025-08-14, text: "${OTHER}" }]`,
  }),
  'articles/uncorrected.md': article({ title: '"An uncorrected piece"', publishedAt: '2025-08-13' }),
  'articles/unpublished.md': article({ title: '"A draft"', draft: 'true', updatedAt: '2025-08-17', corrections: `[{ date: 2025-08-17, text: "${HIDDEN}" }]` }),
};

/** Every correction the site shows, newest first: the order of /corrections/ and its feed. */
const NEWEST_FIRST = [
  { path: '/articles/first-story/#correction-2', title: 'The corrected piece', date: '16 August 2025', text: SECOND },
  { path: '/articles/another/#correction-1', title: 'Another corrected piece', date: '14 August 2025', text: OTHER },
  { path: '/articles/first-story/#correction-1', title: 'The corrected piece', date: '13 August 2025', text: FIRST },
];

let built: BuildResult;
beforeAll(async () => {
  built = await buildFixture(FILES);
  expect(built.code, built.output).toBe(0);
});

describe('a corrected article', () => {
  it('shows its update date and each correction, dated, where the corrections page links', () => {
    const page = readPage('/articles/first-story/', built.dist);
    expect(text(page.querySelector('article header'))).toMatch(/Published\s+11 August 2025 · Updated\s+16 August 2025/);
    const notes = page.querySelectorAll('#corrections-heading + ul li');
    expect(notes.map(text)).toEqual([`13 August 2025: ${FIRST}`, `16 August 2025: ${SECOND}`]);
    expect(notes.map((note) => note.getAttribute('id'))).toEqual(['correction-1', 'correction-2']);
    expect(page.querySelector('section[aria-labelledby=corrections-heading] a[href="/corrections/"]')).not.toBeNull();
  });

  it('is dated by its update in the feeds, the sitemap and its structured data; an uncorrected one is not', () => {
    const atom = readXml('atom.xml', built.dist).feed.entry;
    const json = readJson('feed.json', built.dist).items;
    const entry = (id: string) => atom.find((item: any) => item.id === `${ORIGIN}/articles/${id}/`);
    const item = (id: string) => json.find((candidate: any) => candidate.id === `${ORIGIN}/articles/${id}/`);
    // 16 August in London is 23:00 on the 15th in UTC.
    expect([entry('first-story').published, entry('first-story').updated]).toEqual(['2025-08-10T23:00:00.000Z', '2025-08-15T23:00:00.000Z']);
    expect([item('first-story').date_published, item('first-story').date_modified]).toEqual(['2025-08-10T23:00:00.000Z', '2025-08-15T23:00:00.000Z']);
    expect(entry('uncorrected').updated).toBe(entry('uncorrected').published);
    const sitemaps = readXml('sitemap-index.xml', built.dist).sitemapindex.sitemap;
    // The index names the news sitemap too, which lists only the last 48 hours (here, nothing).
    const urls = [sitemaps].flat().flatMap((sitemap: any) => [readXml(new URL(sitemap.loc).pathname.slice(1), built.dist).urlset.url ?? []].flat());
    expect(urls.find((url: any) => url.loc === `${ORIGIN}/articles/first-story/`).lastmod).toBe('2025-08-15T23:00:00.000Z');

    const ld = JSON.parse(readPage('/articles/first-story/', built.dist).querySelector('script[type="application/ld+json"]')!.textContent);
    expect(ld.dateModified).toBe('2025-08-16T00:00:00+01:00');
    expect(ld.correction).toEqual([
      { '@type': 'CorrectionComment', text: FIRST, datePublished: '2025-08-13T00:00:00+01:00' },
      { '@type': 'CorrectionComment', text: SECOND, datePublished: '2025-08-16T00:00:00+01:00' },
    ]);
    expect(readPage('/articles/uncorrected/', built.dist).querySelector('#corrections-heading')).toBeNull();
    expect(text(readPage('/articles/uncorrected/', built.dist).querySelector('article header'))).not.toContain('Updated');
  });
});

describe('/corrections/ and its feed', () => {
  it('list every published correction, newest first, each linked to its note on the article', () => {
    const page = readPage('/corrections/', built.dist);
    const entries = page.querySelectorAll('main ol li');
    expect(entries.map((entry) => entry.querySelector('h2 a')!.getAttribute('href'))).toEqual(NEWEST_FIRST.map((correction) => correction.path));
    entries.forEach((entry, index) => {
      const expected = NEWEST_FIRST[index]!;
      expect(text(entry.querySelector('h2'))).toBe(expected.title);
      expect(text(entry)).toContain(expected.date);
      expect(text(entry)).toContain(expected.text);
    });
    expect(text(page.querySelector('main'))).not.toContain('No corrections so far.');
    expect(page.toString()).not.toContain(HIDDEN);
    // Each link leads to a note that exists.
    for (const { path } of NEWEST_FIRST) {
      const [target, anchor] = path.split('#');
      expect(readPage(target!, built.dist).getElementById(anchor!), path).not.toBeNull();
    }
  });

  it('give each correction an RSS item whose permanent guid is its note on the article', () => {
    const channel = readXml('corrections/rss.xml', built.dist).rss.channel;
    expect(channel['atom:link']).toMatchObject({ '@href': `${ORIGIN}/corrections/rss.xml`, '@rel': 'self' });
    expect(channel.link).toBe(`${ORIGIN}/corrections/`);
    // The feed is as new as its newest correction: 16 August in London.
    expect(new Date(channel.lastBuildDate).toISOString()).toBe('2025-08-15T23:00:00.000Z');
    expect(channel.item.map((item: any) => [item.link, item.guid, item.title, item.description])).toEqual(
      NEWEST_FIRST.map((correction) => [`${ORIGIN}${correction.path}`, { '#text': `${ORIGIN}${correction.path}`, '@isPermaLink': 'true' }, `Correction: ${correction.title}`, correction.text]),
    );
    expect(JSON.stringify(channel)).not.toContain(HIDDEN);
  });
});

describe('corrections in a browser', () => {
  let reader: Reader;
  beforeAll(async () => {
    reader = await startReader(built.dist);
  });
  afterAll(() => reader?.close());

  for (const scheme of ['light', 'dark'] as const) {
    it(`have no axe violations on a corrected article and the corrections page in the ${scheme} theme`, async () => {
      for (const pagePath of ['/articles/first-story/', '/corrections/']) {
        const page = await reader.open(pagePath, { scheme });
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
        expect(results.violations.map((violation) => `${pagePath}: ${violation.id}: ${violation.help}`)).toEqual([]);
      }
      expect(reader.problems).toEqual([]);
    });
  }
});
