import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface SearchRecord {
  /** The bundle the page is indexed in: its year, or its year's run of months. */
  bundle: string;
  url: string;
  title: string;
  content: string;
  /** Pagefind's whole fragment: everything a search result can show. */
  fragment: Record<string, unknown>;
}

/**
 * The pages Pagefind indexed, in every bundle, read from its fragments
 * (gzip: a "pagefind_dcd" signature, then JSON).
 */
export function readSearchIndex(dist: string, root = path.join(dist, 'pagefind')): SearchRecord[] {
  return readdirSync(root).flatMap((bundle) => {
    const folder = path.join(root, bundle, 'fragment');
    return readdirSync(folder).map((file) => {
      const bytes = gunzipSync(readFileSync(path.join(folder, file)));
      const fragment = JSON.parse(bytes.subarray('pagefind_dcd'.length).toString('utf8'));
      return { bundle, url: fragment.url, title: fragment.meta.title, content: fragment.content, fragment };
    });
  });
}
