// Red team, round 60r1: the loosenings of this stop in printed and report-writer files, things
// now sent (7e90e136 a labelled day in words and a day group's count naming its day; d00fc8ad a
// two-digit year its weekday proves and '(continued)' day lines; 8c29aaa0 a count the grid cuts
// into its label and its number). Every outcome was worked out by hand before the first run: the
// visits a person reading the file would send, each as `start status last-name`. A probe passes
// when the file is held, or when everything sent is among them and every visit not sent is
// accounted for (a row error or a skip): never a wrong day, time or status, never a silent drop.
// Calendar, by hand (Los Angeles, daylight time from 14 March 2027, UTC-7; UTC-8 before):
//   22 March 2027 Monday, 23 March Tuesday (22 March 1927 was a Tuesday); Hollis 9:00, Obi 10:00,
//   Lindqvist 13:30: 16:00Z, 17:00Z, 20:30Z on 22/23 March; 12 April 2027 a Monday (22 March + 21
//   days), 13 April a Tuesday, also daylight time;
//   12 March 2027 a Friday (standard time: 17:00Z, 18:00Z), 15 March a Monday (Lindqvist 20:30Z);
//   3 December 2027 a Friday too (12 March + 266 days, 38 weeks): 'Fri 03/12/27' and 'Fri
//   12/03/27' are Fridays read either way; 12 October 2027 a Tuesday (12 March + 214 days);
//   12 March 1999 a Friday, 12 March 2099 a Wednesday (100 years move a weekday by 5);
//   31 December 2026 a Thursday, 1 January 2027 a Friday (standard time: 17:00Z, 18:00Z, 21:30Z).
import { describe, expect, it } from 'vitest';
import { exportFiles } from './export-files.ts';
import { DAYS, printed, report, ROWS, three } from './printed-probes.ts';
import { explain, structuredRunner } from './structured-probes.ts';
import { held, linesRunner, type Run, STARTS } from './three-row-probes.ts';

const files = exportFiles('redteam-round-60r1');
const run = structuredRunner(files);
const runLines = linesRunner(files);

const ALL = [`${STARTS[0]} NEW Hollis`, `${STARTS[1]} NEW Obi`, `${STARTS[2]} NEW Lindqvist`];
const on = (hollis: string, obi: string, lindqvist: string): string[] => [
  `${hollis} NEW Hollis`,
  `${obi} NEW Obi`,
  `${lindqvist} NEW Lindqvist`,
];

/** No wrong send: held, or all that went is among `right`, and each visit of `right` not sent
 *  is a row error or a skip (no silent drop). */
function noWrongSend(r: Run, right: string[]): boolean {
  if (held(r) || r === 'refused') return true;
  const went = r.appointments.map(
    (a) => `${a.start.toISOString().slice(0, 16)} ${a.status} ${a.patient.lastName}`,
  );
  if (!went.every((w) => right.includes(w))) return false;
  const missing = right.filter((w) => !went.includes(w)).length;
  return missing <= r.errors.length + r.skipped.length;
}

// ---------------------------------------------------------------------------------------------
// A. A report writer's CSV render grouped by day: the day only in a labelled header in words.
// ---------------------------------------------------------------------------------------------
const HEADER = 'Time,Patient,Patient ID,DOB,Appt ID,Status';
const HOLLIS = '9:00 AM,"Hollis, Grace",100415,06/02/1970,88101,Scheduled';
const OBI = '10:00 AM,"Obi, Adaeze",100871,04/05/1999,88102,Scheduled';
const LINDQVIST = '1:30 PM,"Lindqvist, Sven",100954,08/29/1963,88103,Scheduled';
const group = (label: string): string => `"${label}",,,,,`;
const TITLE = 'Green Valley Family Clinic,,,,,';
const grouped = (monday: string, tuesday: string, after: string[] = [], title = TITLE): string[] => [
  title,
  HEADER,
  group(monday),
  HOLLIS,
  OBI,
  ...after,
  group(tuesday),
  LINDQVIST,
  'Total Appointments: 3,,,,,',
];
/** One group header over all three rows (Lindqvist's day is the 23rd: one header can't be right). */
const oneGroup = (label: string): string[] => [
  TITLE,
  HEADER,
  group(label),
  HOLLIS,
  OBI,
  LINDQVIST,
  'Total Appointments: 3,,,,,',
];

