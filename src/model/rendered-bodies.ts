import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MarkdownHeading } from 'astro';
import { cacheFile } from '../lib/cache-file.ts';
import { codeVersion, sourceFilesIn } from '../lib/code-version.ts';
import { readShardedV8, writeShardedV8 } from '../lib/sharded-cache.ts';
import type { PeopleFacts, QuoteFact } from '../markdown/people.ts';
import type { FigureFact } from '../markdown/remark-figures.ts';
import type { ReadingStats } from '../markdown/remark-reading-stats.ts';
import type { StyleFinding } from '../markdown/remark-editorial-style.ts';

/**
 * What the content store keeps of a rendered article body: what listings
 * show of it and where its HTML is. The HTML itself lives in its own file,
 * so the store (which Astro holds in memory, writes whole after every change
 * and bundles into the build) does not grow with the archive's text, and only
 * the pages that show a body ever read it.
 */
export interface BodySummary {
  /** Digest of the Markdown body and the rendering code; names the HTML file. */
  key: string;
  /** Absolute path of the rendered HTML. */
  file: string;
  readingStats: ReadingStats;
  /** Everyone the body quotes or mentions, by slug, and its quotes. */
  people: string[];
  quotes: QuoteFact[];
  /** The body's pictures, as written in the Markdown: the store resolves each to its file, the page to a `<picture>`. */
  figures: FigureFact[];
}

/**
 * What only the loader's link check and the article's own page need, kept
 * beside the HTML (`<key>.json`) rather than in the store.
 */
export interface BodyDetails extends BodySummary {
  headings: MarkdownHeading[];
  /** Every id on the rendered body, for links to `#fragment`s. */
  anchors: string[];
  /** Every site-relative or in-page link in the body, as written in the HTML. */
  links: string[];
  /** What the editorial lint found (lines within the body), reported at every build. */
  style: StyleFinding[];
}

const SOURCES = new URL('../markdown/', import.meta.url);

let version: string | undefined;

/**
 * A digest of everything besides the Markdown that decides the HTML: our
 * plugins, the site settings they read, the render worker, and the installed
 * packages. Any change to them renders every body again.
 */
export function renderCodeVersion(): string {
  version ??= codeVersion(
    ...sourceFilesIn(SOURCES),
    ...sourceFilesIn(new URL('charts/', SOURCES)),
    ...sourceFilesIn(new URL('style/', SOURCES)),
    ...['../site.config.ts', '../lib/urls.ts', '../lib/smart-punctuation.ts', '../lib/to-slug.ts', './render-worker.ts', './render-body.ts', './rendered-bodies.ts'].map((file) => new URL(file, import.meta.url)),
  );
  return version;
}

/**
 * A body's key: its Markdown (by its digest, `markdownDigest`), the
 * rendering code, and `part`: what the register says of the people it names
 * (see `referencedPeople`), since quotes and mentions print their names and
 * descriptions, and what its charts' data files hold.
 */
export function bodyKey(markdownDigest: string, part = ''): string {
  return createHash('sha256').update(renderCodeVersion()).update('\0').update(part).update('\0').update(markdownDigest).digest('base64url').slice(0, 32);
}

/** The folder of rendered bodies inside Astro's cache folder. */
export function bodiesFolder(cacheDir: URL | string): string {
  return cacheFile(typeof cacheDir === 'string' ? cacheDir : fileURLToPath(cacheDir), 'bodies');
}

const ID = /\sid="([^"]+)"/g;
const HREF = /\shref="(\/[^"]*|#[^"]*)"/g;

/** Every id in rendered HTML: heading slugs, footnotes, author anchors. */
export function anchorsIn(html: string): string[] {
  return [...html.matchAll(ID)].map((match) => match[1]!);
}

/** Every site-relative or in-page href in rendered HTML. */
export function linksIn(html: string): string[] {
  return [...html.matchAll(HREF)].map((match) => match[1]!);
}

const htmlFile = (folder: string, key: string) => path.join(folder, `${key}.html`);
const detailsFile = (htmlPath: string) => htmlPath.replace(/\.html$/, '.json');

/** What the content store keeps of a body's details. */
export const summaryOf = ({ key, file, readingStats, people, quotes, figures }: BodyDetails): BodySummary => ({ key, file, readingStats, people, quotes, figures });

