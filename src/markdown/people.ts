import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { closestMatch } from '../lib/closest-match.ts';

/** What Markdown shows of a person: the register's name and one-line description. */
export interface RegisterPerson {
  name: string;
  description: string;
}

/** The register of people by slug, as the content loader hands it to a render. */
export type PeopleRegister = Readonly<Record<string, RegisterPerson>>;

/** A quote a body attributes to a person: its speaker, the figure's id and its words as plain text. */
export interface QuoteFact {
  person: string;
  /** The figure's id on the rendered page (after the sanitiser's `user-content-` prefix). */
  anchor: string;
  text: string;
}

/** Who a rendered body names: everyone it mentions or quotes, and its quotes. */
export interface PeopleFacts {
  /** Slugs, each once, in order of first appearance. */
  people: string[];
  quotes: QuoteFact[];
}

interface AstroData {
  frontmatter?: Record<string, unknown>;
}

/**
 * The register is handed to a render in its front-matter data (`people`), so
 * that the one configured pipeline serves every body, on any thread.
 */
export function registerOf(file: VFile): PeopleRegister {
  return ((file.data.astro as AstroData | undefined)?.frontmatter?.people ?? {}) as PeopleRegister;
}

/** What the plugins found, kept in the front-matter data where Astro's renderer returns it. */
export function peopleFactsOf(file: VFile): PeopleFacts {
  const astro = ((file.data.astro as AstroData | undefined) ??= {}) as AstroData;
  astro.frontmatter ??= {};
  return ((astro.frontmatter.peopleFacts as PeopleFacts | undefined) ??= { people: [], quotes: [] });
}

export function notePerson(file: VFile, slug: string): void {
  const facts = peopleFactsOf(file);
  if (!facts.people.includes(slug)) facts.people.push(slug);
}

/** The register's entry for `slug`, or a failed render naming the closest slug. */
export function lookUpPerson(file: VFile, slug: string, node: Node): RegisterPerson {
  const register = registerOf(file);
  const person = Object.hasOwn(register, slug) ? register[slug] : undefined;
  if (person) return person;
  const guess = closestMatch(slug, Object.keys(register));
  return file.fail(`"${slug}" is not in the register of people (content/people/)${guess ? `; did you mean "${guess}"?` : ''}`, node, 'backstory:unknown-person');
}
