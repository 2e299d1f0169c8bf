// A front desk's note typed into the status cell after the status (corpus 310, 314): a count of
// tries (`LM x2`), who called (`cxl - called 3/5`), or a move and where to (`r/s to Thurs`). The
// status word decides; anything else beside it is asked. A move to the row's own day is no
// cancellation to send. Meanings worked out by hand from what the desk wrote.
import { describe, expect, it } from 'vitest';
import { classifyBuiltInStatus } from '../../../main/import/map/status-vocabulary.ts';
import { movedToOwnDay, movedToOwnTime } from '../../../main/import/map/move-words.ts';
import { localMinutes } from '../../../main/import/map/local-minutes.ts';
import { collect } from '../convert/support.ts';
import { exportFiles } from '../trust/export-files.ts';

describe('a status with the desk’s note after it', () => {
  it.each([
    ['LM x2', 'NEW'], // left a message twice: still booked
    ['conf x2', 'NEW'],
    ['ns 2x', 'NEW'], // a second no-show: a missed, live visit
    ['cxl - called 3/5', 'CANCEL'], // cancelled; the patient called on 5 March
    ['Cancelled - pt called', 'CANCEL'],
    ['Confirmed - called', 'NEW'],
    ['r/s to Thurs', 'CANCEL'], // moved to Thursday: this slot is the one left
    ['Rescheduled to 3/22 per pt', 'CANCEL'],
    ['moved to 4/2 @ 10am', 'CANCEL'],
    // from: this row is the new booking (the row mapper refuses it when the origin is its own
    // day or time: move-words.ts movedFromOtherSlot, 63d; asked until then)
    ['r/s from Mon', 'NEW'],
    ['Rescheduled from 3/15 per pt', 'NEW'],
  ])('%s → %s', (word, meaning) => {
    expect(classifyBuiltInStatus(word)).toBe(meaning);
  });

  it.each([
    'r/s to Thurs - conf', // a second status after the move: which one holds is asked
    'r/s from Mon - conf', // a second status after the move: asked, as after a move to
    'not r/s to Thurs',
    'called', // a call, no status
    'called to cancel', // a cancellation still to do
    'LM x2 - wants to cxl',
    'x2',
  ])('%s → asked', (word) => {
    expect(classifyBuiltInStatus(word)).toBe('unknown');
  });
});

describe('a move to the row’s own day', () => {
  it('names the row’s weekday or date: the row may be the new booking', () => {
    // 11 March 2027 is a Thursday, 8 March a Monday.
    expect(movedToOwnDay('r/s to Thurs', '2027-03-11')).toBe(true);
    expect(movedToOwnDay('r/s to Thurs', '2027-03-08')).toBe(false);
    expect(movedToOwnDay('moved to 3/11', '2027-03-11')).toBe(true);
    expect(movedToOwnDay('moved to 11/3', '2027-03-11')).toBe(true); // either day/month reading
    expect(movedToOwnDay('moved to 3/12', '2027-03-11')).toBe(false);
    expect(movedToOwnDay('Rescheduled', '2027-03-11')).toBe(false);
  });

  it('names the row’s clock time, with no day: the row may be where the visit was moved', () => {
    // 10:00 AM is 600 minutes after midnight, 2:30 PM 870, 3:00 PM 900.
    expect(movedToOwnTime('moved to 10am', 600)).toBe(true);
    expect(movedToOwnTime('r/s to 10 am', 600)).toBe(true);
    expect(movedToOwnTime('moved to 2:30pm', 870)).toBe(true);
    expect(movedToOwnTime('resched to 3p', 900)).toBe(true);
    expect(movedToOwnTime('moved to 10am', 540)).toBe(false); // from 9:00: the slot left
    expect(movedToOwnTime('moved to 10pm', 600)).toBe(false);
    expect(movedToOwnTime('moved to 12pm', 720)).toBe(true); // noon
    expect(movedToOwnTime('moved to 12am', 0)).toBe(true);
    expect(movedToOwnTime('moved to Thurs', 600)).toBe(false);
    expect(movedToOwnTime('Rescheduled', 600)).toBe(false);
  });

  it('the row’s clock time is read in the practice’s zone', () => {
    // 17:00Z on 22 March 2027 is 10:00 in Los Angeles (PDT, UTC-7), 13:00 in Toronto (EDT).
    const at = new Date('2027-03-22T17:00:00Z');
    expect(localMinutes(at, 'America/Los_Angeles')).toBe(600);
    expect(localMinutes(at, 'America/Toronto')).toBe(780);
    expect(localMinutes(new Date('2027-03-23T07:00:00Z'), 'America/Los_Angeles')).toBe(0);
  });

  const files = exportFiles('typed-status-notes');
  const header = 'Date,Time,Patient,DOB,Status';

  it('the old slot is cancelled; a row on the day it names is a row error, never cancelled', async () => {
    const file = files.write([
      header,
      '3/8/2027,2:15 PM,Hye-jin Park,8/19/1995,r/s to Thurs',
      '3/11/2027,9:15 AM,Hye-jin Park,8/19/1995,r/s to Thurs',
      '3/11/2027,10:30 AM,Dolores Whitfield,10/4/1939,conf',
    ]);
    const r = await collect(file, { timeZone: 'America/Chicago' });
    expect(r.summary.doubts).toEqual([]);
    expect(
      r.items.map((i) =>
        i.kind === 'appointment'
          ? [i.line, i.appointment.status]
          : i.kind === 'error'
            ? [i.error.line, 'error']
            : [i.line, i.kind],
      ),
    ).toEqual([
      [2, 'CANCEL'],
      [3, 'error'],
      [4, 'NEW'],
    ]);
    expect(r.errors[0]).toMatchObject({ line: 3, value: 'r/s to Thurs' });
    expect(r.errors[0]!.message).toContain("moved to this row's own day (2027-03-11)");
    // 8 March 2027 2:15 PM in Chicago is CST (UTC-6): 20:15 UTC.
    expect(r.appointments[0]!.start.toISOString()).toBe('2027-03-08T20:15:00.000Z');
  });
});
