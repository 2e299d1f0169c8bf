// A table a reader has already split into records (a web page's rows, an Excel workbook's sheet)
// read as the delimited reader reads a file: the records are written out as comma-delimited text,
// one line per record, and go through the same layout detection, report furniture and group
// lines as the report saved as CSV. A record's line is its place in `records` (index + 1), so a
// reader that wants line N to be a sheet's row N keeps an empty record for every row not there.
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
  const lines = records.map(csvLine);
  const layout = detectLayout(
    lines.slice(0, SAMPLE_RECORDS).join('\n') + '\n',
    lines.length <= SAMPLE_RECORDS,
    base,
    [','],
  );
  if (layout.sampleRows === 0 && lines.length <= SAMPLE_RECORDS) throw noRowsError(base);
  const info = delimitedInfo(base, layout, encoding, 'lf', format);
  return { info, rows: delimitedRows(file, info, encoding, layout, lines.join('\n') + '\n') };
}

/** A record as a CSV line: a cell with a comma or a quote is quoted (cells hold no line breaks). */
function csvLine(cells: string[]): string {
  return cells.map((c) => (/[",]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');
}
