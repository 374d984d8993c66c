import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/**
 * Heap for one Markdown, card or search worker: a job needs a few tens of MB, and a
 * cap makes V8 collect instead of growing each worker towards the machine's
 * limit while the build's main heap grows too.
 */
export const WORKER_HEAP_MB = 384;

/**
 * A fixed pool of worker threads (one per core by default) answering
 * `{ id, ...job }` messages with `{ id, ...result }`. Workers hold the
 * process open only while a job is pending: an idle pool never keeps a
 * build alive, and a busy one is never abandoned by an exiting one.
 */
export class WorkerPool<Job extends object, Result extends object> {
  readonly #workers: Worker[];
  readonly #pending = new Map<number, { resolve: (result: Result) => void; reject: (error: Error) => void }>();
  #next = 0;

  /**
   * `heapMb` caps each worker's old generation: V8 otherwise lets a worker's
   * heap grow towards the machine's limit before it collects, and a build
   * runs one worker per core beside Astro's own heap.
   */
  constructor(script: URL, { size = Math.max(1, availableParallelism()), heapMb, workerData }: { size?: number; heapMb?: number; workerData?: unknown } = {}) {
    this.#workers = Array.from({ length: size }, () => {
      const worker = new Worker(script, { workerData, ...(heapMb ? { resourceLimits: { maxOldGenerationSizeMb: heapMb } } : {}) });
      worker.on('message', ({ id, ...result }: { id: number } & Result) => {
        this.#pending.get(id)?.resolve(result as unknown as Result);
        this.#settle(id);
      });
      // A worker that dies fails every job still waiting, loudly, instead of leaving the build hanging.
      worker.on('error', (error) => {
        for (const id of [...this.#pending.keys()]) {
          this.#pending.get(id)?.reject(new Error(`worker ${script.pathname} failed: ${error.message}`, { cause: error }));
          this.#settle(id);
        }
      });
      worker.unref();
      return worker;
    });
  }

  #settle(id: number): void {
    this.#pending.delete(id);
    if (this.#pending.size === 0) for (const worker of this.#workers) worker.unref();
  }

  run(job: Job, transfer: ArrayBuffer[] = []): Promise<Result> {
    const id = this.#next++;
    if (this.#pending.size === 0) for (const worker of this.#workers) worker.ref();
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#workers[id % this.#workers.length]!.postMessage({ id, ...job }, transfer);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.#workers.map((worker) => worker.terminate()));
  }
}
