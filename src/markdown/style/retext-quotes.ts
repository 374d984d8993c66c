import type { Node, Nodes, Paragraph, Parent, Root } from 'nlcst';
import { toString } from 'nlcst-to-string';
import type { VFile } from 'vfile';
import { eachDescendant, eachParagraph } from './words.ts';

/**
 * Quotation marks must pair up within a paragraph: every opening “ closed by
 * a ”, and no straight " left beside curly ones (a quote pasted from
 * elsewhere). A quote that runs on into the next paragraph opens it again,
 * as in print, so a paragraph may end inside one.
 */
export default function retextQuotes() {
  return (tree: Root, file: VFile) => {
    eachParagraph(tree, (paragraph: Paragraph, index, parent) => {
      let open: Node | undefined;
      let depth = 0;
      let curly = false;
      const straight: Node[] = [];
      eachDescendant(paragraph, (node: Node) => {
        if (node.type !== 'PunctuationNode' && node.type !== 'SymbolNode') return;
        const text = toString(node as Nodes);
        if (text === '“') {
          curly = true;
          depth++;
          open ??= node;
        } else if (text === '”') {
          curly = true;
          if (depth === 0) report(node, 'a closing ” has no opening “', 'add the opening “, or delete the ”.');
          depth = Math.max(0, depth - 1);
          if (depth === 0) open = undefined;
        } else if (text === '"') {
          straight.push(node);
        }
      });
      if (curly && straight.length) report(straight[0]!, 'mixes straight " with curly “ ” quotation marks', 'type every quotation mark the same way, straight or curly, and the build prints them curly.');
      else if (straight.length % 2 === 1) report(straight.at(-1)!, 'has an odd number of " quotation marks', 'a quote is not closed, or one is not opened: check where it starts and ends.');
      // A paragraph that ends inside a quote continues it in the next, which opens again; the last one must close.
      if (depth > 0 && open && !opensWithQuote((parent.children as Node[]).slice(index + 1).find((node) => node.type === 'ParagraphNode'))) {
        report(open, 'an opening “ is never closed', 'add the closing ” where the quote ends.');
      }
    });

    function report(node: Node, reason: string, hint: string) {
      const message = file.message(`quotation marks: ${reason}`, { place: node.position, ruleId: 'quotes', source: 'backstory-style' });
      message.note = hint;
    }
  };
}

/** Whether a paragraph (the next one) opens with a quotation mark, continuing a quote. */
const opensWithQuote = (paragraph: Node | undefined) => paragraph !== undefined && /^\s*“/.test(toString(paragraph as Nodes));
