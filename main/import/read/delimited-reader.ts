// Reads a delimited export (CSV, semicolon CSV, tab or pipe text) as a stream of rows after its
// layout has been found from a sample. Memory stays flat: one decoded chunk at a time.
import { decodeFile, ForeignTextError, LineTooLongError, type EncodingGuess } from './decode.ts';
import { DelimitedRecordParser } from './delimited-records.ts';
import { isBlankRecord, type DelimitedLayout } from './detect-layout.ts';
import { fileError, SAVE_AS_UTF8 } from './export-file-error.ts';
import { displayText } from '../../model/display-text.ts';
import { GroupColumns, groupedRow, strayDay } from './group-columns.ts';
import { FurnitureFilter, HeadingLines } from './report-furniture.ts';
import { RepeatedStampCheck } from './repeated-stamp.ts';
import { Row } from './table-row.ts';
import { LastCellValues } from './cut-last-row.ts';
import type { HeadingLine, TableInfo } from './table-types.ts';

export const MAX_LINE_BYTES = 1024 * 1024;

export function noRowsError(file: string) {
  return fileError(
    file,
    0,
    'the file has column names but no appointment rows',
    'Check the date range and filters of the report, then export it again.',
  );
}

/**
 * A line over the cap. Said as it is: when a quoted cell starts on it, that cell is too long (or
 * its quote is never closed: from the first megabyte alone the two cannot be told apart), never
 * "an unclosed quote" for a cell that may well be closed further on. Quotes only a short excerpt.
 */
function longLineError(file: string, line: number, e: LineTooLongError, delimiter: string) {
  const size =
    e.maxBytes % (1024 * 1024) === 0
      ? `${e.maxBytes / 1024 / 1024} MB`
      : `${Math.round(e.maxBytes / 1024)} KB`;
  const start = new TextDecoder('utf-8').decode(e.head);
  const quoted = start.startsWith('"') || start.includes(`${delimiter}"`);
  if (quoted) {
    const cell = start.slice(start.startsWith('"') ? 0 : start.indexOf(`${delimiter}"`) + delimiter.length);
    return fileError(
      file,
      line,
      `a cell on this line is longer than ${size} (the quoted cell that starts ${excerpt(cell)}): the connector reads rows of at most ${size}`,
      'If a column of the export holds long texts (notes, letters), leave it out of the export; if the cell should be short, a quote (") in it may never be closed: correct it in a text editor, then export or save again.',
    );
  }
  return fileError(
    file,
    line,
    `this line is longer than ${size} with no line break (it starts ${excerpt(start)}): the file does not look like a row-per-line export`,
    'Check that this is the scheduling export (CSV or text) and that it was saved completely.',
  );
}

function excerpt(text: string): string {
  return `'${displayText(text, 40)}'`;
}

/** A delimited table's description, once its layout is found. `format: 'html'`: a web page's
 *  rows, written as comma-delimited text by its reader. */
export function delimitedInfo(
  file: string,
  layout: DelimitedLayout,
  guess: EncodingGuess,
  lineEnding: TableInfo['lineEnding'],
  format: 'delimited' | 'html' | 'xlsx' = 'delimited',
): TableInfo {
  return {
    file,
    format,
    encoding: guess.encoding,
    delimiter: layout.delimiter,
    lineEnding,
    headerLine: layout.headerLine,
    headers: layout.headers,
    sideBySide: true,
    titleLines: layout.titleLines,
    titleCells: layout.titleCells,
    furnitureLines: [],
    ...(layout.groups.length ? { groupColumns: layout.groups } : {}),
    ...(guess.unsure ? { encodingUnsure: guess.unsure } : {}),
  };
}

/**
 * Rows after the header, a batch per decoded piece; a row whose cell count differs from the
 * header carries `problem`. Report furniture (totals, page markers, a repeated header…) is not
 * yielded: its line numbers go to `info.furnitureLines` as they are met. `text`: the table
 * already decoded into delimited text (a web page's rows, html-table-reader.ts), read instead of
 * the file.
 */
