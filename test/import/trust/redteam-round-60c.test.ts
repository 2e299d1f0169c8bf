// Red team, round 60c: the gaps stop 59 left open (59r1's it.fails, 59b's LEFT), each probed in
// several variants. Every outcome was worked out by hand, from the file and the calendar, before
// the first run:
//   'hold'  a person could not be sure: the file is held (a question) or refused;
//   a list  sent, exactly these (`start status last-name`, start as UTC minutes), with no question.
// People: Hollis, Obi and Lindqvist of three-row-probes.ts; the sign under test is on Obi's row.
// Calendar, by hand: the US is on daylight time from 14 March 2027 (Los Angeles UTC-7, New York
// UTC-4); 22 March 2027 is a Monday.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';
import { DAYS, printed, RANGE, ROWS } from './printed-probes.ts';
import { explain } from './structured-probes.ts';
import {
  APPT,
  DATE,
  DOB,
  held,
  lines,
  PATIENT,
  PID,
  PROVIDER,
  type Run,
  sent,
  STARTS,
  TIME,
} from './three-row-probes.ts';
import type { ImportOptions } from '../../../main/model/import-summary.ts';

const files = exportFiles('redteam-round-60c');

type Outcome = 'hold' | string[];

async function read(text: string[], opts: Partial<ImportOptions> = {}): Promise<Run> {
  try {
    return await collect(files.write(text), { timeZone: 'America/Los_Angeles', ...opts });
  } catch {
    return 'refused';
  }
}

const probe = (r: Run, outcome: Outcome): void => {
  if (outcome === 'hold') expect(held(r), explain(r)).toBe(true);
  else expect(sent(r), explain(r)).toEqual(outcome);
};

