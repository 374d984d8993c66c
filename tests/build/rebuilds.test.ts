import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPage, text } from '../helpers/dist.ts';
import { article, buildFixture, rebuildFixture, type BuildResult } from '../helpers/fixture-site.ts';

/**
 * Incremental builds skip pages whose cache key is unchanged; a key that
 * missed something a page shows would leave a stale page. Each rebuild here
 * changes one thing and checks every page that shows it.
 */
const SITE: Record<string, string | null> = {
  'articles/first-story.md': null,
  'articles/alpha.md': article({ title: '"Alpha"', publishedAt: '2025-08-10', tags: '[russia]' }, 'Alpha body.\n'),
  'articles/beta.md': article({ title: '"Beta"', publishedAt: '2025-08-11', tags: '[russia]' }, 'Beta body.\n'),
  'articles/gamma.md': article({ title: '"Gamma"', publishedAt: '2025-08-12', tags: '[diplomacy]' }, 'Gamma body.\n'),
};

let first: BuildResult;
beforeAll(async () => {
  first = await buildFixture(SITE);
  expect(first.code, first.output).toBe(0);
});

describe('rebuilds', () => {
  it('updates every page that shows an edited headline, and leaves unrelated pages as they were', async () => {
    const second = await rebuildFixture(first, { 'articles/alpha.md': article({ title: '"Alpha, revised"', publishedAt: '2025-08-10', tags: '[russia]' }, 'Alpha body.\n') });
    expect(second.code, second.output).toBe(0);
    expect(text(readPage('/articles/alpha/', second.dist).querySelector('h1'))).toBe('Alpha, revised');
    // Beta lists Alpha as related and as its previous article; the topic page lists it too.
    expect(readFileSync(path.join(second.dist, 'articles/beta/index.html'), 'utf8')).toContain('Alpha, revised');
    expect(text(readPage('/tags/russia/', second.dist).querySelector('main'))).toContain('Alpha, revised');
    expect(text(readPage('/', second.dist).querySelector('main'))).toContain('Alpha, revised');
    expect(readFileSync(path.join(second.dist, 'rss.xml'), 'utf8')).toContain('Alpha, revised');
    // Astro's incremental build restores a page whose cache key is unchanged instead of rendering it.
    expect(second.output).toMatch(/\/articles\/gamma\/index\.html \(restored\)/);
    expect(second.output).toMatch(/\/og\/gamma\.png \(restored\)/);
    expect(second.output).toMatch(/\/articles\/beta\/index\.html \(\+\d+ms\)/);
  });

  it('adds a new article to its neighbours, its topic, the home page and the feeds', async () => {
    const third = await rebuildFixture(first, { 'articles/delta.md': article({ title: '"Delta"', publishedAt: '2025-08-13', tags: '[diplomacy]' }, 'Delta body.\n') });
    expect(third.code, third.output).toBe(0);
    expect(readPage('/articles/gamma/', third.dist).querySelector('a[rel=next]')!.getAttribute('href')).toBe('/articles/delta/');
    expect(text(readPage('/tags/diplomacy/', third.dist).querySelector('main'))).toContain('Delta');
    expect(readFileSync(path.join(third.dist, 'rss.xml'), 'utf8')).toContain('/articles/delta/');
    expect(readFileSync(path.join(third.dist, 'og/delta.png')).subarray(1, 4).toString()).toBe('PNG');
  });

  it('removes a deleted or unpublished article from every page, and its own page and card', async () => {
    const fourth = await rebuildFixture(first, { 'articles/delta.md': null, 'articles/beta.md': article({ title: '"Beta"', publishedAt: '2025-08-11', tags: '[russia]', draft: 'true' }, 'Beta body.\n') });
    expect(fourth.code, fourth.output).toBe(0);
    for (const gone of ['articles/delta', 'articles/beta', 'og/delta.png', 'og/beta.png']) expect(existsSync(path.join(fourth.dist, gone)), gone).toBe(false);
    expect(readFileSync(path.join(fourth.dist, 'articles/alpha/index.html'), 'utf8')).not.toContain('/articles/beta/');
    expect(readFileSync(path.join(fourth.dist, 'articles/gamma/index.html'), 'utf8')).not.toContain('/articles/delta/');
    expect(readFileSync(path.join(fourth.dist, 'rss.xml'), 'utf8')).not.toContain('/articles/delta/');
  });
});
