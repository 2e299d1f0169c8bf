// Printed reports saved as text (print to file, Crystal's Text export, an IBM i spooled file):
// columns read off the dashes or the labels, never guessed; pages, days and furniture; what is a
// row error. Files written here by hand; every expected value worked out from the lines.
import { printedGrid } from '../../../main/import/read/printed-grid.ts';
import { PrintedLines, readPrintedLine, statedDayOf } from '../../../main/import/read/printed-lines.ts';
import type { ImportItem } from '../../../main/model/import-summary.ts';
import { importedItems, readAll, tempDir } from './read-helpers.ts';

let t: ReturnType<typeof tempDir>;
beforeEach(() => (t = tempDir()));
afterEach(() => t.cleanup());

const PRACTICE = '1c7ecf9f-9700-4e70-b976-9356db658274';

async function items(name: string, lines: string[], timeZone = 'America/Chicago') {
  const file = t.write(name, lines.join('\r\n') + '\r\n');
  return importedItems(file, PRACTICE, timeZone);
}

function brief(i: ImportItem) {
  if (i.kind === 'appointment')
    return [i.line, i.appointment.start.toISOString(), i.appointment.patient.lastName];
  if (i.kind === 'error') return [i.error.line, 'error', i.error.column, i.error.value];
  return [i.line, i.kind];
}

// A day sheet with dashes: Reason is 15 wide and cut there, one space before Status.
const RULED = [
  /* 1 */ 'Lakeside Clinic                                          Page: 1',
  /* 2 */ 'Appointment List                      Printed: 03/12/27  4:12 pm',
  /* 3 */ 'Date: Tuesday, March 16, 2027',
  /* 4 */ '',
  /* 5 */ 'Time     Patient               Chart     Birth Date  Reason          Status',
  /* 6 */ '-------- --------------------- --------- ----------- --------------- ----------',
  /* 7 */ '8:00 am  Abbott, Clara         ABBCL000  04/22/1951  Annual Physical Confirmed',
  /* 8 */ '10:15 am Brennan, Luis         BRELU000  11/28/1990  Med Refill      Cancelled',
];

describe('the grid of a printed report', () => {
  it('is the dashes under the labels: values a single space apart stay apart', () => {
    const grid = printedGrid(RULED.join('\n'))!;
    expect(grid).toMatchObject({ labelLine: 5, ruled: true });
    expect(grid.columns.map((c) => [c.label, c.start, c.end])).toEqual([
      ['Time', 0, 8],
      ['Patient', 9, 30],
      ['Chart', 31, 40],
      ['Birth Date', 41, 52],
      ['Reason', 53, 68],
      ['Status', 69, 79],
    ]);
    expect(readPrintedLine(RULED[6]!, grid).cells).toEqual([
      '8:00 am',
      'Abbott, Clara',
      'ABBCL000',
      '04/22/1951',
      'Annual Physical',
      'Confirmed',
    ]);
    // `10:15 am` and `Annual Physical` fill their columns: may be cut (columns 0 and 4).
    expect(readPrintedLine(RULED[7]!, grid).cut).toEqual([0]);
    expect(readPrintedLine(RULED[6]!, grid).cut).toEqual([4]);
  });

  it('without dashes, is where the labels stand when the lines under them keep to them; right-aligned values may start left of their label', () => {
    const lines = [
      '  Time  Patient               Pat#  Birthdate   Status',
      ' 8:30a  Bergstrom, Karin     10442  02/14/1957  Confirmed',
      '10:15a  Kowalczyk, Dorota     8125  08/30/1975  No Show',
    ];
    const grid = printedGrid(lines.join('\n'))!;
    expect(grid).toMatchObject({ labelLine: 1, ruled: false });
    expect(grid.columns.map((c) => [c.label, c.start, c.end])).toEqual([
      ['Time', 0, 6],
      ['Patient', 8, 25],
      ['Pat#', 29, 34],
      ['Birthdate', 36, 46],
      ['Status', 48, 57],
    ]);
    expect(readPrintedLine(lines[1]!, grid).cells).toEqual([
      '8:30a',
      'Bergstrom, Karin',
      '10442',
      '02/14/1957',
      'Confirmed',
    ]);
    // No widths are written without dashes: nothing is marked as cut.
    expect(readPrintedLine(lines[1]!, grid).cut).toBeUndefined();
  });

  it('is never found in a delimited file, even one padded with spaces', () => {
    const padded = [
      'Time,     Patient,          Status',
      '8:00 am,  "Abbott, Clara",  Confirmed',
      '9:00 am,  "Brennan, Luis",  Cancelled',
    ];
    expect(printedGrid(padded.join('\n'))).toBeUndefined();
    expect(printedGrid(padded.join('\n').replace(/,/g, ' |'))).toBeUndefined();
    expect(printedGrid('Time  Patient  Status\n8:00\tAbbott\tConfirmed\n')).toBeUndefined();
  });

  it('is not taken from labels the lines under them do not keep to', () => {
    // `Abbott, Clara` starts in the gap before Patient's label and reaches it: one line fits at most.
    const lines = [
      'Time      Patient      Status',
      '8:00 am Abbott, Clara   Confirmed',
      '9:00 am Brennan, Luis   Cancelled',
    ];
    expect(printedGrid(lines.join('\n'))).toBeUndefined();
  });
});

