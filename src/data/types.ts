import type { ArticleData, ArticleKind, AuthorData, EventData, TagData } from '../model/schemas.ts';
import type { ReadingStats } from '../markdown/remark-reading-stats.ts';
import type { CollectionEntry } from 'astro:content';

export interface Author extends AuthorData {
  slug: string;
  url: string;
}

export interface Tag extends TagData {
  slug: string;
  url: string;
}

export interface TimelineEvent extends EventData {
  id: string;
}

/** An article as pages see it: references resolved, reading stats attached. */
export interface Article extends Omit<ArticleData, 'authors' | 'tags' | 'events'> {
  slug: string;
  url: string;
  kind: ArticleKind;
  authors: Author[];
  tags: Tag[];
  events: TimelineEvent[];
  readingStats: ReadingStats;
  /** The collection entry, for `render()`. */
  entry: CollectionEntry<'articles'>;
}

export interface Publication {
  /** Visible articles, newest first. */
  articles: Article[];
  articleBySlug: Map<string, Article>;
  authors: Author[];
  /** Each author's visible articles, newest first. */
  articlesByAuthor: Map<string, Article[]>;
  tags: Tag[];
}
