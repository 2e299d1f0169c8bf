// A report grouped by day that prints the day alone on a line, no label (`Tuesday, March 2,
// 2027`, `03/02/2027`, `Mardi 2 mars 2027`), over rows with a time and no date: read as the rows'
// date when the lines are sure day groups (day-lines.ts), held otherwise. Expected values are
// worked out by hand: times in Los Angeles (PST, -08:00, before March 14, 2027).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collect, tempDir, writeLines, type Collected } from './support.ts';

const dir = tempDir();
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const FIXTURE = path.resolve('test/fixtures/false-holds/appointment-list-by-unlabelled-day.csv');
const HEADER = 'Time,Patient,Chart #,DOB,Provider,Status';

const write = (name: string, lines: string[]): string => writeLines(dir, name, lines);
const starts = (c: Collected) => c.appointments.map((a) => [a.patient.lastName, a.start.toISOString()]);
const kinds = (c: Collected) => c.summary.doubts.map((d) => d.kind);
const row = (time: string, last: string, chart: number, dob = '04/19/1961') =>
  `${time},"${last}, Ann",${chart},${dob},Dr Lee,Confirmed`;
/** Two day groups of one row each (Ames, then Bell), birth dates written day-first. */
const twoDays = (name: string, days: [string, string], times: [string, string]) =>
  collect(
    write(name, [
      HEADER,
      `${days[0]},,,,,`,
      row(times[0], 'Ames', 1, '19/04/1961'),
      `${days[1]},,,,,`,
      row(times[1], 'Bell', 2, '19/04/1961'),
    ]),
  );

describe('a report grouped by day under unlabelled day lines', () => {
  it('goes with no question, each row on the day of the line above it', async () => {
    const c = await collect(FIXTURE);
    expect(c.summary.doubts).toEqual([]);
    expect(c.errors).toEqual([]);
    expect(starts(c)).toEqual([
      ['Garcia', '2027-03-02T16:00:00.000Z'], // 8:00 AM PST
      ['Nguyen', '2027-03-02T17:30:00.000Z'],
      ['Kim', '2027-03-03T18:15:00.000Z'],
    ]);
  });

  it('reads the day unquoted (cut in cells at its commas), in French, and day-first when the file proves it', async () => {
    const english = await collect(
      write('unquoted.csv', [HEADER, 'Tuesday, March 2, 2027,,,', row('2:00 PM', 'Ames', 1)]),
    );
    expect(starts(english)).toEqual([['Ames', '2027-03-02T22:00:00.000Z']]);
    const french = await twoDays('fr.csv', ['Mardi 2 mars 2027', 'Mercredi 3 mars 2027'], ['14:00', '09:00']);
    expect(french.summary.doubts).toEqual([]);
    expect(starts(french)).toEqual([
      ['Ames', '2027-03-02T22:00:00.000Z'],
      ['Bell', '2027-03-03T17:00:00.000Z'],
    ]);
    // 13/03/2027 can only be 13 March: 01/03/2027 is then 1 March, never January 3.
    const dayFirst = await twoDays('dmy.csv', ['01/03/2027', '13/03/2027'], ['9:00', '9:00']);
    expect(starts(dayFirst)).toEqual([
      ['Ames', '2027-03-01T17:00:00.000Z'],
      ['Bell', '2027-03-13T17:00:00.000Z'],
    ]);
  });

  // Chart numbers as a practice's are (1, 2, 3 in row order would number the lines: asked, 61g).
  it('starts the days again under each provider of a report grouped by provider, then day', async () => {
    const c = await collect(
      write('by-provider.csv', [
        'Time,Patient,Chart #,DOB,Status',
        'Provider: Lee, Anna DDS,,,,',
        'Tuesday, March 2, 2027,,,,',
        '8:00 AM,"Ames, Ann",4107,04/19/1961,Confirmed',
        'Wednesday, March 3, 2027,,,,',
        '9:00 AM,"Bell, Ann",2291,04/19/1961,Confirmed',
        'Provider: Patel, Raj DMD,,,,',
        'Tuesday, March 2, 2027,,,,',
        '10:00 AM,"Cole, Ann",3385,04/19/1961,Confirmed',
      ]),
    );
    expect(c.summary.doubts).toEqual([]);
    expect(c.appointments.map((a) => [a.start.toISOString(), a.participant.providerName])).toEqual([
      ['2027-03-02T16:00:00.000Z', 'Anna Lee, DDS'],
      ['2027-03-03T17:00:00.000Z', 'Anna Lee, DDS'],
      ['2027-03-02T18:00:00.000Z', 'Raj Patel, DMD'],
    ]);
  });

  it('is held when a day line is no sure day group: twice, going back, with no rows, below the table, or written two ways', async () => {
    const cases: Array<[string, string[]]> = [
      // March 12 then April 1 month-first, but December 3 then January 4 day-first.
      [
        'forward one way only',
        ['03/12/2027,,,,,', row('8:00 AM', 'Ames', 1), '04/01/2027,,,,,', row('9:00 AM', 'Bell', 2)],
      ],
      [
        'twice (a page footer)',
        [
          '03/02/2027,,,,,',
          row('8:00 AM', 'Ames', 1),
          '03/03/2027,,,,,',
          row('9:00 AM', 'Bell', 2),
          '03/02/2027,,,,,',
          row('9:30 AM', 'Cole', 3),
        ],
      ],
      [
        'going back (a print date)',
        ['03/02/2027,,,,,', row('8:00 AM', 'Ames', 1), '03/01/2027,,,,,', row('9:00 AM', 'Bell', 2)],
      ],
      ['with no rows', ['03/02/2027,,,,,', '03/03/2027,,,,,', row('9:00 AM', 'Bell', 2)]],
      ['below the table', ['03/02/2027,,,,,', row('8:00 AM', 'Ames', 1), '03/05/2027,,,,,']],
      [
        'two ways',
        [
          '"Tuesday, March 2, 2027",,,,,',
          row('8:00 AM', 'Ames', 1),
          '03/03/2027,,,,,',
          row('9:00 AM', 'Bell', 2),
        ],
      ],
    ];
    for (const [what, lines] of cases) {
      const c = await collect(write('held.csv', [HEADER, ...lines]));
      expect(kinds(c), what).toContain('grouped-rows');
    }
  });

  it('sends no row under a day line whose weekday is not its date', async () => {
    const c = await collect(
      write('weekday.csv', [HEADER, '"Wednesday, March 2, 2027",,,,,', row('8:00 AM', 'Ames', 1)]),
    );
    expect(kinds(c)).toContain('grouped-rows');
    expect(c.appointments).toEqual([]);
  });

  it('never takes a print date, a run date or a page line for a day', async () => {
    for (const line of [
      'Printed 03/04/2027 10:15',
      'Run Date: 03/01/2027',
      'Page 2 of 5',
      '03/02/2027 8:00 AM',
      '03/02/27',
    ]) {
      await expect(
        collect(write('near.csv', [HEADER, `${line},,,,,`, row('8:00 AM', 'Ames', 1)])),
        line,
      ).rejects.toThrow(/cannot find appointment date/);
    }
  });
});
