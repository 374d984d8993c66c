import { readCacheJson, writeCacheJson } from './cache-file.ts';
import { urls } from './urls.ts';
import { isVisible, type VisibilityContext } from './visibility.ts';

export interface LastmodInput {
  slug: string;
  draft: boolean;
  publishedAt: Date;
  updatedAt?: Date | undefined;
  tags: readonly string[];
  authors: readonly string[];
  story?: string | undefined;
  /** The ids of the key dates it cites. */
  events?: readonly string[] | undefined;
  /** Everyone the article quotes or mentions. */
  people?: readonly string[] | undefined;
}

/** A story with a published piece: its updates move its page's date too. */
export interface StoryLastmodInput {
  slug: string;
  updates: readonly { at: Date }[];
}

/**
 * When each page last changed, by site-relative URL: an article at its last
 * update, a listing at its newest article. Pages without an entry (about,
 * subscribe) carry no lastmod rather than a made-up one.
 */
export function sitemapLastmod(articles: readonly LastmodInput[], visibility: VisibilityContext, stories: readonly StoryLastmodInput[] = []): Map<string, Date> {
  const lastmod = new Map<string, Date>();
  const touch = (path: string, date: Date) => {
    const current = lastmod.get(path);
    if (!current || current < date) lastmod.set(path, date);
  };
  for (const article of articles) {
    if (!isVisible(article, visibility)) continue;
    const changed = article.updatedAt ?? article.publishedAt;
    touch(urls.article(article.slug), changed);
    for (const path of [urls.home(), urls.archive(), urls.tags(), ...article.tags.map(urls.tag), ...article.authors.map(urls.author)]) touch(path, changed);
    if (article.story) for (const path of [urls.stories(), urls.story(article.story)]) touch(path, changed);
    for (const slug of article.people ?? []) for (const path of [urls.people(), urls.person(slug)]) touch(path, changed);
    for (const id of article.events ?? []) for (const path of [urls.timeline(), urls.event(id)]) touch(path, changed);
  }
  for (const story of stories) {
    for (const update of story.updates) {
      // An update dated after the build clock is not shown yet, like a scheduled article.
      if (!isVisible({ draft: false, publishedAt: update.at }, visibility)) continue;
      for (const path of [urls.stories(), urls.story(story.slug)]) touch(path, update.at);
    }
  }
  return lastmod;
}

const LASTMOD_FILE = 'sitemap-lastmod.json';

/**
 * The sitemap integration runs after the content loader and sees only URLs,
 * so the loader, which has read every article anyway, hands it the dates
 * through a file instead of the config reading the whole tree a second time.
 */
export function writeLastmod(cacheDir: string, lastmod: Map<string, Date>): void {
  writeCacheJson(cacheDir, LASTMOD_FILE, Object.fromEntries([...lastmod].map(([url, date]) => [url, date.toISOString()])));
}

/** The dates the loader wrote in this build; none when it wrote none (a dev server). */
export function readLastmod(cacheDir: string): Map<string, string> {
  return new Map(Object.entries(readCacheJson<Record<string, string>>(cacheDir, LASTMOD_FILE) ?? {}));
}
