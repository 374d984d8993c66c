import type { Node, Paragraph, Parent, Word } from 'nlcst';
import { toString } from 'nlcst-to-string';

/**
 * Calls `found` for each paragraph of the tree, with its parent and index,
 * without descending into it. unist-util-visit would do, but it copies the
 * list of ancestors at every node, and a body's natural-language tree has
 * a node for every word, space and mark: walking it so cost a build more
 * than rendering the body (10,000 bodies: about 40 s of two cores).
 */
export function eachParagraph(node: Node, found: (paragraph: Paragraph, index: number, parent: Parent) => void): void {
  const children = (node as Parent).children as Node[] | undefined;
  if (!children) return;
  children.forEach((child, index) => {
    if (child.type === 'ParagraphNode') found(child as Paragraph, index, node as Parent);
    else eachParagraph(child, found);
  });
}

/** Calls `found` for every node under `node`, in document order (see `eachParagraph` for why not unist-util-visit). */
export function eachDescendant(node: Node, found: (node: Node) => void): void {
  for (const child of ((node as Parent).children as Node[] | undefined) ?? []) {
    found(child);
    eachDescendant(child, found);
  }
}

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
  eachParagraph(tree, (paragraph) => {
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