export async function* delimitedRows(
  path: string,
  info: TableInfo,
  guess: EncodingGuess,
  layout: DelimitedLayout,
  /** The text already in memory, whole or in pieces, instead of the file's. */
  text?: string | Iterable<string>,
  /** Each decoded piece as delimited text (a printed report's lines: printed-lines.ts). */
  reprint?: (piece: string, last: boolean) => string,
): AsyncGenerator<Row[]> {
  const parser = new DelimitedRecordParser(layout.delimiter, info.file, MAX_LINE_BYTES);
  const headers = info.headers;
  // The file's own columns; carried group columns (group-columns.ts) come after them.
  const width = layout.headerCells.length;
  const furniture = new FurnitureFilter(layout.headerCells, layout.titleLines);
  const headings = new HeadingLines(info);
  const groups = new GroupColumns(headers.slice(0, width), layout.groups, layout.periods);
  const stamps = layout.stamps && new RepeatedStampCheck(layout.stamps);
  let rows = 0;
  // The last data row's line and the last header copy's: a copy below every row ends the file
  // where a page began (cut short; TableInfo.endsOnHeaderCopy).
  let lastRowLine = 0;
  let headerCopyLine = 0;
  // The group heading the rows below stand under (a `Waitlist` typed under the schedule).
  let under: HeadingLine | undefined;
  // The file's own text only (not a web page's or a printed report's rows written again): whether
  // it ends without a line end, and its last column's values, for a last row cut mid-cell.
  const lastCells = text === undefined && !reprint ? new LastCellValues(width) : undefined;
  const batch: string[][] = [];
  const lines: number[] = [];
  // A piece's last record and the blank ones after it, read with the next piece: whether a line is
  // a day above a header copy is told by the line below it, which may be the next piece's first
  // (a day ending a piece was a row error, wherever the 32 KB boundary fell).
  let heldOver: { records: string[][]; lines: number[] } | undefined;
  const pieces =
    text !== undefined
      ? theText(text)
      : decodeFile(path, {
          encoding: guess.encoding,
          bomLength: guess.bomLength,
          maxLineBytes: MAX_LINE_BYTES,
          crOnly: info.lineEnding === 'cr',
          onEncodingChange: (e, unsure) => {
            info.encoding = e;
            if (unsure) info.encodingUnsure = unsure; // asked at the end (import-export.ts allDoubts)
          },
        });
  // A consumer that stops early (break, an error) must not leave the file open: on Windows an
  // open file cannot be moved to the archive or deleted.
  try {
    let done = false;
    while (!done) {
      let piece = '';
      // A piece that cannot be read (a line too long, a quote never closed) still lets the rows
      // before it out first, the one held over included.
      let broken: unknown;
      try {
        const next = await pieces.next();
        if (next.done) done = true;
        else piece = next.value;
      } catch (e) {
        if (e instanceof ForeignTextError)
          broken = fileError(info.file, parser.line, `cannot read this file: ${e.reason}`, SAVE_AS_UTF8);
        else if (e instanceof LineTooLongError)
          broken = longLineError(info.file, parser.line, e, layout.delimiter);
        else throw e;
      }
      batch.length = 0;
      lines.length = 0;
      lastCells?.piece(piece);
      if (heldOver) {
        batch.push(...heldOver.records);
        lines.push(...heldOver.lines);
        heldOver = undefined;
      }
      const before = batch.length;
      try {
        if (broken === undefined) parser.pushInto(reprint ? reprint(piece, done) : piece, done, batch, lines);
      } catch (e) {
        broken = e;
        batch.length = before;
        lines.length = before;
      }
      let end = batch.length;
      if (!done && broken === undefined) {
        while (end > 0 && isBlankRecord(batch[end - 1]!)) end--;
        if (end > 0) end--;
        if (end < batch.length) heldOver = { records: batch.slice(end), lines: lines.slice(end) };
      }
      const out: Row[] = [];
      for (let i = 0; i < end; i++) {
        const line = lines[i]!;
        if (line <= layout.headerLine) continue;
        const values = batch[i]!;
        if (isBlankRecord(values)) {
          furniture.noteBlank();
          continue;
        }
        // The line below: the piece's last record waits for the next piece (heldOver), so it is
        // always here but for the file's last.
        const below = (): readonly string[] | undefined => {
          for (let j = i + 1; j < batch.length; j++) if (!isBlankRecord(batch[j]!)) return batch[j];
          return undefined;
        };
        const read = furniture.classify(values);
        const grouping =
          read === undefined ||
          read === 'heading' ||
          (read === 'repeated-title' && groups.leadsAgain(values));
        if (grouping && groups.take(values, line)) {
          info.furnitureLines.push(line);
          strayDay(groups, headings);
          continue;
        }
        if (read === 'total') {
          groups.countOf(values, line);
          strayDay(groups, headings);
        }
        // Asked only of a line no group took: a day group's line gives the rows under it their day.
        const kind = read ?? (furniture.headerCopyBelow(values, below) ? 'day-above-header' : undefined);
        if (kind) {
          info.furnitureLines.push(line);
          if (kind === 'repeated-header') headerCopyLine = line;
          else if (kind !== 'rule') headerCopyLine = 0;
          const heading = headings.met(kind, line, values);
          if (heading) {
            heading.groups = true;
            under = heading;
          }
          continue;
        }
        furniture.noteRow(values);
        stamps?.note(values);
        lastRowLine = line;
        if (values.length !== width) {
          // Excel pads lines with empty cells; only a real mismatch is a problem.
          while (values.length > width && values[values.length - 1]!.trim() === '') values.pop();
          if (values.length !== width) {
            const row = new Row(line, values, headers);
            if (under) row.under = under;
            row.problem =
              values.length > width
                ? `this line has ${values.length} cells but the header has ${width} columns (${info.format === 'html' || info.format === 'xlsx' ? 'a cell spanning columns, or a value under no column name?' : `an extra ${info.delimiter === '\t' ? 'tab' : `'${info.delimiter}'`} in a value?`})`
                : `this line has ${values.length} cells but the header has ${width} columns (cut short, or a note line?)`;
            headings.rowFollows();
            rows++;
            out.push(row);
            continue;
          }
        }
        const row = new Row(line, values, headers);
        if (under) row.under = under;
        // The file's last record, with no line end after it: its last cell may be cut.
        if (lastCells && done && i === batch.length - 1) lastCells.checkLast(row, headers[width - 1] ?? '');
        lastCells?.note(values);
        groupedRow(row, groups.fill(values), headings);
        headings.rowFollows();
        rows++;
        out.push(row);
      }
      if (out.length > 0) yield out;
      if (broken !== undefined) throw broken;
    }
  } finally {
    await pieces.return(undefined);
  }
  strayDay(groups, headings, true);
  headings.end();
  if (rows === 0) throw noRowsError(info.file);
  if (headerCopyLine > lastRowLine) info.endsOnHeaderCopy = headerCopyLine;
  // Read with the title's and the footers' once the rows are (import-export.ts statedPrintTimeOf).
  const stated = stamps?.lines() ?? [];
  if (stated.length) (info.stampLines ??= []).push(...stated);
}

async function* theText(text: string | Iterable<string>): AsyncGenerator<string> {
  if (typeof text === 'string') yield text;
  else yield* text;
}
