// Ids a spreadsheet has changed beyond repair when the export was opened and saved in it. A long
// number is shown, and saved, in scientific notation with six significant digits: chart
// 123456789012 becomes `1.23457E+11`, and so does 123457000001, so two patients (or two
// appointments) would be one on the portal. An id written like a day and month (`3-12`, `12-3`) is
// read as a date and saved as Excel shows it, `12-Mar`: the id is gone. Neither can be read back,
// so such a row is refused, never sent under a made-up id. Leading zeros and `48121.00` can be
// read back, and are (changes/digit-ids.ts).

/** As Excel writes it: one digit, its decimals, and an exponent with its sign (`1.23457E+11`). */
const SCIENTIFIC = /^-?\d(?:[.,]\d+)?E[+-]\d{1,3}$/i;
/** Excel's `d-mmm` display (US and UK): the day, a hyphen, the English month's three letters. */
const DAY_MONTH = /^(?:[1-9]|[12]\d|3[01])-(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)$/i;

/** Why an id cell is one a spreadsheet has destroyed, or undefined when it is not. */
export function spreadsheetDamage(id: string): string | undefined {
  if (SCIENTIFIC.test(id))
    return 'was saved by a spreadsheet in scientific notation, which keeps only its first digits: the real id cannot be read back';
  if (DAY_MONTH.test(id))
    return 'was turned into a date by a spreadsheet (an id such as 3-12 is saved as 12-Mar): the real id cannot be read back';
  return undefined;
}

/** What to do about it, for the row's problem. */
export const DAMAGED_ID_HINT =
  'Export again from the scheduling software and put that file in the folder without opening and saving it in Excel (or open the CSV with its id columns as Text)';
