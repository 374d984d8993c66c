import { existsSync, readFileSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { COLLECTIONS, type CollectionName, type CollectionSpec } from './collections.ts';
import { bodyFactsOf } from './body-facts.ts';
import { checkCrossReferences } from './cross-references.ts';
import { checkFileNames } from './file-names.ts';
import { mergeInlineEvents } from './inline-events.ts';
import type { ContentProblem } from './problem.ts';
import type { EntryCache } from './entry-cache.ts';
import { readEntry, reviveEntry, type ParsedEntry, type ReadResult, type SourceEntry } from './read-entry.ts';
import type { ArticleData, AuthorData, EventData, PageData, PersonData, StoryData, TagData } from './schemas.ts';
import { checkRegister } from './people-register.ts';
import { checkPeopleDirectives } from './people-directives.ts';
import { checkStandingPages } from './standing-pages.ts';

export interface Newsroom {
  articles: SourceEntry<ArticleData>[];
  authors: SourceEntry<AuthorData>[];
  tags: SourceEntry<TagData>[];
  events: SourceEntry<EventData>[];
  stories: SourceEntry<StoryData>[];
  people: SourceEntry<PersonData>[];
  pages: SourceEntry<PageData>[];
}

export interface ReadOptions {
  /** Root of the content tree (articles/, authors/, tags/, events/, stories/, people/, pages/). */
  contentRoot: string;
  /** Folder that editor-facing paths are written relative to (usually the repository). */
  cwd?: string;
  /** Where parsed files are cached between builds (see `EntryCache`); none, parse everything. */
  cache?: EntryCache | undefined;
  /**
   * A preview server's last read, and the files it has heard change since.
   * Any other file whose size and modification time are as they were is
   * taken from it unread; a file that had a problem is always read again.
   * Given (even empty), the read returns what the next one can reuse.
   */
  earlier?: EarlierRead | undefined;
}

/** One valid file as a read found it, for a preview server's next read. */
export interface KnownFile {
  result: ReadResult;
  mtimeMs: number;
  size: number;
}

export interface EarlierRead {
  /** By absolute path. */
  files: ReadonlyMap<string, KnownFile>;
  /** Absolute paths of the files changed since. */
  changed: ReadonlySet<string>;
}

export function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative.split(path.sep).join('/');
}

type Resolved = Required<Omit<ReadOptions, 'cache' | 'earlier'>> & Pick<ReadOptions, 'cache' | 'earlier'>;

/** Reads one file, from the cache when its text is unchanged; a file with problems is always read afresh. */
function readCached(spec: CollectionSpec, name: string, file: string, text: string, cache: EntryCache | undefined, problems: ContentProblem[]): ReadResult {
  const key = cache?.key(`${spec.folder}/${name}`, text);
  const cached = key ? cache!.get(key) : undefined;
  if (cached) return reviveEntry(spec, name, file, text, cached, key!);
  const before = problems.length;
  const result = readEntry(spec, name, file, text, problems);
  if (key && result.entry && problems.length === before) {
    const { data, body, bodyLine } = result.entry;
    const bodyFacts = spec.extension === '.md' ? bodyFactsOf(body) : undefined;
    cache!.set(key, { raw: result.parsed!.raw, data, bodyLine, bodyStart: text.length - body.length, bodyFacts });
    result.entry.sourceKey = key;
    result.entry.bodyFacts = bodyFacts;
  }
  return result;
}

/**
 * Reads one file, or takes it from a preview server's last read when nothing
 * says it changed, and remembers a valid one for the next read.
 */
function readKnown(spec: CollectionSpec, name: string, absolute: string, file: string, options: Resolved, problems: ContentProblem[], known: Map<string, KnownFile>): ReadResult {
  if (!options.earlier) return readCached(spec, name, file, readFileSync(absolute, 'utf8'), options.cache, problems);
  const { mtimeMs, size } = statSync(absolute);
  const earlier = options.earlier.changed.has(absolute) ? undefined : options.earlier.files.get(absolute);
  if (earlier && earlier.mtimeMs === mtimeMs && earlier.size === size) {
    // Looked up, so that the entry cache keeps it for the next build.
    if (earlier.result.entry?.sourceKey) options.cache?.get(earlier.result.entry.sourceKey);
    known.set(absolute, earlier);
    return earlier.result;
  }
  const before = problems.length;
  const result = readCached(spec, name, file, readFileSync(absolute, 'utf8'), options.cache, problems);
  if (result.entry && problems.length === before) known.set(absolute, { result, mtimeMs, size });
  return result;
}

