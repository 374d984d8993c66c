import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { article, buildFixture, type BuildResult } from '../helpers/fixture-site.ts';
import { startReader, type Reader } from '../helpers/reader.ts';

/**
 * The search index is split by year and merged in the browser: a reader on
 * /search/ finds articles of every year, from the newest year's bundle and
 * from the older ones it merges. It lives with the build tests, which never
 * build two sites at once, and reads the result in Chromium.
 */
const SITE: Record<string, string | null> = {
  'articles/first-story.md': null,
  'articles/older.md': article({ title: '"An older analysis"', publishedAt: '2023-04-02' }, 'The quinquennial review of grain corridors.\n'),
  'articles/middle.md': article({ title: '"A middle analysis"', publishedAt: '2024-06-10' }, 'Shared word: armistice. Also the sesquicentennial treaty.\n'),
  'articles/newer.md': article({ title: '"A newer analysis"', publishedAt: '2025-08-10' }, 'Shared word: armistice. Also the zeitgeist of the summit.\n'),
};

let build: BuildResult;
let reader: Reader;
beforeAll(async () => {
  build = await buildFixture(SITE);
  expect(build.code, build.output).toBe(0);
  reader = await startReader(build.dist);
}, 300_000);
afterAll(() => reader?.close());

async function search(query: string): Promise<string[]> {
  const page = await reader.open(`/search/?q=${encodeURIComponent(query)}`);
  const results = page.locator('.pagefind-ui__result-link');
  await results.first().waitFor({ timeout: 15_000 });
  // Pagefind fills results in as each merged index answers: wait until the count settles.
  await page.waitForFunction(() => document.querySelector('.pagefind-ui__message')?.textContent?.match(/\d+ result/));
  return results.allTextContents();
}

describe('search across years', () => {
  it('serves one bundle per year and finds an article in each', async () => {
    expect(await search('quinquennial')).toEqual(['An older analysis']);
    expect(await search('sesquicentennial')).toEqual(['A middle analysis']);
    expect(await search('zeitgeist')).toEqual(['A newer analysis']);
  });

  it('merges results from several years into one list, exact matches first', async () => {
    // Pagefind may add looser matches after the exact ones; the two exact ones come from two years' bundles.
    expect((await search('armistice')).slice(0, 2).sort()).toEqual(['A middle analysis', 'A newer analysis']);
    expect(reader.problems).toEqual([]);
  });
});
