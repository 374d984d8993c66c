import { readBuildEnv } from '../build-env.ts';
import { absoluteUrl } from './absolute-url.ts';
import { absoluteHtml } from '../lib/feeds/absolute-html.ts';
import { feedUpdated, type FeedEntry, type FeedImage, type FeedMeta } from '../lib/feeds/feed-entry.ts';
import type { StoredLeadImage } from '../model/stored-article.ts';
import { site } from '../site.config.ts';
import { escapeHtml } from '../lib/escape-html.ts';
import { RETRACTION_ANCHOR, urls } from '../lib/urls.ts';
import { pageKey } from './page-key.ts';
import { feedPaths } from '../lib/feed-paths.ts';
import { bodyHtml } from './body-html.ts';
import { largestFallback } from './pictures.ts';
import { getPublication } from './publication.ts';
import type { Article, StoryListing } from './types.ts';

/** The lead picture as feeds carry it: one URL, its largest fallback. */
function feedImage(image: StoredLeadImage): FeedImage {
  const { src, type, width, height } = largestFallback(image.src);
  return { url: absoluteUrl(src), type, width, height, alt: image.alt, credit: image.credit };
}

/** When an article last changed, as its feed item dates it. */
const articleUpdated = (article: Article) => article.updatedAt ?? article.publishedAt;

// By article object: a preview server's reloaded publication has new ones, so no text outlives an edit.
const texts = new WeakMap<Article, string>();

/** An article's text as feeds carry it, made the first time a feed carries it and shared by the others. */
function feedText(article: Article, url: string): string {
  let html = texts.get(article);
  if (html === undefined) texts.set(article, (html = absoluteHtml(bodyHtml(article.body), url)));
  return html;
}

function toEntry(article: Article, withText: boolean): FeedEntry {
  const url = absoluteUrl(article.url);
  return {
    url,
    title: article.title,
    summary: article.description,
    html: withText ? feedText(article, url) : undefined,
    image: article.image && feedImage(article.image),
    published: article.publishedAt,
    updated: articleUpdated(article),
    categories: article.tags.map((tag) => tag.label),
    authors: article.authors.map((author) => ({ name: author.name, url: absoluteUrl(author.url) })),
  };
}

/**
 * The newest `feedSize` of `articles` (already newest first) as feed
 * entries, the first `withText` of them with the article's text. Only the
 * texts a feed carries are read and made absolute: a body's HTML parsed,
 * walked and written again is most of a feed's cost.
 */
export async function feedEntries(articles: readonly Article[], withText = site.feedSize): Promise<FeedEntry[]> {
  return articles.slice(0, site.feedSize).map((article, index) => toEntry(article, index < withText));
}

/**
 * The cache key of a feed that shows `shown` and whose items are dated
 * `itemDates`: what it carries, its own date (as `feedUpdated` gives it from
 * those dates and the build clock) and the WebSub hub it names, which
 * BACKSTORY_WEBSUB_HUB changes without changing the feed's code.
 */
function feedKey(shown: unknown[], itemDates: readonly Date[]): string | undefined {
  const { now, websubHub } = readBuildEnv();
  return pageKey(...shown, feedUpdated(itemDates.map((updated) => ({ updated })), now).getTime(), websubHub);
}

/**
 * The cache key of a feed of `articles` (newest first) about `about` (a tag's
 * or an author's words), so an edit reaches only the feeds that carry the article.
 */
export function articleFeedKey(about: unknown, articles: readonly Article[]): string | undefined {
  const carried = articles.slice(0, site.feedSize);
  return feedKey([about, carried], carried.map(articleUpdated));
}

/**
 * The site feeds' items: the newest articles and, as items of their own
 * dated by the notice, retractions. A retracted piece's own item leaves the
 * feed with it; the notice's id is its anchor on the article's page.
 */
export async function siteFeedEntries(): Promise<FeedEntry[]> {
  const { articles, retracted } = await getPublication();
  const retractions = retracted.map(
    ({ url, title, retraction, authors }): FeedEntry => ({
      url: absoluteUrl(`${url}#${RETRACTION_ANCHOR}`),
      title: `Retracted: ${title}`,
      summary: retraction.text,
      html: `<p>${escapeHtml(retraction.text)}</p>`,
      published: retraction.date,
      updated: retraction.date,
      categories: [],
      authors: authors.map((author) => ({ name: author.name, url: absoluteUrl(author.url) })),
    }),
  );
  return [...(await feedEntries(articles)), ...retractions].sort(byPublished).slice(0, site.feedSize);
}

const byPublished = (a: FeedEntry, b: FeedEntry) => b.published.getTime() - a.published.getTime() || (a.url < b.url ? -1 : 1);

/**
 * A story's feed: its pieces and its updates, newest first. An update is an
 * item of its own, whose permanent id is its anchor on the story page.
 */
export async function storyFeedEntries(listing: StoryListing): Promise<FeedEntry[]> {
  const { story } = listing;
  const newsroom = [{ name: site.title, url: absoluteUrl(urls.home()) }];
  const updates = listing.updates.slice(0, site.feedSize).map(
    (update): FeedEntry => ({
      url: absoluteUrl(urls.storyUpdate(story.slug, update.at)),
      title: `Update: ${story.title}`,
      summary: update.text,
      html: `<p>${escapeHtml(update.text)}</p>`,
      published: update.at,
      updated: update.at,
      categories: story.tags.map((tag) => tag.label),
      authors: newsroom,
    }),
  );
  const pieces = await feedEntries([...listing.pieces].reverse(), site.storyFeedFullText);
  return [...pieces, ...updates].sort(byPublished).slice(0, site.feedSize);
}

/**
 * The routes of a story's feeds: one per story with a published piece, each
 * keyed by what it carries, so that a build renders again only the feeds of
 * the stories that changed (a newsroom follows hundreds of stories).
 */
export async function storyFeedRoutes() {
  const { stories } = await getPublication();
  return stories.map((listing) => {
    const pieces = [...listing.pieces].reverse().slice(0, site.feedSize);
    return {
      params: { slug: listing.story.slug },
      props: { listing },
      cacheKey: feedKey([listing.story, listing.updates.slice(0, site.feedSize), pieces], [...pieces.map(articleUpdated), ...listing.updates.map((update) => update.at)]),
    };
  });
}

/** What a story's feed says about itself, in the given format. */
export function storyFeedMeta({ story }: StoryListing, format: 'rss' | 'atom'): FeedMeta {
  return feedMeta(`${site.title}: ${story.title}`, story.description, story.url, format === 'rss' ? feedPaths.storyRss(story.slug) : feedPaths.storyAtom(story.slug));
}

export function feedMeta(title: string, description: string, pagePath: string, feedPath: string): FeedMeta {
  return { title, description, homePageUrl: absoluteUrl(pagePath), feedUrl: absoluteUrl(feedPath), language: site.language, hub: readBuildEnv().websubHub };
}

export const buildClock = () => readBuildEnv().now;

export function xmlResponse(body: string, type: string): Response {
  return new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
}
