/**
 * What each field is for, in an editor's words. It completes "missing field"
 * and "wrong type" messages, and the README's front-matter table says the same.
 */
export const FIELD_HELP: Record<string, string> = {
  title: 'the headline, e.g. title: "Why talks are unlikely to end the war"',
  description: 'the dek: one or two sentences shown under the headline, in lists and in feeds',
  kind: 'one of analysis, explainer, report, opinion',
  publishedAt: 'the publication date, e.g. publishedAt: 2025-08-15',
  updatedAt: 'the date of the latest substantive revision, e.g. updatedAt: 2025-08-16',
  authors: 'a list of author slugs from content/authors/, e.g. authors: [foreign-desk]',
  tags: 'a list of 1 to 8 tag slugs from content/tags/, e.g. tags: [russia, diplomacy]',
  events: 'a list of event ids from content/events/, e.g. events: [helsinki-summit]',
  featured: 'true to lead the home page, otherwise leave it out',
  draft: 'true keeps the article out of production builds',
  image: 'image: { src: /images/file.jpg, alt: "what the picture shows" }',
  sources: 'a list of sources, each with a title and optionally publisher, date and url',
  corrections: 'a list of corrections, each with a date and text',
  name: 'the name shown in bylines',
  type: 'desk for a desk byline, person for a reporter',
  role: 'the desk or beat, e.g. role: International affairs',
  bio: 'a sentence or two about the author',
  links: 'a list of { label, url } links',
  label: 'the topic name readers see, e.g. label: International law',
  date: 'the date of the event: a year, a month or a day',
  summary: 'a sentence on what happened',
  source: 'the source: a title and optionally publisher, date and url',
  alt: 'a description of the image for readers who cannot see it',
  src: 'the image path under public/, e.g. /images/file.jpg',
  url: 'a full http(s) address, or leave url out: an unlinked source beats a guessed link',
  text: 'what was wrong and what is now right',
  publisher: 'who published the source',
};

/** Fields whose meaning depends on where they stand: an event's title is not a headline. */
const EVENT_HELP: Record<string, string> = {
  title: 'what happened, e.g. title: Trump and Putin hold a summit in Helsinki',
  id: 'the event id, lower-case words joined by hyphens, e.g. id: helsinki-summit',
};

export function helpFor(path: readonly PropertyKey[], folder: string): string | undefined {
  const field = [...path].reverse().find((key) => typeof key === 'string');
  if (!field) return undefined;
  const isEvent = folder === 'events' || path[0] === 'events';
  return (isEvent ? EVENT_HELP[field] : undefined) ?? FIELD_HELP[field];
}
