// Finds a delimited table's layout from a decoded sample: which delimiter, which line holds the
// column names, and which lines before it are report titles. Pure: text in, layout out.
import { DelimitedRecordParser, type RawRecord } from './delimited-records.ts';
import { ExportFileError, fileError } from './export-file-error.ts';
import { carriedGroups, type CarriedGroup } from './group-columns.ts';
import { daysOverHeaders } from './day-lines.ts';
import { groupLine } from './group-lines.ts';
import { FurnitureFilter } from './report-furniture.ts';
import { repeatedLabels, type RepeatedLabels } from './repeated-labels.ts';
import { repeatedStamps, type RepeatedStamp } from './repeated-stamp.ts';
import { statedPeriods, type StatedPeriods } from './stated-period.ts';
import type { Delimiter } from './table-types.ts';
import { dayHeadingsNote } from '../map/not-a-list.ts';

// `^` last: a tie of equally regular splits goes to the commoner delimiters before it.
export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t', '|', '^'];

export interface DelimitedLayout {
  delimiter: Delimiter;
  headerLine: number;
  headers: string[];
  /** The header line's cells as written (for recognising the header repeated after a page break). */
  headerCells: string[];
  titleLines: string[];
  /** The title lines' cells, trimmed, blanks left out (TableInfo.titleCells). */
  titleCells: string[][];
  /** Number of cells most lines have. */
  columns: number;
  /** Data rows seen in the sample after the header (report furniture not counted). */
  sampleRows: number;
  /** Group lines above the first row whose values the rows take, as columns after the file's
   *  own (`headers` ends with their labels; `headerCells` does not). */
  groups: CarriedGroup[];
  /** The period the title lines state (stated-period.ts): the year of a day line without one. */
  periods: StatedPeriods;
  /** A file with its labels on every record: the print stamp every record writes beside them
   *  (repeated-stamp.ts), checked on every row as it is read. */
  stamps?: RepeatedStamp[];
}

export function isBlankRecord(values: string[]): boolean {
  for (const v of values) if (v.trim() !== '') return false;
  return true;
}

const NUMBERISH = /^[\s\d.,:/\-+$%()APMapm]*$/;

/** A cell that reads as a value (number, date, time, amount), not as a column name. */
function isValueLike(cell: string): boolean {
  const t = cell.trim();
  return t !== '' && NUMBERISH.test(t) && /\d/.test(t);
}

/**
 * Column names: most cells filled, most of the filled ones distinct, few of them look like values.
 * A name may repeat: an Excel report with two `Notes`, a query joining two tables that both have
 * `Name` or `ID` (cleanHeaders tells them apart). Refused as the header, such a file was refused
 * as having none. A line that is mostly one word again (`Schedule,Schedule,Schedule`) is no header.
 */
function looksLikeHeader(values: string[]): boolean {
  const filled = values.map((v) => v.trim()).filter((v) => v !== '');
  if (filled.length < 2 || filled.length * 10 < values.length * 6) return false;
  if (new Set(filled.map((v) => v.toLowerCase())).size * 2 <= filled.length) return false;
  return filled.filter(isValueLike).length * 2 < filled.length;
}

/** Whether a filled name is written twice (case aside). */
function repeatsAName(values: string[]): boolean {
  const filled = values.map((v) => v.trim().toLowerCase()).filter((v) => v !== '');
  return new Set(filled).size !== filled.length;
}

/** Each filled name's cells stand together (`A,A,B,B,C`; not `A,B,A`). */
function inRuns(values: string[]): boolean {
  const done = new Set<string>();
  let last = '';
  for (const v of values) {
    const name = v.trim().toLowerCase();
    if (name === '' || name === last) continue;
    if (done.has(name)) return false;
    done.add(name);
    last = name;
  }
  return true;
}

/**
 * A line of repeated names right above a line of distinct ones is a band over the column names,
 * not the header: pandas writes a two-level header so (`Patient,Patient,Appointment,Appointment`
 * over `Name,DOB,Date,Time`), and a report groups its column titles under such a band. Read as
 * the header, the real names would have gone as a row. The band's names run together (a name
 * over the columns it groups): a header's own repeats may lie apart (`Date` … `Date`).
 */
function bandOverHeader(records: RawRecord[], at: number): boolean {
  if (!repeatsAName(records[at]!.values) || !inRuns(records[at]!.values)) return false;
  for (let i = at + 1; i < records.length; i++) {
    const { values } = records[i]!;
    // Column names hold no date, time or number; a row of an appointment list does.
    if (!isBlankRecord(values))
      return looksLikeHeader(values) && !repeatsAName(values) && !values.some(isValueLike);
  }
  return false;
}

