// Red team, round 61r4: the importer loosenings merged in stop 61 (things now SENT that used to be
// held or row errors), attacked for WRONG SENDS only. The three-row file (Hollis, Obi, Lindqvist;
// three-row-probes.ts) with the sign under test on Obi's row (line 3), or the printed report of
// printed-probes.ts. Every outcome was worked out by hand before the first run: each row's start
// in UTC minutes, `null` (the row must not go: held, or a row error on its line) or `booked` /
// `cancel` / `notBooked` for the flags of part D. A hold is never a wrong send.
// Calendar, by hand: 22 March 2027 is a Monday, 12 July 2027 too. In March and July the US and
// Canada keep summer time except Arizona (MST, UTC-7 all year), Saskatchewan (CST, UTC-6 all year),
// Hawaii (HST, UTC-10) and Puerto Rico (AST, UTC-4). So 22 March 9:00 / 10:00 / 23 March 13:30 is:
//   Los Angeles PDT -7  16:00Z 17:00Z 20:30Z   Phoenix MST -7   16:00Z 17:00Z 20:30Z
//   Denver MDT -6       15:00Z 16:00Z 19:30Z   Regina CST -6    15:00Z 16:00Z 19:30Z
//   Chicago/Knox CDT -5 14:00Z 15:00Z 18:30Z   Indianapolis EDT -4 13:00Z 14:00Z 17:30Z
//   Juneau AKDT -8      17:00Z 18:00Z 21:30Z   Honolulu HST -10 19:00Z 20:00Z 23:30Z
//   Puerto Rico AST -4  13:00Z 14:00Z 17:30Z   Halifax ADT -3   12:00Z 13:00Z 16:30Z
// A lone region word names a clock some places of that region do not keep in summer: `Mountain`
// is MDT in Denver and MST in Phoenix, `Central` CDT in Chicago and CST in Regina, `Atlantic` ADT
// in Halifax and AST in San Juan. Written at a practice of that region, it is the practice's clock;
// written elsewhere in summer, a person could not say which of the two it is.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';
import { DAYS, printed, RANGE, report, ROWS } from './printed-probes.ts';
import {
  APPT,
  col,
  type Cols,
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
import { wrong, type Want } from './start-probes.ts';

const files = exportFiles('redteam-round-61r4');
const LA = 'America/Los_Angeles';

const read = (file: string, timeZone: string): Promise<Run> =>
  collect(file, { timeZone }).catch(() => 'refused' as const);
const runCols = (cols: Cols, timeZone = LA): Promise<Run> => read(files.write(lines(cols)), timeZone);

const withTime = (time: [string, string[]], date: [string, string[]] = DATE, extra: Cols = []): Cols => [
  date,
  time,
  ...extra,
  PATIENT,
  DOB,
  PID,
  PROVIDER,
  APPT,
];
const obiTime = (obi: string): [string, string[]] => [TIME[0], [TIME[1][0]!, obi, TIME[1][2]!]];
const JULY: [string, string[]] = ['Appt Date', ['07/12/2027', '07/12/2027', '07/13/2027']];

// ---------------------------------------------------------------------------------------------
// A. A lone zone word after a time, and times in words (572dc05f, parse-time.ts)
// ---------------------------------------------------------------------------------------------
describe('A. zone words at practices of split regions, and times in words', () => {
  /** Hollis's and Lindqvist's starts at each practice (22 and 23 March; the table above). */
  const AT: Record<string, [string, string]> = {
    'America/Los_Angeles': ['2027-03-22T16:00', '2027-03-23T20:30'],
    'America/Phoenix': ['2027-03-22T16:00', '2027-03-23T20:30'],
    'America/Denver': ['2027-03-22T15:00', '2027-03-23T19:30'],
    'America/Regina': ['2027-03-22T15:00', '2027-03-23T19:30'],
    'America/Chicago': ['2027-03-22T14:00', '2027-03-23T18:30'],
    'America/Indiana/Knox': ['2027-03-22T14:00', '2027-03-23T18:30'],
    'America/Indiana/Indianapolis': ['2027-03-22T13:00', '2027-03-23T17:30'],
    'America/Juneau': ['2027-03-22T17:00', '2027-03-23T21:30'],
    'Pacific/Honolulu': ['2027-03-22T19:00', '2027-03-23T23:30'],
    'America/Puerto_Rico': ['2027-03-22T13:00', '2027-03-23T17:30'],
    'America/Halifax': ['2027-03-22T12:00', '2027-03-23T16:30'],
  };
  const want = (tz: string, obi: string | null): Want => [AT[tz]![0], obi, AT[tz]![1]];

  it.each<[string, string, string | null]>([
    // the region's own practice writing its region: its own clock, never the other half's
    ['America/Phoenix', '10:00 AM Mountain', '2027-03-22T17:00'],
    ['America/Phoenix', '10:00 AM (Mountain)', '2027-03-22T17:00'],
    ['America/Phoenix', '10:00 AM MST', '2027-03-22T17:00'],
    ['America/Denver', '10:00 AM Mountain', '2027-03-22T16:00'],
    ['America/Regina', '10:00 AM Central', '2027-03-22T16:00'],
    ['America/Regina', '10:00 AM CST', '2027-03-22T16:00'],
    ['America/Indiana/Knox', '10:00 AM Central', '2027-03-22T15:00'],
    ['America/Indiana/Indianapolis', '10:00 AM Eastern', '2027-03-22T14:00'],
    ['America/Puerto_Rico', '10:00 AM Atlantic', '2027-03-22T14:00'],
    ['America/Halifax', '10:00 AM Atlantic', '2027-03-22T13:00'],
    ['Pacific/Honolulu', '10:00 AM Hawaii', '2027-03-22T20:00'],
    ['America/Juneau', '10:00 AM Alaska', '2027-03-22T18:00'],
    // another region, one clock all over it in March: converted, or held
    ['America/Indiana/Indianapolis', '10:00 AM Central', '2027-03-22T15:00'],
    ['America/Juneau', '10:00 AM Pacific', '2027-03-22T17:00'],
    ['Pacific/Honolulu', '10:00 AM Pacific', '2027-03-22T17:00'],
    ['America/Los_Angeles', '10:00 AM Hawaii', '2027-03-22T20:00'],
    ['America/Los_Angeles', '10:00 AM Alaska', '2027-03-22T18:00'],
    ['America/Phoenix', '10:00 AM Pacific', '2027-03-22T17:00'],
    // another region whose places keep two clocks in March: no one can say which
    ['America/Los_Angeles', '10:00 AM Mountain', null],
    ['America/Los_Angeles', '10:00 AM (Mountain)', null],
    ['America/Los_Angeles', '10:00 AM Atlantic', null],
    ['America/Los_Angeles', '10:00 AM Central', null],
    ['America/Indiana/Indianapolis', '10:00 AM Mountain', null],
    ['America/Phoenix', '10:00 AM Central', null],
    ['America/Regina', '10:00 AM Mountain', null],
    ['America/Denver', '10:00 AM Central', null],
  ])('%s, Obi = %s: held, a row error, or %s', async (tz, obi, at) => {
    // `Central` at Los Angeles was sent at 15:00Z by 61e: Regina's CST reads it 16:00Z (a row
    // error or a hold is the only reading no one can dispute)
    expect(wrong(await runCols(withTime(obiTime(obi)), tz), want(tz, at))).toBe('');
  });

  it.each<[string, string, string | null]>([
    // July: Phoenix on MST (17:00Z for 10:00), Denver on MDT (16:00Z)
    ['America/Phoenix', '10:00 AM Mountain', '2027-07-12T17:00'],
    ['America/Denver', '10:00 AM Mountain', '2027-07-12T16:00'],
    ['America/Los_Angeles', '10:00 AM Mountain', null],
  ])('July, %s, Obi = %s: held, a row error, or %s', async (tz, obi, at) => {
    const others: Record<string, [string, string]> = {
      'America/Phoenix': ['2027-07-12T16:00', '2027-07-13T20:30'],
      'America/Denver': ['2027-07-12T15:00', '2027-07-13T19:30'],
      'America/Los_Angeles': ['2027-07-12T16:00', '2027-07-13T20:30'],
    };
    const r = await runCols(withTime(obiTime(obi), JULY), tz);
    expect(wrong(r, [others[tz]![0], at, others[tz]![1]])).toBe('');
  });

  // a zone word where a place or a room is meant: never a shifted clock
  it.each<[string, string | null, Cols]>([
    ['Eastern Clinic after the time', '2027-03-22T17:00', withTime(obiTime('10:00 AM Eastern Clinic'))],
    ['a Location column of Eastern', STARTS[1]!, withTime(TIME, DATE, [col('Location', 'Eastern', 'Main')])],
    [
      'a Provider column of region names',
      STARTS[1]!,
      withTime(TIME, DATE, [col('Clinic', 'Pacific', 'Central')]),
    ],
    ['Pacific Clinic after the time', '2027-03-22T17:00', withTime(obiTime('10:00 AM Pacific Clinic'))],
    ['Eastern Wing after the time', '2027-03-22T17:00', withTime(obiTime('10:00 AM Eastern Wing'))],
    ['a zone word alone', null, withTime(obiTime('Eastern'))],
    ['a zone word twice', null, withTime(obiTime('10:00 AM Eastern Pacific'))],
  ])('Los Angeles, %s: held, a row error, or Obi at %s', async (_name, at, cols) => {
    expect(wrong(await runCols(cols), [STARTS[0]!, at, STARTS[2]!])).toBe('');
  });

  // times in words at Los Angeles (PDT): 22 March h:00 local = (h + 7):00Z
  it.each<[string, string | null]>([
    ['12 in the morning', null], // midnight or noon: no one says either so
    ['12:30 in the afternoon', '2027-03-22T19:30'],
    ['noon sharp', '2027-03-22T19:00'],
    ['12 noon sharp', '2027-03-22T19:00'],
    ['7 in the evening', '2027-03-23T02:00'],
    ['11 in the evening', '2027-03-23T06:00'],
    ['10 in the afternoon', null], // no afternoon hour: a slip for the morning or the evening
    ['11 in the afternoon', null],
    ['12 in the evening', null],
    ['evening', null],
    ['7 evening', null],
    ['10:00 PM in the morning', null],
    ['10:00 AM in the evening', null],
    ['10 in the morning Pacific', '2027-03-22T17:00'],
    ['10:00 in the morning', '2027-03-22T17:00'],
    ['2 in the afternoon', '2027-03-22T21:00'],
    ['10 sharp', null], // the column writes AM and PM: 10 alone is either
    ['sharp', null],
    ['in the morning', null],
  ])('Los Angeles, Obi = %s: held, a row error, or %s', async (obi, at) => {
    expect(wrong(await runCols(withTime(obiTime(obi))), [STARTS[0]!, at, STARTS[2]!])).toBe('');
  });

  // a date and a time with the zone word in one cell
  it.each<[string, string, string | null]>([
    [LA, '3/22/2027 10:00 AM Pacific', '2027-03-22T17:00'],
    ['America/New_York', '3/22/2027 10:00 AM Pacific', '2027-03-22T17:00'],
    ['America/Phoenix', '3/22/2027 10:00 AM Mountain', '2027-03-22T17:00'],
    [LA, '3/22/2027 10:00 AM Mountain', null],
    [LA, '3/22/2027 10 in the morning', '2027-03-22T17:00'],
  ])('%s, a Start of %s', async (tz, obi, at) => {
    const others: Record<string, [string, string]> = {
      [LA]: ['2027-03-22T16:00', '2027-03-23T20:30'],
      'America/Phoenix': ['2027-03-22T16:00', '2027-03-23T20:30'],
      'America/New_York': ['2027-03-22T13:00', '2027-03-23T17:30'],
    };
    const zone = tz === LA ? 'Pacific' : tz === 'America/Phoenix' ? 'Mountain' : 'Eastern';
    const start: [string, string[]] = [
      'Appt Start',
      [`3/22/2027 9:00 AM ${zone}`, obi, `3/23/2027 1:30 PM ${zone}`],
    ];
    const r = await runCols([start, PATIENT, DOB, PID, PROVIDER, APPT], tz);
    expect(wrong(r, [others[tz]![0], at, others[tz]![1]])).toBe('');
  });
});

// ---------------------------------------------------------------------------------------------
// B. Printed reports: an overflow read when one split fits, a wrapped name joined (61cad693,
//    d8700b97, printed-lines.ts). PATIENT is 22 places (8 to 29), CHART from 31, BIRTHDATE from 40.
// ---------------------------------------------------------------------------------------------
describe('B. printed overflows and wraps', () => {
  const runLines = async (body: string[], total = '        REPORT TOTAL: 3'): Promise<Run> =>
    read(files.write(report(RANGE, body).replace('        REPORT TOTAL: 3', total), 'txt'), LA);
  const withObi = (obi: string[], hollis = printed([...ROWS.hollis, 'CONF'])): string[] => [
    DAYS[0],
    hollis,
    ...obi,
    DAYS[1],
    printed([...ROWS.lindqvist, 'CONF']),
  ];
  /** `start last, first id dob` per appointment, or null when held. */
  const went = (r: Run): string[] | null =>
    held(r) || r === 'refused'
      ? null
      : r.appointments.map(
          (a) =>
            `${a.start.toISOString().slice(0, 16)} ${a.patient.lastName}, ${a.patient.firstName} ${a.patient.patientId} ${a.patient.dob}`,
        );
  const HOLLIS = '2027-03-22T16:00 Hollis, Grace 100415 1970-06-02';
  const OBI = '2027-03-22T17:00 Obi, Adaeze 100871 1999-04-05';
  const LINDQVIST = '2027-03-23T20:30 Lindqvist, Sven 100954 1963-08-29';
  /** Nothing went but `allowed` (each at most once); held is fine. */
  const onlyFrom = (r: Run, allowed: string[]): void => {
    const g = went(r);
    if (g === null) return;
    expect(g.filter((a) => !allowed.includes(a))).toEqual([]);
    expect(new Set(g).size).toBe(g.length);
  };
  const pad = (n: number, s: string) => `${' '.repeat(n)}${s}`;

  it.each<[string, string[], string[]]>([
    // a time too wide for its 7 places: pushes the name right; the time must never be misread
    [
      'a time run into the name column',
      withObi(['10:00AM  OBI, ADAEZE             100871   04/05/1999 CONF']),
      [HOLLIS, OBI, LINDQVIST],
    ],
    [
      'a time of 12 places pushing everything right',
      withObi([printed(['10:00 AM PST', 'OBI, ADAEZE', '100871', '04/05/1999', 'CONF'])]),
      [HOLLIS, LINDQVIST],
    ],
    // a chart too wide: pushes the birth date right (a date must never lose or gain digits)
    [
      'a chart overflowing into the birth date',
      withObi([printed(['10:00A', 'OBI, ADAEZE', '100871-0042', '04/05/1999', 'CONF'])]),
      [HOLLIS, LINDQVIST, '2027-03-22T17:00 Obi, Adaeze 100871-0042 1999-04-05'],
    ],
    // an overflowing name with a space inside it and a one-word chart: where it ends is uncertain
    [
      'an overflow whose name has spaces',
      withObi([printed(['10:00A', 'VAN DER BERG OBI, ADA EZE', '100871', '04/05/1999', 'CONF'])]),
      [HOLLIS, LINDQVIST, '2027-03-22T17:00 Van Der Berg Obi, Ada Eze 100871 1999-04-05'],
    ],
    // a birth date run into the status
    [
      'a date with its status glued',
      withObi(['10:00A  OBI, ADAEZE             100871   04/05/1999CONF']),
      [HOLLIS, LINDQVIST, OBI],
    ],
  ])('%s: nothing but the rows as printed', async (_name, body, allowed) => {
    onlyFrom(await runLines(body), allowed);
  });

  it.each<[string, string[]]>([
    // a walk-in on the next line: a name with no time, chart, birth date (the next patient, not Obi's rest)
    [
      'a walk-in under Obi',
      withObi([printed(['10:00A', 'OBI,', '100871', '04/05/1999', 'CONF']), pad(8, 'WALKER, JOHN')]),
    ],
    [
      'a note INTERPRETER under a wrapped name',
      withObi([
        printed(['10:00A', 'NWACHUKWU-ABERNATHY,', '100871', '04/05/1999', 'CONF']),
        pad(8, 'INTERPRETER'),
      ]),
    ],
    [
      'a note NEW PT under a wrapped name',
      withObi([
        printed(['10:00A', 'NWACHUKWU-ABERNATHY,', '100871', '04/05/1999', 'CONF']),
        pad(8, 'NEW PT'),
      ]),
    ],
    [
      'a note ** under a wrapped name',
      withObi([printed(['10:00A', 'NWACHUKWU-ABERNATHY,', '100871', '04/05/1999', 'CONF']), pad(8, '**')]),
    ],
    [
      'two wrap lines',
      withObi([
        printed(['10:00A', 'NWACHUKWU-ABERNATHY,', '100871', '04/05/1999', 'CONF']),
        pad(8, 'ADAEZE'),
        pad(8, 'CHIOMA'),
      ]),
    ],
  ])('%s: never a name made of a note or another patient', async (_name, body) => {
    const g = went(await runLines(body));
    if (g === null) return;
    expect(g.filter((a) => /Interpreter|New Pt|\*|Walker|John|Chioma/i.test(a))).toEqual([]);
    expect(g.filter((a) => !a.includes('Hollis') && !a.includes('Lindqvist') && !/Adaeze/.test(a))).toEqual(
      [],
    );
  });

  it('a wrap at the bottom of a page, a page header then the rest', async () => {
    const body = [
      DAYS[0],
      printed([...ROWS.hollis, 'CONF']),
      printed(['10:00A', 'NWACHUKWU-ABERNATHY,', '100871', '04/05/1999', 'CONF']),
      '\f',
      'GREEN VALLEY FAMILY CLINIC                    APPOINTMENT SCHEDULE         PAGE   2',
      printed(['TIME', 'PATIENT', 'CHART', 'BIRTHDATE', 'STATUS']),
      printed(['=======', '='.repeat(22), '='.repeat(8), '='.repeat(10), '======']),
      pad(8, 'ADAEZE'),
      DAYS[1],
      printed([...ROWS.lindqvist, 'CONF']),
    ];
    onlyFrom(await runLines(body), [
      HOLLIS,
      LINDQVIST,
      '2027-03-22T17:00 Nwachukwu-Abernathy, Adaeze 100871 1999-04-05',
    ]);
  });

  it('the last row wrapped before the total line', async () => {
    const body = [
      DAYS[0],
      printed([...ROWS.hollis, 'CONF']),
      printed([...ROWS.obi, 'CONF']),
      DAYS[1],
      printed(['1:30P', 'LINDQVIST-ABERNATHY-OB,', '100954', '08/29/1963', 'CONF']),
      pad(8, 'SVEN'),
    ];
    onlyFrom(await runLines(body), [
      HOLLIS,
      OBI,
      '2027-03-23T20:30 Lindqvist-Abernathy-Ob, Sven 100954 1963-08-29',
    ]);
  });

  it('the last row wrapped, the total line right under it (TOTAL in the name column)', async () => {
    const body = [
      DAYS[0],
      printed([...ROWS.hollis, 'CONF']),
      printed([...ROWS.obi, 'CONF']),
      DAYS[1],
      printed(['1:30P', 'LINDQVIST-ABERNATHY,', '100954', '08/29/1963', 'CONF']),
    ];
    const r = await runLines(body, pad(8, 'TOTAL 3'));
    onlyFrom(r, [HOLLIS, OBI, '2027-03-23T20:30 Lindqvist-Abernathy, Sven 100954 1963-08-29'].slice(0, 2));
  });
});

// ---------------------------------------------------------------------------------------------
// C. `First Visit`, `Last Visit` no longer name columns (5179428b, header-meaning.ts)
// ---------------------------------------------------------------------------------------------
describe('C. First and Last beside the visit', () => {
  const FIRST: [string, string[]] = ['First', ['Grace', 'Adaeze', 'Sven']];
  const LAST: [string, string[]] = ['Last', ['Hollis', 'Obi', 'Lindqvist']];
  const given = (h: string): [string, string[]] => [h, FIRST[1]];
  const family = (h: string): [string, string[]] => [h, LAST[1]];
  const noPatient = (extra: Cols): Cols => [DATE, TIME, ...extra, DOB, PID, PROVIDER, APPT];
  const LAST_APPT: [string, string[]] = ['Last Appt', ['02/14/2027', '03/01/2027', '01/10/2027']];
  const NEXT_ROWS = STARTS as Want;

  it.each<[string, Cols, Want]>([
    ['First and Last alone', noPatient([LAST, FIRST]), NEXT_ROWS],
    [
      'Patient First and Patient Last',
      noPatient([family('Patient Last'), given('Patient First')]),
      NEXT_ROWS,
    ],
    [
      'First Visit Name and Last Visit Name',
      noPatient([family('Last Visit Name'), given('First Visit Name')]),
      NEXT_ROWS,
    ],
    [
      'Last Appt before the visit date',
      [LAST_APPT, DATE, TIME, PATIENT, DOB, PID, PROVIDER, APPT],
      NEXT_ROWS,
    ],
    ['Last Appt after it', withTime(TIME, DATE, [LAST_APPT]), NEXT_ROWS],
    [
      'Last Appt Date and Last Appt Time',
      withTime(TIME, DATE, [LAST_APPT, ['Last Appt Time', ['8:00 AM', '3:15 PM', '11:00 AM']]]),
      NEXT_ROWS,
    ],
    [
      'First Seen dates',
      withTime(TIME, DATE, [['First Seen', ['01/05/2019', '03/22/2027', '02/11/2020']]]),
      NEXT_ROWS,
    ],
    ['First Visit TRUE/FALSE', withTime(TIME, DATE, [col('First Visit', 'TRUE', 'FALSE')]), NEXT_ROWS],
    [
      'Last Visit dates',
      withTime(TIME, DATE, [['Last Visit', ['12/01/2026', '11/30/2026', '10/02/2026']]]),
      NEXT_ROWS,
    ],
    // the only date is the last visit: nothing says when this visit is
    [
      'Last Visit the only date',
      [['Last Visit', ['03/01/2027', '03/01/2027', '03/02/2027']], TIME, PATIENT, DOB, PID, PROVIDER, APPT],
      [null, null, null],
    ],
    [
      'Last Appt the only date-time',
      [
        ['Last Appt', ['03/01/2027 9:00 AM', '03/01/2027 10:00 AM', '03/02/2027 1:30 PM']],
        PATIENT,
        DOB,
        PID,
        PROVIDER,
        APPT,
      ],
      [null, null, null],
    ],
    [
      'First Appt the only date-time',
      [
        ['First Appt', ['03/22/2027 9:00 AM', '03/22/2027 10:00 AM', '03/23/2027 1:30 PM']],
        PATIENT,
        DOB,
        PID,
        PROVIDER,
        APPT,
      ],
      [null, null, null],
    ],
  ])('%s: held or sent as the visit', async (_name, cols, want) => {
    expect(wrong(await runCols(cols), want)).toBe('');
  });
});

// ---------------------------------------------------------------------------------------------
// D. Cancel flags and spreadsheet booleans in Europe's languages (849be4c8)
// ---------------------------------------------------------------------------------------------
describe("D. Europe's cancel flags and booleans", () => {
  type Outcome = 'cancel' | 'booked' | 'notBooked';
  const ALL = [`${STARTS[0]} NEW Hollis`, `${STARTS[1]} NEW Obi`, `${STARTS[2]} NEW Lindqvist`];
  const OBI_CANCELLED = [`${STARTS[0]} NEW Hollis`, `${STARTS[1]} CANCEL Obi`, `${STARTS[2]} NEW Lindqvist`];
  const fits = (r: Run, o: Outcome): boolean => {
    if (held(r)) return true;
    const g = JSON.stringify(sent(r));
    if (o === 'booked') return g === JSON.stringify(ALL);
    if (o === 'cancel') return g === JSON.stringify(OBI_CANCELLED);
    return (
      r !== 'refused' && !r.appointments.some((a) => a.patient.lastName === 'Obi' && a.status !== 'CANCEL')
    );
  };
  const flag = (h: string, obi: string, others: string): Cols => [...withTime(TIME), col(h, obi, others)];

  it.each<[string, Outcome, Cols]>([
    // a boolean column that says nothing of a cancellation
    ['Verzekerd ONWAAR', 'booked', flag('Verzekerd', 'ONWAAR', 'WAAR')],
    ['Bevestigd ONWAAR', 'booked', flag('Bevestigd', 'ONWAAR', 'WAAR')],
    ['Bevestigd Nee', 'booked', flag('Bevestigd', 'Nee', 'Ja')],
    ['Nuovo paziente VERO', 'booked', flag('Nuovo paziente', 'VERO', 'FALSO')],
    ['Confermato FALSO', 'booked', flag('Confermato', 'FALSO', 'VERO')],
    ['Potwierdzona FAŁSZ', 'booked', flag('Potwierdzona', 'FAŁSZ', 'PRAWDA')],
    ['Potwierdzona PRAWDA', 'booked', flag('Potwierdzona', 'PRAWDA', 'FAŁSZ')],
    ['Bekräftad FALSKT', 'booked', flag('Bekräftad', 'FALSKT', 'SANT')],
    ['Ny patient SAND', 'booked', flag('Ny patient', 'SAND', 'FALSK')],
    // the cancel flag, in the spreadsheet's words
    ['Geannuleerd WAAR', 'cancel', flag('Geannuleerd', 'WAAR', 'ONWAAR')],
    ['Disdetta VERO', 'cancel', flag('Disdetta', 'VERO', 'FALSO')],
    ['Odwołana PRAWDA', 'cancel', flag('Odwołana', 'PRAWDA', 'FAŁSZ')],
    ['Aflyst SAND', 'cancel', flag('Aflyst', 'SAND', 'FALSK')],
    ['Avlyst SANN', 'cancel', flag('Avlyst', 'SANN', 'USANN')],
    ['Avbokad SANT', 'cancel', flag('Avbokad', 'SANT', 'FALSKT')],
    ['Peruttu TOSI', 'cancel', flag('Peruttu', 'TOSI', 'EPÄTOSI')],
    // in the practice's yes and no, or a mark: never booked unasked
    ['Geannuleerd Ja', 'notBooked', flag('Geannuleerd', 'Ja', 'Nee')],
    ['Annullato Sì', 'notBooked', flag('Annullato', 'Sì', 'No')],
    ['Odwołana Tak', 'notBooked', flag('Odwołana', 'Tak', 'Nie')],
    ['Peruttu Kyllä', 'notBooked', flag('Peruttu', 'Kyllä', 'Ei')],
    ['Avbokad Ja', 'notBooked', flag('Avbokad', 'Ja', 'Nej')],
    ['Aflyst Ja', 'notBooked', flag('Aflyst', 'Ja', 'Nej')],
    ['Geannuleerd X', 'notBooked', flag('Geannuleerd', 'X', '')],
    ['Geannuleerd 1', 'notBooked', flag('Geannuleerd', '1', '0')],
    ['Afgezegd WAAR', 'notBooked', flag('Afgezegd', 'WAAR', 'ONWAAR')],
    ['Cancellato VERO', 'notBooked', flag('Cancellato', 'VERO', 'FALSO')],
    // a flag and a status that disagree: not booked unasked
    [
      'Annullato VERO beside Stato Confermato',
      'notBooked',
      [...withTime(TIME), col('Stato', 'Confermato', 'Confermato'), col('Annullato', 'VERO', 'FALSO')],
    ],
    [
      'Annullato FALSO beside Stato Confermato',
      'booked',
      [...withTime(TIME), col('Stato', 'Confermato', 'Confermato'), col('Annullato', 'FALSO', 'FALSO')],
    ],
    [
      'Geannuleerd WAAR beside Status Bevestigd',
      'notBooked',
      [...withTime(TIME), col('Status', 'Bevestigd', 'Bevestigd'), col('Geannuleerd', 'WAAR', 'ONWAAR')],
    ],
  ])('%s: %s', async (_name, outcome, cols) => {
    const r = await runCols(cols);
    expect({ sent: sent(r), fits: fits(r, outcome) }).toMatchObject({ fits: true });
  });
});
