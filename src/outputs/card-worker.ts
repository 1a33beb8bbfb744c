/**
 * A share-card worker (src/outputs/card-workers.ts): draws each card it is sent with the same code as the main
 * thread would (renderCard), so its PNG is byte-identical, and sends the bytes back.
 */
import { parentPort } from 'node:worker_threads';
import { renderCard, type CardContent } from './share-card.ts';

// Imported anywhere but a worker thread (a test importing every module), it does nothing.
const port = parentPort;
port?.on('message', async ({ id, card }: { id: number; card: CardContent }) => {
  try {
    const png = await renderCard(card);
    port.postMessage({ id, png });
  } catch (error) {
    port.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
