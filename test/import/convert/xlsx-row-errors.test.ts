// A workbook's row errors say where the row is as Excel shows it: a workbook has no lines.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatRowError } from '../../../main/model/row-error.ts';
import { collect, EXPORTS } from './support.ts';

describe('row errors of an Excel workbook', () => {
  it("name the sheet and its row: row 6 of sheet 'Bookings' (layout 149's hidden row)", async () => {
    const file = path.join(EXPORTS, '149-xlsx-front-desk-list', 'bookings.xlsx');
    const { errors } = await collect(file, { timeZone: 'America/Denver' });
    expect(errors.map((e) => [e.line, e.sheet])).toEqual([[6, 'Bookings']]);
    expect(formatRowError(errors[0]!)).toMatch(/^bookings\.xlsx, row 6 of sheet 'Bookings': /);
  });

  it('other files keep line N', () => {
    const e = { file: 'a.csv', line: 7, column: 'Date', message: 'no date', hint: 'Fix it.' };
    expect(formatRowError(e)).toBe("a.csv, line 7, column 'Date': no date. Fix it.");
    expect(formatRowError({ ...e, file: 'a.xlsx', sheet: 'Appointments' })).toBe(
      "a.xlsx, row 7 of sheet 'Appointments', column 'Date': no date. Fix it.",
    );
  });
});
