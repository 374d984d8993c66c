import { WorkerPool } from '../lib/worker-pool.ts';
import type { PeopleRegister } from '../markdown/people.ts';
import type { BodyDetails } from './rendered-bodies.ts';

/** A body to render, and where its HTML goes: the bodies folder, under its key. */
export interface RenderJob {
  body: string;
  fileURL: string;
  folder: string;
  key: string;
}

export type RenderResult = { details: BodyDetails } | { error: { reason?: string; line?: number; message?: string } };

/**
 * Renders Markdown on worker threads, one per core. Cold builds spend most of
 * their content-sync time in the unified pipeline, which is CPU-bound and
 * would otherwise run one file at a time on Astro's thread. Each worker also
 * writes the HTML it rendered and sends back only the small details: the
 * writes (20,000 files at 10,000 articles) stay off Astro's thread, and the
 * HTML is never copied between threads.
 */
export function createRenderPool(people: PeopleRegister): WorkerPool<RenderJob, RenderResult> {
  // The register goes to each worker once, not with each of 10,000 bodies. No heap cap (WORKER_HEAP_MB):
  // under one, V8 ran a full collection every ten bodies or so, and rendering took half as long again
  // (10,000 bodies: 71-90 s against 142 s in the same session; a worker peaks near 300 MB without it).
  return new WorkerPool(new URL('./render-worker.ts', import.meta.url), { workerData: { people } });
}
