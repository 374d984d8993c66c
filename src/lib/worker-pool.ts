import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/**
 * Heap for one card or search worker: a job needs a few tens of MB, and a
 * cap makes V8 collect instead of growing each worker towards the machine's
 * limit while the build's main heap grows too, and what a worker's heap
 * reached stays with the process after the worker ends. It costs time: V8
 * collects the whole heap far more often under a cap this small (cards:
 * 7 % slower; the Markdown workers, which allocate most, have a cap of their
 * own: see render-pool.ts).
 */
export const WORKER_HEAP_MB = 384;

interface Slot {
  worker: Worker;
  /** Jobs sent to this worker and not yet answered. */
  load: number;
}

/**
 * A pool of up to `size` worker threads (one per core by default) answering
 * `{ id, ...job }` messages with `{ id, ...result }`. A worker starts only
 * when every started one is busy: starting one costs a module graph and its
 * set-up (fonts, a Markdown pipeline), which an edit that draws one card
 * would otherwise pay once per core. Workers hold the process open only while
 * a job is pending: an idle pool never keeps a build alive, and a busy one is
 * never abandoned by an exiting one.
 */
export class WorkerPool<Job extends object, Result extends object> {
  readonly #slots: Slot[] = [];
  readonly #pending = new Map<number, { resolve: (result: Result) => void; reject: (error: Error) => void; slot: Slot }>();
  readonly #script: URL;
  readonly #size: number;
  readonly #options: ConstructorParameters<typeof Worker>[1];
  #next = 0;

  /**
   * `heapMb` caps each worker's old generation: V8 otherwise lets a worker's
   * heap grow towards the machine's limit before it collects, and a build
   * runs one worker per core beside Astro's own heap.
   */
  constructor(script: URL, { size = Math.max(1, availableParallelism()), heapMb, workerData }: { size?: number; heapMb?: number; workerData?: unknown } = {}) {
    this.#script = script;
    this.#size = Math.max(1, size);
    this.#options = { workerData, ...(heapMb ? { resourceLimits: { maxOldGenerationSizeMb: heapMb } } : {}) };
  }

  /** How many workers the pool holds: started and not dead. */
  get live(): number {
    return this.#slots.length;
  }

  #start(): Slot {
    const worker = new Worker(this.#script, this.#options);
    const slot: Slot = { worker, load: 0 };
    worker.on('message', ({ id, ...result }: { id: number } & Result) => {
      this.#pending.get(id)?.resolve(result as unknown as Result);
      this.#settle(id);
    });
    // A worker that dies fails the jobs it still owes, loudly, instead of leaving the build hanging,
    // and leaves the pool: later jobs go to a live worker or a new one, never to the dead one. It may
    // die by an error, or exit without one (process.exit in its code, a native crash of a thread):
    // after an error, the exit that follows finds nothing left to fail.
    const die = (reason: string, cause?: unknown) => {
      const at = this.#slots.indexOf(slot);
      if (at >= 0) this.#slots.splice(at, 1);
      for (const [id, job] of [...this.#pending]) {
        if (job.slot !== slot) continue;
        job.reject(new Error(`worker ${this.#script.pathname} ${reason}`, { cause }));
        this.#settle(id);
      }
    };
    worker.on('error', (error) => die(`failed: ${error.message}`, error));
    worker.on('exit', (code) => die(`exited (code ${code}) before it answered`));
    this.#slots.push(slot);
    return slot;
  }

  /** The least loaded worker, or a new one while every started worker is busy and the pool has room. */
  #pick(): Slot {
    let idlest: Slot | undefined;
    for (const slot of this.#slots) if (!idlest || slot.load < idlest.load) idlest = slot;
    if (idlest && (idlest.load === 0 || this.#slots.length >= this.#size)) return idlest;
    return this.#start();
  }

  #settle(id: number): void {
    const job = this.#pending.get(id);
    if (!job) return;
    job.slot.load--;
    this.#pending.delete(id);
    if (this.#pending.size === 0) for (const { worker } of this.#slots) worker.unref();
  }

  run(job: Job, transfer: ArrayBuffer[] = []): Promise<Result> {
    const id = this.#next++;
    const slot = this.#pick();
    if (this.#pending.size === 0) for (const { worker } of this.#slots) worker.ref();
    slot.load++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject, slot });
      slot.worker.postMessage({ id, ...job }, transfer);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.#slots.map(({ worker }) => worker.terminate()));
  }
}