describe('a line off the grid', () => {
  it('a word over the edge of its column is the row error, naming the columns and the value', () => {
    const grid = printedGrid(RULED.join('\n'))!;
    const line = '9:00 am  Castellanos-Whitfield, Aurelio  CASAU000  03/22/1948  Follow Up       Arrived';
    const read = readPrintedLine(line, grid);
    expect(read.off).toEqual({
      column: 'Patient',
      value: 'Castellanos-Whitfield, Aurelio',
      message:
        "'Castellanos-Whitfield, Aurelio' is printed across the columns 'Patient' and 'Chart': where one value ends and the next begins is not written",
    });
    // Most columns have text: read as a row (its error kept), never as a title or total.
    expect(read.cells).toHaveLength(6);
  });

  it('a line of its own (a title, a total) is one cell, furniture for the delimited reader', () => {
    const grid = printedGrid(RULED.join('\n'))!;
    expect(
      readPrintedLine('                                        Appointments for JLW:  5', grid).cells,
    ).toEqual(['Appointments for JLW:  5']);
  });

  it('the day a line states: alone, or after a date label; never a print date or a range', () => {
    expect(statedDayOf('Monday, March 15, 2027')).toBe('Monday, March 15, 2027');
    expect(statedDayOf('Date: Monday, March 15, 2027')).toBe('Monday, March 15, 2027');
    expect(statedDayOf('Printed: 03/12/2027')).toBeUndefined();
    expect(statedDayOf('Appointments 3/15/2027 to 3/16/2027')).toBeUndefined();
    expect(statedDayOf('Total for 3/15/2027:   4')).toBeUndefined();
  });
});

describe('pages of a printed report', () => {
  it('a spooled file with no form feed: the page header printed again is no row, and its rows keep their line numbers', async () => {
    const file = t.write(
      'SPOOL.TXT',
      [
        /* 1 */ 'APT210R      MERCY CLINIC      PAGE    1',
        /* 2 */ 'DATE        TIME      PATIENT NAME          STATUS',
        /* 3 */ '----------  --------  --------------------  ----------',
        /* 4 */ '03/15/2027  08:00 AM  HALVORSEN, INGRID     SCHEDULED',
        /* 5 */ 'APT210R      MERCY CLINIC      PAGE    2',
        /* 6 */ 'DATE        TIME      PATIENT NAME          STATUS',
        /* 7 */ '----------  --------  --------------------  ----------',
        /* 8 */ '03/16/2027  09:00 AM  DIAZ, ROBERTO         ARRIVED',
        /* 9 */ '                  * * *  E N D  O F  R E P O R T  * * *',
      ].join('\n') + '\n',
    );
    const { info, rows } = await readAll(file);
    expect(info.headers).toEqual(['DATE', 'TIME', 'PATIENT NAME', 'STATUS']);
    expect(rows.map((r) => [r.line, r.values[2]])).toEqual([
      [4, 'HALVORSEN, INGRID'],
      [8, 'DIAZ, ROBERTO'],
    ]);
  });

  it('a value printed with a quote is read as printed; a lone quote opens no cell over the lines below', async () => {
    const file = t.write(
      'SPOOL.TXT',
      [
        /* 1 */ 'DATE        TIME      PATIENT NAME          STATUS',
        /* 2 */ '----------  --------  --------------------  ----------',
        /* 3 */ '03/15/2027  08:00 AM  "BOB" HALVORSEN       SCHEDULED',
        /* 4 */ '03/15/2027  08:30 AM  O"NEIL, MAE           ARRIVED',
        /* 5 */ '03/16/2027  09:00 AM  DIAZ, ROBERTO         ARRIVED',
      ].join('\n') + '\n',
    );
    const { rows } = await readAll(file);
    expect(rows.map((r) => [r.line, r.values[2]])).toEqual([
      [3, '"BOB" HALVORSEN'],
      [4, 'O"NEIL, MAE'],
      [5, 'DIAZ, ROBERTO'],
    ]);
  });

  it('a page header or group line stating one day gives its rows that day; a new page whose header states only a range gives none', async () => {
    const lines = [
      /* 1 */ 'Summit Ridge Dental                         Printed: 3/12/2027',
      /* 2 */ 'Appointments 3/15/2027 to 3/17/2027                     Page 1',
      /* 3 */ '   Time   Patient                    Chart #   Birth Date   Status',
      /* 4 */ 'Monday, March 15, 2027',
      /* 5 */ ' 8:00AM   Archuleta, Dominic         ARC0112   6/7/1999     Complete',
      /* 6 */ 'Tuesday, March 16, 2027',
      /* 7 */ ' 9:30AM   Chavez, Rosalinda          CHA0098   1/30/1955    Scheduled',
      /* 8 */ '\fSummit Ridge Dental                         Printed: 3/12/2027',
      /* 9 */ 'Appointments 3/15/2027 to 3/17/2027                     Page 2',
      /* 10 */ '   Time   Patient                    Chart #   Birth Date   Status',
      /* 11 */ '11:00AM   Oduya, Folasade            ODU0177   12/5/1979    Unconfirmed',
    ];
    const { items: out } = await items('ApptList.txt', lines, 'America/Denver');
    // Denver is UTC-6 from 14 March 2027. Page 2 repeats the range, not a day: line 11 has no
    // day (not the 16th of the page before, not the print date 3/12).
    expect(out.map(brief)).toEqual([
      [5, '2027-03-15T14:00:00.000Z', 'Archuleta'],
      [7, '2027-03-16T15:30:00.000Z', 'Chavez'],
      [11, 'error', 'Date', undefined],
    ]);
  });
});

