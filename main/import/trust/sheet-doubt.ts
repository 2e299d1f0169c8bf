// The hold for a workbook with several sheets that could each be the appointment list (a sheet of
// bookings beside a waiting list, one sheet per week, last month's copy kept beside this month's):
// sending one is a guess, so the first is read and shown, and the person says which it is. The
// answer is the sheet's name, kept in the practice's mapping (MappingProfile.sheet): later
// workbooks with a sheet of that name are read from it and not asked about again.
import type { Doubt } from '../../model/doubt.ts';
import type { SheetChoice } from '../read/index.ts';
import { weekdaysFromName } from '../map/month-names.ts';
import { DATE_TEXT } from '../read/sheet-choice.ts';

/** A sheet named for a day (`Mon`, `Tuesday`, `Wed 3-24`, `3-22`, `Mar 22`): a front desk's week
 *  kept a tab per day. */
function namesADay(name: string): boolean {
  const first = name.trim().split(/[\s,.]+/)[0] ?? '';
  return (
    weekdaysFromName(first) !== undefined || DATE_TEXT.test(name) || /^\d{1,2}[-/.]\d{1,2}$/.test(name.trim())
  );
}

export function sheetDoubt(choice: SheetChoice, shown: string): Doubt {
  const list = choice.sheets.map((s) => `'${s.name}' (${s.rows} dated row${s.rows === 1 ? '' : 's'})`);
  // Sheets named for days are one schedule cut a day per tab: any one sheet picked sends that
  // day's tab only, in this workbook and, kept in the mapping, in every later one (a week's
  // workbook answered 'Mon' would send Mondays only). That is said before the choice is made.
  const perDay = choice.sheets.length > 1 && choice.sheets.every((s) => namesADay(s.name));
  const days = perDay
    ? '. If each sheet is one day of the schedule, confirm none: save each day as a file of its own, or keep the days on one sheet with the date on every row (a workbook is read from one sheet only, and the sheet confirmed is the one read in every later workbook)'
    : '';
  return {
    kind: 'sheet',
    message:
      (choice.missing !== undefined
        ? `the mapping reads the sheet '${choice.missing}', which this workbook does not have (or has empty); `
        : '') +
      `this Excel workbook has ${choice.sheets.length} sheets that could each be the appointment list: ${list.join(', ')}; the rows shown are sheet '${shown}''s` +
      (perDay ? '; the sheets are named for days, so each may be one day of the same schedule' : ''),
    samples: choice.sheets.map((s) => s.name),
    // Said for both places a person answers: the desktop's review picks the sheet, the command
    // line names it (--sheet).
    question: `Which sheet is the appointment list? If it is '${shown}', confirm the mapping (that sheet is then read in these workbooks); if it is another, pick it in the review before confirming (on the command line: mapping confirm --sheet NAME), or hide the other sheets in Excel and save the workbook again${days}`,
  };
}