/** A full row of values. Sparse lines (`Printed,12/14/2026,,,,`) are titles, not data. */
function looksLikeData(values: string[]): boolean {
  const filled = values.filter((v) => v.trim() !== '');
  if (filled.length < 2 || filled.length * 10 < values.length * 6) return false;
  return filled.filter(isValueLike).length * 2 >= filled.length;
}

/**
 * Column names as the mapper sees them: trimmed, never empty, never repeated. A name written
 * again is told apart by its place among the columns of that name, left to right: the second
 * `Notes` is `Notes (2)` (as XML's repeated leaves are), so a profile that names it finds the
 * same one in the next export of that layout. A number a header already has is skipped
 * (`Notes`, `Notes (2)`, `Notes` gives `Notes (3)` to the last).
 */
export function cleanHeaders(values: string[]): string[] {
  const names = values.map((raw, i) => raw.replace(/^\uFEFF/, '').trim() || `Column ${i + 1}`);
  const taken = new Set(names.map((n) => n.toLowerCase()));
  const seen = new Set<string>();
  return names.map((name) => {
    const key = name.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      return name;
    }
    let n = 2;
    while (taken.has(`${key} (${n})`)) n++;
    taken.add(`${key} (${n})`);
    return `${name} (${n})`;
  });
}

/** The header's cells without Excel's padding: trailing empty cells past the usual width. */
function headerCells(values: string[], columns: number): string[] {
  let width = values.length;
  while (width > columns && values[width - 1]!.trim() === '') width--;
  return values.slice(0, width);
}

/** A line that underlines three or more column names with dashes or equals signs, apart only by
 *  spaces (`--------  ------------  ----------`): no delimiter on it. */
const SPACED_RULE = /^ *[-=]{2,}(?: +[-=]{2,}){2,} *\r?$/gm;

/** Whether a place in the text is inside a quoted cell: an odd number of `"` before it (a quote
 *  inside a cell is written twice, so the count stays even outside). */
function insideQuotes(text: string, at: number): boolean {
  let quotes = 0;
  for (let i = text.indexOf('"'); i !== -1 && i < at; i = text.indexOf('"', i + 1)) quotes++;
  return quotes % 2 === 1;
}

/**
 * A report whose columns are lined up with spaces (a query tool's or a printed report's text:
 * SQL Server's sqlcmd, SQL*Plus, "print to file") has no delimiter to split its cells by. Read
 * for one anyway, the comma in `SMITH, JOHN` made two columns of each line and the refusal
 * named a data line as the header. Where a cell ends is not written, only how wide a column was
 * drawn, and a report may cut a long name at that width: it is refused, with what to do.
 */
function refuseSpaceAligned(text: string, file: string): void {
  // A rule inside a quoted cell (a note's `--  --  --` line in a CSV) is the cell's text, no
  // underline of the file's columns.
  const m = [...text.matchAll(SPACED_RULE)].find((r) => !insideQuotes(text, r.index));
  if (!m) return;
  const line = text.slice(0, m.index).split('\n').length;
  throw fileError(
    file,
    line,
    'the columns are lined up with spaces (a printed or query report: this line underlines the column names), not split by a comma, semicolon, tab or | character',
    'Export the schedule as a CSV or tab-delimited text file instead (from a query tool: SQL Server sqlcmd with -s"," -W, or the report\'s "Export to CSV").',
  );
}

/** A cell that reads as a column's label: words, not a value. */
function isLabelCell(cell: string): boolean {
  return /\p{L}/u.test(cell) && !isValueLike(cell);
}

/** The layout of a file that writes its column labels on every record (repeated-labels.ts): no
 *  header line, every line a row, the labels naming the cells they stand for. */
function labelledLayout(best: Candidate, labelled: RepeatedLabels): DelimitedLayout {
  const { labelsAt, valuesAt, count } = labelled;
  const named = (j: number) =>
    (j >= labelsAt && j < labelsAt + count) || (j >= valuesAt && j < valuesAt + count);
  const records = best.records.filter((r) => !isBlankRecord(r.values)).map((r) => r.values);
  const stamps = repeatedStamps(records, (j) => !named(j));
  return {
    delimiter: best.delimiter,
    headerLine: 0,
    headers: labelled.headers,
    headerCells: labelled.headers,
    titleLines: [],
    titleCells: [],
    columns: best.columns,
    sampleRows: best.records.filter((r) => !isBlankRecord(r.values)).length,
    groups: [],
    periods: new Map(),
    ...(stamps.length ? { stamps } : {}),
  };
}

interface Candidate {
  delimiter: Delimiter;
  records: RawRecord[];
  columns: number;
  score: number;
  error?: ExportFileError;
}

