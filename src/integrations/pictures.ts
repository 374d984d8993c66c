import type { AstroIntegration } from 'astro';
import { mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readBuildEnv } from '../build-env.ts';
import { mapLimit } from '../lib/map-limit.ts';
import { encodePicture } from '../lib/pictures/encode-picture.ts';
import { readPictureList } from '../lib/pictures/picture-list.ts';
import { PICTURES_FOLDER, variantsFor, type PictureVariant } from '../lib/pictures/picture-plan.ts';
import { placeFromCache, removeAllBut } from '../lib/place-file.ts';

interface Tally {
  pictures: number;
  made: number;
  placed: number;
  kept: number;
  /** From the start of the build until the last file was in place. */
  ms: number;
}

/**
 * Writes every file made from the published pieces' pictures to
 * `dist/_pictures/`, outside Astro's image pipeline. That pipeline, fed by
 * the content store, makes each picture an import of the Vite bundle (which
 * reads and emits every original at every build), decodes a source again for
 * each of its sizes, and replays every restored page's pictures, copying all
 * of them from its cache into `dist/` at every build: costs of the archive,
 * not of the change.
 *
 * Here the content loader lists the pictures with the facts of their files
 * (`pictures.json`); pages name the files from those facts alone
 * (`picture-plan.ts`). A file is made only when the cache has none under its
 * name, which is a digest of the source's bytes, the code and the settings
 * (`encodePicture`, one decode per picture); cached files are hard-linked
 * into `dist/`. Pictures are made while Astro bundles and renders, and the
 * build waits for what is left at its end, then removes the files no page
 * names any more, from `dist/` and from the cache. A preview server makes a
 * file on request instead (`preview-picture-route.ts`).
 */
export function processedPictures(): AstroIntegration {
  let outDir = '';
  let cacheDir = '';
  let run: { folder: string; pictureCache: string; files: Set<string>; done: Promise<Tally> } | undefined;
  return {
    name: 'backstory-pictures',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': () => {
        const started = performance.now();
        const { contentRoot, pictureCacheDir: pictureCache } = readBuildEnv();
        const folder = path.join(outDir, PICTURES_FOLDER);
        const pictures = readPictureList(cacheDir).map((entry) => ({ source: path.join(contentRoot, entry.picture.source), variants: variantsFor(entry.picture, entry) }));
        const files = new Set(pictures.flatMap(({ variants }) => variants.map((variant) => variant.file)));
        const done = (async (): Promise<Tally> => {
          const tally: Tally = { pictures: pictures.length, made: 0, placed: 0, kept: 0, ms: 0 };
          mkdirSync(folder, { recursive: true });
          // The variants the cache does not hold, each left to be made and then placed once.
          const unplaced = (variants: readonly PictureVariant[]) =>
            variants.filter((variant) => {
              const outcome = placeFromCache(path.join(pictureCache, variant.file), path.join(folder, variant.file));
              if (outcome !== 'not cached') tally[outcome]++;
              return outcome === 'not cached';
            });
          const missing = pictures.map(({ source, variants }) => ({ source, variants: unplaced(variants) })).filter(({ variants }) => variants.length > 0);
          // One picture per core: sharp's encoders run on libvips' own threads, off this one.
          await mapLimit(missing, availableParallelism(), async ({ source, variants }) => {
            const made = await encodePicture(source, variants, pictureCache);
            tally.made += made;
            unplaced(variants);
          });
          tally.ms = performance.now() - started;
          return tally;
        })();
        // Reported when the build waits for it; an early failure must not go unhandled meanwhile.
        done.catch(() => {});
        run = { folder, pictureCache, files, done };
      },
      'astro:build:done': async ({ logger }) => {
        if (!run) return;
        const waited = performance.now();
        const { pictures, made, placed, kept, ms } = await run.done;
        const { files } = run;
        const removed = removeAllBut(run.folder, (name) => files.has(name));
        // The cache keeps this build's files only: every replaced photograph and
        // every change to the settings would otherwise leave old files there for good.
        removeAllBut(run.pictureCache, (name) => files.has(name));
        logger.info(`${pictures} pictures: ${made} files made, ${placed} placed from the cache, ${kept} unchanged, ${removed.length} removed.`);
        logger.info(`timing: pictures ${Math.round(ms)} ms (the build waited ${Math.round(performance.now() - waited)} ms for them)`);
        run = undefined;
      },
    },
  };
}
