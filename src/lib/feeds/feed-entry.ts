/** One article as every feed format sees it: absolute URLs, resolved names. */
export interface FeedEntry {
  /** Absolute permalink; also the id/guid, which never changes when the article is corrected. */
  url: string;
  title: string;
  /** The dek. */
  summary: string;
  /** Full article HTML with absolute URLs; absent where a feed carries only the dek (older pieces of a story). */
  html?: string | undefined;
  published: Date;
  /** `updatedAt`, or `published` when the article was never revised. */
  updated: Date;
  categories: string[];
  authors: { name: string; url: string }[];
  /** The lead picture, at its largest width, with an absolute URL. */
  image?: FeedImage | undefined;
}

export interface FeedImage {
  url: string;
  /** Its MIME type, e.g. image/jpeg. */
  type: string;
  width: number;
  height: number;
  alt: string;
  credit: string;
}

/** What a feed is about, for its channel/feed-level fields. */
export interface FeedMeta {
  title: string;
  description: string;
  /** Absolute URL of the HTML page the feed mirrors. */
  homePageUrl: string;
  /** Absolute URL of the feed itself. */
  feedUrl: string;
  language: string;
  /** The WebSub hub feed readers may subscribe through for instant delivery (with `feedUrl` as the topic); none: no hub link. */
  hub?: string | undefined;
}

/**
 * When the feed last changed: its newest publication or update, clamped to
 * the build clock so a mistyped future `updatedAt` cannot date it ahead.
 */
export function feedUpdated(entries: readonly Pick<FeedEntry, 'updated'>[], now: Date): Date {
  const newest = Math.max(0, ...entries.map((entry) => Math.min(entry.updated.getTime(), now.getTime())));
  return new Date(newest || now.getTime());
}