/**
 * Writes a freshly rendered body and returns its details. They are written
 * beside the HTML too, for the article's page and for a build that finds no
 * details file (`readKnownDetails`) from the last one. The writes are
 * asynchronous, so that a render worker starts its next body while a busy
 * disk takes them.
 */
export async function storeBody(folder: string, key: string, html: string, metadata: Record<string, unknown> | undefined): Promise<BodyDetails> {
  const details: BodyDetails = {
    key,
    file: htmlFile(folder, key),
    readingStats: (metadata?.frontmatter as { readingStats: ReadingStats }).readingStats,
    ...((metadata?.frontmatter as { peopleFacts?: PeopleFacts }).peopleFacts ?? { people: [], quotes: [] }),
    figures: (metadata?.frontmatter as { figures?: FigureFact[] }).figures ?? [],
    headings: (metadata?.headings ?? []) as MarkdownHeading[],
    anchors: anchorsIn(html),
    links: linksIn(html),
    style: (metadata?.frontmatter as { style?: StyleFinding[] }).style ?? [],
  };
  const json = JSON.stringify(details);
  await mkdir(folder, { recursive: true });
  await Promise.all([writeFile(details.file, html), writeFile(detailsFile(details.file), json)]);
  // Read back rather than returned: each id and link found by the regular
  // expressions is a slice that keeps the whole HTML alive (V8 shares the
  // characters), and the link check holds them all: 190 MB at 10,000 articles.
  return JSON.parse(json) as BodyDetails;
}

/**
 * The rendered body with this key, if an earlier build left it: from the
 * details the last build knew, or else from the file beside the HTML, of
 * `files` (the folder as `bodyFiles` listed it, once for a build). Both
 * files must be there, since the article's page reads both: a cache folder
 * half emptied (by hand, or a partly restored CI cache) renders the body again.
 */
export function cachedBody(folder: string, key: string, known: ReadonlyMap<string, BodyDetails>, files: ReadonlySet<string>): BodyDetails | undefined {
  const file = htmlFile(folder, key);
  if (!files.has(path.basename(file)) || !files.has(path.basename(detailsFile(file)))) return undefined;
  const details = known.get(key);
  if (details?.file === file) return details;
  try {
    // The folder may have moved since the details were written (a CI cache restored elsewhere).
    return { ...(JSON.parse(readFileSync(detailsFile(file), 'utf8')) as BodyDetails), file };
  } catch {
    return undefined;
  }
}

/**
 * Every current body's details, read once per build instead of 10,000 small
 * files, in shards (`writeShardedV8`) so that an edit rewrites one or two.
 * They sit beside the bodies' folder, not in it: an older Backstory, run on
 * the same cache after a rollback, prunes every name in that folder it does
 * not know as a file, and would stop at a folder.
 */
const knownFolder = (folder: string) => `${folder}-known`;

export function readKnownDetails(folder: string): Map<string, BodyDetails> {
  return readShardedV8<BodyDetails>(knownFolder(folder));
}

/** Writes `details` over `previous` (what `readKnownDetails` gave): the details kept from it must be the very objects it gave. */
export function writeKnownDetails(folder: string, details: ReadonlyMap<string, BodyDetails>, previous: ReadonlyMap<string, BodyDetails>): void {
  writeShardedV8(knownFolder(folder), details, previous);
}

/**
 * The names of the files in the folder of rendered bodies: listed once for a
 * build's lookups and pruning, instead of two existence checks for each of
 * 10,000 bodies.
 */
export function bodyFiles(folder: string): Set<string> {
  return existsSync(folder) ? new Set(readdirSync(folder)) : new Set();
}

/** Removes rendered bodies that no current article uses (of `files`, the folder as it was listed). */
export function pruneBodies(folder: string, keep: ReadonlySet<string>, files: ReadonlySet<string>): void {
  for (const name of files) {
    // Recursive for a folder an earlier version kept there.
    if (!keep.has(name.replace(/\.(html|json)$/, ''))) rmSync(path.join(folder, name), { force: true, recursive: true });
  }
}

/** The rendered HTML of a body, read when a page shows it. */
export function readBody(summary: BodySummary): string {
  return readFileSync(summary.file, 'utf8');
}

/** The body's headings, for the article's table of contents. */
export function readHeadings(summary: BodySummary): MarkdownHeading[] {
  return (JSON.parse(readFileSync(detailsFile(summary.file), 'utf8')) as BodyDetails).headings;
}
