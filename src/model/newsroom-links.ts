import { isVisible, visibleStories, type VisibilityContext } from '../lib/visibility.ts';
import { deletedArticles } from './deleted-articles.ts';
import { checkInternalLinks, type LinkCheck, type LinkSource, type PageTarget } from './internal-links.ts';
import type { Newsroom } from './newsroom.ts';
import type { SourceEntry } from './read-entry.ts';

/** What the link check knows of one body: its links, and its ids where it was rendered. */
export interface BodyLinks {
  links: readonly string[];
  /** Unknown before rendering (`npm run check`): links to `#fragment`s are then not checked. */
  anchors?: readonly string[] | undefined;
}

/**
 * Checks every link in the newsroom's articles and story summaries against
 * every page readers see in this build: one rule for the build (rendered
 * bodies) and `npm run check` (links read from the Markdown).
 */
export function checkNewsroomLinks(newsroom: Newsroom, visibility: VisibilityContext, contentRoot: string, bodyOf: (section: 'articles' | 'stories' | 'pages', entry: SourceEntry) => BodyLinks): LinkCheck {
  const storiesShown = visibleStories(newsroom.articles, visibility);
  const sources: LinkSource[] = [];
  const pages = { articles: new Map<string, PageTarget>(), stories: new Map<string, PageTarget>() };
  const add = (section: 'articles' | 'stories', entry: SourceEntry, visible: boolean) => {
    // Once per body: for `npm run check`, reading its links means scanning its Markdown.
    const { links, anchors } = bodyOf(section, entry);
    sources.push({ ...entry, section, links, visible });
    pages[section].set(entry.id, { anchors: anchors && new Set(anchors), visible });
  };
  for (const entry of newsroom.articles) add('articles', entry, isVisible(entry.data, visibility));
  for (const entry of newsroom.stories) add('stories', entry, storiesShown.has(entry.id));
  // Standing pages are always published; no link points into one by section, so they are sources only.
  for (const entry of newsroom.pages) sources.push({ ...entry, section: 'pages', links: bodyOf('pages', entry).links, visible: true });
  return checkInternalLinks(sources, {
    ...pages,
    tags: new Set(newsroom.tags.map((tag) => tag.id)),
    authors: new Set(newsroom.authors.map((author) => author.id)),
    people: new Set(newsroom.people.map((person) => person.id)),
    wasDeleted: deletedArticles(contentRoot),
  });
}

/** Code spans and fenced blocks, whose text is not links. */
const CODE = /^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$|`[^`\n]*`/gm;
/** Inline links and images `](href` and reference definitions `[label]: href`. */
const LINK = /\]\(\s*<?([^\s)>]+)|^ {0,3}\[[^\]\n]+\]:\s*<?([^\s>]+)/gm;

/**
 * The site-relative and in-page links a Markdown body writes, read without
 * rendering it: what `npm run check` checks. Code is skipped; code's length
 * is kept so that lines still count right.
 */
export function markdownLinks(body: string): string[] {
  const text = body.replace(CODE, (code) => code.replace(/[^\n]/g, ' '));
  return [...text.matchAll(LINK)].map((match) => (match[1] ?? match[2])!).filter((href) => (href.startsWith('/') && !href.startsWith('//')) || href.startsWith('#'));
}
