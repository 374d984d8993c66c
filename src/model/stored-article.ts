import type { ImageMetadata } from 'astro';
import { z } from 'astro/zod';
import type { FigureFact } from '../markdown/remark-figures.ts';
import type { BodySummary } from './rendered-bodies.ts';
import type { ArticleData, StoryData } from './schemas.ts';

/**
 * Astro's content store resolves a string of this form, written in an
 * entry's data, to the picture file's `ImageMetadata` (relative to the
 * entry's `filePath`), and makes the file an import of the build, so that
 * its image service can process it.
 */
export const STORE_IMAGE_PREFIX = '__ASTRO_IMAGE_';

/** A body's picture, its file resolved by the content store. */
export interface StoredFigure extends FigureFact {
  image: ImageMetadata;
}

/** A body as the content store keeps it: what listings show of it, where its HTML is, and its pictures' files. */
export interface StoredBody extends Omit<BodySummary, 'figures'> {
  figures: StoredFigure[];
  /** Links (hrefs as in the HTML) to pages pulled since they were written: shown as their text alone. */
  withdrawnLinks: string[];
}

/** The lead picture, its file resolved by the content store. */
export type StoredLeadImage = Omit<NonNullable<ArticleData['image']>, 'src'> & { src: ImageMetadata };

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

/**
 * A body's summary with its withdrawn links and, when readers see it
 * (`shown`), each picture's path marked for the content store to resolve.
 * An unseen body's pictures stay out of the store, and so out of the build.
 */
export const bodyForStore = (summary: BodySummary, withdrawnLinks: string[], shown: boolean) => ({
  ...summary,
  figures: shown ? summary.figures.map((figure) => ({ ...figure, image: `${STORE_IMAGE_PREFIX}${figure.src}` })) : [],
  withdrawnLinks,
});
