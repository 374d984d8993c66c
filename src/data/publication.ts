import { getCollection } from 'astro:content';
import { readBuildEnv } from '../build-env.ts';
import { contentGeneration } from '../model/content-generation.ts';
import { byNewest } from '../lib/by-newest.ts';
import { correctionAnchor, RETRACTION_ANCHOR, urls } from '../lib/urls.ts';
import { isListed, isVisible } from '../lib/visibility.ts';
import { adjacentInTime } from '../lib/indexes/adjacent.ts';
import { buildArchive } from '../lib/indexes/archive.ts';
import { listingMonths } from '../lib/indexes/listing-months.ts';
import { relatedArticles } from '../lib/indexes/related.ts';
import { buildTagIndex, byUsageThenLabel } from '../lib/indexes/tag-index.ts';
import { mergeTimeline } from '../lib/indexes/timeline.ts';
import { buildStories, storyPositions } from '../lib/indexes/stories.ts';
import { lazyFields } from '../lib/lazy-fields.ts';
import { digestFrom } from '../lib/cache-key.ts';
import { setLayoutContent } from './page-key.ts';
import { site } from '../site.config.ts';
import type { Appearance, Article, Author, CorrectionNotice, EventListing, Person, Publication, RetractedArticle, StandingPage, Story, StoryListing, StoryPosition, Tag, TagListing, TimelineEvent } from './types.ts';
import { buildPeople } from '../lib/indexes/people.ts';
import { KIND_LABELS, STORY_LABEL } from '../lib/kind-labels.ts';

function lookup<T>(map: Map<string, T>, id: string): T {
  const value = map.get(id);
  // The content loader has already checked every reference; this guards the invariant.
  if (value === undefined) throw new Error(`Unresolved reference "${id}"`);
  return value;
}

const tagSlugs = (article: Article) => article.tags.map((tag) => tag.slug);

/** The footer's order: the pages the config names first, in its order, then the rest by title. */
function standingPages(pages: StandingPage[]): StandingPage[] {
  const rank = (page: StandingPage) => {
    const index = site.aboutPages.indexOf(page.slug);
    return index < 0 ? site.aboutPages.length : index;
  };
  return pages.sort((a, b) => rank(a) - rank(b) || a.title.localeCompare(b.title, site.language));
}

async function loadPublication(): Promise<Publication> {
  const started = performance.now();
  const publication = await resolvePublication();
  console.info(`[backstory] timing: publication ${Math.round(performance.now() - started)} ms (${publication.articles.length} articles loaded and resolved; each index is built when first read)`);
  return publication;
}

