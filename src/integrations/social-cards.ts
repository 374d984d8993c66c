import type { AstroIntegration } from 'astro';
import { mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readBuildEnv } from '../build-env.ts';
import { cardFile, ensureCard } from '../lib/cards/card-cache.ts';
import { cardCodeVersion } from '../lib/cards/card-code-version.ts';
import { readCardList, type CardEntry } from '../lib/cards/card-list.ts';
import { drawCardInPool } from '../lib/cards/card-pool.ts';
import { mapLimit } from '../lib/map-limit.ts';
import { placeFromCache as place, removeAllBut } from '../lib/place-file.ts';

/** The folder of `dist/` that holds the cards, and nothing else. */
export const CARDS_FOLDER = 'og';

interface Tally {
  drawn: number;
  placed: number;
  kept: number;
  /** From the start of the build until the last card was in place. */
  ms: number;
}

/**
 * Writes every published article's social card to `dist/og/<slug>.png`,
 * outside Astro's page generation, which would read each card's bytes, send
 * them through a Response and write them anew in every cold build. The
 * content loader lists the cards (`social-cards.json`); a card is drawn only
 * when the cache has none for its content and drawing code (`ensureCard`).
 *
 * Cards already cached are placed as the build starts. Missing ones are drawn
 * on worker threads once Vite has bundled the site, so their workers' memory
 * is not added to the bundler's, and while the pages render; the build waits
 * for what is left at its end, then removes the cards of articles that are
 * no longer published. A preview server draws cards on request instead
 * (`preview-card-route.ts`).
 */
export function socialCards(): AstroIntegration {
  let outDir = '';
  let cacheDir = '';
  let srcDir: URL;
  let bundled: () => void = () => {};
  let run: { cards: CardEntry[]; folder: string; cardCache: string; cached: Set<string>; done: Promise<Tally> } | undefined;
  return {
    name: 'backstory-social-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
        srcDir = config.srcDir;
      },
      'astro:build:start': () => {
        const started = performance.now();
        const cards = readCardList(cacheDir);
        const cardCache = readBuildEnv().cardCacheDir;
        const version = cardCodeVersion();
        const folder = path.join(outDir, CARDS_FOLDER);
        const sources = cards.map((card) => cardFile(cardCache, card.content, version));
        const afterBundle = new Promise<void>((resolve) => (bundled = resolve));
        const done = (async (): Promise<Tally> => {
          const tally: Tally = { drawn: 0, placed: 0, kept: 0, ms: 0 };
          mkdirSync(folder, { recursive: true });
          const missing: CardEntry[] = [];
          cards.forEach((card, index) => {
            const outcome = place(sources[index]!, path.join(folder, `${card.slug}.png`));
            if (outcome === 'not cached') missing.push(card);
            else tally[outcome]++;
          });
          if (missing.length > 0) await afterBundle;
          // Two per worker: one drawing, one waiting, and never 10,000 drawings queued at once.
          await mapLimit(missing, 2 * availableParallelism(), async (card) => {
            const source = await ensureCard(card.content, version, cardCache, (content) => drawCardInPool(content, srcDir));
            place(source, path.join(folder, `${card.slug}.png`));
            tally.drawn++;
          });
          tally.ms = performance.now() - started;
          return tally;
        })();
        // Reported when the build waits for it; an early failure must not go unhandled meanwhile.
        done.catch(() => {});
        run = { cards, folder, cardCache, cached: new Set(sources.map((source) => path.basename(source))), done };
      },
      'astro:build:setup': ({ updateConfig }) => {
        updateConfig({ plugins: [{ name: 'backstory-social-cards-after-bundle', closeBundle: () => bundled() }] });
      },
      // Should no bundle close (nothing to bundle), the pages are written: draw now.
      'astro:build:generated': () => bundled(),
      'astro:build:done': async ({ logger }) => {
        if (!run) return;
        const waited = performance.now();
        const { drawn, placed, kept, ms } = await run.done;
        const published = new Set(run.cards.map((card) => `${card.slug}.png`));
        const removed = removeAllBut(run.folder, (name) => published.has(name));
        // The cache keeps the cards of this build only: every retitle and every
        // change to the design would otherwise leave old cards there for good.
        const { cached } = run;
        removeAllBut(run.cardCache, (name) => !name.endsWith('.png') || cached.has(name));
        logger.info(`${run.cards.length} social cards: ${drawn} drawn, ${placed} placed from the cache, ${kept} unchanged, ${removed.length} removed.`);
        logger.info(`timing: social-cards ${Math.round(ms)} ms (the build waited ${Math.round(performance.now() - waited)} ms for them)`);
        run = undefined;
      },
    },
  };
}
