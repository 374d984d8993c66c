import { afterEach, describe, expect, it } from 'vitest';
import { WorkerPool } from '../../../src/lib/worker-pool.ts';

type Job = { wait?: number; die?: boolean; exit?: boolean };
type Answer = { thread: number };
const ECHO = new URL('./fixtures/echo-worker.mjs', import.meta.url);
const pools: WorkerPool<Job, Answer>[] = [];

function pool(size: number): WorkerPool<Job, Answer> {
  const created = new WorkerPool<Job, Answer>(ECHO, { size });
  pools.push(created);
  return created;
}

afterEach(async () => {
  await Promise.all(pools.splice(0).map((created) => created.close()));
});

describe('WorkerPool', () => {
  it('starts no worker until a job comes, and one for jobs that come one at a time', async () => {
    const workers = pool(4);
    expect(workers.live).toBe(0);
    const threads = new Set<number>();
    for (let index = 0; index < 5; index++) threads.add((await workers.run({ wait: 1 })).thread);
    expect(workers.live).toBe(1);
    expect(threads.size).toBe(1);
  });

  it('starts a worker per job in flight, up to its size, and spreads the jobs over them', async () => {
    const workers = pool(3);
    const answers = await Promise.all(Array.from({ length: 9 }, () => workers.run({ wait: 20 })));
    expect(workers.live).toBe(3);
    const perThread = new Map<number, number>();
    for (const { thread } of answers) perThread.set(thread, (perThread.get(thread) ?? 0) + 1);
    expect([...perThread.values()]).toEqual([3, 3, 3]);
  });

  it('fails every waiting job when a worker dies, naming the worker script', async () => {
    const workers = pool(1);
    const waiting = workers.run({ wait: 1_000 });
    const dying = workers.run({ die: true });
    await expect(dying).rejects.toThrow(/echo-worker\.mjs failed: asked to die/);
    await expect(waiting).rejects.toThrow(/echo-worker\.mjs failed: asked to die/);
    // The next job is answered, by a new worker in the dead one's place.
    const after = await workers.run({ wait: 1 });
    expect(after.thread).toEqual(expect.any(Number));
    expect(workers.live).toBe(1);
  });

  it('fails the jobs of a worker that exits without an error, instead of waiting for them for ever', async () => {
    const workers = pool(1);
    const waiting = workers.run({ wait: 1_000 });
    const exiting = workers.run({ exit: true });
    await expect(exiting).rejects.toThrow(/echo-worker\.mjs exited \(code 3\) before it answered/);
    await expect(waiting).rejects.toThrow(/echo-worker\.mjs exited \(code 3\) before it answered/);
    expect((await workers.run({ wait: 1 })).thread).toEqual(expect.any(Number));
  });

  it('fails only the dead worker’s jobs: the others are answered', async () => {
    const workers = pool(2);
    const elsewhere = workers.run({ wait: 200 });
    await expect(workers.run({ die: true })).rejects.toThrow(/asked to die/);
    await expect(elsewhere).resolves.toEqual({ thread: expect.any(Number) });
  });
});
