import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MarkdownHeading } from 'astro';
import { cacheFile } from '../lib/cache-file.ts';
import { codeVersion } from '../lib/code-version.ts';
import type { ReadingStats } from '../markdown/remark-reading-stats.ts';

/**
 * What the content store keeps of a rendered article body: the few facts that
 * listings, the table of contents and link checks need, and where the HTML is.
 * The HTML itself lives in its own file, so the store (which Astro holds in
 * memory and bundles into the build) does not grow with the archive's text,
 * and only the pages that show a body ever read it.
 */
export interface BodySummary {
  /** Digest of the Markdown body and the rendering code; names the HTML file. */
  key: string;
  /** Absolute path of the rendered HTML. */
  file: string;
  headings: MarkdownHeading[];
  readingStats: ReadingStats;
  /** Every id on the rendered body, for links to `#fragment`s. */
  anchors: string[];
  /** Every site-relative or in-page link in the body, as written in the HTML. */
  links: string[];
}

const SOURCES = new URL('../markdown/', import.meta.url);

let version: string | undefined;

/**
 * A digest of everything besides the Markdown that decides the HTML: our
 * plugins, the site settings they read, the render worker, and the installed
 * packages. Any change to them renders every body again.
 */
export function renderCodeVersion(): string {
  const folder = fileURLToPath(SOURCES);
  version ??= codeVersion(
    ...readdirSync(folder).sort().map((name) => new URL(name, SOURCES)),
    ...['../site.config.ts', './render-worker.ts', './rendered-bodies.ts'].map((file) => new URL(file, import.meta.url)),
  );
  return version;
}

export function bodyKey(body: string): string {
  return createHash('sha256').update(renderCodeVersion()).update('\0').update(body).digest('base64url').slice(0, 32);
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
const summaryFile = (folder: string, key: string) => path.join(folder, `${key}.json`);

/**
 * Writes a freshly rendered body and returns what the store keeps of it. The
 * summary is written beside the HTML too, so that a build whose content store
 * was cleared (Astro clears it when its config changes) still finds it.
 */
export function storeBody(folder: string, key: string, html: string, metadata: Record<string, unknown> | undefined): BodySummary {
  const summary: BodySummary = {
    key,
    file: htmlFile(folder, key),
    headings: (metadata?.headings ?? []) as MarkdownHeading[],
    readingStats: (metadata?.frontmatter as { readingStats: ReadingStats }).readingStats,
    anchors: anchorsIn(html),
    links: linksIn(html),
  };
  mkdirSync(folder, { recursive: true });
  writeFileSync(summary.file, html);
  writeFileSync(summaryFile(folder, key), JSON.stringify(summary));
  return summary;
}

/**
 * The rendered body with this key, if an earlier build left it: from the
 * content store's previous entry, or else from the summary file.
 */
export function cachedBody(folder: string, key: string, previous: BodySummary | undefined): BodySummary | undefined {
  if (!existsSync(htmlFile(folder, key))) return undefined;
  if (previous?.key === key && previous.file === htmlFile(folder, key)) return previous;
  try {
    // The folder may have moved since the summary was written (a CI cache restored elsewhere).
    return { ...(JSON.parse(readFileSync(summaryFile(folder, key), 'utf8')) as BodySummary), file: htmlFile(folder, key) };
  } catch {
    return undefined;
  }
}

/** Removes rendered bodies that no current article uses. */
export function pruneBodies(folder: string, keep: ReadonlySet<string>): void {
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder)) {
    if (!keep.has(name.replace(/\.(html|json)$/, ''))) rmSync(path.join(folder, name), { force: true });
  }
}

/** The rendered HTML of a body, read when a page shows it. */
export function readBody(summary: BodySummary): string {
  return readFileSync(summary.file, 'utf8');
}
