import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildFixture } from '../helpers/fixture-site.ts';
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
