import type { Nodes, Root } from 'mdast';
import { retext } from 'retext';
import retextSmartypants, { type Options } from 'retext-smartypants';
import { visit } from 'unist-util-visit';

/**
 * Smart quotes, dashes and ellipses: the same output as Astro's built-in
 * `remark-smartypants`, whose two passes this follows, at a fraction of the
 * cost. That plugin parses the article's whole text into a natural-language
 * tree once for quotes, and then every text node again for dashes and
 * ellipses; the parsing was about 40 % of rendering an article. Here nothing is
 * parsed that cannot change:
 *
 * - Most quote marks turn by the characters beside them alone: an apostrophe
 *   in a word, a mark after a word or before a space closes, one after a space
 *   and before a word opens. They turn without a parse.
 * - The quotes pass then parses only the blocks (paragraphs, headings, table
 *   cells) that still hold a quote mark, each with the text around it, since a
 *   mark at a block's edge turns by the words and sentence break beyond it.
 * - Two or three hyphens between spaces turn by the dash style alone, without
 *   a parse. The dashes pass runs per text node, and only where a `--`, `...`,
 *   `. .`, ``` `` ``` or `''` is left; it then reads the node as written.
 *
 * tests/markdown/smart-punctuation.test.ts holds this to the built-in
 * plugin's output on real, synthetic and generated text.
 */

const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
const VISITED = new Set(['text', 'inlineCode', ...BLOCKS]);
/** What the quotes pass can change. */
const QUOTE = /["']/;
/**
 * Quote marks whose turn the quotes pass's rules fix from the characters
 * beside them alone, wherever they stand: a mark right after a letter or
 * digit, or right before a space or the end, closes; a mark after a space
 * and before a letter opens (but `'s`, which closes at a sentence's start). A
 * mark next to another quote mark is left to the parse, which reads a run of
 * one mark as a single node and a quote before a quote as a pair.
 */
const CLOSING_AFTER_WORD = /(?<=[\p{L}\p{M}\p{N}])["'](?![“”‘’"'`])/gu;
const CLOSING_BEFORE_SPACE = /(?<![“”‘’"'`])["'](?=[ \t\r\n]|$)/gu;
const OPENING_BEFORE_WORD = /(?<=^|[ \t\r\n])(?:"(?=\p{L})|'(?=\p{L})(?!s))/gu;
/** Two or three hyphens between spaces: the dashes pass turns them by its style wherever they stand. */
const SPACED_DASH = /(?<=\s)-{2,3}(?=\s)/g;
/** What each dashes style makes of `--` and `---` (retext-smartypants' rules). */
const DASHES: Record<string, Record<string, string>> = {
  default: { '--': '—' },
  oldschool: { '--': '–', '---': '—' },
  inverted: { '--': '—', '---': '–' },
};
/**
 * What the dashes, ellipses and backticks pass can change: a superset, so a
 * skip is always safe. A dash followed by a hyphen is one longer dash: `–-` in
 * the oldschool style, `—-` in the inverted one.
 */
const DASH_ELLIPSIS_BACKTICK = /--|[–—]-|\.\s*\.|``|''/;

/**
 * Characters of text parsed on each side of the blocks that hold a quote mark:
 * the words, marks and sentence break a quote's turn depends on lie within a
 * few of them, and the parse costs by the character.
 */
const CONTEXT = 200;

/**
 * Runs `quotesPass` (which turns each straight quote in place) where `turned`,
 * `text` with the marks its neighbours decide already turned, still holds a
 * straight one: on those blocks of `text` as written, each with the text
 * around it, as the pass would see them in the whole. The pass reads the
 * marks as written because a turned mark is another character to its parse
 * (a custom closing quote does not join a word as an apostrophe does).
 * `blockStarts` are the offsets at which blocks start.
 */
function curlQuotes(text: string, turned: string, blockStarts: readonly number[], quotesPass: (text: string) => string): string {
  const spans: Array<{ start: number; end: number }> = [];
  for (const [index, start] of blockStarts.entries()) {
    const end = blockStarts[index + 1] ?? text.length;
    if (!QUOTE.test(turned.slice(start, end))) continue;
    const last = spans.at(-1);
    if (last && start - last.end < 2 * CONTEXT) last.end = end;
    else spans.push({ start, end });
  }
  let curled = '';
  let done = 0;
  for (const { start, end } of spans) {
    const from = Math.max(0, start - CONTEXT);
    const window = quotesPass(text.slice(from, Math.min(text.length, end + CONTEXT)));
    curled += turned.slice(done, start) + window.slice(start - from, end - from);
    done = end;
  }
  return curled + turned.slice(done);
}

type Literal = Extract<Nodes, { value: string }>;
const isLiteral = (node: Nodes): node is Literal => 'value' in node && typeof node.value === 'string';

export default function remarkSmartPunctuation(options: Options = {}) {
  // As remark-smartypants: dashes and ellipses change a string's length, so quotes come first, alone,
  // across nodes (so a quote opened before a link is closed after it), and the rest per node.
  const quotes = retext().use(retextSmartypants, { ...options, ellipses: false, dashes: false, backticks: false });
  const rest = retext().use(retextSmartypants, { ...options, quotes: false });
  const opening = { '"': options.openingQuotes?.double ?? '“', "'": options.openingQuotes?.single ?? '‘' } as Record<string, string>;
  const closing = { '"': options.closingQuotes?.double ?? '”', "'": options.closingQuotes?.single ?? '’' } as Record<string, string>;
  const turnPlainQuotes = (text: string) =>
    options.quotes === false
      ? text
      : text
          .replace(CLOSING_AFTER_WORD, (mark) => closing[mark]!)
          .replace(CLOSING_BEFORE_SPACE, (mark) => closing[mark]!)
          .replace(OPENING_BEFORE_WORD, (mark) => opening[mark]!);
  const dashes = options.dashes === false ? {} : DASHES[typeof options.dashes === 'string' ? options.dashes : 'default'] ?? {};
  return (tree: Root) => {
    const nodes: Nodes[] = [];
    let allText = '';
    // Where each block's text starts in allText: at the space that stands for the block's start.
    const blockStarts = [0];
    visit(tree, (node: Nodes, _index, parent) => {
      if (!parent || !VISITED.has(node.type)) return;
      if (isLiteral(node)) allText += node.type === 'text' ? node.value : 'A'.repeat(node.value.length);
      else if (BLOCKS.has(node.type)) {
        blockStarts.push(allText.length);
        allText += ' '; // the built-in plugin's space at a block's start, so that an opening quote there is seen as one
      } else return;
      nodes.push(node);
    });
    allText = curlQuotes(allText, turnPlainQuotes(allText), blockStarts, (text) => quotes.processSync(text).toString());
    let start = 0;
    for (const node of nodes) {
      if (!isLiteral(node)) {
        start += 1;
        continue;
      }
      const end = start + node.value.length;
      if (node.type === 'text') {
        const text = allText.slice(start, end);
        const spacedDashesTurned = text.replace(SPACED_DASH, (dash) => dashes[dash] ?? dash);
        // A node the pass must parse anyway is parsed as written: the pass's own steps interact (a spaced
        // ellipsis it joins makes it skip the next few marks, a spaced dash among them), and the output is its.
        node.value = DASH_ELLIPSIS_BACKTICK.test(spacedDashesTurned) ? rest.processSync(text).toString() : spacedDashesTurned;
      }
      start = end;
    }
  };
}