// ---------------------------------------------------------------------------------------------
// A. A start at exactly midnight UTC whose row's end is hours on (59r1's open wrong send). A
//    program that writes an untimed item as the date at UTC midnight may give it a working day's
//    default length; a real visit that long starts where the file's other long visits start (a
//    sleep lab's nights). Short ends (under three hours) stay a visit's, as 59r1 probes.
// ---------------------------------------------------------------------------------------------
describe('A. midnight UTC starts with a long end', () => {
  const HEAD = ['Start', 'End', 'Patient', 'DOB', 'Patient ID', 'Provider', 'Appt ID'];
  const iso = (at: string): string => `${at}:00.000Z`;
  const plus = (at: string, minutes: number): string =>
    new Date(Date.parse(`${at}:00Z`) + minutes * 60_000).toISOString().slice(0, 16);
  /** The file: per person a UTC start `YYYY-MM-DDTHH:MM` and the minutes to its end. */
  const file = (slots: Array<[string, number]>): string[] =>
    lines([
      ['Start', slots.map((s) => iso(s[0]))],
      ['End', slots.map((s) => iso(plus(s[0], s[1])))],
      PATIENT,
      DOB,
      PID,
      PROVIDER,
      APPT,
    ]).map((l, i) => (i === 0 ? HEAD.join(',') : l));
  const OBI = '2027-03-23T00:00';
  const went = (h: string, l: string): string[] => [
    `${h} NEW Hollis`,
    `${OBI} NEW Obi`,
    `${l} NEW Lindqvist`,
  ];
  const NY = { timeZone: 'America/New_York' };

  it.each<[string, Array<[string, number]>, Outcome, Partial<ImportOptions>?]>([
    // LA: Hollis 9:00-9:30, Lindqvist 13:30-14:00; Obi 00:00Z = 5 PM the 22nd.
    [
      'LA, Obi 8 h on (5 PM to 1 AM), others 30 min by day',
      [
        ['2027-03-22T16:00', 30],
        [OBI, 480],
        ['2027-03-23T20:30', 30],
      ],
      'hold',
    ],
    [
      'LA, Obi 3 h on (5 PM to 8 PM), others 30 min by day',
      [
        ['2027-03-22T16:00', 30],
        [OBI, 180],
        ['2027-03-23T20:30', 30],
      ],
      'hold',
    ],
    [
      'LA, Obi 12 h on, others 30 min by day',
      [
        ['2027-03-22T16:00', 30],
        [OBI, 720],
        ['2027-03-23T20:30', 30],
      ],
      'hold',
    ],
    [
      'LA, Obi 2 h on (5 PM to 7 PM), others 30 min by day: a short end, as 59r1',
      [
        ['2027-03-22T16:00', 30],
        [OBI, 120],
        ['2027-03-23T20:30', 30],
      ],
      went('2027-03-22T16:00', '2027-03-23T20:30'),
    ],
    [
      'LA, Obi 8 h on, others 7 h day programmes from 9:00 and 8:30 (not near 5 PM)',
      [
        ['2027-03-22T16:00', 420],
        [OBI, 480],
        ['2027-03-23T15:30', 420],
      ],
      'hold',
    ],
    [
      'LA, Obi 10 h on, others 10 h from 5:30 PM and 6 PM (an overnight programme)',
      [
        ['2027-03-22T00:30', 600],
        [OBI, 600],
        ['2027-03-24T01:00', 600],
      ],
      went('2027-03-22T00:30', '2027-03-24T01:00'),
    ],
    [
      'LA, Obi and Hollis both 8 h on at midnight UTC, Lindqvist 30 min by day: neither proves the other',
      [
        ['2027-03-22T00:00', 480],
        [OBI, 480],
        ['2027-03-23T20:30', 30],
      ],
      'hold',
    ],
    // New York: midnight UTC is 8 PM the day before, when a sleep lab's nights start.
    [
      'New York sleep lab, Obi 10 h from 8 PM (00:00Z), others 10 h from 8:30 PM and 9 PM',
      [
        ['2027-03-23T00:30', 600],
        [OBI, 600],
        ['2027-03-24T01:00', 600],
      ],
      went('2027-03-23T00:30', '2027-03-24T01:00'),
      NY,
    ],
    [
      'New York, Obi 10 h from 8 PM (00:00Z), others 30 min at 9 AM and 1:30 PM',
      [
        ['2027-03-22T13:00', 30],
        [OBI, 600],
        ['2027-03-23T17:30', 30],
      ],
      'hold',
      NY,
    ],
  ])('%s', async (_what, slots, outcome, opts = {}) => {
    probe(await read(file(slots), opts), outcome);
  });
});

