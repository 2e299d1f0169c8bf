// Red team, round 55r: section headings that state a time. Round 55h held a file whose report
// prints `Cancelled Appointments: 2` or `Wait List,2` over rows with no status column; a heading
// that says when the list was printed (`Wait List as of 5:00 PM`, `Cancelled Appointments (printed
// 3:15 PM)`, `Pending Requests - 03/22/2027 5:00 PM`) was read as a row cut short: a row error, and
// the rows under it went as booked. Probe files (section-probes.ts: one header, patients known by
// last name, 22 March 2027 in Los Angeles) print such headings in English and Spanish, in capitals,
// with 12- and 24-hour clocks, with and without a count, alone or as the first cell of a row of
// commas. Outcomes worked out by hand before the first run: the rows under a cancelled section, a
// list or a heading no one can read never go as booked, so the file is held (a question); a heading
// whose rows are booked (`No Shows`, `Tomorrow's Confirmations`) may send them as they are.
// First run, on main: 20 of the 35 probes of A sent rows of a list or a section no one can read as
// booked (every cancelled heading was already held, read as a note cancelling the row above); the
// 8 of B were held. The first fix held the file for an empty `Wait List as of 5:00 PM` last, its 5
// read as a count of wishes (C): a footer's time is no count. Now 0 wrong, no probe of C or D held.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';
import {
  held,
  report,
  startOf,
  WIDTH,
  wrongSends,
  type Meaning,
  type Result,
  type Section,
} from './section-probes.ts';

const files = exportFiles('redteam-round-55r');

const run = async (lines: string[]): Promise<Result | 'refused'> => {
  try {
    return await collect(files.write(lines, 'csv'));
  } catch {
    return 'refused';
  }
};

