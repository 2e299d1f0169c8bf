// Crystal Reports' "XML" export (the default schema, `urn:crystal-reports:schemas:report-detail`,
// and the legacy one: crystal-bands.ts): a printed report written as XML, not a table. Each `<Details>` is one row; its `<Field>`s are the
// cells, each named by the database field it prints (`FieldName="{Appointments.ApptDate}"`, a
// formula `{@Start}`) and holding both what the report shows (`<FormattedValue>3/4/2027`) and the
// value itself (`<Value>2027-03-04`). Read as generic XML, the most repeated element was the
// `<Field>`, every cell a record of four columns, and the file was refused for having no date.
//
// A date or time is read from `<Value>`, written in ISO order whatever the report's locale (the
// shown `04/03/2027` of a UK report is not asked about, and a date shown without its time keeps
// it); a whole number from `<Value>` too when the shown text is the same number with separators
// (`10,231` is chart 10231); anything else as shown. The report and page headers are title lines
// (a title that says `Cancelled Appointments` is read as in any report); group footers and the
// report footer are totals, never rows. A group header is a group heading, and holds the file
// (see "Never a guess"), unless it only names the group's field printed on each row too: Crystal
// may group by a week or by named groups of its own, so a group's name is never given to its rows.
import type { XmlElement } from 'libxml2-wasm';
import { crystalBands, type CrystalBand, type CrystalObject } from './crystal-bands.ts';
import { cleanHeaders } from './detect-layout.ts';
import { fileError } from './export-file-error.ts';
import { rowsOfRecords } from './table-row.ts';
import { tableRowsOf, type TableRows } from './table-rows.ts';
import type { TableInfo, TextEncoding } from './table-types.ts';

export { isCrystalReportXml } from './crystal-bands.ts';

const MAX_HEADINGS = 5;

/** `{Appointments.ApptDate}` → table `Appointments`, column `ApptDate`; `{@Start}` → `Start`. */
function fieldOf(field: CrystalObject): { table?: string; column: string; ref?: string } {
  const m = /^\{([@?%]?)(?:([^.{}]+)\.)?([^.{}]+)\}$/.exec(field.fieldName);
  if (m) return { table: m[2], column: m[3]!.trim(), ref: field.fieldName };
  return { column: field.name || field.fieldName || 'Field' };
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$|^\d{2}:\d{2}(?::\d{2})?$/;
const WHOLE_NUMBER = /^-?(\d+)(?:\.(0+))?$/;

/** The cell of a field: see the file's comment for which of its two values. */
export function crystalCellText(formatted: string | undefined, value: string | undefined): string {
  const shown = formatted ?? '';
  if (value === undefined) return shown;
  if (ISO_DATE_TIME.test(value)) return value;
  const whole = WHOLE_NUMBER.exec(value);
  if (whole) {
    // Only digits and group or decimal separators: `A-10231` or `$40` is shown otherwise.
    const digits = /^-?[\d,.'\s\u00a0\u202f]+$/.test(shown) ? shown.replace(/\D/g, '') : '';
    if (digits === whole[1] || digits === whole[1]! + (whole[2] ?? ''))
      return value.startsWith('-') ? `-${whole[1]}` : whole[1]!;
  }
  return formatted === undefined ? value : shown;
}

/** What a band prints, as one line: its fields' shown values and its text objects. */
function bandText(band: CrystalBand): string {
  return band.objects
    .map((o) => o.shown ?? '')
    .filter(Boolean)
    .join(' ');
}

const fields = (band: CrystalBand): CrystalObject[] => band.objects.filter((o) => o.field);

export function openCrystalReportXml(
  root: XmlElement,
  base: string,
  encoding: TextEncoding,
): { info: TableInfo; rows: TableRows } {
  const { details, groupHeaders, titles: titleLines } = crystalBands(root);
  if (details.length === 0) {
    throw fileError(
      base,
      root.line,
      'this Crystal Reports XML export has no detail rows (a summary report prints only its groups and totals)',
      'Export a report that prints one detail line per appointment, or export it as CSV (Crystal: "Separated Values (CSV)").',
    );
  }
  // A column named in two tables (`{Patients.Name}`, `{Providers.Name}`) keeps its table's name.
  const tablesOf = new Map<string, Set<string>>();
  for (const d of details) {
    for (const f of fields(d)) {
      const { table, column } = fieldOf(f);
      const key = column.toLowerCase();
      if (!tablesOf.has(key)) tablesOf.set(key, new Set());
      tablesOf.get(key)!.add(table ?? '');
    }
  }
  const nameOf = (f: CrystalObject): string => {
    const { table, column } = fieldOf(f);
    return table && tablesOf.get(column.toLowerCase())!.size > 1 ? `${table}.${column}` : column;
  };
  const names: string[] = [];
  const cells = details.map((d) => {
    const m = new Map<string, string>();
    for (const f of fields(d)) {
      let key = nameOf(f);
      for (let i = 2; m.has(key); i++) key = `${nameOf(f)} (${i})`;
      if (!names.includes(key)) names.push(key);
      m.set(key, crystalCellText(f.shown, f.value));
    }
    return { line: d.line, m };
  });
  const headers = cleanHeaders(names);
  const rows = rowsOfRecords(cells, names, headers);
  // A group header that only prints the group's name of a field every row prints too
  // (`GroupName ({Appointments.ProviderName})` over rows with `{Appointments.ProviderName}`) says
  // nothing the rows leave out.
  const printed = new Set<string>();
  for (const d of details) for (const f of fields(d)) printed.add(fieldOf(f).ref ?? '');
  const headingLines: Array<{ line: number; text: string }> = [];
  for (const g of groupHeaders) {
    if (headingLines.length >= MAX_HEADINGS) break;
    const says = fields(g).filter((o) => {
      if (!o.shown) return false;
      const ref = /^GroupName\s*\((\{[^}]+\})/.exec(o.fieldName)?.[1];
      return !ref || !printed.has(ref);
    });
    if (says.length > 0) headingLines.push({ line: g.line, text: bandText(g) });
  }
  const info: TableInfo = {
    file: base,
    format: 'xml',
    encoding,
    headerLine: rows[0]!.line,
    headers,
    titleLines,
    furnitureLines: [],
    rootName: root.name,
  };
  if (headingLines.length) info.headingLines = headingLines;
  return { info, rows: tableRowsOf(rows) };
}
