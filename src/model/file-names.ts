import { toSlug } from '../lib/to-slug.ts';
import type { ContentProblem } from './problem.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A file name is the entry's URL slug, so it must already be one. A name that
 * is not (`C++.md`, `Café.md`, `Story.md`) is refused with the slug it should
 * have; when that slug is taken (`C++` and `c`, NFC and NFD spellings of one
 * word, two cases of one name), the message names the file that holds it.
 */
export function checkFileNames(stems: readonly string[], extension: string, displayOf: (stem: string) => string): Map<string, ContentProblem> {
  const problems = new Map<string, ContentProblem>();
  const holder = new Map<string, string>();
  for (const stem of stems) if (SLUG.test(stem)) holder.set(stem, stem);
  for (const stem of stems) {
    if (SLUG.test(stem)) continue;
    const slug = toSlug(stem) || 'untitled';
    const taken = holder.get(slug);
    if (taken === undefined) {
      holder.set(slug, stem);
      problems.set(stem, {
        file: displayOf(stem),
        message: `file name "${stem}" cannot be a URL slug`,
        hint: `use lower-case words joined by hyphens, e.g. rename it to ${slug}${extension}.`,
      });
      continue;
    }
    let free = 2;
    while (holder.has(`${slug}-${free}`)) free++;
    problems.set(stem, {
      file: displayOf(stem),
      message: `file name "${stem}" cannot be a URL slug, and its slug "${slug}" belongs to ${displayOf(taken)}`,
      hint: `give it a name of its own, e.g. ${slug}-${free}${extension}.`,
    });
  }
  return problems;
}
