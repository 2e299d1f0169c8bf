// Red team, round 60b: the hazards of the blind layouts 433-435 (an interface engine's SIU batch
// file, a JasperReports CSV render grouped by day, an Access report printed to a text file),
// probed with small variants. Outcomes were worked out by hand before the first run
// (structured-probes.ts `Outcome`: a hold is never a wrong send; a list is exactly what goes).
// Calendar, by hand: Los Angeles is on daylight time from 14 March 2027 (UTC-7); 22 March 2027 is
// a Monday, 23 March a Tuesday (22 March 1927 was a Tuesday). Hollis 22 March 9:00 = 16:00Z, Obi
// 22 March 10:00 = 17:00Z, Lindqvist 23 March 13:30 = 20:30Z.
// First run after the fixes: 21 probes, no wrong send. One false hold, fixed in this round: a
// printed day count 'Appointments this day:   2' was asked about as a group heading ('this' and
// 'day' read as a section's words). Held or refused where the outcome allows a part to go (no wrong
// send): 'TUE 03/22/27' (refused: its rows have no day), the days going back and a '(continued)'
// day that never began (the file held, the line shown). Before the fixes, A's labelled days in
// words and B's short-year day lines were refused (no date column), and a printed count took the
// day and read as a row.
import { describe, expect, it } from 'vitest';
import { exportFiles } from './export-files.ts';
import { DAYS, printed, report, ROWS, three } from './printed-probes.ts';
import { H, hl7, L, O } from './siu-three-probes.ts';
import { explain, fits, type Outcome, structuredRunner } from './structured-probes.ts';
import { linesRunner, STARTS } from './three-row-probes.ts';

const files = exportFiles('redteam-round-60b');
const run = structuredRunner(files);
const runLines = linesRunner(files);
const LINDQVIST_ONLY = [`${STARTS[2]} NEW Lindqvist`];
const MONDAY_ONLY = [`${STARTS[0]} NEW Hollis`, `${STARTS[1]} NEW Obi`];

// ---------------------------------------------------------------------------------------------
// A. A report writer's CSV render grouped by day (434): the day only in its group header.
// ---------------------------------------------------------------------------------------------
const HEADER = 'Time,Patient,Patient ID,DOB,Appt ID,Status';
const HOLLIS = '9:00 AM,"Hollis, Grace",100415,06/02/1970,88101,Scheduled';
const OBI = '10:00 AM,"Obi, Adaeze",100871,04/05/1999,88102,Scheduled';
const LINDQVIST = '1:30 PM,"Lindqvist, Sven",100954,08/29/1963,88103,Scheduled';
const group = (label: string): string => `"${label}",,,,,`;
const grouped = (monday: string, tuesday: string, after: string[] = []): string[] => [
  'Green Valley Family Clinic,,,,,',
  HEADER,
  group(monday),
  HOLLIS,
  OBI,
  ...after,
  group(tuesday),
  LINDQVIST,
  'Total Appointments: 3,,,,,',
];

