// A table a reader has already split into records (a web page's rows, an Excel workbook's sheet)
// read as the delimited reader reads a file: the records are written out as comma-delimited text,
// one line per record, and go through the same layout detection, report furniture and group
// lines as the report saved as CSV (the records are emptied as they are read). A record's line
// is its place in `records` (index + 1), so a reader that wants line N to be a sheet's row N
// keeps an empty record for every row not there.
import { delimitedInfo, delimitedRows, noRowsError } from './delimited-reader.ts';
import { detectLayout } from './detect-layout.ts';
import type { EncodingGuess } from './decode.ts';
import type { Row } from './table-row.ts';
import type { TableInfo } from './table-types.ts';

/** The records layout detection looks at, as a delimited file's sample is its first 64 KB. */
const SAMPLE_RECORDS = 2000;

export function recordTable(
  file: string,
  base: string,
  records: string[][],
  encoding: EncodingGuess,
  format: 'html' | 'xlsx',
): { info: TableInfo; rows: AsyncGenerator<Row[]> } {
  const sample = records.slice(0, SAMPLE_RECORDS).map(csvLine);
  const whole = records.length <= SAMPLE_RECORDS;
  const layout = detectLayout(sample.join('\n') + '\n', whole, base, [',']);
  if (layout.sampleRows === 0 && whole) throw noRowsError(base);
  const info = delimitedInfo(base, layout, encoding, 'lf', format);
  return { info, rows: delimitedRows(file, info, encoding, layout, csvPieces(records)) };
}

/** The records as CSV text a piece at a time (a 100,000-row sheet's text is never whole), each
 *  record let go once written, so the rows already mapped hold no memory. */
function* csvPieces(records: string[][]): Generator<string> {
  let piece = '';
  for (let i = 0; i < records.length; i++) {
    piece += csvLine(records[i]!) + '\n';
    records[i] = [];
    if (piece.length >= 65536) {
      yield piece;
      piece = '';
    }
  }
  if (piece) yield piece;
}

/** A record as a CSV line: a cell with a comma or a quote is quoted (cells hold no line breaks). */
function csvLine(cells: string[]): string {
  return cells.map((c) => (/[",]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');
}
