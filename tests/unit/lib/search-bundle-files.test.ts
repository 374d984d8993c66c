import { describe, expect, it } from 'vitest';
import { unusedBundleFiles } from '../../../src/lib/search-bundle-files.ts';

// The files Pagefind 1.6 writes at the top of a bundle's folder.
const WRITTEN = [
  'pagefind-component-ui.css',
  'pagefind-component-ui.js',
  'pagefind-entry.json',
  'pagefind-highlight.js',
  'pagefind-modular-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-ui.css',
  'pagefind-ui.js',
  'pagefind-worker.js',
  'pagefind.en_8c74b7b866.pf_meta',
  'pagefind.js',
  'wasm.en.pagefind',
  'wasm.unknown.pagefind',
];

describe('search bundle files', () => {
  it("drops Pagefind's other UIs, its highlighter and WebAssembly for languages the bundle has no page in", () => {
    expect(unusedBundleFiles(WRITTEN, { languages: { en: { wasm: 'en' } } })).toEqual([
      'pagefind-component-ui.css',
      'pagefind-component-ui.js',
      'pagefind-highlight.js',
      'pagefind-modular-ui.css',
      'pagefind-modular-ui.js',
      'wasm.unknown.pagefind',
    ]);
  });

  it('keeps the WebAssembly of every language the entry names', () => {
    expect(unusedBundleFiles(['wasm.en.pagefind', 'wasm.fr.pagefind', 'wasm.unknown.pagefind', 'pagefind.fr_1.pf_meta'], { languages: { en: { wasm: 'en' }, fr: { wasm: 'fr' } } })).toEqual(['wasm.unknown.pagefind']);
    // A language Pagefind has no stemmer for has no WebAssembly of its own in the entry: it is searched with the generic one.
    expect(unusedBundleFiles(['wasm.en.pagefind', 'wasm.unknown.pagefind'], { languages: { xx: { wasm: null } } })).toEqual(['wasm.en.pagefind']);
  });
});
