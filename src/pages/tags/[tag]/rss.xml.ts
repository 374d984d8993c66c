import type { APIRoute, GetStaticPaths } from 'astro';
import { articleFeedKey, buildClock, feedEntries, feedMeta, xmlResponse } from '../../../data/feeds';
import { getPublication } from '../../../data/publication';
import type { TagListing } from '../../../data/types';
import { feedPaths } from '../../../lib/feed-paths';
import { toRss } from '../../../lib/feeds/rss';
import { site } from '../../../site.config';

export const getStaticPaths = (async () => {
  const { tags } = await getPublication();
  return tags
    .filter((tag) => tag.articles.length > 0)
    .map((tag) => ({ params: { tag: tag.slug }, props: { tag }, cacheKey: articleFeedKey([tag.slug, tag.label, tag.description], tag.articles) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ tag: TagListing }> = async ({ props: { tag } }) => {
  const meta = feedMeta(`${site.title}: ${tag.label}`, tag.description, tag.url, feedPaths.tag(tag.slug));
  return xmlResponse(await toRss(meta, await feedEntries(tag.articles), buildClock()), 'application/rss+xml');
};
