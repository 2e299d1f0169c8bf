// Red-team probes, round 49e: US statuses and times pushed to send a wrong status or a wrong time.
// Statuses: front-desk words and abbreviations (Bumped, R/S, RS'd, LWBS, DNKA, Pt Cxl < 24h...),
// negations and combinations, a status in the Notes or Type column, a `Confirmation` column.
// Times: Arizona, Indiana and Hawaii practices, a file across a clock change, noon and midnight
// spellings, a/p, ranges, military times, end before start, durations, a check-in time, zone-less
// ISO that is UTC. Every right outcome was worked out by hand before the probe first ran; a probe
// lists every outcome that is not wrong (held is never wrong). A probe whose name starts with
// FAULT was a wrong send before its fix.
// Calendar, by hand: 15 March 2027 is a Monday, 12 July 2027 a Monday (1 Jan 2027 is a Friday,
// 12 July is day 193). Clocks: Los Angeles on daylight time from 14 March 2027 (UTC-7: 8:00 AM is
// 15:00Z, 9:30 AM 16:30Z); New York UTC-5 to 13 March and from 7 November, UTC-4 between;
// Indianapolis keeps New York's clock since 2006; Phoenix is UTC-7 all year (no daylight time);
// Honolulu UTC-10 all year.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';

const files = exportFiles('redteam-round-49e');
type Result = Awaited<ReturnType<typeof collect>>;
const held = (r: Result): boolean => (r.summary.doubts ?? []).length > 0;
const la = { timeZone: 'America/Los_Angeles' };
const at = (r: Result, iso: string) => r.appointments.filter((a) => a.start.toISOString() === iso);
const isoStarts = (r: Result): string[] => r.appointments.map((a) => a.start.toISOString());
const PROBE = '2027-03-15T16:30:00.000Z';

type Outcome = 'booked' | 'cancelled' | 'held' | 'none';
/** How the probe row (9:30 AM on 15 March in Los Angeles) went. */
const outcome = (r: Result): Outcome =>
  held(r) ? 'held' : at(r, PROBE)[0]?.status === 'CANCEL' ? 'cancelled' : at(r, PROBE)[0] ? 'booked' : 'none';

const DAY = 'Date,Time,Patient,DOB,Provider,Visit Type,Status';
/** A two-row day list: a control row, then the probe row with `status`. */
const withStatus = (status: string, type = 'Follow Up'): Promise<Result> =>
  collect(
    files.write([
      DAY,
      '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Dr. Ames,Follow Up,Scheduled',
      `03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Dr. Ames,"${type}","${status}"`,
      '03/15/2027,10:00 AM,"Nguyen, Linh",12/01/1990,Dr. Ames,New Patient,Confirmed',
    ]),
    la,
  );

const B: Outcome[] = ['booked'];
const BH: Outcome[] = ['booked', 'held'];
const CH: Outcome[] = ['cancelled', 'held'];
const H: Outcome[] = ['held'];
const NH: Outcome[] = ['none', 'held'];

// ---------------------------------------------------------------------------------------------
// 1. US status words and abbreviations
// ---------------------------------------------------------------------------------------------
describe('1. US front-desk status words', () => {
  it.each<[string, Outcome[]]>([
    // moved or taken off the book: never booked
    ['Bumped', CH],
    ['R/S', CH],
    ['Resched', CH],
    ["RS'd", CH],
    ['Rescheduled by pt', CH],
    ['Cancelled/Rescheduled', CH],
    ['Pt Cxl < 24h', CH],
    ['Prov Cxl', CH],
    ['Cxl-Prov', CH],
    ['Office Cxl', CH],
    ["Cxl'd by Pt", CH],
    ["R/S'd", CH],
    ['Late Cancel', CH],
    ['Same Day Cancel', CH],
    ['Reschedule', CH],
    // came and left unseen, or never came: a missed visit, still an appointment (never cancelled)
    ['LWBS', BH],
    ['LWOBS', BH],
    ['Left w/o being seen', BH],
    ['DNKA', BH],
    ['DNA', B],
    ['Did Not Keep', BH],
    ['DNK', BH],
    ['No Show - Fee', BH],
    ['No Call No Show', BH],
    ['NCNS', BH],
    ['Never Arrived', BH],
    // booked, whatever stage
    ['Pending', BH],
    ['Tentative', BH],
    ['Unconfirmed', B],
    ['Left Message', B],
    ['LVM', BH],
    ['Ckd In', BH],
    ['Ckd Out', BH],
    ['Confirmed - Text', BH],
    ['Not Cancelled', B],
    ['Uncancelled', BH],
    ['Checked out', B],
    ['In Room', B],
    ['Ready for Provider', BH],
    ['Not Confirmed', BH],
    ['Not Rescheduled', BH],
    ['Arrived Late', BH],
    // no visit the file proves: asked
    ['Prep Not Done', H],
    ['Re-booked', H],
    ['Hold', NH],
    ['Wait List', NH],
    ['Wait List - Confirmed', NH],
    // FAULT: `(New)` was dropped as a code and the row cancelled: the new booking of a move?
    ['Rescheduled (New)', H],
    ['Rescheduled (NEW)', H],
    ['Cancelled (Open)', CH],
    ['Rescheduled (Old)', CH],
    // booked whichever `New` means
    ['Scheduled (New)', B],
    ['Confirmed (Hold)', H],
  ])('%s: %j', async (status, allowed) => {
    expect(allowed).toContain(outcome(await withStatus(status)));
  });
});

