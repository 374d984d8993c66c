import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

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

  constructor(script: URL, size = Math.max(1, availableParallelism())) {
    this.#workers = Array.from({ length: size }, () => {
      const worker = new Worker(script);
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
