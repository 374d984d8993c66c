import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: ((options: { type: 'major' | 'minor' }) => void) | undefined;

/**
 * A garbage collection, now: full by default, or of the young generation
 * only (`'minor'`), which is enough for objects that die young and costs far
 * less. For the few moments when we know that a
 * large part of the heap has just died and V8 would not notice for a while:
 * with the heap limit it sets from a machine's memory (4 GB here), it lets
 * garbage pile up to hundreds of megabytes first. A process or worker
 * cannot take --expose-gc on its command line when Astro starts it, so the
 * flag is set here, and the function taken from a fresh context.
 */
export function collectGarbage(type: 'major' | 'minor' = 'major'): void {
  if (!collect) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as typeof collect;
  }
  collect!({ type });
}
