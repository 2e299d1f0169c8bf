// Report furniture inside delimited exports: totals, page markers, print stamps, rules and the
// header repeated after a page break are not rows. Files written here; expected lines by hand.
import { FurnitureFilter } from '../../../main/import/read/report-furniture.ts';
import { readAll, tempDir } from './read-helpers.ts';

let t: ReturnType<typeof tempDir>;
beforeEach(() => (t = tempDir()));
afterEach(() => t.cleanup());

function write(name: string, lines: string[]): string {
  return t.write(name, lines.join('\r\n') + '\r\n');
}

describe('a printed report saved as CSV', () => {
  it('only the appointment rows are read; furniture lines are recorded, not rows', async () => {
    const file = write('daily-schedule.csv', [
      /* 1 */ 'Daily Schedule - Harbour Physio',
      /* 2 */ 'Printed on 12/08/2026 07:02 by frontdesk',
      /* 3 */ '',
      /* 4 */ 'Date,Time,Patient,DOB,Provider,Status',
      /* 5 */ '12/08/2026,8:00 AM,"Delgado, Oscar",04/09/1961,Dr Liu,Booked',
      /* 6 */ '12/08/2026,8:30 AM,"Kim, Walter",10/02/1994,Dr Liu,Cancelled',
      /* 7 */ '------------------------------------------',
      /* 8 */ 'Page 1 of 2,,,,,',
      /* 9 */ '',
      /* 10 */ 'Daily Schedule - Harbour Physio',
      /* 11 */ 'Date,Time,Patient,DOB,Provider,Status',
      /* 12 */ '12/08/2026,9:00 AM,"Natarajan, Priya",06/18/1939,Dr Ortiz,Arrived',
      /* 13 */ '12/08/2026,9:30 AM,"Total, Grace",01/01/1980,Dr Ortiz,Booked',
      /* 14 */ ',,,,,',
      /* 15 */ 'Page 2 of 2',
      /* 16 */ '',
      /* 17 */ 'Total appointments: 4',
      /* 18 */ 'Count,4',
      /* 19 */ 'Grand Total',
      /* 20 */ ',,,,4,',
      /* 21 */ 'Report generated 12/08/2026 07:02',
      /* 22 */ '*** Confidential ***',
      /* 23 */ '=====================',
      /* 24 */ 'End of report',
    ]);
    const { info, rows } = await readAll(file);
    expect(info.headerLine).toBe(4);
    expect(info.titleLines).toEqual([
      'Daily Schedule - Harbour Physio',
      'Printed on 12/08/2026 07:02 by frontdesk',
    ]);
    expect(rows.map((r) => [r.line, r.record.Patient, r.problem])).toEqual([
      [5, 'Delgado, Oscar', undefined],
      [6, 'Kim, Walter', undefined],
      [12, 'Natarajan, Priya', undefined],
      [13, 'Total, Grace', undefined],
    ]);
    expect(info.furnitureLines).toEqual([7, 8, 10, 11, 15, 17, 18, 19, 20, 21, 22, 23, 24]);
  });

  it('a header and totals only: no appointment rows', async () => {
    const file = write('empty-report.csv', ['Date,Time,Patient,Provider', '', 'Total appointments: 0']);
    await expect(readAll(file)).rejects.toThrow(/no appointment rows/);
  });

  it('real rows are never taken for furniture, even sparse or odd ones', async () => {
    const file = write('odd-rows.csv', [
      'Id,Date,Time,Patient,Provider,Notes',
      '1,12/08/2026,8:00,Oscar Delgado,Liu,Total knee follow-up',
      // An open slot: few cells, but it fits the columns and has a date and time.
      ',12/08/2026,8:30,,Liu,',
      // A row cut short: stays a row with a problem (a row error for the mapper).
      '3,12/08/2026',
      // A patient whose notes say "Page 2 of 3" still fills most columns: data.
      '4,12/08/2026,9:00,Walter Kim,Liu,Page 2 of 3 of the referral',
    ]);
    const { info, rows } = await readAll(file);
    expect(rows.map((r) => [r.line, r.problem === undefined])).toEqual([
      [2, true],
      [3, true],
      [4, false],
      [5, true],
    ]);
    expect(info.furnitureLines).toEqual([]);
  });

  it('a totals row with several numbers after the data', async () => {
    const file = write('totals-row.csv', [
      'Provider,Date,Time,Patient,Minutes,Fee',
      'Liu,12/08/2026,8:00,Oscar Delgado,30,$80.00',
      'Liu,12/08/2026,8:30,Walter Kim,45,$120.00',
      'Total,,,,75,$200.00',
    ]);
    const { info, rows } = await readAll(file);
    expect(rows.map((r) => r.line)).toEqual([2, 3]);
    expect(info.furnitureLines).toEqual([4]);
  });
});

