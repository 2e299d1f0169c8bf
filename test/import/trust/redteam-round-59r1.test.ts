// Red team, round 59r1: the loosenings of stop 59 (files once held, refused or errored on that are
// now SENT), attacked for wrong sends only. Every outcome was worked out by hand, from the file and
// the calendar, before the first run:
//   'hold'   a person could not be sure: the file is held (a question) or refused, or the doubtful
//            row is a row error; anything sent for it is a wrong send;
//   a list   held, or exactly these sent (`start status last-name`, start as UTC minutes);
//   'notObiBooked'  held, or Obi's row never goes booked (a row error, skipped, or cancelled).
// People: Hollis, Obi and Lindqvist of three-row-probes.ts; the sign under test is on Obi's row.
// Calendar, by hand: the US is on daylight time from 14 March 2027 (Los Angeles UTC-7, Chicago
// UTC-5, Anchorage UTC-8); Honolulu is UTC-10 and Guam UTC+10 all year; London is on GMT until
// 28 March 2027. 22 March 2027 is a Monday, 29 December 2026 a Tuesday, 4 January 2027 a Monday.
// First run (85 probes, before any fix): 18 failed. Wrong sends: every start of a file at midnight
// UTC with an end sent at that hour (5 PM in Los Angeles, 10 AM in Guam; 9 probes); a day line of
// a two-digit year outside the stated period left its rows on the day above (3: Lindqvist sent on
// 22 March); Obi's `-0000` stamp sent at 3 AM beside -0700 starts (1); another system's export
// proved only by one birth date, against the memory and the region (2). Fixed (file-audit.ts,
// group-columns.ts, start-zones.ts, layout-date-order.ts); 3 open as it.fails (see each).
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';
import { DAYS, printed, RANGE, report, ROWS, three } from './printed-probes.ts';
import { explain, PEOPLE, type Person, xmlFile } from './structured-probes.ts';
import { APPT, DOB, held, lines, PATIENT, PID, PROVIDER, type Run, TIME } from './three-row-probes.ts';
import type { ImportOptions } from '../../../main/model/import-summary.ts';

const files = exportFiles('redteam-round-59r1');

type Outcome = 'hold' | 'notObiBooked' | string[];

/** Reads `text` (lines, or one text) as `export-N.ext` with `opts` (Los Angeles unless given). */
async function read(text: string | string[], ext = 'csv', opts: Partial<ImportOptions> = {}): Promise<Run> {
  try {
    return await collect(files.write(text, ext), { timeZone: 'America/Los_Angeles', ...opts });
  } catch {
    return 'refused';
  }
}

const went = (r: Run): string[] =>
  r === 'refused'
    ? []
    : r.appointments.map((a) => `${a.start.toISOString().slice(0, 16)} ${a.status} ${a.patient.lastName}`);

/** Whether `r` is no wrong send for the hand-worked `outcome`. */
function fits(r: Run, outcome: Outcome): boolean {
  if (held(r) || r === 'refused') return true;
  const sent = went(r);
  if (outcome === 'hold') return !sent.some((s) => s.endsWith(' Obi')) && r.errors.length > 0;
  if (outcome === 'notObiBooked') return !sent.some((s) => s.endsWith(' Obi') && !s.includes(' CANCEL '));
  return JSON.stringify([...sent].sort()) === JSON.stringify([...outcome].sort());
}

const probe = async (r: Run, outcome: Outcome): Promise<void> => {
  expect(fits(r, outcome), explain(r)).toBe(true);
};

