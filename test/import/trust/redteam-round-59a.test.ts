// Red team, round 59a: the two rules merged with the blind layouts 421-423, attacked for WRONG
// SENDS and for what they must still hold. Outcomes were worked out by hand before the first run.
//   A. A group's subtotal that names its heading (report-furniture.ts: `Appointments for
//      Therapist: 7` under `Therapist: Harper, Lucas PT`) is a total, so the file goes; a line
//      under the heading whose words say something else (cancelled, a wait list, another group)
//      still heads rows and holds the file.
//   B. A start at exactly midnight UTC (row-start.ts) is a real time when the row's own end is an
//      instant minutes or hours after it; an end that is empty, midnight too, or a day later
//      leaves it a date a program may have written with no time: held.
// Calendar, by hand: Los Angeles is on daylight time from 14 March 2027 (UTC-7). Hollis 22 March
// 9:00 = 16:00Z, Obi 22 March 10:00 = 17:00Z, Lindqvist 23 March 13:30 = 20:30Z; for B, Obi's
// `2027-03-23T00:00:00Z` is 22 March 17:00 PDT.
import { describe, expect, it } from 'vitest';
import { exportFiles } from './export-files.ts';
import {
  APPT,
  DATE,
  DOB,
  held,
  linesRunner,
  lines,
  PATIENT,
  PID,
  sent,
  STARTS,
  TIME,
} from './three-row-probes.ts';

const files = exportFiles('redteam-round-59a');
const runLines = linesRunner(files);

const ALL_THREE = [`${STARTS[0]} NEW Hollis`, `${STARTS[1]} NEW Obi`, `${STARTS[2]} NEW Lindqvist`];

// ---------------------------------------------------------------------------------------------
// A. A subtotal under a group heading
// ---------------------------------------------------------------------------------------------
describe('A. a subtotal naming its group heading', () => {
  const TITLE = ['Appointment Detail Report', 'Harbor Physical Therapy', 'Date Range: 3/22/2027 - 3/23/2027'];
  /** The three rows under `heading`, with `between` after Hollis's row and `footer` at the end. */
  const grouped = (heading: string, footer: string, between?: string): string[] => {
    const [header, hollis, obi, lindqvist] = lines([DATE, TIME, PATIENT, DOB, PID, APPT]);
    return [
      ...TITLE,
      header!,
      `"${heading}"`,
      hollis!,
      ...(between ? [between] : []),
      obi!,
      lindqvist!,
      footer,
      'Total Appointments: 3',
    ];
  };
  it.each<[string, string]>([
    ['Therapist: Patel, Nina PT', 'Appointments for Therapist: 3'],
    ['Therapist: Patel, Nina PT', 'Appointments for Patel: 3'],
    ['Provider: Patel, Nina MD', 'Visits for Provider: 3'],
    ['Resource: Gym A', 'Appointments for Resource: 3'],
  ])('%s, then %s: sent as written', async (heading, footer) => {
    expect(sent(await runLines(grouped(heading, footer)))).toEqual(ALL_THREE);
  });
  it.each<[string, string, string | undefined]>([
    // the heading itself says something the rows leave out: held whatever the subtotal says
    ['Status: Bumped', 'Appointments for Status: 3', undefined],
    ['Cancelled', 'Appointments for Cancelled: 3', undefined],
    // a line above Obi's row naming another list: the rows under it may be what it says
    ['Therapist: Patel, Nina PT', 'Appointments for Therapist: 3', 'Wait List Appointments: 2'],
    ['Therapist: Patel, Nina PT', 'Appointments for Therapist: 3', 'Cancelled for Therapist: 2'],
    ['Therapist: Patel, Nina PT', 'Appointments for Therapist: 3', 'Appointments for Bumped: 2'],
    // requests not yet booked, and a waiting list, named with the group's own words
    ['Therapist: Patel, Nina PT', 'Appointments for Therapist: 3', 'Pending Requests for Therapist: 2'],
    ['Therapist: Patel, Nina PT', 'Appointments for Therapist: 3', 'Waitlist for Patel: 2'],
    ['Therapist: Patel, Nina PT', 'Appointments for Therapist: 3', 'Unscheduled Appointments for Patel: 2'],
  ])('%s, then %s (between: %s): held', async (heading, footer, between) => {
    expect(held(await runLines(grouped(heading, footer, between)))).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// B. A start at midnight UTC and the row's own end
// ---------------------------------------------------------------------------------------------
describe('B. a start at midnight UTC beside its end', () => {
  const OBI_START = '2027-03-23T00:00:00Z';
  const probe = (obiEnd: string): string[] =>
    lines([
      ['appointment_id', ['88101', '88102', '88103']],
      ['patient_id', PID[1]],
      ['patient', PATIENT[1]],
      ['date_of_birth', ['1970-06-02', '1999-04-05', '1963-08-29']],
      ['start_time', ['2027-03-22T16:00:00Z', OBI_START, '2027-03-23T20:30:00Z']],
      ['end_time', ['2027-03-22T16:30:00Z', obiEnd, '2027-03-23T21:00:00Z']],
      ['status', ['booked', 'booked', 'booked']],
    ]);
  it.each<[string]>([['2027-03-23T00:30:00Z'], ['2027-03-23T00:20:00.000Z'], ['2027-03-23T01:00:00Z']])(
    "Obi's end %s: sent at 5:00 PM PDT on 22 March",
    async (end) => {
      expect(sent(await runLines(probe(end)))).toEqual([
        `${STARTS[0]} NEW Hollis`,
        '2027-03-23T00:00 NEW Obi',
        `${STARTS[2]} NEW Lindqvist`,
      ]);
    },
  );
  it.each<[string]>([
    [''], // no end: nothing says the start has a time
    ['2027-03-23T00:00:00Z'], // the end at midnight too: a date with no time, twice
    ['2027-03-24T00:00:00Z'], // a whole day: an all-day entry
    ['2027-03-23'], // a date alone
    ['2027-03-22T23:30:00Z'], // before the start: no proof of anything
    ['2027-03-23T14:00:00Z'], // fourteen hours on: no visit's end
  ])("Obi's end '%s': held", async (end) => {
    expect(held(await runLines(probe(end)))).toBe(true);
  });
});
