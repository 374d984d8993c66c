import type { APIRoute } from 'astro';
import { feedEntries, feedMeta, xmlResponse } from '../data/feeds';
import { getPublication } from '../data/publication';
import { feedPaths } from '../lib/feed-paths';
import { toJsonFeed } from '../lib/feeds/json-feed';
import { site } from '../site.config';

export const GET: APIRoute = async () => {
  const { articles } = await getPublication();
  const meta = feedMeta(site.title, site.description, '/', feedPaths.json);
  return xmlResponse(toJsonFeed(meta, await feedEntries(articles)), 'application/feed+json');
};
