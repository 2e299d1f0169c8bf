// Red team, round 56r3: the reader's rules of this stop that drop a line as report furniture (a
// subtotal in the rows' own columns, a day above the header printed again, a count heading),
// attacked for LOST VISITS: a real visit skipped without a word, or put under another day. The
// rows are the three-row probe's (Hollis, Obi, Lindqvist: three-row-probes.ts), written line by
// line around the sign under test, which is on Obi's row. Outcomes were worked out by hand before
// the first run:
//   kept      Obi's visit is never lost unsaid: the file held or refused, or all three sent as
//             written, or Obi's line a row error and the two others sent as written;
//   three     sent, all three booked as written (a hold would be a false one).
// Calendar, by hand: Los Angeles is on daylight time from 14 March 2027 (UTC-7). Hollis 22 March
// 9:00 = 16:00Z, Obi 22 March 10:00 = 17:00Z, Lindqvist 23 March 13:30 = 20:30Z; under a title
// day of 22 March, Lindqvist 22 March 13:30 = 20:30Z.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';
import { held, type Run, sent, STARTS } from './three-row-probes.ts';

const files = exportFiles('redteam-round-56r3');

type Outcome = 'kept' | 'three';

async function run(lines: string[]): Promise<Run> {
  try {
    return await collect(files.write(lines), { timeZone: 'America/Los_Angeles' });
  } catch {
    return 'refused';
  }
}

const ALL_THREE = [`${STARTS[0]} NEW Hollis`, `${STARTS[1]} NEW Obi`, `${STARTS[2]} NEW Lindqvist`];
const ONE_DAY = [`${STARTS[0]} NEW Hollis`, `${STARTS[1]} NEW Obi`, '2027-03-22T20:30 NEW Lindqvist'];

/** Whether `r` loses no visit: `days` the three starts as written. */
function fits(r: Run, lines: string[], outcome: Outcome, days = ALL_THREE): boolean {
  const went = sent(r);
  if (outcome === 'three') return JSON.stringify(went) === JSON.stringify(days);
  if (held(r) || r === 'refused') return true;
  if (JSON.stringify(went) === JSON.stringify(days)) return true;
  const obiLine = lines.findIndex((l) => l.includes('Obi')) + 1;
  return (
    JSON.stringify(went) === JSON.stringify([days[0], days[2]]) && r.errors.some((e) => e.line === obiLine)
  );
}

/** What a run gave, for a failing probe's message. */
const shown = (r: Run): string =>
  r === 'refused'
    ? 'refused'
    : JSON.stringify({
        sent: sent(r),
        errors: r.errors.map((e) => e.line),
        doubts: r.summary.doubts?.length,
      });

const PAT = ['"Hollis, Grace"', '"Obi, Adaeze"', '"Lindqvist, Sven"'];
const DOB = ['06/02/1970', '04/05/1999', '08/29/1963'];
const PID = ['100415', '100871', '100954'];
const AID = ['88101', '88102', '88103'];

// ---------------------------------------------------------------------------------------------
// A. A visit type, a name or a place that says Total, on a real row (groupSubtotal, namedTotal)
// ---------------------------------------------------------------------------------------------
const TYPES = [
  'Total Knee Follow-up',
  'TKA',
  'Total Body Skin Exam',
  'Total Joint Class',
  'Total',
  'Knee Total',
  'Hip Total',
  'Total Hip 2',
  'Total Knee 6 wk post-op',
  'Total Knee - 2nd visit',
  'Totale',
  'Totales',
  'Sous-total',
  'Subtotal',
  'Grand Total',
  'TOTAL',
];

