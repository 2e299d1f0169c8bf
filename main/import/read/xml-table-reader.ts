// Reads an XML export that is not AppointmentData as a table: the repeated record element becomes
// a row, each child element and attribute a column named by its local name (with its prefix when
// the records hold that name from two namespaces, `pt:Name` and `dr:Name`; nested ones by path,
// `Patient/FirstName`; attributes of an element that also holds text as `Status@code`; a leaf
// written twice as `Provider` and `Provider (2)`, an element with values of its own written twice
// as `Phone/Number` and `Phone (2)/Number`; a value named by an attribute, mysql's `<field
// name="X">` or PowerShell's `<S N="X">`, as `X`: xml-named-fields.ts). XML is
// parsed whole through the safe parser, so a size cap applies; scheduling XML exports are small
// next to the delimited ones that must stream.
import fs from 'node:fs/promises';
import path from 'node:path';
import { XmlElement } from 'libxml2-wasm';
import { parseXmlSafely, XmlSecurityError, XmlSyntaxError } from '../../xml/safe-xml.ts';
import type { EncodingGuess } from './decode.ts';
import { decodeText } from './sniff.ts';
import { withAsciiDigits } from './other-digits.ts';
import { cleanHeaders } from './detect-layout.ts';
import { fileError } from './export-file-error.ts';
import { openSpreadsheetMl, isSpreadsheetMl } from './spreadsheet-ml.ts';
import { isCrystalReportXml, openCrystalReportXml } from './crystal-reports-xml.ts';
import { isFileMakerResult, openFileMakerResult } from './filemaker-xml.ts';
import { openFhirAppointments } from './fhir-appointments.ts';
import { GroupCells } from './xml-group-cells.ts';
import { joinedRecord } from './xml-joined-records.ts';
import { nestedAppointments, nestedInPatients } from './xml-nested-records.ts';
import { MESSAGE_FORMAT_HINT } from './message-formats.ts';
import { xmlMessageOf } from './xml-messages.ts';
import { hl7XmlMessages } from './hl7-xml.ts';
import { siuTable } from './siu-table.ts';
import { DIFFGRAM_NAMESPACE, valueAttributes } from './xml-markup.ts';
import { namedFields } from './xml-named-fields.ts';
import { isClixmlBookkeeping, isClixmlPropertySet } from './clixml.ts';
import { rowsOfRecords } from './table-row.ts';
import { tableRowsOf, type TableRows } from './table-rows.ts';
import type { TableInfo } from './table-types.ts';
import { soapFault } from './soap-fault.ts';

export const MAX_XML_BYTES = 100 * 1024 * 1024;

/**
 * Namespaces of a schema written inline before the data: a .NET DataSet's `<xs:schema>`
 * (WriteXml with XmlWriteMode.WriteSchema) and ADO's persisted recordset `<s:Schema>`. Their
 * `xs:element` or `s:AttributeType` per column outnumber the records of a short export, and are
 * never records.
 */
const SCHEMA_NAMESPACES = new Set([
  'http://www.w3.org/2001/XMLSchema',
  'uuid:BDC6E3F0-6DA3-11d1-A2A3-00AA00C14882',
  'urn:schemas-microsoft-com:xml-data',
]);

/**
 * A diffgram's `<diffgr:before>` holds the OLD values of the rows changed since the DataSet was
 * loaded, and the deleted rows; `<diffgr:errors>` the rows' errors. The data is the rows before
 * them: read as records, a moved appointment went at its old time and a deleted one as booked.
 */
function isDiffgramSection(el: XmlElement): boolean {
  return el.namespaceUri === DIFFGRAM_NAMESPACE && (el.name === 'before' || el.name === 'errors');
}

const ROWSET_NAMESPACE = 'urn:schemas-microsoft-com:rowset';

/**
 * ADO's persisted recordset saved in batch mode before its changes went to the database: under
 * `<rs:data>`, `<rs:insert>` holds added rows, `<rs:delete>` deleted ones, and `<rs:update>` a
 * row's `<rs:original>` values then only the columns changed. Read as grouped records, the changed
 * and added rows were lost behind a 'grouped rows' question; which rows stand is refused, never
 * guessed. The first such element, or undefined.
 */
