// Small appointment workbooks for the struck-row probes (trust/redteam-round-48h and -48k): rows
// on 15 March 2027 (serial 46461) with the time as a day fraction and text cells in a style the
// probe chooses, so one cell, one row or the header can be struck.
import type { ExportFiles } from '../trust/export-files.ts';
import { workbook } from './xlsx-builder.ts';

export const SHEET_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

/** An inline-string cell; `s` is its style attribute (` s="3"`). */
export const xText = (ref: string, t: string, s = ''): string =>
  `<c r="${ref}"${s} t="inlineStr"><is><t>${t}</t></is></c>`;

/** Row 1 of `headers` (columns A, B, …), its cells in style `s`. */
export const headerRow = (headers: readonly string[], s = ''): string =>
  `<row r="1">${headers.map((h, i) => xText(`${String.fromCharCode(65 + i)}1`, h, s)).join('')}</row>`;

/** Row `r`: date, time (a day fraction), then name, birth date, provider and status as text in
 *  style `s`; `cells` replaces any column's cell or adds one (`G`). */
export function xRow(
  r: number,
  time: string,
  name: string,
  status: string,
  cells: Record<string, string> = {},
  s = '',
): string {
  const c = {
    A: `<c r="A${r}" s="1"><v>46461</v></c>`,
    B: `<c r="B${r}" s="2"><v>${time}</v></c>`,
    C: xText(`C${r}`, name, s),
    D: xText(`D${r}`, '1980-04-02', s),
    E: xText(`E${r}`, 'Dr. Ames', s),
    F: xText(`F${r}`, status, s),
    ...cells,
  };
  return `<row r="${r}">${Object.values(c).join('')}</row>`;
}

/** Styles: 0 General, 1 date, 2 time, 3 General in a struck font (`strike`: its element), 4 time
 *  struck, 5 General struck with no applyFont. */
export const struckStyles = (strike = '<strike/>'): string =>
  `<styleSheet ${SHEET_NS}><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font>${strike}<sz val="11"/><name val="Calibri"/></font></fonts>` +
  `<cellXfs count="6"><xf numFmtId="0" fontId="0"/><xf numFmtId="14" fontId="0"/><xf numFmtId="20" fontId="0"/>` +
  `<xf numFmtId="0" fontId="1" applyFont="1"/><xf numFmtId="20" fontId="1" applyFont="1"/><xf numFmtId="0" fontId="1"/></cellXfs></styleSheet>`;

/** A one-sheet workbook of `head` and `rows`, written as the next of `files` (`export-N.xlsx`);
 *  its path. Not a random name: the importer reads a file's name for words (a lone `x` or `cx`
 *  says cancelled, report-title.ts), so a random name held a control sheet now and then. */
export function writeBook(
  files: ExportFiles,
  head: string,
  rows: string,
  opts: { styles?: string; strings?: string } = {},
): string {
  return files.write(
    workbook([{ name: 'Sheet1', xml: `<sheetData>${head}${rows}</sheetData>` }], opts),
    'xlsx',
  );
}
