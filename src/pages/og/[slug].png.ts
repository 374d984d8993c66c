import type { APIRoute, GetStaticPaths } from 'astro';
import { readBuildEnv } from '../../build-env';
import { getPublication } from '../../data/publication';
import type { Article } from '../../data/types';
import { cachedCard, cardHash } from '../../lib/cards/card-cache';
import { cardContent } from '../../lib/cards/card-content';
import { drawCardInPool } from '../../lib/cards/card-pool';

export const getStaticPaths = (async () => {
  const { articles } = await getPublication();
  return articles.map((article) => ({ params: { slug: article.slug }, props: { article }, cacheKey: cardHash(cardContent(article), import.meta.env.BACKSTORY_CARD_CODE) }));
}) satisfies GetStaticPaths;

/** The article's social card, drawn at build time and reused while its content is unchanged. */
export const GET: APIRoute<{ article: Article }> = async ({ props: { article } }) => {
  const srcDir = new URL(import.meta.env.BACKSTORY_SRC_DIR);
  const png = await cachedCard(cardContent(article), import.meta.env.BACKSTORY_CARD_CODE, readBuildEnv().cardCacheDir, (content) => drawCardInPool(content, srcDir));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
