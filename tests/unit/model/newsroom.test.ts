import { readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyFactsOf } from '../../../src/model/body-facts.ts';
import { EntryCache } from '../../../src/model/entry-cache.ts';
import { readNewsroom } from '../../../src/model/newsroom.ts';
import { formatProblem } from '../../../src/model/problem.ts';
import { article, REPO, writeContent, type FixtureFiles } from '../../helpers/fixture-site.ts';
import { INVALID_CASES } from '../../helpers/invalid-content.ts';

async function read(files: FixtureFiles) {
  const root = await writeContent(files);
  const contentRoot = `${root}/content`;
  const result = await readNewsroom({ contentRoot, cwd: REPO });
  return { ...result, contentRoot };
}

describe('readNewsroom', () => {
  it('reads a valid newsroom with defaults applied and references intact', async () => {
    const { newsroom, problems } = await read({ 'articles/second.md': article({ featured: 'true', events: '[helsinki-summit]' }) });
    expect(problems).toEqual([]);
    expect(newsroom.articles.map((entry) => entry.id)).toEqual(['first-story', 'second']);
    const second = newsroom.articles[1]!.data;
    expect(second).toMatchObject({ featured: true, draft: false, events: ['helsinki-summit'], sources: [], corrections: [] });
    expect(second.publishedAt.toISOString()).toBe('2025-08-11T23:00:00.000Z');
    expect(newsroom.events[0]!.data.date).toEqual({ year: 2018, month: 7, day: 16 });
  });

  // The same cases the build test runs, here without Astro: one validator serves both.
  it.each(INVALID_CASES)('reports $name', async ({ files, expected }) => {
    const { problems, contentRoot } = await read(files);
    expect(problems.map(formatProblem)).toEqual(expected.map((line) => line.replaceAll('<root>', contentRoot)));
  });

  it('lets a preview server take every file it has not heard change, and whose size and time are as they were, from its last read', async () => {
    const root = await writeContent({ 'articles/second.md': article({ title: '"Second"' }) });
    const contentRoot = path.join(root, 'content');
    const cacheDir = path.join(root, 'cache');
    const options = { contentRoot, cwd: REPO };
    const titles = (read: Awaited<ReturnType<typeof readNewsroom>>) => read.newsroom.articles.map((entry) => entry.data.title);
    const second = path.join(contentRoot, 'articles', 'second.md');
    // A whole second: a time set back later must match to the nanosecond.
    utimesSync(second, 1_700_000_000, 1_700_000_000);
    const first = await readNewsroom({ ...options, cache: new EntryCache(cacheDir), earlier: { files: new Map(), changed: new Set() } });
    expect(titles(first)).toEqual(['First story', 'Second']);

    // Same size, same time, and no word from the watcher: taken unread, so the old title stays.
    writeFileSync(second, readFileSync(second, 'utf8').replace('"Second"', '"Sequel"'));
    utimesSync(second, 1_700_000_000, 1_700_000_000);
    const unread = await readNewsroom({ ...options, cache: new EntryCache(cacheDir), earlier: { files: first.files, changed: new Set() } });
    expect(titles(unread)).toEqual(['First story', 'Second']);
    // The watcher named it: read again.
    const heard = await readNewsroom({ ...options, cache: new EntryCache(cacheDir), earlier: { files: unread.files, changed: new Set([second]) } });
    expect(titles(heard)).toEqual(['First story', 'Sequel']);
    // Unheard, but its size changed: read again all the same.
    writeFileSync(second, readFileSync(second, 'utf8').replace('"Sequel"', '"A longer sequel"'));
    const resized = await readNewsroom({ ...options, cache: new EntryCache(cacheDir), earlier: { files: heard.files, changed: new Set() } });
    expect(titles(resized)).toEqual(['First story', 'A longer sequel']);
    // Files taken unread stay in the entry cache for the next build.
    const firstKey = resized.newsroom.articles[0]!.sourceKey!;
    expect(new EntryCache(cacheDir).get(firstKey)).toBeDefined();
    // A deleted file is gone, an invalid one reports its problem on every read.
    rmSync(second);
    writeFileSync(path.join(contentRoot, 'articles', 'third.md'), article({ title: null }));
    const changed = await readNewsroom({ ...options, cache: new EntryCache(cacheDir), earlier: { files: resized.files, changed: new Set() } });
    expect(titles(changed)).toEqual(['First story']);
    expect(changed.problems.map((problem) => problem.file)).toEqual([expect.stringMatching(/third\.md$/)]);
    const again = await readNewsroom({ ...options, cache: new EntryCache(cacheDir), earlier: { files: changed.files, changed: new Set() } });
    expect(again.problems).toEqual(changed.problems);
  });

  it("keeps each Markdown body's facts with its cached entry, and works them out again when the body changes", async () => {
    const chart = '```vega-lite\n{"data": {"url": "front-line.csv"}, "mark": "bar"}\n```\n';
    const quoted = `:::quote{person="taras"}\nWords.\n:::\n\n${chart}`;
    const root = await writeContent({ 'articles/second.md': article({ title: '"Second"' }, quoted) });
    const contentRoot = path.join(root, 'content');
    const cacheDir = path.join(root, 'cache');
    const second = path.join(contentRoot, 'articles', 'second.md');
    const factsOf = async () => {
      const cache = new EntryCache(cacheDir);
      const { newsroom } = await readNewsroom({ contentRoot, cwd: REPO, cache });
      cache.save();
      const entry = newsroom.articles.find((article) => article.id === 'second')!;
      return { entry, cached: new EntryCache(cacheDir).get(entry.sourceKey!)!.bodyFacts };
    };
    const first = await factsOf();
    expect(first.entry.bodyFacts).toEqual({ ...bodyFactsOf(first.entry.body), people: ['taras'], dataFiles: ['front-line.csv'] });
    expect(first.cached).toEqual(first.entry.bodyFacts);
    // Taken from the cache, not worked out again.
    const cachedRead = await factsOf();
    expect(cachedRead.entry.bodyFacts).toEqual(first.entry.bodyFacts);
    const plain = 'No one quoted, no chart.\n';
    writeFileSync(second, readFileSync(second, 'utf8').replace(quoted, plain));
    const edited = await factsOf();
    expect(edited.entry.bodyFacts).toEqual({ ...bodyFactsOf(edited.entry.body), people: [], dataFiles: [] });
    expect(edited.entry.bodyFacts!.digest).not.toBe(first.entry.bodyFacts!.digest);
    // Only Markdown files have bodies.
    const { newsroom } = await readNewsroom({ contentRoot, cwd: REPO, cache: new EntryCache(cacheDir) });
    expect(newsroom.authors[0]!.bodyFacts).toBeUndefined();
  });
});
