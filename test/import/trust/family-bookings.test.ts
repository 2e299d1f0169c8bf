// A family or a group booked as one appointment: one slot, one appointment id, a row per person
// (a dental family block, a family therapy session). Sent under that id, each row would take the
// portal appointment from the row before and only the last person would keep it. The file is held
// with a question that says so; answered with no id column, each person's visit goes under an id
// of its own. Expected ids, messages and counts worked out by hand.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { confirmedProfile, exportFiles } from './export-files.ts';

const files = exportFiles('family-bookings');
const NY = { timeZone: 'America/New_York' };
const HEAD = 'Appointment ID,Date,Time,Duration,Patient Name,Patient ID,DOB,Provider,Type,Status';
const FAMILY = [
  HEAD,
  'A100,03/02/2027,9:00 AM,60,"Smith, John",P1,01/02/1980,Dr Lee,Family Cleaning,Scheduled',
  'A100,03/02/2027,9:00 AM,60,"Smith, Mary",P2,03/04/1982,Dr Lee,Family Cleaning,Scheduled',
  'A100,03/02/2027,9:00 AM,60,"Smith, Tim",P3,05/06/2015,Dr Lee,Family Cleaning,Scheduled',
  'A101,03/02/2027,10:00 AM,30,"Doe, Jane",P4,07/08/1990,Dr Lee,Exam,Scheduled',
  'A102,03/02/2027,11:00 AM,30,"Roe, Bob",P5,07/08/1991,Dr Lee,Exam,Scheduled',
];
const COLUMNS = {
  date: 'Date',
  time: 'Time',
  patientName: 'Patient Name',
  patientId: 'Patient ID',
  dob: 'DOB',
  providerName: 'Provider',
  type: 'Type',
  status: 'Status',
};

describe('one appointment id on the rows of a family', () => {
  it('holds the file, saying it is a family or group booking and what to answer', async () => {
    const r = await collect(files.write(FAMILY), NY);
    expect(r.summary.doubts).toMatchObject([
      { kind: 'appointment-id', column: 'Appointment ID', samples: ['A100'] },
    ]);
    expect(r.summary.doubts[0]!.message).toBe(
      "the value 'A100' is on rows of different patients at one start: a family or a group booked as one appointment, so it is no id of each patient's own appointment",
    );
    expect(r.summary.doubts[0]!.question).toMatch(/^Map no column as the appointment id/);
  });

  it('answered with no id column, each person keeps an appointment of their own', async () => {
    const profile = confirmedProfile(files, COLUMNS, HEAD.split(','));
    const r = await collect(files.write(FAMILY), { ...NY, profile });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.patient.firstName)).toEqual(['John', 'Mary', 'Tim', 'Jane', 'Bob']);
    expect(new Set(r.appointments.map((a) => a.appointmentId)).size).toBe(5);
    expect(r.appointments.every((a) => a.start.toISOString() === '2027-03-02T14:00:00.000Z')).toBe(false);
    expect(r.appointments.slice(0, 3).map((a) => a.start.toISOString())).toEqual([
      '2027-03-02T14:00:00.000Z',
      '2027-03-02T14:00:00.000Z',
      '2027-03-02T14:00:00.000Z',
    ]);
  });

  it('a family past the first rows read is held over the whole file, with the line', async () => {
    // 500 single bookings, then the family: the first rows read show no family, the whole file does.
    const singles = Array.from({ length: 500 }, (_, i) => {
      const day = String(1 + (i % 28)).padStart(2, '0');
      const hour = 8 + Math.floor(i / 28) / 4;
      const time = `${Math.floor(hour)}:${String((hour % 1) * 60).padStart(2, '0')}`;
      return `B${i},04/${day}/2027,${time},15,"Person, Ann${i}",Q${i},01/02/1970,Dr Lee,Exam,Scheduled`;
    });
    const r = await collect(files.write([HEAD, ...singles, ...FAMILY.slice(1)]), NY);
    expect(r.summary.doubts.map((d) => d.message)).toContain(
      "the value 'A100' is on rows of different patients at one start (again on line 503): a family or a group booked as one appointment, so it is no id of each patient's own appointment",
    );
  });

  it('one value at two starts is still an id used twice, not a family', async () => {
    const r = await collect(
      files.write([
        HEAD,
        'A100,03/02/2027,9:00 AM,60,"Smith, John",P1,01/02/1980,Dr Lee,Cleaning,Scheduled',
        'A100,03/03/2027,9:00 AM,60,"Doe, Jane",P4,07/08/1990,Dr Lee,Exam,Scheduled',
        'A101,03/02/2027,10:00 AM,30,"Roe, Bob",P5,07/08/1991,Dr Lee,Exam,Scheduled',
      ]),
      NY,
    );
    expect(r.summary.doubts.map((d) => d.message)).toEqual([
      "the value 'A100' is used for two different appointments, so this column is not an appointment id",
    ]);
  });
});
