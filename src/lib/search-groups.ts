import { readCacheJson, writeCacheJson } from './cache-file.ts';
import { calendarMonth } from './indexes/archive.ts';
import { urls } from './urls.ts';

/**
 * The search index is split by year of publication in the newsroom's time
 * zone, so that a change re-indexes one year. Years are the groups.
 */
export const searchGroupOf = (publishedAt: Date, timeZone: string) => String(calendarMonth(publishedAt, timeZone).year);

/** Where a group's Pagefind bundle is served. */
export const searchBundle = (group: string) => `/pagefind/${group}/`;

/** Each group's article URLs, sorted. */
export type SearchGroups = Record<string, string[]>;

export function searchGroups(articles: readonly { slug: string; publishedAt: Date }[], timeZone: string): SearchGroups {
  const groups: SearchGroups = {};
  for (const article of articles) (groups[searchGroupOf(article.publishedAt, timeZone)] ??= []).push(urls.article(article.slug));
  for (const pages of Object.values(groups)) pages.sort();
  return Object.fromEntries(Object.entries(groups).sort(([a], [b]) => b.localeCompare(a)));
}

const GROUPS_FILE = 'search-groups.json';

/** Written by the content loader, which knows every published article, for the search step after the build. */
export function writeSearchGroups(cacheDir: string, groups: SearchGroups): void {
  writeCacheJson(cacheDir, GROUPS_FILE, groups);
}

export function readSearchGroups(cacheDir: string): SearchGroups {
  return readCacheJson<SearchGroups>(cacheDir, GROUPS_FILE) ?? {};
}
