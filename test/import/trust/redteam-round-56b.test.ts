// Red team, round 56b: the three rules merged with the blind layouts 406-408 (a BI tool's
// subtotal rows, a list's `Title` of patients' names, a board's day above its own header copy),
// attacked for WRONG SENDS: a real visit dropped as a total or a heading, a row sent under another
// patient, a row read at another day. The rows are the three-row probe's (Hollis, Obi, Lindqvist:
// three-row-probes.ts), written here line by line around the sign under test. Outcomes were worked
// out by hand before the first run:
//   three     sent, all three booked as written, no row error (a hold would be a false one);
//   booked    held, or sent with all three booked as written (a hold is no wrong send);
//   obiError  held, or Obi's row a row error and the two others booked: never dropped unsaid;
//   held      held or refused: nothing goes unasked.
// Calendar, by hand: Los Angeles is on daylight time from 14 March 2027 (UTC-7). Hollis 22 March
// 9:00 = 16:00Z, Obi 22 March 10:00 = 17:00Z, Lindqvist 23 March 13:30 = 20:30Z.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';
import { held, type Run, sent, STARTS } from './three-row-probes.ts';

const files = exportFiles('redteam-round-56b');

type Outcome = 'three' | 'booked' | 'obiError' | 'held';

const ALL_THREE = [`${STARTS[0]} NEW Hollis`, `${STARTS[1]} NEW Obi`, `${STARTS[2]} NEW Lindqvist`];
const WITHOUT_OBI = [`${STARTS[0]} NEW Hollis`, `${STARTS[2]} NEW Lindqvist`];

async function run(lines: string[]): Promise<Run> {
  try {
    return await collect(files.write(lines), { timeZone: 'America/Los_Angeles' });
  } catch {
    return 'refused';
  }
}

function fits(r: Run, outcome: Outcome): boolean {
  const went = JSON.stringify(sent(r));
  switch (outcome) {
    case 'three':
      return !held(r) && r !== 'refused' && went === JSON.stringify(ALL_THREE) && r.errors.length === 0;
    case 'booked':
      return held(r) || went === JSON.stringify(ALL_THREE);
    case 'obiError':
      return (
        held(r) ||
        (r !== 'refused' && went === JSON.stringify(WITHOUT_OBI) && r.errors.some((e) => e.line === 3))
      );
    case 'held':
      return held(r);
  }
}

const HOLLIS = '03/22/2027,9:00 AM,"Hollis, Grace",06/02/1970,100415,88101';
const OBI = '03/22/2027,10:00 AM,"Obi, Adaeze",04/05/1999,100871,88102';
const LINDQVIST = '03/23/2027,1:30 PM,"Lindqvist, Sven",08/29/1963,100954,88103';
const HEADER = 'Appt Date,Appt Time,Patient,DOB,Patient ID,Appt ID';

