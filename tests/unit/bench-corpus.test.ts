import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/bench/generate.ts';
import { readNewsroom } from '../../src/model/newsroom.ts';
import { formatProblem } from '../../src/model/problem.ts';
import { REPO } from '../helpers/fixture-site.ts';

describe('the bench corpus', () => {
  // `npm run bench` runs for the best part of an hour and is never part of npm test: a corpus the
  // content model has outgrown (a new required folder or field) must fail here, not an hour into a run.
  it('is a valid newsroom by every check the build makes before rendering', async () => {
    const root = path.join(mkdtempSync(path.join(tmpdir(), 'backstory-bench-')), 'content');
    await generateCorpus(root, 30, path.join(REPO, 'content'));
    const { newsroom, problems } = await readNewsroom({ contentRoot: root, cwd: REPO });
    expect(problems.map(formatProblem)).toEqual([]);
    expect(newsroom.articles).toHaveLength(30);
    expect(newsroom.pages.length).toBeGreaterThan(0);
  });
});
