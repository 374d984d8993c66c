import { z } from 'astro/zod';
import { editorialDate, nonEmpty, partialDate, prose, sourceSchema, webUrl } from './fields.ts';

export const ARTICLE_KINDS = ['analysis', 'explainer', 'report', 'opinion'] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];

/** `content/events/<id>.yaml`: a dated event that articles cite as a key date. */
export const eventSchema = z.strictObject({
  date: partialDate,
  title: prose,
  summary: prose.optional(),
  source: sourceSchema.optional(),
});

/** An event defined inside an article's front matter, for key dates no other piece needs yet. */
export const inlineEventSchema = eventSchema.extend({ id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/) });

const DATE_FIELDS = new Set(['publishedAt', 'updatedAt', 'corrections']);

/** Front matter of `content/articles/<slug>.md`. The slug is the file name. */
export const articleSchema = z
  .strictObject({
    title: prose,
    description: prose,
    kind: z.enum(ARTICLE_KINDS),
    publishedAt: editorialDate,
    updatedAt: editorialDate.optional(),
    authors: z.array(nonEmpty).min(1),
    tags: z.array(nonEmpty).min(1).max(8),
    /** Event ids, or whole inline definitions (with an `id`). */
    events: z.array(z.union([nonEmpty, inlineEventSchema])).default([]),
    featured: z.boolean().default(false),
    draft: z.boolean().default(false),
    image: z.strictObject({ src: nonEmpty, alt: nonEmpty }).optional(),
    sources: z.array(sourceSchema).default([]),
    corrections: z.array(z.strictObject({ date: editorialDate, text: prose })).default([]),
  })
  .superRefine((article, context) => {
    if (article.updatedAt && article.updatedAt < article.publishedAt) {
      context.addIssue({
        code: 'custom',
        path: ['updatedAt'],
        message: 'is before publishedAt',
        params: { hint: 'an update cannot precede publication: correct the date, or remove updatedAt.' },
      });
    }
    article.corrections.forEach((correction, index) => {
      if (!article.updatedAt || article.updatedAt < correction.date) {
        context.addIssue({
          code: 'custom',
          path: ['corrections', index, 'date'],
          message: article.updatedAt ? 'is after updatedAt' : 'needs updatedAt',
          params: { hint: 'a correction is a revision: set updatedAt to the correction date or later.' },
        });
      }
    });
  }, {
    // Runs even when unrelated fields are wrong, so every problem shows in one pass.
    when: (payload) => payload.issues.every((issue) => !DATE_FIELDS.has(String(issue.path?.[0]))),
  })
  .transform(({ events, ...article }) => ({
    ...article,
    /** The ids of every cited event. */
    events: events.map((event) => (typeof event === 'string' ? event : event.id)),
    /** Events this article defines itself; the newsroom checks them against every other definition. */
    eventDefinitions: events.filter((event) => typeof event !== 'string'),
  }));

/** `content/authors/<slug>.yaml`: a byline, usually a desk. */
export const authorSchema = z.strictObject({
  name: nonEmpty,
  /** A desk bylines the newsroom as an organisation; a person bylines a reporter. */
  type: z.enum(['desk', 'person']).default('person'),
  role: nonEmpty,
  bio: prose,
  links: z.array(z.strictObject({ label: nonEmpty, url: webUrl })).default([]),
});

/** `content/tags/<slug>.yaml`: one entry of the controlled topic vocabulary. */
export const tagSchema = z.strictObject({
  label: nonEmpty,
  description: prose,
});


export type ArticleData = z.output<typeof articleSchema>;
export type AuthorData = z.output<typeof authorSchema>;
export type TagData = z.output<typeof tagSchema>;
export type EventData = z.output<typeof eventSchema>;
export type InlineEventData = z.output<typeof inlineEventSchema>;
