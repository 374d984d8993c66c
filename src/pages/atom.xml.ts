import type { APIRoute } from 'astro';
import { buildClock, feedMeta, siteFeedEntries, xmlResponse } from '../data/feeds';
import { feedPaths } from '../lib/feed-paths';
import { toAtom } from '../lib/feeds/atom';
import { site } from '../site.config';

export const GET: APIRoute = async () => {
  const meta = feedMeta(site.title, site.description, '/', feedPaths.atom);
  return xmlResponse(toAtom(meta, await siteFeedEntries(), buildClock()), 'application/atom+xml');
};
