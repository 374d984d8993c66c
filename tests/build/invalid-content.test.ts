import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { article, buildFixture } from '../helpers/fixture-site.ts';
import { INVALID_CASES, INVALID_MARKDOWN_CASES } from '../helpers/invalid-content.ts';

describe('a build with invalid content stops with an exact report', () => {
  it.each([...INVALID_CASES, ...INVALID_MARKDOWN_CASES])('$name', async ({ files, expected }) => {
    const result = await buildFixture(files);
    const root = `${result.root}/content`;
    const count = expected.length === 1 ? '1 content problem' : `${expected.length} content problems`;
    const report = [`Backstory found ${count}; nothing was built:`, ...expected.map((line) => `  ${line.replaceAll('<root>', root)}`)].join('\n');
    expect(result.code, result.output).not.toBe(0);
    expect(result.output).toContain(report);
    expect(existsSync(`${result.dist}/index.html`)).toBe(false);
  });
});

describe('a newsroom big enough to render on worker threads', () => {
  it('reports a Markdown problem from a worker exactly as from Astro\'s thread, and renders the rest identically', async () => {
    const files: Record<string, string | null> = {};
    for (let index = 0; index < 70; index++) files[`articles/story-${index}.md`] = article({ title: `"Story ${index}"` }, `## Section ${index}\n\nText with a footnote.[^1]\n\n[^1]: A note.\n`);
    const case_ = INVALID_MARKDOWN_CASES.find((entry) => entry.name === 'a "#" heading in the body')!;
    const failing = await buildFixture({ ...files, ...case_.files });
    expect(failing.code).not.toBe(0);
    expect(failing.output).toContain(`  ${case_.expected[0]!.replaceAll('<root>', `${failing.root}/content`)}`);

    const big = await buildFixture(files);
    const small = await buildFixture({ 'articles/story-0.md': files['articles/story-0.md']! });
    const body = (dist: string) => readFileSync(`${dist}/articles/story-0/index.html`, 'utf8').match(/<div class="prose-body[^"]*">([\s\S]*?)<\/div>/)![1];
    expect(body(big.dist)).toBe(body(small.dist));
    expect(body(big.dist)).toContain('<h2 id="section-0">Section 0</h2>');
  });
});
