// Red team, round 63d: the false holds the last stop left open, fixed, and their neighbours that
// must still hold (a wrong send is worse than a false hold):
//   A. a start time in `Hour` / `Minute` columns (62f N; hour-minute-columns.ts);
//   B. a start header naming its clock by tz name over sites on another clock (62r1 D;
//      location-zones.ts startHeaderClock);
//   C. a status saying where the visit was moved from (62e; move-words.ts movedFromOtherSlot);
//   D. a status code column beside the same status in words (62e; recognize.ts statusDescribed);
//   E. a `UID` column of GUIDs, and India's Aadhaar `UID` (62g; uid-column.ts).
// Each probe is the three-row file (Hollis, Obi, Lindqvist; three-row-probes.ts) imported with
// only the practice's zone. Every outcome was worked out by hand before the first run.
// Calendar, by hand: 22 March 2027 is a Monday (1 January 2027 is a Friday). Los Angeles is on
// daylight time from 14 March (UTC-7): 9:00, 10:00 on 22 March and 13:30 on 23 March are 16:00Z,
// 17:00Z, 20:30Z; 9:05 is 16:05Z; 00:15 on 22 March is 07:15Z. Berlin keeps CET (UTC+1) until
// 28 March: 08:00Z, 09:00Z, 12:30Z. On 22-23 March Chicago is CDT (UTC-5), Denver MDT (UTC-6),
// New York EDT (UTC-4), Phoenix MST (UTC-7) and Window Rock (Navajo Nation) MDT: the three starts
// as UTC on each clock are start-probes.ts CLOCK_AT.
import { describe, expect, it } from 'vitest';
import { exportFiles } from './export-files.ts';
import {
  clockOutcome,
  clockRunner,
  expectNoWrong,
  hourMinute,
  LA,
  HOURS,
  MARCH,
  MINUTES,
  obiAt,
  OTHERS,
  same,
  type Want,
  ZONES,
} from './start-probes.ts';
import {
  APPT,
  type Cols,
  DATE,
  DOB,
  held,
  PATIENT,
  PID,
  PROVIDER,
  type Run,
  statusJudge,
  TIME,
} from './three-row-probes.ts';

const files = exportFiles('redteam-round-63d');
const run = clockRunner(files);

