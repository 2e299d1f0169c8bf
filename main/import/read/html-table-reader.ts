// Opens a web page export (html-tables.ts) as a table. Its rows are read as records
// (record-table.ts): the same layout detection, report furniture and group lines as the report
// saved as CSV. A line number is the row's place on
// the page (the Nth row, as Excel numbers it when it opens the file), since a page's own source
// lines may hold the whole table on one.
import fs from 'node:fs/promises';
import { fileError } from './export-file-error.ts';
import { htmlRecords, type HtmlTables } from './html-tables.ts';
import { markProblem } from './html-marks.ts';
import { recordTable } from './record-table.ts';
import { colourText } from './row-colours.ts';
import { decodeText } from './sniff.ts';
import { withAsciiDigits } from './other-digits.ts';
import { TableRows } from './table-rows.ts';
import { guessEncoding, type EncodingGuess } from './decode.ts';
import type { TableInfo } from './table-types.ts';
import type { Row } from './table-row.ts';

/** A page larger than this is not parsed: its tree takes ~30 times its size in memory (a 4 MB page
 *  of 27,000 rows: 110 MB of heap for the tree; an 8 MB page of 56,000 rows: 410 MB peak for the
 *  whole convert). A schedule that big is exported as CSV, which is read as a stream. */
export const MAX_HTML_BYTES = 8 * 1024 * 1024;

const SAVE_AS_CSV =
  'Export the schedule as CSV instead (or open this file in Excel and save it with File › Save As › "CSV UTF-8").';

export async function openHtmlTable(
  file: string,
  base: string,
  guess: EncodingGuess,
): Promise<{ info: TableInfo; rows: TableRows }> {
  const { size } = await fs.stat(file);
  if (size > MAX_HTML_BYTES)
    throw fileError(
      base,
      0,
      `this is a web page (HTML) of ${(size / 1024 / 1024).toFixed(1)} MB: the connector reads web pages of at most ${MAX_HTML_BYTES / 1024 / 1024} MB`,
      SAVE_AS_CSV,
    );
  const bytes = await fs.readFile(file);
  // The sample's encoding, checked on the whole page: a page that is ASCII for 64 KB may hold a
  // Windows-1252 letter after that, which read as UTF-8 would become a replacement character.
  const whole = guessEncoding(bytes, true);
  const encoding = typeof whole === 'string' ? guess : whole;
  // Other scripts' digits as ASCII digits, as in a CSV file (other-digits.ts).
  const page = htmlRecords(
    withAsciiDigits(decodeText(bytes.subarray(encoding.bomLength), encoding.encoding)),
  );
  if (page.tableRows === 0)
    throw fileError(
      base,
      0,
      'this is a web page (HTML) with no table in it, not a table of appointments',
      SAVE_AS_CSV,
    );
  // Text after the last table of rows ends the page: a one-cell line there would read as a row
  // cut short. Leaving it out moves no line number, since no row follows it.
  const { info, rows } = recordTable(file, base, page.records.slice(0, page.lastRow + 1), encoding, 'html');
  const drawn = page.across.size || page.marked.size || page.merged.size || page.drawn.size;
  if (page.merged.size)
    info.mergedAppointments = [...page.merged].map(([record, m]) => ({ line: record + 1, text: m.text }));
  return { info, rows: new TableRows(drawn ? drawnRows(rows, page, info.headers) : rows) };
}

/**
 * What the page says of a row by how it draws it. A note across the schedule (html-tables.ts
 * `across`) is skipped as blocked time: a staff meeting written over the patient's and every
 * other column is no patient to refuse. A row with text struck through or hidden (html-marks.ts)
 * is a row error naming that cell: cancelled, removed or stale is not guessed.
 */
async function* drawnRows(
  source: AsyncGenerator<Row[]>,
  page: HtmlTables,
  headers: readonly string[],
): AsyncGenerator<Row[]> {
  // The records a whole appointment's merged cell covers below its first (its rowspan).
  const covered = new Map<number, number>();
  for (const [record, m] of page.merged) for (const r of m.below) covered.set(r, record + 1);
  for await (const batch of source) {
    for (const row of batch) {
      if (page.across.has(row.line - 1))
        row.skip = 'a note across the schedule (blocked time), no appointment';
      const merged = page.merged.get(row.line - 1);
      if (merged) {
        const column = headers[row.values.indexOf(merged.text)] ?? headers[1] ?? 'Column 2';
        row.problem = `'${merged.text}' is one cell merged across '${column}' and the columns after it: a whole appointment written in one cell, whose patient, birth date and type are not read apart from it`;
        row.problemHint =
          'Export the schedule as a list, one cell per column (or as CSV), then import it again';
        row.problemAt = { column, value: merged.text };
        continue;
      }
      const first = covered.get(row.line - 1);
      if (first !== undefined && !row.problem) {
        row.skip = `the rest of the appointment merged over line ${first} (its length), no appointment of its own`;
        continue;
      }
      const coloured = page.drawn.get(row.line - 1);
      if (coloured)
        row.drawn = {
          column: headers[coloured.column] ?? `Column ${coloured.column + 1}`,
          value: coloured.value,
          how: coloured.ink
            ? `written in ${colourText(coloured.colour)} text on the page, unlike the rows around it`
            : `shown on a ${colourText(coloured.colour)} background on the page, unlike the rows around it`,
        };
      const mark = page.marked.get(row.line - 1);
      if (!mark || row.skip || row.problem) continue;
      const column = headers[mark.column] ?? `Column ${mark.column + 1}`;
      const { problem, hint } = markProblem(mark, column);
      row.problem = problem;
      row.problemHint = hint;
      row.problemAt = { column, value: mark.value };
    }
    yield batch;
  }
}
