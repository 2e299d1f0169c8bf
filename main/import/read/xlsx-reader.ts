// Opens an Excel workbook (.xlsx, .xlsm: Office Open XML) as a table: what many practice systems'
// "Export to Excel" writes, and what a front desk keeps its list in. The sheet's rows are read as
// records (record-table.ts), so titles, header, group lines and totals are found as in the same
// report saved as CSV. Line N is the sheet's row N, as Excel numbers it. Nothing in the workbook
// is run: a macro workbook's macros are a part that is never read.
import fs from 'node:fs/promises';
import { fileError } from './export-file-error.ts';
import { recordTable } from './record-table.ts';
import { chooseSheet } from './sheet-choice.ts';
import { namedSheet } from './spreadsheet-ml.ts';
import { TableRows } from './table-rows.ts';
import type { Row } from './table-row.ts';
import type { SheetChoice, TableInfo } from './table-types.ts';
import {
  cellFormats,
  readSheet,
  readWorkbook,
  sharedStrings,
  struckStyles,
  styleFills,
  workbookPart,
  type Sheet,
} from './xlsx-workbook.ts';
import { struckProblem } from './xlsx-struck.ts';
import { colouredRows, colourText, type ColourRow } from './row-colours.ts';
import { ZipPartError, ZipParts } from './xlsx-zip.ts';

/** A workbook file larger than this is not opened (its sheet unzips to 5-10 times its size, past
 *  xlsx-zip.ts MAX_UNZIPPED_BYTES anyway). */
export const MAX_XLSX_BYTES = 20 * 1024 * 1024;

const SAVE_AS_CSV =
  'Save the sheet with the appointments as CSV (in Excel: File › Save As › "CSV UTF-8") into this folder, or export the schedule as CSV from the practice software.';

export async function openXlsxTable(
  file: string,
  base: string,
  named?: string,
): Promise<{ info: TableInfo; rows: TableRows }> {
  const { size } = await fs.stat(file);
  if (size > MAX_XLSX_BYTES)
    throw fileError(
      base,
      0,
      `this Excel workbook is ${(size / 1024 / 1024).toFixed(1)} MB: the connector reads workbooks of at most ${MAX_XLSX_BYTES / 1024 / 1024} MB`,
      SAVE_AS_CSV,
    );
  let sheet: Sheet;
  let choice: SheetChoice | undefined;
  try {
    ({ sheet, choice } = appointmentSheet(new ZipParts(await fs.readFile(file)), base, named));
  } catch (e) {
    if (e instanceof ZipPartError)
      throw fileError(base, 0, `cannot read this Excel workbook: ${e.reason}`, SAVE_AS_CSV);
    throw e;
  }
  const { info, rows } = recordTable(file, base, sheet.records, { encoding: 'utf-8', bomLength: 0 }, 'xlsx');
  info.sheet = sheet.name;
  if (choice) info.sheetChoice = choice;
  for (const [col, order] of sheet.formatOrders ?? [])
    if (order !== 'both') (info.formatOrders ??= {})[col] = order;
  // A sheet named by a person is a title, as in an Excel XML workbook (unless a title row says it).
  if (namedSheet(sheet.name) && !info.titleLines.includes(sheet.name.trim())) {
    info.titleLines = [sheet.name.trim(), ...info.titleLines];
    info.titleCells = [[sheet.name.trim()], ...(info.titleCells ?? [])];
  }
  const drawn = drawnRows(sheet, info.headerLine);
  const marked = sheet.hiddenRows.size || sheet.struckRows?.size || drawn.size;
  return { info, rows: new TableRows(marked ? holdHidden(rows, sheet, info.headers, drawn) : rows) };
}

/** The sheet that holds the appointments, of the visible sheets with rows (sheet-choice.ts). */
function appointmentSheet(
  parts: ZipParts,
  base: string,
  named: string | undefined,
): { sheet: Sheet; choice?: SheetChoice } {
  const part = workbookPart(parts);
  if (!part || !parts.has(part)) throw notAWorkbook(parts, base);
  const workbook = readWorkbook(parts, part);
  const struckStrings = new Set<number>();
  const fills = styleFills(parts, part);
  const stringInks = new Map<number, string>();
  const book = {
    strings: sharedStrings(parts, part, struckStrings, { theme: fills.theme, items: stringInks }),
    formats: cellFormats(parts, part),
    date1904: workbook.date1904,
    struckStyles: struckStyles(parts, part),
    struckStrings,
    stringInks,
    fills,
  };
  const filled: Sheet[] = [];
  for (const s of workbook.sheets) {
    if (s.hidden || !s.part || !parts.has(s.part)) continue;
    const sheet = readSheet(parts, s.part, s, book);
    if (sheet.filledRows > 0) filled.push(sheet);
  }
  if (filled.length === 0)
    throw fileError(
      base,
      0,
      'this Excel workbook has no sheet with rows in it',
      'The report may have found nothing: run the export again.',
    );
  return chooseSheet(filled, named);
}

