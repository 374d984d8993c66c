import type { APIRoute, GetStaticPaths } from 'astro';
import { articleFeedKey, buildClock, feedEntries, feedMeta, xmlResponse } from '../../../data/feeds';
import { getPublication } from '../../../data/publication';
import type { Article, Author } from '../../../data/types';
import { feedPaths } from '../../../lib/feed-paths';
import { toRss } from '../../../lib/feeds/rss';
import { site } from '../../../site.config';

export const getStaticPaths = (async () => {
  const { authors, articlesByAuthor } = await getPublication();
  return authors.map((author) => {
    const articles = articlesByAuthor.get(author.slug) ?? [];
    return { params: { slug: author.slug }, props: { author, articles }, cacheKey: articleFeedKey(author, articles) };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ author: Author; articles: Article[] }> = async ({ props: { author, articles } }) => {
  const meta = feedMeta(`${site.title}: ${author.name}`, author.bio, author.url, feedPaths.author(author.slug));
  return xmlResponse(await toRss(meta, await feedEntries(articles), buildClock()), 'application/rss+xml');
};
