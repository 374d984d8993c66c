import { describe, expect, it } from 'vitest';
import { unwatchedPaths } from '../../../src/integrations/preview-watch.ts';

describe("Vite's file watcher in a preview", () => {
  const unwatched = unwatchedPaths({
    outDir: '/newsroom/dist',
    cacheDir: '/newsroom/.bench/10000/cache-backstory',
    benchDir: '/newsroom/.bench',
    contentRoot: '/newsroom/content',
  });

  it('skips the build output, the cache, the bench and the content root, folders and files alike', () => {
    for (const file of ['/newsroom/dist', '/newsroom/dist/articles/a/index.html', '/newsroom/.bench', '/newsroom/.bench/10000/dist-backstory/index.html', '/newsroom/.bench/10000/cache-backstory/backstory/bodies/x.html', '/newsroom/content', '/newsroom/content/articles/a.md']) {
      expect(unwatched(file), file).toBe(true);
    }
  });

  it('watches the sources, and Astro’s own files', () => {
    for (const file of ['/newsroom', '/newsroom/src/pages/index.astro', '/newsroom/astro.config.mjs', '/newsroom/.astro/data-store.json', '/newsroom/distant/notes.md', '/newsroom/contents.md']) {
      expect(unwatched(file), file).toBe(false);
    }
  });

  it('reads relative paths from the working folder and leaves the default cache to Vite', () => {
    const plain = unwatchedPaths({ outDir: 'dist', cacheDir: undefined, benchDir: '.bench', contentRoot: 'content' });
    expect([plain('dist/index.html'), plain('content/articles/a.md'), plain('src/pages/index.astro'), plain('node_modules/.astro/x')]).toEqual([true, true, false, false]);
  });
});
