import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { listFiles, readPage, text } from '../helpers/dist.ts';
import { article, buildFixture, rebuildFixture, type BuildResult, type FixtureFiles } from '../helpers/fixture-site.ts';
import { graphic, photo } from '../helpers/pictures.ts';
import { readXml } from '../helpers/xml.ts';

const ORIGIN = 'https://backstory.example';
const LEAD = '{ src: ../images/lead.jpg, alt: "Delegations at a long table", caption: "The talks\' opening session.", credit: "Photo: Jane Doe / Agency" }';

/**
 * A newsroom with a photograph as one article's lead picture, a small map in
 * its body (narrower than every configured width), another photograph in a
 * second article's body, and a third article with no picture at all.
 */
async function site(): Promise<FixtureFiles> {
  return {
    'images/lead.jpg': await photo(1600, 900, 1),
    'images/map.png': await graphic(640, 360),
    'images/other.jpg': await photo(1200, 800, 2),
    'articles/first-story.md': article({ image: LEAD }, 'Intro.\n\n![A map of the front line](../images/map.png "Where the line ran in August.") :credit[Map: Backstory]\n\nMore text.\n'),
    'articles/second.md': article({ title: '"Second"', publishedAt: '2025-08-11' }, 'Intro.\n\n![A crowd in a square](../images/other.jpg "Protesters in the capital.") :credit[Photo: John Roe / Agency]\n'),
    'articles/third.md': article({ title: '"Third"', publishedAt: '2025-08-10' }, 'No pictures here.\n'),
  };
}

/**
 * Every candidate URL a `<picture>` offers: its sources' srcsets, then the
 * image's src (the fallback, one file, which has no srcset), described as
 * `fallback` says: its width (`1200w`) or density (`2x`).
 */
function candidates(picture: HTMLElement, fallback: string): { url: string; descriptor: string; type: string }[] {
  const img = picture.querySelector('img')!;
  expect(img.hasAttribute('srcset')).toBe(false);
  const fallbackType = /\.png$/.test(img.getAttribute('src')!) ? 'image/png' : 'image/jpeg';
  const offered = picture.querySelectorAll('source').flatMap((source) =>
    source
      .getAttribute('srcset')!
      .split(',')
      .map((candidate) => {
        const [url, descriptor] = candidate.trim().split(/\s+/);
        return { url: url!, descriptor: descriptor!, type: source.getAttribute('type')! };
      }),
  );
  return [...offered, { url: img.getAttribute('src')!, descriptor: fallback, type: fallbackType }];
}

const FORMAT_TYPES: Record<string, string> = { heif: 'image/avif', avif: 'image/avif', webp: 'image/webp', jpeg: 'image/jpeg', png: 'image/png' };

/** The URL's file in dist/ decodes as the type it is offered as, at the width its descriptor claims. */
async function expectServed(dist: string, { url, descriptor, type }: { url: string; descriptor: string; type: string }, widthOf1x?: number): Promise<void> {
  const file = path.join(dist, new URL(url, ORIGIN).pathname);
  const meta = await sharp(readFileSync(file)).metadata();
  expect(FORMAT_TYPES[meta.format], url).toBe(type);
  const width = descriptor.endsWith('w') ? Number(descriptor.slice(0, -1)) : widthOf1x! * Number(descriptor.slice(0, -1));
  expect(meta.width, url).toBe(width);
}

const imageFiles = (dist: string) => listFiles(dist).filter((file) => /^_pictures\/.*\.(avif|webp|jpg|png)$/.test(file));
/** How many files the picture step made, from its report: every other file came from its cache. */
const filesMade = (output: string) => Number(/\d+ pictures: (\d+) files made/.exec(output)![1]);

