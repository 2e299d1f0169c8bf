// Splits appointments into POST-sized batches. Medfusion publishes no maximum per POST;
// we cap at 50 (shared/docs/medfusion-api.md §8 item 2) so one bad batch stays small.

export const DEFAULT_BATCH_SIZE = 50;

function checkSize(size: number): void {
  if (!Number.isInteger(size) || size < 1) {
    throw new RangeError(`Batch size must be a whole number of at least 1 (got ${String(size)}).`);
  }
}

/** `items` in consecutive batches of at most `size` (the last may be shorter; none if empty). */
export function splitIntoBatches<T>(items: T[], size = DEFAULT_BATCH_SIZE): T[][] {
  checkSize(size);
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Streaming variant: yields a batch as soon as `size` items have arrived, then the remainder.
 * A bad `size` throws at once (not at the first `next()`).
 */
export function batchesOf<T>(items: AsyncIterable<T>, size = DEFAULT_BATCH_SIZE): AsyncGenerator<T[]> {
  checkSize(size);
  return streamBatches(items, size);
}

async function* streamBatches<T>(items: AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let batch: T[] = [];
  for await (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
