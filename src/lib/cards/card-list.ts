import { readCacheJson, writeCacheJson } from '../cache-file.ts';
import type { CardContent } from './card-tree.ts';

/** One published article's card: its file name in `dist/og/` and what it shows. */
export interface CardEntry {
  slug: string;
  content: CardContent;
}

const LIST_FILE = 'social-cards.json';

/** Written by the content loader for the card step, which sees only files. */
export function writeCardList(cacheDir: string, cards: readonly CardEntry[]): void {
  writeCacheJson(cacheDir, LIST_FILE, cards);
}

export function readCardList(cacheDir: string): CardEntry[] {
  return readCacheJson<CardEntry[]>(cacheDir, LIST_FILE) ?? [];
}
