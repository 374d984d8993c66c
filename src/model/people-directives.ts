import { closestMatch } from '../lib/closest-match.ts';
import type { ContentProblem } from './problem.ts';
import type { SourceEntry } from './read-entry.ts';

/** An opening quote fence, its attributes, and a mention with its slug: the shapes the Markdown plugins turn into figures and links. */
const QUOTE_OPENING = /^[ \t]{0,3}:::quote(?:\{([^}\n]*)\})?[ \t]*$/;
const QUOTE_CLOSING = /^[ \t]{0,3}:::[ \t]*$/;
const PERSON_ATTRIBUTE = /(?:^|\s)person=(?:"([^"]*)"|'([^']*)'|([^\s"'}]+))/;
const MENTION = /:person(?:\[[^\]\n]*\])?(?:\{([^}\n]*)\})?/g;
const ID_ATTRIBUTE = /(?:^|\s)#([^\s}]+)/;

/**
 * Checks the people that quotes and mentions name, without rendering: an
 * unknown slug, a quote with no person and a quote with no words are
 * reported by `npm run check` in a second, and stop the build before any
 * Markdown is rendered. (The Markdown plugins check the same again.)
 */
export function checkPeopleDirectives(entries: readonly SourceEntry[], people: readonly string[], problems: ContentProblem[]): void {
  const known = new Set(people);
  const unknown = (slug: string) => {
    const guess = closestMatch(slug, known);
    return { message: `"${slug}" is not in the register of people`, hint: `${guess ? `did you mean "${guess}"? If not, add` : 'add'} them to content/people/${slug}.yaml, or correct the slug.` };
  };
  for (const entry of entries) {
    if (!entry.body.includes(':person') && !entry.body.includes(':::quote')) continue;
    const lines = entry.body.split('\n');
    lines.forEach((text, index) => {
      const line = entry.bodyLine + index;
      const opening = QUOTE_OPENING.exec(text);
      if (opening) {
        const attribute = PERSON_ATTRIBUTE.exec(opening[1] ?? '');
        const slug = attribute && (attribute[1] ?? attribute[2] ?? attribute[3]);
        if (!slug) problems.push({ file: entry.file, line, message: 'a quote needs the person who said it', hint: 'write :::quote{person=<slug>}, with a slug from content/people/.' });
        else if (!known.has(slug)) problems.push({ file: entry.file, line, ...unknown(slug) });
        const next = lines.slice(index + 1).find((following) => following.trim() !== '');
        if (next === undefined || QUOTE_CLOSING.test(next)) problems.push({ file: entry.file, line, message: 'a quote needs the words that were said', hint: 'write them on the lines between :::quote and :::.' });
        return;
      }
      for (const mention of text.matchAll(MENTION)) {
        const slug = ID_ATTRIBUTE.exec(mention[1] ?? '')?.[1];
        if (!slug) problems.push({ file: entry.file, line, message: 'a mention needs the person', hint: 'write :person[their name]{#slug}, with a slug from content/people/.' });
        else if (!known.has(slug)) problems.push({ file: entry.file, line, ...unknown(slug) });
      }
    });
  }
}

/** The people whom no quote or mention names, for `npm run check` to point out. */
export function unmentionedPeople(entries: readonly SourceEntry[], people: readonly SourceEntry[]): SourceEntry[] {
  const named = new Set<string>();
  for (const entry of entries) {
    for (const line of entry.body.split('\n')) {
      const opening = QUOTE_OPENING.exec(line);
      const attribute = opening && PERSON_ATTRIBUTE.exec(opening[1] ?? '');
      if (attribute) named.add(attribute[1] ?? attribute[2] ?? attribute[3]!);
      for (const mention of line.matchAll(MENTION)) {
        const slug = ID_ATTRIBUTE.exec(mention[1] ?? '')?.[1];
        if (slug) named.add(slug);
      }
    }
  }
  return people.filter((person) => !named.has(person.id));
}