// ---------------------------------------------------------------------------------------------
// A. A start at exactly midnight UTC with an end beside it (b23c98d8, row-start.ts). A program
//    that writes an untimed or all-day item as the date at UTC midnight may write its end as the
//    start plus a default length; a file all of whose starts are UTC midnight is such a file.
// ---------------------------------------------------------------------------------------------
describe('A. midnight UTC starts with an end', () => {
  const HEAD = ['Start', 'End', 'Patient', 'DOB', 'Patient ID', 'Provider', 'Appt ID'];
  const iso = (at: string): string => `${at}:00.000Z`;
  const plus = (at: string, minutes: number): string =>
    new Date(Date.parse(`${at}:00Z`) + minutes * 60_000).toISOString().slice(0, 16);
  /** The file: [start, end] per person as UTC `YYYY-MM-DDTHH:MM` (end as written when not). */
  const file = (slots: Array<[string, string]>): string[] =>
    lines([
      ['Start', slots.map((s) => iso(s[0]))],
      ['End', slots.map((s) => (/^\d{4}-\d\d-\d\dT\d\d:\d\d$/.test(s[1]) ? iso(s[1]) : s[1]))],
      PATIENT,
      DOB,
      PID,
      PROVIDER,
      APPT,
    ]).map((l, i) => (i === 0 ? HEAD.join(',') : l));
  // Los Angeles: Hollis 16:00Z, Lindqvist 20:30Z (as timed rows); Obi at 2027-03-23T00:00Z (5 PM
  // on the 22nd there).
  const OBI = '2027-03-23T00:00';
  const mixed = (obiEnd: string): string[] =>
    file([
      ['2027-03-22T16:00', '2027-03-22T16:30'],
      [OBI, obiEnd],
      ['2027-03-23T20:30', '2027-03-23T21:00'],
    ]);
  const MIXED_SENT = ['2027-03-22T16:00 NEW Hollis', `${OBI} NEW Obi`, '2027-03-23T20:30 NEW Lindqvist'];
  /** Every start at midnight UTC (22, 22, 23 March), each end `minutes[i]` after it. */
  const allMidnight = (minutes: [number, number, number]): string[] =>
    file(
      ['2027-03-22T00:00', '2027-03-22T00:00', '2027-03-23T00:00'].map((s, i) => [
        s,
        plus(s, minutes[i]!),
      ]) as Array<[string, string]>,
    );

  it.each<[string, string[], Outcome, string?]>([
    [
      "Obi at midnight UTC, end 30 min on (5 PM here, others timed): Obi's real time",
      mixed(plus(OBI, 30)),
      MIXED_SENT,
    ],
    ['Obi at midnight UTC, end one hour on', mixed(plus(OBI, 60)), MIXED_SENT],
    ['Obi at midnight UTC, end the next midnight minus a minute', mixed(plus(OBI, 1439)), 'hold'],
    ['Obi at midnight UTC, end the next midnight', mixed(plus(OBI, 1440)), 'hold'],
    ['Obi at midnight UTC, end the same instant', mixed(OBI), 'hold'],
    ['Obi at midnight UTC, end 30 min before it', mixed(plus(OBI, -30)), 'hold'],
    ['Obi at midnight UTC, end a local time (2027-03-22 17:30)', mixed('2027-03-22 17:30'), MIXED_SENT],
    ['Obi at midnight UTC, end a bare clock (00:30)', mixed('00:30'), 'hold'],
    ['Obi at midnight UTC, end empty', mixed(''), 'hold'],
    ['every start at midnight UTC, each end 30 min on', allMidnight([30, 30, 30]), 'hold'],
    ['every start at midnight UTC, each end an hour on', allMidnight([60, 60, 60]), 'hold'],
    ['every start at midnight UTC, each end 8 h on', allMidnight([480, 480, 480]), 'hold'],
    ['every start at midnight UTC, ends 20, 45 and 60 min on', allMidnight([20, 45, 60]), 'hold'],
    [
      'every start at midnight UTC, each end a minute before the next midnight',
      allMidnight([1439, 1439, 1439]),
      'hold',
    ],
  ])('Los Angeles: %s', async (_what, text, outcome) => {
    await probe(await read(text), outcome);
  });

  // A lone midnight-UTC start whose end is 8 h on, in a file of timed rows, went as 5 PM to 1 AM.
  // Worked out as held (an untimed item given a working day's default length). Fixed in 60c: a
  // long end proves the time only beside the file's other long visits starting near that hour
  // (trust/long-midnight-visits.ts; variants in redteam-round-60c.test.ts A).
  it('Los Angeles: Obi at midnight UTC, end 8 h on (5 PM to 1 AM), others timed: held', async () => {
    await probe(await read(mixed(plus(OBI, 480))), 'hold');
  });

  it.each<[string, string, () => string[], Outcome]>([
    // Honolulu UTC-10: Hollis 9:00 = 19:00Z, Obi midnight UTC of the 23rd = 2 PM on the 22nd,
    // Lindqvist 13:30 on the 23rd = 23:30Z.
    [
      'Honolulu, Obi at midnight UTC with a 30 min end (2 PM), others timed',
      'Pacific/Honolulu',
      () =>
        file([
          ['2027-03-22T19:00', '2027-03-22T19:30'],
          [OBI, plus(OBI, 30)],
          ['2027-03-23T23:30', '2027-03-24T00:00'],
        ]),
      ['2027-03-22T19:00 NEW Hollis', `${OBI} NEW Obi`, '2027-03-23T23:30 NEW Lindqvist'],
    ],
    [
      'Honolulu, every start at midnight UTC with 30 min ends',
      'Pacific/Honolulu',
      () => allMidnight([30, 30, 30]),
      'hold',
    ],
    [
      'Anchorage, every start at midnight UTC with 30 min ends',
      'America/Anchorage',
      () => allMidnight([30, 30, 30]),
      'hold',
    ],
    [
      'Chicago, every start at midnight UTC with 20 min ends',
      'America/Chicago',
      () => allMidnight([20, 20, 20]),
      'hold',
    ],
    // Guam UTC+10: midnight UTC is 10 AM the same day.
    [
      'Guam, every start at midnight UTC with 30 min ends (10 AM)',
      'Pacific/Guam',
      () => allMidnight([30, 30, 30]),
      'hold',
    ],
    [
      'Guam, every start at midnight UTC with 8 h ends',
      'Pacific/Guam',
      () => allMidnight([480, 480, 480]),
      'hold',
    ],
    [
      'Guam, every start at midnight UTC, no end',
      'Pacific/Guam',
      () => file(['2027-03-22T00:00', '2027-03-22T00:00', '2027-03-23T00:00'].map((s) => [s, ''])),
      'hold',
    ],
    // Guam: Hollis 9:00 on the 22nd = 23:00Z on the 21st, Obi 10:00 = 00:00Z, Lindqvist 13:30 on
    // the 23rd = 03:30Z.
    [
      'Guam, Obi at midnight UTC (10 AM) with a 30 min end, others timed',
      'Pacific/Guam',
      () =>
        file([
          ['2027-03-21T23:00', '2027-03-21T23:30'],
          ['2027-03-22T00:00', '2027-03-22T00:30'],
          ['2027-03-23T03:30', '2027-03-23T04:00'],
        ]),
      ['2027-03-21T23:00 NEW Hollis', '2027-03-22T00:00 NEW Obi', '2027-03-23T03:30 NEW Lindqvist'],
    ],
  ])('%s', async (_what, timeZone, text, outcome) => {
    await probe(await read(text(), 'csv', { timeZone }), outcome);
  });
});