function pendingRowsetChange(root: XmlElement): XmlElement | undefined {
  for (const data of elementChildren(root)) {
    if (data.namespaceUri !== ROWSET_NAMESPACE || data.name !== 'data') continue;
    for (const c of elementChildren(data)) {
      if (c.namespaceUri === ROWSET_NAMESPACE && ['insert', 'update', 'delete'].includes(c.name)) return c;
    }
  }
  return undefined;
}

function* elementChildren(el: XmlElement): Generator<XmlElement> {
  for (let c = el.firstChild; c; c = c.next) {
    if (
      c instanceof XmlElement &&
      !SCHEMA_NAMESPACES.has(c.namespaceUri) &&
      !isDiffgramSection(c) &&
      !isClixmlBookkeeping(c)
    )
      yield c;
  }
}

/**
 * A record holds values: child elements, or attributes with no text (ADO's `<z:row X="v"/>`). An
 * element with text is one value, however often it repeats: a record's two `<Provider>` leaves, or
 * `mysql --xml`'s `<field name="X">v</field>` (27 of them outnumber the 3 `<row>`s around them).
 */
function canBeRecord(el: XmlElement): boolean {
  if (hasElementChild(el)) return true;
  if (valueAttributes(el).length === 0 || el.content.trim() !== '') return false;
  // An empty value named by an attribute (PowerShell's `<Nil N="CancelDate" />`) is a cell.
  return namedField(el) === undefined;
}

/** Every element path under the root with how often it occurs; the most repeated is the record. */
function findRecordPath(root: XmlElement): string | undefined {
  const counts = new Map<string, number>();
  const walk = (el: XmlElement, prefix: string): void => {
    for (const c of elementChildren(el)) {
      const p = prefix ? `${prefix}/${c.name}` : c.name;
      if (canBeRecord(c)) counts.set(p, (counts.get(p) ?? 0) + 1);
      walk(c, p);
    }
  };
  walk(root, '');
  let best: string | undefined;
  let bestCount = 0;
  for (const [p, k] of counts) {
    const deeper = best !== undefined && p.split('/').length > best.split('/').length;
    if (k > bestCount || (k === bestCount && !deeper)) [best, bestCount] = [p, k];
  }
  return best === undefined ? undefined : (patientAround(root, best) ?? best);
}

/** The path of the patients' rows around the records at `path` (xml-nested-records.ts
 *  nestedInPatients), or undefined. */
function patientAround(root: XmlElement, path: string): string | undefined {
  const slash = path.lastIndexOf('/');
  if (slash < 0) return undefined;
  const parentPath = path.slice(0, slash);
  const name = path.slice(slash + 1);
  const parents = recordsAt(root, parentPath);
  if (parents.length === 0) return undefined;
  const names = (el: XmlElement, skip?: string): string[] => [
    ...valueAttributes(el).map((a) => a.name),
    ...[...elementChildren(el)].filter((c) => c.name !== skip && !canBeRecord(c)).map((c) => c.name),
  ];
  const own = new Set<string>();
  const inner = new Set<string>();
  for (const p of parents) {
    for (const n of names(p, name)) own.add(decodeXmlName(n));
    for (const c of elementChildren(p))
      if (c.name === name) for (const n of names(c)) inner.add(decodeXmlName(n));
  }
  return nestedInPatients([...own], [...inner], name) ? parentPath : undefined;
}

/**
 * What grouping around the records says that the records do not, as headings (the file is held as
 * grouped rows, never read with the group's meaning lost): records of the same shape in another
 * group (`<Scheduled>` and `<Cancelled>`, a DataSet's `CancelledAppointments` table beside
 * `Appointments`), and repeated groups carrying attributes (`<Provider name="Dr. Alan Lee">`).
 * One wrapper around all records is no group: what it says holds for every record, as the root's.
 */
