/**
 * A worker thread that builds search bundles with Pagefind. The build starts
 * it before Astro bundles and renders the pages: on the main thread its file
 * work and its talk with Pagefind's process would wait for every page render
 * to yield, and the index would be ready no sooner than the pages.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { unusedBundleFiles, type PagefindEntry } from '../lib/search-bundle-files.ts';
import { searchDocumentHtml } from '../lib/search-document.ts';
import type { SearchDocument } from '../lib/search-groups.ts';

export interface IndexJob {
  groups: { documents: SearchDocument[]; outputPath: string }[];
  /** A folder of this worker's own, for the documents Pagefind reads. */
  scratch: string;
  language: string;
}

/**
 * Indexes one group. Its documents are written to the scratch folder first:
 * Pagefind reads a folder much faster than it takes pages one by one over
 * its pipe. Pagefind's process is closed after each group: it keeps what it
 * allocated until it exits, and a process per year holds one year's index,
 * not the largest of them all (10,000 articles: 400 MB → 300 MB).
 */
async function indexGroup(documents: readonly SearchDocument[], outputPath: string, scratch: string, language: string): Promise<void> {
  rmSync(scratch, { recursive: true, force: true });
  for (const document of documents) {
    const folder = path.join(scratch, document.url);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, 'index.html'), searchDocumentHtml(document, document.bodyHtml ?? readFileSync(document.bodyFile!, 'utf8'), language));
  }
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: scratch });
    if (added.errors.length) throw new Error(`Pagefind could not index ${scratch}: ${added.errors.join('; ')}`);
    if (added.page_count !== documents.length) throw new Error(`Pagefind indexed ${added.page_count} of the ${documents.length} articles it was given.`);
    rmSync(outputPath, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    const entry = JSON.parse(readFileSync(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
    const files = readdirSync(outputPath, { withFileTypes: true }).filter((file) => file.isFile());
    for (const name of unusedBundleFiles(files.map((file) => file.name), entry)) rmSync(path.join(outputPath, name));
  } finally {
    // Ending Pagefind's process also drops the index it held.
    await pagefind.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}

parentPort!.on('message', async ({ id, groups, scratch, language }: { id: number } & IndexJob) => {
  try {
    for (const { documents, outputPath } of groups) await indexGroup(documents, outputPath, scratch, language);
    parentPort!.postMessage({ id });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