// ---------------------------------------------------------------------------------------------
// B. A count line naming its group heading's words is a total, not a heading (a1e6f311,
//    report-furniture.ts). A heading may name the group AND the status of the rows below it.
// ---------------------------------------------------------------------------------------------
describe('B. count lines under a group heading', () => {
  const TITLE = [
    'Appointment Detail Report',
    'Treasure Valley Physical Therapy',
    'Date Range: 3/22/2027 - 3/23/2027',
  ];
  const row = (i: number, status?: string): string =>
    [DOB, PID, APPT].reduce(
      (l, c) => `${l},${c[1][i]}`,
      `${['3/22/2027', '3/22/2027', '3/23/2027'][i]},${TIME[1][i]},"${PATIENT[1][i]}"`,
    ) + (status === undefined ? '' : `,${status}`);
  const HEAD = 'Appt Date,Appt Time,Patient,DOB,Patient ID,Appt ID';
  /** The report: `obiAbove` printed over Obi's row (none if empty), with no status column. */
  const noStatus = (obiAbove: string, hollisAbove = ''): string[] => [
    ...TITLE,
    HEAD,
    '"Therapist: Harper, Lucas PT, DPT"',
    ...(hollisAbove ? [hollisAbove] : []),
    row(0),
    ...(obiAbove ? [obiAbove] : []),
    row(1),
    'Appointments for Therapist: 2',
    '"Therapist: Bianchi, Sofia PTA"',
    row(2),
    'Appointments for Therapist: 1',
    'Total Appointments: 3',
  ];
  const ALL = ['2027-03-22T16:00 NEW Hollis', '2027-03-22T17:00 NEW Obi', '2027-03-23T20:30 NEW Lindqvist'];

  it.each<[string, string[], Outcome]>([
    [
      'the layout of 421 (status column, subtotals naming Therapist)',
      [
        ...TITLE,
        `${HEAD},Status`,
        '"Therapist: Harper, Lucas PT, DPT"',
        row(0, 'Scheduled'),
        row(1, 'Scheduled'),
        'Appointments for Therapist: 2',
        '"Therapist: Bianchi, Sofia PTA"',
        row(2, 'Scheduled'),
        'Appointments for Therapist: 1',
        'Total Appointments: 3',
      ],
      ALL,
    ],
    ['no status column, Cancelled: 1 over Obi', noStatus('Cancelled: 1'), 'notObiBooked'],
    [
      'no status column, Cancelled for Harper: 1 over Obi',
      noStatus('Cancelled for Harper: 1', 'Scheduled for Harper: 1'),
      'notObiBooked',
    ],
    [
      'no status column, Cancelled Appointments for Harper: 1 over Obi',
      noStatus('Cancelled Appointments for Harper: 1'),
      'notObiBooked',
    ],
    [
      'no status column, Therapist: Harper (no-shows): 1 over Obi',
      noStatus('Therapist: Harper (no-shows): 1'),
      'notObiBooked',
    ],
    [
      'no status column, Cancelled PT Appointments: 1 over Obi (PT a word of the heading)',
      noStatus('Cancelled PT Appointments: 1'),
      'notObiBooked',
    ],
    [
      'no status column, Cancelled Therapist Visits: 1 over Obi',
      noStatus('Cancelled Therapist Visits: 1'),
      'notObiBooked',
    ],
    [
      'no status column, No Shows for Therapist: 1 over Obi',
      noStatus('No Shows for Therapist: 1'),
      'notObiBooked',
    ],
    [
      'no status column, Lucas - Cancelled Appointments: 1 over Obi',
      noStatus('Lucas - Cancelled Appointments: 1'),
      'notObiBooked',
    ],
    [
      'status column empty on Obi, Cancelled for Harper: 1 over Obi',
      [
        ...TITLE,
        `${HEAD},Status`,
        '"Therapist: Harper, Lucas PT, DPT"',
        row(0, 'Scheduled'),
        'Cancelled for Harper: 1',
        row(1, ''),
        '"Therapist: Bianchi, Sofia PTA"',
        row(2, 'Scheduled'),
      ],
      'notObiBooked',
    ],
    [
      'Obi cancelled in the status column, Cancelled for Harper: 1 under the rows (a subtotal)',
      [
        ...TITLE,
        `${HEAD},Status`,
        '"Therapist: Harper, Lucas PT, DPT"',
        row(0, 'Scheduled'),
        row(1, 'Cancelled'),
        'Cancelled for Harper: 1',
        '"Therapist: Bianchi, Sofia PTA"',
        row(2, 'Scheduled'),
      ],
      ['2027-03-22T16:00 NEW Hollis', '2027-03-22T17:00 CANCEL Obi', '2027-03-23T20:30 NEW Lindqvist'],
    ],
  ])('%s', async (_what, text, outcome) => {
    await probe(await read(text), outcome);
  });
});

