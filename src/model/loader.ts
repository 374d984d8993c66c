import type { Loader, LoaderContext } from 'astro/loaders';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { COLLECTIONS, type CollectionName } from './collections.ts';
import { contentChanged } from './content-generation.ts';
import { EntryCache } from './entry-cache.ts';
import { readNewsroom, type KnownFile, type Newsroom } from './newsroom.ts';
import { ContentError, formatProblem, type ContentProblem } from './problem.ts';
import { cardContent } from '../lib/cards/card-content.ts';
import { writeCardList } from '../lib/cards/card-list.ts';
import { searchGroups, writeSearchGroups, type PersonSearchSource } from '../lib/search-groups.ts';
import { sitemapLastmod, writeLastmod } from '../lib/sitemap-lastmod.ts';
import { site } from '../site.config.ts';
import { KIND_LABELS, STORY_LABEL } from '../lib/kind-labels.ts';
import { buildPeople, type AppearanceInput } from '../lib/indexes/people.ts';
import { urls } from '../lib/urls.ts';
import { isListed, visibleStories, type VisibilityContext } from '../lib/visibility.ts';
import { mapLimit } from '../lib/map-limit.ts';
import { withdrawalWarnings } from './internal-links.ts';
import { checkNewsroomLinks } from './newsroom-links.ts';
import type { SourceEntry } from './read-entry.ts';
import { onContentChange } from './content-watch.ts';
import { EditBatch } from './edit-batch.ts';
import { writeContentStoreNow } from '../lib/content-store-now.ts';
import { createRenderPool } from './render-pool.ts';
import { renderBody } from './render-body.ts';
import { registerPart } from './people-refs.ts';
import { bodyFactsOf } from './body-facts.ts';
import { chartDataPart } from './chart-data-refs.ts';
import { fileStyleFindings, styleListProblems } from './style-problem.ts';
import { stylePart } from '../markdown/style/style-list.ts';
import type { PeopleRegister } from '../markdown/people.ts';
import { bodiesFolder, bodyFiles, bodyKey, cachedBody, pruneBodies, readKnownDetails, storeBody, summaryOf, writeKnownDetails, type BodyDetails, type BodySummary } from './rendered-bodies.ts';
import { bodyForStore, storedArticleSchema, storedPageSchema, storedStorySchema } from './stored-article.ts';
import { checkPictureFile } from './picture-files.ts';
import { PictureFactsReader } from '../lib/pictures/picture-facts.ts';
import { writePictureList, type PictureEntry } from '../lib/pictures/picture-list.ts';
import type { PictureFacts } from '../lib/pictures/picture-plan.ts';

export interface NewsroomLoaderOptions {
  contentRoot: string;
  /** Which articles readers see in this build, for checking links between them. */
  visibility: VisibilityContext;
  /** At most how many articles a search bundle holds, but for a month with more (`BuildEnv.searchGroupSize`). */
  searchGroupSize: number;
}

/**
 * One read of the whole content tree serves all collections, so that
 * cross-references (tags, authors, events) are checked together and every
 * problem is reported in a single failed build.
 */
let snapshot: Promise<{ newsroom: Newsroom; problems: ContentProblem[] }> | undefined;

let forgotten = false;

/**
 * The collections that have taken their entries from the snapshot. A build
 * reads once and loads each collection once: when the last one has, the
 * snapshot goes, so that 10,000 sources, Markdown bodies and YAML documents
 * are not held through the rest of the build.
 */
const loadedFromSnapshot = new Set<CollectionName>();

/**
 * Every collection's loader hears the same file event, one after another in
 * the same tick: the first drops the snapshot, and the others reload from the
 * one new read instead of reading the whole tree again each.
 */
function forgetSnapshot(): void {
  if (forgotten) return;
  forgotten = true;
  snapshot = undefined;
  queueMicrotask(() => (forgotten = false));
}

/**
 * A preview server's last read, and the files it has heard change since:
 * its next read takes every other file from it instead of reading 10,000
 * files again for one saved edit.
 */