// ---------------------------------------------------------------------------------------------
// B. The day/month order proved only by a birth date written in the visit dates' own style, with
//    nothing remembered (59r1's open it.fails). Visits 04/03/2027, 04/03/2027, 05/03/2027 read
//    both ways; a birth date `29/08/1963` (day-first) or `08/29/1963` (month-first) proves one.
//    Against the practice's region the birth date is no proof of the visits (held); with it, or
//    proved by a visit date itself, they go.
// ---------------------------------------------------------------------------------------------
describe("B. a birth date's proof of the visit dates' order", () => {
  const BOTH = ['04/03/2027', '04/03/2027', '05/03/2027'];
  const DMY_DOB = ['02/06/1970', '05/04/1999', '29/08/1963'];
  const MDY_DOB = ['06/02/1970', '04/05/1999', '08/29/1963'];
  const file = (dates: string[], dobs: string[]): string[] =>
    lines([['Appt Date', dates], TIME, PATIENT, ['DOB', dobs], PID, PROVIDER, APPT]);
  const LON = { timeZone: 'Europe/London' };
  const NY = { timeZone: 'America/New_York' };

  it.each<[string, string[], Outcome, Partial<ImportOptions>?]>([
    ['LA (month-first region), a day-first birth date', file(BOTH, DMY_DOB), 'hold'],
    ['London (day-first region), a month-first birth date', file(BOTH, MDY_DOB), 'hold', LON],
    [
      'New York, unpadded alike (4/3/2027 beside 29/8/1963)',
      file(['4/3/2027', '4/3/2027', '5/3/2027'], ['2/6/1970', '5/4/1999', '29/8/1963']),
      'hold',
      NY,
    ],
    // London is on GMT until 28 March 2027: 4 March 9:00 is 09:00Z.
    [
      'London, a day-first birth date: the region says the same',
      file(BOTH, DMY_DOB),
      ['2027-03-04T09:00 NEW Hollis', '2027-03-04T10:00 NEW Obi', '2027-03-05T13:30 NEW Lindqvist'],
      LON,
    ],
    // Los Angeles on daylight time: 3 April 9:00 is 16:00Z, 3 May 13:30 is 20:30Z.
    [
      'LA, a month-first birth date: the region says the same',
      file(BOTH, MDY_DOB),
      ['2027-04-03T16:00 NEW Hollis', '2027-04-03T17:00 NEW Obi', '2027-05-03T20:30 NEW Lindqvist'],
    ],
    // Los Angeles on standard time until 14 March: 4 March 9:00 is 17:00Z, 5 March 13:30 21:30Z.
    [
      "LA, a day-first birth date and the appointment's own Date Booked (15/02/2027)",
      [
        ...file(BOTH, DMY_DOB)
          .slice(0, 1)
          .map((h) => `${h},Date Booked`),
        ...file(BOTH, DMY_DOB)
          .slice(1)
          .map((l, i) => `${l},${['15/02/2027', '15/02/2027', '20/02/2027'][i]}`),
      ],
      ['2027-03-04T17:00 NEW Hollis', '2027-03-04T18:00 NEW Obi', '2027-03-05T21:30 NEW Lindqvist'],
    ],
    [
      'LA, a visit date proves day-first itself (23/03/2027)',
      file(['22/03/2027', '22/03/2027', '23/03/2027'], DMY_DOB),
      ['2027-03-22T16:00 NEW Hollis', '2027-03-22T17:00 NEW Obi', '2027-03-23T20:30 NEW Lindqvist'],
    ],
  ])('%s', async (_what, text, outcome, opts = {}) => {
    probe(await read(text, opts), outcome);
  });
});

