// A temporary folder of export files for one test file, deleted after its tests. Call it at the
// top level of the test file (it registers the clean-up with afterAll).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { detectProfile } from '../../../main/import/import-export.ts';
import { answeredChecks } from '../../../main/import/trust/answered-checks.ts';
import type { ImportOptions } from '../../../main/model/import-summary.ts';
import { PRACTICE } from '../convert/support.ts';

export interface ExportFiles {
  dir: string;
  /** A new file `export-N.ext` holding `text`, or `lines` joined by CRLF (as Windows exports end
   *  their lines) with a final line break, or `bytes` as they are (a workbook). N counts up in this
   *  test file: never a random name, which the importer reads for words (report-title.ts). */
  write(content: string | string[] | Uint8Array, ext?: string): string;
  /** A file under its own fixed `name` (the importer reads a file's name for words:
   *  report-title.ts), of `lines` joined by CRLF with a final line break. */
  named(name: string, lines: string[]): string;
}

export function exportFiles(prefix: string): ExportFiles {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  let n = 0;
  return {
    dir,
    write(content, ext = 'csv') {
      const f = path.join(dir, `export-${++n}.${ext}`);
      fs.writeFileSync(f, Array.isArray(content) ? `${content.join('\r\n')}\r\n` : content);
      return f;
    },
    named(name, lines) {
      const f = path.join(dir, name);
      fs.writeFileSync(f, `${lines.join('\r\n')}\r\n`);
      return f;
    },
  };
}

let confirmedCount = 0;

/** A mapping profile file a person confirmed on a file with `headers`: its fields are certain. */
export function confirmedProfile(
  files: ExportFiles,
  columns: Record<string, string>,
  headers: readonly string[],
  /** More of the profile: the answers kept beside the columns (`afterNoon`, `blankDate`…). */
  more: Record<string, unknown> = {},
): string {
  // A file of its own per call: two profiles written in one millisecond must not overwrite each other.
  const f = path.join(files.dir, `confirmed-${++confirmedCount}.json`);
  fs.writeFileSync(
    f,
    JSON.stringify({
      name: 'confirmed',
      columns,
      ...more,
      confirmed: { headers, at: '2027-01-01T00:00:00Z' },
    }),
  );
  return f;
}

/**
 * A person confirms `profile` on `file`, as `mapping confirm` does: the content checks the file is
 * held for are answered (written into the profile's `confirmed.answered`), and only those.
 */
export async function answerOn(
  profile: string,
  file: string,
  opts: Partial<ImportOptions> = {},
): Promise<void> {
  const report = await detectProfile(file, {
    practiceId: PRACTICE,
    timeZone: 'America/Los_Angeles',
    ...opts,
    profile,
  });
  const saved = JSON.parse(fs.readFileSync(profile, 'utf8'));
  saved.confirmed.answered = answeredChecks(report.doubts, saved.confirmed.answered);
  fs.writeFileSync(profile, JSON.stringify(saved));
}