let earlierFiles: Map<string, KnownFile> | undefined;
const changedFiles = new Set<string>();

function readOnce(options: NewsroomLoaderOptions, cacheDir: URL, watching: boolean) {
  if (!snapshot) {
    const earlier = watching ? { files: earlierFiles ?? new Map(), changed: new Set(changedFiles) } : undefined;
    changedFiles.clear();
    // A preview's reload takes every unchanged file from its last read, and an edited file's text
    // is new: the entry cache would only be read and written whole (10,000 entries) for nothing.
    const cache = earlierFiles && watching ? undefined : new EntryCache(fileURLToPath(cacheDir));
    snapshot = readNewsroom({ ...options, cache, earlier }).then((read) => {
      if (watching) earlierFiles = read.files;
      return read;
    });
  }
  return snapshot;
}

/** The reloads of every collection after one saved edit, which write the store once. */
const reloadsOfOneEdit = new EditBatch();

function renderProblem(entry: SourceEntry, error: unknown): ContentProblem {
  const { reason, line, message } = (error ?? {}) as { reason?: string; line?: number; message?: string };
  const text = reason ?? message?.split('\n').at(-1) ?? String(error);
  return {
    file: entry.file,
    line: line ? entry.bodyLine + line - 1 : undefined,
    message: `could not be rendered: ${text}`,
    hint: line ? 'fix the Markdown at the line given.' : 'fix the Markdown the message describes.',
  };
}

/** The bodies' details as the last load left them: a preview server reloads often, and they are the same until a body changes. */
let knownDetails: { folder: string; details: ReadonlyMap<string, BodyDetails> } | undefined;

/**
 * A body's key, and the people its quotes and mentions can name (see
 * `referencedPeople`), with what the register says of them and the data
 * files its charts read (see `chartDataPart`). What the Markdown alone
 * decides comes with the entry (`BodyFacts`): from the entry cache in a
 * build, and from a preview server's last read for the files unchanged
 * since, so that only changed bodies are scanned and digested.
 */
function bodyKeyOf(entry: SourceEntry, register: PeopleRegister, contentRoot: string, style: string): { people: string[]; key: string } {
  const facts = (entry.bodyFacts ??= bodyFactsOf(entry.body));
  const part = registerPart(facts.people, register) + chartDataPart(entry.body, contentRoot, facts.dataFiles) + style;
  return { people: facts.people, key: bodyKey(facts.digest, part) };
}

/**
 * A cached body is only good if the key covered everyone it names: one whose
 * quotes or mentions name someone its key did not is rendered again, never
 * shown with what the register said of them before.
 */
function cachedFor(details: BodyDetails | undefined, people: readonly string[]): BodyDetails | undefined {
  // Details an older version left have no people facts at all.
  return details?.quotes && details.figures && details.people.every((slug) => people.includes(slug)) ? details : undefined;
}

/** What quotes and mentions print of each person in the register. */
function registerOf(newsroom: Newsroom): PeopleRegister {
  return Object.fromEntries(newsroom.people.map(({ id, data }) => [id, { name: data.name, description: data.description }]));
}

/**
 * A body's pictures must be publishable files: checked at every build, not
 * only when the body is rendered, so that a picture deleted, renamed or
 * swapped for a huge one after its article was last rendered still stops
 * the build (see `checkPictureFile`).
 */
function pictureProblems(entry: SourceEntry, summary: BodyDetails, absolutePath: string): ContentProblem[] {
  return summary.figures.flatMap((figure) => {
    const problem = checkPictureFile(figure.src, absolutePath);
    return problem ? [{ file: entry.file, line: entry.bodyLine + figure.line - 1, ...problem }] : [];
  });
}

/** Below this many articles to render, worker start-up costs more than it saves. */
const POOL_THRESHOLD = 64;

