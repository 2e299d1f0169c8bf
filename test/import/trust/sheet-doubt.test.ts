// The sheet question for a workbook kept a tab per day (corpus 312: 'Mon', 'Tue', 'Wed'): any one
// sheet confirmed is the only one read, in this workbook and every later one, so the question
// says to save the days apart instead. Sheets named otherwise are asked as before.
import { describe, expect, it } from 'vitest';
import { sheetDoubt } from '../../../main/import/trust/sheet-doubt.ts';

const choice = (...names: string[]) => ({ sheets: names.map((name) => ({ name, rows: 3 })) });
const DAYS = 'If each sheet is one day of the schedule, confirm none';

describe('sheets named for days', () => {
  it.each([
    [['Mon', 'Tue', 'Wed']],
    [['Monday', 'Tuesday']],
    [['Mon 3-22', 'Tue 3-23']],
    [['3-22', '3-23']],
    [['Mar 22', 'Mar 23']],
  ])('%j: each may be one day; the question says to save each day apart', (names) => {
    const d = sheetDoubt(choice(...names), names[0]!);
    expect(d.message).toContain('the sheets are named for days, so each may be one day of the same schedule');
    expect(d.question).toContain(DAYS);
    expect(d.question).toContain('save each day as a file of its own');
  });

  it.each([
    [['Bookings', 'Waitlist']],
    [['Mon', 'Waitlist']],
    [['January', 'February']],
    [['Jan 2027', 'Feb 2027']],
  ])('%j: asked as two lists, no word of days', (names) => {
    const d = sheetDoubt(choice(...names), names[0]!);
    expect(d.message).not.toContain('named for days');
    expect(d.question).not.toContain(DAYS);
  });
});
