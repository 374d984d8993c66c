import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Newsroom } from '../../src/model/newsroom.ts';
import { readLaunchContent } from '../helpers/content.ts';
import { assertBuilt, DIST, listFiles, readPage } from '../helpers/dist.ts';
import { readSearchIndex } from '../helpers/search-index.ts';

let published: Newsroom['articles'];
let content: Newsroom;
beforeAll(async () => {
  assertBuilt();
  content = await readLaunchContent();
  published = content.articles.filter((article) => !article.data.draft);
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('search index', () => {
  it('indexes the body of every article, the summary of every story, every person quoted or mentioned, every standing page, and nothing else', () => {
    const index = readSearchIndex(DIST);
    const people = content.people.map((person) => `/people/${person.id}/`);
    const pages = content.pages.map((page) => `/${page.id}/`);
    expect(pages).toContain('/corrections-policy/');
    expect(index.map((page) => page.url).sort()).toEqual([...published.map((article) => `/articles/${article.id}/`), '/stories/putin-trump-talks/', ...people, ...pages].sort());
    // A reader looking for how to report a mistake finds the policy, from its own bundle.
    const policy = index.find((page) => page.url === '/corrections-policy/')!;
    expect(policy.bundle).toBe('pages');
    expect(policy.content).not.toContain('Last updated');
    // A search for a person's name finds their page, with what they said.
    const zelenskyy = index.find((page) => page.url === '/people/volodymyr-zelenskyy/')!;
    expect([zelenskyy.bundle, zelenskyy.title]).toEqual(['people', 'Volodymyr Zelenskyy']);
    expect(zelenskyy.content).toContain('a real, long peace');
    const story = index.find((page) => page.url === '/stories/putin-trump-talks/')!;
    expect([story.bundle, story.title]).toEqual(['stories', 'Putin–Trump talks']);
    expect(story.content).toContain('What we do not know');
    const summit = index.find((page) => page.url === '/articles/why-putin-wants-a-summit/')!;
    expect(summit.title).toBe('Why Putin wants a summit with Trump');
    expect(summit.content).toContain('Kennebunkport');
    // Navigation, sources and related links are not article text.
    expect(summit.content).not.toContain('Share this article');
    expect(summit.content).not.toContain('Key dates');
  });

  it('holds for each article, story and standing page exactly what Pagefind finds in the part of its page marked for search', async () => {
    // The index is built from the content while the pages render; this is the check that it
    // says what the pages say: Pagefind run on the built article pages gives the same records.
    const scratch = mkdtempSync(path.join(tmpdir(), 'backstory-page-index-'));
    const { index } = await pagefind.createIndex({});
    try {
      const added = await index!.addDirectory({ path: DIST, glob: `{articles/*,stories/*,${content.pages.map((page) => page.id).join(',')}}/index.html` });
      expect(added.errors).toEqual([]);
      await index!.writeFiles({ outputPath: path.join(scratch, 'pages') });
    } finally {
      await index!.deleteIndex();
      await pagefind.close();
    }
    // Pagefind takes a page's first picture as its result's image; the index built from content has none yet
    // (the picture's URL is known only once the page renders). Everything a result says in words must match.
    const withoutImage = ({ meta, ...fragment }: Record<string, unknown>) => {
      const { image: _image, image_alt: _alt, ...rest } = (meta ?? {}) as Record<string, unknown>;
      return { ...fragment, meta: rest };
    };
    const fromPages = readSearchIndex(scratch, scratch).map(({ fragment }) => withoutImage(fragment));
    // Person pages are indexed from the register and their quotes (see people.test.ts), not from a marked part of a page.
    const built = readSearchIndex(DIST).filter(({ bundle }) => bundle !== 'people').map(({ fragment }) => withoutImage(fragment));
    const byUrl = (fragments: Record<string, unknown>[]) => new Map(fragments.map((fragment) => [fragment.url, fragment]));
    expect(fromPages.length).toBe(published.length + 1 + content.pages.length);
    expect(byUrl(built)).toEqual(byUrl(fromPages));
    rmSync(scratch, { recursive: true, force: true });
  });
});

describe('social cards', () => {
  it('gives every article a 1200×630 PNG card, named in its OpenGraph and Twitter meta and JSON-LD', () => {
    for (const article of published) {
      const file = path.join(DIST, 'og', `${article.id}.png`);
      expect(pngSize(file)).toEqual([1200, 630]);
      // A 4-bit palette PNG (bit depth 4, colour type 3) within the 15 KB budget.
      const png = readFileSync(file);
      expect([png[24], png[25]]).toEqual([4, 3]);
      expect(png.length).toBeLessThanOrEqual(15 * 1024);
      const page = readPage(`/articles/${article.id}/`);
      const url = `https://backstory.example/og/${article.id}.png`;
      expect(page.querySelector('meta[property="og:image"]')!.getAttribute('content')).toBe(url);
      // X falls back to og:image; a second copy would only add bytes.
      expect(page.querySelector('meta[name="twitter:image"]')).toBeNull();
      expect(page.querySelector('meta[name="twitter:image:alt"]')!.getAttribute('content')).toBe(page.querySelector('meta[property="og:image:alt"]')!.getAttribute('content'));
      expect(page.querySelector('meta[property="og:image:alt"]')!.getAttribute('content')).toMatch(new RegExp(`^(Analysis|Explainer|Report|Opinion): `));
      // The card comes last, after the lead picture where there is one.
      const images = JSON.parse(page.querySelector('script[type="application/ld+json"]')!.textContent).image as string[];
      expect(images.at(-1)).toBe(url);
      expect(images).toHaveLength(page.querySelector('figure.lead-figure') ? 2 : 1);
    }
    expect(listFiles().filter((file) => file.startsWith('og/'))).toHaveLength(published.length);
  });
});