/**
 * Bodies handed to the render workers at once: enough to keep every worker
 * busy, few enough that 30,000 queued bodies (and their results) are never
 * held in memory together.
 */
const RENDERS_IN_FLIGHT = 16;

/** The collections whose Markdown bodies the loader renders. */
type BodyCollection = 'articles' | 'stories' | 'pages';

/** A Markdown body the loader renders: an article's text, a story's running summary or a standing page. */
interface BodyJob {
  collection: BodyCollection;
  entry: SourceEntry;
  key: string;
  absolutePath: string;
  cached: BodyDetails | undefined;
}

/** Every rendered body of one read, by `<collection>/<id>`. */
type RenderedBodies = Map<string, BodyDetails>;

/** The bodies of one read, and the links in each that point at a page pulled since (shown as plain text). */
interface BodyRendering {
  summaries: RenderedBodies;
  /** Hrefs as they stand in the HTML, by `<collection>/<id>` of the page that links. */
  withdrawn: Map<string, string[]>;
  /** The facts of every picture readers see, by its absolute path. */
  pictures: Map<string, PictureFacts>;
}

/**
 * The article and story loaders run side by side on the same read; the
 * bodies are rendered once for both, so that one link check sees every
 * page and one pass knows which rendered files to keep.
 */
const renderings = new WeakMap<Newsroom, Promise<BodyRendering>>();

function renderOnce(newsroom: Newsroom, context: LoaderContext, options: NewsroomLoaderOptions): Promise<BodyRendering> {
  let rendering = renderings.get(newsroom);
  if (!rendering) {
    rendering = renderBodies(newsroom, context, options);
    renderings.set(newsroom, rendering);
  }
  return rendering;
}

/**
 * Renders the bodies that changed since the last build (articles' text and
 * stories' summaries), keeps their HTML in files outside the content store,
 * and checks every internal link against the whole newsroom. An unchanged
 * body costs a digest and a lookup: its HTML is neither rendered nor read.
 */
