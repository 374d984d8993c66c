import type { APIRoute } from 'astro';
import { buildClock, feedMeta, siteFeedEntries, xmlResponse } from '../data/feeds';
import { feedPaths } from '../lib/feed-paths';
import { toRss } from '../lib/feeds/rss';
import { site } from '../site.config';

export const GET: APIRoute = async () => {
  const meta = feedMeta(site.title, site.description, '/', feedPaths.rss);
  return xmlResponse(await toRss(meta, await siteFeedEntries(), buildClock()), 'application/rss+xml');
};
