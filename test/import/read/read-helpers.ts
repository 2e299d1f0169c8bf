// Shared helpers for the reader tests: read a whole table into memory (fine for small files).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openTable, type OpenTableOptions } from '../../../main/import/read/index.ts';
import { ExportFileError } from '../../../main/import/read/export-file-error.ts';
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
