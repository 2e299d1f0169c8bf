// TableRows: the readers' batches taken a batch or a row at a time, and the file closed however
// the reading ends. importBatches: the same outcomes and summary as importExport, in small batches.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importBatches, importExport, prepareTable } from '../../../main/import/import-export.ts';
import { openTable, TableRows, type TableRow } from '../../../main/import/read/index.ts';
import type { ImportItem } from '../../../main/model/import-summary.ts';

const row = (line: number): TableRow => ({ line, values: [String(line)], record: { n: String(line) } });

/** A source of three batches that records whether it was closed. */
function source(): { gen: AsyncGenerator<readonly TableRow[]>; closed: () => boolean } {
  let closed = false;
  const gen = (async function* () {
    try {
      yield [row(1), row(2), row(3)];
      yield [];
      yield [row(4)];
      yield [row(5), row(6)];
    } finally {
      closed = true;
    }
  })();
  return { gen, closed: () => closed };
}

describe('TableRows', () => {
  it('gives every row once, a row at a time', async () => {
    const lines: number[] = [];
    for await (const r of new TableRows(source().gen)) lines.push(r.line);
    expect(lines).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('after a few rows taken one by one, batches() starts with the rest of that batch and skips empty ones', async () => {
    const rows = new TableRows(source().gen);
    expect((await rows.next()).value?.line).toBe(1);
    const batches: number[][] = [];
    for await (const b of rows.batches()) batches.push(b.map((r) => r.line));
    expect(batches).toEqual([[2, 3], [4], [5, 6]]);
  });

  it('closes the source when a row-at-a-time reader stops early', async () => {
    const s = source();
    for await (const r of new TableRows(s.gen)) if (r.line === 2) break;
    expect(s.closed()).toBe(true);
  });

  it('closes the source when a batch reader stops early', async () => {
    const s = source();
    for await (const b of new TableRows(s.gen).batches()) if (b.length > 0) break;
    expect(s.closed()).toBe(true);
  });
});

describe('importBatches', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-batches-'));
  const PRACTICE = '1c7ecf9f-9700-4e70-b976-9356db658274';
  const opts = { practiceId: PRACTICE, timeZone: 'America/New_York' };

  /** 1,000 rows with an id, every 97th a row error (no date), every 89th a cancelled one. */
  function writeFile(name: string, rows: number, tail = ''): string {
    const lines = ['Appt ID,Patient ID,First Name,Last Name,DOB,Date,Time,Provider,Type,Location,Status'];
    for (let i = 1; i <= rows; i++) {
      const date = i % 97 === 0 ? '' : `2027-03-${String(1 + (i % 28)).padStart(2, '0')}`;
      const status = i % 89 === 0 ? 'Cancelled' : 'Scheduled';
      lines.push(
        `A${i},P${i % 50},Ann,Lee${i % 7},1980-01-02,${date},09:${String(i % 60).padStart(2, '0')},Dr Bo,Visit,Main,${status}`,
      );
    }
    const file = path.join(dir, name);
    fs.writeFileSync(file, `${lines.join('\n')}\n${tail}`);
    return file;
  }

  async function drain<T, R>(gen: AsyncGenerator<T, R>): Promise<{ items: T[]; summary: R }> {
    const items: T[] = [];
    for (;;) {
      const r = await gen.next();
      if (r.done) return { items, summary: r.value };
      items.push(r.value);
    }
  }

  it('yields what importExport yields, in the same order, with the same summary, at most 64 at a time', async () => {
    const file = writeFile('a.csv', 1000);
    const one = await drain(importExport(file, opts));
    const batched = await drain(importBatches(file, opts));
    const flat = batched.items.flat();
    expect(flat).toEqual(one.items);
    expect(batched.summary).toEqual(one.summary);
    expect(one.items).toHaveLength(1000);
    expect(one.items.filter((i: ImportItem) => i.kind === 'error')).toHaveLength(10);
    expect(one.summary.byStatus.CANCEL).toBe(11);
    expect(Math.max(...batched.items.map((b) => b.length))).toBeLessThanOrEqual(64);
    expect(batched.items.every((b) => b.length > 0)).toBe(true);
  });

  it('a file that breaks part-way: the rows of the earlier pieces come out first, then the error', async () => {
    // 6,000 rows (~600 KB: many 32 KB pieces), then a quote that is never closed.
    const file = writeFile(
      'b.csv',
      6000,
      'A9,P1,"Ann,Lee,1980-01-02,2027-03-01,09:00,Dr Bo,Visit,Main,Scheduled\n',
    );
    const got: ImportItem[] = [];
    let error: unknown;
    try {
      for await (const batch of importBatches(file, opts)) got.push(...batch);
    } catch (e) {
      error = e;
    }
    expect(String((error as Error)?.message)).toMatch(/quote/i);
    // Every row before the broken line (line 6,002) came out, in order, before the error did.
    expect(got.length).toBe(6000);
    expect(got.map((i) => (i.kind === 'error' ? i.error.line : i.line))).toEqual(
      Array.from({ length: got.length }, (_, k) => k + 2),
    );
  });

  /** How many descriptors of this process point at `file` (Linux's /proc: where CI runs). */
  const openOnIt = (file: string) =>
    fs.readdirSync('/proc/self/fd').filter((fd) => {
      try {
        return fs.readlinkSync(`/proc/self/fd/${fd}`) === file;
      } catch {
        return false;
      }
    }).length;
  /** The read stream closes its descriptor on the next turns of the event loop. */
  async function closedSoon(file: string): Promise<number> {
    for (let i = 0; i < 100 && openOnIt(file) > 0; i++) await new Promise((r) => setTimeout(r, 10));
    return openOnIt(file);
  }

  it('a prepared table whose rows are never read closes its file when told to stop (the preview)', async () => {
    const file = writeFile('d.csv', 6000);
    const prepared = await prepareTable(file, opts);
    expect(prepared.sample.length).toBeGreaterThan(0);
    expect(openOnIt(file)).toBe(1);
    await prepared.rows.return();
    expect(await closedSoon(file)).toBe(0);
  });

  it('closes the file when the reading stops early (on Windows an open file cannot be archived)', async () => {
    const file = writeFile('c.csv', 6000);
    const { rows } = await openTable(file);
    for await (const b of rows.batches()) {
      expect(b.length).toBeGreaterThan(0);
      expect(openOnIt(file)).toBe(1);
      break;
    }
    expect(await closedSoon(file)).toBe(0);
  });
});