function tryDelimiter(text: string, complete: boolean, delimiter: Delimiter, file: string): Candidate {
  const parser = new DelimitedRecordParser(delimiter, file);
  const records: RawRecord[] = [];
  let error: ExportFileError | undefined;
  try {
    parser.push(text, complete, records);
  } catch (e) {
    if (!(e instanceof ExportFileError)) throw e;
    error = e;
  }
  const counts = new Map<number, number>();
  for (const r of records) {
    if (r.values.length < 2 || isBlankRecord(r.values)) continue;
    counts.set(r.values.length, (counts.get(r.values.length) ?? 0) + 1);
  }
  let columns = 0;
  let score = 0;
  for (const [c, k] of counts) {
    if (k > score || (k === score && c > columns)) [columns, score] = [c, k];
  }
  return { delimiter, records, columns, score, error };
}

/**
 * Layout of a delimited export from its first bytes (decoded). `complete` says the sample is
 * the whole file, so its last line is whole and a missing closing quote is final. `delimiters`:
 * the ones the text may use (a web page's rows are written with commas by the connector itself).
 */
export function detectLayout(
  text: string,
  complete: boolean,
  file: string,
  delimiters: readonly Delimiter[] = DELIMITERS,
): DelimitedLayout {
  refuseSpaceAligned(text, file);
  const candidates = delimiters.map((d) => tryDelimiter(text, complete, d, file));
  let best = candidates[0]!;
  for (const c of candidates) {
    if (c.score > best.score || (c.score === best.score && c.columns > best.columns)) best = c;
  }
  if (best.score === 0) {
    const quoteError = candidates.find((c) => c.error)?.error;
    if (quoteError) throw quoteError;
    throw fileError(
      file,
      0,
      'no columns found: no line is split into cells by a comma, semicolon, tab or | character',
      'Export the schedule as a CSV or tab-delimited text file with a header row of column names.',
    );
  }
  if (best.error) throw best.error;
  const labelled = repeatedLabels(best.records, best.columns, isLabelCell);
  if (labelled) return labelledLayout(best, labelled);

  const titleLines: string[] = [];
  const titleCells: string[][] = [];
  const titleAt: number[] = [];
  // The title lines as read: a group line that ends them is the first group (group-columns.ts).
  const titleRecords: RawRecord[] = [];
  let header: RawRecord | undefined;
  let headerAt = -1;
  let furniture: FurnitureFilter | undefined;
  let periods: StatedPeriods = new Map();
  let sampleRows = 0;
  // Group lines between the header and the first row (`Provider: Lee, Anna DDS`).
  const above: RawRecord[] = [];
  for (const [at, r] of best.records.entries()) {
    if (isBlankRecord(r.values)) {
      furniture?.noteBlank();
      continue;
    }
    if (header && furniture) {
      if (sampleRows === 0 && groupLine(r.values, furniture.width, periods)) {
        above.push(r);
        continue;
      }
      if (furniture.classify(r.values)) continue;
      furniture.noteRow(r.values);
      sampleRows++;
      continue;
    }
    // One cell short is allowed: some report writers end every data line with a delimiter.
    if (
      r.values.length >= Math.max(2, best.columns - 1) &&
      looksLikeHeader(r.values) &&
      !bandOverHeader(best.records, at)
    ) {
      header = r;
      headerAt = at;
      furniture = new FurnitureFilter(headerCells(r.values, best.columns), titleLines);
      periods = statedPeriods(titleLines);
    } else if (r.values.length === best.columns && looksLikeData(r.values)) {
      const days = dayHeadingsNote(r.values);
      if (days) throw fileError(file, r.line, days.reason, days.action);
      throw fileError(
        file,
        r.line,
        'no header row: the first line with columns holds values, not column names',
        'Export again with column names (headers) included as the first line.',
      );
    } else {
      const cells = r.values.map((v) => v.trim()).filter(Boolean);
      titleLines.push(cells.join(' '));
      titleCells.push(cells);
      titleAt.push(r.line);
      titleRecords.push(r);
    }
  }
  if (!header) {
    throw fileError(
      file,
      0,
      'no header row found: no line looks like a row of column names',
      'Export again with column names (headers) included.',
    );
  }
  const cells = headerCells(header.values, best.columns);
  const title = titleLines.map((text, i) => ({ line: titleAt[i]!, text }));
  const groups = carriedGroups(
    cleanHeaders(cells),
    above,
    title,
    titleRecords,
    periods,
    daysOverHeaders(best.records, headerAt, (values) => groupLine(values, best.columns, periods)),
  );
  return {
    delimiter: best.delimiter,
    headerLine: header.line,
    headers: cleanHeaders([...cells, ...groups.map((g) => g.label)]),
    headerCells: cells,
    titleLines,
    titleCells,
    columns: best.columns,
    sampleRows,
    groups,
    periods,
  };
}
