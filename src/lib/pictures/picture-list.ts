import { readCacheJson, writeCacheJson } from '../cache-file.ts';
import type { PictureFacts, PictureUse } from './picture-plan.ts';

/** A picture readers see in this build, and how. */
export interface PictureEntry extends PictureUse {
  picture: PictureFacts;
}

const LIST_FILE = 'pictures.json';

/**
 * The pictures of every published piece, each once (a picture shown by two
 * pieces, once as a lead, gets its thumbnail). Written by the content loader
 * for the picture step, which sees only files.
 */
export function writePictureList(cacheDir: string, pictures: Iterable<PictureEntry>): void {
  const byKey = new Map<string, PictureEntry>();
  for (const entry of pictures) {
    const known = byKey.get(entry.picture.key);
    byKey.set(entry.picture.key, { picture: entry.picture, thumbnail: entry.thumbnail || Boolean(known?.thumbnail) });
  }
  writeCacheJson(cacheDir, LIST_FILE, [...byKey.values()]);
}

export function readPictureList(cacheDir: string): PictureEntry[] {
  return readCacheJson<PictureEntry[]>(cacheDir, LIST_FILE) ?? [];
}
