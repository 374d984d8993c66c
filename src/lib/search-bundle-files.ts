/**
 * What a search bundle's folder needs of the files Pagefind writes there.
 * The search page loads Pagefind's default UI from the newest bundle, which
 * runs every bundle's index in one worker on that bundle's WebAssembly; the
 * bundles it merges are read for their entry, metadata, index and fragments
 * alone. Any bundle may become the newest (a year's last article pulled), so
 * each keeps that runtime; none needs Pagefind's other UIs (component,
 * modular), its highlighter, or WebAssembly for a language no page of it is
 * in: some 350 KB a bundle that no reader ever loads.
 */
const RUNTIME = new Set(['pagefind.js', 'pagefind-worker.js', 'pagefind-ui.js', 'pagefind-ui.css', 'pagefind-entry.json']);

/** Pagefind's entry file: the languages a bundle's pages are in, each with its WebAssembly. */
export interface PagefindEntry {
  languages: Record<string, { wasm?: string | null }>;
}

/** The names among the files at the top of a bundle's folder (its index and fragments are in folders) that nothing loads. */
export function unusedBundleFiles(files: readonly string[], entry: PagefindEntry): string[] {
  // Pagefind loads its generic WebAssembly for a language it has no stemmer for (one with no `wasm`).
  const wasm = new Set(Object.values(entry.languages).map(({ wasm }) => `wasm.${wasm || 'unknown'}.pagefind`));
  const used = (name: string) => RUNTIME.has(name) || wasm.has(name) || name.endsWith('.pf_meta');
  return files.filter((name) => !used(name));
}