// ---------------------------------------------------------------------------------------------
// C. Printed: a page break inside a doctor's day (426's hazard). The new page prints its header,
//    the doctor line again and the labels, but no day line: its rows continue the day above when
//    the report says its group goes on (`(CONTINUED)`, `(CONT'D)`), as a report that prints a day
//    line whenever the day changes would have printed one for a new day. Otherwise (the doctor
//    line without the word, or another doctor) the page's rows have no day: row errors.
// ---------------------------------------------------------------------------------------------
describe('C. printed: a page break inside a day', () => {
  const HEAD = (page: number): string[] => [
    `${page > 1 ? '\f' : ''}GREEN VALLEY FAMILY CLINIC                    APPOINTMENT SCHEDULE         PAGE   ${page}`,
    `RUN 03/19/27 16:52                            ${RANGE}`,
    '',
  ];
  const LABELS = [
    printed(['TIME', 'PATIENT', 'CHART', 'BIRTHDATE', 'STATUS']),
    printed(['=======', '='.repeat(22), '='.repeat(8), '='.repeat(10), '======']),
  ];
  const DOCTOR = 'DOCTOR: 03  PATEL, NINA MD';
  /** Hollis on page 1 under Monday; page 2 opens with `doctor2` and `dayLines`, then Obi and
   *  `rest` (Lindqvist under Tuesday unless given). */
  const paged = (doctor2: string, dayLines: string[] = [], rest?: string[]): string =>
    [
      ...HEAD(1),
      DOCTOR,
      '',
      ...LABELS,
      DAYS[0],
      printed([...ROWS.hollis, 'CONF']),
      ...HEAD(2),
      doctor2,
      '',
      ...LABELS,
      ...dayLines,
      printed([...ROWS.obi, 'CONF']),
      ...(rest ?? [DAYS[1], printed([...ROWS.lindqvist, 'CONF'])]),
      '',
      '        REPORT TOTAL: 3',
      '',
    ].join('\n');
  const ALL = ['2027-03-22T16:00 NEW Hollis', '2027-03-22T17:00 NEW Obi', '2027-03-23T20:30 NEW Lindqvist'];
  const run = async (text: string): Promise<Run> => {
    try {
      return await collect(files.write(text, 'txt'), { timeZone: 'America/Los_Angeles' });
    } catch {
      return 'refused';
    }
  };

  it.each<[string, string, Outcome | 'obiError']>([
    [
      'the doctor line again with (CONTINUED), no day line: Obi on Monday',
      paged(`${DOCTOR} (CONTINUED)`),
      ALL,
    ],
    ["the doctor line again with (CONT'D)", paged(`${DOCTOR} (CONT'D)`), ALL],
    ['the doctor line again with - continued', paged(`${DOCTOR} - continued`), ALL],
    [
      'the doctor line again with (CONTINUED) and a Tuesday day line: Obi on Tuesday',
      paged(`${DOCTOR} (CONTINUED)`, [DAYS[1]], [printed([...ROWS.lindqvist, 'CONF'])]),
      ['2027-03-22T16:00 NEW Hollis', '2027-03-23T17:00 NEW Obi', '2027-03-23T20:30 NEW Lindqvist'],
    ],
    ['the doctor line again without the word: Obi has no day', paged(DOCTOR), 'obiError'],
    [
      'another doctor marked (CONTINUED): not the group above, Obi has no day',
      paged('DOCTOR: 07  LEE, RAJ MD (CONTINUED)'),
      'obiError',
    ],
  ])('%s', async (_what, text, outcome) => {
    const r = await run(text);
    if (outcome !== 'obiError') return probe(r, outcome);
    // Held, or Obi's row a row error with the two others sent on their days.
    if (held(r)) return;
    expect(sent(r), explain(r)).toEqual(['2027-03-22T16:00 NEW Hollis', '2027-03-23T20:30 NEW Lindqvist']);
    expect(r !== 'refused' && r.errors.some((e) => e.line === 17), explain(r)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// D. A column named for HL7's SCH-25 "Filler Status Code" (424's `FillerStatus`): the appointment's
//    status as the scheduling system keeps it, written in table 0278's codes (Booked, Cancelled,
//    Noshow, Deleted...). HL7 has no placer's status: `Placer Status` stays another thing's.
// ---------------------------------------------------------------------------------------------
describe("D. HL7's filler status as a column", () => {
  const withStatus = (header: string, obi: string): string[] =>
    lines([DATE, TIME, PATIENT, DOB, PID, PROVIDER, APPT, [header, ['Booked', obi, 'Booked']]]);
  const AS = (obi: string): string[] => [
    `${STARTS[0]} NEW Hollis`,
    `${STARTS[1]} ${obi} Obi`,
    `${STARTS[2]} NEW Lindqvist`,
  ];
  it.each<[string, string[], Outcome]>([
    ['FillerStatus, Obi Cancelled', withStatus('FillerStatus', 'Cancelled'), AS('CANCEL')],
    [
      'Filler Status, Obi Deleted (booked on the wrong patient)',
      withStatus('Filler Status', 'Deleted'),
      AS('CANCEL'),
    ],
    ['Filler Status Code, Obi Cancelled', withStatus('Filler Status Code', 'Cancelled'), AS('CANCEL')],
    [
      'FillerStatus, Obi Noshow (a missed, live appointment)',
      withStatus('FillerStatus', 'Noshow'),
      AS('NEW'),
    ],
    ['FillerStatus, all Booked', withStatus('FillerStatus', 'Booked'), AS('NEW')],
    ['FillerStatus, Obi a code of no table (Zq)', withStatus('FillerStatus', 'Zq'), 'hold'],
    [
      "Placer Status, Obi Cancelled: not the appointment's own status",
      withStatus('Placer Status', 'Cancelled'),
      'hold',
    ],
  ])('%s', async (_what, text, outcome) => {
    probe(await read(text), outcome);
  });
});
