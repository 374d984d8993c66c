import type { APIRoute } from 'astro';
import { absoluteUrl } from '../data/absolute-url';
import { buildClock, xmlResponse } from '../data/feeds';
import { getPublication } from '../data/publication';
import { recentNews, toNewsSitemap } from '../lib/news-sitemap';
import { site } from '../site.config';

/**
 * Google News: the listed articles of the 48 hours before the build clock.
 * A route without parameters cannot carry a cache key in Astro, so it is
 * rendered at every build, which its window, moving with the clock, needs
 * anyway; it reads no body, so that costs a pass over the article list.
 */
export const GET: APIRoute = async () => {
  const { articles } = await getPublication();
  const recent = recentNews(articles, buildClock()).map((article) => ({ url: absoluteUrl(article.url), title: article.title, publishedAt: article.publishedAt }));
  return xmlResponse(toNewsSitemap({ name: site.title, language: site.language, timeZone: site.timeZone }, recent), 'application/xml');
};
