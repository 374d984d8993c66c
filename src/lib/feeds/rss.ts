import { getRssString } from '@astrojs/rss';
import { escapeHtml } from '../escape-html.ts';
import { feedUpdated, type FeedEntry, type FeedMeta } from './feed-entry.ts';


/**
 * An RSS 2.0 document through `@astrojs/rss`, extended with what it leaves
 * out: language, lastBuildDate, the atom self link and dc:creator.
 */
export function toRss(meta: FeedMeta, entries: readonly FeedEntry[], now: Date): Promise<string> {
  return getRssString({
    title: meta.title,
    description: meta.description,
    site: meta.homePageUrl,
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    customData: [
      `<language>${escapeHtml(meta.language)}</language>`,
      `<lastBuildDate>${feedUpdated(entries, now).toUTCString()}</lastBuildDate>`,
      `<atom:link href="${escapeHtml(meta.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
    items: entries.map((entry) => ({
      title: entry.title,
      link: entry.url,
      pubDate: entry.published,
      description: entry.summary,
      content: entry.html,
      categories: entry.categories,
      customData: entry.authors.map((author) => `<dc:creator>${escapeHtml(author.name)}</dc:creator>`).join(''),
    })),
  });
}
