import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, DIST, listFiles, readPage } from '../helpers/dist.ts';

const gzipped = (file: string) => gzipSync(readFileSync(path.join(DIST, file)), { level: 9 }).length;
const KB = 1024;

beforeAll(() => assertBuilt());

/** Byte budgets: deterministic, so they are tests (speed is measured by `npm run bench`). */
describe('page weight', () => {
  it('keeps every article page under 15 KB of gzipped HTML', () => {
    const articles = listFiles().filter((file) => /^articles\/[^/]+\/index\.html$/.test(file));
    expect(articles.length).toBeGreaterThan(0);
    for (const file of articles) expect(gzipped(file), file).toBeLessThanOrEqual(15 * KB);
  });

  it('keeps all the CSS that pages load under 12 KB gzipped', () => {
    const css = new Set<string>();
    for (const file of listFiles().filter((name) => name.endsWith('.html'))) {
      for (const link of readPage(file).querySelectorAll('link[rel=stylesheet]')) css.add(link.getAttribute('href')!.slice(1));
    }
    expect([...css].some((file) => file.startsWith('_astro/'))).toBe(true);
    expect([...css].reduce((total, file) => total + gzipped(file), 0)).toBeLessThanOrEqual(12 * KB);
  });

  it('keeps fonts under 120 KB of woff2 in total, and ships no other font format', () => {
    const fonts = listFiles().filter((file) => /\.(woff2?|ttf|otf)$/.test(file));
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((file) => file.endsWith('.woff2'))).toBe(true);
    expect(fonts.reduce((total, file) => total + statSync(path.join(DIST, file)).size, 0)).toBeLessThanOrEqual(120 * KB);
  });

  it('loads at most 2 KB of JavaScript on an article page, and Pagefind only on /search/', () => {
    const page = readPage('/articles/why-putin-wants-a-summit/');
    let bytes = 0;
    for (const script of page.querySelectorAll('script')) {
      if (script.getAttribute('type')?.includes('json')) continue;
      const src = script.getAttribute('src');
      bytes += src ? statSync(path.join(DIST, src)).size : Buffer.byteLength(script.rawText);
    }
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(2 * KB);
    for (const file of listFiles().filter((name) => name.endsWith('.html') && name !== 'search/index.html')) {
      expect(readFileSync(path.join(DIST, file), 'utf8').includes('/pagefind/'), file).toBe(false);
    }
    const searchScripts = listFiles().filter((file) => file.startsWith('_astro/') && file.endsWith('.js') && readFileSync(path.join(DIST, file), 'utf8').includes('pagefind-ui.js'));
    expect(searchScripts).toHaveLength(1);
    for (const file of searchScripts) expect(readFileSync(path.join(DIST, 'articles/why-putin-wants-a-summit/index.html'), 'utf8')).not.toContain(file);
  });
});
