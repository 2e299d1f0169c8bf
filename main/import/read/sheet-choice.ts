// Which sheet of a workbook holds the appointments, for both workbooks Excel writes: an .xlsx
// (xlsx-reader.ts) and an "XML Spreadsheet 2003" (spreadsheet-ml.ts). Each reader counts its
// sheets' rows as it reads them; the choice, and the question when it is not sure
// (trust/sheet-doubt.ts), are the same for both.
import type { SheetChoice } from './table-types.ts';

/** Text a person wrote as a date (`3/2/2027`, `2027-03-02`, `2 Mar 2027`, `Mar 2`). */
export const DATE_TEXT =
  /\b\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\b|\b\d{1,2}[ -](jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b/i;

/** A letter of any script: a word, where a number or a date has none. */
export const WORD = /\p{L}/u;

/** What the choice needs to know of a visible sheet with rows. */
export interface CountedSheet {
  name: string;
  /** Rows with a date in them (a date cell, or text written as a date). */
  datedRows: number;
  /** Dated rows that also hold a word (a name, a status, a type): a booking's row, where a
   *  summary's dated row holds only numbers beside its date (`8 Mar 2027, 12, 3`). */
  listedRows: number;
  /** The sheet holds a pivot table: a summary of other rows. */
  pivot?: boolean;
  /** Its first row of two cells or more (its header, where it has one), trimmed, lower case:
   *  sheets that share it are lists of one kind (headerKey). */
  header?: string;
}

/** A record's key as a header (CountedSheet.header), or undefined for a row of fewer than two
 *  cells (a title). */
export function headerKey(cells: readonly string[]): string | undefined {
  const filled = cells.map((c) => c.trim().toLowerCase());
  return filled.filter(Boolean).length >= 2 ? filled.join('\t').replace(/\t+$/, '') : undefined;
}

/** Candidates for the appointment list: sheets of dated rows, a sheet holding a pivot table
 *  aside; of those, the ones whose dated rows hold words (names, statuses) where some do, since a
 *  summary's dated rows hold only numbers beside their dates. */
function candidateSheets<S extends CountedSheet>(filled: readonly S[]): S[] {
  const dated = filled.filter((s) => s.datedRows > 1 && !s.pivot);
  const listed = dated.filter((s) => s.listedRows > 1);
  const found = listed.length > 0 ? listed : dated;
  // A sheet of one booking under the same header as a list (a quiet day's sheet beside the
  // others) is a list too: left out, its appointment was never read nor asked about. So are
  // two such sheets under one header with no longer list beside them (two quiet days).
  const single = (s: S) => !found.includes(s) && !s.pivot && s.listedRows === 1 && s.header !== undefined;
  const one = filled.filter(
    (s) =>
      single(s) && filled.some((f) => f !== s && f.header === s.header && (found.includes(f) || single(f))),
  );
  return one.length ? filled.filter((s) => found.includes(s) || one.includes(s)) : found;
}

/** The sheet that holds the appointments, of the visible sheets with rows (at least one): the
 *  sheet a person named once (`named`, the mapping's), else the one candidate, else the first
 *  sheet with rows that holds no pivot table. Two candidates are two lists: the first is read for
 *  the question (`choice`), never sent unasked. */
export function chooseSheet<S extends CountedSheet>(
  filled: readonly S[],
  named: string | undefined,
): { sheet: S; choice?: SheetChoice } {
  const chosen = named === undefined ? undefined : filled.find((s) => s.name === named);
  if (chosen) return { sheet: chosen };
  const candidates = candidateSheets(filled);
  const sheet = candidates[0] ?? filled.find((s) => !s.pivot) ?? filled[0]!;
  if (candidates.length < 2) return { sheet };
  return {
    sheet,
    choice: {
      sheets: candidates.map((s) => ({ name: s.name, rows: s.listedRows || s.datedRows })),
      ...(named !== undefined ? { missing: named } : {}),
    },
  };
}