/** Layouts of a row: how the date and the time are written (and whether a title gives the day). */
interface Layout {
  name: string;
  title: string[];
  header: string;
  row: (i: number, type: string) => string;
  days: string[];
}
const DATE = ['03/22/2027', '03/22/2027', '03/23/2027'];
const HHMM = ['0900', '1000', '1330'];
const HM = ['9:00 AM', '10:00 AM', '1:30 PM'];
/** The birth dates written as a compact number (`19990405`, as HL7 writes them): no date's shape. */
const DOB8 = ['19700602', '19990405', '19630829'];
const LAYOUTS: Layout[] = [
  {
    name: 'date and time',
    title: [],
    header: 'Appt Date,Appt Time,Patient,DOB,Patient ID,Appt ID,Visit Type,Minutes',
    row: (i, t) => `${DATE[i]},${HM[i]},${PAT[i]},${DOB[i]},${PID[i]},${AID[i]},${t},30`,
    days: ALL_THREE,
  },
  {
    name: 'date and a military time',
    title: [],
    header: 'Appt Date,Appt Time,Patient,DOB,Patient ID,Appt ID,Visit Type,Minutes',
    row: (i, t) => `${DATE[i]},${HHMM[i]},${PAT[i]},${DOB[i]},${PID[i]},${AID[i]},${t},30`,
    days: ALL_THREE,
  },
  {
    name: 'the type first, a date and a military time',
    title: [],
    header: 'Visit Type,Appt Date,Appt Time,Patient,DOB,Patient ID,Appt ID',
    row: (i, t) => `${t},${DATE[i]},${HHMM[i]},${PAT[i]},${DOB[i]},${PID[i]},${AID[i]}`,
    days: ALL_THREE,
  },
  {
    name: 'a title day, a military time, a compact birth date',
    title: ['Appointments for 03/22/2027'],
    header: 'Time,Patient,DOB,Patient ID,Appt ID,Visit Type,Minutes',
    row: (i, t) => `${HHMM[i]},${PAT[i]},${DOB8[i]},${PID[i]},${AID[i]},${t},30`,
    days: ONE_DAY,
  },
  {
    name: 'a title day, the type first, a military time, a copay',
    title: ['Daily Schedule 03/22/2027'],
    header: 'Visit Type,Time,Patient,DOB,Patient ID,Appt ID,Copay',
    row: (i, t) => `${t},${HHMM[i]},${PAT[i]},${DOB8[i]},${PID[i]},${AID[i]},20.00`,
    days: ONE_DAY,
  },
  {
    name: 'a title day, a time 9.00, units',
    title: ['Appointments for 03/22/2027'],
    header: 'Time,Patient,DOB,Patient ID,Appt ID,Visit Type,Units',
    row: (i, t) => `${['9.00', '10.00', '13.30'][i]},${PAT[i]},${DOB8[i]},${PID[i]},${AID[i]},${t},2`,
    days: ONE_DAY,
  },
  {
    name: 'a day without its year in Visit, a military time',
    title: [],
    header: 'Visit,Start,Patient,DOB,Patient ID,Appt ID,Visit Type,Minutes',
    row: (i, t) =>
      `${['3/22', '3/22', '3/23'][i]},${HHMM[i]},${PAT[i]},${DOB8[i]},${PID[i]},${AID[i]},${t},30`,
    days: ALL_THREE,
  },
];

describe('A. a real row that says Total', () => {
  const cases: Array<[string, string[], Outcome, string[]]> = [];
  for (const layout of LAYOUTS)
    for (const type of TYPES)
      cases.push([
        `${layout.name}: visit type ${type}`,
        [
          ...layout.title,
          layout.header,
          layout.row(0, 'Follow-Up'),
          layout.row(1, type.includes(',') ? `"${type}"` : type),
          layout.row(2, 'Follow-Up'),
        ],
        'kept',
        layout.days,
      ]);
  it.each(cases)('%s', async (_name, lines, outcome, days) => {
    const r = await run(lines);
    expect(fits(r, lines, outcome, days), shown(r)).toBe(true);
  });
});