describe('A. CSV render: a labelled day in words over its rows', () => {
  it.each<[string, string[], Outcome]>([
    [
      'Date: Monday, March 22, 2027 and Date: Tuesday, March 23, 2027',
      grouped('Date: Monday, March 22, 2027', 'Date: Tuesday, March 23, 2027'),
      'booked',
    ],
    [
      'the day without its weekday (Date: March 22, 2027)',
      grouped('Date: March 22, 2027', 'Date: March 23, 2027'),
      'booked',
    ],
    [
      // The weekday contradicts the day: no row under it goes.
      'Date: Tuesday, March 22, 2027 (22 March 2027 is a Monday)',
      grouped('Date: Tuesday, March 22, 2027', 'Date: Tuesday, March 23, 2027'),
      LINDQVIST_ONLY,
    ],
    [
      'a range under the label (Date: March 22, 2027 - March 23, 2027), no day of its own',
      grouped('Date: March 22, 2027 - March 23, 2027', 'Date: March 22, 2027 - March 23, 2027'),
      'held',
    ],
    [
      'a stamp with a time under the label (Date: Monday, March 22, 2027 8:00 AM)',
      grouped('Date: Monday, March 22, 2027 8:00 AM', 'Date: Tuesday, March 23, 2027 8:00 AM'),
      'held',
    ],
    [
      "the print date's label (Run Date: Monday, March 22, 2027): never the rows' day",
      grouped('Run Date: Monday, March 22, 2027', 'Run Date: Tuesday, March 23, 2027'),
      'held',
    ],
    [
      "a day group's count naming its day (Appointments for Monday, March 22, 2027: 2)",
      grouped('Date: Monday, March 22, 2027', 'Date: Tuesday, March 23, 2027', [
        group('Appointments for Monday, March 22, 2027: 2'),
      ]),
      'booked',
    ],
    [
      'a page break inside Monday: page footer, page and column headers again, no group header',
      [
        'Green Valley Family Clinic,,,,,',
        HEADER,
        group('Date: Monday, March 22, 2027'),
        HOLLIS,
        ',,,,,Page 1 of 2',
        'Green Valley Family Clinic,,,,,',
        HEADER,
        OBI,
        group('Appointments for Monday, March 22, 2027: 2'),
        group('Date: Tuesday, March 23, 2027'),
        LINDQVIST,
        ',,,,,Page 2 of 2',
      ],
      'booked',
    ],
  ])('%s', async (_name, lines, outcome) => {
    const r = await runLines(lines);
    expect(fits(r, outcome), explain(r)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// B. A printed report (435): day lines with a two-digit year, no period in the title.
// ---------------------------------------------------------------------------------------------
/** The printed report over `body` with its pages: a form feed starts each page after the first. */
const pages = (...bodies: string[][]): string =>
  bodies.map((b, i) => (i > 0 ? '\f' : '') + report('', b)).join('');

describe('B. Printed: a two-digit year its weekday proves, and a day continued on the next page', () => {
  it.each<[string, string, Outcome]>([
    [
      'Mon 03/22/27 and Tue 03/23/27 (mixed case)',
      report('', three(['Mon 03/22/27', 'Tue 03/23/27'])),
      'booked',
    ],
    // 22 March 1927 was a Tuesday: the weekday is right in the wrong century only.
    [
      'TUE 03/22/27: a Tuesday only in 1927',
      report('', three(['TUE 03/22/27', 'TUE 03/23/27'])),
      LINDQVIST_ONLY,
    ],
    [
      'no weekday (03/22/27, 03/23/27): the century is not stated',
      report('', three(['03/22/27', '03/23/27'])),
      'held',
    ],
    [
      "the days' order going back (TUE 03/23/27 over Hollis and Obi, then MON 03/22/27)",
      report('', three(['TUE 03/23/27', 'MON 03/22/27'])),
      'held',
    ],
    [
      'MON 03/22/27 (continued) atop page 2, over Obi',
      pages(
        [DAYS[0], printed([...ROWS.hollis, 'CONF'])],
        [
          'MON 03/22/27 (continued)',
          printed([...ROWS.obi, 'CONF']),
          DAYS[1],
          printed([...ROWS.lindqvist, 'CONF']),
        ],
      ),
      'booked',
    ],
    [
      'TUE 03/23/27 (continued) atop page 2 when Monday was the day above: Tuesday never began',
      pages(
        [DAYS[0], printed([...ROWS.hollis, 'CONF']), printed([...ROWS.obi, 'CONF'])],
        ['TUE 03/23/27 (continued)', printed([...ROWS.lindqvist, 'CONF'])],
      ),
      MONDAY_ONLY,
    ],
  ])('%s', async (_name, text, outcome) => {
    const r = await run(text, 'txt');
    expect(fits(r, outcome), explain(r)).toBe(true);
  });
});

describe('C. Printed: a count the grid cuts into its label and its number', () => {
  const counted = (count: string): string =>
    report('', [
      DAYS[0],
      printed([...ROWS.hollis, 'CONF']),
      printed([...ROWS.obi, 'CONF']),
      count,
      DAYS[1],
      printed([...ROWS.lindqvist, 'CONF']),
    ]);
  it.each<[string, string, Outcome]>([
    [
      "'Appointments this day:   2' under the patients",
      counted(`${' '.repeat(8)}Appointments this day:   2`),
      'booked',
    ],
    ["'Patients:   2' under the patients", counted(`${' '.repeat(8)}Patients:   2`), 'booked'],
    // A cancellations' count with no row saying which: a person cannot tell who is cancelled.
    ["'Cancelled:   1' under Monday's rows", counted(`${' '.repeat(8)}Cancelled:   1`), 'held'],
  ])('%s', async (_name, text, outcome) => {
    const r = await run(text, 'txt');
    expect(fits(r, outcome), explain(r)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// D. An interface engine's SIU batch file (433): FHS/BHS around the messages, CR segment ends.
// ---------------------------------------------------------------------------------------------
const batch = (body: string): string =>
  [
    'FHS|^~\\&|HEALTHCONNECT|IE|PORTAL|MEDFUSION|20270301130000-0800',
    'BHS|^~\\&|HEALTHCONNECT|IE|PORTAL|MEDFUSION|20270301130000-0800',
  ].join('\r') +
  '\r' +
  body +
  ['BTS|3', 'FTS|1'].join('\r') +
  '\r';
/** Obi's message again as `event` with the filler status `status`, sent later (MSG9 at 12:09). */
const obiAgain = (event: string, status: string): string =>
  hl7({ ...O, at: '202703221000', sch: '-0700' })
    .replace('SIU^S12', `SIU^${event}`)
    .replace('|MSG1|', '|MSG9|')
    .replace('20270301120100', '20270301120900')
    .replace('|Booked', `|${status}`);
const THREE = hl7(
  { ...H, at: '202703220900', sch: '-0700' },
  { ...O, at: '202703221000', sch: '-0700' },
  { ...L, at: '202703231330', sch: '-0700' },
);

describe('D. SIU batch file: FHS/BHS envelope, CR segment ends', () => {
  it.each<[string, string, Outcome]>([
    ['three S12 in a batch', batch(THREE), 'booked'],
    [
      "Obi's S12, then an S15 for it in the same batch (Cancelled)",
      batch(THREE + obiAgain('S15', 'Cancelled')),
      'cancel',
    ],
    [
      "Obi's S12, then an S17 for it in the same batch (Deleted)",
      batch(THREE + obiAgain('S17', 'Deleted')),
      'cancel',
    ],
    [
      "Obi's S12, then an S26 (Noshow): a missed, live appointment",
      batch(THREE + obiAgain('S26', 'Noshow')),
      'booked',
    ],
  ])('%s', async (_name, text, outcome) => {
    const r = await run(text, 'hl7');
    expect(fits(r, outcome), explain(r)).toBe(true);
  });
});
