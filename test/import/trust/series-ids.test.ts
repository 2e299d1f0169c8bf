// A `Recurring Appointment ID`, `Parent Appt ID`, `Master Appointment ID` or `Booking Group ID`
// is the id of the series or group a visit belongs to, the same on every visit of it: taken as the
// appointment id, a weekly series' next export moved last week's visit (UPDATE 3301) instead of
// adding one. Such a column is never taken without asking: where the rest of the file is sure it
// is left out (ids made from patient, provider and day), where it would be the only id the file
// is held. Expected ids and doubts worked out by hand.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';

const { write } = exportFiles('series-ids');
const NY = { timeZone: 'America/New_York' };

describe('a series, parent or group id column', () => {
  it("is not a weekly series' appointment id: each week's visit keeps an id of its own", async () => {
    for (const header of [
      'Recurring Appointment ID',
      'Parent Appointment ID',
      'Master Appointment ID',
      'Booking Group ID',
    ]) {
      const week = (date: string) =>
        write([
          `${header},Date,Time,Patient,Patient ID,DOB,Provider,Type,Status`,
          `3301,${date},9:00 AM,"Harper, Lena",1041,04/12/1988,"Shaw, Riley PsyD",Weekly Therapy,Scheduled`,
          `3302,${date},10:00 AM,"Moss, Devin",1102,09/30/1979,"Shaw, Riley PsyD",Weekly Therapy,Scheduled`,
        ]);
      const first = await collect(week('03/02/2027'), NY);
      const next = await collect(week('03/09/2027'), NY);
      const ids = [...first.appointments, ...next.appointments].map((a) => a.appointmentId);
      expect(first.summary.doubts, header).toEqual([]);
      expect(ids, header).toHaveLength(4);
      expect(new Set(ids).size, header).toBe(4);
      expect(
        ids.filter((id) => id === '3301' || id === '3302'),
        header,
      ).toEqual([]);
    }
  });

  it('is asked about when the file has no other id and no known layout', async () => {
    const r = await collect(
      write([
        'Recurring Appointment ID,Appt Date,Appt Time,Patient Name,Chart Number,Birth Date,Clinician,Visit Type,Appt Status',
        '3301,03/02/2027,9:00 AM,"Harper, Lena",1041,04/12/1988,"Shaw, Riley PsyD",Weekly Therapy,Scheduled',
        '3302,03/02/2027,10:00 AM,"Moss, Devin",1102,09/30/1979,"Shaw, Riley PsyD",Weekly Therapy,Scheduled',
      ]),
      NY,
    );
    expect(r.summary.doubts).toMatchObject([
      { kind: 'column', field: 'appointmentId', column: 'Recurring Appointment ID' },
    ]);
  });

  it('beside a real appointment id, the appointment id is taken and the file goes', async () => {
    const r = await collect(
      write([
        'Appointment ID,Parent Appointment ID,Appt Date,Appt Time,Patient Name,Chart Number,Birth Date,Clinician,Visit Type,Appt Status',
        '9001,3301,03/02/2027,9:00 AM,"Harper, Lena",1041,04/12/1988,"Shaw, Riley PsyD",Weekly Therapy,Scheduled',
        '9002,3301,03/09/2027,9:00 AM,"Harper, Lena",1041,04/12/1988,"Shaw, Riley PsyD",Weekly Therapy,Scheduled',
      ]),
      NY,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.appointmentId)).toEqual(['9001', '9002']);
  });
});
