/**
 * A worker thread that renders article Markdown with the site's configured
 * `unified()` processor: the same options, the same plugins, the same HTML as
 * Astro's own renderMarkdown, on another core.
 */
import { unified } from '@astrojs/markdown-remark';
import { parentPort } from 'node:worker_threads';
import { markdownPipeline, syntaxHighlight } from '../markdown/pipeline.ts';

const renderer = await unified(markdownPipeline).createRenderer({ syntaxHighlight, image: {} } as Parameters<ReturnType<typeof unified>['createRenderer']>[0]);

parentPort!.on('message', async (job: { id: number; body: string; fileURL: string }) => {
  try {
    const { code, metadata } = await renderer.render(job.body, { fileURL: new URL(job.fileURL), frontmatter: {} });
    const imagePaths = [...(metadata.localImagePaths ?? []), ...(metadata.remoteImagePaths ?? [])];
    parentPort!.postMessage({ id: job.id, rendered: { html: code, metadata: { ...metadata, imagePaths } } });
  } catch (error) {
    const { reason, line, message } = (error ?? {}) as { reason?: string; line?: number; message?: string };
    parentPort!.postMessage({ id: job.id, error: { reason, line, message } });
  }
});