describe('2. negations and combinations', () => {
  it.each<[string, Outcome[]]>([
    ['Confirmed - Not Coming', CH],
    ['Confirmed - Pt Cancelled', CH],
    ['Confirmed/Cancelled', H],
    ['Cancel Requested', H],
    ['Pending Cancellation', H],
    ['No Show/Resched', CH],
    ['Rescheduled - Confirmed', H],
    ['Needs Resched', H],
    ['Left Msg to Resched', CH],
    ['Cancelled by Provider - Rescheduled', CH],
    ['Not Arrived - Cancelled', CH],
    ['Unable to Keep', CH],
    ['Will Not Attend', CH],
    ['Pt Will Call to Resched', CH],
    // Spanish and Portuguese front desks in the US: moved or cancelled, never booked
    ['Reprogramado', CH],
    ['Reagendada', CH],
    ['Cancelado por paciente', CH],
  ])('%s: %j', async (status, allowed) => {
    expect(allowed).toContain(outcome(await withStatus(status)));
  });
});

// ---------------------------------------------------------------------------------------------
// 3. A status written in the Notes or Type column
// ---------------------------------------------------------------------------------------------
describe('3. status words in Notes and Type', () => {
  const withNote = (status: string, note: string): Promise<Result> =>
    collect(
      files.write([
        'Date,Time,Patient,DOB,Provider,Status,Notes',
        '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Dr. Ames,Scheduled,',
        `03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Dr. Ames,"${status}","${note}"`,
        '03/15/2027,10:00 AM,"Nguyen, Linh",12/01/1990,Dr. Ames,Confirmed,bring insurance card',
      ]),
      la,
    );
  it.each<[string, string, Outcome[]]>([
    // FAULT: a move TO another day says this row's slot was left; it had gone booked
    ['Scheduled', 'R/S to 3/22 per pt', CH],
    ['Scheduled', 'moved to 4/2 @ 10am', CH],
    ['Confirmed', 'Rescheduled to Tues', CH],
    ['Scheduled', 'bumped to next week - dr out', CH],
    ['Scheduled', "pt resched'd to 3/29", CH],
    ['Scheduled', 'pushed back to 2:30pm', CH],
    // a move alone, or FROM another day, is the new slot as often as the old (cancel-mention.ts):
    // booked stays right for the new one, and the old one's own row says so
    ['Scheduled', 'Resched - pt sick', BH],
    ['Scheduled', 'bumped - dr out', BH],
    ['Scheduled', 'R/S from 3/8', BH],
    ['Scheduled', 'did not want to R/S to 3/22', BH],
    // moved elsewhere than another time
    ['Scheduled', 'pt moved to new address', B],
    ['Scheduled', 'moved to rm 4', B],
    ['Confirmed', 'pt cxl via portal', CH],
    ['Scheduled', 'Not cancelled - pt confirmed', BH],
    ['Scheduled', 'LWBS', BH],
  ])('Status %s with the note %j: %j', async (status, note, allowed) => {
    expect(allowed).toContain(outcome(await withNote(status, note)));
  });
  it.each<[string, Outcome[]]>([
    ['Resched', CH],
    ['R/S', CH],
    ['Cxl - Pt', CH],
    ['No Show F/U', BH],
  ])('no status column, the visit type %j: %j', async (type, allowed) => {
    const r = await collect(
      files.write([
        'Date,Time,Patient,DOB,Provider,Visit Type',
        '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Dr. Ames,Follow Up',
        `03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Dr. Ames,${type}`,
        '03/15/2027,10:00 AM,"Nguyen, Linh",12/01/1990,Dr. Ames,New Patient',
      ]),
      la,
    );
    expect(allowed).toContain(outcome(r));
  });
  it('a Type of Cancellation List beside Scheduled is the patient on the list for an earlier slot: never cancelled', async () => {
    expect(BH).toContain(outcome(await withStatus('Scheduled', 'Cancellation List')));
  });
});

