// A second kind of record beside the appointments that speaks of them by their id. Access's
// "Export XML" with related tables, and a .NET DataSet written with two tables, put each table's
// rows side by side under the root: `<tblAppointments>` rows and, after them, `<tblCancellations>`
// rows that name an appointment by its `ApptID`. The reader takes the most repeated element as the
// record and reads nothing else, so the cancelled appointment went as booked (and a table of
// moves would have left it at its old time). What such a table says about an appointment is not
// guessed: the file is refused, naming the table and the id they share.
//
// A shared column that names the appointment (`ApptID`, `AptNum`, a bare `ID`) with a value found
// on both sides counts; so does any other shared id (`PatientID`) when the other kind says a start
// of its own (`<tblAppointments>` with `ApptDateTime` beside more `<tblPatients>` rows with
// `NextApptDate`: the patients were taken as the records, and which is the appointment is not
// guessed). A lookup table of providers or patients with no start (`ProviderID`, `PatientID`)
// gives names for codes the records carry, and a table of other appointments (none of the ids
// meet) says nothing about these: both are left aside.
import type { XmlElement } from 'libxml2-wasm';
import { headerConcepts, headerScore } from '../map/header-meaning.ts';
import { valueAttributes } from './xml-markup.ts';

/** How surely the shared column must name the appointment: `ApptID` 1, `ID` 0.7, `CancelID` no. */
const NAMES_APPOINTMENT = 0.7;
/** How surely a column of the other kind must say when an appointment starts (`ApptDateTime`). */
const SAYS_START = 0.8;
const START_FIELDS = ['dateTime', 'date', 'time'] as const;

function saysStart(column: string): boolean {
  const concepts = headerConcepts(column);
  return START_FIELDS.some((f) => headerScore(f, concepts) >= SAYS_START);
}

export interface JoinedRecord {
  /** The other record's element, e.g. `tblCancellations`. */
  element: string;
  line: number;
  /** The column both give, as the records name it. */
  column: string;
  value: string;
  /** The other kind's column that says a start, when the shared id does not name the appointment. */
  start?: string;
}

export interface JoinedRecordsInput {
  root: XmlElement;
  /** The records' path under the root, as the reader found it (`tblAppointments`). */
  chosen: string;
  /** Each record's cells by column (the reader's flattened records). */
  cells: Array<Map<string, string>>;
  children: (el: XmlElement) => Iterable<XmlElement>;
  hasElementChild: (el: XmlElement) => boolean;
  canBeRecord: (el: XmlElement) => boolean;
  columnName: (raw: string) => string;
}

/** The values an element gives itself: its value attributes and the text of its leaf children. */
function ownValues(el: XmlElement, input: JoinedRecordsInput): Map<string, { name: string; value: string }> {
  const out = new Map<string, { name: string; value: string }>();
  const add = (raw: string, value: string): void => {
    const name = input.columnName(raw);
    out.set(name.toLowerCase(), { name, value: value.trim() });
  };
  for (const a of valueAttributes(el)) add(a.name, a.value);
  for (const c of input.children(el)) if (!input.hasElementChild(c)) add(c.name, c.content);
  return out;
}

/** The first record of another kind joined to the records that way (see above), if any. */
export function joinedRecord(input: JoinedRecordsInput): JoinedRecord | undefined {
  // The records' id columns, with the values they hold and whether they name the appointment.
  const ids = new Map<string, { column: string; values: Set<string>; appointment: boolean }>();
  for (const m of input.cells) {
    for (const [column, value] of m) {
      if (!value) continue;
      const key = input.columnName(column).toLowerCase();
      let entry = ids.get(key);
      if (!entry) {
        const concepts = headerConcepts(input.columnName(column));
        if (!concepts.has('id')) continue;
        const appointment = headerScore('appointmentId', concepts) >= NAMES_APPOINTMENT;
        ids.set(key, (entry = { column: input.columnName(column), values: new Set(), appointment }));
      }
      entry.values.add(value);
    }
  }
  if (ids.size === 0) return undefined;
  // A profile's path may start with the root's name and differ in case (as recordsAt reads it).
  let chosen = input.chosen.toLowerCase();
  if (chosen.startsWith(`${input.root.name.toLowerCase()}/`))
    chosen = chosen.slice(input.root.name.length + 1);
  let found: JoinedRecord | undefined;
  const walk = (el: XmlElement, prefix: string): void => {
    for (const c of input.children(el)) {
      if (found) return;
      const p = prefix ? `${prefix}/${c.name.toLowerCase()}` : c.name.toLowerCase();
      if (p === chosen) continue;
      // The elements around the records are their groups and wrappers (xml-group-cells.ts).
      if (!chosen.startsWith(`${p}/`) && input.canBeRecord(c)) {
        const own = ownValues(c, input);
        for (const [key, { value }] of own) {
          const id = ids.get(key);
          if (!id || !value || !id.values.has(value)) continue;
          const start = id.appointment ? undefined : [...own.values()].find((v) => saysStart(v.name))?.name;
          if (!id.appointment && start === undefined) continue;
          found = { element: c.name, line: c.line, column: id.column, value, ...(start ? { start } : {}) };
          return;
        }
      }
      walk(c, p);
    }
  };
  walk(input.root, '');
  return found;
}
