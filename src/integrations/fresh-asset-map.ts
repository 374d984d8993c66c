import type { AstroIntegration } from 'astro';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Astro writes the imports of content pictures to `<root>/.astro/content-assets.mjs`,
 * outside `cacheDir`, and rewrites it only when its own content store changed.
 * Every build from this checkout (the site, a test's fixture newsroom, the
 * bench) shares that one file, so a build whose content did not change would
 * bundle the map another content tree left there, and its pictures would
 * reach the pages as bare paths. Removing the file before the content sync
 * makes Astro write it from this build's store every time; it lists a few
 * imports per illustrated article, so writing it costs nothing to speak of.
 */
export function freshAssetMap(): AstroIntegration {
  return {
    name: 'backstory-fresh-asset-map',
    hooks: {
      'astro:config:done': ({ config }) => {
        rmSync(fileURLToPath(new URL('.astro/content-assets.mjs', config.root)), { force: true });
      },
    },
  };
}
