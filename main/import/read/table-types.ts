// What a reader hands to the mapping step: the table's layout and its rows, one at a time.
import type { DateOrder } from '../map/parse-date.ts';
import type { CarriedGroup } from './group-columns.ts';

/** The 8-bit encodings (code-pages.ts): `cp850` and `cp437` are the DOS ones (Excel's "CSV (MS-DOS)"),
 *  `windows-1250` Central European Windows' (windows-1250.ts), `windows-1254` Turkish, `windows-1255`
 *  Hebrew, `windows-1251` Cyrillic and `euc-kr` Korean Windows' (949) (script-pages.ts); `big5` and
 *  `gb18030` Chinese Windows' (chinese-pages.ts). */
export type CodePage =
  | 'windows-1252'
  | 'macintosh'
  | 'cp850'
  | 'cp437'
  | 'windows-1250'
  | 'shift_jis'
  | 'windows-1254'
  | 'windows-1255'
  | 'euc-kr'
  | 'windows-1251'
  | 'big5'
  | 'gb18030';
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | CodePage;
/** Letters outside ASCII that read as well in another code page as in Windows-1252: the file is
 *  read as Windows-1252 and held, up to three words shown both ways (`Weiß / Weiá`). */
export interface EncodingDoubt {
  rival: Exclude<CodePage, 'windows-1252'>;
  words: string[];
  /** Each byte the two pages read differently (`0xe1`): a confirmation answers for these only, and
   *  a later file with another such byte is asked (answered-checks.ts). */
  bytes: string[];
}
/** `^` is VA FileMan's delimiter: VistA, IHS RPMS and CHCS print their delimited reports with it. */
export type Delimiter = ',' | ';' | '\t' | '|' | '^';

export interface TableInfo {
  /** Base name of the file (error reports travel; full paths do not belong in them). */
  file: string;
  format: 'delimited' | 'xml' | 'hl7' | 'html' | 'xlsx';
  /** An Excel workbook's sheet the rows come from (an .xlsx: line N is its row N; an XML
   *  Spreadsheet 2003: the file's line, as any XML export's). */
  sheet?: string;
  /** A workbook with several sheets that could each be the appointment list, none of them named
   *  by the mapping: the rows are the first one's, shown for the question, never sent unasked. */
  sheetChoice?: SheetChoice;
  /** Web pages: rows where a cell merged across the columns after a time holds a patient, a
   *  whole appointment in one cell (html-tables.ts `merged`): each is a row error, and the file
   *  is held, since such a cell may be how the page writes every visit of a grid. */
  mergedAppointments?: Array<{ line: number; text: string }>;
  /**
   * Detected from the first bytes. A file whose sample is plain ASCII is read as UTF-8; if a
   * byte that is not valid UTF-8 shows up later, reading switches to Windows-1252 and this field
   * is updated in place (the ASCII read so far is the same in both).
   */
  encoding: TextEncoding;
  delimiter?: Delimiter;
  /** Delimited only: `cr` is old Mac / Excel "CSV (Macintosh)" (read the same as the others). */
  lineEnding?: 'lf' | 'crlf' | 'cr';
  /** 1-based physical line of the header row (XML: line of the first record element). */
  headerLine: number;
  /** Column names, trimmed; duplicates get ` (2)`, ` (3)`; empty ones become `Column N`. */
  headers: string[];
  /** Excel workbooks: by column index, the day/month order the column's date cells' own number
   *  format shows (`dd/mm/yyyy`): it states the order of dates typed as text in that column, as a
   *  header's `(DD/MM/YYYY)` does (xlsx-formats.ts numericOrder). */
  formatOrders?: Record<number, DateOrder>;
  /** The columns stand side by side in the file, as a spreadsheet shows them (delimited and
   *  SpreadsheetML, not XML records): a column can be named by its place (`column 7 (G)`). */
  sideBySide?: true;
  /** Non-blank lines before the header (report titles, print dates), cells joined by a space. */
  titleLines: string[];
  /**
   * The same lines' cells, trimmed, blanks left out (delimited and SpreadsheetML): a label and its
   * value may be two cells (`Provider:`, `Lee, Anna MD`), and an unquoted `Provider: Lee, Anna MD`
   * is two cells too, which the joined line cannot tell from `Provider: Lee Anna MD`.
   */
  titleCells?: string[][];
  /**
   * Delimited only: lines after the header that are report furniture, not rows (totals, page
   * markers, print stamps, rules, the header or title repeated after a page break). Filled while
   * the rows are read, so complete once they all have been; never row errors nor skipped rows.
   */
  furnitureLines: number[];
  /** Delimited only: the header printed again after the last row, with nothing under it (the
   *  next page's header and no page): the line. A report cut after the header of a page. */
  endsOnHeaderCopy?: number;
  /**
   * Delimited only: group headings met between the rows, at most five: a line of text alone
   * (`Cancelled Appointments`, `*** Dr Lee ***`) followed by rows. A grouped report writes there
   * what the rows under it do not repeat (their status, provider, day or place).
   */
  headingLines?: HeadingLine[];
  /** Delimited only: a heading with rows under it was met once `headingLines` held five that have
   *  rows: whether its rows went as appointments is not kept, so the file is held as grouped. */
  headingsCut?: true;
  /** Delimited only: the total lines, and the lines of text with a number after the last row
   *  (`Total Cancelled: 2`, `Appointments: 42 (3 cancelled)`), at most ten: what the report counted. */
  countLines?: Array<{ line: number; text: string }>;
  /** Delimited and SpreadsheetML: the code legend printed between or after the rows (`A =
   *  Arrived`, status-legend.ts), at most 60 entries. */
  legend?: LegendEntry[];
  /** Lines besides the title that may say when the report was made (stated-print-time.ts): print
   *  stamps in page footers between or after the rows, and an XML export's title values with their
   *  names (`generated: 2027-03-01T17:42:10`). */
  stampLines?: string[];
  /** Delimited only: group lines whose values the rows take as columns after the file's own
   *  (`Provider: Lee, Anna DDS` above that provider's rows: group-columns.ts). */
  groupColumns?: CarriedGroup[];
  /** The highest page a `Page N of M` marker numbered, and M (report-furniture.ts PageCount):
   *  a file that ends before its last page is cut short. */
  pages?: { seen: number; of: number };
  /** Letters that read as well in Mac Roman (lone-CR line ends) or a DOS code page as in
   *  Windows-1252: read as Windows-1252, and the file held (words shown both ways). */
  encodingUnsure?: EncodingDoubt;
  /** XML only: the repeated record element, as a path from the root (e.g. `Schedule/Appt`). */
  recordPath?: string;
  /** HL7 only: the preset the standard's fields are read with (read/siu-rows.ts), whatever mapping
   *  the folder has saved for its other exports. */
  preset?: string;
  /** XML only: the root element's name (`CancelledAppointments` says what every record is). */
  rootName?: string;
}

