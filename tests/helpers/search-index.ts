import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

/** The pages Pagefind indexed, read from its fragments (gzip: a "pagefind_dcd" signature, then JSON). */
export function readSearchIndex(dist: string): { url: string; title: string; content: string }[] {
  const folder = path.join(dist, 'pagefind', 'fragment');
  return readdirSync(folder).map((file) => {
    const bytes = gunzipSync(readFileSync(path.join(folder, file)));
    const fragment = JSON.parse(bytes.subarray('pagefind_dcd'.length).toString('utf8'));
    return { url: fragment.url, title: fragment.meta.title, content: fragment.content };
  });
}
