import { z } from 'astro/zod';
import type { FigureFact } from '../markdown/remark-figures.ts';
import type { PictureFacts } from '../lib/pictures/picture-plan.ts';
import type { BodySummary } from './rendered-bodies.ts';
import type { ArticleData, PageData, StoryData } from './schemas.ts';

/** A body's picture, with the facts of its file. */
export interface StoredFigure extends FigureFact {
  picture: PictureFacts;
}

/** A body as the content store keeps it: what listings show of it, where its HTML is, and its pictures. */
export interface StoredBody extends Omit<BodySummary, 'figures'> {
  figures: StoredFigure[];
  /** Links (hrefs as in the HTML) to pages pulled since they were written: shown as their text alone. */
  withdrawnLinks: string[];
}

/** The lead picture, with the facts of its file in place of its path. */
export type StoredLeadImage = Omit<NonNullable<ArticleData['image']>, 'src'> & { src: PictureFacts };

/**
 * An article as the content store keeps it: the validated front matter and a
 * summary of its rendered body. The loader validates front matter itself, so
 * this schema only gives `astro:content` its types.
 */
export const storedArticleSchema = z.custom<Omit<ArticleData, 'image'> & { image?: StoredLeadImage; body: StoredBody }>();

export type StoredArticle = z.output<typeof storedArticleSchema>;

/** A story as the content store keeps it: its front matter and a summary of its rendered summary. */
export const storedStorySchema = z.custom<StoryData & { body: StoredBody }>();

export type StoredStory = z.output<typeof storedStorySchema>;

/** A standing page as the content store keeps it: its front matter and a summary of its rendered body. */
export const storedPageSchema = z.custom<PageData & { body: StoredBody }>();

export type StoredPage = z.output<typeof storedPageSchema>;

/**
 * A body's summary with its withdrawn links and, when readers see it, each
 * picture's facts (`pictures`, by the path written in the Markdown). An
 * unseen body's pictures stay out of the store, and so out of the build.
 */
export const bodyForStore = (summary: BodySummary, withdrawnLinks: string[], pictures: ReadonlyMap<string, PictureFacts> | undefined): StoredBody => ({
  ...summary,
  figures: pictures ? summary.figures.map((figure) => ({ ...figure, picture: pictures.get(figure.src)! })) : [],
  withdrawnLinks,
});
