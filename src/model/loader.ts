import type { Loader, LoaderContext } from 'astro/loaders';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { COLLECTIONS, type CollectionName } from './collections.ts';
import { readNewsroom, type Newsroom } from './newsroom.ts';
import { ContentError, type ContentProblem } from './problem.ts';
import { isVisible, type VisibilityContext } from '../lib/visibility.ts';
import { anchorsIn, checkInternalLinks, type LinkSource } from './internal-links.ts';
import type { SourceEntry } from './read-entry.ts';
import { createRenderPool } from './render-pool.ts';

export interface NewsroomLoaderOptions {
  contentRoot: string;
  publicDir: string;
  /** Which articles readers see in this build, for checking links between them. */
  visibility: VisibilityContext;
}

/**
 * One read of the whole content tree serves all collections, so that
 * cross-references (tags, authors, events) are checked together and every
 * problem is reported in a single failed build.
 */
let snapshot: Promise<{ newsroom: Newsroom; problems: ContentProblem[] }> | undefined;

function readOnce(options: NewsroomLoaderOptions) {
  snapshot ??= readNewsroom(options);
  return snapshot;
}

/** Bumped when the Markdown pipeline changes, so cached renders are not reused. */
const RENDER_VERSION = '1';

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

/** Below this many articles to render, worker start-up costs more than it saves. */
const POOL_THRESHOLD = 64;

async function renderArticles(newsroom: Newsroom, context: LoaderContext, options: NewsroomLoaderOptions) {
  const problems: ContentProblem[] = [];
  const linkSources: LinkSource[] = [];
  const root = fileURLToPath(context.config.root);
  const jobs = newsroom.articles.map((entry) => {
    const absolutePath = path.join(options.contentRoot, 'articles', `${entry.id}.md`);
    const digest = context.generateDigest(`${RENDER_VERSION}\0${entry.body}\0${JSON.stringify(entry.data)}`);
    const previous = context.store.get(entry.id);
    return { entry, absolutePath, digest, cached: previous?.digest === digest ? previous.rendered : undefined };
  });
  const toRender = jobs.filter((job) => !job.cached);
  const pool = toRender.length >= POOL_THRESHOLD ? createRenderPool() : undefined;
  try {
    await Promise.all(
      jobs.map(async ({ entry, absolutePath, digest, cached }) => {
        let rendered = cached;
        if (!rendered) {
          const fileURL = pathToFileURL(absolutePath);
          if (pool) {
            const result = await pool.run({ body: entry.body, fileURL: fileURL.href });
            if ('error' in result) {
              problems.push(renderProblem(entry, result.error));
              return;
            }
            rendered = result.rendered;
          } else {
            try {
              rendered = await context.renderMarkdown(entry.body, { fileURL });
            } catch (error) {
              // Astro's own glob loader only logs a failed render and ships the page without a body.
              problems.push(renderProblem(entry, error));
              return;
            }
          }
        }
        const data = entry.data as unknown as Record<string, unknown>;
        // The body is not stored: pages use the rendered HTML, and at 10,000 articles the copy doubles the store.
        context.store.set({ id: entry.id, data, filePath: path.relative(root, absolutePath), digest, rendered });
        linkSources.push({ ...entry, html: rendered.html, visible: isVisible(entry.data, options.visibility) });
      }),
    );
  } finally {
    await pool?.close();
  }
  if (problems.length) throw new ContentError(problems);
  const targets = {
    articles: new Map(linkSources.map((source) => [source.id, { anchors: anchorsIn(source.html), visible: source.visible }])),
    tags: new Set(newsroom.tags.map((tag) => tag.id)),
    authors: new Set(newsroom.authors.map((author) => author.id)),
  };
  const linkProblems = checkInternalLinks(linkSources, targets);
  if (linkProblems.length) throw new ContentError(linkProblems);
}

/** A loader for one collection; its schema type flows into `astro:content` types. */
export function newsroomLoader<C extends CollectionName>(collection: C, options: NewsroomLoaderOptions): Loader & { schema: (typeof COLLECTIONS)[C]['schema'] } {
  let watching = false;
  async function load(context: LoaderContext): Promise<void> {
    const { newsroom, problems } = await readOnce(options);
    if (problems.length) throw new ContentError(problems);
    const entries = newsroom[collection];
    const current = new Set(entries.map((entry) => entry.id));
    for (const id of context.store.keys()) if (!current.has(id)) context.store.delete(id);
    if (collection === 'articles') {
      await renderArticles(newsroom, context, options);
    } else {
      for (const entry of entries) {
        const data = entry.data as unknown as Record<string, unknown>;
        context.store.set({ id: entry.id, data, digest: context.generateDigest(JSON.stringify(data)) });
      }
    }
    if (!context.watcher || watching) return;
    watching = true;
    context.watcher.add(options.contentRoot);
    context.watcher.on('all', (_event, changed) => {
      if (!changed.startsWith(options.contentRoot)) return;
      snapshot = undefined;
      load(context).catch((error: unknown) => context.logger.error(String(error)));
    });
  }
  return { name: `backstory-${collection}`, schema: COLLECTIONS[collection].schema, load };
}
