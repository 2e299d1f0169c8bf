// A column read as the appointment id only by a `#` or `ID` beside a word that names no
// appointment (`Cycle #`, a fertility clinic's treatment cycle; a series' or course's number) is
// below SURE, so a file that maps it is always asked about: it was never sent as the id without a
// person's word. When the file's own rows show one value at two starts and the patient's own id
// is read surely from another column, the file has proved the column is neither the appointment's
// id nor the patient's: it is left out and the ids derived, as a person answers ("no such
// column"), instead of asking what the rows already say. A column that could still be the
// patient's id (no sure patient-id column beside it: CharmHealth's `Record ID`, Sessions Health's
// `Internal ID`), one value on several patients at one start (a family's or group's booking), or
// another column that reads as the id about as well, is still asked; so is a repeat a spreadsheet
// made (`1.23457E+11`: the column is the id, only this copy lost its digits).
import { CLOSE, type Recognition } from '../map/recognize.ts';
import { spreadsheetDamage } from '../map/damaged-ids.ts';
import { SURE } from './column-doubts.ts';

/** Whether the appointment-id column `idHeader`, whose value `repeated` comes again at another
 *  start, is one the file proves is no id: read below SURE, with the patient id read surely from
 *  `patientIdHeader`, no other column close to it as the appointment id, and the repeat no
 *  spreadsheet's damage. */
export function unsureIdRepeatsBesidePatientId(
  recognition: Pick<Recognition, 'fields' | 'candidates'>,
  idHeader: string,
  patientIdHeader: string | undefined,
  repeated: string,
): boolean {
  if (patientIdHeader === undefined || patientIdHeader === idHeader) return false;
  if (spreadsheetDamage(repeated.trim())) return false;
  const id = recognition.fields.find((g) => g.field === 'appointmentId' && g.column === idHeader);
  const patient = recognition.fields.find((g) => g.field === 'patientId' && g.column === patientIdHeader);
  if (!id || !patient || id.confidence >= SURE || patient.confidence < SURE) return false;
  return !recognition.candidates.some(
    (c) =>
      c.field === 'appointmentId' &&
      c.column !== idHeader &&
      c.column !== patientIdHeader &&
      c.confidence >= id.confidence - CLOSE,
  );
}
