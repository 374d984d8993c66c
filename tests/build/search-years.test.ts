import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { article, buildFixture, page, rebuildFixture, STANDING_PAGES, type BuildResult } from '../helpers/fixture-site.ts';
import { readPage } from '../helpers/dist.ts';
import { startReader, type Reader } from '../helpers/reader.ts';
import { readSearchIndex } from '../helpers/search-index.ts';

/**
 * The search index is split by year, a year of more articles than a bundle
 * holds into runs of months, and merged in the browser: a reader on /search/
 * finds articles of every bundle, from the newest bundle and from the older
 * ones it merges. It lives with the build tests, which never build two sites
 * at once, and reads the result in Chromium.
 */
const SITE: Record<string, string | null> = {
  'articles/first-story.md': null,
  'articles/older.md': article({ title: '"An older analysis"', publishedAt: '2023-04-02' }, 'The quinquennial review of grain corridors.\n'),
  // 2024 has three listed articles, one more than a bundle holds here: the run from February takes two, and October opens
  // the next. The draft and the retracted piece count for neither the index nor the search page: counted, they would move
  // the boundaries, and the page would name bundles that do not exist.
  'articles/draft.md': article({ title: '"A draft"', publishedAt: '2024-03-10', draft: 'true' }),
  'articles/retracted.md': article({ title: '"A retracted piece"', publishedAt: '2024-04-10', updatedAt: '2024-04-12', retraction: '{ date: 2024-04-12, text: "We withdrew this piece." }' }),
  'articles/winter.md': article({ title: '"A winter analysis"', publishedAt: '2024-02-10' }, 'The bicameral vote on the budget.\n'),
  'articles/middle.md': article({ title: '"A middle analysis"', publishedAt: '2024-06-10' }, 'Shared word: armistice. Also the sesquicentennial treaty.\n'),
  'articles/autumn.md': article({ title: '"An autumn analysis"', publishedAt: '2024-10-10' }, 'The plenipotentiary arrives in Geneva.\n'),
  'articles/newer.md': article({ title: '"A newer analysis"', publishedAt: '2025-08-10' }, 'Shared word: armistice. Also the zeitgeist of the summit.\n'),
};

let build: BuildResult;
let reader: Reader;
beforeAll(async () => {
  build = await buildFixture(SITE, { BACKSTORY_SEARCH_GROUP_SIZE: '2' });
  expect(build.code, build.output).toBe(0);
  reader = await startReader(build.dist);
}, 300_000);
afterAll(() => reader?.close());

async function search(query: string, on: Reader = reader): Promise<string[]> {
  const page = await on.open(`/search/?q=${encodeURIComponent(query)}`);
  const results = page.locator('.pagefind-ui__result-link');
  await results.first().waitFor({ timeout: 15_000 });
  // Pagefind fills results in as each merged index answers: wait until the count settles.
  await page.waitForFunction(() => document.querySelector('.pagefind-ui__message')?.textContent?.match(/\d+ result/));
  return results.allTextContents();
}

