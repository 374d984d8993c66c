import type { APIRoute, GetStaticPaths } from 'astro';
import { buildClock, storyFeedEntries, storyFeedMeta, storyFeedRoutes, xmlResponse } from '../../../data/feeds';
import type { StoryListing } from '../../../data/types';
import { toRss } from '../../../lib/feeds/rss';

export const getStaticPaths = storyFeedRoutes satisfies GetStaticPaths;

export const GET: APIRoute<{ listing: StoryListing }> = async ({ props: { listing } }) =>
  xmlResponse(await toRss(storyFeedMeta(listing, 'rss'), await storyFeedEntries(listing), buildClock()), 'application/rss+xml');