async function renderBodies(newsroom: Newsroom, context: LoaderContext, options: NewsroomLoaderOptions): Promise<BodyRendering> {
  const started = performance.now();
  // One render serves every collection: its warnings and timings are the content's, not those of whichever loader ran it first.
  const logger = context.logger.fork('backstory-content');
  const problems: ContentProblem[] = [];
  const styleWarnings: ContentProblem[] = [];
  const summaries: RenderedBodies = new Map();
  const folder = bodiesFolder(context.config.cacheDir);
  const known = knownDetails?.folder === folder ? knownDetails.details : readKnownDetails(folder);
  const register = registerOf(newsroom);
  // The house style list checks every body: an edited list renders them all again.
  const listProblems = styleListProblems(options.contentRoot);
  if (listProblems.length) throw new ContentError(listProblems);
  const style = stylePart(options.contentRoot);
  const files = bodyFiles(folder);
  const jobs: BodyJob[] = (['articles', 'stories', 'pages'] as const).flatMap((collection) =>
    newsroom[collection].map((entry: SourceEntry) => {
      const { key, people } = bodyKeyOf(entry, register, options.contentRoot, style);
      return { collection, entry, key, absolutePath: markdownFile(options, collection, entry.id), cached: cachedFor(cachedBody(folder, key, known, files), people) };
    }),
  );
  const toRender = jobs.filter((job) => !job.cached);
  const pool = toRender.length >= POOL_THRESHOLD ? createRenderPool(register) : undefined;
  try {
    await mapLimit(jobs, RENDERS_IN_FLIGHT, async ({ collection, entry, key, absolutePath, cached }) => {
      let summary = cached;
      if (!summary) {
        const fileURL = pathToFileURL(absolutePath);
        if (pool) {
          const result = await pool.run({ body: entry.body, fileURL: fileURL.href, folder, key });
          if ('error' in result) return void problems.push(renderProblem(entry, result.error));
          summary = result.details;
        } else {
          let rendered: Awaited<ReturnType<typeof renderBody>>;
          try {
            rendered = await renderBody(entry.body, fileURL, register);
          } catch (error) {
            // Astro's own glob loader only logs a failed render and ships the page without a body.
            return void problems.push(renderProblem(entry, error));
          }
          summary = await storeBody(folder, key, rendered.code, rendered.metadata);
        }
      }
      summaries.set(`${collection}/${entry.id}`, summary);
      problems.push(...pictureProblems(entry, summary, absolutePath));
      fileStyleFindings(entry, summary.style ?? [], { problems, warnings: styleWarnings });
    });
  } finally {
    await pool?.close();
  }
  if (problems.length) throw new ContentError(problems);
  for (const warning of styleWarnings) logger.warn(formatProblem(warning));
  const links = checkNewsroomLinks(newsroom, options.visibility, options.contentRoot, (section, entry) => summaries.get(`${section}/${entry.id}`)!);
  if (links.problems.length) throw new ContentError(links.problems);
  for (const warning of withdrawalWarnings(links.withdrawn)) logger.warn(formatProblem(warning));
  const withdrawn = new Map<string, string[]>();
  for (const { source, href } of links.withdrawn) withdrawn.set(source, [...(withdrawn.get(source) ?? []), href]);
  const current = new Map([...summaries.values()].map((details) => [details.key, details]));
  const previewing = Boolean(context.watcher);
  // A preview server answers requests while it reloads, from the store as it
  // was: the bodies that store names must outlive the reload. The next build prunes them.
  if (!previewing) pruneBodies(folder, new Set(current.keys()), files);
  // A preview server keeps them in memory and writes them once, at its first load.
  const reloading = previewing && knownDetails?.folder === folder;
  if (!reloading) writeKnownDetails(folder, current, known);
  // Only a preview server loads again; a build would only hold them to its end.
  knownDetails = previewing ? { folder, details: current } : undefined;
  const rendered = toRender.filter((job) => job.collection === 'articles').length;
  const stories = newsroom.stories.length ? `; ${toRender.filter((job) => job.collection === 'stories').length} of ${newsroom.stories.length} story summaries` : '';
  logger.info(`timing: markdown-render ${Math.round(performance.now() - started)} ms (${rendered} of ${newsroom.articles.length} articles rendered${stories}${pool ? ' on worker threads' : ''})`);
  const factsStarted = performance.now();
  const pictures = await readShownPictures(newsroom, summaries, fileURLToPath(context.config.cacheDir), options);
  logger.info(`timing: picture-facts ${Math.round(performance.now() - factsStarted)} ms (${pictures.size} pictures shown)`);
  // For the search, card and picture steps at the start of the build and the sitemap step after it, which see only files. A preview server runs none.
  if (!previewing) writeBuildLists(newsroom, summaries, pictures, fileURLToPath(context.config.cacheDir), options);
  return { summaries, withdrawn, pictures };
}

/** A picture a piece shows: its path as written, resolved from the piece's file, and where it is written. */
interface ShownPicture {
  entry: SourceEntry;
  src: string;
  file: string;
  /** Asked only for a message: a lead picture's line means parsing its front matter again. */
  line: () => number | undefined;
  thumbnail: boolean;
}

/** The file a picture path written in an article, story or page names: relative to that Markdown file. */
const pictureFile = (options: NewsroomLoaderOptions, collection: BodyCollection, id: string, src: string) => path.resolve(path.dirname(markdownFile(options, collection, id)), src);

