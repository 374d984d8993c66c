import { WORKER_HEAP_MB, WorkerPool } from '../lib/worker-pool.ts';
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
  // The register goes to each worker once, not with each of 10,000 bodies.
  return new WorkerPool(new URL('./render-worker.ts', import.meta.url), { heapMb: WORKER_HEAP_MB, workerData: { people } });
}