function groupHeadings(
  root: XmlElement,
  chosen: string,
  first: XmlElement,
  groups: GroupCells,
): Array<{ line: number; text: string }> {
  const childNames = (el: XmlElement): Set<string> => new Set([...elementChildren(el)].map((c) => c.name));
  const shape = childNames(first);
  const headings: Array<{ line: number; text: string }> = [];
  const seen = new Map<string, number>();
  const walk = (el: XmlElement, prefix: string): void => {
    for (const c of elementChildren(el)) {
      const p = prefix ? `${prefix}/${c.name}` : c.name;
      if (p === chosen) continue;
      const n = (seen.get(p) ?? 0) + 1;
      seen.set(p, n);
      if (chosen.startsWith(`${p}/`)) {
        const attrs = valueAttributes(c)
          .map((a) => `${a.name}="${a.value}"`)
          .join(' ');
        // A group whose attribute its records were given as a column (`<Provider
        // ProviderName="…">`) has its meaning on every record.
        if (n === 2 && attrs && !groups.gives(c))
          headings.push({ line: c.line, text: `<${c.name} ${attrs}>` });
        // Values of the group's own (`<StatusGroup><StatusName>Cancelled</StatusName>`, a .NET
        // nested DataRelation's `<Provider><ProviderName>…`): what its records leave out.
        const own = groupValues(c, chosen.slice(p.length + 1));
        if (own && headings.length < 5) headings.push({ line: c.line, text: `<${c.name}> ${own}` });
      } else {
        const kids = childNames(c);
        const common = [...kids].filter((k) => shape.has(k)).length;
        if (kids.size >= 2 && common * 2 >= shape.size && headings.length < 5)
          headings.push({ line: c.line, text: `<${p}>` });
        if (kids.size >= 2 && common * 2 >= shape.size) continue;
      }
      walk(c, p);
    }
  };
  walk(root, '');
  return headings;
}

/** The text of a group element's own leaves (not on the way to its records), or undefined. */
function groupValues(group: XmlElement, below: string): string | undefined {
  const next = below.split('/')[0]!;
  const values: string[] = [];
  for (const k of elementChildren(group)) {
    if (k.name === next || hasElementChild(k)) continue;
    const text = k.content.trim();
    if (text) values.push(`${k.name}=${text}`);
  }
  return values.length ? values.slice(0, 2).join(' ') : undefined;
}

function recordsAt(root: XmlElement, recordPath: string): XmlElement[] {
  let parts = recordPath.split('/').filter(Boolean);
  if (parts.length > 1 && parts[0]!.toLowerCase() === root.name.toLowerCase()) parts = parts.slice(1);
  let level = [root];
  for (const part of parts) {
    const next: XmlElement[] = [];
    for (const el of level) {
      for (const c of elementChildren(el)) if (c.name.toLowerCase() === part.toLowerCase()) next.push(c);
    }
    level = next;
  }
  return level;
}

/** What the records' elements need to be read as columns: see textWithAttributes, sharedLocalNames. */
interface RecordShape {
  withText: Set<string>;
  qualified: Set<string>;
}

function shapeOf(records: XmlElement[]): RecordShape {
  return { withText: textWithAttributes(records), qualified: sharedLocalNames(records) };
}

/**
 * Paths (`Patient/Name`, keyed by local names) where elements of one local name come from two
 * namespaces: `<pt:Name>` beside `<dr:Name>` in one record, the patient's and the provider's.
 * Read by their local name alone, the first written became `Name` and the other `Name (2)`, so a
 * record that wrote the provider first gave the patient's column the provider's name; such
 * elements keep their prefix (`pt:Name`, `dr:Name`), each column one namespace's.
 */
function sharedLocalNames(records: XmlElement[]): Set<string> {
  const spaces = new Map<string, Set<string>>();
  const walk = (el: XmlElement, path: string): void => {
    for (const c of elementChildren(el)) {
      const key = path + c.name;
      let seen = spaces.get(key);
      if (!seen) spaces.set(key, (seen = new Set()));
      seen.add(c.namespaceUri);
      if (hasElementChild(c)) walk(c, `${key}/`);
    }
  };
  for (const r of records) walk(r, '');
  return new Set([...spaces].filter(([, uris]) => uris.size > 1).map(([key]) => key));
}

/** An element's column name: its local name, with its prefix where sharedLocalNames says so. */
function columnName(c: XmlElement, path: string, shape: RecordShape): string {
  return shape.qualified.has(path + c.name) && c.prefix ? `${c.prefix}:${c.name}` : c.name;
}

/**
 * Paths of elements that carry attributes and text (`<Status code="5">Cancelled</Status>`) in
 * any record: their text is the column's value and their attributes become `Status@code`.
 */
