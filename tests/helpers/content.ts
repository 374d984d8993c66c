import path from 'node:path';
import { readNewsroom, type Newsroom } from '../../src/model/newsroom.ts';
import { assertBuilt } from './dist.ts';
import { REPO } from './fixture-site.ts';

export type ArticleEntry = Newsroom['articles'][number];

/** The repository's own content, read by the same code the build uses. */
export async function readLaunchContent(): Promise<Newsroom> {
  const { newsroom, problems } = await readNewsroom({ contentRoot: path.join(REPO, 'content'), cwd: REPO });
  if (problems.length) throw new Error(`content/ has problems: ${JSON.stringify(problems)}`);
  return newsroom;
}

/** For tests of the built launch site: checks dist/ exists, then reads the content it was built from. */
export async function launchSite(): Promise<{ content: Newsroom; published: ArticleEntry[] }> {
  assertBuilt();
  const content = await readLaunchContent();
  return { content, published: content.articles.filter((article) => !article.data.draft) };
}

/** The site's listing order: newest first, slug breaking ties. */
export function newestFirst(articles: readonly ArticleEntry[]): ArticleEntry[] {
  return [...articles].sort((a, b) => b.data.publishedAt.getTime() - a.data.publishedAt.getTime() || a.id.localeCompare(b.id));
}
