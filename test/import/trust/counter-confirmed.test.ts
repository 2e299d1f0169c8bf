// A row counter (`Appt #` 1..n) is never the appointment id, also once a person confirms a mapping
// for something else: the profile they confirm is the one the file was read with, so the counter
// is not in it, and a confirmed profile that still names one is held. Before, confirming a status
// word saved `Appt #` as the id, and the next day's row 1 moved the first day's row 1 (an UPDATE
// of another day's appointment). Expected outcomes worked out by hand.
import { describe, expect, it } from 'vitest';
import { detectProfile } from '../../../main/import/import-export.ts';
import { collect } from '../convert/support.ts';
import { confirmedProfile, exportFiles } from './export-files.ts';

const files = exportFiles('counter-confirmed');
const head = 'Appt #,Date,Time,Patient,DOB,Provider,Status';
const day = [
  head,
  '1,12/14/2026,8:00 AM,"Lopez, Maria",04/12/1980,"Ng, Helen MD",Scheduled',
  '2,12/14/2026,9:00 AM,"Baker, Tom",07/30/1975,"Ng, Helen MD",Confirmed',
  '3,12/14/2026,10:00 AM,"Chen, Amy",01/02/1990,"Ng, Helen MD",Scheduled',
];
const opts = { practiceId: '1c7ecf9f-9700-4e70-b976-9356db658274', timeZone: 'America/Chicago' };

describe('a row counter and a confirmed mapping', () => {
  it('the profile detect reports (what a person confirms) has no appointment-id column', async () => {
    const report = await detectProfile(files.write(day), opts);
    expect(report.profile.columns.appointmentId).toBeUndefined();
    expect(report.fields.map((f) => f.field)).not.toContain('appointmentId');
    expect(report.notes.join(' ')).toContain("'Appt #' numbers the rows");
  });

  it('a confirmed profile that names the counter as the id is held', async () => {
    const profile = confirmedProfile(
      files,
      {
        appointmentId: 'Appt #',
        date: 'Date',
        time: 'Time',
        patientName: 'Patient',
        dob: 'DOB',
        providerName: 'Provider',
        status: 'Status',
      },
      head.split(','),
    );
    const r = await collect(files.write(day), { timeZone: 'America/Chicago', profile });
    expect(r.summary.doubts).toMatchObject([
      {
        kind: 'appointment-id',
        field: 'appointmentId',
        column: 'Appt #',
        message: expect.stringContaining('numbers the rows'),
      },
    ]);
  });
});
