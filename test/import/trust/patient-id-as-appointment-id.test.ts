// An appointment-id column that holds the patient's id on every row (`Appointment ID` = `Patient
// ID`): unique in a day's list where each patient comes once, yet the patient's next appointment
// would come under the same id and move this one on the portal. Sent before as each appointment's
// id with no question; held now and asked once. Expected values worked out by hand.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { answerOn, confirmedProfile, exportFiles } from './export-files.ts';

const files = exportFiles('patient-id-as-id');
const NY = { timeZone: 'America/New_York' };
const HEAD = [
  'Appointment ID',
  'Patient ID',
  'First Name',
  'Last Name',
  'DOB',
  'Date',
  'Start Time',
  'Provider',
  'Status',
];
const row = (id: string, pid: string, first: string, time: string) =>
  `${id},${pid},${first},Lee,01/02/1980,03/15/2027,${time},Dr Smith,Scheduled`;

describe("an appointment id that is the patient's id", () => {
  const lines = [
    HEAD.join(','),
    row('10021', '10021', 'Ann', '09:00'),
    row('10022', '10022', 'Bob', '13:00'),
  ];

  it('is held, naming the column and the value', async () => {
    const r = await collect(files.write(lines), NY);
    expect(r.summary.doubts.map((d) => [d.kind, d.check, d.column, d.samples])).toEqual([
      ['appointment-id', 'id-is-patient-id', 'Appointment ID', ['10021']],
    ]);
    expect(r.summary.doubts[0]!.question).toMatch(/^Does 'Appointment ID' hold each appointment's own id\?/);
  });

  it('is not asked when one row has an id of its own', async () => {
    const r = await collect(files.write([...lines, row('88310', '10023', 'Cid', '14:00')]), NY);
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.appointmentId)).toEqual(['10021', '10022', '88310']);
  });

  it('confirmed once, the next file goes under those ids', async () => {
    const profile = confirmedProfile(
      files,
      {
        appointmentId: 'Appointment ID',
        patientId: 'Patient ID',
        firstName: 'First Name',
        lastName: 'Last Name',
        dob: 'DOB',
        date: 'Date',
        time: 'Start Time',
        providerName: 'Provider',
        status: 'Status',
      },
      HEAD,
    );
    await answerOn(profile, files.write(lines), NY);
    const next = await collect(
      files.write([
        HEAD.join(','),
        row('10024', '10024', 'Dan', '10:00'),
        row('10025', '10025', 'Eve', '11:00'),
      ]),
      { ...NY, profile },
    );
    expect(next.summary.doubts).toEqual([]);
    // 10:00 and 11:00 EDT (UTC-4) on 15 March 2027
    expect(next.appointments.map((a) => [a.appointmentId, a.start.toISOString()])).toEqual([
      ['10024', '2027-03-15T14:00:00.000Z'],
      ['10025', '2027-03-15T15:00:00.000Z'],
    ]);
  });
});
