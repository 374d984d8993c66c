import { closestMatch } from '../lib/closest-match.ts';
import type { ContentProblem } from './problem.ts';
import type { SourceEntry } from './read-entry.ts';

/** An opening quote fence, its attributes, and a mention with its slug: the shapes the Markdown plugins turn into figures and links. */
const QUOTE_OPENING = /^[ \t]{0,3}:::quote(?:\{([^}\n]*)\})?[ \t]*$/;
const QUOTE_CLOSING = /^[ \t]{0,3}:::[ \t]*$/;
const PERSON_ATTRIBUTE = /(?:^|\s)person=(?:"([^"]*)"|'([^']*)'|([^\s"'}]+))/;
const MENTION = /:person(?:\[[^\]\n]*\])?(?:\{([^}\n]*)\})?/g;
const ID_ATTRIBUTE = /(?:^|\s)#([^\s}]+)/;

/** One quote or mention as written: its line in the file, whom it names (if it does), and, for a quote, whether it has words. */
interface PersonReference {
  kind: 'quote' | 'mention';
  line: number;
  slug: string | undefined;
  empty: boolean;
}

/** Every quote and mention in a body, found line by line without parsing the Markdown. */
function* referencesIn(entry: SourceEntry): Generator<PersonReference> {
  if (!entry.body.includes(':person') && !entry.body.includes(':::quote')) return;
  const lines = entry.body.split('\n');
  for (const [index, text] of lines.entries()) {
    const line = entry.bodyLine + index;
    const opening = QUOTE_OPENING.exec(text);
    if (opening) {
      const attribute = PERSON_ATTRIBUTE.exec(opening[1] ?? '');
      const next = lines.slice(index + 1).find((following) => following.trim() !== '');
      yield { kind: 'quote', line, slug: attribute ? (attribute[1] ?? attribute[2] ?? attribute[3]) : undefined, empty: next === undefined || QUOTE_CLOSING.test(next) };
      continue;
    }
    for (const mention of text.matchAll(MENTION)) yield { kind: 'mention', line, slug: ID_ATTRIBUTE.exec(mention[1] ?? '')?.[1], empty: false };
  }
}

/**
 * Checks the people that quotes and mentions name, without rendering: an
 * unknown slug, a quote with no person and a quote with no words are
 * reported by `npm run check` in a second, and stop the build before any
 * Markdown is rendered. (The Markdown plugins check the same again.)
 */
export function checkPeopleDirectives(entries: readonly SourceEntry[], people: readonly string[], problems: ContentProblem[]): void {
  const known = new Set(people);
  for (const entry of entries) {
    for (const { kind, line, slug, empty } of referencesIn(entry)) {
      const at = { file: entry.file, line };
      if (!slug) {
        problems.push(
          kind === 'quote'
            ? { ...at, message: 'a quote needs the person who said it', hint: 'write :::quote{person=<slug>}, with a slug from content/people/.' }
            : { ...at, message: 'a mention needs the person', hint: 'write :person[their name]{#slug}, with a slug from content/people/.' },
        );
      } else if (!known.has(slug)) {
        const guess = closestMatch(slug, known);
        problems.push({ ...at, message: `"${slug}" is not in the register of people`, hint: `${guess ? `did you mean "${guess}"? If not, add` : 'add'} them to content/people/${slug}.yaml, or correct the slug.` });
      }
      if (empty) problems.push({ ...at, message: 'a quote needs the words that were said', hint: 'write them on the lines between :::quote and :::.' });
    }
  }
}

/** The people whom no quote or mention names, for `npm run check` to point out. */
export function unmentionedPeople(entries: readonly SourceEntry[], people: readonly SourceEntry[]): SourceEntry[] {
  const named = new Set(entries.flatMap((entry) => [...referencesIn(entry)].map((reference) => reference.slug)));
  return people.filter((person) => !named.has(person.id));
}
