import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { site } from '../site.config.ts';
import type { ContentProblem } from './problem.ts';
import type { SourceEntry } from './read-entry.ts';
import type { PageData } from './schemas.ts';

const PAGES = new URL('../pages/', import.meta.url);

/** Folders of `dist/` that build steps other than Astro's routes fill. */
const STEP_FOLDERS: Record<string, string> = { og: 'the social cards', pagefind: 'the search index' };

/**
 * The first path segment of every route the site builds, with what builds it:
 * a standing page at `/<slug>/` may take none of them. Read from `src/pages/`,
 * so a route added later is protected without anyone listing it here.
 */
export function builtRoutes(): Map<string, string> {
  const routes = new Map(Object.entries(STEP_FOLDERS));
  for (const entry of readdirSync(fileURLToPath(PAGES), { withFileTypes: true })) {
    const name = entry.isDirectory() ? entry.name : entry.name.replace(/\.(astro|ts|md)$/, '');
    // The home page and dynamic routes (the standing pages' own among them) name no segment.
    if (name === 'index' || name.startsWith('[')) continue;
    routes.set(name, `src/pages/${entry.name}${entry.isDirectory() ? '/' : ''}`);
  }
  return routes;
}

/**
 * A standing page may not take the address of a page the site builds, and
 * every page the site config names for readers' trust (`site.trustPages`)
 * and its about page (`site.aboutPage`) must exist: a publisher's
 * structured data pointing at a missing policy is worse than none.
 */
export function checkStandingPages(pages: readonly SourceEntry<PageData>[], problems: ContentProblem[], pageFileExists: (slug: string) => boolean): void {
  const routes = builtRoutes();
  for (const page of pages) {
    const route = routes.get(page.id);
    if (route) {
      problems.push({ file: page.file, message: `would publish at /${page.id}/, which is already the site's ${route}`, hint: 'rename the file: a standing page cannot replace a page the site builds.' });
    }
  }
  const slugs = new Set(pages.map((page) => page.id));
  const named: [string, string][] = [...Object.entries(site.trustPages).map(([property, slug]): [string, string] => [`trustPages.${property}`, slug]), ['aboutPage', site.aboutPage]];
  for (const [field, slug] of named) {
    // A page that is there but invalid has its own problem reported; "does not exist" would mislead.
    if (slugs.has(slug) || pageFileExists(slug)) continue;
    problems.push({
      file: 'src/site.config.ts',
      field,
      message: `names the standing page "${slug}", which does not exist`,
      hint: `add content/pages/${slug}.md, or name an existing page${slugs.size ? ` (${[...slugs].join(', ')})` : ''}.`,
    });
  }
}