// ---------------------------------------------------------------------------------------------
// C. Printed reports (4b7adcaf, e255a5cb, 90ea3c73): a value past the last column's rule, a
//    starred notice after a slot time, two-digit-year day lines inside the stated period.
// ---------------------------------------------------------------------------------------------
describe('C. printed reports', () => {
  const withObi = (status: string, after: string[] = []): string =>
    report(RANGE, [
      DAYS[0],
      printed([...ROWS.hollis, 'CONF']),
      printed([...ROWS.obi, status]),
      ...after,
      DAYS[1],
      printed([...ROWS.lindqvist, 'CONF']),
    ]);
  const ALL = ['2027-03-22T16:00 NEW Hollis', '2027-03-22T17:00 NEW Obi', '2027-03-23T20:30 NEW Lindqvist'];
  // Over New Year, Los Angeles on standard time (UTC-8): Hollis 29 Dec 9:00 = 17:00Z, Obi 10:00 =
  // 18:00Z, Lindqvist 4 Jan 13:30 = 21:30Z.
  const NEW_YEAR = [
    '2026-12-29T17:00 NEW Hollis',
    '2026-12-29T18:00 NEW Obi',
    '2027-01-04T21:30 NEW Lindqvist',
  ];
  const RUN_DEC = '12/24/26 16:52';

  it.each<[string, string, Outcome]>([
    [
      "Obi's status 'CANCELLED   NS' (status and a no-show flag run together)",
      withObi('CANCELLED   NS'),
      'notObiBooked',
    ],
    ["Obi's status 'CANCELLED  NS' (two spaces)", withObi('CANCELLED  NS'), 'notObiBooked'],
    ["Obi's status 'CONF      CANCELLED' (two status words)", withObi('CONF      CANCELLED'), 'hold'],
    ["Obi's status 'CONF  CXL'", withObi('CONF  CXL'), 'hold'],
    ["Obi's status 'CONF   RESCHED 03/25/27'", withObi('CONF   RESCHED 03/25/27'), 'hold'],
    ["Obi's status 'NO SHOW   CONF'", withObi('NO SHOW   CONF'), 'hold'],
    [
      "a starred notice at Obi's time after his row: 10:00A *** PATIENT CANCELLED ***",
      withObi('CONF', ['10:00A  *** PATIENT CANCELLED ***']),
      'notObiBooked',
    ],
    [
      'a starred notice with no time under Obi: *** CANCELLED - CALLED 03/21 ***',
      withObi('CONF', ['        *** CANCELLED - CALLED 03/21 ***']),
      'notObiBooked',
    ],
    [
      'a starred notice naming Obi at a time of its own: never a fourth visit',
      withObi('CONF', ['11:00A  *** OBI, ADAEZE - NEW PATIENT ***']),
      ALL,
    ],
    [
      'a starred notice naming Obi as cancelled, at his time',
      withObi('CONF', ['10:00A  *** OBI, ADAEZE CANCELLED ***']),
      'notObiBooked',
    ],
    [
      'over New Year: 12/28/26 THRU 01/04/27, TUE 12/29/26 and MON 01/04/27',
      report('12/28/26 THRU 01/04/27', three(['TUE 12/29/26', 'MON 01/04/27']), RUN_DEC),
      NEW_YEAR,
    ],
    [
      'over New Year, the range in four digits and the day lines in two',
      report('12/28/2026 THRU 01/04/2027', three(['TUE 12/29/26', 'MON 01/04/27']), RUN_DEC),
      NEW_YEAR,
    ],
    [
      'over New Year, a day line of the year before (SUN 01/04/26)',
      report('12/28/26 THRU 01/04/27', three(['TUE 12/29/26', 'SUN 01/04/26']), RUN_DEC),
      'hold',
    ],
    [
      'over New Year, a day line written 01/04/27 without its year turning (TUE 12/29/27)',
      report('12/28/26 THRU 01/04/27', three(['WED 12/29/27', 'MON 01/04/27']), RUN_DEC),
      'hold',
    ],
    [
      'a day line of year 72 (1972 or 2072) under the 2027 range',
      report(RANGE, three(['MON 03/22/27', 'THU 03/23/72'])),
      'hold',
    ],
    [
      'a day after the stated period (WED 03/24/27): the date is whole, the day is sent as written',
      report(RANGE, three(['MON 03/22/27', 'WED 03/24/27'])),
      ['2027-03-22T16:00 NEW Hollis', '2027-03-22T17:00 NEW Obi', '2027-03-24T20:30 NEW Lindqvist'],
    ],
    [
      "a doctor's number before a name that starts with a number (DOCTOR: 3  RIVERS FAMILY MED)",
      report(RANGE, ['DOCTOR: 3  RIVERS FAMILY MED', ...three(DAYS)]),
      ALL,
    ],
  ])('%s', async (_what, text, outcome) => {
    await probe(await read(text, 'txt'), outcome);
  });
});

