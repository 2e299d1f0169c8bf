// A booked row whose End is before its Start on the same day. It goes where the start is sure: a
// placeholder end at midnight, an end that lost its PM across noon, an overnight visit from an
// evening start. Otherwise (a swapped pair, an end that fits only if the start lost its PM) it is
// a row error naming the End cell, never sent at the start as written.
// Expected instants by hand, New York on 15 March 2027 (EDT, UTC-4): 12:30 is 16:30Z, 11:30 is
// 15:30Z, 21:00 is 01:00Z the next day, 10:00 is 14:00Z, 8:00 PM is 00:00Z the next day.
import { describe, expect, it } from 'vitest';
import { endBeforeStartProblem } from '../../../main/import/map/end-before-start.ts';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';

const files = exportFiles('end-before-start');
const ny = { timeZone: 'America/New_York' };

/** One row per [start, end] on 03/15/2027; the file also holds a 13:00-13:30 row (a 24-hour
 *  clock) so that the starts' clock is not in doubt for the whole file. */
function rows(pairs: Array<[string, string]>): string {
  return files.write([
    'Appt ID,Patient ID,First Name,Last Name,DOB,Date,Start Time,End Time,Provider,Status',
    'A0,P0,Zoe,Ames,01/02/1970,03/15/2027,13:00,13:30,Dr Smith,Scheduled',
    ...pairs.map(
      ([s, e], i) => `A${i + 1},P${i + 1},Ann,Lee,01/02/1970,03/15/2027,${s},${e},Dr Smith,Scheduled`,
    ),
  ]);
}

const t = (hour: number, minute = 0) => ({ hour, minute, second: 0, millisecond: 0 });

describe('an end before the start', () => {
  it.each([
    ['placeholder midnight end', t(10), t(0), false],
    ['placeholder 12:00 AM end', t(10), t(0), true],
    ['lost PM across noon (12:30 to 1:00)', t(12, 30), t(1), false],
    ['lost PM across noon (11:30 to 1:15)', t(11, 30), t(1, 15), false],
    ['overnight from 21:00 to 06:00', t(21), t(6), false],
    ['overnight from 8:00 PM to 6:00 AM', t(20), t(6), true],
  ])('%s: the start goes', (_, start, end, meridiem) => {
    expect(endBeforeStartProblem(start, end, meridiem)).toBeUndefined();
  });

  it.each([
    ['a swapped pair (10:30 to 10:00)', t(10, 30), t(10), false, 'swapped'],
    ['an afternoon pair swapped (14:00 to 13:30)', t(14), t(13, 30), false, 'swapped'],
    [
      'an end with AM that fits only an evening start (10:00 to 1:00 AM)',
      t(10),
      t(1),
      true,
      'AM/PM is in doubt',
    ],
    ['an end written with PM before it (3:00 PM to 2:00 PM)', t(15), t(14), true, 'swapped'],
  ])('%s: a row error', (_, start, end, meridiem, says) => {
    expect(endBeforeStartProblem(start, end, meridiem)).toContain(says);
  });

  it('an end after the start, or at it, is no problem', () => {
    expect(endBeforeStartProblem(t(9), t(9, 30), false)).toBeUndefined();
    expect(endBeforeStartProblem(t(9), t(9), false)).toBeUndefined();
  });

  it('through the importer: the sure starts go, the others are row errors on the End cell', async () => {
    const r = await collect(
      rows([
        ['12:30', '1:00'],
        ['21:00', '06:00'],
        ['10:00', '00:00'],
        ['10:30', '10:00'],
        ['10:00 AM', '1:00 AM'],
      ]),
      ny,
    );
    expect(r.appointments.map((a) => [a.appointmentId, a.start.toISOString()])).toEqual([
      ['A0', '2027-03-15T17:00:00.000Z'],
      ['A1', '2027-03-15T16:30:00.000Z'],
      ['A2', '2027-03-16T01:00:00.000Z'],
      ['A3', '2027-03-15T14:00:00.000Z'],
    ]);
    expect(r.errors.map((e) => [e.line, e.column, e.value])).toEqual([
      [6, 'End Time', '10:00'],
      [7, 'End Time', '1:00 AM'],
    ]);
    expect(r.errors[0]!.message).toContain('before its start 10:30');
    expect(r.errors[0]!.hint).toContain('export again');
  });

  it('a cancelled row with an end before its start still goes (its start is only what it cancels)', async () => {
    const f = files.write([
      'Appt ID,Patient ID,First Name,Last Name,DOB,Date,Start Time,End Time,Provider,Status',
      'A0,P0,Zoe,Ames,01/02/1970,03/15/2027,13:00,13:30,Dr Smith,Scheduled',
      'A1,P1,Ann,Lee,01/02/1970,03/15/2027,10:30,10:00,Dr Smith,Cancelled',
    ]);
    const r = await collect(f, ny);
    expect(r.errors).toEqual([]);
    expect(r.appointments.map((a) => [a.appointmentId, a.status])).toEqual([
      ['A0', 'NEW'],
      ['A1', 'CANCEL'],
    ]);
  });
});
