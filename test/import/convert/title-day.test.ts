// A one-day report (a day sheet, `Appointments for Monday 03/15/2027`) states its day once, in
// its title, and its rows give only their times. The day is carried to every row, as a `Date:`
// line above the rows is (group-columns.ts); anything less plain stays a refusal or a hold.
// Expected instants worked out by hand: New York is EST (-05:00) until March 14, 2027 and EDT
// (-04:00) from then, so 9:00 AM on March 15 is 13:00Z and on March 1 is 14:00Z.
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { collect, tempDir, writeLines } from './support.ts';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const HEADER = 'Time,Patient,DOB,Provider,Type,Status';
const ROWS = [
  '9:00 AM,"Smith, John",04/12/1961,Dr. Anna Lee,Follow Up,Confirmed',
  '9:30 AM,"Jones, Mary",11/02/1975,Dr. Anna Lee,New Patient,Cancelled',
];
const day = (name: string, title: string[], extra: string[] = []) =>
  collect(writeLines(dir, name, [...title, HEADER, ...ROWS, ...extra]), { timeZone: 'America/New_York' });
const starts = (c: Awaited<ReturnType<typeof collect>>) =>
  c.appointments.map((a) => [a.status, a.start.toISOString(), a.patient.lastName]);

describe('a one-day report whose day is only in its title', () => {
  it('goes with the title day on every row (it had been refused: no appointment date)', async () => {
    const c = await day('monday.csv', ['Appointments for Monday 03/15/2027']);
    expect(c.summary.doubts).toEqual([]);
    expect(starts(c)).toEqual([
      ['NEW', '2027-03-15T13:00:00.000Z', 'Smith'],
      ['CANCEL', '2027-03-15T13:30:00.000Z', 'Jones'],
    ]);
  });

  it('reads a day sheet titled with whose sheet it is, a dash, then the day in words', async () => {
    const c = await day('daysheet.csv', ['Day Sheet for Dr. Emily Roy - Monday, March 1, 2027']);
    expect(starts(c)).toEqual([
      ['NEW', '2027-03-01T14:00:00.000Z', 'Smith'],
      ['CANCEL', '2027-03-01T14:30:00.000Z', 'Jones'],
    ]);
  });

  it('reads a day-first title with the file (Termine am 15.03.2027 in Berlin)', async () => {
    const file = writeLines(dir, 'termine.csv', [
      'Termine am 15.03.2027',
      'Zeit;Patient;Geburtsdatum;Arzt',
      '09:00;"Müller, Hans";04.05.1961;Dr. Weber',
    ]);
    const c = await collect(file, { timeZone: 'Europe/Berlin' });
    // 09:00 CET (+01:00; Germany changes clocks on March 28, 2027) is 08:00Z.
    expect(c.appointments.map((a) => a.start.toISOString())).toEqual(['2027-03-15T08:00:00.000Z']);
  });

  it('keeps the title day for every provider of a day sheet grouped by provider', async () => {
    // A new provider's group line starts the levels under it again; the title's day is not one
    // of them (it had been cleared, and the file held with an empty date column).
    const file = writeLines(dir, 'by-provider.csv', [
      'Day Sheet for Tuesday, March 16, 2027,,,,',
      'Time,Chart #,Patient,Birth Date,Status',
      '"Provider: Marsh, Helen MD",,,,',
      '9:00 AM,20417,"Delgado, Jose",4/17/1952,Confirmed',
      '"Provider: Iyer, Sanjay DO",,,,',
      '2:00 PM,18842,"Fontaine, Luc",9/14/1966,Canceled',
    ]);
    const c = await collect(file, { timeZone: 'America/New_York' });
    expect(c.summary.doubts).toEqual([]);
    expect(starts(c)).toEqual([
      ['NEW', '2027-03-16T13:00:00.000Z', 'Delgado'],
      ['CANCEL', '2027-03-16T18:00:00.000Z', 'Fontaine'],
    ]);
    expect(c.appointments.map((a) => a.participant.providerName)).toEqual([
      'Helen Marsh, MD',
      'Sanjay Iyer, DO',
    ]);
  });

  it('is held when a second day appears among the rows (the title did not say their day)', async () => {
    const c = await day(
      'two-days.csv',
      ['Appointments for Monday 03/15/2027'],
      ['Tuesday 03/16/2027', '10:00 AM,"Brown, Alan",07/30/1990,Dr. Anna Lee,Physical,Confirmed'],
    );
    expect(c.summary.doubts.map((d) => d.kind)).toContain('grouped-rows');
  });

  for (const [name, title] of [
    ['printed', 'Printed 03/16/2027'],
    ['range', 'Appointments 03/15/2027 - 03/19/2027'],
    ['weekday', 'Appointments for Tuesday 03/15/2027'],
  ] as const) {
    it(`is refused as before when the title states no one day plainly (${name})`, async () => {
      await expect(day(`${name}.csv`, [title])).rejects.toThrow(/cannot find appointment date/);
    });
  }
});
