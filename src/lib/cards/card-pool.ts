import { WORKER_HEAP_MB, WorkerPool } from '../worker-pool.ts';
import type { CardContent } from './card-tree.ts';

let pool: WorkerPool<{ content: CardContent }, { png: Uint8Array }> | undefined;

/**
 * Draws a card on a pool of worker threads, started on the first card that
 * is not in the cache: a warm build starts none.
 */
export async function drawCardInPool(content: CardContent, srcDir: URL): Promise<Buffer> {
  pool ??= new WorkerPool(new URL('lib/cards/card-worker.ts', srcDir), { heapMb: WORKER_HEAP_MB });
  const { png } = await pool.run({ content });
  return Buffer.from(png);
}
