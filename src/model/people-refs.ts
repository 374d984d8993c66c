import type { PeopleRegister } from '../markdown/people.ts';

/** `{person=slug}` and `{#slug}`: every attribute that can name a person in a directive. */
const REFERENCE = /\{[^{}\n]*?(?:person=["']?|#)([a-z0-9][a-z0-9-]*)/g;

/**
 * The slugs a body's quotes and mentions can name, found without parsing
 * it. The loader keys a rendered body by what the register says of them;
 * a body that names anyone not found here is rendered every time rather
 * than ever shown stale (see `cachedFor`).
 */
export function referencedPeople(markdown: string): string[] {
  if (!markdown.includes(':')) return [];
  return [...new Set([...markdown.matchAll(REFERENCE)].map((match) => match[1]!))].sort();
}

/** What the register says of `slugs`, as text for a body's key (a slug it lacks counts too). */
export function registerPart(slugs: readonly string[], register: PeopleRegister): string {
  return slugs.length ? JSON.stringify(slugs.map((slug) => [slug, Object.hasOwn(register, slug) ? register[slug] : null])) : '';
}
