// A Social Security number is never sent to the portal. Older practice-management systems
// numbered patients by SSN, so a `Patient ID` (or a bare `ID`) of `123-45-6789` had gone as the
// patient id, or been asked about as the appointment id with the SSNs shown as samples. Such a
// column is no id: the file goes with ids made from name and birth date. A patient id written so
// in a column that is otherwise the chart number (or a mapping a person confirmed) refuses its
// row, the SSN left out of the message. Expected values worked out by hand.
import { describe, expect, it } from 'vitest';
import { recognizeColumns } from '../../../main/import/map/recognize.ts';
import { collect } from './support.ts';
import { confirmedProfile, exportFiles } from '../trust/export-files.ts';

const files = exportFiles('ssn-patient-ids');
const NOW = new Date('2027-01-15T00:00:00Z');

const LINES = [
  '03/02/2027,9:00 AM,123-45-6789,"Smith, John",03/04/1972,Dr. Lee,Confirmed',
  '03/02/2027,10:00 AM,234-56-7890,"Grant, Alan",12/01/1971,Dr. Lee,Confirmed',
  '03/02/2027,10:30 AM,345-67-8901,"Brown, Sam",11/05/1980,Dr. Lee,Confirmed',
];

describe('a Social Security number is never an id sent to the portal', () => {
  it.each(['Patient ID', 'ID', 'Acct #'])("'%s' of SSNs is left unmapped", (h) => {
    const headers = ['Appt Date', 'Appt Time', h, 'Patient Name', 'DOB', 'Provider', 'Status'];
    const rows = LINES.map((l) => l.match(/"[^"]*"|[^,]+/g)!.map((v) => v.replace(/"/g, '')));
    const r = recognizeColumns(headers, rows, { now: NOW });
    expect(r.profile.columns.patientId).toBeUndefined();
    expect(r.profile.columns.appointmentId).toBeUndefined();
    expect(r.unmapped).toEqual([h]);
  });

  it('a Patient ID of SSNs: the file goes under made-up patient ids, no SSN in it, nothing asked', async () => {
    const file = files.write(['Appt Date,Appt Time,Patient ID,Patient Name,DOB,Provider,Status', ...LINES]);
    const r = await collect(file, { timeZone: 'America/New_York' });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments).toHaveLength(3);
    expect(r.appointments.every((a) => /^P-[0-9a-f]{12}$/.test(a.patient.patientId))).toBe(true);
    expect(JSON.stringify(r.appointments)).not.toMatch(/\d{3}-\d{2}-\d{4}/);
  });

  it('one SSN among chart numbers, or under a confirmed mapping, refuses its row without showing it', async () => {
    const headers = ['Appt Date', 'Appt Time', 'Patient ID', 'Patient Name', 'DOB', 'Provider', 'Status'];
    const lines = [
      headers.join(','),
      '03/02/2027,9:00 AM,10231,"Smith, John",03/04/1972,Dr. Lee,Confirmed',
      '03/02/2027,10:00 AM,234-56-7890,"Grant, Alan",12/01/1971,Dr. Lee,Confirmed',
      '03/02/2027,10:30 AM,10233,"Brown, Sam",11/05/1980,Dr. Lee,Confirmed',
    ];
    const profile = confirmedProfile(
      files,
      {
        date: 'Appt Date',
        time: 'Appt Time',
        patientId: 'Patient ID',
        patientName: 'Patient Name',
        dob: 'DOB',
        providerName: 'Provider',
        status: 'Status',
      },
      headers,
    );
    for (const opts of [{}, { profile }]) {
      const r = await collect(files.write(lines), { timeZone: 'America/New_York', ...opts });
      expect(r.summary.doubts).toEqual([]);
      expect(r.appointments.map((a) => a.patient.patientId)).toEqual(['10231', '10233']);
      expect(r.errors.map((e) => [e.line, e.column, e.message])).toEqual([
        [3, 'Patient ID', 'is written as a Social Security number, which is never sent to the portal'],
      ]);
      expect(JSON.stringify(r.errors)).not.toContain('234-56-7890');
    }
  });
});
