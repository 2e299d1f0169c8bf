// A Day column beside the appointment's date (Net Health Therapy's scheduler list prints both):
// a row whose weekday is not its date's is refused, naming the column, the value and both days,
// never sent on either day; the other rows go. Weekdays worked out by hand: 8 March 2027 is a
// Monday, 10 March a Wednesday. Los Angeles is UTC-8 until 14 March.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from '../trust/export-files.ts';

const files = exportFiles('row-weekday');
const la = { timeZone: 'America/Los_Angeles' };
const HEAD = 'Appt Date,Day,Start Time,Patient,Patient ID,DOB,Therapist,Status';

describe('a Day column beside the date', () => {
  it('a row whose Day disagrees with its date is a row error; the rest go', async () => {
    const file = files.write([
      HEAD,
      '03/08/2027,Mon,8:00 AM,"Okafor, Chidi",PT10482,04/17/1979,"Reyes, Dana PT",Arrived',
      '03/10/2027,Thu,10:00 AM,"Brennan, Keiko",PT10388,06/30/1964,"Reyes, Dana PT",Scheduled',
      '03/10/2027,Wed,11:00 AM,"Lindqvist, Maren",PT10517,11/02/1990,"Reyes, Dana PT",Scheduled',
    ]);
    const r = await collect(file, la);
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => [a.patient.patientId, a.start.toISOString()])).toEqual([
      ['PT10482', '2027-03-08T16:00:00.000Z'],
      ['PT10517', '2027-03-10T19:00:00.000Z'],
    ]);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ line: 3, column: 'Day', value: 'Thu' });
    expect(r.errors[0]!.message).toContain('03/10/2027 is a Wednesday');
    expect(r.errors[0]!.hint).toContain('Correct the date or the day');
  });

  it('full weekday names and a trailing period are read too', async () => {
    const file = files.write([
      HEAD,
      '03/08/2027,Monday,8:00 AM,"Okafor, Chidi",PT10482,04/17/1979,"Reyes, Dana PT",Arrived',
      '03/10/2027,Tues.,10:00 AM,"Brennan, Keiko",PT10388,06/30/1964,"Reyes, Dana PT",Scheduled',
    ]);
    const r = await collect(file, la);
    expect(r.appointments.map((a) => a.patient.patientId)).toEqual(['PT10482']);
    expect(r.errors.map((e) => [e.line, e.value])).toEqual([[3, 'Tues.']]);
  });

  it('a Day column of no weekday names is not checked', async () => {
    const file = files.write([
      'Appt Date,Day,Start Time,Patient,Patient ID,DOB,Therapist,Status',
      '03/08/2027,1,8:00 AM,"Okafor, Chidi",PT10482,04/17/1979,"Reyes, Dana PT",Arrived',
      '03/10/2027,3,10:00 AM,"Brennan, Keiko",PT10388,06/30/1964,"Reyes, Dana PT",Scheduled',
    ]);
    const r = await collect(file, la);
    expect(r.errors).toEqual([]);
    expect(r.appointments).toHaveLength(2);
  });
});
