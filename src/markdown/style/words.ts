import type { Node, Paragraph, Parent, Word } from 'nlcst';
import { toString } from 'nlcst-to-string';
import { visit } from 'unist-util-visit';

/** A word of a sentence, and whether it stands between quotation marks (someone else's words). */
export interface SentenceWord {
  node: Word;
  text: string;
  quoted: boolean;
  /** Whether white space alone separates it from the word before it in the sentence. */
  followsSpace: boolean;
}

/** Each tree's words, read once for every rule that needs them. */
const read = new WeakMap<Node, SentenceWord[][]>();

const OPENING = new Set(['“', '„', '«']);
const CLOSING = new Set(['”', '»']);

/**
 * The words of each sentence in order, each marked when it is inside double
 * quotation marks: a direct quote is printed as it was said, so house style
 * and repeated words leave it alone. A quote may run over several sentences
 * of its paragraph; straight quotes toggle.
 */
export function sentencesOf(tree: Node): SentenceWord[][] {
  let sentences = read.get(tree);
  if (sentences) return sentences;
  sentences = [];
  read.set(tree, sentences);
  visit(tree, 'ParagraphNode', (paragraph: Paragraph) => {
    let depth = 0;
    let straight = false;
    for (const sentence of (paragraph as Parent).children as Node[]) {
      if (sentence.type !== 'SentenceNode') continue;
      const words: SentenceWord[] = [];
      let gap: 'none' | 'space' | 'other' = 'other';
      for (const child of (sentence as Parent).children as Node[]) {
        if (child.type === 'WordNode') {
          words.push({ node: child as Word, text: toString(child as Word), quoted: depth > 0 || straight, followsSpace: gap === 'space' });
          gap = 'none';
        } else if (child.type === 'WhiteSpaceNode') {
          if (gap === 'none') gap = 'space';
        } else {
          gap = 'other';
          const text = toString(child as Word);
          if (OPENING.has(text)) depth++;
          else if (CLOSING.has(text)) depth = Math.max(0, depth - 1);
          else if (text === '"') straight = !straight;
        }
      }
      sentences!.push(words);
    }
  });
  return sentences;
}
