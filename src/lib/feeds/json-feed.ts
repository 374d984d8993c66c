import type { FeedEntry, FeedMeta } from './feed-entry.ts';

/** A JSON Feed 1.1 document (jsonfeed.org/version/1.1). */
export function toJsonFeed(meta: FeedMeta, entries: readonly FeedEntry[]): string {
  return JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: meta.title,
      description: meta.description,
      home_page_url: meta.homePageUrl,
      feed_url: meta.feedUrl,
      hubs: meta.hub ? [{ type: 'WebSub', url: meta.hub }] : undefined,
      language: meta.language,
      items: entries.map((entry) => ({
        id: entry.url,
        url: entry.url,
        title: entry.title,
        summary: entry.summary,
        content_html: entry.html,
        image: entry.image?.url,
        date_published: entry.published.toISOString(),
        date_modified: entry.updated.toISOString(),
        authors: entry.authors,
        tags: entry.categories,
      })),
    },
    null,
    2,
  );
}
