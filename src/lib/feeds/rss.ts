import { getRssString } from '@astrojs/rss';
import { feedUpdated, type FeedEntry, type FeedImage, type FeedMeta } from './feed-entry.ts';

const NAMED_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Escapes text for `customData`, which `@astrojs/rss` parses and writes
 * again: its parser decodes the five named entities only, so a numeric one
 * (`&#38;`, as `escapeHtml` writes) would reach readers escaped twice.
 */
const escapeXml = (text: string) => text.replace(/[&<>"']/g, (char) => NAMED_ENTITIES[char]!);

/** The lead picture as Media RSS, which feed readers show beside the item: its alt text as the description, and its credit. */
function mediaContent(image: FeedImage): string {
  return (
    `<media:content url="${escapeXml(image.url)}" type="${escapeXml(image.type)}" medium="image" width="${image.width}" height="${image.height}">` +
    `<media:description type="plain">${escapeXml(image.alt)}</media:description><media:credit>${escapeXml(image.credit)}</media:credit></media:content>`
  );
}

/**
 * An RSS 2.0 document through `@astrojs/rss`, extended with what it leaves
 * out: language, lastBuildDate, the atom self link (and the WebSub hub's),
 * dc:creator and the lead picture (media:content).
 */
export function toRss(meta: FeedMeta, entries: readonly FeedEntry[], now: Date): Promise<string> {
  return getRssString({
    title: meta.title,
    description: meta.description,
    site: meta.homePageUrl,
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/', media: 'http://search.yahoo.com/mrss/' },
    customData: [
      `<language>${escapeXml(meta.language)}</language>`,
      `<lastBuildDate>${feedUpdated(entries, now).toUTCString()}</lastBuildDate>`,
      `<atom:link href="${escapeXml(meta.feedUrl)}" rel="self" type="application/rss+xml"/>`,
      meta.hub ? `<atom:link href="${escapeXml(meta.hub)}" rel="hub"/>` : '',
    ].join(''),
    items: entries.map((entry) => ({
      title: entry.title,
      link: entry.url,
      pubDate: entry.published,
      description: entry.summary,
      content: entry.html,
      categories: entry.categories,
      customData: entry.authors.map((author) => `<dc:creator>${escapeXml(author.name)}</dc:creator>`).join('') + (entry.image ? mediaContent(entry.image) : ''),
    })),
  });
}
