import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CardContent } from './card-tree.ts';

/** Bump when the card design changes, so every card is drawn again. */
export const CARD_DESIGN_VERSION = '2';

export function cardHash(content: CardContent): string {
  return createHash('sha256').update(JSON.stringify([CARD_DESIGN_VERSION, content])).digest('hex').slice(0, 32);
}

/**
 * Returns the card for `content`, drawing it only when no card with the same
 * content hash is cached: an unchanged article costs a file read, not a render.
 */
export async function cachedCard(content: CardContent, cacheDir: string, render: (content: CardContent) => Promise<Buffer>): Promise<Buffer> {
  const file = path.join(cacheDir, `${cardHash(content)}.png`);
  try {
    return await readFile(file);
  } catch {
    const png = await render(content);
    await mkdir(cacheDir, { recursive: true });
    await writeFile(file, png);
    return png;
  }
}
