import { WORKER_HEAP_MB, WorkerPool } from '../lib/worker-pool.ts';

/** What Astro stores for a rendered entry: the HTML and the pipeline's metadata. */
export interface Rendered {
  html: string;
  metadata?: Record<string, unknown>;
}

export type RenderResult = { rendered: Rendered } | { error: { reason?: string; line?: number; message?: string } };

/**
 * Renders Markdown on worker threads, one per core. Cold builds spend most of
 * their content-sync time in the unified pipeline, which is CPU-bound and
 * would otherwise run one file at a time on Astro's thread.
 */
export function createRenderPool(): WorkerPool<{ body: string; fileURL: string }, RenderResult> {
  return new WorkerPool(new URL('./render-worker.ts', import.meta.url), { heapMb: WORKER_HEAP_MB });
}
