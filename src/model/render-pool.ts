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
 * The Markdown workers' heap. Under the other workers' cap (WORKER_HEAP_MB,
 * 384 MB) V8 ran a full collection every ten bodies or so, though a worker
 * holds 25-35 MB live (1,024 MB was no better): 1,500 bodies on two workers
 * took 11.0-13.0 ms each. At this cap, 9.3-10.1 ms, and the process keeps
 * 530 MiB after the workers end against 510 MiB. With no cap, 7.7-8.9 ms,
 * but it keeps 710 MiB: memory a thread's heap reached stays with the
 * process, and a cold build at 10,000 articles peaked at 2,034 MiB instead
 * of 1,694 MiB.
 */
const RENDER_WORKER_HEAP_MB = 1536;

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
  return new WorkerPool(new URL('./render-worker.ts', import.meta.url), { heapMb: RENDER_WORKER_HEAP_MB, workerData: { people } });
}
