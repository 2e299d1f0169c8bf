// The hold for a workbook with several sheets that could each be the appointment list (a sheet of
// bookings beside a waiting list, one sheet per week, last month's copy kept beside this month's):
// sending one is a guess, so the first is read and shown, and the person says which it is. The
// answer is the sheet's name, kept in the practice's mapping (MappingProfile.sheet): later
// workbooks with a sheet of that name are read from it and not asked about again.
import type { Doubt } from '../../model/doubt.ts';
import type { SheetChoice } from '../read/index.ts';

export function sheetDoubt(choice: SheetChoice, shown: string): Doubt {
  const list = choice.sheets.map((s) => `'${s.name}' (${s.rows} dated row${s.rows === 1 ? '' : 's'})`);
  return {
    kind: 'sheet',
    message:
      (choice.missing !== undefined
        ? `the mapping reads the sheet '${choice.missing}', which this workbook does not have (or has empty); `
        : '') +
      `this Excel workbook has ${choice.sheets.length} sheets that could each be the appointment list: ${list.join(', ')}; the rows shown are sheet '${shown}''s`,
    samples: choice.sheets.map((s) => s.name),
    // Said for both places a person answers: the desktop's review picks the sheet, the command
    // line names it (--sheet).
    question: `Which sheet is the appointment list? If it is '${shown}', confirm the mapping (that sheet is then read in these workbooks); if it is another, pick it in the review before confirming (on the command line: mapping confirm --sheet NAME), or hide the other sheets in Excel and save the workbook again`,
  };
}
