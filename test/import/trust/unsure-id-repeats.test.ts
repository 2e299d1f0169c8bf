// A column read as the appointment id only by its `#` beside a word that names no appointment
// (`Cycle #`: a fertility clinic's treatment cycle, the same on every visit of the cycle and on
// both partners' visits) is always asked about (below SURE), so it was never sent as the id. When
// the file's rows show one value at two starts and the patient id is read surely from another
// column, the file itself proves it is no id: it is left out and ids derived, as the careful
// answer ("no such column") does, instead of holding the file. Where the column may be the
// patient's own id, or the repeat is a spreadsheet's damage, or one value covers two patients at
// one start, the file is still asked. Expected ids and doubts worked out by hand.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';
import { unsureIdRepeatsBesidePatientId } from '../../../main/import/trust/unsure-id-column.ts';

const { write } = exportFiles('unsure-id-repeats');
const CHICAGO = { timeZone: 'America/Chicago' };
const HEADER = 'Appt Date,Appt Time,Patient Last,Patient First,MRN,DOB,Cycle #,Appt Type,Status';

describe('a below-sure id column that repeats at another start', () => {
  it("is left out beside a sure patient id: one patient's two monitoring visits keep ids of their own", async () => {
    const r = await collect(
      write([
        HEADER,
        '03/13/2027,07:00 AM,Alvarez,Sofia,20451,04/09/1989,3127,Blood Draw,Checked Out',
        '03/13/2027,07:15 AM,Alvarez,Sofia,20451,04/09/1989,3127,Ultrasound,Checked Out',
        '03/13/2027,07:30 AM,Brennan,Kathleen,19873,11/02/1985,3131,Lining Check,Checked In',
      ]),
      CHICAGO,
    );
    expect(r.summary.doubts).toEqual([]);
    const ids = r.appointments.map((a) => a.appointmentId);
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(3);
    expect(ids.filter((id) => id === '3127' || id === '3131')).toEqual([]);
    // 7:00 AM CST (UTC-6) on 13 March 2027 is 13:00Z, worked out by hand.
    expect(r.appointments[0]!.start.toISOString()).toBe('2027-03-13T13:00:00.000Z');
    expect(r.appointments.map((a) => a.patient.patientId)).toEqual(['20451', '20451', '19873']);
  });

  it('is still asked about where it may be the patient id (no patient-id column beside it)', async () => {
    const r = await collect(
      write([
        'Appt Date,Appt Time,Patient Last,Patient First,DOB,Cycle #,Appt Type,Status',
        '03/13/2027,07:00 AM,Alvarez,Sofia,04/09/1989,3127,Blood Draw,Checked Out',
        '03/13/2027,07:15 AM,Alvarez,Sofia,04/09/1989,3127,Ultrasound,Checked Out',
      ]),
      CHICAGO,
    );
    expect(r.summary.doubts.map((d) => d.field)).toContain('appointmentId');
  });

  it('is still asked about when one value is on two patients at one start (a couple booked as one)', async () => {
    const r = await collect(
      write([
        HEADER,
        '03/13/2027,08:00 AM,Okafor,Adaeze,20517,06/06/1991,3140,IUI,Scheduled',
        '03/13/2027,08:00 AM,Okafor,Chidi,20518,01/10/1988,3140,Semen Collection,Scheduled',
      ]),
      CHICAGO,
    );
    expect(r.summary.doubts).toMatchObject([{ kind: 'appointment-id', column: 'Cycle #' }]);
  });
});

describe('unsureIdRepeatsBesidePatientId', () => {
  const recognition = (idConfidence: number, patientConfidence: number, rival?: number) => ({
    fields: [
      { field: 'appointmentId' as const, column: 'Cycle #', confidence: idConfidence, why: '' },
      { field: 'patientId' as const, column: 'MRN', confidence: patientConfidence, why: '' },
    ],
    candidates:
      rival === undefined ? [] : [{ field: 'appointmentId' as const, column: 'Ref #', confidence: rival }],
  });
  it('holds only below SURE (0.75), beside a sure patient id, with no close rival, no spreadsheet damage', () => {
    expect(unsureIdRepeatsBesidePatientId(recognition(0.56, 1), 'Cycle #', 'MRN', '3127')).toBe(true);
    // a sure id column (`Appt ID`) that repeats is asked: it may have been sent as the id before
    expect(unsureIdRepeatsBesidePatientId(recognition(0.9, 1), 'Cycle #', 'MRN', '3127')).toBe(false);
    // the patient id itself unsure: the column may be the patient's
    expect(unsureIdRepeatsBesidePatientId(recognition(0.56, 0.6), 'Cycle #', 'MRN', '3127')).toBe(false);
    expect(unsureIdRepeatsBesidePatientId(recognition(0.56, 1), 'Cycle #', undefined, '3127')).toBe(false);
    // another column reads as the id within 0.15 (0.45 >= 0.56 - 0.15): which one is asked
    expect(unsureIdRepeatsBesidePatientId(recognition(0.56, 1, 0.45), 'Cycle #', 'MRN', '3127')).toBe(false);
    expect(unsureIdRepeatsBesidePatientId(recognition(0.56, 1, 0.3), 'Cycle #', 'MRN', '3127')).toBe(true);
    // Excel's 1.23457E+11: the column is the id, this copy lost its digits
    expect(unsureIdRepeatsBesidePatientId(recognition(0.56, 1), 'Cycle #', 'MRN', '1.23457E+11')).toBe(false);
  });
});
