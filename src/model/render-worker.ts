/**
 * A worker thread that renders article Markdown with the site's configured
 * `unified()` processor: the same options, the same plugins, the same HTML as
 * on the loader's own thread, on another core. It stores the HTML itself.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { PeopleRegister } from '../markdown/people.ts';
import { renderBody } from './render-body.ts';
import type { RenderJob } from './render-pool.ts';
import { storeBody } from './rendered-bodies.ts';

const { people } = workerData as { people: PeopleRegister };

parentPort!.on('message', async (job: RenderJob & { id: number }) => {
  try {
    const { code, metadata } = await renderBody(job.body, new URL(job.fileURL), people);
    parentPort!.postMessage({ id: job.id, details: await storeBody(job.folder, job.key, code, metadata) });
  } catch (error) {
    const { reason, line, message } = (error ?? {}) as { reason?: string; line?: number; message?: string };
    parentPort!.postMessage({ id: job.id, error: { reason, line, message } });
  }
});
