// A day typed without its year on a line of its own takes the year the title states, only inside
// the period the title states (stated-period.ts), read through the real reader. Expected by hand:
// 1 March 2027 is a Monday, 28 December 2027 a Tuesday, 2 January 2028 a Sunday.
import { dayInPeriod, statedPeriods } from '../../../main/import/read/stated-period.ts';
import { readAll, tempDir } from './read-helpers.ts';

let t: ReturnType<typeof tempDir>;
beforeEach(() => (t = tempDir()));
afterEach(() => t.cleanup());

const day = (title: string, value: string) => dayInPeriod(value, statedPeriods([title]));

describe('the period a title states', () => {
  it('reads a week from the date after "week of", "week beginning" or "w/c", and back from "week ending"', () => {
    const march = { from: { year: 2027, month: 3, day: 1 }, to: { year: 2027, month: 3, day: 7 } };
    expect(statedPeriods(['PT appointments - week of March 1, 2027']).get('MDY')).toEqual(march);
    expect(statedPeriods(['Week beginning Monday 1 March 2027']).get('DMY')).toEqual(march);
    expect(statedPeriods(['Clinic list w/c 01.03.2027']).get('DMY')).toEqual(march);
    expect(statedPeriods(['Week ending 3/7/2027']).get('MDY')).toEqual(march);
  });

  it('states none for a print date, a bare date, or two different weeks', () => {
    expect(statedPeriods(['Printed 3/1/2027 9:14 AM']).size).toBe(0);
    expect(statedPeriods(['March 1, 2027']).size).toBe(0);
    expect(statedPeriods(['Week of March 1, 2027', 'Week of March 8, 2027']).size).toBe(0);
  });
});

describe('a day line without its year', () => {
  it('takes the year when the day falls inside the stated week and its weekday confirms it', () => {
    expect(day('Week of March 1, 2027', 'Tues 3/2')).toBe('Tues 2027-03-02');
    expect(day('Week of March 1, 2027', 'Thurs 3/4')).toBe('Thurs 2027-03-04');
    // A month's name, or both readings the same day: no weekday needed.
    expect(day('Week of March 1, 2027', 'March 3rd')).toBe('2027-03-03');
    expect(day('Week of March 1, 2027', '3/3')).toBe('2027-03-03');
  });

  it('across New Year the week decides the year', () => {
    expect(day('Week of Dec 28, 2027', 'Sun 1/2')).toBe('Sun 2028-01-02');
    expect(day('Week of Dec 28, 2027', 'Tue 12/28')).toBe('Tue 2027-12-28');
  });

  it('adds the year as written when both readings fall in a range in one year (the file order reads it)', () => {
    expect(day('Schedule 3/1/2027 - 3/7/2027', 'Tues 3/2')).toBe('Tues 3/2/2027');
  });

  it('stays without a year outside the period, with no period, or when only one reading fits and no weekday confirms it', () => {
    expect(day('Week of March 1, 2027', 'Tues 3/9')).toBeUndefined();
    expect(day('Week of March 1, 2027', '3/2')).toBeUndefined(); // 2 March or 3 February
    expect(day('Week of Dec 28, 2027', '1/2')).toBeUndefined();
    expect(day('Printed 3/1/2027', 'Tues 3/2')).toBeUndefined();
    expect(day('PT appointments', 'Tues 3/2')).toBeUndefined();
  });
});

describe('a typed week read as a table', () => {
  const week = (title: string, second: string) =>
    [
      title,
      'Time\tPatient\tDOB',
      'Tues 3/2',
      '9:00 AM\tGomez, Luis\t2/14/1979',
      '',
      second,
      '10:30 AM\tWright, Hannah\t7/22/1988',
    ].join('\r\n') + '\r\n';

  it("carries each day line, its year from the title, as the rows' date", async () => {
    const { info, rows } = await readAll(t.write('week.txt', week('Week of March 1, 2027', 'Thurs 3/4')));
    expect(info.headers).toEqual(['Time', 'Patient', 'DOB', 'Date']);
    expect(rows.map((r) => [r.line, r.record.Date])).toEqual([
      [4, 'Tues 2027-03-02'],
      [7, 'Thurs 2027-03-04'],
    ]);
    expect(info.headingLines).toBeUndefined();
  });

  it('holds the file with the line when a later day line falls outside the week', async () => {
    const { info, rows } = await readAll(t.write('week.txt', week('Week of March 1, 2027', 'Thurs 3/11')));
    // Never a row, and the file held with it (its rows are not the day above's).
    expect(rows.map((r) => r.line)).toEqual([4, 7]);
    expect(info.headingLines).toEqual([
      expect.objectContaining({ line: 6, text: expect.stringContaining("'Thurs 3/11' has no year") }),
    ]);
  });

  it("holds the file when a day line's weekday is not its date's", async () => {
    const { info } = await readAll(t.write('week.txt', week('Week of March 1, 2027', 'Fri 3/4')));
    expect(info.headingLines).toEqual([expect.objectContaining({ line: 6 })]);
  });
});
