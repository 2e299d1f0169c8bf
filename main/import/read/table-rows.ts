// The rows of an open table, as the readers hand them over: a batch per decoded piece of the file
// (~300 rows of a typical export), taken either a batch at a time (`batches()`, the converter's and the
// importer's path) or a row at a time (`for await`, `next()`, for a sample or a join table).
// Why batches: a row per `await` went through three stacked async generators (promises and
// result objects per row per layer); batches took a 200,000-row convert from 4.06 to 3.79 s of
// CPU (median of six alternating runs; test/bench/README.md, fifth pass).
import type { TableRow } from './table-types.ts';

export class TableRows implements AsyncIterableIterator<TableRow> {
  /** The batch `next()` is taking rows from, and the index of its next row. */
  private current: readonly TableRow[] = [];
  private at = 0;

  /** `closeMore`: what else stopping must close, for a source built over other rows (the
   *  importer's sample-then-rest): a generator that never started cannot close them itself. */
  constructor(
    private readonly source: AsyncGenerator<readonly TableRow[]>,
    private readonly closeMore?: () => Promise<unknown>,
  ) {}

  /** The rows not taken yet, a batch at a time: first what is left of the batch `next()` was
   *  reading, then the source's. Never yields an empty batch. */
  async *batches(): AsyncGenerator<readonly TableRow[]> {
    try {
      if (this.at < this.current.length) {
        const rest = this.current.slice(this.at);
        this.current = [];
        this.at = 0;
        yield rest;
      }
      for (;;) {
        const r = await this.source.next();
        if (r.done) return;
        if (r.value.length > 0) yield r.value;
      }
    } finally {
      // A consumer that stops early closes the file too (a no-op once the source is done).
      await this.close();
    }
  }

  async next(): Promise<IteratorResult<TableRow, undefined>> {
    while (this.at >= this.current.length) {
      const r = await this.source.next();
      if (r.done) return { done: true, value: undefined };
      this.current = r.value;
      this.at = 0;
    }
    return { done: false, value: this.current[this.at++]! };
  }

  /** Stop reading: closes the file (on Windows an open file cannot be moved or deleted). */
  async return(): Promise<IteratorResult<TableRow, undefined>> {
    this.current = [];
    this.at = 0;
    await this.close();
    return { done: true, value: undefined };
  }

  private async close(): Promise<void> {
    await this.source.return(undefined);
    await this.closeMore?.();
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}

/** Rows already in memory (an XML table, a sample) as TableRows. */
export function tableRowsOf(rows: readonly TableRow[]): TableRows {
  return new TableRows(
    (async function* () {
      yield rows;
    })(),
  );
}
