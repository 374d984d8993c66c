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

/** Whether a link lands on a page readers see (and on its anchor): most do, and need no message. */
function landsOn(targets: LinkTargets, section: string | undefined, slug: string | undefined, rest: string, fragment: string): boolean {
  if ((section === 'articles' || section === 'stories') && slug && rest === '') {
    const target = targets[section].get(slug);
    return Boolean(target?.visible && (!fragment || !target.anchors || target.anchors.has(fragment)));
  }
  return !slug || !(section === 'tags' || section === 'authors' || section === 'people') || targets[section].has(slug);
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
  // Called for each of 100,000 links: the messages' closures and strings are made only for a link that is wrong.
  for (const source of sources) {
    if (!source.visible) continue;
    for (const raw of source.links) {
      const href = raw.includes('&') ? raw.replaceAll('&#x26;', '&').replaceAll('&amp;', '&') : raw;
      const { section, slug, rest, fragment } = parseLink(href, source);
      if (landsOn(targets, section, slug, rest, fragment)) continue;
      const line = () => lineOfLink(source, href.startsWith('#') ? href : href.split('#')[0]!);
      const report = (message: string, hint: string) => problems.push({ file: source.file, line: line(), message: `links to ${href}, ${message}`, hint });
      const withdraw = (message: string, hint: string) => {
        const page = `/${section}/${slug}/`;
        const warning = { file: source.file, line: line(), message: `links to ${page}, ${message}; the link is shown as plain text`, hint };
        withdrawn.push({ source: `${source.section}/${source.id}`, href: raw, warning });
      };
      if ((section === 'articles' || section === 'stories') && slug && rest === '') {
        const pages = targets[section];
        const target = pages.get(slug);
        const noun = section === 'articles' ? 'article' : 'story';
        if (!target && section === 'articles' && targets.wasDeleted(slug)) {
          withdraw('which has been deleted', 'remove the link, or point it at another article.');
        } else if (!target) {
          const guess = closestMatch(slug, pages.keys());
          report('which does not exist', guess ? `did you mean /${section}/${guess}/?` : `check the slug: it is the target ${noun}'s file name.`);
        } else if (!target.visible) {
          withdraw(
            section === 'articles' ? 'which is not published in this build (a draft, or scheduled later)' : 'a story with no published piece in this build',
            section === 'articles' ? 'the link comes back when that article is published; remove it if it never will be.' : 'the link comes back when one of its pieces is published.',
          );
        } else {
          const guess = closestMatch(fragment, target.anchors!);
          report(`but that page has no "#${fragment}"`, guess ? `did you mean #${guess}?` : 'link to a heading id: lower-case heading words joined by hyphens.');
        }
      } else if (section === 'tags' && slug && !targets.tags.has(slug)) {
        report('which is not a topic', `known topics: ${[...targets.tags].join(', ')}.`);
      } else if (section === 'authors' && slug && !targets.authors.has(slug)) {
        report('which is not an author', `known authors: ${[...targets.authors].join(', ')}.`);
      } else if (section === 'people' && slug && !targets.people.has(slug)) {
        const guess = closestMatch(slug, targets.people);
        report('who is not in the register of people', guess ? `did you mean /people/${guess}/? Better still, mark the mention: :person[name]{#${guess}}.` : 'add them to content/people/, and mark the mention: :person[name]{#slug}.');
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