describe('what a printed report cannot say', () => {
  it('a patient name that fills its ruled column may be cut: a row error; a cut provider is sent', async () => {
    const { items: out } = await items('APTREG.TXT', [
      /* 1 */ 'DATE        TIME        MRN  PATIENT NAME          BIRTH DATE  PROVIDER  STATUS',
      /* 2 */ '----------  --------  -----  --------------------  ----------  --------  ---------',
      /* 3 */ '03/15/2027  08:00 AM    402  HALVORSEN, INGRID     04/02/1961  OKAFOR C  SCHEDULED',
      /* 4 */ '03/15/2027  09:15 AM    411  SCHWARZENBERGER, ANN  01/09/1954  PETRAKIS  SCHEDULED',
      /* 5 */ '03/15/2027  10:00 AM    299  MCALLISTER, FIONA     07/19/1983  PETRAKIS  CANCELLED',
    ]);
    // Chicago is UTC-5 from 14 March 2027. `PETRAKIS` fills its column too: sent as written.
    expect(out.map(brief)).toEqual([
      [3, '2027-03-15T13:00:00.000Z', 'Halvorsen'],
      [4, 'error', 'PATIENT NAME', 'SCHWARZENBERGER, ANN'],
      [5, '2027-03-15T15:00:00.000Z', 'McAllister'],
    ]);
  });

  it('a blank time under a row with one is a row error, never the time above carried down', async () => {
    const { items: out } = await items(
      'SCHED.TXT',
      [
        /* 1 */ 'Tuesday, March 16, 2027',
        /* 2 */ '',
        /* 3 */ '  Time  Patient               Pat#  Birthdate   Status',
        /* 4 */ ' 8:45a  Whitfield, Marcus    10987  12/01/1969  Confirmed',
        /* 5 */ '        Pruitt, Leanne        9031  06/06/1992  Confirmed',
        /* 6 */ ' 9:30a  Ortega, Aurelio      11210  03/22/1948  Arrived',
      ],
      'America/New_York',
    );
    // New York is UTC-4 from 14 March 2027.
    expect(out.map(brief)).toEqual([
      [4, '2027-03-16T12:45:00.000Z', 'Whitfield'],
      [5, 'error', 'Time', undefined],
      [6, '2027-03-16T13:30:00.000Z', 'Ortega'],
    ]);
  });

  it('a value printed across two columns is a row error naming the line, the column and the value', async () => {
    const { items: out } = await items('ruled.txt', [
      ...RULED,
      /* 9 */ '9:00 am  Castellanos-Whitfield, Aurelio  CASAU000  03/22/1948  Follow Up       Arrived',
    ]);
    const error = out.find((i) => i.kind === 'error');
    expect(error?.kind === 'error' && error.error).toMatchObject({
      line: 9,
      column: 'Patient',
      value: 'Castellanos-Whitfield, Aurelio',
      message: expect.stringContaining("across the columns 'Patient' and 'Chart'"),
    });
  });
});

describe('reading a printed report a piece at a time', () => {
  it('gives the same lines whatever the pieces (a line split between two pieces is read whole)', () => {
    const grid = printedGrid(RULED.join('\n'))!;
    const text = RULED.join('\n') + '\n';
    const whole = new PrintedLines(grid).reprint(text, true);
    const lines = new PrintedLines(grid);
    const cut = text.indexOf('Abbott') + 3;
    const pieces = lines.reprint(text.slice(0, cut), false) + lines.reprint(text.slice(cut), true);
    expect(pieces).toBe(whole);
    expect(whole.split('\n')).toHaveLength(RULED.length + 1);
  });
});
