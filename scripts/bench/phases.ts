/**
 * Where a build spends its wall time, read from its log. This file is only the table: which log
 * line marks which phase. breakdown.ts applies it (see there for the exact semantics).
 *
 * Each rule is tried, in order, on every log record (ANSI colours stripped; Astro's per-page
 * "├─ /path" entries are split into records of their own, because with build.concurrency > 1
 * several pages start on one line). The first rule that matches decides:
 *
 *   start: the phase begins when this record arrives and runs until the next boundary;
 *   end:   the span since the previous boundary was this phase (for lines printed when a step
 *          finishes, e.g. the sitemap's "created"); afterwards the build is in `then`.
 *
 * A record no rule matches changes nothing. Time before the first boundary is FIRST_PHASE.
 * Sources of the texts: node_modules/astro/dist/content/content-layer.js ("Syncing content"),
 * core/build/static-build.js ("Building static entrypoints..."), core/build/generate.js
 * (" generating static routes ", "  ├─ /path" + " (+12ms)" | " (restored)" | " (cached)",
 * "✓ Completed in"), core/build/index.js ("Complete!"), @astrojs/sitemap ("`sitemap-index.xml`
 * created at"), src/integrations/social-cards.ts ("N social cards: …"), src/integrations/pictures.ts
 * ("N pictures: …") and
 * src/integrations/search-index.ts ("Indexed N pages for search (…)"), each printed when the build
 * has waited for the work that began at its start.
 */

export interface PhaseRule {
  match: RegExp;
  phase: string;
  marks: 'start' | 'end';
  /** For `end` rules: the phase after the line (default: unchanged). */
  then?: string;
}

export const FIRST_PHASE = 'start-up and config';
export const OTHER = 'other';

export const PHASE_RULES: PhaseRule[] = [
  // Per page (generate.js). A restored page's entry and its "(restored)" are printed together, after
  // the copy; a rendered page's "├─ /path" is printed when it starts, its " (+12ms)" when it ends.
  { match: /\((?:restored|cached)\)/, phase: 'restoring unchanged pages', marks: 'start' },
  { match: /├─ /, phase: 'page rendering', marks: 'start' },
  // Content layer: loaders read, validate and render; the data store is written before "Synced".
  { match: /\[content\] Syncing content/, phase: 'content read and validation', marks: 'start' },
  { match: /\[content\] Synced content/, phase: 'types and routes', marks: 'start' },
  { match: /\[build\] Building (?:static|server) entrypoints\.\.\./, phase: 'Vite bundle', marks: 'start' },
  // From here to the first page: every route's getStaticPaths() and the incremental-build cache load.
  { match: / (?:generating|prerendering) static routes /, phase: 'static paths', marks: 'start' },
  // generate.js's own "✓ Completed in" has no "[build]" label (static-build.js's has).
  { match: /^(?:[\d:]+ +)?✓ Completed in /, phase: OTHER, marks: 'start' },
  { match: /\[@astrojs\/sitemap\] .*created at/, phase: 'sitemap', marks: 'end', then: OTHER },
  { match: /\[backstory-social-cards\] \d+ social cards: /, phase: 'social cards', marks: 'end', then: OTHER },
  { match: /\[backstory-pictures\] \d+ pictures: /, phase: 'pictures', marks: 'end', then: OTHER },
  { match: /Indexed \d+ pages for search\b/, phase: 'Pagefind', marks: 'end', then: OTHER },
  { match: /\[build\] Complete!/, phase: 'shutdown', marks: 'start' },
];

/**
 * Backstory's own timing lines (a contract with src/**): `timing: <name> <milliseconds> ms`, then
 * anything, e.g. `[backstory] timing: markdown-render 41234 ms (10000 articles, 2 workers)`.
 * Every one is reported as it is. One whose name matches a `carve` entry below is also cut out of
 * the wall-time phase it falls in, as [arrival − duration, arrival], when it fits inside that
 * phase's span: these are steps that run on their own inside content sync and have no Astro log
 * line. Steps that overlap others (social cards drawn on worker threads while pages render) are
 * never carved.
 */
export const TIMING_LINE = /timing: (\S+) (\d+(?:\.\d+)?) ms\b ?(.*)$/;

export const CARVE: { name: RegExp; phase: string }[] = [
  { name: /^markdown(?:-render)?$/, phase: 'Markdown render' },
  { name: /^(?:content-)?store(?:-write)?$/, phase: 'content-store write' },
];

/** Printing order; phases a build never entered are left out. */
export const PHASE_ORDER = [
  FIRST_PHASE,
  'content read and validation',
  'Markdown render',
  'content-store write',
  'types and routes',
  'Vite bundle',
  'static paths',
  'page rendering',
  'restoring unchanged pages',
  'social cards',
  'pictures',
  'sitemap',
  'Pagefind',
  'shutdown',
  OTHER,
];