/** Why a zip is no workbook the connector reads: another Office document, a binary workbook, or
 *  an archive of other files. */
function notAWorkbook(parts: ZipParts, base: string) {
  const names = [...parts.sizes.keys()];
  const what = names.some((n) => /^xl\/workbook\.bin$/i.test(n))
    ? 'an Excel binary workbook (.xlsb), which the connector does not read'
    : names.some((n) => n.startsWith('word/'))
      ? 'a Word document, not a workbook of appointments'
      : names.some((n) => n.startsWith('ppt/'))
        ? 'a PowerPoint presentation, not a workbook of appointments'
        : 'a zip archive, not an export or an Excel workbook';
  return fileError(
    base,
    0,
    `this is ${what}`,
    'Export the schedule as CSV, or save it from Excel as "Excel Workbook (.xlsx)" or "CSV UTF-8", into this folder (a zip is not unpacked).',
  );
}

/** The rows below the header drawn unlike their columns: filled or written in a colour
 *  (row-colours.ts), or struck or formatted by a conditional format (xlsx-conditional.ts); by
 *  row number. */
function drawnRows(
  sheet: Sheet,
  headerLine: number,
): Map<number, { column: number; value: string; how: string }> {
  const out = new Map(sheet.ruleDrawn ?? []);
  for (const line of out.keys()) if (line <= headerLine) out.delete(line);
  const colours = [
    {
      cells: sheet.cellFills,
      how: (c: string) => `filled ${colourText(c)} in Excel, unlike the rows around it`,
    },
    {
      cells: sheet.cellInks,
      how: (c: string) => `written in ${colourText(c)} text in Excel, unlike the rows around it`,
    },
  ];
  for (const { cells, how } of colours) {
    if (!cells) continue;
    const rows: ColourRow[] = [];
    for (let line = headerLine + 1; line <= sheet.records.length; line++) {
      const texts = sheet.records[line - 1]!;
      if (texts.length) rows.push({ line, texts, colours: cells.get(line) ?? [] });
    }
    for (const [line, cell] of colouredRows(rows))
      if (!out.has(line))
        out.set(line, {
          column: cell.column,
          value: sheet.records[line - 1]![cell.column]!,
          how: how(cell.colour),
        });
  }
  return out;
}

/** A row hidden in Excel is not sent: hidden, it may be a cancelled or old booking kept out of
 *  sight, or one the practice filtered out; shown, it would be sent like any other. Which is not
 *  guessed: the row is reported, and sent once it is unhidden (or deleted). A row with a cell
 *  struck through is reported the same way (xlsx-struck.ts). */
async function* holdHidden(
  source: AsyncGenerator<Row[]>,
  sheet: Sheet,
  headers: readonly string[],
  drawn: ReadonlyMap<number, { column: number; value: string; how: string }>,
): AsyncGenerator<Row[]> {
  for await (const batch of source) {
    for (const row of batch) {
      if (row.skip || row.problem) continue;
      if (sheet.hiddenRows.has(row.line)) {
        // The message's place already names the sheet and row (RowError.sheet).
        row.problem = 'this row is hidden in Excel: whether it is an appointment to send is not guessed';
        row.problemHint =
          'Unhide the row in Excel (or delete it if it is not an appointment to send) and save the workbook again.';
        continue;
      }
      const colour = drawn.get(row.line);
      if (colour)
        row.drawn = {
          column: headers[colour.column] ?? `Column ${colour.column + 1}`,
          value: colour.value,
          how: colour.how,
        };
      const struck = sheet.struckRows?.get(row.line);
      if (!struck) continue;
      const column = headers[struck.column] ?? `Column ${struck.column + 1}`;
      const { problem, hint } = struckProblem(struck.value, column);
      row.problem = problem;
      row.problemHint = hint;
      row.problemAt = { column, value: struck.value };
    }
    yield batch;
  }
}
