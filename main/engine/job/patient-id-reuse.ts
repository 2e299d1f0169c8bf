// One patient id, one person, across exports. The file's own audit sees a patient id given to two
// people within one file (person-audit.ts, file-audit.ts); a practice that reuses chart numbers
// (a family number, a number freed when a record was merged) gives it to someone else in a later
// export: `10452` was Maria Lopez born 1984, now Sofia Lopez born 2016. Sent, the portal would put
// Sofia's appointment on Maria's record. When the portal knows the id for a person of another name
// *and* another birth date, the row is refused; a name changed alone (a marriage, a spelling fixed)
// or a birth date corrected alone is the same person and goes. Messages give ids and dates of
// appointments, never names or birth dates (they go into the history and the log).
// Without a patient-id column the patient id is made from name and birth date, so such a
// correction changes it, and the export's own appointment id seems to move to another patient
// (identity-doubt.ts): that is the same person too, and goes (correctedPerson). So does a patient
// first listed without a chart number (an id made up) and then with one, same name and birth date.
import type { Appointment, Patient } from '../../model/appointment.ts';
import type { RowError } from '../../model/row-error.ts';
import { norm } from '../../import/map/identity.ts';
import type { PracticeContext } from './job-context.ts';

/** A patient id the connector made from name and birth date: another person has another id. */
export const MADE_UP = /^P-[0-9a-f]{12}$/;

const nameOf = (p: Patient): string => `${norm(p.lastName)}\u001f${norm(p.firstName)}`;

/** Two patients that are one person: ids made from name and birth date (the export has no patient
 *  id) and either the name or the birth date corrected; or an id made so, then the chart number
 *  for the very same name and birth date (a new patient booked before their record existed, as
 *  Dentrix and others do, given the number once they arrive). */
export function correctedPerson(before: Patient, now: Patient): boolean {
  if (!MADE_UP.test(before.patientId)) return false;
  const sameName = nameOf(before) === nameOf(now);
  const sameDob = before.dob === now.dob;
  if (!MADE_UP.test(now.patientId)) return sameName && sameDob;
  return sameName !== sameDob;
}

interface SentPerson {
  appointmentId: string;
  /** The appointment's UTC day, for the message. */
  day: string;
  name: string;
  dob: string;
}

/** What the ledger says about each patient id, asked once per reading. */
export class PatientIdReuse {
  /** Patient id → whom the appointment last sent for it was for, or null (none). Kept small: a
   *  200,000-row re-export asks for every patient. */
  private readonly sent = new Map<string, SentPerson | null>();

  constructor(
    private readonly ctx: PracticeContext,
    private readonly file: string,
  ) {}

  /** The row error for a row that gives a sent patient id to another person, if it does. */
  async check(a: Appointment, line: number): Promise<RowError | undefined> {
    const p = a.patient;
    if (!this.ctx.ledger.patientSent || MADE_UP.test(p.patientId)) return undefined;
    let other = this.sent.get(p.patientId);
    if (other === undefined) {
      const sent = await this.ctx.ledger.patientSent(p.patientId);
      other = sent
        ? {
            appointmentId: sent.appointmentId,
            day: sent.start.toISOString().slice(0, 10),
            name: nameOf(sent.patient),
            dob: sent.patient.dob,
          }
        : null;
      this.sent.set(p.patientId, other);
    }
    if (!other || other.dob === p.dob || other.name === nameOf(p)) return undefined;
    return {
      file: this.file,
      line,
      field: 'patientId',
      value: p.patientId,
      appointmentId: a.appointmentId,
      message:
        `patient id ${p.patientId} was sent before for a person of another name and another date of birth ` +
        `(appointment ${other.appointmentId} on ${other.day}), and this row ` +
        `(appointment ${a.appointmentId}) gives it to someone else; it was not sent, so no appointment went onto another person's record`,
      hint: 'Check this patient in the scheduling software: one patient id must name one person. If the number is shared or was given again (a family, guarantor or account number), map the column that holds the patient’s own id.',
    };
  }
}
