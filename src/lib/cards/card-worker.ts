/** A worker thread that draws social cards, so cards render on every core. */
import { parentPort } from 'node:worker_threads';
import type { CardContent } from './card-tree.ts';
import { renderCard } from './render-card.ts';

parentPort!.on('message', async ({ id, content }: { id: number; content: CardContent }) => {
  const png = await renderCard(content);
  // Copied, not transferred: resvg's buffer lives in native memory and cannot move between threads.
  parentPort!.postMessage({ id, png });
});
