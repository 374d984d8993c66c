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
  image: 'image: { src: ../images/file.jpg, alt: "what the picture shows", caption: "what it means here", credit: "Photo: Name / Agency" }',
  sources: 'a list of sources, each with a title and optionally publisher, date and url',
  corrections: 'a list of corrections, each with a date and text',
  retraction: 'retraction: { date: 2025-08-20, text: "Why the piece was withdrawn." }: replaces the body with the notice',
  name: 'the name shown in bylines',
  type: 'desk for a desk byline, person for a reporter',
  role: 'the desk or beat, e.g. role: International affairs',
  bio: 'a sentence or two about the author',
  links: 'a list of { label, url } links',
  label: 'the topic name readers see, e.g. label: International law',
  date: 'the date of the event: a year, a month or a day',
  summary: 'a sentence on what happened',
  source: 'the source: a title and optionally publisher, date and url',
  alt: 'a description of the picture for readers who cannot see it',
  src: 'the picture\'s path from this file, e.g. ../images/file.jpg',
  caption: 'a sentence on what the picture shows and why it matters here',
  credit: 'who made the picture and under what terms, e.g. credit: "Photo: Jane Doe / Agency" or "Map: Backstory"',
  url: 'a full http(s) address, or leave url out: an unlinked source beats a guessed link',
  text: 'what was wrong and what is now right',
  publisher: 'who published the source',
  backstory: 'one paragraph on how we reported this piece: what we read, whom we asked, what we could not check',
  story: 'the slug of a story from content/stories/ this piece belongs to, e.g. story: putin-trump-talks',
  storyStart: 'true marks the piece a newcomer to the story should read first, otherwise leave it out',
};

/** A person's fields in the register. */
const PERSON_HELP: Record<string, string> = {
  name: 'the name readers know them by, e.g. name: Timothy Taras',
  description: 'who they are, in one line, e.g. description: Ukrainian military analyst',
  aliases: 'a list of other spellings sources use, e.g. aliases: [Volodymyr Zelensky]',
  links: 'a list of { label, url } links, e.g. an official page',
};

/** A story's fields, where they mean something else than an article's. */
const STORY_HELP: Record<string, string> = {
  title: 'the story\'s name, e.g. title: Putin–Trump talks',
  description: 'one line on what the story is, shown in lists and feeds',
  status: 'status: developing while the story moves, or concluded once it has ended',
  tags: 'a list of up to 8 tag slugs from content/tags/, e.g. tags: [russia, diplomacy]',
  startedAt: 'when the story began, e.g. startedAt: 2025-08-11',
  updates: 'a list of short dated updates, each { at, text }',
  at: 'when the update was posted: a date, e.g. 2025-08-15, or a date-time with an offset, e.g. 2025-08-15T18:30:00+01:00',
  text: 'the update, in a sentence or two',
};

/** A standing page's fields. */
const PAGE_HELP: Record<string, string> = {
  title: 'the page\'s name, e.g. title: Corrections policy',
  description: 'one sentence on what the page is for, shown in search results and link previews',
  updatedAt: 'when the page last changed in substance, e.g. updatedAt: 2025-08-15',
};

/** Fields whose meaning depends on where they stand: an event's title is not a headline. */
const EVENT_HELP: Record<string, string> = {
  title: 'what happened, e.g. title: Trump and Putin hold a summit in Helsinki',
  id: 'the event id, lower-case words joined by hyphens, e.g. id: helsinki-summit',
};

export function helpFor(path: readonly PropertyKey[], folder: string): string | undefined {
  const field = [...path].reverse().find((key) => typeof key === 'string');
  if (!field) return undefined;
  if (folder === 'stories') return STORY_HELP[field] ?? FIELD_HELP[field];
  if (folder === 'people') return PERSON_HELP[field] ?? FIELD_HELP[field];
  if (folder === 'pages') return PAGE_HELP[field];
  const isEvent = folder === 'events' || path[0] === 'events';
  return (isEvent ? EVENT_HELP[field] : undefined) ?? FIELD_HELP[field];
}
