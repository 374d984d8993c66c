import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seededRandom, syntheticArticle } from '../../scripts/bench/generate.ts';
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

  // Our plugin parses only the blocks holding a quote mark, with the text around them, and turns spaced hyphens itself:
  // generated text puts quote marks, dashes, words, abbreviations and sentence ends on both sides of block edges, near
  // and far from other quotes, in the house style and in the two other dash styles.
  const pieces = ['Russia', 'it', 's', 'the', 'Talks', 'I', 'a', '80s', '90', '2014', 'naïve', ' ', ' ', ' ', ' ', '"', '"', "'", "'", "'", '“', '’', '.', '.', ',', '?', '!', '(', ')', '-', '--', '---', '----', '...', '. . .', ':', ';', '—', '&', '/', '*', '**', '_', '`x`', '[l](/x/)', '\n', '\n\n', '\n\n# ', '\n\n- ', '\n\n> ', '``', "''", 'A.B.', 'e.g.', 'Mr.'];
  const styles: Array<[Parameters<typeof remarkSmartPunctuation>[0], number]> = [
    [punctuationStyle, 200],
    [{ dashes: true }, 40],
    [{ dashes: 'inverted' }, 40],
    [{ quotes: false }, 20],
    [{ openingQuotes: { double: '«', single: '‹' }, closingQuotes: { double: '»', single: '›' } }, 20],
  ];
  // Cases the generated text found, each in the setting where our shortcuts once parted from the built-in plugin.
  const found: Array<[string, Parameters<typeof remarkSmartPunctuation>[0], string]> = [
    ['a turned mark read back by the parse as another character', { openingQuotes: { double: '«', single: '‹' }, closingQuotes: { double: '»', single: '›' } }, "Before.\n\n's'2014 and x'.'`x` here"],
    ['a spaced dash the pass skips after a spaced ellipsis', punctuationStyle, ")?-'Mr.e.g.. . .’naïve --  ''?''?_/ '"],
    ['an em dash and a hyphen in the inverted style', { dashes: 'inverted' }, 'Talks)—-"a deal'],
  ];
  for (const [name, style, markdown] of found) {
    it(`${name} (${JSON.stringify(style)})`, async () => {
      const theirs = await createMarkdownProcessor({ syntaxHighlight: false, smartypants: style });
      const mine = await createMarkdownProcessor({ syntaxHighlight: false, smartypants: false, remarkPlugins: [[remarkSmartPunctuation, style]] });
      expect((await mine.render(markdown)).code).toBe((await theirs.render(markdown)).code);
    });
  }

  for (const [style, count] of styles) {
    it(`on generated text: quote marks and dashes at block edges, next to words, marks and sentence ends (${JSON.stringify(style)})`, async () => {
      const theirs = await createMarkdownProcessor({ syntaxHighlight: false, smartypants: style });
      const mine = await createMarkdownProcessor({ syntaxHighlight: false, smartypants: false, remarkPlugins: [[remarkSmartPunctuation, style]] });
      const random = seededRandom(20261123);
      const pick = (list: readonly string[]): string => list[Math.floor(random() * list.length)] ?? '';
      const filler = () => ' Plain words run on here with no mark to turn at all, sentence after sentence.'.repeat(Math.floor(random() * 8));
      let differing = 0;
      for (let index = 0; index < count; index++) {
        let markdown = pick(['"', "'", '# "', "- '", '> "', '']);
        for (let piece = 0; piece < 120; piece++) markdown += random() < 0.03 ? `${filler()}\n\n` : pick(pieces);
        if (random() < 0.2) markdown += `\n\n| "a" | it's |\n| --- | --- |\n| '${pick(pieces)}' | ${pick(pieces)}"${pick(pieces)} |\n`;
        if ((await mine.render(markdown)).code !== (await theirs.render(markdown)).code) differing++;
      }
      expect(differing).toBe(0);
    }, 120_000);
  }
});