describe('FurnitureFilter.classify', () => {
  const header = ['Date', 'Time', 'Patient', 'DOB', 'Provider', 'Status'];
  const pad = (...cells: string[]) => [...cells, ...Array<string>(6 - cells.length).fill('')];
  it.each([
    [['Total appointments: 42'], 'total'],
    [['Total: 42'], 'total'],
    [['Count: 12'], 'total'],
    [['Total', '42'], 'total'],
    [pad('Anzahl Termine: 12'), 'total'],
    [['Grand Total'], 'total'],
    [['Subtotal:'], 'total'],
    // an amount a front desk added up under its own column (`Copay collected`)
    [pad('', '', '', '', 'Total copays', '$115.00'), 'total'],
    [pad('', '', 'Total collected', '$1,240.50'), 'total'],
    // a label and an amount with no word that counts is no total
    [pad('', '', '', '', 'Copay', '$25.00'), undefined],
    // a total's label after its count (`Total Appointments:,7` with its columns reversed)
    [pad('', '', '', '', '7', 'Total Appointments:'), 'total'],
    [pad('', '', '', '12', 'Grand Total'), 'total'],
    // Two totals in the rows' columns (corpus 452's footer), and the same with the columns written
    // right to left (its variation `columns reversed`: read as a row with no patient, an open slot)
    [pad('Total Visits: 8', '', '', '', 'Total Fees', '2300'), 'total'],
    [pad('2300', 'Total Fees', '', '', '', 'Total Visits: 8'), 'total'],
    [pad('', 'Total Fees', '2300', '', 'Total Visits: 8', ''), 'total'],
    // A totals line of a report with its label last, between its amounts, or printed twice
    // (`Total,…,$325.00` of a billing report whose columns were written the other way).
    [['$325.00', '$360.00', '7', '', '', 'Total'], 'total'],
    [['$325.00', '', 'Total', '', '7', '$1,190.00'], 'total'],
    [['Total', '', '7', '$1,190.00', '', 'Total'], 'total'],
    // A row with text besides the label is no total: a patient of that name is a row.
    [['03/12/2027 9:00 AM', 'Total', '7', '', '', ''], undefined],
    [['Page 1 of 2'], 'page-marker'],
    [pad('Page 3/7'), 'page-marker'],
    [['Seite 2 von 3'], 'page-marker'],
    [['- 2 -'], 'page-marker'],
    [pad('Page 1 of 2', '', '', 'Printed 12/08/2026'), 'page-marker'],
    [['Printed on 12/08/2026 10:14'], 'stamp'],
    // The comma in a long date splits the stamp over three cells.
    [['Printed on Tuesday', ' December 8', ' 2026'], 'stamp'],
    [['Printed by: Front Desk'], 'stamp'],
    [['Report generated 12/08/2026'], 'stamp'],
    [['Gedruckt am 08.12.2026'], 'stamp'],
    [['End of report'], 'notice'],
    [['*** Confidential ***'], 'notice'],
    [['----------'], 'rule'],
    [pad('=====', '====='), 'rule'],
    [['____'], 'rule'],
    [header, 'repeated-header'],
    [['date', ' time ', 'PATIENT', 'dob', 'provider', 'status'], 'repeated-header'],
    [['Daily Schedule'], 'repeated-title'],
    // Group headings: the reader reports them when rows follow, and the file is held (the rows
    // under `Cancelled Appointments` may not say they are cancelled).
    [['Dr Smith'], 'heading'],
    [['Provider: Dr Smith'], 'heading'],
    [['Cancelled Appointments'], 'heading'],
    [['*** Cancelled ***'], 'heading'],
    // With a count, a number or split over cells, still a heading (DevExpress writes
    // `Status: Cancelled (Count=2)`; Crystal a label and a field; an unquoted comma splits one).
    [['Status: Cancelled (Count=2)'], 'heading'],
    [pad('Status:', 'Cancelled'), 'heading'],
    [pad('Provider:', 'Ng, Helen MD'), 'heading'],
    [pad('Provider: Ng', ' Helen MD (NPI 1234567893)'), 'heading'],
    [['Cancelled Appointments (2)'], 'heading'],
    [['Scheduled: 3'], 'heading'],
    [['Dr Ng (12)'], 'heading'],
    // With a count word, a label and a number is a total.
    [['Total for Dr. Ng: 12'], 'total'],
    [['Appointments: 42 (3 cancelled)'], 'total'],
    // A day's total printed in the row's own columns, the day's date in the Date column
    // (PracticeWorks-style `03/01/27,,Total for 03/01/27: 3 appointments`): no appointment.
    [pad('03/01/27', '', 'Total for 03/01/27: 3 appointments'), 'total'],
    [pad('2027-03-01', 'Day Total: 14'), 'total'],
    [pad('03/01/2027', 'Subtotal 12', '45'), 'total'],
    // ... also beside the group's provider or a note a variation of the report writes on it
    [pad('03/01/27', '', 'Total for 03/01/27: 3 appointments', '', 'DDS1'), 'total'],
    [pad('03/01/27', 'Total: 3 appointments', 'Prefers mornings, call ahead'), 'total'],
    [['03/01/27', '', 'Total for 03/01/27: 3 appointments', 'x', 'DDS1', 'OP1'], 'total'],
    // ... whatever way the file writes its dates (a value variation wrote `Mar 1, 2027`)
    [pad('Mar 1, 2027', '', 'Total for Mar 1, 2027: 3 appointments'), 'total'],
    [pad('Monday, March 1, 2027', 'Day Total: 14'), 'total'],
    [pad('01-Mar-2027', 'Subtotal 12', '45'), 'total'],
    [pad('Mon 03/01/2027', '', 'Total for Mon 03/01/2027: 3 appointments'), 'total'],
    [pad('lunes, 1 de marzo de 2027', '', 'Total: 3 appointments'), 'total'],
  ] as const)('%j is %s', (values, kind) => {
    const f = new FurnitureFilter(header, ['Daily Schedule']);
    expect(f.classify(values)).toBe(kind);
  });

  it.each([
    [['12/08/2026', '8:00', 'Oscar Delgado', '04/09/1961', 'Dr Liu', 'Booked']],
    [['12/08/2026', '8:00', '', '', 'Dr Liu', '']],
    [['12/08/2026', 'Total, Grace']],
    // A patient whose name starts as a total does, with a time: a row cut short, not a total.
    [['12/08/2026', '9:00', 'Totals 2 Dana']],
    [['12/08/2026', '9:30 AM', 'Total 3 appointments']],
    [['3', '12/08/2026']],
    [['42']],
    [['12/08/2026', '8:00', 'Total', '04/09/1961', 'Liu', 'Booked']],
    // A day heading or a row cut short (dates, times): the rows stay row errors, as before.
    [['Monday 03/01/2027']],
    [['9:00 AM', 'Porter, Wade']],
    // An id and a name only: a row cut short (a row error), not a heading.
    [pad('10452', 'Oscar Delgado')],
  ])('%j is not furniture', (values) => {
    const f = new FurnitureFilter(header, ['Daily Schedule']);
    expect(f.classify(values)).toBeUndefined();
  });

  it('a count beside a word that names no total is not one', () => {
    const f = new FurnitureFilter(header, []);
    // a row cut short to a chart number and a name, and a count of what is no total
    expect(f.classify(pad('', '7', 'Totalis Ann'))).toBeUndefined();
    expect(f.classify(pad('', '7', 'Smith'))).toBeUndefined();
  });

  it('a bare number is a total only after a blank line', () => {
    const f = new FurnitureFilter(header, []);
    expect(f.classify(pad('', '', '', '', '42'))).toBeUndefined();
    f.noteBlank();
    expect(f.classify(pad('', '', '', '', '42'))).toBe('total');
    f.noteRow();
    expect(f.classify(pad('', '', '', '', '42'))).toBeUndefined();
  });
});
