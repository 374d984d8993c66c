import type { Nodes, Root } from 'mdast';
import { retext } from 'retext';
import retextSmartypants, { type Options } from 'retext-smartypants';
import { visit } from 'unist-util-visit';

/**
 * Smart quotes, dashes and ellipses: the same output as Astro's built-in
 * `remark-smartypants`, whose two passes this follows, at a fraction of the
 * cost. That plugin parses the article's whole text into a natural-language
 * tree once for quotes, and then every text node again for dashes and
 * ellipses; the parsing was about 40 % of rendering an article. Here a pass
 * is skipped where no character it could change occurs: no quote mark in the
 * text, no `--`, `...`, `. .`, ``` `` ``` or `''` in a node.
 */

const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
const VISITED = new Set(['text', 'inlineCode', ...BLOCKS]);
/** What the quotes pass can change. */
const QUOTE = /["']/;
/** What the dashes, ellipses and backticks pass can change: a superset, so a skip is always safe. */
const DASH_ELLIPSIS_BACKTICK = /--|–-|\.\s*\.|``|''/;

type Literal = Extract<Nodes, { value: string }>;
const isLiteral = (node: Nodes): node is Literal => 'value' in node && typeof node.value === 'string';

export default function remarkSmartPunctuation(options: Options = {}) {
  // As remark-smartypants: dashes and ellipses change a string's length, so quotes come first, alone,
  // over the whole text (so a quote opened before a link is closed after it), and the rest per node.
  const quotes = retext().use(retextSmartypants, { ...options, ellipses: false, dashes: false, backticks: false });
  const rest = retext().use(retextSmartypants, { ...options, quotes: false });
  return (tree: Root) => {
    const nodes: Nodes[] = [];
    let allText = '';
    visit(tree, (node: Nodes, _index, parent) => {
      if (!parent || !VISITED.has(node.type)) return;
      if (isLiteral(node)) allText += node.type === 'text' ? node.value : 'A'.repeat(node.value.length);
      else if (BLOCKS.has(node.type)) allText += ' '; // a quote at the start of a block always opens
      else return;
      nodes.push(node);
    });
    if (QUOTE.test(allText)) allText = quotes.processSync(allText).toString();
    let start = 0;
    for (const node of nodes) {
      if (!isLiteral(node)) {
        start += 1;
        continue;
      }
      const end = start + node.value.length;
      if (node.type === 'text') {
        const text = allText.slice(start, end);
        node.value = DASH_ELLIPSIS_BACKTICK.test(text) ? rest.processSync(text).toString() : text;
      }
      start = end;
    }
  };
}