// ---------------------------------------------------------------------------------------------
// D. HL7 v2 time stamps with an offset read as instants (0b5f1dae). The three starts as XML
//    elements; Obi's (or every) stamp written as the probe says, the others `YYYYMMDDHHMMSS-0700`.
// ---------------------------------------------------------------------------------------------
describe('D. HL7 stamps with offsets', () => {
  const OBI = PEOPLE[1];
  const dtm = (at: string, tail = '00-0700'): string => at.replace(/[-T:]/g, '') + tail;
  const who = (p: Person): string =>
    `<Patient mrn="${p.id}"><Family>${p.family}</Family><Given>${p.given}</Given>` +
    `<BirthDate>${p.dob.replace(/-/g, '')}</BirthDate></Patient><ApptID>${p.appt}</ApptID>`;
  const xml = (start: (p: Person) => string): string => xmlFile((p) => `<Start>${start(p)}</Start>${who(p)}`);
  const obi = (stamp: string) => (p: Person) => (p === OBI ? stamp : dtm(p.at));
  const ALL = ['2027-03-22T16:00 NEW Hollis', '2027-03-22T17:00 NEW Obi', '2027-03-23T20:30 NEW Lindqvist'];
  const obiAt = (iso: string): string[] => [
    '2027-03-22T16:00 NEW Hollis',
    `${iso} NEW Obi`,
    '2027-03-23T20:30 NEW Lindqvist',
  ];

  it.each<[string, string, Outcome]>([
    // -0000: UTC, or 'offset not known' (RFC 3339): a writer's wall clock. Obi's 10:00 is 17:00Z
    // as a wall clock, 3 AM here as UTC.
    ["Obi's wall clock with -0000 (20270322100000-0000)", xml(obi('20270322100000-0000')), ALL],
    ['every wall clock with -0000', xml((p) => dtm(p.at, '00-0000')), ALL],
    [
      'every start as UTC with +0000',
      xml((p) => dtm(new Date(`${p.at}:00-07:00`).toISOString().slice(0, 16), '00+0000')),
      ALL,
    ],
    ["Obi's stamp at +0530 (22:30+0530 = 17:00Z)", xml(obi('20270322223000+0530')), ALL],
    [
      "Obi's stamp with a fraction and no offset, the others with theirs",
      xml(obi('20270322100000.0000')),
      ALL,
    ],
    ["Obi's stamp to the hour (2027032210-0700)", xml(obi('2027032210-0700')), ALL],
    ["Obi's stamp a date with an offset, no time (20270322-0700)", xml(obi('20270322-0700')), 'hold'],
    ["Obi's offset of two digits (20270322100000-07)", xml(obi('20270322100000-07')), ALL],
    ["Obi's offset with a colon (20270322100000-07:00)", xml(obi('20270322100000-07:00')), ALL],
    // -0800 on a day Los Angeles is at -0700: the writer's clock and the practice's disagree;
    // the written 10:00 is 11:00 here. Either reading is a guess.
    ['Obi at -0800 on a daylight-time day, the others at -0700', xml(obi('20270322100000-0800')), 'hold'],
    [
      'every stamp at -0800 on daylight-time days (a writer with no daylight time)',
      xml((p) => dtm(p.at, '00-0800')),
      'hold',
    ],
    // 8 March: Los Angeles at -0800. Written 10:00-0700 = 17:00Z = 9:00 here: clock and offset disagree.
    ['Obi on 8 March at -0700 (the summer offset in winter)', xml(obi('20270308100000-0700')), 'hold'],
    [
      'Obi on 8 March at -0800 (the offset of the day)',
      xml(obi('20270308100000-0800')),
      obiAt('2027-03-08T18:00'),
    ],
    // 14 March 2:30 does not exist in Los Angeles (clocks go 2:00 -> 3:00).
    ['Obi in the skipped hour, 20270314023000-0700', xml(obi('20270314023000-0700')), 'hold'],
    ['Obi in the skipped hour, 20270314023000-0800', xml(obi('20270314023000-0800')), 'hold'],
    [
      'Obi in the skipped hour, 20270314023000-0500 (an Eastern writer: 07:30Z, 11:30 PM here)',
      xml(obi('20270314023000-0500')),
      'hold',
    ],
    ["Obi's stamp ending in Z (20270322170000Z)", xml(obi('20270322170000Z')), ALL],
  ])('%s', async (_what, text, outcome) => {
    await probe(await read(text, 'xml'), outcome);
  });
});

