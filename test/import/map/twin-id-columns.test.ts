// Two columns both headed `ID`: the values decide which is the appointment's and which the
// patient's when one patient comes at two starts; otherwise the person is still asked. Expected
// ids are read off the invented files by hand.
import { describe, expect, it } from 'vitest';
import { twinIdRoles } from '../../../main/import/map/twin-id-columns.ts';
import { collect, tempFiles } from '../convert/support.ts';

const file = tempFiles();

const HEADER = 'ID,Date,Time,Patient,DOB,ID,Provider,Status';
const ROWS = [
  '5001,03/11/2027,9:00 AM,"Albright, Noah",02/09/1999,70311,Dr Park,Scheduled',
  '5002,03/11/2027,9:30 AM,"Fairbanks, Olivia",07/23/1987,70312,Dr Park,Scheduled',
  '5001,03/12/2027,10:00 AM,"Albright, Noah",02/09/1999,70313,Dr Park,Confirmed',
  '5003,03/12/2027,11:00 AM,"Lund, Henrik",11/18/1994,70314,Dr Park,Cancelled',
];

describe('two columns headed ID', () => {
  it('the first follows the patients (Noah twice under 5001), the second is one per appointment', async () => {
    const r = await collect(file('joined.csv', [HEADER, ...ROWS]));
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => [a.appointmentId, a.patient.patientId])).toEqual([
      ['70311', '5001'],
      ['70312', '5002'],
      ['70313', '5001'],
      ['70314', '5003'],
    ]);
  });

  it('the same the other way round (the appointment id first, written `Id`)', async () => {
    const swapped = ['Id,Date,Time,Patient,DOB,ID,Provider,Status'].concat(
      ROWS.map((l) => {
        const c = l.split(',');
        // the name holds a comma: its two parts are cells 3 and 4, the second id cell 6
        [c[0], c[6]] = [c[6]!, c[0]!];
        return c.join(',');
      }),
    );
    const r = await collect(file('swapped.csv', swapped));
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => [a.appointmentId, a.patient.patientId])).toEqual([
      ['70311', '5001'],
      ['70312', '5002'],
      ['70313', '5001'],
      ['70314', '5003'],
    ]);
  });

  it('each patient once: both columns are unique, nothing is sent unasked', async () => {
    const once = [HEADER, ROWS[0]!, ROWS[1]!, ROWS[3]!];
    const r = await collect(file('once.csv', once));
    expect(r.summary.doubts.some((d) => d.field === 'appointmentId')).toBe(true);
  });
});

describe('twinIdRoles', () => {
  const row = (who: string, when: string, a: string, b: string) => ({ who, when, values: [a, b] as const });

  it('a patient twice at one start only (a booked and a cancelled row) settles nothing', () => {
    expect(
      twinIdRoles([
        row('noah', '9:00', 'P1', 'A1'),
        row('noah', '9:00', 'P1', 'A1'),
        row('olivia', '9:30', 'P2', 'A2'),
      ]),
    ).toBeUndefined();
  });

  it('a column shared by two patients is no patient id, and then nothing is decided', () => {
    expect(
      twinIdRoles([
        row('noah', '9:00', 'F1', 'A1'),
        row('noah', '10:00', 'F1', 'A2'),
        row('olivia', '9:30', 'F1', 'A3'),
      ]),
    ).toBeUndefined();
  });

  it('an appointment column with one value on two patients is no appointment id', () => {
    expect(
      twinIdRoles([
        row('noah', '9:00', 'P1', 'G1'),
        row('noah', '10:00', 'P1', 'A2'),
        row('olivia', '9:00', 'P2', 'G1'),
      ]),
    ).toBeUndefined();
  });

  it('decided: column 1 the patient, column 0 the appointment', () => {
    expect(
      twinIdRoles([
        row('noah', '9:00', 'A1', 'P1'),
        row('noah', '10:00', 'A2', 'P1'),
        row('olivia', '9:30', 'A3', 'P2'),
      ]),
    ).toEqual({ appointment: 0, patient: 1 });
  });
});
