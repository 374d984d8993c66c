import { readBuildEnv } from '../build-env.ts';
import { absoluteUrl } from './absolute-url.ts';
import { absoluteHtml } from '../lib/feeds/absolute-html.ts';
import type { FeedEntry, FeedMeta } from '../lib/feeds/feed-entry.ts';
import { site } from '../site.config.ts';
import { getPublication } from './publication.ts';
import type { Article } from './types.ts';

function toEntry(article: Article): FeedEntry {
  const url = absoluteUrl(article.url);
  return {
    url,
    title: article.title,
    summary: article.description,
    html: absoluteHtml(article.entry.rendered?.html ?? '', url),
    published: article.publishedAt,
    updated: article.updatedAt ?? article.publishedAt,
    categories: article.tags.map((tag) => tag.label),
    authors: article.authors.map((author) => ({ name: author.name, url: absoluteUrl(author.url) })),
  };
}

let entries: Promise<Map<string, FeedEntry>> | undefined;

/** Feed entries for every visible article, built once and shared by all feeds. */
async function entryBySlug(): Promise<Map<string, FeedEntry>> {
  entries ??= getPublication().then(({ articles }) => new Map(articles.map((article) => [article.slug, toEntry(article)])));
  return entries;
}

/** The newest `feedSize` of `articles` (already newest first) as feed entries. */
export async function feedEntries(articles: readonly Article[]): Promise<FeedEntry[]> {
  const bySlug = await entryBySlug();
  return articles.slice(0, site.feedSize).map((article) => bySlug.get(article.slug)!);
}

export function feedMeta(title: string, description: string, pagePath: string, feedPath: string): FeedMeta {
  return { title, description, homePageUrl: absoluteUrl(pagePath), feedUrl: absoluteUrl(feedPath), language: site.language };
}

export const buildClock = () => readBuildEnv().now;

export function xmlResponse(body: string, type: string): Response {
  return new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
}