// ---------------------------------------------------------------------------------------------
// E. The remembered day/month order reads only exports of the columns that settled it (9952550d).
//    Visit dates 04/03, 04/03, 05/03/2027 read both ways: month-first 3 April / 3 May (Los Angeles
//    UTC-7, London BST UTC+1), day-first 4 / 5 March (Los Angeles UTC-8, London GMT).
// ---------------------------------------------------------------------------------------------
describe('E. the remembered day/month order and another system’s export', () => {
  const OTHER = ['Date', 'Time', 'Name', 'Birth Date', 'Chart', 'Doctor', 'Ref'];
  const HEADERS = ['Appt Date', 'Appt Time', 'Patient', 'DOB', 'Patient ID', 'Provider', 'Appt ID'];
  const BOTH_DOB = ['02/06/1970', '05/04/1999', '07/08/1963'];
  const MDY_DOB = ['06/13/1970', '05/04/1999', '07/08/1963'];
  const DMY_DOB = ['13/06/1970', '05/04/1999', '07/08/1963'];
  const BOTH = ['04/03/2027', '04/03/2027', '05/03/2027'];
  const file = (dates: string[], dobs: string[]): string[] =>
    lines([['Appt Date', dates], TIME, PATIENT, ['DOB', dobs], PID, PROVIDER, APPT]);
  const LA = 'America/Los_Angeles';
  const LON = 'Europe/London';
  const sent = (zone: string, order: 'MDY' | 'DMY'): string[] => {
    const z =
      zone === LA
        ? order === 'MDY'
          ? [16, 17, 20]
          : [17, 18, 21]
        : order === 'MDY'
          ? [8, 9, 12]
          : [9, 10, 13];
    const [d1, d2] = order === 'MDY' ? ['2027-04-03', '2027-05-03'] : ['2027-03-04', '2027-03-05'];
    return [`${d1}T${z[0]}:00 NEW Hollis`, `${d1}T${z[1]}:00 NEW Obi`, `${d2}T${z[2]}:30 NEW Lindqvist`].map(
      (s) => s.replace(/T(\d):/, 'T0$1:'),
    );
  };
  const memory = (
    order: 'MDY' | 'DMY',
    headers: string[] | undefined,
    source: 'data' | 'person' = 'data',
  ) => ({
    dateOrder: order,
    dateOrderSource: source,
    ...(headers ? { dateOrderHeaders: headers } : {}),
  });

  it.each<[string, string, string[], Partial<ImportOptions>, Outcome]>([
    [
      'LA, day-first remembered from other columns, nothing proves the order',
      LA,
      file(BOTH, BOTH_DOB),
      memory('DMY', OTHER),
      'hold',
    ],
    [
      'LA, day-first confirmed by a person for other columns, nothing proves',
      LA,
      file(BOTH, BOTH_DOB),
      memory('DMY', OTHER, 'person'),
      'hold',
    ],
    [
      'LA, day-first remembered from other columns, one birth date proves month-first',
      LA,
      file(BOTH, MDY_DOB),
      memory('DMY', OTHER),
      sent(LA, 'MDY'),
    ],
    // The brief's hazard: the only proof is a birth date; the practice's region and its other
    // system's memory both say day-first, the visits read both ways.
    [
      'London, day-first remembered from other columns, one birth date proves month-first',
      LON,
      file(BOTH, MDY_DOB),
      memory('DMY', OTHER),
      'hold',
    ],
    [
      'London, month-first remembered from other columns, one birth date proves day-first',
      LON,
      file(BOTH, DMY_DOB),
      memory('MDY', OTHER),
      sent(LON, 'DMY'),
    ],
    [
      'LA, month-first remembered from other columns, one birth date proves day-first',
      LA,
      file(BOTH, DMY_DOB),
      memory('MDY', OTHER),
      'hold',
    ],
    [
      'LA, day-first remembered from these columns, nothing proves',
      LA,
      file(BOTH, BOTH_DOB),
      memory('DMY', HEADERS),
      sent(LA, 'DMY'),
    ],
    [
      'LA, day-first remembered with no columns kept (before 59), nothing proves',
      LA,
      file(BOTH, BOTH_DOB),
      memory('DMY', undefined),
      sent(LA, 'DMY'),
    ],
    [
      'LA, day-first remembered from these columns, a visit date proves month-first (03/23/2027)',
      LA,
      file(['04/03/2027', '04/03/2027', '03/23/2027'], BOTH_DOB),
      memory('DMY', HEADERS),
      'hold',
    ],
    [
      'LA, day-first remembered from other columns, a visit date proves month-first',
      LA,
      file(['04/03/2027', '04/03/2027', '03/23/2027'], BOTH_DOB),
      memory('DMY', OTHER),
      ['2027-04-03T16:00 NEW Hollis', '2027-04-03T17:00 NEW Obi', '2027-03-23T20:30 NEW Lindqvist'],
    ],
    [
      'LA, visit dates month-first (03/23/2027) and birth dates day-first (29/08/1963) in one file',
      LA,
      file(['04/03/2027', '04/03/2027', '03/23/2027'], ['02/06/1970', '05/04/1999', '29/08/1963']),
      {},
      'hold',
    ],
    [
      'LA, day-first remembered from these columns and one more',
      LA,
      file(BOTH, BOTH_DOB),
      memory('DMY', [...HEADERS, 'Room']),
      sent(LA, 'DMY'),
    ],
  ])('%s', async (_what, timeZone, text, opts, outcome) => {
    await probe(await read(text, 'csv', { timeZone, ...opts }), outcome);
  });
  // With nothing remembered, one birth date written in the visit dates' own style settled their
  // order against the region (date-order-decision.ts: a proof in another column written alike
  // carried). Worked out as held by hand: a program may write visit dates and birth dates in
  // different orders. Held since 60c (variants in redteam-round-60c.test.ts B).
  it.each<[string, string, string[]]>([
    [
      'LA, nothing remembered, one birth date proves day-first, the visits read both ways: held',
      LA,
      file(BOTH, DMY_DOB),
    ],
    [
      'London, nothing remembered, one birth date proves month-first, the visits read both ways: held',
      LON,
      file(BOTH, MDY_DOB),
    ],
  ])('%s', async (_what, timeZone, text) => {
    await probe(await read(text, 'csv', { timeZone }), 'hold');
  });
});

