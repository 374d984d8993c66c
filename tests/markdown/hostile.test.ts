import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownPipeline, syntaxHighlight } from '../../src/markdown/pipeline.ts';
import rehypeRejectUnsafeHtml from '../../src/markdown/rehype-reject-unsafe-html.ts';

const CORPUS = path.join(import.meta.dirname, 'hostile');
const pipeline = await createMarkdownProcessor({ ...markdownPipeline, syntaxHighlight });
// The same pipeline without the check that stops the build: what the sanitiser alone makes of each input.
const sanitiserOnly = await createMarkdownProcessor({
  ...markdownPipeline,
  syntaxHighlight,
  rehypePlugins: markdownPipeline.rehypePlugins.filter((plugin) => !(Array.isArray(plugin) && plugin[0] === rehypeRejectUnsafeHtml)),
});

const DANGER = /<(script|style|iframe|form|base|meta|object|embed|svg|math)\b|\son\w+=["']|javascript:|vbscript:|data:|\sstyle=|id="(location|cookie)"|name="(location|cookie)"/i;

/**
 * Each case is an input an author (or an attacker with an author's account)
 * might write. The build must stop with `error.txt`; and if that check were
 * ever bypassed, the sanitiser alone must still produce `sanitized.html`.
 */
describe('hostile author input', () => {
  const cases = readdirSync(CORPUS).sort();
  it('has at least 15 cases', () => expect(cases.length).toBeGreaterThanOrEqual(15));

  for (const name of cases) {
    const read = (file: string) => readFileSync(path.join(CORPUS, name, file), 'utf8').trim();
    it(name, async () => {
      const input = read('input.md');
      if (existsSync(path.join(CORPUS, name, 'error.txt'))) {
        await expect(pipeline.render(input)).rejects.toMatchObject({ reason: read('error.txt') });
      } else {
        expect((await pipeline.render(input)).code.trim()).toBe(read('sanitized.html'));
      }
      const { code } = await sanitiserOnly.render(input);
      expect(code.trim()).toBe(read('sanitized.html'));
      expect(code).not.toMatch(DANGER);
    });
  }
});
