import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '*.md', base: process.env.BASELINE_CONTENT_DIR ?? './content/articles' }),
    schema: z.object({ title: z.string(), description: z.string(), publishedAt: z.coerce.date(), tags: z.array(z.string()) }).passthrough(),
  }),
};
