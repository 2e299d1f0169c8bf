// A start-time cell that holds a walk-in or a part of the day instead of a time (an allergy shot
// room's `WALK-IN` rows, `AM`, `Morning`, `Any time`) is a row error that says so and what to do
// (book the visit at a time, or leave walk-ins out), never a guessed hour; the other rows go.
// `Noon` is a time (12:00). Values and UTC instants worked out by hand.
import { describe, expect, it } from 'vitest';
import { namesNoTime } from '../../../main/import/map/untimed-words.ts';
import { collect } from '../convert/support.ts';
import { exportFiles } from '../trust/export-files.ts';

const { write } = exportFiles('untimed-start-words');

describe('a start-time cell that names no time', () => {
  it.each([
    ['WALK-IN', true],
    ['Walk-ins', true],
    ['Walk In 8-11', true],
    ['AM', true],
    ['p.m.', true],
    ['Morning', true],
    ['Any time', true],
    ['All day', true],
    ['Noon', false],
    ['9:00 AM', false],
    ['Opening', false],
  ])('%s → %s', (cell, untimed) => {
    expect(namesNoTime(cell)).toBe(untimed);
  });

  it('is a row error naming the value and what to do; the timed rows go', async () => {
    const r = await collect(
      write([
        'Date,Time,Resource,Patient,DOB,Appt Type,Status',
        '11/04/2027,WALK-IN,Allergy Shots,"Patel, Riya",07/12/2012,ALLERGY INJ,Kept',
        '11/04/2027,8:00 AM,Allergy Shots,"Donnelly, Frank J",01/05/1961,ALLERGY INJ,Kept',
        '11/04/2027,9:15 AM,"Kessler, Adam MD","Donnelly, Frank J",01/05/1961,SINUS F/U,Kept',
        '11/04/2027,1:30 PM,"Kessler, Adam MD","Whitlock, Brenda",06/04/1972,SKIN TEST,Pending',
      ]),
      { timeZone: 'America/New_York' },
    );
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ line: 2, value: 'WALK-IN' });
    expect(JSON.stringify(r.errors[0])).toContain('names no time of day');
    expect(JSON.stringify(r.errors[0])).toContain('leave walk-ins out of the export');
    // 8:00 AM EDT (UTC-4) on 4 November 2027 is 12:00Z; 1:30 PM is 17:30Z.
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-11-04T12:00:00.000Z',
      '2027-11-04T13:15:00.000Z',
      '2027-11-04T17:30:00.000Z',
    ]);
  });
});
