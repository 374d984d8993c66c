import { z } from 'astro/zod';
import type { BodySummary } from './rendered-bodies.ts';
import { articleSchema, storySchema } from './schemas.ts';

/**
 * An article as the content store keeps it: the validated front matter and a
 * summary of its rendered body. The loader validates front matter itself, so
 * this schema only gives `astro:content` its types.
 */
export const storedArticleSchema = z.intersection(articleSchema, z.object({ body: z.custom<BodySummary>() }));

export type StoredArticle = z.output<typeof storedArticleSchema>;

/** A story as the content store keeps it: its front matter and a summary of its rendered summary. */
export const storedStorySchema = z.intersection(storySchema, z.object({ body: z.custom<BodySummary>() }));

export type StoredStory = z.output<typeof storedStorySchema>;
