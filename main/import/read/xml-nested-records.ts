// Appointments nested inside another table's rows. SQL Server's FOR XML AUTO (and a query with a
// nested FOR XML subquery) writes a join as the parent table's row with the child table's rows
// inside it: `<Patient LastName="Garcia"><Appt ApptID="5001" …/><Appt ApptID="5007" …/></Patient>`,
// a patient with no appointment (a LEFT JOIN) as a `<Patient>` alone, and a NULL column as an
// attribute left out. Read as one record, the patient's two appointments became one, its missing
// attributes (a `CancelDate`) filled from the other, and the second was lost.
//
// An element inside the record that could be a record itself (it has attributes or children),
// that repeats in a record or is missing from one, and that says when the appointment starts
// while the record around it does not, is the appointment: each one is a row, with the values of
// the record around it. The rest of the record (a patient) is no appointment of its own.
import { headerConcepts, headerScore } from '../map/header-meaning.ts';

/** The fields that say when an appointment starts. */
const START_FIELDS = ['dateTime', 'date', 'time'] as const;
/** How surely the inner element's column must say the start (`StartTime`, `ApptDate`). */
const SURE = 0.8;
/** How surely a column of the record around it may say the start before that record is the
 *  appointment itself (then the inner elements are parts of it: two `<Phone>`, FHIR's
 *  `<participant>`s). */
const SAYS = 0.5;

function startScore(column: string): number {
  const concepts = headerConcepts(column);
  return Math.max(...START_FIELDS.map((f) => headerScore(f, concepts)));
}

/**
 * The inner elements (by name) that are the appointments, given the columns the record gives
 * itself (`own`) and the columns each inner element's occurrences give (`inner`, as
 * `Appt/StartTime`). More than one name is for the reader to refuse: which is the appointment is
 * not guessed.
 */
export function nestedAppointments(own: Iterable<string>, inner: Map<string, Iterable<string>>): string[] {
  for (const column of own) if (startScore(column) >= SAYS) return [];
  const found: string[] = [];
  for (const [name, columns] of inner) {
    for (const column of columns) {
      if (startScore(column) < SURE) continue;
      found.push(name);
      break;
    }
  }
  return found;
}

/** The fields that say who the patient is. */
const PATIENT_FIELDS = ['patientName', 'lastName', 'firstName', 'dob'] as const;

function patientScore(column: string): number {
  const concepts = headerConcepts(column);
  return Math.max(...PATIENT_FIELDS.map((f) => headerScore(f, concepts)));
}

/**
 * Whether the records found (`inner`: the most repeated element, `<Appt>`) are appointments
 * nested in a patient's row (`own`: the columns of the element around them) that the reader
 * should take as the records instead, reading each inner one as a row with its patient's values.
 * Chosen by count alone, a patient's three appointments outnumbered the patients, the `<Appt>`
 * elements became the records and the patient's name and birth date were lost (the file was
 * refused). Only when the element around says who the patient is and the inner ones do not, and
 * the inner ones say the start: a provider's group around its appointments is not taken so.
 */
export function nestedInPatients(own: readonly string[], inner: readonly string[], name: string): boolean {
  if (!own.some((c) => patientScore(c) >= SURE)) return false;
  if (inner.some((c) => patientScore(c) >= SAYS)) return false;
  return nestedAppointments(own, new Map([[name, inner]])).length === 1;
}
