import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readBuildEnv } from '../build-env.ts';
import { mapLimit } from '../lib/map-limit.ts';
import { encodePicture } from '../lib/pictures/encode-picture.ts';
import { readPictureList } from '../lib/pictures/picture-list.ts';
import { PICTURES_FOLDER, variantsFor, type PictureVariant } from '../lib/pictures/picture-plan.ts';
import { placeFromCache } from '../lib/place-file.ts';

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
          const place = (variants: readonly PictureVariant[]) => {
            const outcomes = variants.map((variant) => placeFromCache(path.join(pictureCache, variant.file), path.join(folder, variant.file)));
            for (const outcome of outcomes) if (outcome !== 'not cached') tally[outcome]++;
            return outcomes.includes('not cached');
          };
          const missing = pictures.filter(({ variants }) => place(variants));
          // One picture per core: sharp's encoders run on libvips' own threads, off this one.
          await mapLimit(missing, availableParallelism(), async ({ source, variants }) => {
            const made = await encodePicture(source, variants, pictureCache);
            tally.made += made;
            place(variants);
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
        const removed = readdirSync(run.folder).filter((name) => !run!.files.has(name));
        for (const name of removed) rmSync(path.join(run.folder, name), { recursive: true, force: true });
        // The cache keeps this build's files only: every replaced photograph and
        // every change to the settings would otherwise leave old files there for good.
        const stale = (existsSync(run.pictureCache) ? readdirSync(run.pictureCache) : []).filter((name) => !run!.files.has(name));
        for (const name of stale) rmSync(path.join(run.pictureCache, name), { force: true });
        logger.info(`${pictures} pictures: ${made} files made, ${placed} placed from the cache, ${kept} unchanged, ${removed.length} removed.`);
        logger.info(`timing: pictures ${Math.round(ms)} ms (the build waited ${Math.round(performance.now() - waited)} ms for them)`);
        run = undefined;
      },
    },
  };
}
