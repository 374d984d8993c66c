import type { Root } from 'nlcst';
import type { VFile } from 'vfile';
import type { StyleList } from './style-list.ts';
import { sentencesOf, type SentenceWord } from './words.ts';

interface Rule {
  words: string[];
  reason: string;
  hint: string;
}

/** Whether a word is `part`, or holds it: `Kiev's`, `Kiev-based`, `pro-Kiev`. */
const holds = (text: string, part: string) => text === part || text.replace(/['’]s$/, '') === part || text.split(/[-–]/).includes(part);

/** What a word may start a phrase as: itself, less a possessive, or a part of a hyphenated word (see `holds`). */
function formsOf(text: string): string[] {
  if (!/['’\-–]/.test(text)) return [text];
  return [...new Set([text, text.replace(/['’]s$/, ''), ...text.split(/[-–]/)])];
}

/** Whether `phrase` starts at `words[at]`: the same words, case and all, separated by white space alone. */
function startsAt(words: SentenceWord[], at: number, phrase: string[]): boolean {
  return phrase.every((part, offset) => {
    const word = words[at + offset];
    const last = offset === phrase.length - 1;
    const first = offset === 0;
    // Inside a phrase every word must be exact; only its ends may carry a hyphen or a possessive.
    const matches = word !== undefined && (word.text === part || ((first || last) && holds(word.text, part)));
    return matches && !word.quoted && (first || word.followsSpace);
  });
}

/**
 * The newsroom's own usage from `content/style.yaml`: forms we do not print
 * (`Kiev`, `Donetsk Oblast`) with the one we do, and phrases we avoid.
 * Matching is case-sensitive, since case is often the whole rule; direct
 * quotes are left as they were said.
 */
export default function retextHouseStyle(list: StyleList) {
  const rules: Rule[] = [
    ...list.prefer.flatMap(({ use, not }) => not.map((wrong) => ({ words: wrong.split(/\s+/), reason: `write "${use}", not "${wrong}"`, hint: `house style (content/style.yaml): ${use}.` }))),
    ...list.avoid.map(({ phrase, hint }) => ({ words: phrase.split(/\s+/), reason: `avoid "${phrase}"`, hint })),
  ];
  // By first word: each word of a body is looked up once, not tried against every rule.
  const byFirstWord = new Map<string, Rule[]>();
  for (const rule of rules) byFirstWord.set(rule.words[0]!, [...(byFirstWord.get(rule.words[0]!) ?? []), rule]);
  return (tree: Root, file: VFile) => {
    if (!rules.length) return;
    for (const words of sentencesOf(tree)) {
      for (let at = 0; at < words.length; at++) {
        const candidates = new Set(formsOf(words[at]!.text).flatMap((form) => byFirstWord.get(form) ?? []));
        for (const rule of candidates) {
          if (!startsAt(words, at, rule.words)) continue;
          const end = words[at + rule.words.length - 1]!;
          const message = file.message(rule.reason, { place: { start: words[at]!.node.position!.start, end: end.node.position!.end }, ruleId: 'house-style', source: 'backstory-style' });
          message.note = rule.hint;
        }
      }
    }
  };
}
