import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { article, buildFixture, rebuildFixture, type BuildResult } from '../helpers/fixture-site.ts';
import { readXml } from '../helpers/xml.ts';

const ORIGIN = 'https://backstory.example';
const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';
// 23:30 UTC on 15 August is 00:30 on the 16th in London (summer time, +01:00).
const CLOCK = '2025-08-15T23:30:00Z';

/** Around the clock's 48-hour window, each date written as an editor would: with an offset, or a day in the newsroom. */
const SITE = {
  'articles/first-story.md': null,
  'articles/two-hours-old.md': article({ title: '"Two hours old"', publishedAt: '2025-08-15T22:00:00+01:00' }),
  // 47 h 59 min before the clock, written in Central European summer time.
  'articles/edge-in.md': article({ title: '"Edge & in"', publishedAt: '2025-08-14T01:31:00+02:00' }),
  // 48 h 01 min before the clock, written in New York summer time.
  'articles/edge-out.md': article({ title: '"Edge out"', publishedAt: '2025-08-13T19:29:00-04:00' }),
  // Midnight in London: 24 h 30 min before the clock.
  'articles/yesterday-in-london.md': article({ title: '"Yesterday in London"', publishedAt: '2025-08-15' }),
  // Midnight in London is 23:00 UTC the day before: 48 h 30 min before the clock (read as UTC, it would be 47 h 30 min).
  'articles/two-days-ago-in-london.md': article({ title: '"Two days ago in London"', publishedAt: '2025-08-14' }),
  // One minute after the clock.
  'articles/scheduled.md': article({ title: '"Scheduled piece"', publishedAt: '2025-08-16T00:31:00+01:00' }),
  'articles/draft.md': article({ title: '"Draft piece"', publishedAt: '2025-08-15', draft: 'true' }),
  'articles/retracted.md': article({
    title: '"Retracted piece"',
    publishedAt: '2025-08-15T08:00:00+01:00',
    updatedAt: '2025-08-15T20:00:00+01:00',
    retraction: '{ date: 2025-08-15, text: "We withdrew this piece." }',
  }),
};

const orderedParser = new XMLParser({ preserveOrder: true, ignoreAttributes: false });
const W3C_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;
/** A node as fast-xml-parser's preserveOrder gives it: `{ name: children, ':@': attributes }`. */
type Ordered = Record<string, any>;
const childNames = (nodes: Ordered[]) => nodes.map((node) => Object.keys(node).find((key) => key !== ':@')!);
const childOf = (nodes: Ordered[], name: string) => nodes.find((node) => name in node)?.[name] as Ordered[] | undefined;
const textOf = (nodes: Ordered[] | undefined) => String(nodes?.[0]?.['#text'] ?? '');

/** What the file lacks of Google's news sitemap schema: its namespaces, and each url's elements, in the schema's order. */
function schemaProblems(xml: string): string[] {
  const problems: string[] = [];
  const document = orderedParser.parse(xml) as Ordered[];
  const urlset = document.find((node) => 'urlset' in node);
  if (!urlset) return ['no urlset'];
  if (urlset[':@']?.['@_xmlns'] !== SITEMAP_NS) problems.push('urlset is not in the sitemap namespace');
  if (urlset[':@']?.['@_xmlns:news'] !== NEWS_NS) problems.push('news: is not the Google News namespace');
  for (const [index, url] of (urlset.urlset as Ordered[]).entries()) {
    const where = `url ${index + 1}`;
    const children = url.url as Ordered[];
    if (childNames(children).join() !== 'loc,news:news') problems.push(`${where}: children ${childNames(children).join()}`);
    if (!URL.canParse(textOf(childOf(children, 'loc')))) problems.push(`${where}: loc is not an absolute URL`);
    const news = childOf(children, 'news:news') ?? [];
    if (childNames(news).join() !== 'news:publication,news:publication_date,news:title') problems.push(`${where}: news:news holds ${childNames(news).join()}`);
    const publication = childOf(news, 'news:publication') ?? [];
    if (childNames(publication).join() !== 'news:name,news:language') problems.push(`${where}: news:publication holds ${childNames(publication).join()}`);
    if (!textOf(childOf(publication, 'news:name'))) problems.push(`${where}: empty news:name`);
    if (!/^([a-z]{2,3}|zh-cn|zh-tw)$/.test(textOf(childOf(publication, 'news:language')))) problems.push(`${where}: news:language is not an ISO 639 code`);
    if (!W3C_DATE.test(textOf(childOf(news, 'news:publication_date')))) problems.push(`${where}: news:publication_date is not a W3C date`);
    if (!textOf(childOf(news, 'news:title'))) problems.push(`${where}: empty news:title`);
  }
  return problems;
}

