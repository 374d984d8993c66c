import type { ArticleData, ArticleKind, AuthorData, EventData, PageData, PersonData, StoryData, TagData } from '../model/schemas.ts';
import type { PersonListing as PersonIndexListing } from '../lib/indexes/people.ts';
import type { ReadingStats } from '../markdown/remark-reading-stats.ts';
import type { StoredBody, StoredLeadImage } from '../model/stored-article.ts';
import type { Adjacent } from '../lib/indexes/adjacent.ts';
import type { ArchiveYear } from '../lib/indexes/archive.ts';
import type { ListingMonth } from '../lib/indexes/listing-months.ts';
import type { TimelineEntry } from '../lib/indexes/timeline.ts';
import type { RelatedIndex } from '../lib/indexes/related.ts';
import type { StoryListing as StoryIndexListing, StoryPosition as StoryIndexPosition } from '../lib/indexes/stories.ts';

export interface Author extends AuthorData {
  slug: string;
  url: string;
}

export interface Tag extends TagData {
  slug: string;
  url: string;
}

export interface TimelineEvent extends EventData {
  id: string;
}

/** An article as pages see it: references resolved, reading stats attached. */
export interface Article extends Omit<ArticleData, 'authors' | 'tags' | 'events' | 'eventDefinitions' | 'image'> {
  slug: string;
  url: string;
  kind: ArticleKind;
  authors: Author[];
  tags: Tag[];
  events: TimelineEvent[];
  readingStats: ReadingStats;
  /** The rendered body: its HTML is read only where a page shows it (`readBody`). */
  body: StoredBody;
  /** The lead picture, with the facts of its file (see `PictureFacts`). */
  image?: StoredLeadImage | undefined;
}

/** A visible article withdrawn by its `retraction`. */
export type RetractedArticle = Article & { retraction: NonNullable<Article['retraction']> };

export interface TagListing extends Tag {
  /** The tag's visible articles, newest first. */
  articles: Article[];
  /** The same articles by calendar month, newest first. */
  months: ListingMonth<Article>[];
  /** Timeline entries cited by those articles, in chronological order. */
  timeline: TimelineEntry<TimelineEvent, Article>[];
}

/** A key date with its own page: every visible article citing it. */
export interface EventListing {
  event: TimelineEvent;
  url: string;
  /** The articles citing it, newest first. */
  articles: Article[];
  /** The same articles by calendar month, newest first. */
  months: ListingMonth<Article>[];
}

/** A story as pages see it: its tags resolved, its summary's HTML in a file. */
export interface Story extends Omit<StoryData, 'tags'> {
  slug: string;
  url: string;
  tags: Tag[];
  /** The rendered summary ("what we know"): read where a page shows it (`readBody`). */
  body: StoredBody;
}

/** A story with a published piece: its pieces, where to start, its updates and key dates. */
export interface StoryListing extends StoryIndexListing<Story, Article> {
  /** Key dates cited by its pieces, in chronological order. */
  timeline: TimelineEntry<TimelineEvent, Article>[];
}

export type StoryPosition = StoryIndexPosition<Story, Article> & { listing: StoryListing };

/** Someone in the register of people. */
export interface Person extends PersonData {
  slug: string;
  url: string;
}

/** A published page where people are quoted or mentioned, as a person's page lists it. */
export interface Appearance {
  url: string;
  title: string;
  /** What it is: the article's kind, or "Story". */
  label: string;
  /** An article's publication; a story's latest activity. */
  date: Date;
  body: StoredBody;
}

/** A person with at least one published appearance: their quotes, and every page that names them. */
export type PersonListing = PersonIndexListing<Person, Appearance>;

export interface CorrectionNotice {
  date: Date;
  text: string;
  /** A correction to a piece, or its retraction. */
  kind: 'correction' | 'retraction';
  article: Article;
  /** Anchor of the correction on the article page. */
  anchor: string;
}

/** A standing page: about the publication, its standards, how to reach it. */
export interface StandingPage extends PageData {
  slug: string;
  url: string;
  body: StoredBody;
}

export interface Publication {
  /** The standing pages, in the footer's order (`site.aboutPages`, then by title). */
  pages: StandingPage[];
  /** Visible articles, newest first, less the retracted: what every listing, index and search shows. */
  articles: Article[];
  /** Visible articles that were retracted, newest first: each keeps its page, with the notice. */
  retracted: RetractedArticle[];
  articleBySlug: Map<string, Article>;
  authors: Author[];
  /** Each author's visible articles, newest first. */
  articlesByAuthor: Map<string, Article[]>;
  /** Each author's visible articles by calendar month, newest first. */
  monthsByAuthor: Map<string, ListingMonth<Article>[]>;
  /** Every tag of the vocabulary, most used first. */
  tags: TagListing[];
  tagBySlug: Map<string, TagListing>;
  /** Years, newest first, each with its months, newest first. */
  archive: ArchiveYear<Article>[];
  /** Events cited by visible articles, oldest first. */
  timeline: TimelineEntry<TimelineEvent, Article>[];
  /** The same events, each with its page's listing. */
  events: EventListing[];
  relatedBySlug: RelatedIndex<Article>;
  /** Every correction and retraction of a visible article, newest first. */
  corrections: CorrectionNotice[];
  adjacentBySlug: Map<string, Adjacent<Article>>;
  /** Stories with at least one visible piece: developing first, then the most recently active. */
  stories: StoryListing[];
  storyBySlug: Map<string, StoryListing>;
  /** Where each story piece stands in its story, by article slug. */
  storyPositionBySlug: Map<string, StoryPosition>;
  /** The register of people by slug, whether or not anything published names them. */
  personBySlug: Map<string, Person>;
  /** People with a published quote or mention, by name. */
  people: PersonListing[];
}
