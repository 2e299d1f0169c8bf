// Ids a spreadsheet has changed beyond repair when the export was opened and saved in it. A long
// number is shown, and saved, in scientific notation with six significant digits: chart
// 123456789012 becomes `1.23457E+11`, and so does 123457000001, so two patients (or two
// appointments) would be one on the portal. An id written like a day and month (`3-12`, `12-3`) is
// read as a date and saved as Excel shows it, `12-Mar`: the id is gone. Neither can be read back,
// so such a row is refused, never sent under a made-up id. Leading zeros can be read back, and are
// (changes/digit-ids.ts). A whole number a spreadsheet saved with its decimals (`100415.0`,
// `48121.00`: the column formatted as a number) is that number, and is read as it (wholeId), on
// every row, as the ledger matches them. Unless the column's first rows show decimals of its own
// (idsKeepDecimals): `10482.01`, `10482.02`, `10590.00` are a household's members' chart numbers
// in systems that number a family so, never a spreadsheet's whole numbers, and are all sent as
// written (`10590.00` too: it is the member `.00`, not 10590).

/** As Excel writes it: one digit, its decimals, and an exponent with its sign (`1.23457E+11`). */
const SCIENTIFIC = /^-?\d(?:[.,]\d+)?E[+-]\d{1,3}$/i;
/** Excel's `d-mmm` display (US and UK): the day, a hyphen, the English month's three letters. */
const DAY_MONTH = /^(?:[1-9]|[12]\d|3[01])-(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)$/i;

/** Digits with a decimal point and only zeros after it, as a spreadsheet saves a whole number. */
const WHOLE_WITH_DECIMALS = /^(\d+)\.0+$/;

/** The id a spreadsheet saved as a whole number with decimals (`100415.0`) read as that number
 *  (`100415`); any other id as it is. Cheap for the common id: only a cell ending in `0` with a
 *  dot in it is matched. */
export function wholeId(id: string): string {
  if (id.charCodeAt(id.length - 1) !== 48 || !id.includes('.')) return id;
  const m = WHOLE_WITH_DECIMALS.exec(id);
  return m ? m[1]! : id;
}

/** Digits, a decimal point, and decimals not all zeros: no whole number a spreadsheet saved. */
const OWN_DECIMALS = /^\d+\.\d*[1-9]\d*$/;

/** Whether a column's ids (its first rows) carry decimals of their own (`10482.01`): its `.00`
 *  ids are then written so by the system, and are not read as whole numbers. */
export function idsKeepDecimals(values: readonly string[]): boolean {
  return values.some((v) => v.includes('.') && OWN_DECIMALS.test(v.trim()));
}

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
