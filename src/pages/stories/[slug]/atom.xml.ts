import type { APIRoute, GetStaticPaths } from 'astro';
import { buildClock, storyFeedEntries, storyFeedMeta, storyFeedRoutes, xmlResponse } from '../../../data/feeds';
import type { StoryListing } from '../../../data/types';
import { toAtom } from '../../../lib/feeds/atom';

export const getStaticPaths = storyFeedRoutes satisfies GetStaticPaths;

export const GET: APIRoute<{ listing: StoryListing }> = async ({ props: { listing } }) =>
  xmlResponse(toAtom(storyFeedMeta(listing, 'atom'), await storyFeedEntries(listing), buildClock()), 'application/atom+xml');
