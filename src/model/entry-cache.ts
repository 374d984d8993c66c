import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { cacheFile } from '../lib/cache-file.ts';
import { codeVersion, sourceFilesIn } from '../lib/code-version.ts';
import { readShardedV8, writeShardedV8 } from '../lib/sharded-cache.ts';
import type { BodyFacts } from './body-facts.ts';

/** What parsing and validating one valid file gave, minus what is cheap to recompute from its text. */
export interface CachedEntry {
  raw: unknown;
  data: unknown;
  bodyLine: number;
  /** Where the body starts in the file's text. */
  bodyStart: number;
  /** A Markdown file's body facts (see `BodyFacts`). */
  bodyFacts?: BodyFacts | undefined;
}

/** Everything that decides how a file is read: the content model, the date parsers, the site's time zone, and what finds a body's chart data files. */
function readerVersion(): string {
  const folders = [new URL('./', import.meta.url), new URL('../lib/dates/', import.meta.url)];
  return codeVersion(...folders.flatMap(sourceFilesIn), new URL('../site.config.ts', import.meta.url), new URL('../markdown/charts/data-files.ts', import.meta.url));
}

/**
 * Parsed, validated front matter of the newsroom's files, keyed by a digest
 * of each file's text and of the code that reads it, so that a build parses
 * only the files that changed. Files with problems are never cached: they are
 * read again, and their messages come out the same. Entries are kept with
 * V8's serialiser, which keeps dates and `undefined` fields exactly as zod
 * gave them, in shards (`writeShardedV8`), so that an edit rewrites one or
 * two of them rather than every article's entry.
 */
export class EntryCache {
  readonly #folder: string;
  readonly #version = readerVersion();
  readonly #previous: Map<string, CachedEntry>;
  readonly #next = new Map<string, CachedEntry>();
  #changed = false;

  constructor(cacheDir: string) {
    this.#folder = cacheFile(cacheDir, 'entries');
    this.#previous = readShardedV8<CachedEntry>(this.#folder);
    // Where an older version kept every entry in one file.
    rmSync(cacheFile(cacheDir, 'entries.v8'), { force: true });
  }

  key(file: string, text: string): string {
    return createHash('sha256').update(this.#version).update('\0').update(file).update('\0').update(text).digest('base64url');
  }

  get(key: string): CachedEntry | undefined {
    const entry = this.#previous.get(key);
    if (entry) this.#next.set(key, entry);
    return entry;
  }

  set(key: string, entry: CachedEntry): void {
    this.#next.set(key, entry);
    this.#changed = true;
  }

  /** Keeps what this read used, and nothing else. */
  save(): void {
    if (!this.#changed && this.#next.size === this.#previous.size) return;
    writeShardedV8(this.#folder, this.#next, this.#previous);
  }
}
