// A column headed as the appointment's day whose every value is at midnight is a day with no time
// of day: the refusal must say so (and name the column and a value), not that no date was found.
// Expected messages worked out by hand from the rows below.
import { describe, expect, it } from 'vitest';
import { midnightDaysNote } from '../../../main/import/map/midnight-days.ts';
import { collect } from '../convert/support.ts';
import { exportFiles } from '../trust/export-files.ts';

const files = exportFiles('midnight-days');

describe('a day-only appointment column', () => {
  it('names the column headed most surely as the date, all of whose values are midnight', () => {
    const headers = ['Created Date', 'ScheduledDay', 'AppointmentDay', 'Age'];
    const rows = [
      ['2016-04-01T00:00:00Z', '2016-04-29T18:38:08Z', '2016-04-29T00:00:00Z', '62'],
      ['2016-04-02T00:00:00Z', '2016-04-29T16:08:27Z', '2016-05-02T00:00:00Z', '56'],
    ];
    expect(midnightDaysNote(headers, rows)).toBe(
      "column 'AppointmentDay' gives the appointment's day only ('2016-04-29T00:00:00Z': midnight on every row) with no time of day, and no appointment is sent at a guessed time",
    );
  });

  it.each([['3/2/2027 12:00:00 AM'], ['2027-03-02 00:00'], ['02.03.2027 00:00:00+01:00']])(
    'reads %s as midnight',
    (v) => {
      expect(midnightDaysNote(['Appt Date'], [[v]])).toContain(`'${v}'`);
    },
  );

  it('says nothing when one value has a time, or the column is no date', () => {
    expect(midnightDaysNote(['Appt Date'], [['2027-03-02 00:00'], ['2027-03-02 09:15']])).toBeUndefined();
    expect(midnightDaysNote(['MRN'], [['2027-03-02 00:00']])).toBeUndefined();
  });

  it('refuses the file saying the time of day is missing, not the date', async () => {
    const file = files.write([
      'PatientId,AppointmentID,ScheduledDay,AppointmentDay,Age',
      '29872499824296,5642903,2016-04-29T18:38:08Z,2016-04-29T00:00:00Z,62',
      '558997776694438,5642503,2016-04-29T16:08:27Z,2016-04-29T00:00:00Z,56',
    ]);
    const err = await collect(file, { timeZone: 'America/Sao_Paulo' }).then(
      () => undefined,
      (e: { error?: { message: string; hint: string; line: number } }) => e.error,
    );
    expect(err?.line).toBe(1);
    expect(err?.message).not.toContain('appointment date');
    expect(err?.message).toContain("column 'AppointmentDay' gives the appointment's day only");
    expect(err?.hint).toContain("Export each appointment's start time");
  });
});
