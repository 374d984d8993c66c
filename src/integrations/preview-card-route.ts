import type { APIRoute, GetStaticPaths } from 'astro';
import { readBuildEnv } from '../build-env';
import { getPublication } from '../data/publication';
import type { Article } from '../data/types';
import { cachedCard } from '../lib/cards/card-cache';
import { cardContent } from '../lib/cards/card-content';
import { drawCardInPool } from '../lib/cards/card-pool';

/**
 * `/og/<slug>.png` in a preview server only (injected by `previewMode`): a
 * build writes the cards itself, outside page generation (`socialCards`).
 */
export const getStaticPaths = (async () => {
  const { articles } = await getPublication();
  return articles.map((article) => ({ params: { slug: article.slug }, props: { article } }));
}) satisfies GetStaticPaths;

/** The article's social card, drawn on request and reused while its content is unchanged. */
export const GET: APIRoute<{ article: Article }> = async ({ props: { article } }) => {
  const srcDir = new URL(import.meta.env.BACKSTORY_SRC_DIR);
  const png = await cachedCard(cardContent(article), import.meta.env.BACKSTORY_CARD_CODE, readBuildEnv().cardCacheDir, (content) => drawCardInPool(content, srcDir));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
