/** A worker thread that draws social cards, so cards render on every core. */
import { parentPort } from 'node:worker_threads';
import type { CardContent } from './card-tree.ts';
import { renderCard } from './render-card.ts';

parentPort!.on('message', async ({ id, content }: { id: number; content: CardContent }) => {
  const png = await renderCard(content);
  // Copied, not transferred: at about 12 KB a copy is cheap, and Node pools small Buffers, which cannot move.
  parentPort!.postMessage({ id, png });
});