/** The pictures of the pieces readers see in this build: lead pictures (also shown as thumbnails) and body pictures. */
function shownPictures(newsroom: Newsroom, summaries: RenderedBodies, options: NewsroomLoaderOptions, visibility: VisibilityContext): ShownPicture[] {
  const stories = visibleStories(newsroom.articles, visibility);
  const figures = (collection: BodyCollection, entry: SourceEntry): ShownPicture[] =>
    summaries.get(`${collection}/${entry.id}`)!.figures.map(({ src, line }) => ({ entry, src, file: pictureFile(options, collection, entry.id, src), line: () => entry.bodyLine + line - 1, thumbnail: false }));
  return [
    ...newsroom.articles
      .filter((entry) => isListed(entry.data, visibility))
      .flatMap((entry) => {
        const image = entry.data.image;
        const lead = image ? [{ entry, src: image.src, file: pictureFile(options, 'articles', entry.id, image.src), line: () => entry.lineOf(['image', 'src']), thumbnail: true }] : [];
        return [...lead, ...figures('articles', entry)];
      }),
    ...newsroom.stories.filter((entry) => stories.has(entry.id)).flatMap((entry) => figures('stories', entry)),
    ...newsroom.pages.flatMap((entry) => figures('pages', entry)),
  ];
}

/**
 * Reads the facts of every picture readers see (`PictureFactsReader`): what
 * pages name and size their files by, with no import of the file into the
 * build. A file that is there but is no picture sharp can read stops the
 * build here, naming where it is shown.
 */
async function readShownPictures(newsroom: Newsroom, summaries: RenderedBodies, cacheDir: string, options: NewsroomLoaderOptions): Promise<Map<string, PictureFacts>> {
  const reader = new PictureFactsReader(cacheDir, options.contentRoot);
  const facts = new Map<string, PictureFacts>();
  const problems: ContentProblem[] = [];
  await mapLimit(shownPictures(newsroom, summaries, options, options.visibility), 8, async ({ entry, src, file, line, thumbnail }) => {
    const read = await reader.read(file);
    if ('error' in read) problems.push({ file: entry.file, line: line(), ...(thumbnail ? { field: 'image.src' } : {}), message: `"${src}" cannot be read as a picture (${read.error})`, hint: 'export it again as JPEG, PNG, WebP or AVIF.' });
    else facts.set(file, read);
  });
  if (problems.length) throw new ContentError(problems);
  reader.save();
  return facts;
}

/** What the build's later steps need from the read, written as files: sitemap dates, search documents, social cards. */
function writeBuildLists(newsroom: Newsroom, summaries: RenderedBodies, pictures: ReadonlyMap<string, PictureFacts>, cacheDir: string, options: NewsroomLoaderOptions): void {
  const articles = newsroom.articles.map(({ id, data }) => ({ ...data, slug: id }));
  const published = { ...options.visibility, preview: false };
  const storiesShown = visibleStories(newsroom.articles, published);
  const stories = newsroom.stories.filter((story) => storiesShown.has(story.id)).map(({ id, data }) => ({ ...data, slug: id }));
  const withPeople = articles.map((article) => ({ ...article, people: summaries.get(`articles/${article.slug}`)!.people }));
  writeLastmod(cacheDir, sitemapLastmod(withPeople, published, stories));
  const searchable = articles.filter((article) => isListed(article, published));
  writeSearchGroups(
    cacheDir,
    searchGroups(
      searchable.map((article) => ({ ...article, kind: KIND_LABELS[article.kind], body: summaries.get(`articles/${article.slug}`)! })),
      site.timeZone,
      options.searchGroupSize,
      stories.map((story) => ({ ...story, kind: STORY_LABEL, body: summaries.get(`stories/${story.slug}`)! })),
      peopleSearchSources(newsroom, [
        ...searchable.map((article) => ({ url: urls.article(article.slug), date: article.publishedAt, body: summaries.get(`articles/${article.slug}`)! })),
        ...stories.map((story) => ({ url: urls.story(story.slug), date: storiesShown.get(story.slug)!, body: summaries.get(`stories/${story.slug}`)! })),
      ]),
      newsroom.pages.map(({ id, data }) => ({ slug: id, title: data.title, description: data.description, body: summaries.get(`pages/${id}`)! })),
    ),
  );
  writePictureList(
    cacheDir,
    shownPictures(newsroom, summaries, options, published).map(({ file, thumbnail }): PictureEntry => ({ picture: pictures.get(file)!, thumbnail })),
  );
  const authorNames = new Map(newsroom.authors.map((author) => [author.id, author.data.name]));
  writeCardList(
    cacheDir,
    searchable.map((article) => ({ slug: article.slug, content: cardContent({ ...article, authors: article.authors.map((id) => ({ name: authorNames.get(id)! })) }) })),
  );
}