// ---------------------------------------------------------------------------------------------
// F. An Appt ID giving every sampled row its own value beside a Visit # (61158ef6). The importer
//    samples the first 500 rows (import-export.ts SAMPLE_ROWS).
// ---------------------------------------------------------------------------------------------
describe('F. Appt ID beside Visit #', () => {
  const LAST = [
    'Hollis',
    'Obi',
    'Lindqvist',
    'Abbott',
    'Baker',
    'Carver',
    'Dunn',
    'Ellis',
    'Frost',
    'Garza',
    'Hale',
    'Irwin',
    'Judd',
  ];
  const FIRST = [
    'Grace',
    'Adaeze',
    'Sven',
    'Ann',
    'Ben',
    'Cara',
    'Dale',
    'Eve',
    'Finn',
    'Gus',
    'Hope',
    'Ian',
    'Jo',
    'Kai',
    'Lea',
    'Max',
    'Ned',
    'Ora',
    'Pam',
    'Quin',
    'Ray',
    'Sue',
    'Ted',
    'Uma',
    'Val',
    'Wes',
    'Xia',
    'Yul',
    'Zoe',
    'Amy',
    'Bo',
    'Cy',
    'Di',
    'Ed',
    'Flo',
    'Gil',
    'Hal',
    'Ivy',
    'Jed',
    'Kit',
    'Liv',
  ];
  /** `n` rows on weekdays from 1 March 2027, eight a day from 8:00, each patient once. */
  const many = (
    n: number,
    appt: (i: number) => string,
    visit: (i: number) => string,
    pid = (i: number) => String(200000 + i),
  ): string[] => {
    const out = ['Appt Date,Appt Time,Patient,DOB,Patient ID,Provider,Appt ID,Visit #'];
    for (let i = 0; i < n; i++) {
      const day = new Date(Date.UTC(2027, 2, 1));
      let weekdays = Math.floor(i / 8);
      while (weekdays > 0 || day.getUTCDay() === 0 || day.getUTCDay() === 6) {
        day.setUTCDate(day.getUTCDate() + 1);
        if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6) weekdays--;
      }
      const date = `${String(day.getUTCMonth() + 1).padStart(2, '0')}/${String(day.getUTCDate()).padStart(2, '0')}/2027`;
      const hour = 8 + (i % 8);
      const time = `${hour > 12 ? hour - 12 : hour}:00 ${hour >= 12 ? 'PM' : 'AM'}`;
      const name = `"${LAST[i % LAST.length]}, ${FIRST[Math.floor(i / LAST.length) % FIRST.length]}"`;
      out.push([date, time, name, '06/02/1970', pid(i), 'Dr. Nina Patel', appt(i), visit(i)].join(','));
    }
    return out;
  };
  /** Held, or no two appointments sent under one id. */
  const noSharedId = (r: Run): boolean => {
    if (held(r) || r === 'refused') return true;
    const ids = r.appointments.map((a) => a.appointmentId);
    return new Set(ids).size === ids.length;
  };

  it('an Appt ID of its own on the first 500 rows, used again on other patients after them: no id sent twice', async () => {
    const r = await read(
      many(
        540,
        (i) => String(88000 + (i % 500)),
        (i) => `V${55000 + i}`,
      ),
    );
    expect(noSharedId(r), explain(r)).toBe(true);
  });
  it('the same without a Visit #: no id sent twice', async () => {
    const r = await read(
      many(
        540,
        (i) => String(88000 + (i % 500)),
        (i) => `V${55000 + i}`,
      ).map((l) => l.replace(/,[^,]*$/, '')),
    );
    expect(noSharedId(r), explain(r)).toBe(true);
  });
  it("an Appt ID that is each row's Patient ID beside a Visit #: never sent under the patient's number", async () => {
    const r = await read(
      many(
        3,
        (i) => String(200000 + i),
        (i) => `V${55000 + i}`,
      ),
    );
    expect(
      held(r) || (r !== 'refused' && r.appointments.every((a) => a.appointmentId !== a.patient.patientId)),
      explain(r),
    ).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// G. What the fixes above must still send unasked (no false hold): one writer's one clock.
//    London is on GMT until 28 March 2027, BST (UTC+1) after; Los Angeles on PST until 14 March.
// ---------------------------------------------------------------------------------------------
describe('G. one clock per file still sent', () => {
  const at = ['2027-03-26', '2027-03-26', '2027-03-29'];
  const xml = (starts: string[]): string =>
    xmlFile((p) => {
      const i = PEOPLE.indexOf(p);
      return (
        `<Start>${starts[i]}</Start><Patient mrn="${p.id}"><Family>${p.family}</Family>` +
        `<Given>${p.given}</Given><BirthDate>${p.dob.replace(/-/g, '')}</BirthDate></Patient><ApptID>${p.appt}</ApptID>`
      );
    });
  it.each<[string, string, string[], string[]]>([
    [
      'London, every start in UTC (Z) across the change to BST',
      'Europe/London',
      [`${at[0]}T09:00:00Z`, `${at[1]}T10:00:00Z`, `${at[2]}T12:30:00Z`],
      ['2027-03-26T09:00 NEW Hollis', '2027-03-26T10:00 NEW Obi', '2027-03-29T12:30 NEW Lindqvist'],
    ],
    [
      "London, every start at the practice's offset (+00:00, then +01:00)",
      'Europe/London',
      [`${at[0]}T09:00:00+00:00`, `${at[1]}T10:00:00+00:00`, `${at[2]}T13:30:00+01:00`],
      ['2027-03-26T09:00 NEW Hollis', '2027-03-26T10:00 NEW Obi', '2027-03-29T12:30 NEW Lindqvist'],
    ],
    [
      "Los Angeles, every start at the practice's offset (-08:00 on 12 March, -07:00 after)",
      'America/Los_Angeles',
      ['2027-03-12T09:00:00-08:00', '2027-03-12T10:00:00-08:00', '2027-03-16T13:30:00-07:00'],
      ['2027-03-12T17:00 NEW Hollis', '2027-03-12T18:00 NEW Obi', '2027-03-16T20:30 NEW Lindqvist'],
    ],
  ])('%s: sent as written', async (_what, timeZone, starts, ok) => {
    const r = await read(xml(starts), 'xml', { timeZone });
    expect(held(r), explain(r)).toBe(false);
    expect([...went(r)].sort(), explain(r)).toEqual([...ok].sort());
  });
});
