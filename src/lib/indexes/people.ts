import type { QuoteFact } from '../../markdown/people.ts';

/** A published page that can quote or mention people: an article, or a story's summary. */
export interface AppearanceInput {
  url: string;
  /** When it appeared: an article's publication, a story's latest activity. */
  date: Date;
  body: { people: readonly string[]; quotes: readonly QuoteFact[] };
}

export interface PersonListing<P, A extends AppearanceInput> {
  person: P;
  /** Every quote of theirs on a published page, newest page first, in page order within it. */
  quotes: { quote: QuoteFact; in: A }[];
  /** Every published page that quotes or mentions them, newest first. */
  appearances: A[];
}

/**
 * Gathers each person's quotes and appearances from the published pages
 * (already filtered by the visibility rule). A person who appears on none
 * is left out, so a quote in a draft surfaces nowhere. People are ordered
 * by name, then slug.
 */
export function buildPeople<P extends { slug: string; name: string }, A extends AppearanceInput>(people: readonly P[], pages: readonly A[]): PersonListing<P, A>[] {
  const newestFirst = [...pages].sort((a, b) => b.date.getTime() - a.date.getTime() || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const listings = new Map(people.map((person) => [person.slug, { person, quotes: [] as { quote: QuoteFact; in: A }[], appearances: [] as A[] }]));
  for (const page of newestFirst) {
    for (const slug of page.body.people) listings.get(slug)?.appearances.push(page);
    for (const quote of page.body.quotes) listings.get(quote.person)?.quotes.push({ quote, in: page });
  }
  return [...listings.values()]
    .filter((listing) => listing.appearances.length > 0)
    .sort((a, b) => a.person.name.localeCompare(b.person.name, 'en') || (a.person.slug < b.person.slug ? -1 : a.person.slug > b.person.slug ? 1 : 0));
}