// ---------------------------------------------------------------------------------------------
// 4. A Confirmation column: confirmation is not cancellation
// ---------------------------------------------------------------------------------------------
describe('4. Confirmation', () => {
  const HEAD = 'Date,Time,Patient,DOB,Provider,Status,Confirmation';
  const withConfirmation = (status: string, confirmation: string): Promise<Result> =>
    collect(
      files.write([
        HEAD,
        '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Dr. Ames,Scheduled,Confirmed',
        `03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Dr. Ames,${status},${confirmation}`,
        '03/15/2027,10:00 AM,"Nguyen, Linh",12/01/1990,Dr. Ames,Scheduled,Left Message',
      ]),
      la,
    );
  it.each<[string, string, Outcome[]]>([
    ['Scheduled', 'Unconfirmed', B],
    ['Scheduled', 'No Response', BH],
    ['Scheduled', 'Not Confirmed', BH],
    // Declined to confirm: the status column still says Scheduled, and the schedule still holds
    // it (the next export cancels it if the desk does); a confirmation column is no status
    ['Scheduled', 'Declined', BH],
    ['Scheduled', 'Pt Cxl', CH],
    ['Cancelled', 'Confirmed', CH],
  ])('Status %s, Confirmation %s: %j', async (status, confirmation, allowed) => {
    expect(allowed).toContain(outcome(await withConfirmation(status, confirmation)));
  });
  it.each<[string, Outcome[]]>([
    ['Unconfirmed', B],
    ['Confirmed - Text', BH],
    ['Cancelled', CH],
    ['No', BH],
  ])('no status column, Confirmation %s: %j', async (confirmation, allowed) => {
    const r = await collect(
      files.write([
        'Date,Time,Patient,DOB,Provider,Confirmation',
        '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Dr. Ames,Confirmed',
        `03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Dr. Ames,${confirmation}`,
        '03/15/2027,10:00 AM,"Nguyen, Linh",12/01/1990,Dr. Ames,Confirmed',
      ]),
      la,
    );
    expect(allowed).toContain(outcome(r));
  });
  it('a Confirmed column of Y/N: N is not confirmed, never cancelled', async () => {
    const r = await collect(
      files.write([
        'Date,Time,Patient,DOB,Provider,Confirmed',
        '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Dr. Ames,Y',
        '03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Dr. Ames,N',
        '03/15/2027,10:00 AM,"Nguyen, Linh",12/01/1990,Dr. Ames,Y',
      ]),
      la,
    );
    expect(BH).toContain(outcome(r));
  });
});

// ---------------------------------------------------------------------------------------------
// 5. Times: zones without daylight time, a file across a clock change
// ---------------------------------------------------------------------------------------------
const PEOPLE = ['"Garcia, Elena",02/11/1966', '"Brown, Peter",07/23/1958', '"Nguyen, Linh",12/01/1990'];
/** One row per (date, time), patients in turn, status Scheduled. */
const timed = (rows: Array<[string, string]>, head = 'Date,Time,Patient,DOB,Provider,Status'): string =>
  files.write([head, ...rows.map(([d, t], i) => `${d},${t},${PEOPLE[i % 3]},Dr. Ames,Scheduled`)]);
/** Sent starts are exactly `want`, or the file is held (then nothing is checked). */
const sentOrHeld = (r: Result, want: string[]): void => {
  if (held(r)) return;
  expect(isoStarts(r).sort()).toEqual([...want].sort());
};
/** Nothing is sent at any of `never`. */
const neverAt = (r: Result, never: string[]): void => {
  if (held(r)) return;
  for (const s of isoStarts(r)) expect(never).not.toContain(s);
};