// ---------------------------------------------------------------------------------------------
// A. A nested group's subtotal in the rows' own columns (report-furniture.ts groupSubtotal)
// ---------------------------------------------------------------------------------------------
describe('A. subtotals in the rows own columns', () => {
  const head = 'Provider,Appt Date,Appt Time,Patient,DOB,Patient ID,Appt ID,Visit Type,Minutes';
  const row = (provider: string, r: string, type = 'Follow-Up', minutes = '30'): string =>
    `${provider},${r},${type},${minutes}`;
  it.each<[string, string[], Outcome]>([
    [
      'Tableau: the provider, Total where the date was, the sums',
      [
        head,
        row('Dr. Nina Patel', HOLLIS),
        row('Dr. Nina Patel', OBI),
        'Dr. Nina Patel,Total,,,,,,,60',
        row('Dr. Raj Lee', LINDQVIST),
        'Dr. Raj Lee,Total,,,,,,,30',
        'Grand Total,,,,,,,,90',
      ],
      'three',
    ],
    [
      'a pivot table: "<provider> Total" in the first column',
      [
        head,
        row('Dr. Nina Patel', HOLLIS),
        row('Dr. Nina Patel', OBI),
        'Dr. Nina Patel Total,,,,,,,,60',
        row('Dr. Raj Lee', LINDQVIST),
      ],
      'three',
    ],
    // Obi's visit type reads Total (a total knee follow-up typed short): its time keeps it a row
    [
      'a visit type "Total" on a row with its time',
      [head, row('Dr. Nina Patel', HOLLIS), row('Dr. Raj Lee', OBI, 'Total'), row('Dr. Raj Lee', LINDQVIST)],
      'booked',
    ],
    // Obi's time left empty and the type Total: its day keeps it a row (a row error), never a total
    [
      'a visit type "Total" on a row whose time is empty',
      [
        head,
        row('Dr. Nina Patel', HOLLIS),
        row('Dr. Raj Lee', OBI.replace('10:00 AM', ''), 'Total'),
        row('Dr. Raj Lee', LINDQVIST),
      ],
      'obiError',
    ],
    [
      'a visit type "Hip Total" on a row whose time is empty',
      [
        head,
        row('Dr. Nina Patel', HOLLIS),
        row('Dr. Raj Lee', OBI.replace('10:00 AM', ''), 'Hip Total'),
        row('Dr. Raj Lee', LINDQVIST),
      ],
      'obiError',
    ],
    // the columns moved (reversed): the amounts before the label, the provider after it
    [
      'Tableau subtotal with the columns reversed',
      [
        head.split(',').reverse().join(','),
        ...[HOLLIS, OBI].map((r) =>
          row('Dr. Nina Patel', r)
            .split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)
            .reverse()
            .join(','),
        ),
        '60,,,,,,,Total,Dr. Nina Patel',
        row('Dr. Raj Lee', LINDQVIST)
          .split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)
          .reverse()
          .join(','),
      ],
      'three',
    ],
    // Obi's row with its date and time left empty and the type Total: his birth date keeps it a row
    [
      'a visit type "Total" on a row with no day and no time',
      [
        head,
        row('Dr. Nina Patel', HOLLIS),
        row('Dr. Raj Lee', OBI.replace('03/22/2027,10:00 AM', ','), 'Total'),
        row('Dr. Raj Lee', LINDQVIST),
      ],
      'obiError',
    ],
  ])('%s', async (_name, lines, outcome) => {
    expect(fits(await run(lines), outcome)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// B. A column of people's names `Last, First` is no visit type, reason or place (recognize.ts)
// ---------------------------------------------------------------------------------------------
describe('B. Last, First names under a free-text header', () => {
  const swap = (r: string, to: string): string => r.replace(/"[^"]+"/, to);
  it.each<[string, string[], Outcome]>([
    // Microsoft Lists: the patient in Title, no other name column: asked, never sent unasked
    [
      'Title holds the patients, beside Visit Type',
      [
        'Title,Appt Date,Appt Time,DOB,Patient ID,Appt ID,Visit Type',
        ...[HOLLIS, OBI, LINDQVIST].map((r) => {
          const name = /"([^"]+)"/.exec(r)![1]!;
          return `"${name}",${r.replace(/,"[^"]+"/, '')},Follow-Up`;
        }),
      ],
      'held',
    ],
    // a real type column written `Kind, Detail` beside the patient column: the patients stay the patients
    [
      'Type = "Physical, Annual" beside Patient',
      [
        `${HEADER},Type`,
        `${HOLLIS},"Physical, Annual"`,
        `${OBI},"Consult, New"`,
        `${LINDQVIST},"Follow-up, Adult"`,
      ],
      'booked',
    ],
    // the referring doctors' names under Reason: never the patient, never sent as the reason's patient
    [
      'Reason = referring doctors "Last, First" beside Patient',
      [`${HEADER},Reason`, `${HOLLIS},"Morales, Ana"`, `${OBI},"Chen, David"`, `${LINDQVIST},"Morales, Ana"`],
      'booked',
    ],
    // Title of names written First Last: no rule applies; nothing may go with no patient
    [
      'Title holds "First Last" names and no other name column',
      [
        'Title,Appt Date,Appt Time,DOB,Patient ID,Appt ID',
        `Grace Hollis,${swap(HOLLIS, '').replace(/,,/, ',')}`,
        `Adaeze Obi,${swap(OBI, '').replace(/,,/, ',')}`,
        `Sven Lindqvist,${swap(LINDQVIST, '').replace(/,,/, ',')}`,
      ],
      'held',
    ],
  ])('%s', async (_name, lines, outcome) => {
    expect(fits(await run(lines), outcome)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// C. A day alone above the header printed again (report-furniture.ts headerCopyBelow)
// ---------------------------------------------------------------------------------------------
describe('C. a group named by its day above its own header', () => {
  it.each<[string, string[], Outcome]>([
    [
      'monday.com style: Mon 3/22, header, rows; Tue 3/23, header, row',
      ['Mon 3/22', HEADER, HOLLIS, OBI, '', 'Tue 3/23', HEADER, LINDQVIST],
      'three',
    ],
    [
      'long form: March 23 above the header copy',
      ['March 22', HEADER, HOLLIS, OBI, 'March 23', HEADER, LINDQVIST],
      'three',
    ],
    // the group's day disagrees with the row's own date: the row's date is what it says
    [
      'a group day that is not the row date',
      ['Mon 3/22', HEADER, HOLLIS, OBI, 'Wed 3/24', HEADER, LINDQVIST],
      'booked',
    ],
    // the day line with no header copy under it: as before (a row error or a day group), never a wrong send
    ['a day alone with no header copy under it', [HEADER, HOLLIS, OBI, 'Tue 3/23', LINDQVIST], 'booked'],
    // the rows carry no date of their own: the day above the header copy gives them none, so nothing goes
    [
      'rows with no date column under day groups',
      [
        'Mon 3/22',
        'Appt Time,Patient,DOB,Patient ID,Appt ID',
        HOLLIS.slice(11),
        OBI.slice(11),
        'Tue 3/23',
        'Appt Time,Patient,DOB,Patient ID,Appt ID',
        LINDQVIST.slice(11),
      ],
      'held',
    ],
    // the days with their year over rows with no date: the day group's line gives them their
    // day (day-lines.ts), never the day above the one before
    [
      'rows with no date column under dated day groups',
      [
        'Mon 03/22/2027',
        'Appt Time,Patient,DOB,Patient ID,Appt ID',
        HOLLIS.slice(11),
        OBI.slice(11),
        'Tue 03/23/2027',
        'Appt Time,Patient,DOB,Patient ID,Appt ID',
        LINDQVIST.slice(11),
      ],
      'booked',
    ],
    // a word and a day is no day alone (`Cancelled 3/23` above the copy): never read as a mere group name
    [
      'a cancelled section with its day above the header copy',
      ['Mon 3/22', HEADER, HOLLIS, OBI, 'Cancelled 3/23', HEADER, LINDQVIST],
      'booked',
    ],
  ])('%s', async (_name, lines, outcome) => {
    expect(fits(await run(lines), outcome)).toBe(true);
  });
});
