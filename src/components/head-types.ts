/** What a page tells feed readers and social sites about itself (see HeadMeta.astro). */
export interface FeedLink {
  title: string;
  href: string;
  type: 'application/rss+xml' | 'application/atom+xml' | 'application/feed+json';
}

export interface SocialMeta {
  type: 'website' | 'article';
  /** Absolute or site-relative image URL, and its alt text. */
  image?: { url: string; alt: string } | undefined;
  article?: { publishedTime: string; modifiedTime: string; tags: string[] } | undefined;
}