async function readCollection(spec: CollectionSpec, options: Resolved, problems: ContentProblem[], known: Map<string, KnownFile>): Promise<ReadResult[]> {
  const folder = path.join(options.contentRoot, spec.folder);
  const shownFolder = `${displayPath(folder, options.cwd)}/`;
  let names: { name: string; isFile(): boolean }[];
  try {
    names = await readdir(folder, { withFileTypes: true });
  } catch {
    if (spec.required) {
      problems.push({ file: shownFolder, message: 'does not exist', hint: 'check BACKSTORY_CONTENT_DIR, or create the folder.' });
    }
    return [];
  }
  const files = names.filter((entry) => !entry.name.startsWith('.')).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const stems = files.filter((entry) => entry.isFile() && entry.name.endsWith(spec.extension)).map((entry) => entry.name.slice(0, -spec.extension.length));
  const nameProblems = checkFileNames(stems, spec.extension, (stem) => displayPath(path.join(folder, stem + spec.extension), options.cwd));
  problems.push(...nameProblems.values());
  // Read one after another, synchronously: for 10,000 small files the promise
  // API's open, stat, read and close, each a trip to the thread pool, cost
  // four times as long as the reading.
  const entries = files.map((entry) => {
    const absolute = path.join(folder, entry.name);
    const file = displayPath(absolute, options.cwd);
    if (!entry.isFile() || !entry.name.endsWith(spec.extension)) {
      problems.push({ file, message: `is not read: only ${spec.extension} files directly inside ${shownFolder} are`, hint: `rename it to end in ${spec.extension} or move it out of the content folder.` });
      return {};
    }
    const result = readKnown(spec, entry.name, absolute, file, options, problems, known);
    // A file with an unusable name still has its contents checked, but is never published.
    return nameProblems.has(entry.name.slice(0, -spec.extension.length)) ? { ...result, entry: undefined } : result;
  });
  if (spec.nonEmpty && files.length === 0) {
    problems.push({ file: shownFolder, message: 'is empty', hint: 'check BACKSTORY_CONTENT_DIR points at the content root.' });
  }
  return entries;
}

/**
 * Reads and validates the whole content tree once, collecting every problem
 * instead of stopping at the first, so an editor fixes them in one pass.
 * Shared by the build's content loader and `npm run check`.
 */
export async function readNewsroom(options: ReadOptions): Promise<{ newsroom: Newsroom; problems: ContentProblem[]; files: Map<string, KnownFile> }> {
  const resolved: Resolved = { cwd: process.cwd(), ...options };
  const problems: ContentProblem[] = [];
  const files = new Map<string, KnownFile>();
  const names = Object.keys(COLLECTIONS) as CollectionName[];
  const lists = await Promise.all(names.map((name) => readCollection(COLLECTIONS[name], resolved, problems, files)));
  const valid = (results: ReadResult[]) => results.flatMap((result) => (result.entry ? [result.entry] : []));
  const newsroom = Object.fromEntries(names.map((name, index) => [name, valid(lists[index]!)])) as unknown as Newsroom;
  const parsed = (name: CollectionName) => lists[names.indexOf(name)]!.flatMap((result): ParsedEntry[] => (result.parsed ? [result.parsed] : []));
  mergeInlineEvents(newsroom, problems);
  checkRegister(parsed('people'), problems);
  checkPeopleDirectives([...newsroom.articles, ...newsroom.stories], newsroom.people.map((person) => person.id), problems);
  checkCrossReferences(parsed('articles'), parsed('stories'), newsroom, resolved.cwd, problems);
  const pages = COLLECTIONS.pages;
  checkStandingPages(newsroom.pages, problems, (slug) => existsSync(path.join(resolved.contentRoot, pages.folder, `${slug}${pages.extension}`)));
  problems.sort((a, b) => a.file.localeCompare(b.file, 'en') || (a.line ?? 0) - (b.line ?? 0));
  options.cache?.save();
  return { newsroom, problems, files };
}
