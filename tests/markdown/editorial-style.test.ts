import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lintMarkdown } from '../../src/markdown/remark-editorial-style.ts';
import { styleListProblem } from '../../src/markdown/style/style-list.ts';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

const LIST = 'prefer:\n  - use: Kyiv\n    not: [Kiev]\n  - use: Donetsk oblast\n    not: [Donetsk Oblast]\navoid:\n  - phrase: at this point in time\n    hint: say "now".\n';

/** A content root holding `style` as its style list. */
function contentRoot(style = LIST): string {
  const root = mkdtempSync(path.join(tmpdir(), 'backstory-style-'));
  roots.push(root);
  writeFileSync(path.join(root, 'style.yaml'), style);
  return root;
}
const root = contentRoot();
const lint = async (markdown: string, at = root) => (await lintMarkdown(markdown, at)).map(({ rule, severity, line, message, hint }) => `${line} ${severity} ${rule}: ${message}. Hint: ${hint}`);

describe('repeated words', () => {
  it('finds a word typed twice, whatever its case', async () => {
    expect(await lint('We went to the the front.\n\nThe\nthe line held.\n')).toEqual([
      '1 warning repeated-words: "the the" repeats a word. Hint: delete one "the".',
      '3 warning repeated-words: "The the" repeats a word. Hint: delete one "the".',
    ]);
  });

  it('allows words that may stand twice, words split by punctuation, and direct quotes', async () => {
    expect(await lint('They had had enough. He said that that was all. Yes, yes. Go, go.\n\nShe said: “the the”.\n')).toEqual([]);
  });
});

describe('quotation marks', () => {
  it('finds a quote never closed, a stray closing mark, mixed straight and curly marks, and an odd number of straight ones', async () => {
    expect(await lint('He called it “a plan.\n\nShe said no” and left.\n\nThey asked "why" and “how”.\n\nA "stray mark.\n')).toEqual([
      '1 warning quotes: quotation marks: an opening “ is never closed. Hint: add the closing ” where the quote ends.',
      '3 warning quotes: quotation marks: a closing ” has no opening “. Hint: add the opening “, or delete the ”.',
      '5 warning quotes: quotation marks: mixes straight " with curly “ ” quotation marks. Hint: type every quotation mark the same way, straight or curly, and the build prints them curly.',
      '7 warning quotes: quotation marks: has an odd number of " quotation marks. Hint: a quote is not closed, or one is not opened: check where it starts and ends.',
    ]);
  });

  it('lets a quote run on into a paragraph that opens again, as in print, and accepts nesting and balanced straight quotes', async () => {
    expect(await lint('“We will stay.\n\n“We will win,” he said.\n\nShe said “it was ‘final’” and “done”.\n\nThey said "fine".\n')).toEqual([]);
  });
});

describe('house style (content/style.yaml)', () => {
  it('finds the forms the list rejects, case and all, in possessives and compounds, with the preferred form', async () => {
    expect(await lint("Kiev's mayor met Kiev-based envoys in Donetsk Oblast.\n\nAt this point the Donetsk oblast front, at this point in time, held.\n")).toEqual([
      '1 warning house-style: write "Kyiv", not "Kiev". Hint: house style (content/style.yaml): Kyiv.',
      '1 warning house-style: write "Kyiv", not "Kiev". Hint: house style (content/style.yaml): Kyiv.',
      '1 warning house-style: write "Donetsk oblast", not "Donetsk Oblast". Hint: house style (content/style.yaml): Donetsk oblast.',
      '3 warning house-style: avoid "at this point in time". Hint: say "now".',
    ]);
  });

  it('leaves alone direct quotes, block quotes, quote directives, code, link addresses and mentions', async () => {
    const markdown = [
      'He said: “We will never leave Kiev.”',
      '',
      '> Kiev, as the old map has it.',
      '',
      ':::quote{person=someone}',
      'Kiev is ours.',
      ':::',
      '',
      'The `Kiev` spelling, and [a page](https://example.org/Kiev/).',
      '',
      '```text',
      'Kiev',
      '```',
      '',
    ].join('\n');
    expect(await lint(markdown)).toEqual([]);
  });

  it('takes each rule\'s severity from the site config, or from the list where the style desk sets one', async () => {
    const strict = contentRoot(`${LIST}rules:\n  house-style: error\n  repeated-words: off\n`);
    expect(await lint('Kiev and the the rest.\n', strict)).toEqual(['1 error house-style: write "Kyiv", not "Kiev". Hint: house style (content/style.yaml): Kyiv.']);
  });

  it('reports a list it cannot read, with the key at fault', () => {
    const hint = 'each entry of prefer is { use: Kyiv, not: [Kiev] }, each of avoid { phrase: at this point in time, hint: say now }, and rules sets repeated-words, quotes or house-style to error, warning or off.';
    const typo = contentRoot('prefer:\n  - use: Kyiv\n    nto: [Kiev]\n');
    expect(styleListProblem(typo)).toEqual({ file: path.join(typo, 'style.yaml'), field: 'prefer.0', message: '"nto" is not a known key', hint });
    const severity = contentRoot('rules:\n  quotes: fatal\n');
    expect(styleListProblem(severity)?.field).toBe('rules.quotes');
    expect(styleListProblem(contentRoot(LIST))).toBeUndefined();
  });
});
