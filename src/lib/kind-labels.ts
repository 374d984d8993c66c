import type { ArticleKind } from '../model/schemas.ts';

/** How each kind of article is labelled for readers, above headlines and on cards. */
export const KIND_LABELS: Record<ArticleKind, string> = { analysis: 'Analysis', explainer: 'Explainer', report: 'Report', opinion: 'Opinion' };

/** The label of a story page, where an article would show its kind. */
export const STORY_LABEL = 'Story';

/** The label of a person's page. */
export const PERSON_LABEL = 'Person';
