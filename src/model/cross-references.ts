import { existsSync } from 'node:fs';
import path from 'node:path';
import { closestMatch } from '../lib/closest-match.ts';
import type { Newsroom } from './newsroom.ts';
import type { ContentProblem } from './problem.ts';
import type { ParsedEntry } from './read-entry.ts';

const REFERENCES = [
  { field: 'authors', target: 'authors', noun: 'author' },
  { field: 'tags', target: 'tags', noun: 'tag' },
  { field: 'events', target: 'events', noun: 'event' },
] as const;

/**
 * Checks what articles point at: authors, tags and events must exist, images
 * must be on disk. It reads the raw front matter, so an article with other
 * mistakes still has its references checked in the same pass.
 */
export function checkCrossReferences(articles: ParsedEntry[], newsroom: Newsroom, publicDir: string, problems: ContentProblem[]): void {
  const known = {
    authors: newsroom.authors.map((entry) => entry.id),
    tags: newsroom.tags.map((entry) => entry.id),
    events: newsroom.events.map((entry) => entry.id),
  };
  for (const article of articles) {
    const raw = (article.raw ?? {}) as Record<string, unknown>;
    for (const { field, target, noun } of REFERENCES) {
      const ids = new Set(known[target]);
      const list = raw[field];
      if (!Array.isArray(list)) continue;
      list.forEach((id: unknown, index) => {
        // Inline definitions (objects) are not references; mergeInlineEvents checks them.
        if (typeof id !== 'string' || ids.has(id)) return;
        const guess = closestMatch(id, ids);
        problems.push({
          file: article.file,
          line: article.lineOf([field, index]),
          field: `${field}[${index}]`,
          message: `"${id}" is not a known ${noun}`,
          hint: `${guess ? `did you mean "${guess}"? ` : ''}Known ${target}: ${known[target].join(', ') || 'none'} (content/${target}/).`,
        });
      });
    }
    const image = raw.image as { src?: unknown } | undefined;
    if (typeof image?.src === 'string' && !(image.src.startsWith('/') && existsSync(path.join(publicDir, image.src)))) {
      problems.push({
        file: article.file,
        line: article.lineOf(['image', 'src']),
        field: 'image.src',
        message: `"${image.src}" is not a file under public/`,
        hint: 'put the image in public/images/ and write its path from the site root, e.g. /images/file.jpg.',
      });
    }
  }
}