async function resolvePublication(): Promise<Publication> {
  const [articleEntries, authorEntries, tagEntries, eventEntries, storyEntries, personEntries, pageEntries] = await Promise.all([
    getCollection('articles'),
    getCollection('authors'),
    getCollection('tags'),
    getCollection('events'),
    getCollection('stories'),
    getCollection('people'),
    getCollection('pages'),
  ]);
  const authors = new Map<string, Author>(authorEntries.map(({ id, data }) => [id, { ...data, slug: id, url: urls.author(id) }]));
  const tags = new Map<string, Tag>(tagEntries.map(({ id, data }) => [id, { ...data, slug: id, url: urls.tag(id) }]));
  const events = new Map<string, TimelineEvent>(eventEntries.map(({ id, data }) => [id, { ...data, id }]));
  const visibility = { now: readBuildEnv().now, preview: import.meta.env.BACKSTORY_PREVIEW };

  const resolved: Article[] = articleEntries
    .filter((entry) => isVisible(entry.data, visibility))
    .map((entry) => {
      const article: Article = {
        ...entry.data,
        slug: entry.id,
        url: urls.article(entry.id),
        authors: entry.data.authors.map((id) => lookup(authors, id)),
        tags: entry.data.tags.map((id) => lookup(tags, id)),
        events: entry.data.events.map((id) => lookup(events, id)),
        readingStats: entry.data.body.readingStats,
      };
      // The loader's digest of an entry covers all it holds (front matter, body key, pictures, withdrawn links, visibility).
      if (entry.digest) digestFrom(article, 'article', entry.id, entry.digest, article.url, article.authors, article.tags, article.events);
      return article;
    })
    .sort(byNewest);
  // Every listing, index and search reads `articles`; a retracted piece is only on its own page and in the feeds.
  const articles = resolved.filter((article) => isListed(article, visibility));
  const retracted = resolved.filter((article): article is RetractedArticle => article.retraction !== undefined);
  const personBySlug = new Map<string, Person>(personEntries.map(({ id, data }) => [id, { ...data, slug: id, url: urls.person(id) }]));
  const stories: Story[] = storyEntries.map(({ id, data }) => ({ ...data, slug: id, url: urls.story(id), tags: data.tags.map((tag) => lookup(tags, tag)) }));

  // Each index is built when a page first reads it: a build reads them all,
  // a preview server only what the page it shows needs (an article page
  // needs no topic listing, archive or timeline).
  const pages = standingPages(pageEntries.map(({ id, data }) => ({ ...data, slug: id, url: urls.page(id) })));
  setLayoutContent(pages.map((page) => [page.url, page.title]));
  const publication: Publication = lazyFields<Publication>({
    pages: () => pages,
    articles: () => articles,
    retracted: () => retracted,
    articleBySlug: () => new Map(articles.map((article) => [article.slug, article])),
    authors: () => [...authors.values()],
    articlesByAuthor: () => {
      const byAuthor = new Map<string, Article[]>([...authors.keys()].map((id) => [id, []]));
      for (const article of articles) {
        for (const author of article.authors) byAuthor.get(author.slug)!.push(article);
      }
      return byAuthor;
    },
    monthsByAuthor: () => new Map([...publication.articlesByAuthor].map(([slug, list]) => [slug, listingMonths(list, site.timeZone)])),
    tags: () => {
      const tagIndex = buildTagIndex(articles, tagSlugs, [...tags.keys()]);
      return [...tags.values()]
        .map((tag): TagListing => {
          const tagged = tagIndex.get(tag.slug)!.articles;
          return { ...tag, articles: tagged, months: listingMonths(tagged, site.timeZone), timeline: mergeTimeline([...events.values()], tagged) };
        })
        .sort((a, b) => byUsageThenLabel({ count: a.articles.length, label: a.label }, { count: b.articles.length, label: b.label }));
    },
    tagBySlug: () => new Map(publication.tags.map((tag) => [tag.slug, tag])),
    archive: () => buildArchive(articles, site.timeZone),
    timeline: () => mergeTimeline([...events.values()], articles),
    events: () =>
      publication.timeline.map(({ event, citedBy }): EventListing => ({ event, url: urls.event(event.id), articles: citedBy, months: listingMonths(citedBy, site.timeZone) })),
    relatedBySlug: () => relatedArticles(articles, tagSlugs),
    adjacentBySlug: () => adjacentInTime(articles),
    stories: () =>
      // An update dated after the build clock waits, like a scheduled article.
      buildStories(stories, articles, (update) => isVisible({ draft: false, publishedAt: update.at }, visibility)).map(
        (listing): StoryListing => ({ ...listing, timeline: mergeTimeline([...events.values()], [...listing.pieces].reverse()) }),
      ),
    storyBySlug: () => new Map(publication.stories.map((listing) => [listing.story.slug, listing])),
    storyPositionBySlug: () => storyPositions(publication.stories) as Map<string, StoryPosition>,
    personBySlug: () => personBySlug,
    people: () =>
      buildPeople(
        [...personBySlug.values()],
        [
          ...articles.map((article): Appearance => ({ url: article.url, title: article.title, label: KIND_LABELS[article.kind], date: article.publishedAt, body: article.body })),
          ...publication.stories.map(({ story, lastActivity }): Appearance => ({ url: story.url, title: story.title, label: STORY_LABEL, date: lastActivity, body: story.body })),
        ],
      ),
    corrections: () =>
      resolved
        .flatMap((article): CorrectionNotice[] => [
          ...article.corrections.map((correction, index) => ({ ...correction, kind: 'correction' as const, article, anchor: correctionAnchor(index) })),
          ...(article.retraction ? [{ ...article.retraction, kind: 'retraction' as const, article, anchor: RETRACTION_ANCHOR }] : []),
        ])
        .sort((a, b) => b.date.getTime() - a.date.getTime() || a.article.slug.localeCompare(b.article.slug, 'en') || a.anchor.localeCompare(b.anchor)),
  });
  return publication;
}

let publication: Promise<Publication> | undefined;
let loadedAt = -1;

/**
 * The whole publication, loaded, resolved and filtered once per build. Every
 * page and endpoint reads from here; none calls `getCollection` itself.
 * Under `astro dev`, where content changes under a running server, it is
 * loaded again after each change the content loader reports.
 */
export function getPublication(): Promise<Publication> {
  if (import.meta.env.BACKSTORY_PREVIEW && loadedAt !== contentGeneration()) publication = undefined;
  if (!publication) {
    loadedAt = contentGeneration();
    publication = loadPublication();
  }
  return publication;
}
