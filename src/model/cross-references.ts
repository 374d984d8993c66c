import path from 'node:path';
import { closestMatch } from '../lib/closest-match.ts';
import type { Newsroom } from './newsroom.ts';
import { checkPictureFile } from './picture-files.ts';
import type { ContentProblem } from './problem.ts';
import type { ParsedEntry } from './read-entry.ts';

const REFERENCES = [
  { field: 'authors', target: 'authors', noun: 'author' },
  { field: 'tags', target: 'tags', noun: 'tag' },
  { field: 'events', target: 'events', noun: 'event' },
] as const;

/**
 * Checks what articles point at: authors, tags and events must exist, lead
 * pictures must be publishable files (`checkPictureFile`). It reads the raw front matter, so an article with other
 * mistakes still has its references checked in the same pass.
 */
export function checkCrossReferences(articles: ParsedEntry[], stories: ParsedEntry[], newsroom: Newsroom, cwd: string, problems: ContentProblem[]): void {
  const known = {
    authors: newsroom.authors.map((entry) => entry.id),
    tags: newsroom.tags.map((entry) => entry.id),
    events: newsroom.events.map((entry) => entry.id),
  };
  for (const story of stories) checkList(story, 'tags', 'tags', 'tag', known.tags, problems);
  checkStories(articles, stories, problems);
  for (const article of articles) {
    const raw = (article.raw ?? {}) as Record<string, unknown>;
    for (const { field, target, noun } of REFERENCES) checkList(article, field, target, noun, known[target], problems);
    const image = raw.image as { src?: unknown } | undefined;
    const problem = typeof image?.src === 'string' ? checkPictureFile(image.src, path.resolve(cwd, article.file)) : undefined;
    if (problem) problems.push({ file: article.file, line: article.lineOf(['image', 'src']), field: 'image.src', ...problem });
  }
}

function checkList(entry: ParsedEntry, field: string, target: string, noun: string, known: readonly string[], problems: ContentProblem[]): void {
  const ids = new Set(known);
  const list = ((entry.raw ?? {}) as Record<string, unknown>)[field];
  if (!Array.isArray(list)) return;
  list.forEach((id: unknown, index) => {
    // Inline definitions (objects) are not references; mergeInlineEvents checks them.
    if (typeof id !== 'string' || ids.has(id)) return;
    const guess = closestMatch(id, ids);
    problems.push({
      file: entry.file,
      line: entry.lineOf([field, index]),
      field: `${field}[${index}]`,
      message: `"${id}" is not a known ${noun}`,
      hint: `${guess ? `did you mean "${guess}"? ` : ''}Known ${target}: ${known.join(', ') || 'none'} (content/${target}/).`,
    });
  });
}

/**
 * An article's `story` must name a story file, and a story has at most one
 * piece marked as where readers start.
 */
function checkStories(articles: readonly ParsedEntry[], stories: readonly ParsedEntry[], problems: ContentProblem[]): void {
  const known = stories.map((story) => story.id);
  const ids = new Set(known);
  const starts = new Map<string, ParsedEntry>();
  for (const article of articles) {
    const raw = (article.raw ?? {}) as Record<string, unknown>;
    if (typeof raw.story !== 'string') continue;
    if (!ids.has(raw.story)) {
      const guess = closestMatch(raw.story, ids);
      problems.push({
        file: article.file,
        line: article.lineOf(['story']),
        field: 'story',
        message: `"${raw.story}" is not a known story`,
        hint: known.length
          ? `${guess ? `did you mean "${guess}"? ` : ''}Known stories: ${known.join(', ')} (content/stories/).`
          : `there is no story yet: create content/stories/${raw.story}.md, or remove story.`,
      });
      continue;
    }
    if (raw.storyStart !== true) continue;
    const first = starts.get(raw.story);
    if (!first) {
      starts.set(raw.story, article);
      continue;
    }
    problems.push({
      file: article.file,
      line: article.lineOf(['storyStart']),
      field: 'storyStart',
      message: `"${raw.story}" already starts with ${first.file}`,
      hint: 'a story has one piece to start from: remove storyStart from one of them.',
    });
  }
}