function textWithAttributes(records: XmlElement[]): Set<string> {
  const found = new Set<string>();
  const walk = (el: XmlElement, prefix: string): void => {
    for (const c of elementChildren(el)) {
      const name = prefix + c.name;
      if (hasElementChild(c)) walk(c, `${name}/`);
      else if (valueAttributes(c).length > 0 && c.content.trim() !== '') found.add(name);
    }
  };
  for (const r of records) walk(r, '');
  return found;
}

/**
 * Cells of one record: attributes and leaf elements, nested ones as `Parent/Child`. Attributes of
 * the record and of elements with children keep their names (`id`, `Patient/id`), and so do those
 * of elements that never hold text (`<Provider id="12"/>` → `Provider/id`), as saved profiles
 * name them; an element with text and attributes gives `Status` and `Status@code`. `path` is
 * `prefix` without the sibling numbers (what `withText` is keyed by); `skip` an inner element
 * read as records of its own (xml-nested-records.ts).
 */
function flatten(
  el: XmlElement,
  prefix: string,
  path: string,
  out: Map<string, string>,
  shape: RecordShape,
  skip?: string,
): void {
  for (const a of valueAttributes(el)) if (!out.has(prefix + a.name)) out.set(prefix + a.name, a.value);
  let siblings: Map<string, number> | undefined;
  const kids = [...elementChildren(el)];
  const fieldNames = namedFields(kids, (k) => !hasElementChild(k));
  for (const [i, c] of kids.entries()) {
    if (c.name === skip) continue;
    const named = fieldNames[i];
    if (named !== undefined) {
      // A field named twice in one record (`mysql --xml` of `SELECT a.Time, b.Time`) is two
      // columns, `Time` and `Time (2)`, as two leaves of one name are: the second was dropped,
      // and an end written first was read as the start (62r1).
      let key = prefix + named;
      for (let n = 2; out.has(key); n++) key = `${prefix + named} (${n})`;
      out.set(key, c.content.trim());
      continue;
    }
    // PowerShell's `<MS>` / `<Props>` hold the object's own properties: no level of their own.
    if (isClixmlPropertySet(c)) {
      flatten(c, prefix, path, out, shape);
      continue;
    }
    const name = prefix + columnName(c, path, shape);
    // `xsi:nil` and its kin are no attributes of the data: `<IsCancelled xsi:nil="true"/>` is the
    // empty cell of the column `IsCancelled` that other records fill with text.
    const attrs = valueAttributes(c);
    if (hasElementChild(c) || (attrs.length > 0 && !shape.withText.has(path + c.name))) {
      // Each of two `<Phone …/>` keeps its own values (`Phone/Number`, `Phone (2)/Number`): merged,
      // the first one's won and the values it lacks (a NULL left out) came from the next.
      siblings ??= new Map();
      const n = (siblings.get(c.name) ?? 0) + 1;
      siblings.set(c.name, n);
      flatten(c, n === 1 ? `${name}/` : `${name} (${n})/`, `${path + c.name}/`, out, shape);
      continue;
    }
    let key = name;
    for (let i = 2; out.has(key); i++) key = `${name} (${i})`;
    out.set(key, c.content.trim());
    for (const a of attrs) if (!out.has(`${key}@${a.name}`)) out.set(`${key}@${a.name}`, a.value);
  }
}

/**
 * The rows of the records: one per record, or, when an element inside them is the appointment
 * (xml-nested-records.ts), one per such element with the cells of the record around it; a record
 * without one (a patient with no appointment) gives none.
 */
function recordRows(
  records: XmlElement[],
  shape: RecordShape,
  base: string,
): Array<{ line: number; m: Map<string, string>; el: XmlElement }> {
  const inner = innerAppointment(records, shape, base);
  return records.flatMap((el) => {
    const own = new Map<string, string>();
    flatten(el, '', '', own, shape, inner);
    if (inner === undefined) return [{ line: el.line, m: own, el }];
    const rows: Array<{ line: number; m: Map<string, string>; el: XmlElement }> = [];
    for (const c of elementChildren(el)) {
      if (c.name !== inner) continue;
      const m = new Map(own);
      flatten(c, `${inner}/`, `${inner}/`, m, shape);
      rows.push({ line: c.line, m, el });
    }
    return rows;
  });
}

/** The name of the elements inside the records that are the appointments, if any: elements that
 *  could be records, repeated in a record or missing from one (xml-nested-records.ts). */
