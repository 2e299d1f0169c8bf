// Batch splitting: sizes at the edges, the streaming variant, and a clear error for bad sizes.
import { batchesOf, splitIntoBatches } from '../../main/xml/batches.ts';

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

async function* stream<T>(items: T[]): AsyncGenerator<T> {
  for (const i of items) yield i;
}

async function collect<T>(g: AsyncIterable<T[]>): Promise<T[][]> {
  const out: T[][] = [];
  for await (const b of g) out.push(b);
  return out;
}

describe('splitIntoBatches / batchesOf', () => {
  it.each([
    [0, []],
    [1, [1]],
    [50, [50]],
    [51, [50, 1]],
    [120, [50, 50, 20]],
  ])('%i items → batch sizes %j, order kept (array and stream)', async (n, sizes) => {
    const items = range(n);
    const arr = splitIntoBatches(items);
    expect(arr.map((b) => b.length)).toEqual(sizes);
    expect(arr.flat()).toEqual(items);
    const streamed = await collect(batchesOf(stream(items)));
    expect(streamed).toEqual(arr);
  });

  it('honours a custom size', () => {
    expect(splitIntoBatches(range(5), 2)).toEqual([[0, 1], [2, 3], [4]]);
  });

  it('yields a full batch before the input ends', async () => {
    let produced = 0;
    async function* slow(): AsyncGenerator<number> {
      for (let i = 0; i < 4; i++) {
        produced++;
        yield i;
      }
    }
    const it = batchesOf(slow(), 2);
    expect((await it.next()).value).toEqual([0, 1]);
    expect(produced).toBe(2);
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses size %s at once with a clear message', (size) => {
    expect(() => splitIntoBatches([1], size)).toThrow(/Batch size must be a whole number of at least 1/);
    expect(() => batchesOf(stream([1]), size)).toThrow(/at least 1/);
  });
});