describe('A. CSV render: a labelled day in words over its rows', () => {
  it.each<[string, string[], string[]]>([
    // A week's range is no day: nothing can go on the week's first day.
    ['Week of March 22, 2027 over all three', oneGroup('Week of March 22, 2027'), []],
    ['Week of: March 22, 2027', oneGroup('Week of: March 22, 2027'), []],
    ['Date: Week of March 22, 2027', oneGroup('Date: Week of March 22, 2027'), []],
    ['Week Beginning: Monday, March 22, 2027', oneGroup('Week Beginning: Monday, March 22, 2027'), []],
    ['Week Ending: Friday, March 26, 2027', oneGroup('Week Ending: Friday, March 26, 2027'), []],
    ['Date: March 22 - 23, 2027', oneGroup('Date: March 22 - 23, 2027'), []],
    ['Date: March 22-26, 2027', oneGroup('Date: March 22-26, 2027'), []],
    // The weekday contradicts the date: the rows under it have no day.
    [
      'Date: Friday, March 22, 2027 over Monday',
      grouped('Date: Friday, March 22, 2027', 'Date: Tuesday, March 23, 2027'),
      [ALL[2]!],
    ],
    [
      'Date: Mon, Mar 23, 2027 over Tuesday (23rd is a Tuesday)',
      grouped('Date: Monday, March 22, 2027', 'Date: Mon, Mar 23, 2027'),
      [ALL[0]!, ALL[1]!],
    ],
    // A print date over the rows is never their day.
    ['Printed: Monday, March 22, 2027', oneGroup('Printed: Monday, March 22, 2027'), []],
    ['Printed On: Monday, March 22, 2027', oneGroup('Printed On: Monday, March 22, 2027'), []],
    ['Run Date: Monday, March 22, 2027', oneGroup('Run Date: Monday, March 22, 2027'), []],
    ['Date Printed: Monday, March 22, 2027', oneGroup('Date Printed: Monday, March 22, 2027'), []],
    // The day the booking was made (a 'scheduled on' report's groups): never the visit's day.
    [
      'Date Booked: Monday, March 15, 2027 groups',
      grouped('Date Booked: Monday, March 15, 2027', 'Date Booked: Tuesday, March 16, 2027'),
      [],
    ],
    [
      'Booking Date: Monday, March 15, 2027 groups',
      grouped('Booking Date: Monday, March 15, 2027', 'Booking Date: Tuesday, March 16, 2027'),
      [],
    ],
    [
      'Date Scheduled: Monday, March 15, 2027 groups',
      grouped('Date Scheduled: Monday, March 15, 2027', 'Date Scheduled: Tuesday, March 16, 2027'),
      [],
    ],
    [
      'Entered Date: Monday, March 15, 2027 groups',
      grouped('Entered Date: Monday, March 15, 2027', 'Entered Date: Tuesday, March 16, 2027'),
      [],
    ],
    [
      'Created: Monday, March 15, 2027 groups',
      grouped('Created: Monday, March 15, 2027', 'Created: Tuesday, March 16, 2027'),
      [],
    ],
    [
      'Date Made: Monday, March 15, 2027 groups',
      grouped('Date Made: Monday, March 15, 2027', 'Date Made: Tuesday, March 16, 2027'),
      [],
    ],
    [
      'Cancel Date: Monday, March 15, 2027 groups',
      grouped('Cancel Date: Monday, March 15, 2027', 'Cancel Date: Tuesday, March 16, 2027'),
      [],
    ],
    [
      'Last Visit Date: Monday, March 15, 2027 groups',
      grouped('Last Visit Date: Monday, March 15, 2027', 'Last Visit Date: Tuesday, March 16, 2027'),
      [],
    ],
    // The visit's own date under other labels: the rows' day.
    [
      'Appointment Date: Monday, March 22, 2027',
      grouped('Appointment Date: Monday, March 22, 2027', 'Appointment Date: Tuesday, March 23, 2027'),
      ALL,
    ],
    [
      'Visit Date: Monday, March 22, 2027',
      grouped('Visit Date: Monday, March 22, 2027', 'Visit Date: Tuesday, March 23, 2027'),
      ALL,
    ],
    // No year: no title states the period, so the year is a guess.
    ['Date: Monday, March 22 (no year)', grouped('Date: Monday, March 22', 'Date: Tuesday, March 23'), []],
    [
      'Date: Monday, March 22 under a title stating 03/22/2027 - 03/23/2027',
      grouped(
        'Date: Monday, March 22',
        'Date: Tuesday, March 23',
        [],
        'Appointments 03/22/2027 - 03/23/2027,,,,,',
      ),
      ALL,
    ],
    // Day-first long dates: no order to guess.
    ['Date: Monday 22 March 2027', grouped('Date: Monday 22 March 2027', 'Date: Tuesday 23 March 2027'), ALL],
    [
      'Date: Monday, 22 March 2027',
      grouped('Date: Monday, 22 March 2027', 'Date: Tuesday, 23 March 2027'),
      ALL,
    ],
    [
      'Datum: Montag, 22. März 2027',
      grouped('Datum: Montag, 22. März 2027', 'Datum: Dienstag, 23. März 2027'),
      ALL,
    ],
    ['Date: 22 March 2027 (no weekday)', grouped('Date: 22 March 2027', 'Date: 23 March 2027'), ALL],
    [
      'Date: Sunday 22 March 2027 (a wrong weekday, day-first)',
      grouped('Date: Sunday 22 March 2027', 'Date: Tuesday 23 March 2027'),
      [ALL[2]!],
    ],
    // A day group's count: only a total when it names the day of the group it closes.
    [
      'a count naming another day under Monday (Appointments for Tuesday, March 23, 2027: 2)',
      grouped('Date: Monday, March 22, 2027', 'Date: Tuesday, March 23, 2027', [
        group('Appointments for Tuesday, March 23, 2027: 2'),
      ]),
      ALL,
    ],
    [
      // The count line heads Tuesday's rows instead of a Date: line: Lindqvist is not Monday's.
      "Tuesday's header written as its count (Appointments for Tuesday, March 23, 2027: 1)",
      [
        TITLE,
        HEADER,
        group('Date: Monday, March 22, 2027'),
        HOLLIS,
        OBI,
        group('Appointments for Tuesday, March 23, 2027: 1'),
        LINDQVIST,
      ],
      [ALL[0]!, ALL[1]!],
    ],
    [
      'Visits on Monday, March 22, 2027: 2 then Date: Tuesday',
      grouped('Date: Monday, March 22, 2027', 'Date: Tuesday, March 23, 2027', [
        group('Visits on Monday, March 22, 2027: 2'),
      ]),
      ALL,
    ],
    [
      'Cancelled for Monday, March 22, 2027: 1 (which one is not said)',
      grouped('Date: Monday, March 22, 2027', 'Date: Tuesday, March 23, 2027', [
        group('Cancelled for Monday, March 22, 2027: 1'),
      ]),
      [ALL[2]!],
    ],
    [
      'Total for Monday, March 22, 2027: 2 (a total)',
      grouped('Date: Monday, March 22, 2027', 'Date: Tuesday, March 23, 2027', [
        group('Total for Monday, March 22, 2027: 2'),
      ]),
      ALL,
    ],
    [
      'Missed appointments for Monday, March 22, 2027: 1',
      grouped('Date: Monday, March 22, 2027', 'Date: Tuesday, March 23, 2027', [
        group('Missed appointments for Monday, March 22, 2027: 1'),
      ]),
      [ALL[2]!],
    ],
    [
      'No Shows for Mon 03/22/2027: 1',
      grouped('Date: Monday, March 22, 2027', 'Date: Tuesday, March 23, 2027', [
        group('No Shows for Mon 03/22/2027: 1'),
      ]),
      [ALL[2]!],
    ],
    [
      'a count naming Monday in digits (Appointments for 03/22/2027: 2)',
      grouped('Date: Monday, March 22, 2027', 'Date: Tuesday, March 23, 2027', [
        group('Appointments for 03/22/2027: 2'),
      ]),
      ALL,
    ],
    [
      "Tuesday's header written as its count, in digits (Visits for 03/23/2027: 1)",
      [TITLE, HEADER, group('Date: 03/22/2027'), HOLLIS, OBI, group('Visits for 03/23/2027: 1'), LINDQVIST],
      [ALL[0]!, ALL[1]!],
    ],
    [
      'No-shows on Monday, March 22, 2027: 1',
      grouped('Date: Monday, March 22, 2027', 'Date: Tuesday, March 23, 2027', [
        group('No-shows on Monday, March 22, 2027: 1'),
      ]),
      [ALL[2]!],
    ],
    // A row's own date beside the group's.
    [
      "Obi's own Date column says the 23rd under Monday's header",
      [
        TITLE,
        `Date,${HEADER}`,
        group('Date: Monday, March 22, 2027') + ',',
        `03/22/2027,${HOLLIS}`,
        `03/23/2027,${OBI}`,
        group('Date: Tuesday, March 23, 2027') + ',',
        `03/23/2027,${LINDQVIST}`,
      ],
      [ALL[0]!, ALL[2]!],
    ],
    [
      "every row's own Date column agrees with its header",
      [
        TITLE,
        `Date,${HEADER}`,
        group('Date: Monday, March 22, 2027') + ',',
        `03/22/2027,${HOLLIS}`,
        `03/22/2027,${OBI}`,
        group('Date: Tuesday, March 23, 2027') + ',',
        `03/23/2027,${LINDQVIST}`,
      ],
      ALL,
    ],
    // '(continued)' over a CSV render's page.
    [
      'Date: Monday, March 22, 2027 (continued) over Obi',
      grouped('Date: Monday, March 22, 2027', 'Date: Tuesday, March 23, 2027', []).flatMap((l) =>
        l === OBI ? [group('Date: Monday, March 22, 2027 (continued)'), OBI] : [l],
      ),
      ALL,
    ],
    [
      'Date: Tuesday, March 23, 2027 (continued) over Obi under Monday',
      grouped('Date: Monday, March 22, 2027', 'Date: Tuesday, March 23, 2027', []).flatMap((l) =>
        l === OBI ? [group('Date: Tuesday, March 23, 2027 (continued)'), OBI] : [l],
      ),
      [ALL[0]!, ALL[2]!],
    ],
  ])('%s', async (_name, lines, right) => {
    const r = await runLines(lines);
    expect(noWrongSend(r, right), explain(r)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// B. Printed: a two-digit year its weekday proves, '(continued)' day lines.
// ---------------------------------------------------------------------------------------------
/** The printed report over `body` with its pages: a form feed starts each page after the first. */
const pages = (...bodies: string[][]): string =>
  bodies.map((b, i) => (i > 0 ? '\f' : '') + report('', b)).join('');
// Birthdates day-first (29/08/1963): the file proves day-first.
const UK = {
  hollis: ['9:00A', 'HOLLIS, GRACE', '100415', '02/06/1970'],
  obi: ['10:00A', 'OBI, ADAEZE', '100871', '05/04/1999'],
  lindqvist: ['1:30P', 'LINDQVIST, SVEN', '100954', '29/08/1963'],
};
// Birthdates that prove no order (every part 12 or less).
const EITHER = {
  hollis: ['9:00A', 'HOLLIS, GRACE', '100415', '06/02/1970'],
  obi: ['10:00A', 'OBI, ADAEZE', '100871', '04/05/1999'],
  lindqvist: ['1:30P', 'LINDQVIST, SVEN', '100954', '08/09/1963'],
};
const days = (rows: typeof ROWS, d: [string, string]): string[] => [
  d[0],
  printed([...rows.hollis, 'CONF']),
  printed([...rows.obi, 'CONF']),
  d[1],
  printed([...rows.lindqvist, 'CONF']),
];
const oneDay = (rows: typeof ROWS, d: string): string[] => [
  d,
  printed([...rows.hollis, 'CONF']),
  printed([...rows.obi, 'CONF']),
  printed([...rows.lindqvist, 'CONF']),
];
const MAR12 = on('2027-03-12T17:00', '2027-03-12T18:00', '2027-03-12T21:30');
const DEC3 = on('2027-12-03T17:00', '2027-12-03T18:00', '2027-12-03T21:30');
/** Monday's rows, a page break, `cont` atop page 2 over Obi, then Tuesday. */
const brokenMonday = (cont: string, obi = ROWS.obi): string =>
  pages(
    [DAYS[0], printed([...ROWS.hollis, 'CONF'])],
    [cont, printed([...obi, 'CONF']), DAYS[1], printed([...ROWS.lindqvist, 'CONF'])],
  );

describe('B. Printed: two-digit years and continued days', () => {
  it.each<[string, string, string[]]>([
    // A weekday right in no century: a typo, no day.
    ['WED 03/22/27 (a Monday): no day', report('', three(['WED 03/22/27', 'TUE 03/23/27'])), [ALL[2]!]],
    ['SUN 03/22/27 and SUN 03/23/27', report('', three(['SUN 03/22/27', 'SUN 03/23/27'])), []],
    // Right in 1999 only (2099's 12 March is a Wednesday): no schedule of 1999 goes as 2099.
    ['FRI 03/12/99 and MON 03/15/99', report('', days(ROWS, ['FRI 03/12/99', 'MON 03/15/99'])), []],
    // Month-first proved by the birthdates, and by 15: 12 and 15 March 2027.
    [
      'Fri 03/12/27 and Mon 03/15/27',
      report('', days(ROWS, ['Fri 03/12/27', 'Mon 03/15/27'])),
      [MAR12[0]!, MAR12[1]!, `2027-03-15T20:30 NEW Lindqvist`],
    ],
    // Day-first print (15 can only be a day): 12 and 15 March 2027.
    [
      'Fri 12/03/27 and Mon 15/03/27 (day-first)',
      report('', days(UK, ['Fri 12/03/27', 'Mon 15/03/27'])),
      [MAR12[0]!, MAR12[1]!, `2027-03-15T20:30 NEW Lindqvist`],
    ],
    [
      'Mon 12/04/27 and Tue 13/04/27 (day-first; Monday only as 12 April)',
      report('', days(UK, ['Mon 12/04/27', 'Tue 13/04/27'])),
      on('2027-04-12T16:00', '2027-04-12T17:00', '2027-04-13T20:30'),
    ],
    [
      'Mon 12/04/27 and Tue 13/04/27 under birthdates proving nothing',
      report('', days(EITHER, ['Mon 12/04/27', 'Tue 13/04/27'])),
      on('2027-04-12T16:00', '2027-04-12T17:00', '2027-04-13T20:30'),
    ],
    // One day line both ways a Friday of 2027: the birthdates decide, or nothing does.
    ['Fri 12/03/27 alone, birthdates day-first: 12 March', report('', oneDay(UK, 'Fri 12/03/27')), MAR12],
    [
      'Fri 12/03/27 alone, birthdates month-first: 3 December',
      report('', oneDay(ROWS, 'Fri 12/03/27')),
      DEC3,
    ],
    // Worked out as [] (nothing may go) first; both went month-first. That is the region's order, the
    // last fallback of every date (region-date-order.ts, issue 9: a Los Angeles practice writes
    // month-first), as the same day with its four-digit year goes: no guess of this stop's.
    [
      'Fri 12/03/27 alone, birthdates prove no order (region: 3 December)',
      report('', oneDay(EITHER, 'Fri 12/03/27')),
      DEC3,
    ],
    [
      'Fri 03/12/27 alone, birthdates prove no order (region: 12 March)',
      report('', oneDay(EITHER, 'Fri 03/12/27')),
      MAR12,
    ],
    [
      'Fri 12/03/2027 alone, birthdates prove no order (region: 3 December)',
      report('', oneDay(EITHER, 'Fri 12/03/2027')),
      DEC3,
    ],
    // Both Fridays month-first (3 and 10 December), day-first 12 October is a Tuesday.
    [
      'Fri 12/03/27 and Fri 12/10/27, birthdates prove no order',
      report('', days(EITHER, ['Fri 12/03/27', 'Fri 12/10/27'])),
      [DEC3[0]!, DEC3[1]!, '2027-12-10T21:30 NEW Lindqvist'],
    ],
    // No year at all, the title's period over New Year gives it.
    [
      'THU 12/31 and FRI 01/01 under 12/31/26 THRU 01/01/27',
      report('12/31/26 THRU 01/01/27', three(['THU 12/31', 'FRI 01/01'])),
      on('2026-12-31T17:00', '2026-12-31T18:00', '2027-01-01T21:30'),
    ],
    [
      'THU 12/31/26 and FRI 01/01/27, no period',
      report('', three(['THU 12/31/26', 'FRI 01/01/27'])),
      on('2026-12-31T17:00', '2026-12-31T18:00', '2027-01-01T21:30'),
    ],
    // Printed day lines in words, and lines that are no day of the rows.
    [
      'MONDAY 22 MARCH 2027 and TUESDAY 23 MARCH 2027 (day-first in words)',
      report('', three(['MONDAY 22 MARCH 2027', 'TUESDAY 23 MARCH 2027'])),
      ALL,
    ],
    [
      'Date: Monday, March 22, 2027 and Date: Tuesday, March 23, 2027 printed',
      report('', three(['Date: Monday, March 22, 2027', 'Date: Tuesday, March 23, 2027'])),
      ALL,
    ],
    [
      'Printed: Monday, March 22, 2027 over all three',
      report('', oneDay(ROWS, 'Printed: Monday, March 22, 2027')),
      [],
    ],
    ['WEEK OF 03/22/27 over all three', report('', oneDay(ROWS, 'WEEK OF 03/22/27')), []],
    [
      'Week of Monday, March 22, 2027 over all three',
      report('', oneDay(ROWS, 'Week of Monday, March 22, 2027')),
      [],
    ],
    [
      'Date Booked: Monday, March 15, 2027 printed groups',
      report('', three(['Date Booked: Monday, March 15, 2027', 'Date Booked: Tuesday, March 16, 2027'])),
      [],
    ],
    // '(continued)' day lines in other words.
    ['MON 03/22/27 (CONT.)', brokenMonday('MON 03/22/27 (CONT.)'), ALL],
    ["MON 03/22/27 (cont'd)", brokenMonday("MON 03/22/27 (cont'd)"), ALL],
    ['MON 03/22/27 - CONTINUED', brokenMonday('MON 03/22/27 - CONTINUED'), ALL],
    ['MON 03/22/27 CONTINUED (no mark)', brokenMonday('MON 03/22/27 CONTINUED'), ALL],
    [
      'MON 03/22/27 (continued from previous page)',
      brokenMonday('MON 03/22/27 (continued from previous page)'),
      ALL,
    ],
    ['CONTINUED FROM PREVIOUS PAGE alone', brokenMonday('CONTINUED FROM PREVIOUS PAGE'), ALL],
    ['TUE 03/23/27 (CONT.) over Monday', brokenMonday('TUE 03/23/27 (CONT.)'), [ALL[0]!, ALL[2]!]],
    ['SUN 03/21/27 (continued) over Monday', brokenMonday('SUN 03/21/27 (continued)'), [ALL[0]!, ALL[2]!]],
    // The same day, another form (a weekday in words): still Monday if read at all.
    ['Monday, March 22, 2027 (continued)', brokenMonday('Monday, March 22, 2027 (continued)'), ALL],
    // Obi's time restarts earlier than Hollis's on the continued page: Obi at 8:00 on Monday.
    [
      "continued Monday, Obi's time before Hollis's",
      brokenMonday('MON 03/22/27 (continued)', ['8:00A', 'OBI, ADAEZE', '100871', '04/05/1999']),
      [ALL[0]!, '2027-03-22T15:00 NEW Obi', ALL[2]!],
    ],
    // Continued again after Tuesday began: Monday comes back, it continues nothing.
    [
      'MON 03/22/27 (continued) after Tuesday',
      pages(
        [DAYS[0], printed([...ROWS.hollis, 'CONF']), DAYS[1], printed([...ROWS.lindqvist, 'CONF'])],
        ['MON 03/22/27 (continued)', printed([...ROWS.obi, 'CONF'])],
      ),
      [ALL[0]!, ALL[2]!],
    ],
    // A continued line on page 1, with no page break.
    [
      'MON 03/22/27 (continued) with no page break',
      report('', [
        DAYS[0],
        printed([...ROWS.hollis, 'CONF']),
        'MON 03/22/27 (continued)',
        printed([...ROWS.obi, 'CONF']),
        DAYS[1],
        printed([...ROWS.lindqvist, 'CONF']),
      ]),
      ALL,
    ],
  ])('%s', async (_name, text, right) => {
    const r = await run(text, 'txt');
    expect(noWrongSend(r, right), explain(r)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// C. Printed: counts cut by the grid, other words.
// ---------------------------------------------------------------------------------------------
const counted = (count: string, rows = ROWS): string =>
  report('', [
    DAYS[0],
    printed([...rows.hollis, 'CONF']),
    printed([...rows.obi, 'CONF']),
    count,
    DAYS[1],
    printed([...rows.lindqvist, 'CONF']),
  ]);
const pad = ' '.repeat(8);

describe('C. Printed: counts and rows of two cells', () => {
  it.each<[string, string, string[]]>([
    ['Total for day:   2', counted(`${pad}Total for day:   2`), ALL],
    ['No. of appts:   2', counted(`${pad}No. of appts:   2`), ALL],
    ['Count:   2', counted(`${pad}Count:   2`), ALL],
    ['Appointments today:   2', counted(`${pad}Appointments today:   2`), ALL],
    ['Total this date:   2', counted(`${pad}Total this date:   2`), ALL],
    // A count of cancellations or no-shows with no row saying which: who is not coming is unknown.
    ['Cancelled this day:   1', counted(`${pad}Cancelled this day:   1`), [ALL[2]!]],
    ['Cancelled today:   1', counted(`${pad}Cancelled today:   1`), [ALL[2]!]],
    ['No shows this date:   1', counted(`${pad}No shows this date:   1`), [ALL[2]!]],
    ['Cancellations for day:   1', counted(`${pad}Cancellations for day:   1`), [ALL[2]!]],
    // A detail line under Obi's row (a room, a chart number): Obi's own or nothing.
    ['Room:   2 under Obi', counted(`${pad}Room:   2`), ALL],
    ['Chart:   100871 under Obi', counted(`${pad}Chart:   100871`), ALL],
    // A row of its time and a number only (the grid lost the name): no patient, no visit.
    ['10:30A  with only a chart number', counted(printed(['10:30A', '', '100999', ''])), ALL],
    // A patient written with a colon (a label-like name) and a number.
    ['OBI: 100871 (a name ending in a colon)', counted(printed(['', 'OBI:', '100871', ''])), ALL],
  ])('%s', async (_name, text, right) => {
    const r = await run(text, 'txt');
    expect(noWrongSend(r, right), explain(r)).toBe(true);
  });
});
