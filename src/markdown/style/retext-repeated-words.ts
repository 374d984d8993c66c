import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import { sentencesOf } from './words.ts';

/**
 * "the the": a word typed twice in a row, white space between. Our own
 * rather than retext-repeated-words, so that quotes are skipped like every
 * other rule of ours and the message says what to do. Words that may stand
 * twice ("had had", "that that") are allowed.
 */
const MAY_REPEAT = new Set(['had', 'that', 'is', 'do', 'ha', 'bye', 'no', 'so', 'very', 'far', 'long', 'on']);

export default function retextRepeatedWords() {
  return (tree: Root, file: VFile) => {
    for (const words of sentencesOf(tree)) {
      words.forEach((word, index) => {
        const previous = words[index - 1];
        if (!previous || !word.followsSpace || word.quoted || previous.quoted) return;
        const text = word.text.toLowerCase();
        if (text !== previous.text.toLowerCase() || MAY_REPEAT.has(text) || !/\p{L}/u.test(text)) return;
        const message = file.message(`"${previous.text} ${word.text}" repeats a word`, { place: { start: previous.node.position!.start, end: word.node.position!.end }, ruleId: 'repeated-words', source: 'backstory-style' });
        message.note = `delete one "${word.text}".`;
      });
    }
  };
}
