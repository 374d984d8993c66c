import type { APIRoute } from 'astro';
import { buildClock, feedEntries, feedMeta, xmlResponse } from '../data/feeds';
import { getPublication } from '../data/publication';
import { feedPaths } from '../lib/feed-paths';
import { toAtom } from '../lib/feeds/atom';
import { site } from '../site.config';

export const GET: APIRoute = async () => {
  const { articles } = await getPublication();
  const meta = feedMeta(site.title, site.description, '/', feedPaths.atom);
  return xmlResponse(toAtom(meta, await feedEntries(articles), buildClock()), 'application/atom+xml');
};
