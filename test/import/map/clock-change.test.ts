// The night the clocks go back: a zone written after the time says which of the two 01:30s it is,
// also when the abbreviation has other readings elsewhere in the world (CST, BST).
import { describe, expect, it } from 'vitest';
import { overlapByWrittenZone } from '../../../main/import/map/clock-change.ts';
import { collect } from '../convert/support.ts';
import { exportFiles } from '../trust/export-files.ts';

const files = exportFiles('clock-change');

const day = (year: number, month: number, d: number) => ({ year, month, day: d });
const oneThirty = { hour: 1, minute: 30, second: 0, millisecond: 0 };

describe('overlapByWrittenZone', () => {
  // Chicago goes back on Sunday 7 November 2027: 01:30 CDT is 06:30 UTC, 01:30 CST an hour later.
  it('CST on a Chicago night is US Central (not China): the second 01:30', () => {
    expect(overlapByWrittenZone(day(2027, 11, 7), oneThirty, 'CST', 'America/Chicago')?.toISOString()).toBe(
      '2027-11-07T07:30:00.000Z',
    );
  });

  it('CDT is the first 01:30', () => {
    expect(overlapByWrittenZone(day(2027, 11, 7), oneThirty, 'CDT', 'America/Chicago')?.toISOString()).toBe(
      '2027-11-07T06:30:00.000Z',
    );
  });

  // London goes back on 31 October 2027: 01:30 BST (UTC+1) is 00:30 UTC; 01:30 GMT is 01:30 UTC.
  it('BST on a London night is British summer time (not Bangladesh): the first 01:30', () => {
    expect(overlapByWrittenZone(day(2027, 10, 31), oneThirty, 'BST', 'Europe/London')?.toISOString()).toBe(
      '2027-10-31T00:30:00.000Z',
    );
  });

  it('a generic name (CT) fits both instants and names neither', () => {
    expect(overlapByWrittenZone(day(2027, 11, 7), oneThirty, 'CT', 'America/Chicago')).toBeUndefined();
  });

  it('an offset the zone does not keep at either instant (PST in Chicago) names neither', () => {
    expect(overlapByWrittenZone(day(2027, 11, 7), oneThirty, 'PST', 'America/Chicago')).toBeUndefined();
  });
});

// An urgent care open through the night, its visit log writing the zone after each time.
describe('a visit log on the night the clocks go back', () => {
  it('sends 01:30 CDT and 01:30 CST an hour apart; 01:30 CT stays a row error', async () => {
    const file = files.write([
      'Visit Date/Time,Visit #,Patient,Patient ID,DOB,Status',
      '11/07/2027 01:30 AM CDT,V1,"Nwosu, Adaeze",UC52276,12/01/2012,Checked Out',
      '11/07/2027 01:30 AM CST,V2,"Lindahl, Erik",UC48817,09/14/1985,Checked Out',
      '11/07/2027 01:30 AM CT,V3,"Castillo, Ramon",UC49930,05/06/1971,Checked Out',
    ]);
    const r = await collect(file, { timeZone: 'America/Chicago' });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => [a.appointmentId, a.start.toISOString()])).toEqual([
      ['V1', '2027-11-07T06:30:00.000Z'],
      ['V2', '2027-11-07T07:30:00.000Z'],
    ]);
    expect(r.errors.map((e) => e.line)).toEqual([4]);
  });
});
