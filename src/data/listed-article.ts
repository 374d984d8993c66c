import type { ArchiveMonth, ArchiveYear } from '../lib/indexes/archive.ts';
import type { Article } from './types.ts';

/**
 * All that a listing shows of an article: its card, or in the archive's
 * lists a line of it. Listing pages take these as their props and are keyed
 * by the same objects, so a page cannot show what its key leaves out, and a
 * change no card shows (a correction to the text that keeps the reading
 * time) renders the article's own page and no listing.
 */
export interface ListedArticle {
  url: string;
  title: string;
  description: string;
  kind: Article['kind'];
  publishedAt: Date;
  authorNames: string[];
  readingMinutes: number;
  /** The thumbnail's picture: its digest changes with the file. */
  image?: Article['image'];
}

/** One object an article, so that its digest is taken once however many listings show it. */
const listed = new WeakMap<Article, ListedArticle>();

export function listedArticle(article: Article): ListedArticle {
  let shown = listed.get(article);
  if (shown === undefined) {
    shown = {
      url: article.url,
      title: article.title,
      description: article.description,
      kind: article.kind,
      publishedAt: article.publishedAt,
      authorNames: article.authors.map((author) => author.name),
      readingMinutes: article.readingStats.minutes,
      image: article.image,
    };
    listed.set(article, shown);
  }
  return shown;
}

/** A month of a listing with its articles as cards; its other fields (neighbouring months) kept. */
export function listedMonth<Month extends ArchiveMonth<Article>>(month: Month): Omit<Month, 'articles'> & { articles: ListedArticle[] } {
  return { ...month, articles: month.articles.map(listedArticle) };
}

export function listedYear(year: ArchiveYear<Article>): ArchiveYear<ListedArticle> {
  return { ...year, months: year.months.map(listedMonth) };
}
