import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { renderCard, type CardContent } from './share-card.ts';

/**
 * The card worker's source file, absolute: set by astro.config.mjs (Vite `define`) for the build and the dev server,
 * where this module runs bundled and cannot find its neighbour by its own URL. Undefined elsewhere (unit tests).
 */
declare const __CARD_WORKER_ENTRY__: string | undefined;
const ENTRY = typeof __CARD_WORKER_ENTRY__ === 'string' ? __CARD_WORKER_ENTRY__ : undefined;

interface Job {
  resolve: (png: Buffer) => void;
  reject: (error: Error) => void;
}
interface PoolWorker {
  worker: Worker;
  jobs: Map<number, Job>;
}
let pool: PoolWorker[] | undefined;
let nextId = 0;

/**
 * Laying a card out (satori) is the build's largest piece of main-thread work: ~4 s of CPU for an edition's 197 cards.
 * Workers take it off the main thread, which renders pages meanwhile: one fewer worker than the machine has cores,
 * at least one. A worker holds the process open only while it has cards to draw.
 */
function workers(entry: string): PoolWorker[] {
  pool ??= Array.from({ length: Math.max(1, availableParallelism() - 1) }, () => {
    const worker = new Worker(entry);
    const jobs = new Map<number, Job>();
    worker.unref();
    worker.on('message', ({ id, png, error }: { id: number; png?: Uint8Array; error?: string }) => {
      const job = jobs.get(id)!;
      jobs.delete(id);
      if (!jobs.size) worker.unref();
      if (error !== undefined) job.reject(new Error(`share card worker: ${error}`));
      else job.resolve(Buffer.from(png!.buffer, png!.byteOffset, png!.byteLength));
    });
    // A worker that failed is gone: its cards fail with its error, and the next card starts a new pool.
    worker.on('error', (error: Error) => {
      for (const job of jobs.values()) job.reject(error);
      jobs.clear();
      pool = undefined;
    });
    return { worker, jobs };
  });
  return pool;
}

/** A card's PNG bytes, drawn on a worker thread when the build provides one, on this thread otherwise: the same bytes. */
export function drawCard(card: CardContent): Promise<Buffer> {
  if (!ENTRY) return renderCard(card);
  const idle = workers(ENTRY).reduce((a, b) => (b.jobs.size < a.jobs.size ? b : a));
  const id = nextId++;
  return new Promise((resolve, reject) => {
    idle.jobs.set(id, { resolve, reject });
    idle.worker.ref();
    idle.worker.postMessage({ id, card });
  });
}
