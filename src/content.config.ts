import { defineCollection } from 'astro:content';
import { readBuildEnv } from './build-env.ts';
import { newsroomLoader } from './model/loader.ts';

const { contentRoot, now, searchGroupSize } = readBuildEnv();
const options = { contentRoot, visibility: { now, preview: import.meta.env.BACKSTORY_PREVIEW }, searchGroupSize };

export const collections = {
  articles: defineCollection({ loader: newsroomLoader('articles', options) }),
  authors: defineCollection({ loader: newsroomLoader('authors', options) }),
  tags: defineCollection({ loader: newsroomLoader('tags', options) }),
  events: defineCollection({ loader: newsroomLoader('events', options) }),
  stories: defineCollection({ loader: newsroomLoader('stories', options) }),
  people: defineCollection({ loader: newsroomLoader('people', options) }),
  pages: defineCollection({ loader: newsroomLoader('pages', options) }),
};
