// FileMaker Pro's XML export in its FMPXMLRESULT grammar (File › Export Records › XML): the column
// names are only in `<METADATA>` (one `<FIELD NAME=… TYPE=…>` per column, in order), and each
// `<ROW>` holds bare `<COL><DATA>` values in that order. Read as generic XML the most repeated
// element was `<COL>`, every value a column `DATA`, and the file was refused. RECORDID and MODID
// are FileMaker's record number and edit count, never the appointment's: they are not columns.
//
// The file says how its dates and times are written (`DATEFORMAT="M/d/yyyy"`,
// `TIMEFORMAT="h:mm:ss a"`, whatever the computer's region): DATE, TIME and TIMESTAMP fields are
// read in that format and handed on in ISO order, so a UK practice's `3/4/2027` is 4 March, never
// the region's 3 April. A value that does not fit the stated format is a row error, never read
// another way. Grammar: https://fmhelp.filemaker.com/help/13/fmp/en/html/import_export.17.33.html
import { XmlElement } from 'libxml2-wasm';
import { attrValue, childElements } from './xml-elements.ts';
import { cleanHeaders } from './detect-layout.ts';
import { fileError } from './export-file-error.ts';
import { Row } from './table-row.ts';
import { tableRowsOf, type TableRows } from './table-rows.ts';
import type { TableInfo, TextEncoding } from './table-types.ts';

const EXPORT_AGAIN =
  'Export the records again from FileMaker (as XML or as comma-separated text) into this folder.';

export function isFileMakerResult(root: XmlElement): boolean {
  return root.name === 'FMPXMLRESULT';
}

/** One stated format (`M/d/yyyy`, `h:mm:ss a`) as a pattern, and where each part is in a match. */
interface Format {
  text: string;
  pattern: RegExp;
  parts: string[];
}

/** The tokens of FileMaker's DATEFORMAT and TIMEFORMAT (its DTD's table: yyyy, M, d, h 1-12,
 *  k 1-24, H 0-23, mm, ss, a), longest first. */
const TOKENS = /yyyy|yy|MM|M|dd|d|hh|h|HH|H|kk|k|mm|m|ss|s|a/g;
const TOKEN_PATTERN: Record<string, string> = {
  yyyy: '(\\d{4})',
  a: '([AaPp]\\.?[Mm]\\.?)',
};

function compileFormat(text: string): Format {
  const parts: string[] = [];
  let source = '';
  let last = 0;
  for (const m of text.matchAll(TOKENS)) {
    source += escape(text.slice(last, m.index));
    source += TOKEN_PATTERN[m[0]] ?? '(\\d{1,2})';
    parts.push(m[0][0]!);
    last = m.index + m[0].length;
  }
  source += escape(text.slice(last));
  return { text, pattern: new RegExp(`^\\s*${source}\\s*$`), parts };
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

const pad = (n: number): string => String(n).padStart(2, '0');

/** A DATE, TIME or TIMESTAMP value in the stated format, in ISO order; undefined if it does not fit. */
function isoOf(value: string, format: Format, type: string): string | undefined {
  const m = format.pattern.exec(value);
  if (!m) return undefined;
  const got: Record<string, string> = {};
  format.parts.forEach((p, i) => (got[p] = m[i + 1]!));
  let date = '';
  if (type !== 'TIME') {
    const [y, mo, d] = [Number(got.y), Number(got.M), Number(got.d)];
    if (!(mo >= 1 && mo <= 12 && d >= 1 && d <= 31)) return undefined;
    date = `${y}-${pad(mo)}-${pad(d)}`;
    if (type === 'DATE') return date;
  }
  let hour = Number(got.h ?? got.H ?? got.k);
  const minute = Number(got.m ?? 0);
  const second = got.s === undefined ? '' : `:${pad(Number(got.s))}`;
  if (got.h !== undefined && got.a !== undefined) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (/^[Pp]/.test(got.a) ? 12 : 0);
  } else if (got.h !== undefined) {
    return value.trim(); // 1-12 with no AM/PM stated: handed on as written, read as any time is
  }
  if (got.k !== undefined && hour === 24) hour = 0;
  if (!(hour >= 0 && hour <= 23 && minute <= 59)) return undefined;
  const time = `${pad(hour)}:${pad(minute)}${second}`;
  return type === 'TIME' ? time : `${date} ${time}`;
}

interface Field {
  name: string;
  type: string;
}