describe('search across years', () => {
  it('serves one bundle per year, or per run of months in a year too large for one, and finds an article in each', async () => {
    const bundles = JSON.parse(readPage('/search/', build.dist).querySelector('[data-bundles]')!.getAttribute('data-bundles')!);
    expect(bundles).toEqual(['/pagefind/2025/', '/pagefind/2024-10/', '/pagefind/2024-02/', '/pagefind/2023/', '/pagefind/pages/']);
    expect(readdirSync(path.join(build.dist, 'pagefind')).sort()).toEqual(['2023', '2024-02', '2024-10', '2025', 'pages']);
    // Every bundle can become the newest, whose UI and WebAssembly run them all; none ships what no reader loads.
    for (const bundle of ['2023', '2024-02', '2024-10', '2025', 'pages']) {
      const files = readdirSync(path.join(build.dist, 'pagefind', bundle)).map((name) => name.replace(/^pagefind\.en_\w+\.pf_meta$/, 'pagefind.en_<hash>.pf_meta'));
      expect(files.sort(), bundle).toEqual(['fragment', 'index', 'pagefind-entry.json', 'pagefind-ui.css', 'pagefind-ui.js', 'pagefind-worker.js', 'pagefind.en_<hash>.pf_meta', 'pagefind.js', 'wasm.en.pagefind']);
    }
    expect(readSearchIndex(build.dist).filter((record) => record.bundle !== 'pages').map((record) => `${record.bundle} ${record.url}`).sort()).toEqual([
      '2023 /articles/older/',
      '2024-02 /articles/middle/',
      '2024-02 /articles/winter/',
      '2024-10 /articles/autumn/',
      '2025 /articles/newer/',
    ]);
    expect(await search('quinquennial')).toEqual(['An older analysis']);
    expect(await search('bicameral')).toEqual(['A winter analysis']);
    expect(await search('sesquicentennial')).toEqual(['A middle analysis']);
    expect(await search('plenipotentiary')).toEqual(['An autumn analysis']);
    expect(await search('zeitgeist')).toEqual(['A newer analysis']);
  });

  it('merges results from several years into one list, exact matches first', async () => {
    // Pagefind may add looser matches after the exact ones; the two exact ones come from two years' bundles.
    expect((await search('armistice')).slice(0, 2).sort()).toEqual(['A middle analysis', 'A newer analysis']);
    expect(reader.problems).toEqual([]);
  });

  it('indexes again only the run of months whose article changed', async () => {
    const untouched = statSync(path.join(build.dist, 'pagefind/2024-10/pagefind-entry.json')).mtimeMs;
    const edited = await rebuildFixture(
      build,
      { 'articles/winter.md': article({ title: '"A winter analysis"', publishedAt: '2024-02-10' }, 'The bicameral vote on the supplementary budget.\n') },
      { BACKSTORY_SEARCH_GROUP_SIZE: '2' },
    );
    expect(edited.code, edited.output).toBe(0);
    expect(edited.output).toContain('Indexed 2 pages for search (run 2024-02 of 5 indexed again).');
    expect(statSync(path.join(build.dist, 'pagefind/2024-10/pagefind-entry.json')).mtimeMs).toBe(untouched);
    expect(readSearchIndex(edited.dist).find((record) => record.url === '/articles/winter/')).toMatchObject({ bundle: '2024-02', content: expect.stringContaining('supplementary budget') });
  });

  it('indexes again only the standing pages when one of them changes, and finds the change from the search page', async () => {
    const untouched = statSync(path.join(build.dist, 'pagefind/2024-10/pagefind-entry.json')).mtimeMs;
    const edited = await rebuildFixture(build, { 'pages/contact.md': page({ title: '"Contact"' }, 'Write to our ombudsman about any article.\n') }, { BACKSTORY_SEARCH_GROUP_SIZE: '2' });
    expect(edited.code, edited.output).toBe(0);
    expect(edited.output).toContain(`Indexed ${Object.keys(STANDING_PAGES).length} pages for search (the standing pages of 5 indexed again).`);
    expect(statSync(path.join(build.dist, 'pagefind/2024-10/pagefind-entry.json')).mtimeMs).toBe(untouched);
    // The reader's server lists dist/ when it starts (sirv): a fresh one serves the bundle's new files.
    const after = await startReader(build.dist);
    try {
      expect(await search('ombudsman', after)).toEqual(['Contact']);
      expect(after.problems).toEqual([]);
    } finally {
      await after.close();
    }
  });

  it('puts a year back in one bundle when the bundles grow, and removes its runs', async () => {
    const untouched = statSync(path.join(build.dist, 'pagefind/2023/pagefind-entry.json')).mtimeMs;
    const regrouped = await rebuildFixture(build, {});
    expect(regrouped.code, regrouped.output).toBe(0);
    expect(regrouped.output).toContain('Indexed 3 pages for search (year 2024 of 4 indexed again).');
    const bundles = JSON.parse(readPage('/search/', regrouped.dist).querySelector('[data-bundles]')!.getAttribute('data-bundles')!);
    expect(bundles).toEqual(['/pagefind/2025/', '/pagefind/2024/', '/pagefind/2023/', '/pagefind/pages/']);
    expect(readdirSync(path.join(regrouped.dist, 'pagefind')).sort()).toEqual(['2023', '2024', '2025', 'pages']);
    expect(statSync(path.join(regrouped.dist, 'pagefind/2023/pagefind-entry.json')).mtimeMs).toBe(untouched);
  });

  it('searches from an older bundle when the newest year loses its last article', async () => {
    const pulled = await rebuildFixture(build, { 'articles/newer.md': article({ title: '"A newer analysis"', publishedAt: '2025-08-10', draft: 'true' }, 'Shared word: armistice. Also the zeitgeist of the summit.\n') });
    expect(pulled.code, pulled.output).toBe(0);
    const bundles = JSON.parse(readPage('/search/', pulled.dist).querySelector('[data-bundles]')!.getAttribute('data-bundles')!);
    // 2024's bundle was written as one the newest merged: it runs the search now.
    expect(bundles).toEqual(['/pagefind/2024/', '/pagefind/2023/', '/pagefind/pages/']);
    const after = await startReader(pulled.dist);
    try {
      expect(await search('plenipotentiary', after)).toEqual(['An autumn analysis']);
      expect(await search('quinquennial', after)).toEqual(['An older analysis']);
      expect(after.problems).toEqual([]);
    } finally {
      await after.close();
    }
  });
});
