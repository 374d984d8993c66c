import { readBuildEnv } from '../build-env.ts';
import { absoluteUrl } from './absolute-url.ts';
import { absoluteHtml } from '../lib/feeds/absolute-html.ts';
import type { FeedEntry, FeedMeta } from '../lib/feeds/feed-entry.ts';
import { site } from '../site.config.ts';
import { readBody } from '../model/rendered-bodies.ts';
import type { Article } from './types.ts';

function toEntry(article: Article): FeedEntry {
  const url = absoluteUrl(article.url);
  return {
    url,
    title: article.title,
    summary: article.description,
    html: absoluteHtml(readBody(article.body), url),
    published: article.publishedAt,
    updated: article.updatedAt ?? article.publishedAt,
    categories: article.tags.map((tag) => tag.label),
    authors: article.authors.map((author) => ({ name: author.name, url: absoluteUrl(author.url) })),
  };
}

// By article object: a preview server's reloaded publication has new ones, so no entry outlives an edit.
const entries = new WeakMap<Article, FeedEntry>();

/**
 * The newest `feedSize` of `articles` (already newest first) as feed entries.
 * An entry is built the first time any feed carries its article and shared by
 * the others, so only the bodies that feeds show are ever read.
 */
export function feedEntries(articles: readonly Article[]): FeedEntry[] {
  return articles.slice(0, site.feedSize).map((article) => {
    let entry = entries.get(article);
    if (!entry) entries.set(article, (entry = toEntry(article)));
    return entry;
  });
}

export function feedMeta(title: string, description: string, pagePath: string, feedPath: string): FeedMeta {
  return { title, description, homePageUrl: absoluteUrl(pagePath), feedUrl: absoluteUrl(feedPath), language: site.language };
}

export const buildClock = () => readBuildEnv().now;

export function xmlResponse(body: string, type: string): Response {
  return new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
}