describe('pictures', () => {
  let built: BuildResult;
  beforeAll(async () => {
    built = await buildFixture(await site());
    expect(built.code, built.output).toBe(0);
  });

  it('shows the lead picture under the headline, from AVIF sources with a JPEG fallback, its size and its credit', async () => {
    const page = readPage('/articles/first-story/', built.dist);
    const figure = page.querySelector('article header h1 ~ figure.lead-figure')!;
    expect(figure).not.toBeNull();
    const picture = figure.querySelector('picture')!;
    expect(picture.querySelectorAll('source').map((source) => source.getAttribute('type'))).toEqual(['image/avif']);
    const img = picture.querySelector('img')!;
    expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(['1200', '675']);
    expect(img.getAttribute('alt')).toBe('Delegations at a long table');
    expect(img.getAttribute('fetchpriority')).toBe('high');
    expect(img.getAttribute('loading')).toBe('eager');
    const offered = candidates(picture, '1200w');
    // Every browser in support reads AVIF: the JPEG is for the rest, and for feeds, at one size.
    expect(offered.map((candidate) => `${candidate.type} ${candidate.descriptor}`)).toEqual(['image/avif 400w', 'image/avif 800w', 'image/avif 1200w', 'image/jpeg 1200w']);
    for (const candidate of offered) await expectServed(built.dist, candidate);
    expect(text(figure.querySelector('figcaption'))).toBe('The talks’ opening session. Photo: Jane Doe / Agency');
    expect(text(figure.querySelector('figcaption small'))).toBe('Photo: Jane Doe / Agency');
  });

  it('turns a body picture into a captioned figure that loads lazily and is never offered wider than its source', async () => {
    const page = readPage('/articles/first-story/', built.dist);
    const figure = page.querySelector('.prose-body figure')!;
    const img = figure.querySelector('picture img')!;
    expect(img.getAttribute('loading')).toBe('lazy');
    expect(img.hasAttribute('fetchpriority')).toBe(false);
    expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(['400', '225']);
    const offered = candidates(figure.querySelector('picture')!, '400w');
    expect(offered.map((candidate) => `${candidate.type} ${candidate.descriptor}`)).toEqual(['image/avif 400w', 'image/png 400w']);
    for (const candidate of offered) await expectServed(built.dist, candidate);
    expect(text(figure.querySelector('figcaption'))).toBe('Where the line ran in August. Map: Backstory');
    for (const file of listFiles(built.dist).filter((name) => name.endsWith('.html'))) {
      expect(readFileSync(path.join(built.dist, file), 'utf8'), file).not.toContain('__ASTRO_IMAGE_');
    }
  });

  it('shows the lead picture as a cropped thumbnail on cards in listings, and no thumbnail where there is none', async () => {
    for (const listing of ['/', '/tags/russia/', '/authors/foreign-desk/']) {
      const page = readPage(listing, built.dist);
      const card = page.querySelectorAll('article').find((element) => element.querySelector('a[href="/articles/first-story/"]'))!;
      const thumbnail = card.querySelector('img.card-thumbnail')!;
      expect(thumbnail, listing).not.toBeNull();
      expect([thumbnail.getAttribute('width'), thumbnail.getAttribute('height'), thumbnail.getAttribute('alt'), thumbnail.getAttribute('loading')]).toEqual(['128', '96', '', 'lazy']);
      const offered = candidates(thumbnail.parentNode as HTMLElement, '2x');
      expect(offered.map((candidate) => candidate.descriptor)).toEqual(['1x', '2x', '2x']);
      for (const candidate of offered) {
        await expectServed(built.dist, candidate, 128);
        const { height } = await sharp(path.join(built.dist, candidate.url)).metadata();
        expect(height).toBe(candidate.descriptor === '1x' ? 96 : 192);
      }
      const third = page.querySelectorAll('article').find((element) => element.querySelector('a[href="/articles/third/"]'))!;
      expect(third.querySelector('img'), listing).toBeNull();
    }
  });

  it('carries the lead picture in RSS (media:content), JSON Feed and JSON-LD, and body pictures in feeds, all with absolute URLs', async () => {
    const rss = readXml('rss.xml', built.dist) as { rss: { channel: { item: Record<string, unknown>[] } } };
    const item = rss.rss.channel.item.find((entry) => entry.link === `${ORIGIN}/articles/first-story/`)!;
    const media = item['media:content'] as Record<string, unknown>;
    expect(media).toMatchObject({ '@type': 'image/jpeg', '@medium': 'image', '@width': '1200', '@height': '675', 'media:credit': 'Photo: Jane Doe / Agency' });
    const leadUrl = String(media['@url']);
    expect(leadUrl).toMatch(new RegExp(`^${ORIGIN}/_pictures/lead\\.[^/]+\\.jpg$`));
    await expectServed(built.dist, { url: leadUrl, descriptor: '1200w', type: 'image/jpeg' });
    expect(rss.rss.channel.item.find((entry) => entry.link === `${ORIGIN}/articles/third/`)!['media:content']).toBeUndefined();

    const json = JSON.parse(readFileSync(path.join(built.dist, 'feed.json'), 'utf8')) as { items: { url: string; image?: string; content_html: string }[] };
    expect(json.items.find((entry) => entry.url === `${ORIGIN}/articles/first-story/`)!.image).toBe(leadUrl);
    expect(json.items.find((entry) => entry.url === `${ORIGIN}/articles/third/`)!.image).toBeUndefined();
    const body = json.items.find((entry) => entry.url === `${ORIGIN}/articles/second/`)!.content_html;
    const urls = [...body.matchAll(/(?:src|srcset)="([^"]+)"/g)].flatMap((match) => match[1]!.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!));
    expect(urls.length).toBeGreaterThan(3);
    for (const url of urls) expect(url).toMatch(new RegExp(`^${ORIGIN}/_pictures/other\\.`));

    const ld = JSON.parse(readPage('/articles/first-story/', built.dist).querySelector('script[type="application/ld+json"]')!.textContent) as { image: string[] };
    expect(ld.image).toEqual([leadUrl, `${ORIGIN}/og/first-story.png`]);
  });

  it('processes no picture again when an article changes, and carries a changed picture or caption to every page and feed that shows it', async () => {
    const files = await site();
    const contents = (dist: string) => new Map(imageFiles(dist).map((file) => [file, createHash('sha256').update(readFileSync(path.join(dist, file))).digest('hex')]));
    const before = contents(built.dist);
    expect(before.size).toBeGreaterThan(10);

    const edited = await rebuildFixture(built, { 'articles/third.md': article({ title: '"Third"', publishedAt: '2025-08-10' }, 'Still no pictures, but new words.\n') });
    expect(edited.code, edited.output).toBe(0);
    expect(filesMade(edited.output)).toBe(0);
    // Every picture a page shows is still there, the very same bytes: taken from the picture cache, not encoded again.
    expect(contents(edited.dist)).toEqual(before);

    const swapped = await rebuildFixture(edited, { 'images/lead.jpg': await photo(1600, 900, 3) });
    expect(swapped.code, swapped.output).toBe(0);
    const oldLead = [...before.keys()].filter((file) => file.startsWith('_pictures/lead.'));
    const newLead = imageFiles(swapped.dist).filter((file) => file.startsWith('_pictures/lead.'));
    expect(newLead.filter((file) => oldLead.includes(file))).toEqual([]);
    // Only the swapped picture's files were made; every other file is the one the last build published.
    expect(filesMade(swapped.output)).toBe(newLead.length);
    const others = (files: Map<string, string>) => new Map([...files].filter(([file]) => !file.startsWith('_pictures/lead.')));
    expect(others(contents(swapped.dist))).toEqual(others(before));
    const leadSrc = readPage('/articles/first-story/', swapped.dist).querySelector('figure.lead-figure img')!.getAttribute('src')!;
    expect(newLead).toContain(leadSrc.slice(1));
    expect(readPage('/', swapped.dist).querySelector('img.card-thumbnail')!.getAttribute('src')!.slice(1)).toMatch(/^_pictures\/lead\./);
    expect(newLead).toContain(readPage('/', swapped.dist).querySelector('img.card-thumbnail')!.getAttribute('src')!.slice(1));
    expect(readFileSync(path.join(swapped.dist, 'rss.xml'), 'utf8')).toContain(`${ORIGIN}${leadSrc}`);

    const recaptioned = await rebuildFixture(swapped, { 'articles/first-story.md': String(files['articles/first-story.md']).replace("The talks' opening session.", 'The opening session, on Friday.') });
    expect(recaptioned.code, recaptioned.output).toBe(0);
    expect(filesMade(recaptioned.output)).toBe(0);
    expect(text(readPage('/articles/first-story/', recaptioned.dist).querySelector('figure.lead-figure figcaption'))).toBe('The opening session, on Friday. Photo: Jane Doe / Agency');
  });

  it('keeps its pictures when another site was built from this checkout in between and nothing of its own changed', async () => {
    // Every build from this checkout shares the project's `.astro/` (where Astro once kept its map of content pictures).
    const other = await buildFixture({});
    expect(other.code, other.output).toBe(0);
    const again = await rebuildFixture(built, {});
    expect(again.code, again.output).toBe(0);
    expect(readPage('/articles/first-story/', again.dist).querySelector('figure.lead-figure picture source[type="image/avif"]')).not.toBeNull();
    expect(readPage('/', again.dist).querySelector('img.card-thumbnail')).not.toBeNull();
  });

  it("takes a piece's pictures out of dist/ when it is made a draft, and publishes no draft's picture", async () => {
    const files = await site();
    const drafted = await rebuildFixture(built, { 'articles/first-story.md': String(files['articles/first-story.md']).replace('kind: analysis', 'kind: analysis\ndraft: true') });
    expect(drafted.code, drafted.output).toBe(0);
    const left = imageFiles(drafted.dist);
    expect(left.filter((file) => /^_pictures\/(lead|map)\./.test(file))).toEqual([]);
    // The other article's picture is still there.
    expect(left.filter((file) => file.startsWith('_pictures/other.')).length).toBeGreaterThan(0);
  });
});