/**
 * Each person whom a published page quotes or mentions, with their published
 * quotes, for search: gathered by the same index as their page.
 */
function peopleSearchSources(newsroom: Newsroom, published: readonly AppearanceInput[]): PersonSearchSource[] {
  const people = newsroom.people.map(({ id, data }) => ({ ...data, slug: id }));
  return buildPeople(people, published).map(({ person, quotes }) => ({ ...person, quotes: quotes.map(({ quote }) => quote.text) }));
}

/** The Markdown file of an article or a story. */
const markdownFile = (options: NewsroomLoaderOptions, collection: BodyCollection, id: string) => path.join(options.contentRoot, collection, `${id}.md`);

/** An entry's file as the store records it, relative to the project. */
const storeFilePath = (context: LoaderContext, options: NewsroomLoaderOptions, collection: BodyCollection, id: string) =>
  path.relative(fileURLToPath(context.config.root), markdownFile(options, collection, id));

/** A body's pictures' facts by the path written in its Markdown, or none when readers do not see it. */
function figureFacts(body: BodySummary, where: { options: NewsroomLoaderOptions; collection: BodyCollection; id: string }, pictures: ReadonlyMap<string, PictureFacts>, shown: boolean): Map<string, PictureFacts> | undefined {
  return shown ? new Map(body.figures.map(({ src }) => [src, pictures.get(pictureFile(where.options, where.collection, where.id, src))!])) : undefined;
}

/** Puts the read's articles in the store: front matter and a summary of the body, whose HTML stays in its file. */
function storeArticles(newsroom: Newsroom, { summaries, withdrawn, pictures }: BodyRendering, context: LoaderContext, options: NewsroomLoaderOptions): void {
  for (const entry of newsroom.articles) {
    const body = summaryOf(summaries.get(`articles/${entry.id}`)!);
    const withdrawnLinks = withdrawn.get(`articles/${entry.id}`) ?? [];
    // Only the pictures of pieces readers see reach the picture step and dist/: a draft's photograph is never published before the draft.
    const listed = isListed(entry.data, options.visibility);
    const image = listed ? entry.data.image : undefined;
    const lead = image && { ...image, src: pictures.get(pictureFile(options, 'articles', entry.id, image.src))! };
    const stored = bodyForStore(body, withdrawnLinks, figureFacts(body, { options, collection: 'articles', id: entry.id }, pictures, listed));
    const data = { ...entry.data, image: lead, body: stored };
    const filePath = storeFilePath(context, options, 'articles', entry.id);
    // The source key covers the front matter and the body's key and file the summary; the pictures' keys cover their files' bytes.
    // Page keys trust this digest to cover everything the entry holds (`digestFrom` in publication.ts): whatever is added to
    // `data` must be covered here too, or its pages go stale.
    const pictureKeys = [lead?.src.key, ...stored.figures.map(({ picture }) => picture.key)].join(',');
    const digest = context.generateDigest(entry.sourceKey ? `${entry.sourceKey}\0${body.file}\0${listed}\0${withdrawnLinks.join('\0')}\0${pictureKeys}` : JSON.stringify(data));
    context.store.set({ id: entry.id, data: data as unknown as Record<string, unknown>, filePath, digest });
  }
}

