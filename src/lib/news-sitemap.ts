import { XMLBuilder } from 'fast-xml-parser';
import { isoInZone } from './dates/iso-in-zone.ts';

/** Where the Google News sitemap lives: its endpoint, robots.txt and the sitemap index name it. */
export const NEWS_SITEMAP_PATH = '/news-sitemap.xml';

/** Google News reads only articles published in the last two days. */
export const NEWS_WINDOW_MS = 48 * 60 * 60 * 1000;

/** Google reads at most 1,000 `news:news` entries in one sitemap. */
export const NEWS_SITEMAP_LIMIT = 1000;

/** One article, as the news sitemap names it. */
export interface NewsArticle {
  /** Absolute URL of the article page. */
  url: string;
  title: string;
  publishedAt: Date;
}

/** The publication the sitemap speaks for. */
export interface NewsPublication {
  /** As Google News knows it: the site's title. */
  name: string;
  /** The site's BCP 47 language tag (`site.language`). */
  language: string;
  /** The newsroom's IANA time zone: publication dates are written with its offset, as the article pages write them. */
  timeZone: string;
}

/**
 * The articles published in the 48 hours up to the build clock, in the order
 * given (newest first), at most 1,000. `articles` must already be what
 * readers see (the publication's listed articles): this only picks the
 * window, it does not decide visibility.
 */
export function recentNews<T extends { publishedAt: Date }>(articles: readonly T[], now: Date): T[] {
  const end = now.getTime();
  const start = end - NEWS_WINDOW_MS;
  return articles.filter(({ publishedAt }) => publishedAt.getTime() >= start && publishedAt.getTime() <= end).slice(0, NEWS_SITEMAP_LIMIT);
}

/**
 * Google News wants an ISO 639 code (`en`, not `en-GB`), except for Chinese,
 * which it spells `zh-cn` (simplified) or `zh-tw` (traditional).
 */
export function newsLanguage(bcp47: string): string {
  const [language = '', ...subtags] = bcp47.toLowerCase().split('-');
  if (language !== 'zh') return language;
  return subtags.some((subtag) => ['hant', 'tw', 'hk', 'mo'].includes(subtag)) ? 'zh-tw' : 'zh-cn';
}

const builder = new XMLBuilder({ ignoreAttributes: false, format: true });

/** A sitemap with the Google News extension (namespace http://www.google.com/schemas/sitemap-news/0.9). */
export function toNewsSitemap(publication: NewsPublication, articles: readonly NewsArticle[]): string {
  const source = { 'news:name': publication.name, 'news:language': newsLanguage(publication.language) };
  return builder.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    urlset: {
      '@_xmlns': 'http://www.sitemaps.org/schemas/sitemap/0.9',
      '@_xmlns:news': 'http://www.google.com/schemas/sitemap-news/0.9',
      // Google's schema orders these: publication, publication_date, title.
      url: articles.map((article) => ({
        loc: article.url,
        'news:news': {
          'news:publication': source,
          'news:publication_date': isoInZone(article.publishedAt, publication.timeZone),
          'news:title': article.title,
        },
      })),
    },
  });
}