const pad = (cells: string[]): string => [...cells, ...Array(WIDTH - cells.length).fill('')].join(',');
const q = (v: string): string => (/[",]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** Headings with a time, as report writers print them: [words as printed, what the rows are]. */
const HEADINGS: Array<[string[], Meaning]> = [
  [['Wait List as of 5:00 PM'], 'off'],
  [['Cancelled Appointments (printed 3:15 PM)'], 'cancelled'],
  [['Pending Requests - 03/22/2027 5:00 PM'], 'unknown'],
  [['WAIT LIST AS OF 5:00 PM'], 'off'],
  [['CANCELLED APPOINTMENTS (PRINTED 3:15 PM)'], 'cancelled'],
  [['Wait List as of 17:00'], 'off'],
  [['Cancelled Appointments - printed 15:15'], 'cancelled'],
  [['Pending Requests - 2027-03-22 17:00'], 'unknown'],
  [['Wait List as of 03/22/2027 5:00pm'], 'off'],
  [['Wait List (2) as of 5:00 PM'], 'off'],
  [['Wait List: 2 as of 5:00 PM'], 'off'],
  [['Cancelled Appointments: 2 (printed 3:15 PM)'], 'cancelled'],
  [['Pending Requests (2) - 03/22/2027 5:00 PM'], 'unknown'],
  [['Recalls Due as of 8:30 AM'], 'off'],
  [['Deleted Appointments printed 03/22/2027 3:15 PM'], 'cancelled'],
  [['Requests (not yet booked) as of 5 PM'], 'off'],
  [['Blocked Time as of 5:00 PM'], 'off'],
  [['Canceled at 3:15 PM'], 'cancelled'],
  [['Wait List 5:00 PM'], 'off'],
  [['Lista de espera a las 17:00'], 'off'],
  [['Citas canceladas (impreso 15:15)'], 'cancelled'],
  [['Solicitudes de cita - 22/03/2027 17:00'], 'off'],
  [['LISTA DE ESPERA AL 22/03/2027 17:00'], 'off'],
  [['Citas eliminadas: 2 (impreso 3:15 PM)'], 'cancelled'],
  [['Lista de espera (2) a las 5:00 PM'], 'off'],
  [['Citas canceladas - 2 citas - 22/03/2027 15:15'], 'cancelled'],
  [[pad([q('Wait List'), 'as of 5:00 PM'])], 'off'],
  [[pad(['Cancelled Appointments', '03/22/2027 3:15 PM'])], 'cancelled'],
  [[pad(['Pending Requests', '2', '03/22/2027 17:00'])], 'unknown'],
  [[pad([q('Cancelled Appointments (printed 3:15 PM)')])], 'cancelled'],
  [[pad(['Lista de espera', 'a las 17:00'])], 'off'],
  [['==== Wait List as of 5:00 PM ===='], 'off'],
  [['*** Cancelled Appointments printed 3:15 PM ***'], 'cancelled'],
  [['No Shows as of 5:00 PM'], 'booked'],
  [["Tomorrow's Confirmations as of 5:00 PM"], 'booked'],
];

describe('A. booked rows, then a section heading with a time', () => {
  for (const [heading, meaning] of HEADINGS)
    it(`${heading.join(' / ')}: no row goes as what its section is not`, async () => {
      const sections: Section[] = [
        { heading: [], rows: [0, 1], meaning: 'booked' },
        { heading, rows: [2, 3], meaning },
      ];
      const r = await run(report(sections));
      expect(wrongSends(r, sections)).toEqual([]);
      if (meaning !== 'booked') expect(held(r)).toBe(true);
    });
});

describe('B. a section heading with a time first, then Scheduled', () => {
  for (const [heading, meaning] of HEADINGS.filter(([, m]) => m !== 'booked').slice(0, 8))
    it(`${heading.join(' / ')}: held`, async () => {
      const sections: Section[] = [
        { heading, rows: [0, 1], meaning },
        { heading: ['Scheduled Appointments'], rows: [2, 3], meaning: 'booked' },
      ];
      const r = await run(report(sections));
      expect(wrongSends(r, sections)).toEqual([]);
      expect(held(r)).toBe(true);
    });
});

describe('C. lines with a time that are no section: these go as they are', () => {
  const three = [0, 1, 2].map((k) => `${startOf(k)} NEW`);
  it.each([
    ['a footer Printed 03/22/2027 5:00 PM', ['Printed 03/22/2027 5:00 PM']],
    ['a footer Total appointments: 3 as of 5:00 PM', ['Total appointments: 3 as of 5:00 PM']],
    ['a footer Report run 03/22/2027 17:00', ['Report run 03/22/2027 17:00']],
    ['an empty Wait List as of 5:00 PM last (over no row)', ['Wait List as of 5:00 PM']],
  ])('%s', async (_, footer) => {
    const r = await run([...report([{ heading: [], rows: [0, 1, 2], meaning: 'booked' }]), ...footer]);
    expect(held(r)).toBe(false);
    if (r === 'refused') throw new Error('refused');
    expect(r.appointments.map((a) => `${a.start.toISOString().slice(0, 16)} ${a.status}`)).toEqual(three);
  });
});

describe('D. a slot of the book with its time between rows is no section: the rows go', () => {
  it.each([
    ['Lunch 12:00 PM', 'Lunch,12:00 PM'],
    ['Blocked at 12:00 PM', 'Blocked at 12:00 PM'],
    ['Dr. Raj Lee 8:00 AM', 'Dr. Raj Lee 8:00 AM'],
  ])('%s', async (_, line) => {
    const lines = report([{ heading: [], rows: [0, 1, 2], meaning: 'booked' }]);
    const r = await run([...lines.slice(0, 3), line, ...lines.slice(3)]);
    expect(held(r)).toBe(false);
    if (r === 'refused') throw new Error('refused');
    expect(r.appointments.map((a) => `${a.start.toISOString().slice(0, 16)} ${a.status}`)).toEqual(
      [0, 1, 2].map((k) => `${startOf(k)} NEW`),
    );
  });
});
