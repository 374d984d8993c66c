import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readBuildEnv } from '../build-env.ts';
import { cardCodeVersion } from '../lib/cards/card-code-version.ts';
import { OUTPUT_FORMATS, PICTURES_FOLDER } from '../lib/pictures/picture-plan.ts';
import { unwatchedPaths } from './preview-watch.ts';

/**
 * Tells pages whether they are being previewed (`astro dev`), where the
 * source tree is, and the version of the card-drawing code, and serves
 * social cards and pictures in a preview, whose file watcher skips the
 * build products. Vite's
 * `import.meta.env.DEV` is not enough: it follows NODE_ENV, so a production
 * build run with NODE_ENV=test or development would publish drafts.
 */
export function previewMode(): AstroIntegration {
  return {
    name: 'backstory-preview-mode',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, injectRoute }) => {
        // A build writes every card itself (socialCards); a preview draws the one asked for.
        if (command === 'dev') injectRoute({ pattern: '/og/[slug].png', entrypoint: new URL('./preview-card-route.ts', import.meta.url) });
        // Likewise pictures: a build makes every file (processedPictures), a preview the one asked for.
        // One route per format: a route whose pattern ends in an extension is a file, which the trailing-slash rule leaves alone.
        if (command === 'dev') {
          for (const format of OUTPUT_FORMATS) injectRoute({ pattern: `/${PICTURES_FOLDER}/[file].${format}`, entrypoint: new URL('./preview-picture-route.ts', import.meta.url) });
        }
        const env = readBuildEnv();
        const ignored = unwatchedPaths({
          outDir: fileURLToPath(config.outDir),
          cacheDir: env.cacheDir,
          benchDir: fileURLToPath(new URL('.bench/', config.root)),
          contentRoot: env.contentRoot,
        });
        updateConfig({
          vite: {
            server: { watch: { ignored: [ignored] } },
            define: {
              'import.meta.env.BACKSTORY_PREVIEW': JSON.stringify(command === 'dev'),
              // Bundled pages run from a temporary folder; worker threads need the real source tree.
              'import.meta.env.BACKSTORY_SRC_DIR': JSON.stringify(config.srcDir.href),
              // The cards are drawn by workers outside the bundle, so Astro's check of a route's code cannot see their code change.
              'import.meta.env.BACKSTORY_CARD_CODE': JSON.stringify(cardCodeVersion()),
            },
          },
        });
      },
    },
  };
}
