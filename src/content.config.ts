import { defineCollection } from 'astro:content';
import path from 'node:path';
import { readBuildEnv } from './build-env.ts';
import { newsroomLoader } from './model/loader.ts';

const { contentRoot } = readBuildEnv();
const options = { contentRoot, publicDir: path.resolve('public') };

export const collections = {
  articles: defineCollection({ loader: newsroomLoader('articles', options) }),
  authors: defineCollection({ loader: newsroomLoader('authors', options) }),
  tags: defineCollection({ loader: newsroomLoader('tags', options) }),
  events: defineCollection({ loader: newsroomLoader('events', options) }),
};
