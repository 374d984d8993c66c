import { XMLBuilder } from 'fast-xml-parser';
import { feedUpdated, type FeedEntry, type FeedMeta } from './feed-entry.ts';

const builder = new XMLBuilder({ ignoreAttributes: false, format: true, suppressEmptyNode: true });

/** An Atom 1.0 document (RFC 4287). `updated` follows `updatedAt`, so a correction shows as an update. */
export function toAtom(meta: FeedMeta, entries: readonly FeedEntry[], now: Date): string {
  const document = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    feed: {
      '@_xmlns': 'http://www.w3.org/2005/Atom',
      '@_xml:lang': meta.language,
      id: meta.homePageUrl,
      title: meta.title,
      subtitle: meta.description,
      updated: feedUpdated(entries, now).toISOString(),
      link: [
        { '@_rel': 'self', '@_type': 'application/atom+xml', '@_href': meta.feedUrl },
        ...(meta.hub ? [{ '@_rel': 'hub', '@_href': meta.hub }] : []),
        { '@_rel': 'alternate', '@_type': 'text/html', '@_href': meta.homePageUrl },
      ],
      entry: entries.map((entry) => ({
        id: entry.url,
        title: entry.title,
        link: { '@_rel': 'alternate', '@_type': 'text/html', '@_href': entry.url },
        published: entry.published.toISOString(),
        updated: entry.updated.toISOString(),
        author: entry.authors.map((author) => ({ name: author.name, uri: author.url })),
        category: entry.categories.map((term) => ({ '@_term': term })),
        summary: entry.summary,
        ...(entry.html === undefined ? {} : { content: { '@_type': 'html', '#text': entry.html } }),
      })),
    },
  };
  return builder.build(document);
}
