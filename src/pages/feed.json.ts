import type { APIRoute } from 'astro';
import { feedMeta, siteFeedEntries, xmlResponse } from '../data/feeds';
import { feedPaths } from '../lib/feed-paths';
import { toJsonFeed } from '../lib/feeds/json-feed';
import { site } from '../site.config';

export const GET: APIRoute = async () => {
  const meta = feedMeta(site.title, site.description, '/', feedPaths.json);
  return xmlResponse(toJsonFeed(meta, await siteFeedEntries()), 'application/feed+json');
};
