import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { markdownPipeline, syntaxHighlight } from '../../src/markdown/pipeline.ts';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const processor = await createMarkdownProcessor({ ...markdownPipeline, syntaxHighlight });

/** The register of people every fixture is rendered with, as the content loader hands it over. */
const PEOPLE = {
  'nikolay-mitrokhin': { name: 'Nikolay Mitrokhin', description: 'Analyst cited on the Kremlin’s motives' },
  'taras-military-analyst': { name: 'Taras', description: 'Ukrainian military analyst' },
  'timothy-taras': { name: 'Timothy Taras', description: 'Harvard Kennedy School' },
};

/**
 * Each folder is a case: `input.md` and the expected `output.html`,
 * `stats.json` (reading stats), `people.json` (who it quotes and mentions)
 * or `error.txt` (the reason the build stops). A fixture with a chart is
 * rendered as `<fixture>/articles/input.md`, so its `data/` folder holds the
 * chart's data files.
 */
describe('the Markdown pipeline, fixture by fixture', () => {
  for (const name of readdirSync(FIXTURES).sort()) {
    const read = (file: string) => readFileSync(path.join(FIXTURES, name, file), 'utf8').trim();
    const has = (file: string) => existsSync(path.join(FIXTURES, name, file));
    it(name, async () => {
      // A chart reads its data files from the content root's data/ folder: the fixture's folder is its content root.
      const fileURL = read('input.md').includes('```vega-lite') ? pathToFileURL(path.join(FIXTURES, name, 'articles', 'input.md')) : undefined;
      const rendering = processor.render(read('input.md'), { frontmatter: { people: PEOPLE }, fileURL });
      if (has('error.txt')) {
        await expect(rendering).rejects.toMatchObject({ reason: read('error.txt') });
        return;
      }
      const { code, metadata } = await rendering;
      if (has('output.html')) expect(code.trim()).toBe(read('output.html'));
      if (has('stats.json')) expect(metadata.frontmatter.readingStats).toEqual(JSON.parse(read('stats.json')));
      if (has('people.json')) expect(metadata.frontmatter.peopleFacts).toEqual(JSON.parse(read('people.json')));
    });
  }
});