function innerAppointment(records: XmlElement[], shape: RecordShape, base: string): string | undefined {
  const present = new Map<string, number>();
  const repeated = new Set<string>();
  for (const r of records) {
    const here = new Set<string>();
    for (const c of elementChildren(r)) {
      if (!canBeRecord(c) || namedField(c) !== undefined) continue;
      if (here.has(c.name)) repeated.add(c.name);
      else here.add(c.name);
    }
    for (const name of here) present.set(name, (present.get(name) ?? 0) + 1);
  }
  const candidates = [...present].filter(([name, n]) => repeated.has(name) || n < records.length);
  if (candidates.length === 0) return undefined;
  const columns = new Set<string>();
  for (const r of records) {
    const m = new Map<string, string>();
    flatten(r, '', '', m, shape);
    for (const k of m.keys()) columns.add(k);
  }
  // `Appt/StartTime` and `Appt (2)/StartTime` are the inner `<Appt>`'s; the rest the record's own.
  const own = new Set<string>();
  const inner = new Map<string, Set<string>>(candidates.map(([name]) => [name, new Set<string>()]));
  for (const k of columns) {
    const slash = k.indexOf('/');
    (inner.get(k.slice(0, slash).replace(/ \(\d+\)$/, '')) ?? own).add(k);
  }
  const found = nestedAppointments(own, inner);
  if (found.length > 1) {
    throw fileError(
      base,
      records[0]!.line,
      `each '<${records[0]!.name}>' holds more than one kind of element with a date or time (${found.map((n) => `<${n}>`).join(', ')}): which one is the appointment is not guessed`,
      'Export one row per appointment (a flat query, or CSV), or set the record path in the import profile.',
    );
  }
  return found[0];
}

/** XML names cannot hold a space or most punctuation: Access, SQL Server and .NET write such a
 *  character as `_xHHHH_` (`Appt_x0020_Date` is the column `Appt Date`). The header is the name. */
