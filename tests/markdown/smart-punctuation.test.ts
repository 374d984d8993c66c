import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticArticle } from '../../scripts/bench/generate.ts';
import remarkSmartPunctuation from '../../src/markdown/remark-smart-punctuation.ts';
import { punctuationStyle } from '../../src/markdown/pipeline.ts';

/** Astro's built-in SmartyPants, which our plugin replaces, and our plugin alone. */
const builtIn = await createMarkdownProcessor({ syntaxHighlight: false, smartypants: punctuationStyle });
const ours = await createMarkdownProcessor({ syntaxHighlight: false, smartypants: false, remarkPlugins: [[remarkSmartPunctuation, punctuationStyle]] });

const REPO = path.join(import.meta.dirname, '../..');
const CASES: Record<string, string> = {
  'quotes across emphasis and links': `He said "the *talks* are [over](/x/)" and 'left'.`,
  'apostrophes and decades': `Russia's '90s "red lines" -- and 'no miracles'...`,
  'dashes, spaced and unspaced': 'From 2014--2022 --- and then -- nothing. A ---- B. En–- dash.',
  'ellipses, spaced and unspaced': 'Wait. . . then.... and .. two . . only two. .',
  'backticks': '``Quoted`` and \'\'closed\'\' with `code "here"` untouched.',
  'quote at the start of blocks': '"Opening\n\n# "Heading"\n\n| "a" | \'b\' |\n| --- | --- |\n| "c" | --d-- |\n',
  'no punctuation to change': 'Plain words in a sentence. Another sentence here.',
  'html and footnotes': 'Text with <abbr title="x">"HTML"</abbr>.[^1]\n\n[^1]: A "note" -- here.',
};

describe('remark-smart-punctuation renders exactly what Astro\'s SmartyPants renders', () => {
  for (const [name, markdown] of Object.entries(CASES)) {
    it(name, async () => {
      expect((await ours.render(markdown)).code).toBe((await builtIn.render(markdown)).code);
    });
  }

  it('on every launch article and Markdown fixture, and on synthetic articles', async () => {
    const articles = path.join(REPO, 'content/articles');
    const fixtures = path.join(import.meta.dirname, 'fixtures');
    const inputs = [
      ...readdirSync(articles).map((name) => readFileSync(path.join(articles, name), 'utf8')),
      ...readdirSync(fixtures).map((name) => readFileSync(path.join(fixtures, name, 'input.md'), 'utf8')),
      ...Array.from({ length: 20 }, (_, index) => syntheticArticle(index * 37)),
    ];
    for (const input of inputs) expect((await ours.render(input)).code).toBe((await builtIn.render(input)).code);
  });
});