// ---------------------------------------------------------------------------------------------
// A. Hour and minute in columns of their own
// ---------------------------------------------------------------------------------------------
describe('A. hour and minute columns', () => {
  const H = HOURS;
  const M = MINUTES;
  const hm = hourMinute;

  // Plainly the start on a 24-hour clock: sent as written, nothing asked.
  it.each<[string, Cols, Want, string?]>([
    ['Hour / Minute', hm(['Hour', H], ['Minute', M]), MARCH],
    ['Start Hour / Start Minute', hm(['Start Hour', H], ['Start Minute', M]), MARCH],
    ['Appt Hour / Appt Minute', hm(['Appt Hour', H], ['Appt Minute', M]), MARCH],
    ['Hr / Minute', hm(['Hr', H], ['Minute', M]), MARCH],
    ['appt_hour / appt_minute', hm(['appt_hour', H], ['appt_minute', M]), MARCH],
    ['HOUR / MINUTE', hm(['HOUR', H], ['MINUTE', M]), MARCH],
    ['minutes without their zero (0, 0, 30)', hm(['Hour', H], ['Minute', ['0', '0', '30']]), MARCH],
    ['hours with a zero (09)', hm(['Hour', ['09', '10', '13']], ['Minute', M]), MARCH],
    [
      'one minute digit is :05',
      hm(['Hour', H], ['Minute', ['5', '00', '30']]),
      ['2027-03-22T16:05', MARCH[1]!, MARCH[2]!],
    ],
    [
      'at a Berlin practice',
      hm(['Hour', H], ['Minute', M]),
      ['2027-03-22T08:00', '2027-03-22T09:00', '2027-03-23T12:30'],
      'Europe/Berlin',
    ],
  ])('%s: sent as written', async (_what, cols, want, zone = LA) => {
    await expectNoWrong(run(cols, zone), want, true);
  });

  // Any doubt about which hour, which half of the day or which minute: never a guess.
  it.each<[string, Cols, Want]>([
    // 1 may be 1 PM whose AM/PM was never exported: Lindqvist's row must not go unasked.
    ['hours 1-12 only', hm(['Hour', ['9', '10', '1']], ['Minute', M]), [MARCH[0]!, MARCH[1]!, null]],
    // a length, not the minute: no start is known to the minute
    ['Hour beside Minutes (a length)', hm(['Hour', H], ['Minutes', ['30', '45', '60']]), [null, null, null]],
    [
      'Hour beside Duration (min)',
      hm(['Hour', H], ['Duration (min)', ['30', '45', '60']]),
      [null, null, null],
    ],
    // the patient's arrival, not the booked start
    ['Check-In Hour / Minute', hm(['Check-In Hour', H], ['Check-In Minute', M]), [null, null, null]],
    ['Arrival Hour / Minute', hm(['Arrival Hour', H], ['Arrival Minute', M]), [null, null, null]],
    // a bad cell on Obi's row: that row never goes on a guess
    ['hour 25 on Obi', hm(['Hour', ['9', '25', '13']], ['Minute', M]), obiAt(null)],
    ['minute 75 on Obi', hm(['Hour', H], ['Minute', ['00', '75', '30']]), obiAt(null)],
    ['no hour on Obi', hm(['Hour', ['9', '', '13']], ['Minute', M]), obiAt(null)],
    ['hour 10.5 on Obi', hm(['Hour', ['9', '10.5', '13']], ['Minute', M]), obiAt(null)],
    ['hour 10 PM on Obi', hm(['Hour', ['9', '10 PM', '13']], ['Minute', M]), obiAt(null)],
    // 00:15 as written, or asked
    [
      'hour 0 on Obi',
      hm(['Hour', ['9', '0', '13']], ['Minute', ['00', '15', '30']]),
      obiAt('2027-03-22T07:15'),
    ],
    // the right reading may go, or be asked
    ['Minute left of Hour', [DATE, ['Minute', M], ['Hour', H], ...OTHERS], MARCH],
    ['Hour and Minute apart', [DATE, ['Hour', H], PATIENT, ['Minute', M], DOB, PID, PROVIDER, APPT], MARCH],
    [
      'with an AM/PM column',
      hm(['Hour', ['9', '10', '1']], ['Minute', M], [['AM/PM', ['AM', 'AM', 'PM']]]),
      MARCH,
    ],
    [
      'with End Hour / End Minute',
      hm(
        ['Start Hour', H],
        ['Start Minute', M],
        [
          ['End Hour', ['9', '10', '14']],
          ['End Minute', ['30', '30', '00']],
        ],
      ),
      MARCH,
    ],
    ['beside a time column', hm(['Hour', H], ['Minute', M], [TIME]), MARCH],
  ])('%s: no wrong send', async (_what, cols, want) => {
    await expectNoWrong(run(cols), want);
  });

  // The doubts the rule leaves to a person hold the file, as before.
  it.each<[string, Cols]>([
    ['hours 1-12 only', hm(['Hour', ['9', '10', '1']], ['Minute', M])],
    ['Hour beside Minutes (a length)', hm(['Hour', H], ['Minutes', ['30', '45', '60']])],
    [
      'an End Hour beside',
      hm(
        ['Hour', H],
        ['Minute', M],
        [
          ['End Hour', ['9', '10', '14']],
          ['End Minute', ['30', '30', '00']],
        ],
      ),
    ],
  ])('%s: held', async (_what, cols) => {
    expect(held(await run(cols))).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// B. A start header naming its clock over sites on another clock
// ---------------------------------------------------------------------------------------------
describe('B. a start header naming its clock', () => {
  type Practice = keyof typeof ZONES;
  const T = TIME[1];
  const outcome = clockOutcome;
  const OWN_CLOCKS = ["Times are shown in each location's local time"];

  it.each<[Practice, string, Cols, string, string[]?]>([
    // the header's zone is the practice's: the times are its clock's wherever the site is
    ['CHI', 'Start Time (America/Chicago)', [['Location', same('Denver, CO')]], 'C'],
    ['CHI', 'Appt Time (America/Chicago)', [['Facility', same('Denver, CO')]], 'C'],
    [
      'CHI',
      'Start Time (America/Chicago)',
      [['Location', ['Chicago, IL', 'Denver, CO', 'Bowling Green, KY']]],
      'C',
    ],
    ['CHI', 'Start Time (US/Central)', [['Location', same('Denver, CO')]], 'C'],
    ['DEN', 'Start Time (America/Denver)', [['Location', same('Chicago, IL')]], 'M'],
    ['NYC', 'Start Time (America/New_York)', [['Clinic', same('Nashville, TN')]], 'E'],
    // (Chinle, Window Rock: Navajo Nation towns on Denver's clock; 'Window Rock, AZ' had held the
    // file for its word 'Window', fixed in 64c: a town and its state is no walk-in window)
    ['PHX', 'Start Time (America/Phoenix)', [['Site', same('Chinle, AZ')]], 'P'],
    ['PHX', 'Start Time (America/Phoenix)', [['Site', same('Window Rock, AZ')]], 'P'],
    // another zone than the practice's: asked by the header's own check, or on that clock
    ['CHI', 'Start Time (America/Denver)', [['Location', same('Denver, CO')]], 'HELD|M'],
    ['CHI', 'Start Time (Europe/London)', [['Location', same('Denver, CO')]], 'HELD'],
    // a title saying each site keeps its own clock contradicts the header: asked
    ['CHI', 'Start Time (America/Chicago)', [['Location', same('Denver, CO')]], 'HELD', OWN_CLOCKS],
    // headers that name no zone: the site check asks, as before
    ['CHI', 'Start Time (Local)', [['Location', same('Denver, CO')]], 'HELD'],
    ['CHI', 'Start Time (Site Time)', [['Location', same('Denver, CO')]], 'HELD'],
    // an abbreviation is not taken as the clock's name here (PT may be a therapist's word)
    ['CHI', 'Start Time (CT)', [['Location', same('Denver, CO')]], 'C|HELD'],
    ['CHI', 'Start Time (Central)', [['Location', same('Denver, CO')]], 'C|HELD'],
    // the end's header naming another clock: never on Denver's
    [
      'CHI',
      'Start Time (America/Chicago)',
      [
        ['End Time (America/Denver)', ['9:30 AM', '10:30 AM', '2:00 PM']],
        ['Location', same('Denver, CO')],
      ],
      'C|HELD',
    ],
  ])('%s practice, %s %j', async (p, header, cols, allowed, title = []) => {
    const r = await run([DATE, [header, T], ...OTHERS, ...cols], ZONES[p], title);
    expect(allowed.split('|'), `got ${outcome(r)}`).toContain(outcome(r));
  });

  it('a zone named on the date column only (a plain time beside it): asked, or on Chicago', async () => {
    const r = await run(
      [['Appt Date (America/Chicago)', DATE[1]], TIME, ...OTHERS, ['Location', same('Denver, CO')]],
      ZONES.CHI,
    );
    expect(['HELD', 'C']).toContain(outcome(r));
  });
});

const withStatus = (values: string[], header = 'Status'): Cols => [DATE, TIME, ...OTHERS, [header, values]];

describe('C. moved from', () => {
  it.each<[string, string]>([
    // another day or time than the row's own: the row is the new booking
    ['Rescheduled from 3/15', 'NNN'],
    ['Moved from 03/10/2027', 'NNN'],
    ['r/s from Wed', 'NNN'],
    ['Rescheduled from March 15', 'NNN'],
    ['moved from 9am', 'NNN'],
    ['Rescheduled from 3/15 per pt', 'NNN'],
    ['Resched from 3/29', 'NNN'],
    ['RESCHEDULED FROM 3/15', 'NNN'],
    // its own day or time, or nothing that proves another: never booked on a guess
    ['Rescheduled from 3/22', 'nHn'],
    ['Rescheduled from 22/3', 'nHn'],
    ['r/s from Mon', 'nHn'],
    ['Rescheduled from March 22', 'nHn'],
    ['moved from 10am', 'nHn'],
    ['moved from 10.30am', 'nHn'],
    ['Rescheduled from next week', 'nHn'],
    ['Rescheduled from 3/15 - cancelled', 'nHn'],
    ['Rescheduled from 3/15; Cancelled', 'nHn'],
    // moved TO another day: this row is the slot left, as before
    ['Rescheduled to 3/29', 'NCN'],
  ])("Obi's status '%s'", async (word, want) => {
    expect(statusJudge(await run(withStatus(['Scheduled', word, 'Scheduled'])), want)).toBe('');
  });

  it('the row error names the status, its value and the day', async () => {
    const r = await run(withStatus(['Scheduled', 'Rescheduled from 3/22', 'Scheduled']));
    expect(r).not.toBe('refused');
    const e = r === 'refused' ? undefined : r.errors.find((x) => x.line === 3);
    expect(e?.field).toBe('status');
    expect(e?.value).toBe('Rescheduled from 3/22');
    expect(e?.message).toMatch(/2027-03-22/);
  });
});

// ---------------------------------------------------------------------------------------------
// D. A status code column beside the same status in words
// ---------------------------------------------------------------------------------------------
describe('D. status code and description', () => {
  const pair = (code: [string, string[]], words: [string, string[]]): Cols => [
    DATE,
    TIME,
    ...OTHERS,
    code,
    words,
  ];
  it.each<[string, Cols, string]>([
    [
      'Appt Status Cd / Appt Status Desc',
      pair(['Appt Status Cd', ['1', '3', '1']], ['Appt Status Desc', ['Booked', 'Cancelled', 'Booked']]),
      'NCN',
    ],
    [
      'Status Code / Status Description',
      pair(['Status Code', ['S', 'X', 'S']], ['Status Description', ['Scheduled', 'Cancelled', 'Scheduled']]),
      'NCN',
    ],
    [
      'the words left of the codes',
      [
        DATE,
        TIME,
        ...OTHERS,
        ['Appt Status Desc', ['Booked', 'Cancelled', 'Booked']],
        ['Appt Status Cd', ['1', '3', '1']],
      ],
      'NCN',
    ],
    [
      'a no-show in words',
      pair(['Appt Status Cd', ['1', '5', '1']], ['Appt Status Desc', ['Booked', 'No Show', 'Booked']]),
      'NNN',
    ],
    // the code and the words disagree, or the words are not known: asked
    [
      'one code under two words',
      pair(['Appt Status Cd', ['1', '1', '1']], ['Appt Status Desc', ['Booked', 'Cancelled', 'Booked']]),
      'ncn',
    ],
    [
      'one word under two codes',
      pair(['Appt Status Cd', ['1', '3', '1']], ['Appt Status Desc', ['Booked', 'Booked', 'Booked']]),
      'nHn',
    ],
    [
      'an unknown word beside its code',
      pair(['Appt Status Cd', ['1', '7', '1']], ['Appt Status Desc', ['Booked', 'Umgebucht', 'Booked']]),
      'nHn',
    ],
    // not the same status's words: the codes stay asked
    [
      "another thing's description",
      pair(['Appt Status Cd', ['1', '3', '1']], ['Visit Type Desc', ['Follow Up', 'Consult', 'Follow Up']]),
      'HHH',
    ],
    [
      'headers that differ by more than the code word',
      pair(['Status Cd', ['1', '3', '1']], ['Appt Status Desc', ['Booked', 'Cancelled', 'Booked']]),
      'ncn',
    ],
    // a claim's code and words beside the visit's own status: the status decides
    [
      "a claim's status code and words",
      [
        DATE,
        TIME,
        ...OTHERS,
        ['Status', same('Scheduled')],
        ['Claim Status Cd', ['1', '4', '1']],
        ['Claim Status Desc', ['Paid', 'Denied', 'Paid']],
      ],
      'NNN',
    ],
  ])('%s', async (_what, cols, want) => {
    expect(statusJudge(await run(cols), want)).toBe('');
  });
});

// ---------------------------------------------------------------------------------------------
// E. A UID column
// ---------------------------------------------------------------------------------------------
describe('E. UID', () => {
  const GUIDS = [
    '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
    '7c9e6679-7425-40de-944b-e07fc1f90ae7',
    'a8098c1a-f86e-11da-bd1a-00112444be1e',
  ];
  // Aadhaar numbers as an Indian list writes them (12 digits, in fours)
  const AADHAAR = ['2345 6789 0123', '3456 7890 1234', '4567 8901 2345'];
  const NO_APPT: Cols = [DATE, TIME, PATIENT, DOB, PID, PROVIDER];
  const ids = (r: Run): string[] => (r === 'refused' ? [] : r.appointments.map((a) => a.appointmentId));
  /** Held, or sent on the three starts with these ids. */
  const heldOrIds = (r: Run, want: string[]): string =>
    held(r) || r === 'refused'
      ? ''
      : JSON.stringify(ids(r)) === JSON.stringify(want)
        ? ''
        : `ids ${ids(r).join(', ')}`;
  /** Held, or sent with three ids apart, none of them `not`. */
  const heldOrNot = (r: Run, not: string[]): string => {
    if (held(r) || r === 'refused') return '';
    const got = ids(r);
    if (got.some((i) => not.includes(i))) return `taken as the id: ${got.join(', ')}`;
    return new Set(got).size === 3 ? '' : `visits merged: ${got.join(', ')}`;
  };

  it('Appt UID of GUIDs: sent with them', async () => {
    const r = await run([['Appt UID', GUIDS], ...NO_APPT]);
    expect(held(r)).toBe(false);
    expect(ids(r)).toEqual(GUIDS);
  });
  it.each<[string, string[]]>([
    ['UID', GUIDS],
    ['Booking UID', GUIDS],
    ['Appointment UID', GUIDS],
  ])('%s of GUIDs %j: held, or sent with them', async (header, values) => {
    expect(heldOrIds(await run([[header, values], ...NO_APPT]), values)).toBe('');
  });
  // Left as found (as under `GUID`, not this round's): GUIDs in braces and capitals go under ids
  // made from patient, provider and day, three visits apart; no wrong send.
  it('UID of braced GUIDs: held, or three visits apart', async () => {
    const braced = GUIDS.map((g) => `{${g.toUpperCase()}}`);
    const r = await run([['UID', braced], ...NO_APPT]);
    expect(held(r) || new Set(ids(r)).size === 3).toBe(true);
  });
  it.each<[string, string[]]>([
    ['UID', AADHAAR],
    ['UID No', AADHAAR],
    ['UID', ['234567890123', '345678901234', '456789012345']],
    ['Patient UID', GUIDS],
  ])("%s of %j: never the appointment's id", async (header, values) => {
    expect(heldOrNot(await run([[header, values], ...NO_APPT]), values)).toBe('');
  });
  it('an Aadhaar UID beside Appt ID: sent with the appointment ids, nothing asked', async () => {
    const r = await run([['UID', AADHAAR], DATE, TIME, ...OTHERS]);
    expect(held(r)).toBe(false);
    expect(ids(r)).toEqual(APPT[1]);
  });
  it('a UID of GUIDs beside Appt ID: held, or sent with the appointment ids', async () => {
    expect(heldOrIds(await run([['UID', GUIDS], DATE, TIME, ...OTHERS]), APPT[1])).toBe('');
  });
});
