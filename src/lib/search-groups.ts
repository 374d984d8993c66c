import { readCacheJson, writeCacheJson } from './cache-file.ts';
import { cacheKey } from './cache-key.ts';
import { calendarMonth } from './indexes/archive.ts';
import { escapeHtml } from './escape-html.ts';
import { PERSON_LABEL } from './kind-labels.ts';
import { urls } from './urls.ts';

/**
 * Names each article's search group from its date of publication in the
 * newsroom's time zone, so that a change re-indexes one group. The group is
 * the year (`2025`); a year of more than `size` articles is cut into runs of
 * whole months of at most `size` articles (a single month larger than
 * `size` is a run of its own), each named by its first month with articles
 * (`2025-01`, `2025-07`). Runs are filled from January, so an article added
 * at the newest end touches only its year's last run (which may split in
 * two), and an edit keeps every article in its group unless it changes how
 * many a month holds (a date moved, a piece retracted or backdated), which
 * can move the later boundaries of that year. A year that first grows past
 * `size` is indexed again whole, once, as runs.
 */
export function searchGroupNamer(dates: Iterable<Date>, timeZone: string, size: number): (publishedAt: Date) => string {
  const monthCounts = new Map<number, number[]>();
  for (const date of dates) {
    const { year, month } = calendarMonth(date, timeZone);
    let counts = monthCounts.get(year);
    if (!counts) monthCounts.set(year, (counts = new Array<number>(13).fill(0)));
    counts[month]!++;
  }
  const runOfMonth = new Map<string, string>();
  for (const [year, counts] of monthCounts) {
    if (counts.reduce((sum, count) => sum + count, 0) <= size) continue;
    let run = '';
    let runSize = 0;
    for (let month = 1; month <= 12; month++) {
      const count = counts[month]!;
      if (count === 0) continue;
      if (!run || runSize + count > size) [run, runSize] = [`${year}-${String(month).padStart(2, '0')}`, 0];
      runSize += count;
      runOfMonth.set(`${year}-${month}`, run);
    }
  }
  return (publishedAt) => {
    const { year, month } = calendarMonth(publishedAt, timeZone);
    return runOfMonth.get(`${year}-${month}`) ?? String(year);
  };
}

/** Whether a group is a run of months of a year cut in parts (`2025-07`), not a whole year or the stories', people's or standing pages'. */
export const isMonthRun = (group: string) => /^\d{4}-\d{2}$/.test(group);

/** Where a group's Pagefind bundle is served. */
export const searchBundle = (group: string) => `/pagefind/${group}/`;

/** What search shows of an article: the part of its page marked for Pagefind. */
export interface SearchDocument {
  url: string;
  /** The kind's label, the page's kicker; empty for a standing page, which has none. */
  kind: string;
  title: string;
  description: string;
  /** The rendered body's HTML file, or the body's HTML itself (a person's page, built from their quotes). */
  bodyFile?: string;
  bodyHtml?: string;
  /** Digest of all of the above through the body's own key: equal keys, equal records. */
  key: string;
}

/** Each group's documents, sorted by URL. */
export type SearchGroups = Record<string, SearchDocument[]>;

export interface SearchSource {
  slug: string;
  publishedAt: Date;
  kind: string;
  title: string;
  description: string;
  body: { key: string; file: string };
}

/** The group of story pages: few, and changed by any new piece, so kept apart from the years. */
export const STORIES_GROUP = 'stories';

/** The group of person pages, found by name. */
export const PEOPLE_GROUP = 'people';

/** The group of standing pages (about, standards, contact): few, and seldom changed. */
export const PAGES_GROUP = 'pages';

/** A person's search document: their name as the title, and their description, aliases and published quotes as its text. */
export interface PersonSearchSource {
  slug: string;
  name: string;
  description: string;
  aliases: string[];
  quotes: string[];
}

export function searchGroups(
  articles: readonly SearchSource[],
  timeZone: string,
  groupSize: number,
  stories: readonly Omit<SearchSource, 'publishedAt'>[] = [],
  people: readonly PersonSearchSource[] = [],
  pages: readonly Omit<SearchSource, 'publishedAt' | 'kind'>[] = [],
): SearchGroups {
  const groups: SearchGroups = {};
  const add = (group: string, url: string, { kind, title, description, body }: Omit<SearchSource, 'slug' | 'publishedAt'>) => {
    const key = cacheKey(url, kind, title, description, body.key);
    (groups[group] ??= []).push({ url, kind, title, description, bodyFile: body.file, key });
  };
  const groupOf = searchGroupNamer(
    articles.map((article) => article.publishedAt),
    timeZone,
    groupSize,
  );
  for (const article of articles) add(groupOf(article.publishedAt), urls.article(article.slug), article);
  for (const story of stories) add(STORIES_GROUP, urls.story(story.slug), story);
  for (const page of pages) add(PAGES_GROUP, urls.page(page.slug), { ...page, kind: '' });
  for (const person of people) {
    const url = urls.person(person.slug);
    const bodyHtml = [
      ...(person.aliases.length ? [`<p>Also written: ${escapeHtml(person.aliases.join(', '))}</p>`] : []),
      ...person.quotes.map((quote) => `<blockquote><p>${escapeHtml(quote)}</p></blockquote>`),
    ].join('');
    (groups[PEOPLE_GROUP] ??= []).push({ url, kind: PERSON_LABEL, title: person.name, description: person.description, bodyHtml, key: cacheKey(url, PERSON_LABEL, person.name, person.description, bodyHtml) });
  }
  for (const documents of Object.values(groups)) documents.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  return groups;
}

const GROUPS_FILE = 'search-groups.json';

/** Written by the content loader, which knows every published article, for the search step of the build. */
export function writeSearchGroups(cacheDir: string, groups: SearchGroups): void {
  writeCacheJson(cacheDir, GROUPS_FILE, groups);
}

export function readSearchGroups(cacheDir: string): SearchGroups {
  return readCacheJson<SearchGroups>(cacheDir, GROUPS_FILE) ?? {};
}