export function openFileMakerResult(
  root: XmlElement,
  base: string,
  encoding: TextEncoding,
): { info: TableInfo; rows: TableRows } {
  const error = childElements(root, 'ERRORCODE')[0]?.content.trim();
  if (error && error !== '0') {
    throw fileError(
      base,
      root.line,
      `FileMaker wrote this export with error code ${error}: it may be incomplete`,
      EXPORT_AGAIN,
    );
  }
  const database = childElements(root, 'DATABASE')[0];
  const fields: Field[] = childElements(childElements(root, 'METADATA')[0] ?? root, 'FIELD').map((f) => ({
    name: attrValue(f, 'NAME')?.trim() ?? '',
    type: (attrValue(f, 'TYPE') ?? 'TEXT').toUpperCase(),
  }));
  const rowsEl = childElements(root, 'RESULTSET').flatMap((r) => childElements(r, 'ROW'));
  if (fields.length === 0 || rowsEl.length === 0) {
    throw fileError(
      base,
      root.line,
      fields.length === 0
        ? 'this FileMaker XML export names no fields (no <METADATA>)'
        : 'this FileMaker XML export has no records',
      EXPORT_AGAIN,
    );
  }
  const stated = (name: 'DATEFORMAT' | 'TIMEFORMAT'): string | undefined =>
    attrValue(database, name)?.trim() || undefined;
  const dateText = stated('DATEFORMAT');
  const timeText = stated('TIMEFORMAT');
  const dated = fields.some((f) => f.type === 'DATE' || f.type === 'TIMESTAMP');
  const timed = fields.some((f) => f.type === 'TIME' || f.type === 'TIMESTAMP');
  if ((dated && !dateText) || (timed && !timeText) || (dated && !/yyyy/.test(dateText ?? 'yyyy'))) {
    throw fileError(
      base,
      database?.line ?? root.line,
      dated && dateText && !/yyyy/.test(dateText)
        ? `this FileMaker XML export writes dates with two-digit years (DATEFORMAT="${dateText}"): the century is not guessed`
        : 'this FileMaker XML export does not say how its dates and times are written (DATEFORMAT, TIMEFORMAT)',
      'Export again from FileMaker 7 or later (dates with four-digit years), or as comma-separated text.',
    );
  }
  // Per file, not per cell: the stated formats compiled once, each column's format chosen once.
  const formats = fields.map((f) => {
    if (f.type === 'DATE') return compileFormat(dateText!);
    if (f.type === 'TIME') return compileFormat(timeText!);
    if (f.type === 'TIMESTAMP') return compileFormat(`${dateText} ${timeText}`);
    return undefined;
  });
  // A repeating field (MAXREPEAT above 1) writes a DATA per repetition: each after the first is a
  // column of its own (`Phone (2)`), as a leaf written twice is in other XML.
  const repeats = fields.map(() => 1);
  const cols = rowsEl.map((row) => childElements(row, 'COL'));
  for (const rowCols of cols)
    rowCols.forEach((c, i) => {
      if (i < fields.length) repeats[i] = Math.max(repeats[i]!, childElements(c, 'DATA').length);
    });
  const names: string[] = [];
  fields.forEach((f, i) => {
    for (let k = 1; k <= repeats[i]!; k++) names.push(k === 1 ? f.name : `${f.name} (${k})`);
  });
  const headers = cleanHeaders(names);
  const out = rowsEl.map((row, r) => {
    const values: string[] = [];
    let problem: { column: string; value: string; format: string } | undefined;
    fields.forEach((f, i) => {
      const data = cols[r]![i] ? childElements(cols[r]![i]!, 'DATA') : [];
      for (let k = 0; k < repeats[i]!; k++) {
        const text = data[k]?.content.trim() ?? '';
        const format = formats[i];
        if (!format || text === '') {
          values.push(text);
          continue;
        }
        const iso = isoOf(text, format, f.type);
        if (iso === undefined)
          problem ??= { column: headers[values.length]!, value: text, format: format.text };
        values.push(iso ?? text);
      }
    });
    const line = new Row(row.line, values, headers);
    if (cols[r]!.length !== fields.length) {
      line.problem = `this record has ${cols[r]!.length} values but the export names ${fields.length} fields`;
      line.problemHint = EXPORT_AGAIN;
    } else if (problem) {
      line.problem = `'${problem.value}' in '${problem.column}' is not written as the file says its values are (${problem.format})`;
      line.problemHint = 'Correct the value in FileMaker and export again.';
      line.problemAt = { column: problem.column, value: problem.value };
    }
    return line;
  });
  const info: TableInfo = {
    file: base,
    format: 'xml',
    encoding,
    headerLine: out[0]!.line,
    headers,
    titleLines: [],
    furnitureLines: [],
    // One record per FileMaker record, never a printed report (no value printed once per group).
    recordPath: 'RESULTSET/ROW',
    rootName: root.name,
  };
  return { info, rows: tableRowsOf(out) };
}
