import { describe, expect, it } from 'vitest';
import { readNewsroom } from '../../../src/model/newsroom.ts';
import { formatProblem } from '../../../src/model/problem.ts';
import { article, REPO, writeContent } from '../../helpers/fixture-site.ts';
import { INVALID_CASES } from '../../helpers/invalid-content.ts';

async function read(files: Record<string, string | null>) {
  const root = await writeContent(files);
  const contentRoot = `${root}/content`;
  const result = await readNewsroom({ contentRoot, publicDir: `${REPO}/public`, cwd: REPO });
  return { ...result, contentRoot };
}

describe('readNewsroom', () => {
  it('reads a valid newsroom with defaults applied and references intact', async () => {
    const { newsroom, problems } = await read({ 'articles/second.md': article({ featured: 'true', events: '[helsinki-summit]' }) });
    expect(problems).toEqual([]);
    expect(newsroom.articles.map((entry) => entry.id)).toEqual(['first-story', 'second']);
    const second = newsroom.articles[1]!.data;
    expect(second).toMatchObject({ featured: true, draft: false, events: ['helsinki-summit'], sources: [], corrections: [] });
    expect(second.publishedAt.toISOString()).toBe('2025-08-11T23:00:00.000Z');
    expect(newsroom.events[0]!.data.date).toEqual({ year: 2018, month: 7, day: 16 });
  });

  // The same cases the build test runs, here without Astro: one validator serves both.
  it.each(INVALID_CASES)('reports $name', async ({ files, expected }) => {
    const { problems, contentRoot } = await read(files);
    expect(problems.map(formatProblem)).toEqual(expected.map((line) => line.replaceAll('<root>', contentRoot)));
  });
});
