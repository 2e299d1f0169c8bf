// The corpus with its values written another way: the same appointments as another system, or
// the same system under another regional setting or report option, writes them. Dates, clock
// times, names, status words and ids are rewritten in the columns the expectations identify
// (value-columns.ts); every other cell stays as written. Each variation says whether the file
// must still be sent ("must send") or may now be held, by one rule per style, never per layout:
//
// - A numeric date (`03/01/2027`) is must-send only when a rewritten date proves its order (a day
//   above 12); otherwise day and month could be either, and holding is right. A two-digit year
//   may hold (a birth date's century is a guess). ISO, month-name and YYYYMMDD dates must send.
// - A 24-hour time without a colon or AM/PM (`09:00` from `9:00 AM`, `0900`) is must-send only when
//   an hour above 12 proves the clock; 12-hour times with AM/PM, seconds and the Nordic dot must send.
// - Dates and times in the practice's own language (value-languages.ts: ICU's long, medium and
//   full dates, its 12-hour time with the language's AM/PM, `p. m.` after ICU 72+'s U+202F,
//   Austrian `vorm.`/`nachm.`, `오후 9:00`, `下午 09:00`, `2027年3月15日(月)`) must send, with the
//   numeric-date rule for a medium date that is numbers only (pt-PT `15/03/2027`) and a hold
//   allowed for a Polish month name that is another month in Croatian (`listopad`, `lip`). Only
//   UTF-8 and UTF-16 files take letters outside ASCII: a code page kept as bytes is not known.
// - Status words are swapped only for another real system's word of the same meaning; names only
//   where the parts are single words (so the split is not in question); ids keep their value.
//
// Who writes each style (the corpus's own layouts, whose sources are in their expected.json):
// ISO (01 OpenEMR, 17 Jane; a date as SQL Server writes a datetime, `2027-03-08T00:00:00`, 122),
// MM/DD/YYYY and M/D/YYYY (05 Dentrix, 64 Crystal, US Windows short date), DD/MM/YYYY (09
// Cliniko, 12 Best Practice), two-digit years (37 Practice Fusion, 11 Zanda), DD-Mon-YYYY (15
// EMIS, 57 Oracle CCL), 'Mon d, yyyy' and 'Monday, March 1, 2027' (39 WebPT, Windows long date),
// YYYYMMDD (49 Medical Manager), 9:00 AM (26, 64), 8:00a (06 Eaglesoft), 0900 (55 Intergy), 08.30
// (60 Sweden, 61 Denmark, 63 Switzerland), `07:45:00.0000000` (SQL Server's time(7), 122),
// `12345.0` (pandas writing an integer column that has a gap as float, 93), ids zero-padded
// (Medical Manager and Epic MRNs are fixed-width).
//
// XML exports and web pages (value-markup.ts) get the same rewrites in their element text, CDATA,
// attribute values and `<td>` text, escaped for the format and kept in the file's encoding (a
// Windows-1252 file takes `&#233;`). A value whose form the format fixes is not rewritten, as that
// would make an invalid file of the format: SpreadsheetML's typed cells (`ss:Type="DateTime"`),
// Crystal's raw `<Value>`, FileMaker's DATE/TIME/NUMBER fields, a DataSet's inline-schema types
// (`xs:dateTime`), a schema-named file's XML Schema values (SSRS, Access), and FHIR's instants,
// codes and ids (its names sit in included Patient resources, joined by reference: not varied).
// The start in one cell or two is varied in delimited files only.
//
// One file per family: value-dates.ts (dates and clock times), value-start-cells.ts (the start in
// one cell or two), value-names.ts, value-statuses-ids.ts; value-rewrite.ts holds what they share.
import type { ExpectedLayout } from './expected.ts';
import { readDelimited } from './export-records.ts';
import { isZipBytes, readExportText } from './export-text.ts';
import { findValueColumns } from './value-columns.ts';
import { markupTable } from './value-markup.ts';
import { dateDrafts, timeDrafts } from './value-dates.ts';
import { nameDrafts } from './value-names.ts';
import { delimitedTable, type ValueDraft } from './value-rewrite.ts';
import { startCellDrafts } from './value-start-cells.ts';
import { idDrafts, statusDrafts } from './value-statuses-ids.ts';
import { asVariation, type Variation } from './variations.ts';

export interface ValueVariation extends Variation, Pick<ValueDraft, 'mayHold' | 'expect'> {
  /** The file still settles every value: holding it is a false hold. */
  mustSend: boolean;
}

/** Every value variation of one layout's export (a delimited table, XML or a web page). */
export function valueVariationsOf(
  layout: ExpectedLayout,
  original: Buffer,
  /** The layout's folder holds another file the export is joined with. */
  joined = false,
): ValueVariation[] {
  if (isZipBytes(original)) return [];
  const t = readExportText(original);
  if (t.mixedEol) return [];
  const markup = markupTable(t, layout);
  const table = markup ? undefined : readDelimited(t);
  const cells = markup ?? (table && delimitedTable(t, table, layout));
  if (!cells) return [];
  const cols = findValueColumns(cells);
  const drafts = [
    ...dateDrafts(cells, cols, layout),
    ...timeDrafts(cells, cols, layout.timeZone),
    ...(table ? startCellDrafts(t, table, cols) : []),
    ...nameDrafts(cells, cols),
    ...statusDrafts(cells, layout),
    ...idDrafts(cells, cols, joined),
  ];
  return drafts.map((d) => ({
    ...asVariation(d),
    mustSend: !d.mayHold,
    mayHold: d.mayHold,
    expect: d.expect,
  }));
}
