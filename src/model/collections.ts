import type { z } from 'astro/zod';
import { articleSchema, authorSchema, eventSchema, pageSchema, personSchema, storySchema, tagSchema } from './schemas.ts';

export interface CollectionSpec {
  /** Folder under the content root. */
  folder: string;
  extension: '.md' | '.yaml';
  schema: z.ZodType;
  /** A newsroom cannot publish without this folder (and at least one entry when `nonEmpty`). */
  required: boolean;
  nonEmpty: boolean;
  /** For Markdown files: what an empty body is missing, in an editor's words. */
  emptyBodyHint?: string;
}

/** The newsroom's collections: one table shared by the build loader and `npm run check`. */
export const COLLECTIONS = {
  articles: { folder: 'articles', extension: '.md', schema: articleSchema, required: true, nonEmpty: true, emptyBodyHint: 'write the article body below the closing --- line.' },
  authors: { folder: 'authors', extension: '.yaml', schema: authorSchema, required: true, nonEmpty: true },
  tags: { folder: 'tags', extension: '.yaml', schema: tagSchema, required: true, nonEmpty: true },
  events: { folder: 'events', extension: '.yaml', schema: eventSchema, required: false, nonEmpty: false },
  people: { folder: 'people', extension: '.yaml', schema: personSchema, required: false, nonEmpty: false },
  stories: {
    folder: 'stories',
    extension: '.md',
    schema: storySchema,
    required: false,
    nonEmpty: false,
    emptyBodyHint: 'write the story\'s running summary, what we know so far, below the closing --- line.',
  },
  pages: { folder: 'pages', extension: '.md', schema: pageSchema, required: false, nonEmpty: false, emptyBodyHint: 'write the page below the closing --- line.' },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof COLLECTIONS;