/** One code of a legend printed with the table (`A = Arrived`): its line, 0 for a title line. */
export interface LegendEntry {
  code: string;
  meaning: string;
  line: number;
  /** The words before the pairs (`Status` of `Status: K=Kept`, `Eligibility` of `Eligibility:
   *  A=Active`): whose codes the line explains. */
  label?: string;
}

/** A line between the rows that says something of them: a group heading or a row note. */
export interface HeadingLine {
  line: number;
  text: string;
  /** A group heading whose rows name it (TableRow.under: the delimited reader's). */
  groups?: true;
  /** Set by the mapper once a row under the heading went as an appointment: a heading over no
   *  appointment (a `Waitlist` typed under the schedule, its rows without a date) changes nothing
   *  that is sent. */
  grouped?: true;
}

/** A cell drawn unlike its column: its column's name, its text, and how it is drawn
 *  (`filled red (#FF0000) in Excel`). */
export interface DrawnCell {
  column: string;
  value: string;
  how: string;
}

export interface TableRow {
  /** 1-based physical line where the row starts (quoted line breaks counted). */
  line: number;
  /** Cells in header order, untrimmed. Index by column position for speed. */
  values: string[];
  /** Cells keyed by header (missing cells are ''). Built on first access. */
  record: Record<string, string>;
  /**
   * Set when the row does not fit the header (more or fewer cells). The row is still yielded so
   * the good rows around it go on; the mapper reports it.
   */
  problem?: string;
  /** What to do about `problem`, when it is not a stray delimiter or quote. */
  problemHint?: string;
  /** Where in the row `problem` is, when the reader knows (an HL7 segment-field, `SCH-11.4`),
   *  and the value found there. */
  problemAt?: { column: string; value: string };
  /** Set by a reader for a record that is no appointment and says why (an HL7 message of another
   *  kind, one a later message of the same appointment replaces): a counted skip, never mapped. */
  skip?: string;
  /** A cell the file draws unlike its column (a fill or background colour, a conditional format:
   *  row-colours.ts), with how: a row error if the row's own text says booked (map-row.ts). */
  drawn?: DrawnCell;
  /** Delimited only: the group heading above the row, if one was met (report-furniture.ts). */
  under?: HeadingLine;
  /** Cells rewritten before the mapper reads them (a date typed without its year, given the year
   *  the title states: yearless-dates.ts), by column, as typed in the file: its row errors show
   *  these, never the rewritten text. Set on such rows only. */
  typed?: Map<number, string>;
  /** Printed reports (read/printed-lines.ts): the columns whose value fills its printed width
   *  from edge to edge, which the report may have cut. */
  cut?: readonly number[];
  /** Where the row came from when its line alone does not say (an HL7 message's number and
   *  control id): its row errors begin with it. */
  origin?: string;
}

/** The sheets a workbook's appointment list may be on, and the sheet a mapping named that the
 *  workbook does not have (a renamed sheet). */
export interface SheetChoice {
  sheets: Array<{ name: string; rows: number }>;
  missing?: string;
}