const entries = (dist: string) =>
  ((readXml('news-sitemap.xml', dist).urlset.url ?? []) as any[]).map((url) => [
    url.loc,
    url['news:news']['news:publication']['news:name'],
    url['news:news']['news:publication']['news:language'],
    url['news:news']['news:publication_date'],
    url['news:news']['news:title'],
  ]);

describe('the Google News sitemap', () => {
  let build: BuildResult;
  beforeAll(async () => {
    // The build machine's own zone must not matter.
    build = await buildFixture(SITE, { BACKSTORY_NOW: CLOCK, TZ: 'America/Los_Angeles' });
    expect(build.code, build.output).toBe(0);
  });

  it('lists the articles of the 48 hours before the build clock, newest first, dated in the newsroom', () => {
    expect(entries(build.dist)).toEqual([
      [`${ORIGIN}/articles/two-hours-old/`, 'Backstory', 'en', '2025-08-15T22:00:00+01:00', 'Two hours old'],
      [`${ORIGIN}/articles/yesterday-in-london/`, 'Backstory', 'en', '2025-08-15T00:00:00+01:00', 'Yesterday in London'],
      [`${ORIGIN}/articles/edge-in/`, 'Backstory', 'en', '2025-08-14T00:31:00+01:00', 'Edge & in'],
    ]);
  });

  it('never names a draft, a scheduled or a retracted piece', () => {
    const xml = readFileSync(path.join(build.dist, 'news-sitemap.xml'), 'utf8');
    for (const slug of ['draft', 'scheduled', 'retracted']) expect(xml).not.toContain(`/articles/${slug}/`);
  });

  it('has every element Google\'s news sitemap schema requires, in its order', () => {
    expect(schemaProblems(readFileSync(path.join(build.dist, 'news-sitemap.xml'), 'utf8'))).toEqual([]);
  });

  it('is named in robots.txt and in the sitemap index', () => {
    expect(readFileSync(path.join(build.dist, 'robots.txt'), 'utf8')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${ORIGIN}/sitemap-index.xml\nSitemap: ${ORIGIN}/news-sitemap.xml\n`);
    expect(readXml('sitemap-index.xml', build.dist).sitemapindex.sitemap.map((entry: any) => entry.loc)).toContain(`${ORIGIN}/news-sitemap.xml`);
  });

  it('moves with the clock at the next build, with nothing else changed', async () => {
    // 22:00 UTC on the 16th: the window starts at 22:00 UTC on the 14th.
    const later = await rebuildFixture(build, {}, { BACKSTORY_NOW: '2025-08-16T22:00:00Z' });
    expect(later.code, later.output).toBe(0);
    expect(entries(later.dist).map(([loc]) => loc)).toEqual([`${ORIGIN}/articles/scheduled/`, `${ORIGIN}/articles/two-hours-old/`, `${ORIGIN}/articles/yesterday-in-london/`]);
    expect(schemaProblems(readFileSync(path.join(later.dist, 'news-sitemap.xml'), 'utf8'))).toEqual([]);
  });
});
