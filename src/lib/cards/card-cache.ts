import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CardContent } from './card-tree.ts';

/**
 * A card's cache key: what it shows and the code that draws it
 * (`cardCodeVersion`), so that a change to the design draws every card again
 * without anyone having to remember to say so.
 */
export function cardHash(content: CardContent, codeVersion: string): string {
  return createHash('sha256').update(JSON.stringify([codeVersion, content])).digest('hex').slice(0, 32);
}

/** Where the card for `content` is cached, whether or not it has been drawn yet. */
export const cardFile = (cacheDir: string, content: CardContent, codeVersion: string) => path.join(cacheDir, `${cardHash(content, codeVersion)}.png`);

let written = 0;

/**
 * The file of the card for `content`, drawn first only when no card with the
 * same content and drawing code is cached: an unchanged article costs a stat,
 * not a render. Written aside and renamed, so a build stopped mid-write never
 * leaves a torn card under a key that would serve it from then on.
 */
export async function ensureCard(content: CardContent, codeVersion: string, cacheDir: string, render: (content: CardContent) => Promise<Buffer>): Promise<string> {
  const file = cardFile(cacheDir, content, codeVersion);
  if (existsSync(file)) return file;
  const png = await render(content);
  await mkdir(cacheDir, { recursive: true });
  const aside = `${file}.${process.pid}-${written++}.tmp`;
  await writeFile(aside, png);
  await rename(aside, file);
  return file;
}

/** The card's bytes, drawn only when not cached (see `ensureCard`). */
export async function cachedCard(content: CardContent, codeVersion: string, cacheDir: string, render: (content: CardContent) => Promise<Buffer>): Promise<Buffer> {
  return readFile(await ensureCard(content, codeVersion, cacheDir, render));
}
