// Which lines of a grouped report state a value for the rows under them (group-lines.ts), and how
// a table's rows take them (group-columns.ts, read through the real reader). Expected by hand.
import { groupLine, ownColumn, repeats } from '../../../main/import/read/group-lines.ts';
import { readAll, tempDir } from './read-helpers.ts';

let t: ReturnType<typeof tempDir>;
beforeEach(() => (t = tempDir()));
afterEach(() => t.cleanup());

const WIDTH = 6;
const pad = (cells: string[]) => [...cells, ...Array<string>(WIDTH - cells.length).fill('')];

describe('a group line', () => {
  it.each([
    [['Provider: Lee', ' Anna DDS'], 'providerName', 'Lee, Anna DDS'],
    [['Provider:', 'Lee, Anna DDS'], 'providerName', 'Lee, Anna DDS'],
    [['Behandler: Dr. Anna Weber'], 'providerName', 'Dr. Anna Weber'],
    [['Location: North Clinic'], 'location', 'North Clinic'],
    [['Standort: Praxis Mitte'], 'location', 'Praxis Mitte'],
    [['Date: 03/02/2027'], 'date', '03/02/2027'],
    [['Datum: Di 02.03.2027'], 'date', '02.03.2027'],
    [['Appt Date: Tuesday, 2027-03-02'], 'date', '2027-03-02'],
    [['Provider: Lee, Anna DDS (continued)'], 'providerName', 'Lee, Anna DDS'],
    [['Doctor: Dr Raj Patel - cont.'], 'providerName', 'Dr Raj Patel'],
    // A day alone, no label (day-lines.ts): the date as written, weekday and all.
    [['Tuesday', ' March 2', ' 2027'], 'date', 'Tuesday, March 2, 2027'],
    [['Mardi 2 mars 2027'], 'date', 'Mardi 2 mars 2027'],
    [['03/02/2027'], 'date', '03/02/2027'],
  ])('%j states %s = %s', (cells, field, value) => {
    expect(groupLine(pad(cells), WIDTH)).toMatchObject({ field, value });
  });

  it.each([
    [['Run Date: 12/04/2026']], // when the report was run
    [['Report Date: 12/04/2026']],
    [['Date Range: 03/02/2027 - 03/08/2027']], // a range, not one day
    [['Provider: All Providers']],
    [['Provider: Lee/Patel']],
    [['Status: Cancelled']],
    [['Dr Anna Lee']], // no label: which field it states is not written
    [['Total for Lee, Anna DDS: 2']],
    [['Date: 03/02/2027 8:00 AM']], // a start, not a day
    [['03/02/2027 8:00 AM']],
    [['Printed 03/04/2027 10:15']], // a footer's print date
    [['Page 2 of 5']],
    [['03/02/27']], // no full year
    [['As of 03/02/2027']],
  ])('%j is none', (cells) => {
    expect(groupLine(pad(cells), WIDTH)).toBeUndefined();
  });

  it('is never a row that fills most columns', () => {
    expect(groupLine(['Provider: Lee', '03/02/2027', '8:00 AM', 'Garcia', 'x', 'y'], WIDTH)).toBeUndefined();
  });

  it("finds the table's own column of its field, and whether a row repeats it", () => {
    const g = groupLine(pad(['Date: 3/2/2027']), WIDTH)!;
    expect(ownColumn(['Time', 'Patient', 'Appt Date'], g)).toBe(2);
    expect(ownColumn(['Time', 'Patient', 'DOB'], g)).toBe(-1);
    expect(repeats('03/02/2027', '3/2/2027')).toBe(true);
    expect(repeats('03/02/2027 8:00 AM', '3/2/2027')).toBe(true);
    expect(repeats('03/12/2027', '3/2/2027')).toBe(false);
  });
});

describe('the rows of a grouped report', () => {
  it('take the carried column after their own; group lines are furniture, not rows', async () => {
    const file = t.write(
      'grouped.csv',
      [
        'Appointment List',
        'Date,Time,Patient,Status',
        'Provider: Lee, Anna DDS,,,',
        '03/02/2027,8:00 AM,"Garcia, Maria",Confirmed',
        'Provider: Patel, Raj DMD,,,',
        '03/02/2027,8:30 AM,"Nguyen, Linh",Confirmed',
      ].join('\r\n') + '\r\n',
    );
    const { info, rows } = await readAll(file);
    expect(info.headers).toEqual(['Date', 'Time', 'Patient', 'Status', 'Provider']);
    expect(rows.map((r) => [r.line, r.record.Patient, r.record.Provider])).toEqual([
      [4, 'Garcia, Maria', 'Lee, Anna DDS'],
      [6, 'Nguyen, Linh', 'Patel, Raj DMD'],
    ]);
    expect(info.furnitureLines).toEqual([3, 5]);
    expect(info.headingLines).toBeUndefined();
    expect(info.groupColumns).toEqual([
      { label: 'Provider', field: 'providerName', line: 3, text: 'Provider: Lee, Anna DDS' },
    ]);
  });
});

describe('a group line printed above the header', () => {
  // Group headers that carry the column titles: each office's line, then the header again.
  const byOffice = [
    'Appointment Report',
    '"Location: Main Office"',
    'Date,Time,Patient,Status',
    '03/11/2027,8:00 AM,"Halvorsen, Ingrid",Confirmed',
    '"Location: Fishkill Satellite"',
    'Date,Time,Patient,Status',
    '03/12/2027,1:30 PM,"Pham, Trung",Confirmed',
  ];

  it('is the first group: its rows take its value, the next line of that label the next', async () => {
    const { info, rows } = await readAll(t.write('by-office.csv', byOffice.join('\r\n') + '\r\n'));
    expect(info.headers).toEqual(['Date', 'Time', 'Patient', 'Status', 'Location']);
    expect(rows.map((r) => [r.line, r.record.Patient, r.record.Location])).toEqual([
      [4, 'Halvorsen, Ingrid', 'Main Office'],
      [7, 'Pham, Trung', 'Fishkill Satellite'],
    ]);
    expect(info.headingLines).toBeUndefined();
  });

  it('is no group when another title line comes between it and the header', async () => {
    const lines = [...byOffice];
    lines.splice(2, 0, 'Printed 03/10/2027');
    const { info } = await readAll(t.write('by-office-printed.csv', lines.join('\r\n') + '\r\n'));
    expect(info.headers).toEqual(['Date', 'Time', 'Patient', 'Status']);
    expect(info.headingLines?.[0]?.line).toBe(6);
  });

  it('is no group when it states a day (a one-day title, read as such)', async () => {
    const lines = ['Date: 03/11/2027', 'Time,Patient,Status', '8:00 AM,"Halvorsen, Ingrid",Confirmed'];
    const { info } = await readAll(t.write('one-day.csv', lines.join('\r\n') + '\r\n'));
    expect((info.groupColumns ?? []).filter((g) => g.first !== undefined)).toEqual([]);
  });
});