function storeStories(newsroom: Newsroom, { summaries, withdrawn, pictures }: BodyRendering, context: LoaderContext, options: NewsroomLoaderOptions): void {
  const shown = visibleStories(newsroom.articles, options.visibility);
  for (const entry of newsroom.stories) {
    const body = summaryOf(summaries.get(`stories/${entry.id}`)!);
    const figures = figureFacts(body, { options, collection: 'stories', id: entry.id }, pictures, shown.has(entry.id));
    const data = { ...entry.data, body: bodyForStore(body, withdrawn.get(`stories/${entry.id}`) ?? [], figures) };
    const filePath = storeFilePath(context, options, 'stories', entry.id);
    context.store.set({ id: entry.id, data: data as unknown as Record<string, unknown>, filePath, digest: context.generateDigest(JSON.stringify(data)) });
  }
}

/** Standing pages: their front matter and a summary of the rendered body. Every page is published. */
function storePages(newsroom: Newsroom, { summaries, withdrawn, pictures }: BodyRendering, context: LoaderContext, options: NewsroomLoaderOptions): void {
  for (const entry of newsroom.pages) {
    const body = summaryOf(summaries.get(`pages/${entry.id}`)!);
    const data = { ...entry.data, body: bodyForStore(body, withdrawn.get(`pages/${entry.id}`) ?? [], figureFacts(body, { options, collection: 'pages', id: entry.id }, pictures, true)) };
    const filePath = storeFilePath(context, options, 'pages', entry.id);
    context.store.set({ id: entry.id, data: data as unknown as Record<string, unknown>, filePath, digest: context.generateDigest(JSON.stringify(data)) });
  }
}

type StoredSchema<C extends CollectionName> = C extends 'articles'
  ? typeof storedArticleSchema
  : C extends 'stories'
    ? typeof storedStorySchema
    : C extends 'pages'
      ? typeof storedPageSchema
      : (typeof COLLECTIONS)[C]['schema'];

/** A loader for one collection; its schema type flows into `astro:content` types. */
export function newsroomLoader<C extends CollectionName>(collection: C, options: NewsroomLoaderOptions): Loader & { schema: StoredSchema<C> } {
  let watching = false;
  async function load(context: LoaderContext): Promise<void> {
    const { newsroom, problems } = await readOnce(options, context.config.cacheDir, Boolean(context.watcher));
    if (problems.length) throw new ContentError(problems);
    const entries = newsroom[collection];
    const current = new Set(entries.map((entry) => entry.id));
    for (const id of context.store.keys()) if (!current.has(id)) context.store.delete(id);
    if (collection === 'articles' || collection === 'stories' || collection === 'pages') {
      const rendering = await renderOnce(newsroom, context, options);
      if (collection === 'articles') storeArticles(newsroom, rendering, context, options);
      else if (collection === 'stories') storeStories(newsroom, rendering, context, options);
      else storePages(newsroom, rendering, context, options);
    } else {
      for (const entry of entries) {
        const data = entry.data as unknown as Record<string, unknown>;
        context.store.set({ id: entry.id, data, digest: context.generateDigest(JSON.stringify(data)) });
      }
    }
    contentChanged();
    if (!context.watcher) {
      loadedFromSnapshot.add(collection);
      if (loadedFromSnapshot.size === Object.keys(COLLECTIONS).length) {
        snapshot = undefined;
        loadedFromSnapshot.clear();
      }
      return;
    }
    if (watching) return;
    watching = true;
    // Not Vite's watcher, which is told to leave the content root alone (previewMode): see content-watch.ts.
    onContentChange(
      options.contentRoot,
      (changed) => {
        for (const file of changed) changedFiles.add(path.resolve(file));
        forgetSnapshot();
        const reload = load(context).catch((error: unknown) => context.logger.error(String(error)));
        reloadsOfOneEdit.add(reload, () => writeContentStoreNow(context.meta).catch((error: unknown) => context.logger.error(String(error))));
      },
      (message) => context.logger.warn(message),
    );
  }
  const stored: Partial<Record<CollectionName, unknown>> = { articles: storedArticleSchema, stories: storedStorySchema, pages: storedPageSchema };
  const schema = (stored[collection] ?? COLLECTIONS[collection].schema) as StoredSchema<C>;
  return { name: `backstory-${collection}`, schema, load };
}
