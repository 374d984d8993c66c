import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

export interface ReadingStats {
  words: number;
  minutes: number;
}

export interface ReadingStatsOptions {
  wordsPerMinute: number;
}

/** Counts the words a reader reads (footnotes included) and the minutes that takes. */
export function readingStats(tree: Root, wordsPerMinute: number): ReadingStats {
  let words = 0;
  // Node by node: joining the tree's text would fuse the last word of one paragraph with the first of the next.
  visit(tree, ['text', 'inlineCode'], (node) => {
    words += (node as { value: string }).value.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  });
  return { words, minutes: Math.max(1, Math.round(words / wordsPerMinute)) };
}

/** Stores `readingStats` in the file's front matter data, where Astro hands it to the page. */
export default function remarkReadingStats(options: ReadingStatsOptions) {
  return (tree: Root, file: VFile) => {
    const astro = (file.data.astro ??= {});
    astro.frontmatter = { ...astro.frontmatter, readingStats: readingStats(tree, options.wordsPerMinute) };
  };
}
