import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus, syntheticArticle } from '../../scripts/bench/generate.ts';
import { lintMarkdown } from '../../src/markdown/remark-editorial-style.ts';
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

  // A finding is a log line at every build: a corpus full of them measures the logger, not the newsroom.
  it('writes copy that passes the house style lint, as the launch content does', async () => {
    const root = path.join(mkdtempSync(path.join(tmpdir(), 'backstory-bench-')), 'content');
    await generateCorpus(root, 1, path.join(REPO, 'content'));
    const findings = [];
    for (const index of [0, 1, 2, 517, 4999, 5001, 9999, 29_999]) {
      for (const text of [syntheticArticle(index), syntheticArticle(index, 1, 'correction'), syntheticArticle(index, 1, 'rewrite')]) {
        findings.push(...(await lintMarkdown(text.split('\n---\n')[1]!, root)).map((finding) => `${index}: ${finding.rule}: ${finding.message}`));
      }
    }
    expect(findings).toEqual([]);
  });

  // "edit one" is the one-line correction; "retitle one" keeps what "edit one" measured before, so its
  // figures continue that column. A correction that moved the headline would again measure a retitle.
  it('changes one line of the body in a correction, and the headline, summary and kind in a rewrite', () => {
    for (const index of [1, 5000, 5001, 15_000]) {
      const original = syntheticArticle(index).split('\n');
      const corrected = syntheticArticle(index, 1, 'correction').split('\n');
      expect(corrected.slice(0, original.length - 1)).toEqual(original.slice(0, -1));
      expect(corrected.slice(original.length - 1)).toEqual(['', expect.stringMatching(/^Correction 1: [A-Z][a-z ]+\.$/), '']);
      const rewritten = syntheticArticle(index, 1, 'rewrite').split('\n');
      const field = (lines: string[], name: string) => lines.find((line) => line.startsWith(`${name}: `));
      for (const name of ['title', 'description', 'kind']) {
        expect(field(rewritten, name)).toMatch(new RegExp(`^${name}: .`));
        expect(field(rewritten, name)).not.toBe(field(original, name));
      }
      for (const name of ['publishedAt', 'tags', 'events']) expect(field(rewritten, name)).toBe(field(original, name));
    }
  });
});
