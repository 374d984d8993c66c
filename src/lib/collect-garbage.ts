import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | undefined;

/**
 * A full garbage collection, now. For the few moments when we know that a
 * large part of the heap has just died and V8 would not notice for a while:
 * with the heap limit it sets from a machine's memory (4 GB here), it lets
 * garbage pile up to hundreds of megabytes first. A process or worker
 * cannot take --expose-gc on its command line when Astro starts it, so the
 * flag is set here, and the function taken from a fresh context.
 */
export function collectGarbage(): void {
  if (!collect) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  collect();
}
