/**
 * A worker thread that renders article Markdown with the site's configured
 * `unified()` processor: the same options, the same plugins, the same HTML as
 * Astro's own renderMarkdown, on another core. It stores the HTML itself.
 */
import { unified } from '@astrojs/markdown-remark';
import { parentPort } from 'node:worker_threads';
import { markdownPipeline, syntaxHighlight } from '../markdown/pipeline.ts';
import type { RenderJob } from './render-pool.ts';
import { storeBody } from './rendered-bodies.ts';

const renderer = await unified(markdownPipeline).createRenderer({ syntaxHighlight, image: {} } as Parameters<ReturnType<typeof unified>['createRenderer']>[0]);

parentPort!.on('message', async (job: RenderJob & { id: number }) => {
  try {
    const { code, metadata } = await renderer.render(job.body, { fileURL: new URL(job.fileURL), frontmatter: {} });
    parentPort!.postMessage({ id: job.id, details: await storeBody(job.folder, job.key, code, metadata) });
  } catch (error) {
    const { reason, line, message } = (error ?? {}) as { reason?: string; line?: number; message?: string };
    parentPort!.postMessage({ id: job.id, error: { reason, line, message } });
  }
});
