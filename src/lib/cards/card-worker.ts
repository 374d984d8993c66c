/** A worker thread that draws social cards, so cards render on every core. */
import { parentPort } from 'node:worker_threads';
import { collectGarbage } from '../collect-garbage.ts';
import type { CardContent } from './card-tree.ts';
import { renderCard } from './render-card.ts';

// resvg-js keeps each drawing's tree and pixels (about 6 MB) in native memory
// that V8 does not see, and frees it only after the small JS object holding it
// is collected, in a finalizer on a later turn of the event loop. Left to V8, a
// worker collects rarely: 400 cards held 2.6 GB. That object dies young, so a
// collection of the young generation after each card frees it: two workers
// drawing 600 cards peaked at 256 MiB and took 5.3 s, against 385 MiB and 6.3 s
// with a full collection every eight cards.
async function draw(id: number, content: CardContent): Promise<void> {
  const png = await renderCard(content);
  // Copied, not transferred: at about 12 KB a copy is cheap, and Node pools small Buffers, which cannot move.
  parentPort!.postMessage({ id, png });
  collectGarbage('minor');
  await new Promise((resolve) => setImmediate(resolve));
}

// One card at a time: drawing is CPU work, so overlapping two gains nothing,
// and a collection in the middle of one drawing keeps that drawing's memory alive.
let queue = Promise.resolve();
parentPort!.on('message', ({ id, content }: { id: number; content: CardContent }) => {
  queue = queue.then(() => draw(id, content));
});
