// A printed report saved as text, opened as a table: its grid found from the sample
// (printed-grid.ts), each line read into cells by it (printed-lines.ts), and the cells read as a
// delimited file's are, so its header, furniture, day and group lines mean what they mean there.
import { delimitedInfo, delimitedRows, noRowsError } from './delimited-reader.ts';
import { detectLayout } from './detect-layout.ts';
import type { EncodingGuess } from './decode.ts';
import { FullColumns } from './full-columns.ts';
import { asciiDigitsInPlace } from './other-digits.ts';
import type { PrintedGrid } from './printed-grid.ts';
import { PrintedLines } from './printed-lines.ts';
import type { Row } from './table-row.ts';
import { TableRows } from './table-rows.ts';
import type { TableInfo } from './table-types.ts';

export function openPrintedTable(
  file: string,
  base: string,
  guess: EncodingGuess,
  sample: { text: string; complete: boolean; lineEnding: TableInfo['lineEnding'] },
  grid: PrintedGrid,
): { info: TableInfo; rows: TableRows } {
  // Rows carry a day column when the report states days on its page or group headers; a ruled
  // column its rows fill as a fixed-width id does is full, not cut (full-columns.ts).
  const widths = grid.ruled ? new FullColumns(grid.columns.map((c) => c.end - c.start)) : undefined;
  const scan = new PrintedLines(grid, false, widths);
  scan.reprint(sample.text, sample.complete);
  const days = scan.daysSeen;
  if (widths) grid = { ...grid, full: widths.full() };
  const text = new PrintedLines(grid, days).reprint(sample.text, sample.complete);
  const layout = detectLayout(text, sample.complete, base, ['\t']);
  if (sample.complete && layout.sampleRows === 0) throw noRowsError(base);
  const info = delimitedInfo(base, layout, guess, sample.lineEnding);
  const lines = new PrintedLines(grid, days);
  // Each piece's digits read before its lines are, as the sample's were (open-table.ts).
  const rows = delimitedRows(file, info, guess, layout, undefined, (piece, last) =>
    lines.reprint(asciiDigitsInPlace(piece), last),
  );
  return { info, rows: new TableRows(marked(rows, lines)) };
}

async function* marked(rows: AsyncGenerator<Row[]>, lines: PrintedLines): AsyncGenerator<Row[]> {
  try {
    for await (const batch of rows) {
      for (const row of batch) lines.mark(row);
      yield batch;
    }
  } finally {
    await rows.return(undefined);
  }
}