const ESCAPED_CHARACTER = /_x([0-9A-Fa-f]{4}|[0-9A-Fa-f]{8})_/g;
function decodeXmlName(name: string): string {
  return name.replace(ESCAPED_CHARACTER, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
}

/** The field a leaf's attribute names (`mysql --xml`'s `<field name="Clinic" xsi:nil="true"/>`,
 *  PowerShell's `<Nil N="CancelDate" />`) among its siblings (xml-named-fields.ts), or undefined. */
function namedField(el: XmlElement): string | undefined {
  if (hasElementChild(el)) return undefined;
  const parent = el.parent;
  if (!parent) return undefined;
  const kids = [...elementChildren(parent)];
  const i = kids.findIndex((k) => k.isSameNode(el));
  return i < 0 ? undefined : namedFields(kids, (k) => !hasElementChild(k))[i];
}

function hasElementChild(el: XmlElement): boolean {
  return !elementChildren(el).next().done;
}

export async function openXmlTable(
  file: string,
  guess: EncodingGuess,
  recordPath?: string,
  sheet?: string,
): Promise<{ info: TableInfo; rows: TableRows }> {
  const base = path.basename(file);
  const { size } = await fs.stat(file);
  if (size > MAX_XML_BYTES) {
    throw fileError(
      base,
      0,
      `this XML export is ${Math.round(size / 1024 / 1024)} MB; XML files over ${MAX_XML_BYTES / 1024 / 1024} MB are not read`,
      'Export the schedule as CSV instead (large CSV files are read in a stream), or export a shorter date range.',
    );
  }
  const bytes = (await fs.readFile(file)).subarray(guess.bomLength);
  // Other scripts' digits (`٠١/٠٣/٢٠٢٧`) as ASCII digits: one test over the text (other-digits.ts).
  const text = withAsciiDigits(decodeText(bytes, guess.encoding));
  let doc;
  try {
    doc = parseXmlSafely(text, base);
  } catch (e) {
    if (e instanceof XmlSecurityError) throw fileError(base, e.line, e.reason, e.hint);
    if (e instanceof XmlSyntaxError) {
      throw fileError(base, e.line, `the XML is not well-formed: ${e.libxmlMessage}`, XmlSyntaxError.hint);
    }
    throw e;
  }
  try {
    const root = doc.root;
    if (isSpreadsheetMl(root)) return openSpreadsheetMl(root, base, guess.encoding, sheet);
    if (isCrystalReportXml(root)) return openCrystalReportXml(root, base, guess.encoding);
    if (isFileMakerResult(root)) return openFileMakerResult(root, base, guess.encoding);
    const fhir = openFhirAppointments(root, base, guess.encoding);
    if (fhir && 'rows' in fhir) return fhir;
    const standard = xmlMessageOf(root);
    // HL7 v2 in XML: its SIU messages read as the text's are (one mapping, siu-rows.ts).
    if (standard?.hl7)
      return siuTable(hl7XmlMessages(root), base, guess.encoding, 'an HL7 v2 message in XML');
    if (standard)
      throw fileError(
        base,
        root.line,
        `this is ${standard.what}, not a table of appointments${fhir ? `: ${fhir.refused}` : ''}`,
        MESSAGE_FORMAT_HINT,
      );
    const pending = pendingRowsetChange(root);
    if (pending) {
      throw fileError(
        base,
        pending.line,
        `this ADO recordset was saved with changes not yet written to its database (<rs:${pending.name}>): which rows stand is not guessed`,
        'Save the recordset again after its changes are written (UpdateBatch), or export the schedule as CSV.',
      );
    }
    const fault = soapFault(root);
    if (fault) {
      throw fileError(
        base,
        fault.line,
        `this is a web service's answer reporting an error (SOAP Fault${fault.words ? `: ${fault.words}` : ''}): the appointments in it may be only part of the list`,
        'Run the export again once the service answers without an error, or export the schedule from the practice software as CSV.',
      );
    }
    const chosen = recordPath ?? findRecordPath(root);
    const records = chosen ? recordsAt(root, chosen) : [];
    if (!chosen || records.length === 0) {
      throw fileError(
        base,
        0,
        recordPath
          ? `no '${recordPath}' elements in this XML file`
          : 'this XML file has no repeated elements that could be appointment records',
        'Check that this is the scheduling export; if the records are under another element, set its path in the import profile.',
      );
    }
    const cells = recordRows(records, shapeOf(records), base);
    const joined = joinedRecord({
      root,
      chosen,
      cells: cells.map(({ m }) => m),
      children: elementChildren,
      hasElementChild,
      canBeRecord,
      columnName: decodeXmlName,
    });
    if (joined) {
      throw fileError(
        base,
        joined.line,
        joined.start
          ? `this XML holds two kinds of record joined by ${joined.column} (${joined.value}), <${records[0]!.name}> and <${joined.element}>, and <${joined.element}> says a start of its own (${joined.start}): which one is the appointment is not guessed`
          : `this XML holds a second kind of record, <${joined.element}>, that names the <${records[0]!.name}> records by ${joined.column} (${joined.value}): what it says about them (a cancellation, a move) is not read, and is not guessed`,
        'Export one table or query with a row per appointment that carries its status (a query joining the tables, as CSV or XML).',
      );
    }
    const groups = new GroupCells(cells.map(({ m }) => m));
    for (const { el, m } of cells) groups.addTo(el, m);
    const names: string[] = [];
    const known = new Set<string>();
    for (const { m } of cells) {
      for (const k of m.keys()) {
        if (known.has(k)) continue;
        known.add(k);
        names.push(k);
      }
    }
    if (names.length === 0) {
      throw fileError(
        base,
        records[0]!.line,
        `the repeated '${chosen}' elements hold no values (no child elements or attributes)`,
        'Check that this is the scheduling export; if the records are under another element, set its path in the import profile.',
      );
    }
    const headers = cleanHeaders(names.map(decodeXmlName));
    const rows = rowsOfRecords(cells, names, headers);
    const title = groups.titleValues(records[0]!);
    const info: TableInfo = {
      file: base,
      format: 'xml',
      encoding: guess.encoding,
      headerLine: rows[0]!.line,
      headers,
      titleLines: title.lines,
      ...(title.named.length ? { stampLines: title.named } : {}),
      furnitureLines: [],
      recordPath: chosen,
      rootName: root.name,
    };
    // Only for a path found here: a path the profile names was chosen by a person.
    const headings = recordPath ? [] : groupHeadings(root, chosen, records[0]!, groups);
    if (headings.length) info.headingLines = headings;
    return { info, rows: tableRowsOf(rows) };
  } finally {
    doc.dispose();
  }
}
