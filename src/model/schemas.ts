import { z } from 'astro/zod';
import { editorialDate, nonEmpty, partialDate, prose, sourceSchema, webUrl } from './fields.ts';

export const ARTICLE_KINDS = ['analysis', 'explainer', 'report', 'opinion'] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];

/** The dek `npm run new` writes until the editor writes one: a draft may keep it, a published piece may not. */
export const DESCRIPTION_PLACEHOLDER = 'One sentence that says what the piece finds: it shows on cards, in feeds and in search results.';

/** `content/events/<id>.yaml`: a dated event that articles cite as a key date. */
export const eventSchema = z.strictObject({
  date: partialDate,
  title: prose,
  summary: prose.optional(),
  source: sourceSchema.optional(),
});

/** An event defined inside an article's front matter, for key dates no other piece needs yet. */
export const inlineEventSchema = eventSchema.extend({ id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/) });

const DATE_FIELDS = new Set(['publishedAt', 'updatedAt', 'corrections', 'retraction']);

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
    /** The lead picture, shown under the headline, on cards in listings and in feeds. */
    image: z
      .strictObject({
        /** Relative to the article file, e.g. `../images/map.jpg`; the loader checks the file. */
        src: nonEmpty,
        alt: nonEmpty,
        caption: prose.optional(),
        /** Who made it and under what terms: a newsroom never publishes an uncredited picture. */
        credit: prose,
      })
      .optional(),
    sources: z.array(sourceSchema).default([]),
    corrections: z.array(z.strictObject({ date: editorialDate, text: prose })).default([]),
    /**
     * Withdraws the piece: its page keeps its address, headline, dates and
     * byline, and shows this notice instead of the body; it leaves every
     * listing, search and the social cards, and the feeds carry the notice.
     */
    retraction: z.strictObject({ date: editorialDate, text: prose }).optional(),
    /** "How we reported this": one paragraph on how the piece was reported, shown after the body and in its structured data. */
    backstory: prose.optional(),
    /** The slug of the developing story this piece belongs to (`content/stories/<slug>.md`). */
    story: nonEmpty.optional(),
    /** Marks the piece a newcomer to the story should read first. */
    storyStart: z.boolean().default(false),
  })
  .superRefine((article, context) => {
    if (article.storyStart && !article.story) {
      context.addIssue({
        code: 'custom',
        path: ['storyStart'],
        message: 'needs story',
        params: { hint: 'storyStart marks where a story begins for readers: add story: <slug>, or remove storyStart.' },
      });
    }
    if (!article.draft && article.description === DESCRIPTION_PLACEHOLDER) {
      context.addIssue({
        code: 'custom',
        path: ['description'],
        message: 'is still the placeholder that npm run new wrote',
        params: { hint: 'write the dek: one sentence that says what the piece finds.' },
      });
    }
    if (article.updatedAt && article.updatedAt < article.publishedAt) {
      context.addIssue({
        code: 'custom',
        path: ['updatedAt'],
        message: 'is before publishedAt',
        params: { hint: 'an update cannot precede publication: correct the date, or remove updatedAt.' },
      });
    }
    if (article.retraction && (!article.updatedAt || article.updatedAt < article.retraction.date)) {
      context.addIssue({
        code: 'custom',
        path: ['retraction', 'date'],
        message: article.updatedAt ? 'is after updatedAt' : 'needs updatedAt',
        params: { hint: 'a retraction is a revision: set updatedAt to the retraction date or later.' },
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

/**
 * `content/people/<slug>.yaml`: one person whom articles quote or mention.
 * Names and aliases are unique across the register (see `checkRegister`).
 */
export const personSchema = z.strictObject({
  name: prose,
  /** Who they are, in one line: "Ukrainian military analyst". */
  description: prose,
  /** Other spellings sources use. */
  aliases: z.array(prose).default([]),
  links: z.array(z.strictObject({ label: nonEmpty, url: webUrl })).default([]),
});

export const STORY_STATUSES = ['developing', 'concluded'] as const;

/** A short dated note on a story page and in its feeds: what changed, in a sentence or two. */
export const storyUpdateSchema = z.strictObject({ at: editorialDate, text: prose });

/**
 * Front matter of `content/stories/<slug>.md`: a developing story that
 * articles join with `story: <slug>`. The body is the editors' running
 * summary, "what we know".
 */
export const storySchema = z
  .strictObject({
    title: prose,
    description: prose,
    status: z.enum(STORY_STATUSES),
    tags: z.array(nonEmpty).max(8).default([]),
    startedAt: editorialDate.optional(),
    updates: z.array(storyUpdateSchema).default([]),
  })
  .superRefine((story, context) => {
    // An update's time is its permanent address (its anchor and feed id), so two cannot share one.
    const seen = new Map<number, number>();
    story.updates.forEach((update, index) => {
      const earlier = seen.get(update.at.getTime());
      if (earlier !== undefined) {
        context.addIssue({
          code: 'custom',
          path: ['updates', index, 'at'],
          message: `is the same moment as updates[${earlier}]`,
          params: { hint: 'each update needs its own time: add the time of day, e.g. 2025-08-15T18:30:00+01:00, or merge the two updates.' },
        });
      } else seen.set(update.at.getTime(), index);
    });
  }, {
    when: (payload) => payload.issues.every((issue) => issue.path?.[0] !== 'updates'),
  });

/**
 * A standing page (`content/pages/<slug>.md`, published at `/<slug>/`): about
 * the publication, its standards and how to reach it. Its body goes through
 * the same Markdown pipeline as an article's.
 */
export const pageSchema = z.strictObject({
  title: prose,
  /** One sentence: the page's meta description and its line in the footer's list. */
  description: prose,
  /** When the page last changed in substance (a policy's readers may need to know since when it holds). */
  updatedAt: editorialDate.optional(),
});

export type ArticleData = z.output<typeof articleSchema>;
export type AuthorData = z.output<typeof authorSchema>;
export type TagData = z.output<typeof tagSchema>;
export type EventData = z.output<typeof eventSchema>;
export type PersonData = z.output<typeof personSchema>;
export type StoryData = z.output<typeof storySchema>;
export type PageData = z.output<typeof pageSchema>;
export type StoryUpdate = z.output<typeof storyUpdateSchema>;
export type InlineEventData = z.output<typeof inlineEventSchema>;
