// A birth date after the appointment's own date (a past visit's row from a history or visit
// report, the birth date typed a year off, or a date column taken for the birth date) is no
// patient's: it had gone to the portal as the patient's date of birth, since only a birth date
// after today was refused. So had one more than 120 years before the visit (`1903` for `1993`).
// Such rows are refused naming the field and the value; the rows around them go. Expected values
// written by hand from the rows.
import { describe, expect, it } from 'vitest';
import { collect } from './support.ts';
import { exportFiles } from '../trust/export-files.ts';

const files = exportFiles('birth-after-visit');

describe('a birth date the appointment date rules out is refused', () => {
  it('refuses a birth after the visit and one more than 120 years before it; sends the rest', async () => {
    const file = files.write([
      'Visit ID,MRN,Patient Name,DOB,Visit Date,Visit Time,Provider,Status',
      '7001,20411,"Brown, Robert",03/14/2026,02/10/2026,9:00 AM,Dr Lee,Completed', // line 2: born after
      '7002,20412,"Green, Mary",05/14/1978,02/10/2026,9:15 AM,Dr Lee,Completed',
      '7003,20413,"White, Ann",02/10/2026,02/10/2026,9:30 AM,Dr Lee,Completed', // born that day: goes
      '7004,20414,"Hale, Edna",03/02/1905,02/10/2026,9:45 AM,Dr Lee,Completed', // line 5: 120 and 11 months
      '7005,20415,"Ortiz, Luz",02/11/1906,02/10/2026,10:00 AM,Dr Lee,Completed', // 119: goes
    ]);
    const r = await collect(file, { timeZone: 'America/New_York' });
    expect(r.summary.doubts).toEqual([]);
    expect(r.errors.map((e) => [e.line, e.field, e.value, e.message])).toEqual([
      [2, 'dob', '03/14/2026', "the date of birth is after the appointment's date (2026-02-10)"],
      [
        5,
        'dob',
        '03/02/1905',
        "the date of birth is more than 120 years before the appointment's date (2026-02-10): no patient is that old",
      ],
    ]);
    expect(r.appointments.map((a) => [a.appointmentId, a.patient.dob])).toEqual([
      ['7002', '1978-05-14'],
      ['7003', '2026-02-10'],
      ['7005', '1906-02-11'],
    ]);
  });
});
