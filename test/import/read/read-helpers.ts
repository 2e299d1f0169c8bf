// Shared helpers for the reader tests: read a whole table into memory (fine for small files).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importExport } from '../../../main/import/import-export.ts';
import { openTable, type OpenTableOptions } from '../../../main/import/read/index.ts';
import { ExportFileError } from '../../../main/import/read/export-file-error.ts';
import type { ImportItem } from '../../../main/model/import-summary.ts';
import type { RowError } from '../../../main/model/row-error.ts';

export const SAMPLES = path.resolve(__dirname, '../../fixtures/samples');
export const HAZARDS = path.resolve(__dirname, '../../fixtures/hazards');

export async function readAll(file: string, opts?: OpenTableOptions) {
  const { info, rows } = await openTable(file, opts);
  const out = [];
  for await (const r of rows)
    out.push({ line: r.line, values: r.values, record: r.record, problem: r.problem });
  return { info, rows: out };
}

/** Every item the whole importer gives for `file` (read, mapped, checked) and its summary. */
export async function importedItems(file: string, practiceId: string, timeZone: string) {
  const items: ImportItem[] = [];
  const gen = importExport(file, { practiceId, timeZone });
  for (;;) {
    const r = await gen.next();
    if (r.done) return { items, summary: r.value };
    items.push(r.value);
  }
}

/** The RowError of the ExportFileError that reading this file throws (fails if none). */
export async function refusal(file: string, opts?: OpenTableOptions): Promise<RowError> {
  try {
    await readAll(file, opts);
  } catch (e) {
    if (e instanceof ExportFileError) return e.error;
    throw e;
  }
  throw new Error(`${file} was read without an error`);
}

export function tempDir(): {
  dir: string;
  cleanup: () => void;
  /** Write `content` as the file `name` in the folder; its path. */
  write: (name: string, content: string | Buffer) => string;
} {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reader-test-'));
  return {
    dir,
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
    write: (name, content) => {
      const p = path.join(dir, name);
      fs.writeFileSync(p, content);
      return p;
    },
  };
}

/** Lines of text and bytes written by hand (`['N', 0xa3, 0xa4, 'ez']`: an 8-bit code page's
 *  letters), each ended by a CR alone (an old Mac's), CRLF or LF. Text parts are plain ASCII. */
export function lineBytes(lines: Array<Array<number | string>>, eol: 'cr' | 'crlf' | 'lf'): Buffer {
  const end = eol === 'cr' ? [0x0d] : eol === 'lf' ? [0x0a] : [0x0d, 0x0a];
  return Buffer.from(
    lines.flatMap((parts) => [
      ...parts.flatMap((p) => (typeof p === 'number' ? [p] : [...Buffer.from(p, 'latin1')])),
      ...end,
    ]),
  );
}

/** The header of plainRows. */
export const PLAIN_HEAD = 'Date,Time,Patient,DOB,Chart #,Provider';
const LAST = [
  'Smith',
  'Jones',
  'Brown',
  'Taylor',
  'Wilson',
  'Davies',
  'Evans',
  'Thomas',
  'Roberts',
  'Walker',
];
const FIRST = ['John', 'Mary', 'Anna', 'Paul', 'Ruth', 'Mark', 'Lucy'];

/** Rows of plainRows that fill more than the 64 KB sample the encoding is first judged on (about
 *  55 bytes a row: 1,400 rows are about 75 KB). */
export const ROWS_PAST_SAMPLE = 1400;

/** `n` rows of names in plain ASCII: 70 patients (one chart number each) seen once a day in
 *  March 2027. */
export function plainRows(n: number): string[][] {
  return Array.from({ length: n }, (_, i) => {
    const who = i % 70;
    const day = String(1 + Math.floor(i / 70)).padStart(2, '0');
    const name = `${LAST[who % 10]}, ${FIRST[Math.floor(who / 10)]}`;
    return [`03/${day}/2027,${8 + (who % 4)}:00 AM,"${name}",04/05/1980,${1000 + who},Dr Ng`];
  });
}
