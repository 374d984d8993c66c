import { closestMatch } from '../lib/closest-match.ts';
import type { ContentProblem } from './problem.ts';

export interface LinkSource {
  id: string;
  /** Where the source's own page lives: an article's text, a story's summary, or a standing page. */
  section: 'articles' | 'stories' | 'pages';
  file: string;
  body: string;
  bodyLine: number;
  /** The body's site-relative and in-page hrefs, as rendered (see `linksIn`). */
  links: readonly string[];
  /** Whether readers will see this article in this build. */
  visible: boolean;
}

export interface PageTarget {
  /** The ids in the page's rendered Markdown; unknown before it is rendered. */
  anchors: Set<string> | undefined;
  /** Whether readers will see the page in this build. */
  visible: boolean;
}

export interface LinkTargets {
  /** Every article, with the ids on its page and whether it is visible. */
  articles: Map<string, PageTarget>;
  /** Every story; a story is visible when one of its pieces is. */
  stories: Map<string, PageTarget>;
  tags: Set<string>;
  authors: Set<string>;
  /** The register of people: a person's page is at /people/<slug>/. */
  people: Set<string>;
  /** Whether an article not in the newsroom now was once there (deleted, not mistyped). */
  wasDeleted(slug: string): boolean;
}

/**
 * A link to a page readers cannot see in this build, though it was right
 * when written: an article made a draft, scheduled or deleted, or a story
 * whose pieces all were. The page shows the link's text without the link.
 */
export interface WithdrawnLink {
  /** `<section>/<id>` of the article or story that links. */
  source: string;
  /** The href as it stands in the rendered HTML. */
  href: string;
  warning: ContentProblem;
}

export interface LinkCheck {
  problems: ContentProblem[];
  withdrawn: WithdrawnLink[];
}

function lineOfLink(source: LinkSource, href: string): number | undefined {
  const at = source.body.indexOf(`(${href}`) >= 0 ? source.body.indexOf(`(${href}`) : source.body.indexOf(`"${href}"`);
  return at < 0 ? undefined : source.bodyLine + source.body.slice(0, at).split('\n').length - 1;
}

/** The usual shapes, `/articles/<slug>/`, `/articles/<slug>/#id` and `#id`: a URL parse for each of 100,000 links is most of a check's cost. */
const SIMPLE_LINK = /^(?:\/([a-z]+)\/([a-z0-9-]+)\/)?(?:#([^#]*))?$/;

function parseLink(href: string, source: LinkSource): { section?: string; slug?: string; rest: string; fragment: string } {
  const simple = SIMPLE_LINK.exec(href);
  if (simple) {
    const [, section = source.section, slug = source.id, hash = ''] = simple;
    return { section, slug, rest: '', fragment: decodeURIComponent(hash) };
  }
  const url = new URL(href, `https://site.invalid/${source.section}/${source.id}/`);
  const [, section, slug, ...rest] = url.pathname.split('/');
  return { section, slug, rest: rest.join(''), fragment: decodeURIComponent(url.hash.slice(1)) };
}

/** What is wrong with a link: a problem to report, or a link to withdraw (`withdraw`). */
interface LinkFault {
  withdraw: boolean;
  message: string;
  hint: string;
}

/**
 * What is wrong with a parsed link, or nothing when it lands on a page
 * readers see (and on its anchor). Called for each of 100,000 links, most of
 * which land: nothing is made for those.
 */
function faultOf(targets: LinkTargets, { section, slug, rest, fragment }: ReturnType<typeof parseLink>): LinkFault | undefined {
  if ((section === 'articles' || section === 'stories') && slug && rest === '') {
    const pages = targets[section];
    const target = pages.get(slug);
    if (!target && section === 'articles' && targets.wasDeleted(slug)) {
      return { withdraw: true, message: 'which has been deleted', hint: 'remove the link, or point it at another article.' };
    }
    if (!target) {
      const guess = closestMatch(slug, pages.keys());
      return { withdraw: false, message: 'which does not exist', hint: guess ? `did you mean /${section}/${guess}/?` : `check the slug: it is the target ${section === 'articles' ? 'article' : 'story'}'s file name.` };
    }
    if (!target.visible) {
      return {
        withdraw: true,
        message: section === 'articles' ? 'which is not published in this build (a draft, or scheduled later)' : 'a story with no published piece in this build',
        hint: section === 'articles' ? 'the link comes back when that article is published; remove it if it never will be.' : 'the link comes back when one of its pieces is published.',
      };
    }
    if (fragment && target.anchors && !target.anchors.has(fragment)) {
      const guess = closestMatch(fragment, target.anchors);
      return { withdraw: false, message: `but that page has no "#${fragment}"`, hint: guess ? `did you mean #${guess}?` : 'link to a heading id: lower-case heading words joined by hyphens.' };
    }
    return undefined;
  }
  if (section === 'tags' && slug && !targets.tags.has(slug)) {
    return { withdraw: false, message: 'which is not a topic', hint: `known topics: ${[...targets.tags].join(', ')}.` };
  }
  if (section === 'authors' && slug && !targets.authors.has(slug)) {
    return { withdraw: false, message: 'which is not an author', hint: `known authors: ${[...targets.authors].join(', ')}.` };
  }
  if (section === 'people' && slug && !targets.people.has(slug)) {
    const guess = closestMatch(slug, targets.people);
    return {
      withdraw: false,
      message: 'who is not in the register of people',
      hint: guess ? `did you mean /people/${guess}/? Better still, mark the mention: :person[name]{#${guess}}.` : 'add them to content/people/, and mark the mention: :person[name]{#slug}.',
    };
  }
  return undefined;
}

/**
 * Links from one article to another (or to a heading, a topic or an author)
 * must land: a missing page or a missing anchor is a problem with the file
 * and line, not a 404 discovered by a reader. A link to a page that was
 * published and has been pulled (made a draft, scheduled, deleted) is not:
 * a takedown cannot wait for edits to every article that links to it. Such
 * links are withdrawn, with one warning for each linking page and target.
 */
export function checkInternalLinks(sources: readonly LinkSource[], targets: LinkTargets): LinkCheck {
  const problems: ContentProblem[] = [];
  const withdrawn: WithdrawnLink[] = [];
  for (const source of sources) {
    if (!source.visible) continue;
    for (const raw of source.links) {
      const href = raw.includes('&') ? raw.replaceAll('&#x26;', '&').replaceAll('&amp;', '&') : raw;
      const link = parseLink(href, source);
      const fault = faultOf(targets, link);
      if (!fault) continue;
      const line = lineOfLink(source, href.startsWith('#') ? href : href.split('#')[0]!);
      if (fault.withdraw) {
        const warning = { file: source.file, line, message: `links to /${link.section}/${link.slug}/, ${fault.message}; the link is shown as plain text`, hint: fault.hint };
        withdrawn.push({ source: `${source.section}/${source.id}`, href: raw, warning });
      } else {
        problems.push({ file: source.file, line, message: `links to ${href}, ${fault.message}`, hint: fault.hint });
      }
    }
  }
  return { problems, withdrawn };
}

/** One warning for each page that links and page it links to, however many times it does. */
export function withdrawalWarnings(withdrawn: readonly WithdrawnLink[]): ContentProblem[] {
  const seen = new Map<string, ContentProblem>();
  for (const { source, warning } of withdrawn) {
    const key = `${source} ${warning.message}`;
    if (!seen.has(key)) seen.set(key, warning);
  }
  return [...seen.values()];
}