describe('5. zones', () => {
  it('Phoenix across the US spring change: 9:00 AM is 16:00Z on both Fridays and Mondays (no daylight time)', async () => {
    const r = await collect(
      timed([
        ['03/12/2027', '9:00 AM'],
        ['03/15/2027', '9:00 AM'],
        ['03/15/2027', '2:30 PM'],
      ]),
      { timeZone: 'America/Phoenix' },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(isoStarts(r)).toEqual([
      '2027-03-12T16:00:00.000Z',
      '2027-03-15T16:00:00.000Z',
      '2027-03-15T21:30:00.000Z',
    ]);
  });
  it('Phoenix in July: 9:00 AM MST is its own clock (16:00Z)', async () => {
    const r = await collect(
      timed([
        ['07/12/2027', '8:00 AM MST'],
        ['07/12/2027', '9:00 AM MST'],
      ]),
      { timeZone: 'America/Phoenix' },
    );
    sentOrHeld(r, ['2027-07-12T15:00:00.000Z', '2027-07-12T16:00:00.000Z']);
  });
  it('Phoenix in July, a time written MDT (Denver) is never read as Phoenix clock', async () => {
    const r = await collect(
      timed([
        ['07/12/2027', '8:00 AM MDT'],
        ['07/12/2027', '9:00 AM MDT'],
      ]),
      { timeZone: 'America/Phoenix' },
    );
    // 9:00 MDT is 15:00Z: sent so or held, never 16:00Z (9:00 read as Phoenix's clock)
    sentOrHeld(r, ['2027-07-12T14:00:00.000Z', '2027-07-12T15:00:00.000Z']);
  });
  it('Indianapolis across the spring change: 9:00 AM is 14:00Z on 12 March and 13:00Z on 15 March', async () => {
    const r = await collect(
      timed([
        ['03/12/2027', '9:00 AM'],
        ['03/15/2027', '9:00 AM'],
      ]),
      { timeZone: 'America/Indiana/Indianapolis' },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(isoStarts(r)).toEqual(['2027-03-12T14:00:00.000Z', '2027-03-15T13:00:00.000Z']);
  });
  it('Honolulu: 8:00 AM is 18:00Z and 4:30 PM is 02:30Z the next day', async () => {
    const r = await collect(
      timed([
        ['03/15/2027', '8:00 AM'],
        ['03/15/2027', '4:30 PM'],
      ]),
      { timeZone: 'Pacific/Honolulu' },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(isoStarts(r)).toEqual(['2027-03-15T18:00:00.000Z', '2027-03-16T02:30:00.000Z']);
  });
  it('Honolulu, 8:00 AM HST is its own clock', async () => {
    const r = await collect(timed([['07/12/2027', '8:00 AM HST']]), { timeZone: 'Pacific/Honolulu' });
    sentOrHeld(r, ['2027-07-12T18:00:00.000Z']);
  });
  it('New York across the autumn change: 9:00 AM Friday 5 Nov is 13:00Z, Monday 8 Nov 14:00Z', async () => {
    const r = await collect(
      timed([
        ['11/05/2027', '9:00 AM'],
        ['11/08/2027', '9:00 AM'],
      ]),
      { timeZone: 'America/New_York' },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(isoStarts(r)).toEqual(['2027-11-05T13:00:00.000Z', '2027-11-08T14:00:00.000Z']);
  });
  it('New York, 1:30 AM on 7 Nov 2027 happens twice: never sent at either', async () => {
    const r = await collect(
      timed([
        ['11/07/2027', '9:00 AM'],
        ['11/07/2027', '1:30 AM'],
      ]),
      { timeZone: 'America/New_York' },
    );
    neverAt(r, ['2027-11-07T05:30:00.000Z', '2027-11-07T06:30:00.000Z']);
  });
  it('New York, 9:00 AM EST written on 15 March (daylight time) is held or sent as the instant it names (14:00Z)', async () => {
    const r = await collect(timed([['03/15/2027', '9:00 AM EST']]), { timeZone: 'America/New_York' });
    neverAt(r, ['2027-03-15T13:00:00.000Z']);
  });
  it('Los Angeles, 9:00 AM Eastern is never read as 9:00 Pacific', async () => {
    const r = await collect(timed([['03/15/2027', '9:00 AM ET']]), la);
    neverAt(r, ['2027-03-15T16:00:00.000Z']);
  });
  it('Phoenix, 9:00 AM PDT in July (the same offset, another zone): 16:00Z or held', async () => {
    const r = await collect(timed([['07/12/2027', '9:00 AM PDT']]), { timeZone: 'America/Phoenix' });
    sentOrHeld(r, ['2027-07-12T16:00:00.000Z']);
  });
});

// ---------------------------------------------------------------------------------------------
// 6. Noon, midnight, a/p, ranges, military times
// ---------------------------------------------------------------------------------------------
describe('6. clock spellings (Los Angeles, 15 March 2027)', () => {
  const D = '03/15/2027';
  it.each<[string[], string[]]>([
    [
      ['8:00 AM', '12:00 PM', '1:30 PM'],
      ['2027-03-15T15:00:00.000Z', '2027-03-15T19:00:00.000Z', '2027-03-15T20:30:00.000Z'],
    ],
    [
      ['0800', '1200', '1330'],
      ['2027-03-15T15:00:00.000Z', '2027-03-15T19:00:00.000Z', '2027-03-15T20:30:00.000Z'],
    ],
    [
      ['8a', '12p', '1:15p'],
      ['2027-03-15T15:00:00.000Z', '2027-03-15T19:00:00.000Z', '2027-03-15T20:15:00.000Z'],
    ],
    [
      ['9:00a', '11:45a', '2:00p'],
      ['2027-03-15T16:00:00.000Z', '2027-03-15T18:45:00.000Z', '2027-03-15T21:00:00.000Z'],
    ],
    [
      ['8:00 AM', '12 Noon', '3:00 PM'],
      ['2027-03-15T15:00:00.000Z', '2027-03-15T19:00:00.000Z', '2027-03-15T22:00:00.000Z'],
    ],
    [
      ['08:00', '12:00', '16:45'],
      ['2027-03-15T15:00:00.000Z', '2027-03-15T19:00:00.000Z', '2027-03-15T23:45:00.000Z'],
    ],
  ])('%j go at %j', async (times, want) => {
    const r = await collect(timed(times.map((t) => [D, t])), la);
    expect(r.summary.doubts).toEqual([]);
    expect(isoStarts(r)).toEqual(want);
  });
  it.each<[string[]]>([
    [['8:00 AM', '12:00 AM', '1:30 PM']],
    [['08:00', '00:00', '13:30']],
    [['0800', '0000', '1330']],
    [['8a', '12a', '1:15p']],
    [['8:00 AM', '12:00 Midnight', '3:00 PM']],
    [['8:00 AM', '12:30 AM', '3:00 PM']],
  ])('%j: nothing sent at midnight or 00:30', async (times) => {
    const r = await collect(timed(times.map((t) => [D, t])), la);
    neverAt(r, ['2027-03-15T07:00:00.000Z', '2027-03-15T07:30:00.000Z', '2027-03-16T07:00:00.000Z']);
  });
  it.each<[string[], string[]]>([
    // a range's start is its first time; the meridiem written once after the range is the end's
    [
      ['8:00-8:30 AM', '9:15-9:45 AM'],
      ['2027-03-15T15:00:00.000Z', '2027-03-15T16:15:00.000Z'],
    ],
    [
      ['8:00 AM-8:30 AM', '1:00 PM-1:30 PM'],
      ['2027-03-15T15:00:00.000Z', '2027-03-15T20:00:00.000Z'],
    ],
    [
      ['08:00-08:30', '13:00-13:30'],
      ['2027-03-15T15:00:00.000Z', '2027-03-15T20:00:00.000Z'],
    ],
    [
      ['12:45-1:15 PM', '2:00-2:30 PM'],
      ['2027-03-15T19:45:00.000Z', '2027-03-15T21:00:00.000Z'],
    ],
  ])('ranges %j start at %j', async (times, want) => {
    const r = await collect(timed(times.map((t) => [D, t])), la);
    sentOrHeld(r, want);
  });
  it('FAULT? 11:30-12:15 PM starts at 11:30 AM (18:30Z), never 11:30 PM', async () => {
    const r = await collect(
      timed([
        [D, '9:00-9:30 AM'],
        [D, '11:30-12:15 PM'],
      ]),
      la,
    );
    sentOrHeld(r, ['2027-03-15T16:00:00.000Z', '2027-03-15T18:30:00.000Z']);
  });
  it('ranges without AM/PM: 8:00-8:30 and 1:00-1:30 in one clinic day never go at 1 AM', async () => {
    const r = await collect(
      timed([
        [D, '8:00-8:30'],
        [D, '10:00-10:30'],
        [D, '1:00-1:30'],
      ]),
      la,
    );
    neverAt(r, ['2027-03-15T08:00:00.000Z']);
  });
  it('a night HHMM (0130) in a military day list is never sent at 01:30', async () => {
    const r = await collect(
      timed([
        [D, '0800'],
        [D, '0130'],
        [D, '1400'],
      ]),
      la,
    );
    neverAt(r, ['2027-03-15T08:30:00.000Z']);
  });
});

// ---------------------------------------------------------------------------------------------
// 7. End before start, durations, a check-in time, zone-less UTC
// ---------------------------------------------------------------------------------------------
describe('7. ends, durations, check-in, zone-less UTC', () => {
  it('an end before its start is never sent at the end time', async () => {
    const r = await collect(
      files.write([
        'Date,Start Time,End Time,Patient,DOB,Provider,Status',
        `03/15/2027,8:00 AM,8:30 AM,${PEOPLE[0]},Dr. Ames,Scheduled`,
        `03/15/2027,9:30 AM,9:00 AM,${PEOPLE[1]},Dr. Ames,Scheduled`,
      ]),
      la,
    );
    neverAt(r, ['2027-03-15T16:00:00.000Z']);
  });
  it.each([
    ['Duration', ['30', '45', '15']],
    ['Duration', ['0:30', '0:45', '0:15']],
    ['Length', ['.5 hr', '.75 hr', '1 hr']],
    ['Appt Length', ['00:30', '00:45', '01:00']],
  ])('a %s column of %j is never the start', async (header, lengths) => {
    const r = await collect(
      files.write([
        `Date,Time,${header},Patient,DOB,Provider,Status`,
        `03/15/2027,8:00 AM,${lengths[0]},${PEOPLE[0]},Dr. Ames,Scheduled`,
        `03/15/2027,9:30 AM,${lengths[1]},${PEOPLE[1]},Dr. Ames,Scheduled`,
        `03/15/2027,1:00 PM,${lengths[2]},${PEOPLE[2]},Dr. Ames,Scheduled`,
      ]),
      la,
    );
    sentOrHeld(r, ['2027-03-15T15:00:00.000Z', '2027-03-15T16:30:00.000Z', '2027-03-15T20:00:00.000Z']);
  });
  it('a duration with no time column is never read as the start', async () => {
    const r = await collect(
      files.write([
        'Date,Duration,Patient,DOB,Provider,Status',
        `03/15/2027,0:30,${PEOPLE[0]},Dr. Ames,Scheduled`,
        `03/15/2027,0:45,${PEOPLE[1]},Dr. Ames,Scheduled`,
      ]),
      la,
    );
    neverAt(r, ['2027-03-15T07:30:00.000Z', '2027-03-15T07:45:00.000Z']);
  });
  it('Appt Time beside Check-In Time: the appointment time is the start', async () => {
    const r = await collect(
      files.write([
        'Date,Check-In Time,Appt Time,Patient,DOB,Provider,Status',
        `03/15/2027,7:52 AM,8:00 AM,${PEOPLE[0]},Dr. Ames,Checked In`,
        `03/15/2027,9:41 AM,9:30 AM,${PEOPLE[1]},Dr. Ames,Checked In`,
        `03/15/2027,,1:00 PM,${PEOPLE[2]},Dr. Ames,Scheduled`,
      ]),
      la,
    );
    sentOrHeld(r, ['2027-03-15T15:00:00.000Z', '2027-03-15T16:30:00.000Z', '2027-03-15T20:00:00.000Z']);
  });
  it.each(['Check-In Time', 'Arrival Time', 'Time In'])(
    'a sign-in list whose only time is %s is never sent at the arrival time',
    async (header) => {
      const r = await collect(
        files.write([
          `Date,${header},Patient,DOB,Provider,Status`,
          `03/15/2027,7:52 AM,${PEOPLE[0]},Dr. Ames,Checked In`,
          `03/15/2027,9:41 AM,${PEOPLE[1]},Dr. Ames,Checked Out`,
        ]),
        la,
      );
      expect(held(r) || r.appointments.length === 0).toBe(true);
    },
  );
  it('FAULT: zone-less ISO of a New York day written in UTC (12:00 to 21:30) is not sent as the clinic clock unasked', async () => {
    // An API's UTC instants with the Z lost: 8:00 AM to 5:30 PM EDT written 12:00 to 21:30. Read
    // as New York's clock the day would run from noon to 9:30 PM with nothing before noon.
    const rows = ['12:00', '13:30', '15:00', '16:30', '18:00', '19:30', '20:15', '21:30'];
    const r = await collect(
      files.write([
        'appointment_id,start_time,patient_id,first_name,last_name,dob,status',
        ...rows.map(
          (t, i) =>
            `A${100 + i},2027-03-16T${t}:00,P${500 + i},Ann${String.fromCharCode(65 + i)},Lee,1980-01-0${(i % 9) + 1},booked`,
        ),
      ]),
      { timeZone: 'America/New_York' },
    );
    // read as written, 21:30 New York is 01:30Z on the 17th; read as UTC, 21:30Z is 5:30 PM
    neverAt(r, ['2027-03-17T01:30:00.000Z']);
  });
  it('a real afternoon clinic (13:00 to 17:30, zone-less) still goes without a question', async () => {
    const rows = ['13:00', '13:30', '14:15', '15:00', '16:00', '17:30'];
    const r = await collect(
      files.write([
        'appointment_id,start_time,patient_id,first_name,last_name,dob,status',
        ...rows.map(
          (t, i) =>
            `A${100 + i},2027-03-16T${t}:00,P${500 + i},Ann${String.fromCharCode(65 + i)},Lee,1980-01-0${(i % 9) + 1},booked`,
        ),
      ]),
      { timeZone: 'America/New_York' },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(isoStarts(r)[0]).toBe('2027-03-16T17:00:00.000Z');
  });
});

describe('8. zone-less UTC: the rule does not hold real clinics', () => {
  const list = (times: string[], zone: string, date = '2027-03-16') =>
    collect(
      files.write([
        'appointment_id,start_time,patient_id,first_name,last_name,dob,status',
        ...times.map(
          (t, i) =>
            `A${100 + i},${date}T${t}:00,P${500 + i},Ann${String.fromCharCode(65 + i)},Lee,1980-01-0${(i % 9) + 1},booked`,
        ),
      ]),
      { timeZone: zone },
    );
  it('a New York day with a morning (08:00 to 19:30) goes as written', async () => {
    const r = await list(['08:00', '10:30', '13:00', '16:00', '19:30'], 'America/New_York');
    expect(r.summary.doubts).toEqual([]);
    expect(isoStarts(r)[0]).toBe('2027-03-16T12:00:00.000Z');
  });
  it('a Chicago winter day in UTC (14:00 to 22:30) is asked', async () => {
    // 8:00 AM to 4:30 PM CST is 14:00 to 22:30 UTC; as written it would be 2 PM to 10:30 PM
    const r = await list(
      ['14:00', '15:30', '17:00', '19:00', '20:30', '22:30'],
      'America/Chicago',
      '2027-01-12',
    );
    neverAt(r, ['2027-01-13T04:30:00.000Z']);
  });
  it('a Berlin evening surgery (12:00 to 20:00) goes as written: east of UTC a day is never shifted so', async () => {
    const r = await list(['12:00', '14:00', '16:30', '18:00', '20:00'], 'Europe/Berlin');
    expect(r.summary.doubts).toEqual([]);
    expect(isoStarts(r)[0]).toBe('2027-03-16T11:00:00.000Z');
  });
  it('an afternoon and evening clinic written with AM/PM (1:00 PM to 8:00 PM) goes as written', async () => {
    const r = await collect(
      timed([
        ['03/16/2027', '1:00 PM'],
        ['03/16/2027', '4:30 PM'],
        ['03/16/2027', '8:00 PM'],
      ]),
      { timeZone: 'America/New_York' },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(isoStarts(r)).toEqual([
      '2027-03-16T17:00:00.000Z',
      '2027-03-16T20:30:00.000Z',
      '2027-03-17T00:00:00.000Z',
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// 9. More status combinations: undos, brackets, a stage and a cancellation
// ---------------------------------------------------------------------------------------------
describe('9. more combinations', () => {
  it.each<[string, Outcome[]]>([
    // an undo after a cancellation: the visit is back, never cancelled
    ['Cancelled - Reinstated', BH],
    ['Cancellation Reversed', BH],
    ['Un-cancelled', BH],
    // a stage and a cancellation disagree
    ['Checked In (Cancelled)', H],
    ['Pt Arrived - Cancelled', H],
    ['Confirmed (Cancel)', H],
    ['Booked - Cxl Pending', H],
    // the old slot of a move, whatever came first
    ['No Show - Rescheduled', ['booked', 'cancelled', 'held']],
    ['Void - Rebooked', CH],
    ['Cancelled (New Appt Made)', CH],
    // a visit kept
    ['Appt Kept', BH],
    ["Conf'd", BH],
  ])('%s: %j', async (status, allowed) => {
    expect(allowed).toContain(outcome(await withStatus(status)));
  });
});

// ---------------------------------------------------------------------------------------------
// 10. More times: Excel fractions, offsets, ranges across noon, which column is the start
// ---------------------------------------------------------------------------------------------
describe('10. more times (Los Angeles, 15 March 2027)', () => {
  const D = '03/15/2027';
  it('Excel day fractions (0.375, 0.5, 0.5625) are 9:00, noon and 1:30 PM, or asked; never midnight', async () => {
    const r = await collect(
      timed([
        [D, '0.375'],
        [D, '0.5'],
        [D, '0.5625'],
      ]),
      la,
    );
    sentOrHeld(r, ['2027-03-15T16:00:00.000Z', '2027-03-15T19:00:00.000Z', '2027-03-15T20:30:00.000Z']);
  });
  it('11:30 AM-12:15 PM starts at 11:30 AM', async () => {
    const r = await collect(
      timed([
        [D, '9:00 AM-9:30 AM'],
        [D, '11:30 AM-12:15 PM'],
      ]),
      la,
    );
    sentOrHeld(r, ['2027-03-15T16:00:00.000Z', '2027-03-15T18:30:00.000Z']);
  });
  it('12:30-1:00 and 1:00-1:30 with no AM/PM among morning ranges never go in the night', async () => {
    const r = await collect(
      timed([
        [D, '9:00-9:30'],
        [D, '12:30-1:00'],
        [D, '1:00-1:30'],
      ]),
      la,
    );
    neverAt(r, ['2027-03-15T07:30:00.000Z', '2027-03-15T08:00:00.000Z']);
  });
  it("New York, a start with an offset that is not the day's (-05:00 on 16 March, EDT) is never read as the clinic clock", async () => {
    const r = await collect(
      timed([
        ['03/16/2027', '2027-03-16T09:00:00-05:00'],
        ['03/16/2027', '2027-03-16T10:00:00-05:00'],
      ]),
      { timeZone: 'America/New_York' },
    );
    // -05:00 names the instant 14:00Z; 9:00 read as New York's clock that day would be 13:00Z
    neverAt(r, ['2027-03-16T13:00:00.000Z']);
  });
  it('9:00 AM CDT in Chicago in January (standard time) is never sent as 9:00 CST', async () => {
    const r = await collect(timed([['01/12/2027', '9:00 AM CDT']]), { timeZone: 'America/Chicago' });
    neverAt(r, ['2027-01-12T15:00:00.000Z']);
  });
  it('Sched Time beside Arrive Time and Actual Start: the scheduled time is the start', async () => {
    const r = await collect(
      files.write([
        'Date,Sched Time,Arrive Time,Actual Start,Patient,DOB,Provider,Status',
        `${D},8:00 AM,7:48 AM,8:12 AM,${PEOPLE[0]},Dr. Ames,Checked Out`,
        `${D},9:30 AM,9:41 AM,9:55 AM,${PEOPLE[1]},Dr. Ames,Checked Out`,
        `${D},1:00 PM,,,${PEOPLE[2]},Dr. Ames,Scheduled`,
      ]),
      la,
    );
    sentOrHeld(r, ['2027-03-15T15:00:00.000Z', '2027-03-15T16:30:00.000Z', '2027-03-15T20:00:00.000Z']);
  });
  it.each(['Time Seen', 'Check Out Time', 'End Time'])(
    'a list whose only time is %s is never sent at that time',
    async (header) => {
      const r = await collect(
        files.write([
          `Date,${header},Patient,DOB,Provider,Status`,
          `${D},8:20 AM,${PEOPLE[0]},Dr. Ames,Checked Out`,
          `${D},10:05 AM,${PEOPLE[1]},Dr. Ames,Checked Out`,
        ]),
        la,
      );
      expect(held(r) || r.appointments.length === 0).toBe(true);
    },
  );
  it('a Time column of minutes (30, 45) beside Appt Start is never the start', async () => {
    const r = await collect(
      files.write([
        'Date,Appt Start,Time,Patient,DOB,Provider,Status',
        `${D},8:00 AM,30,${PEOPLE[0]},Dr. Ames,Scheduled`,
        `${D},9:30 AM,45,${PEOPLE[1]},Dr. Ames,Scheduled`,
      ]),
      la,
    );
    sentOrHeld(r, ['2027-03-15T15:00:00.000Z', '2027-03-15T16:30:00.000Z']);
  });
  it('0800 hrs and 1330 hrs are 8:00 AM and 1:30 PM', async () => {
    const r = await collect(
      timed([
        [D, '0800 hrs'],
        [D, '1330 hrs'],
      ]),
      la,
    );
    sentOrHeld(r, ['2027-03-15T15:00:00.000Z', '2027-03-15T20:30:00.000Z']);
  });
  it('Honolulu, an export of UTC without a Z (18:00 to 03:30 the next UTC day) never goes 10 hours late', async () => {
    // 8:00 AM to 5:30 PM HST is 18:00 to 03:30 UTC: the written dates stay the clinic's day here
    const times = ['18:00', '19:30', '21:00', '23:00', '01:30', '03:30'];
    const r = await collect(
      files.write([
        'appointment_id,start_time,patient_id,first_name,last_name,dob,status',
        ...times.map(
          (t, i) =>
            `A${100 + i},2027-03-16T${t}:00,P${500 + i},Ann${String.fromCharCode(65 + i)},Lee,1980-01-0${(i % 9) + 1},booked`,
        ),
      ]),
      { timeZone: 'Pacific/Honolulu' },
    );
    // read as written, 18:00 in Honolulu is 04:00Z the next day
    neverAt(r, ['2027-03-17T04:00:00.000Z']);
  });
});

// ---------------------------------------------------------------------------------------------
// 11. More clocks: N and M, dotted meridiems, a written zone of the other season, the spring gap
// ---------------------------------------------------------------------------------------------
describe('11. more clocks', () => {
  const D = '03/15/2027';
  const iso = (times: string[], zone: string, date = '2027-03-16') =>
    collect(
      files.write([
        'appointment_id,start_time,patient_id,first_name,last_name,dob,status',
        ...times.map(
          (t, i) =>
            `A${100 + i},${date}T${t}:00,P${500 + i},Ann${String.fromCharCode(65 + i)},Lee,1980-01-0${(i % 9) + 1},booked`,
        ),
      ]),
      { timeZone: zone },
    );
  it('Los Angeles, a day in UTC without a Z (15:00 to 23:45 for 8:00 AM to 4:45 PM PDT) never goes 7 hours late', async () => {
    const r = await iso(['15:00', '16:30', '18:00', '20:00', '22:30', '23:45'], 'America/Los_Angeles');
    neverAt(r, ['2027-03-16T22:00:00.000Z']);
  });
  it('Denver, a day in UTC without a Z (14:00 to 23:00 for 8:00 AM to 5:00 PM MDT) never goes 6 hours late', async () => {
    const r = await iso(['14:00', '15:30', '17:00', '19:00', '21:00', '23:00'], 'America/Denver');
    neverAt(r, ['2027-03-16T20:00:00.000Z']);
  });
  it('New York, an evening clinic (16:00 to 21:00, five hours) goes as written', async () => {
    const r = await iso(['16:00', '17:30', '19:00', '20:15', '21:00'], 'America/New_York');
    expect(r.summary.doubts).toEqual([]);
    expect(isoStarts(r)[0]).toBe('2027-03-16T20:00:00.000Z');
  });
  it('a Confirmation column of C, U and LM (no status column) never cancels', async () => {
    const r = await collect(
      files.write([
        'Date,Time,Patient,DOB,Provider,Confirmation',
        `${D},8:00 AM,${PEOPLE[0]},Dr. Ames,U`,
        `${D},9:30 AM,${PEOPLE[1]},Dr. Ames,C`,
        `${D},10:00 AM,${PEOPLE[2]},Dr. Ames,LM`,
      ]),
      la,
    );
    expect(BH).toContain(outcome(r));
  });
  it.each<[string[], string[]]>([
    [
      ['8:00A', '12N', '1:30P'],
      ['2027-03-15T15:00:00.000Z', '2027-03-15T19:00:00.000Z', '2027-03-15T20:30:00.000Z'],
    ],
    [
      ['8:00 A.M.', '1:30 P.M.'],
      ['2027-03-15T15:00:00.000Z', '2027-03-15T20:30:00.000Z'],
    ],
    [
      ['9:00 AM', 'Noon', '2:00 PM'],
      ['2027-03-15T16:00:00.000Z', '2027-03-15T19:00:00.000Z', '2027-03-15T21:00:00.000Z'],
    ],
  ])('%j go at %j, or are asked', async (times, want) => {
    const r = await collect(timed(times.map((t) => [D, t])), la);
    sentOrHeld(r, want);
  });
  it.each<[string[], string[]]>([
    [
      ['8:00 AM', '12M', '1:30 PM'],
      ['2027-03-15T07:00:00.000Z', '2027-03-16T07:00:00.000Z'],
    ],
    [['9:00 AM', '13:30 PM'], ['2027-03-15T08:30:00.000Z']],
    [
      ['09:00', '24:00'],
      ['2027-03-15T07:00:00.000Z', '2027-03-16T07:00:00.000Z'],
    ],
  ])('%j: nothing sent at %j', async (times, never) => {
    const r = await collect(timed(times.map((t) => [D, t])), la);
    neverAt(r, never);
  });
  it('Los Angeles, 8:00 AM PST written on 15 March (daylight time) is never 8:00 PDT', async () => {
    const r = await collect(timed([[D, '8:00 AM PST']]), la);
    neverAt(r, ['2027-03-15T15:00:00.000Z']);
  });
  it('Los Angeles across the spring change: 9:00 AM Saturday 13 March is 17:00Z, Sunday 14 March 16:00Z', async () => {
    const r = await collect(
      timed([
        ['03/13/2027', '9:00 AM'],
        ['03/14/2027', '9:00 AM'],
      ]),
      la,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(isoStarts(r)).toEqual(['2027-03-13T17:00:00.000Z', '2027-03-14T16:00:00.000Z']);
  });
  it('Los Angeles, 2:30 AM on 14 March 2027 does not exist: never moved to 3:30 or 1:30', async () => {
    const r = await collect(
      timed([
        ['03/14/2027', '9:00 AM'],
        ['03/14/2027', '2:30 AM'],
      ]),
      la,
    );
    neverAt(r, ['2027-03-14T09:30:00.000Z', '2027-03-14T10:30:00.000Z']);
  });
});
