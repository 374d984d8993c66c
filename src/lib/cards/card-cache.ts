import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
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

/**
 * Returns the card for `content`, drawing it only when no card with the same
 * content and drawing code is cached: an unchanged article costs a file read, not a render.
 */
export async function cachedCard(content: CardContent, codeVersion: string, cacheDir: string, render: (content: CardContent) => Promise<Buffer>): Promise<Buffer> {
  const file = path.join(cacheDir, `${cardHash(content, codeVersion)}.png`);
  try {
    return await readFile(file);
  } catch {
    const png = await render(content);
    await mkdir(cacheDir, { recursive: true });
    await writeFile(file, png);
    return png;
  }
}