describe('A2. a name or a place that says Total', () => {
  const header = 'Time,Patient,DOB,Patient ID,Appt ID,Provider,Location,Copay';
  const row = (i: number, patient: string, provider = 'Dr. Nina Patel', place = 'Main'): string =>
    `${HHMM[i]},${patient},${DOB8[i]},${PID[i]},${AID[i]},${provider},${place},20.00`;
  const title = ['Appointments for 03/22/2027'];
  it.each<[string, string[]]>([
    [
      'patient surnamed Total, Last First',
      [...title, header, row(0, PAT[0]!), row(1, '"Total, Obi"'), row(2, PAT[2]!)],
    ],
    [
      'patient Obi Total, First Last',
      [...title, header, row(0, 'Grace Hollis'), row(1, 'Obi Total'), row(2, 'Sven Lindqvist')],
    ],
    [
      'patient Obi Totale',
      [...title, header, row(0, 'Grace Hollis'), row(1, 'Obi Totale'), row(2, 'Sven Lindqvist')],
    ],
    [
      'provider group Total Care Clinic',
      [...title, header, row(0, PAT[0]!), row(1, PAT[1]!, 'Total Care Clinic'), row(2, PAT[2]!)],
    ],
    [
      'location Total Health 2',
      [...title, header, row(0, PAT[0]!), row(1, PAT[1]!, 'Dr. Raj Lee', 'Total Health 2'), row(2, PAT[2]!)],
    ],
    [
      'provider Obi Total beside the place Total',
      [...title, header, row(0, PAT[0]!), row(1, PAT[1]!, 'Dr. Total', 'Total'), row(2, PAT[2]!)],
    ],
  ])('%s', async (_name, lines) => {
    const r = await run(lines);
    const ok =
      held(r) ||
      (r !== 'refused' &&
        (r.appointments.length === 3 ||
          (r.appointments.length === 2 && r.errors.some((e) => e.line === 4)))) ||
      r === 'refused';
    expect(ok, shown(r)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// B. Subtotal lines: a total with its group's day stays no appointment, and no real row is lost
// ---------------------------------------------------------------------------------------------
describe('B. subtotals and totals beside real rows', () => {
  const head = 'Appt Date,Appt Time,Patient,DOB,Patient ID,Appt ID,Visit Type,Minutes';
  const r = (i: number): string => `${DATE[i]},${HM[i]},${PAT[i]},${DOB[i]},${PID[i]},${AID[i]},Follow-Up,30`;
  it.each<[string, string[]]>([
    ['the day total with its date', [head, r(0), r(1), '03/22/2027,Total,,,,,,60', r(2)]],
    ['the day total written 03/22/2027 Total 14', [head, r(0), r(1), '03/22/2027 Total 14', r(2)]],
    ['Totales in Spanish', [head, r(0), r(1), 'Totales,,,,,,,60', r(2)]],
    ['Sous-total in French', [head, r(0), r(1), 'Sous-total,,,,,,,60', r(2)]],
    ['Total for Dr. Smith: 5', [head, r(0), r(1), 'Total for Dr. Smith: 5', r(2)]],
    ['Count: 3 at the end', [head, r(0), r(1), r(2), 'Count: 3']],
    ['a page footer then a header copy', [head, r(0), r(1), 'Page 1 of 2', head, r(2)]],
    ['Dr. Nina Patel Total beside amounts', [head, r(0), r(1), 'Dr. Nina Patel Total,,,,,,,60', r(2)]],
  ])('%s', async (_name, lines) => {
    const res = await run(lines);
    expect(fits(res, lines, 'kept'), shown(res)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// C. A day above the header printed again (headerCopyBelow)
// ---------------------------------------------------------------------------------------------
describe('C. a day above the header copy', () => {
  const HEADER = 'Appt Date,Appt Time,Patient,DOB,Patient ID,Appt ID';
  const r = (i: number): string => `${DATE[i]},${HM[i]},${PAT[i]},${DOB[i]},${PID[i]},${AID[i]}`;
  const noDate = (i: number): string => `${HM[i]},${PAT[i]},${DOB[i]},${PID[i]},${AID[i]}`;
  const NODATE = 'Appt Time,Patient,DOB,Patient ID,Appt ID';
  it.each<[string, string[], Outcome]>([
    [
      'This week / Next week groups over dated rows',
      ['This week', HEADER, r(0), r(1), 'Next week', HEADER, r(2)],
      'kept',
    ],
    [
      'Mon 3/15 over rows of 3/22 and 3/23',
      ['Mon 3/15', HEADER, r(0), r(1), 'Tue 3/16', HEADER, r(2)],
      'kept',
    ],
    [
      '2027-03-22 above each header copy',
      ['2027-03-22', HEADER, r(0), r(1), '2027-03-23', HEADER, r(2)],
      'kept',
    ],
    ['22 Mar above each header copy', ['22 Mar', HEADER, r(0), r(1), '23 Mar', HEADER, r(2)], 'kept'],
    [
      'Monday, March 22, 2027 above each header copy',
      ['"Monday, March 22, 2027"', HEADER, r(0), r(1), '"Tuesday, March 23, 2027"', HEADER, r(2)],
      'kept',
    ],
    [
      'a row cut to its date above the header copy',
      [HEADER, r(0), r(1), '03/23/2027,,,,,', HEADER, r(2)],
      'kept',
    ],
    ['a row cut to 3/23 above the header copy', [HEADER, r(0), r(1), '3/23', HEADER, r(2)], 'kept'],
    // rows with no date: the group day above (no year) is the only day: held
    [
      'Mon 3/22 over dateless rows',
      ['Mon 3/22', NODATE, noDate(0), noDate(1), 'Tue 3/23', NODATE, noDate(2)],
      'kept',
    ],
    [
      'This week over dateless rows',
      ['This week', NODATE, noDate(0), noDate(1), 'Next week', NODATE, noDate(2)],
      'kept',
    ],
    [
      'a dated group, then an undated one over dateless rows',
      ['Mon 03/22/2027', NODATE, noDate(0), noDate(1), 'Tue 3/23', NODATE, noDate(2)],
      'kept',
    ],
    [
      'a day group with a blank line under it',
      ['Mon 3/22', '', HEADER, r(0), r(1), 'Tue 3/23', '', HEADER, r(2)],
      'kept',
    ],
    [
      'the header copy with a column more',
      ['Mon 3/22', HEADER, r(0), r(1), 'Tue 3/23', `${HEADER},Note`, r(2)],
      'kept',
    ],
  ])('%s', async (_name, lines, outcome) => {
    const res = await run(lines);
    expect(fits(res, lines, outcome), shown(res)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// D. Count headings: a count over rows, a count under them
// ---------------------------------------------------------------------------------------------
describe('D. count headings and subtotal lines', () => {
  const head = 'Appt Date,Appt Time,Patient,DOB,Patient ID,Appt ID';
  const r = (i: number): string => `${DATE[i]},${HM[i]},${PAT[i]},${DOB[i]},${PID[i]},${AID[i]}`;
  it.each<[string, string[]]>([
    [
      'Blocked Time - 2 appointments above two rows',
      [head, r(0), 'Blocked Time - 2 appointments', r(1), r(2)],
    ],
    ['Cancelled - Total: 1 above a row', [head, r(0), 'Cancelled - Total: 1', r(1), r(2)]],
    ['Total Cancelled: 1 above a row', [head, r(0), 'Total Cancelled: 1', r(1), r(2)]],
    ['No Show Count: 1 above a row', [head, r(0), 'No Show Count: 1', r(1), r(2)]],
    ['Cancellations (Total 1) above a row', [head, r(0), 'Cancellations (Total 1)', r(1), r(2)]],
    [
      'Room 2 - 2 appointments (a number that is no count)',
      [head, r(0), 'Room 2 - 2 appointments', r(1), r(2)],
    ],
    ['Suite 100: 2 patients', [head, r(0), 'Suite 100: 2 patients', r(1), r(2)]],
    ['Telehealth visits: 2', [head, r(0), 'Telehealth visits: 2', r(1), r(2)]],
    ['Count: 3 above the rows', [head, 'Count: 3', r(0), r(1), r(2)]],
    ['Total for Dr. Smith: 5 between rows', [head, r(0), 'Total for Dr. Smith: 5', r(1), r(2)]],
    ['Cancelled appointments: 2 (a count word)', [head, r(0), 'Cancelled appointments: 1', r(1), r(2)]],
    ['Visits cancelled: 1', [head, r(0), 'Visits cancelled: 1', r(1), r(2)]],
    ['Late cancels 1', [head, r(0), 'Late cancels 1', r(1), r(2)]],
    ['1 Cancelled appointment', [head, r(0), '1 Cancelled appointment', r(1), r(2)]],
    ['Sum of cancelled: 1', [head, r(0), 'Sum of cancelled: 1', r(1), r(2)]],
  ])('%s', async (_name, lines) => {
    const res = await run(lines);
    expect(fits(res, lines, 'kept'), shown(res)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// A3. The subtotals the rule is for still go as totals where the rows give no date in a cell
// ---------------------------------------------------------------------------------------------
describe('A3. real subtotals in the compact layouts', () => {
  const title = ['Appointments for 03/22/2027'];
  const head = 'Provider,Time,Patient,DOB,Patient ID,Appt ID,Visit Type,Minutes';
  const row = (p: string, i: number): string =>
    `${p},${HHMM[i]},${PAT[i]},${DOB8[i]},${PID[i]},${AID[i]},Follow-Up,30`;
  it.each<[string, string[], Outcome]>([
    [
      'Tableau: provider, Total, the sums',
      [
        ...title,
        head,
        row('Dr. Nina Patel', 0),
        row('Dr. Nina Patel', 1),
        'Dr. Nina Patel,Total,,,,,,60',
        row('Dr. Raj Lee', 2),
        'Dr. Raj Lee,Total,,,,,,30',
      ],
      'three',
    ],
    [
      'a pivot: Dr. Nina Patel Total',
      [
        ...title,
        head,
        row('Dr. Nina Patel', 0),
        row('Dr. Nina Patel', 1),
        'Dr. Nina Patel Total,,,,,,,60',
        row('Dr. Raj Lee', 2),
      ],
      'three',
    ],
    [
      'Tableau reversed',
      [
        ...title,
        head.split(',').reverse().join(','),
        ...[0, 1].map((i) =>
          row('Dr. Nina Patel', i)
            .split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)
            .reverse()
            .join(','),
        ),
        '60,,,,,,Total,Dr. Nina Patel',
        row('Dr. Raj Lee', 2)
          .split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)
          .reverse()
          .join(','),
      ],
      'three',
    ],
    // the subtotal names a provider the row above does not: whatever it is, never a lost visit
    [
      'a subtotal naming another provider than the row above',
      [
        ...title,
        head,
        row('Dr. Nina Patel', 0),
        row('Dr. Nina Patel', 1),
        'Dr. Raj Lee,Total,,,,,,60',
        row('Dr. Raj Lee', 2),
      ],
      'kept',
    ],
  ])('%s', async (_name, lines, outcome) => {
    const res = await run(lines);
    expect(fits(res, lines, outcome, ONE_DAY), shown(res)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// E. A day above the header copy in an XML Spreadsheet 2003 workbook (spreadsheet-ml.ts)
// ---------------------------------------------------------------------------------------------
describe('E. Excel XML 2003: a day above the header copy', () => {
  const s = (v: string): string => `<Cell><Data ss:Type="String">${v}</Data></Cell>`;
  const dt = (v: string): string => `<Cell ss:StyleID="d"><Data ss:Type="DateTime">${v}</Data></Cell>`;
  const xrow = (...cells: string[]): string => `<Row>${cells.join('')}</Row>`;
  const HEAD = ['Appt Date', 'Appt Time', 'Patient', 'DOB', 'Patient ID', 'Appt ID'];
  const header = xrow(...HEAD.map(s));
  const data = (i: number): string =>
    xrow(s(DATE[i]!), s(HM[i]!), s(PAT[i]!.replace(/"/g, '')), s(DOB[i]!), s(PID[i]!), s(AID[i]!));
  const book = (rows: string[]): string =>
    `<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">\n <Styles><Style ss:ID="d"><NumberFormat ss:Format="Short Date"/></Style></Styles>\n <Worksheet ss:Name="Board"><Table>\n${rows.join('\n')}\n</Table></Worksheet>\n</Workbook>\n`;
  it.each<[string, string[], Outcome]>([
    [
      'Mon 3/22 groups',
      [xrow(s('Mon 3/22')), header, data(0), data(1), xrow(s('Tue 3/23')), header, data(2)],
      'three',
    ],
    [
      'This week / Next week groups',
      [xrow(s('This week')), header, data(0), data(1), xrow(s('Next week')), header, data(2)],
      'kept',
    ],
    [
      'a group day that is not the rows',
      [xrow(s('Mon 3/15')), header, data(0), data(1), xrow(s('Tue 3/16')), header, data(2)],
      'kept',
    ],
    [
      'a group day as a DateTime cell',
      [
        xrow(dt('2027-03-22T00:00:00.000')),
        header,
        data(0),
        data(1),
        xrow(dt('2027-03-23T00:00:00.000')),
        header,
        data(2),
      ],
      'kept',
    ],
    [
      'a row cut to its date above the header copy',
      [header, data(0), data(1), xrow(s('03/23/2027')), header, data(2)],
      'kept',
    ],
  ])('%s', async (_name, rows, outcome) => {
    let res: Run;
    try {
      res = await collect(files.write(book(rows), 'xml'), { timeZone: 'America/Los_Angeles' });
    } catch {
      res = 'refused';
    }
    expect(fits(res, ['', '', 'Obi'], outcome), shown(res)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// F. The day above the header copy where the 32 KB piece ends (delimited-reader.ts looks ahead
//    within the piece): the rows after it keep their own day, before the piece's end or after it
// ---------------------------------------------------------------------------------------------
describe('F. a day group at the 32 KB boundary', () => {
  const HEADER = 'Appt Date,Appt Time,Patient,DOB,Patient ID,Appt ID';
  // 8:MM on 22 March 2027 in Los Angeles = 15:MM Z, by hand
  const SURNAMES = [
    'Abbott',
    'Baker',
    'Castro',
    'Dunn',
    'Ellis',
    'Flores',
    'Grant',
    'Hayes',
    'Ibarra',
    'Jensen',
  ];
  const FIRST = ['Ann', 'Ben', 'Cara', 'Dev', 'Eli', 'Faye', 'Gus', 'Hana', 'Ivan', 'Jude'];
  const name = (k: number): string =>
    `${SURNAMES[k % 10]}${['', 'son', 'ley', 'ford', 'well', 'ton'][Math.floor(k / 100) % 6]}, ${FIRST[Math.floor(k / 10) % 10]}`;
  const filler = (k: number): string =>
    `03/22/2027,8:${String(k % 60).padStart(2, '0')} AM,"${name(k)}",01/01/1980,${200000 + k},${900000 + k}`;
  /** The lines with the header copy under `Tue 3/23` starting `gap` bytes after the 32 KB mark
   *  (before it when negative): spaces after `Mon 3/22` on the first line move it to the byte. */
  const linesAt = (gap: number): string[] => {
    const rows: string[] = [];
    let at = 'Mon 3/22\r\n'.length + HEADER.length + 2;
    for (let k = 0; at + filler(k).length + 2 + 'Tue 3/23\r\n'.length <= 32768 + gap; k++) {
      rows.push(filler(k));
      at += filler(k).length + 2;
    }
    const pad = ' '.repeat(32768 + gap - (at + 'Tue 3/23\r\n'.length));
    return [`Mon 3/22${pad}`, HEADER, ...rows, 'Tue 3/23', HEADER, LINDQVIST];
  };
  const LINDQVIST = `03/23/2027,1:30 PM,"Lindqvist, Sven",08/29/1963,100954,88103`;
  it.each([-200, -60, -12, -2, -1, 0, 1, 2, 5, 11, 30, 60])(
    'the header copy %i bytes after the 32 KB mark',
    async (gap) => {
      const lines = linesAt(gap);
      // by hand: the header copy starts where asked
      expect(lines.slice(0, lines.length - 2).join('\r\n').length + 2).toBe(32768 + gap);
      let res: Run;
      try {
        res = await collect(files.write(lines), { timeZone: 'America/Los_Angeles' });
      } catch {
        res = 'refused';
      }
      const rows = lines.length - 5;
      // every visit sent on its own day; a row error, if any, only on the day line (no visit)
      const ok =
        held(res) ||
        (res !== 'refused' &&
          res.errors.every((e) => e.line === lines.length - 2) &&
          res.appointments.length === rows + 1 &&
          res.appointments.every((a) =>
            a.patient.lastName === 'Lindqvist'
              ? a.start.toISOString().startsWith('2027-03-23T20:30')
              : a.start.toISOString().startsWith('2027-03-22T15:'),
          ));
      expect(ok).toBe(true);
    },
  );
});

// ---------------------------------------------------------------------------------------------
// G. A page footer's count between the rows counts the page's rows: no heading over the next page
//    (held as grouped rows before this round: a false hold)
// ---------------------------------------------------------------------------------------------
describe('G. page footer counts between the rows', () => {
  const head = 'Appt Date,Appt Time,Patient,DOB,Patient ID,Appt ID';
  const r = (i: number): string => `${DATE[i]},${HM[i]},${PAT[i]},${DOB[i]},${PID[i]},${AID[i]}`;
  it.each<[string, string[], Outcome]>([
    ['Patients on page: 2 between the pages', [head, r(0), r(1), 'Patients on page: 2', r(2)], 'three'],
    [
      'Appointments this page: 1 between the pages',
      [head, r(0), 'Appointments this page: 1', r(1), r(2)],
      'three',
    ],
    [
      'Patients per page 2, then the header again',
      [head, r(0), r(1), 'Patients per page 2', head, r(2)],
      'three',
    ],
    // a count heading that names its rows stays one: never its rows sent as booked unasked
    ['Wait List on page: 1 above a row', [head, r(0), r(1), 'Wait List on page: 1', r(2)], 'kept'],
  ])('%s', async (_name, lines, outcome) => {
    const res = await run(lines);
    expect(fits(res, lines, outcome), shown(res)).toBe(true);
  });
});
