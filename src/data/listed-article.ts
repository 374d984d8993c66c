import type { ArchiveMonth, ArchiveYear } from '../lib/indexes/archive.ts';
import type { Article } from './types.ts';

/**
 * All that a listing shows of an article on its card. Listing pages take
 * these as their props and are keyed by the same objects, so a page cannot
 * show what its key leaves out, and a change no card shows (a correction to
 * the text that keeps the reading time) renders the article's own page and
 * no listing.
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

/**
 * Projects an article once and hands back that same object whenever a page
 * shows it, so that its digest is taken once however many listings show it.
 */
function oncePerArticle<T extends object>(project: (article: Article) => T): (article: Article) => T {
  const made = new WeakMap<Article, T>();
  return (article) => {
    let shown = made.get(article);
    if (shown === undefined) {
      shown = project(article);
      made.set(article, shown);
    }
    return shown;
  };
}

export const listedArticle = oncePerArticle(
  (article): ListedArticle => ({
    url: article.url,
    title: article.title,
    description: article.description,
    kind: article.kind,
    publishedAt: article.publishedAt,
    authorNames: article.authors.map((author) => author.name),
    readingMinutes: article.readingStats.minutes,
    image: article.image,
  }),
);

/** A month of a listing with its articles as cards; its other fields (neighbouring months) kept. */
export function listedMonth<Month extends ArchiveMonth<Article>>(month: Month): Omit<Month, 'articles'> & { articles: ListedArticle[] } {
  return { ...month, articles: month.articles.map(listedArticle) };
}

/** All that a line of a year's archive shows of an article: a summary or a new byline leaves the year's page as it was. */
export interface ArchiveLine {
  url: string;
  title: string;
  publishedAt: Date;
}

export const archiveLine = oncePerArticle((article): ArchiveLine => ({ url: article.url, title: article.title, publishedAt: article.publishedAt }));

/** A year of the archive as its page lists it: a line an article, month by month. */
export function archiveLines(year: ArchiveYear<Article>): ArchiveYear<ArchiveLine> {
  return { ...year, months: year.months.map((month) => ({ ...month, articles: month.articles.map(archiveLine) })) };
}
