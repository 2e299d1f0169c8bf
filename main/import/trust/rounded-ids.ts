// Long ids a spreadsheet rounded. Excel keeps 15 significant digits of a number: an appointment id
// 1234567890123456789 opened in Excel and saved (formatted as a number, so not shown as
// `1.23457E+18`) comes back as 1234567890123450000, and 9876543210987654 as 9876543210987650. Each
// cell still looks like an id, but it is not the real one: two appointments whose ids differ only
// past the 15th digit become one (the second moves the first on the portal), and the next clean
// export's real ids would put every appointment there twice. One id of 16 digits ends in 0 one
// time in ten, so the column is judged, not the cell: every id longer than 15 digits ends in
// zeros from its 16th digit on, at least three such zeros in all (a chance of 1 in 1,000 for real
// ids). Never remembered as answered: the question is a clean export.
import type { Doubt } from '../../model/doubt.ts';
import { DAMAGED_ID_HINT } from '../map/damaged-ids.ts';

const LONG_NUMBER = /^\d{16,}$/;
/** Digits a spreadsheet keeps of a number. */
const KEPT = 15;
/** Zeros past the kept digits, over the column, that chance would leave one time in a thousand. */
const ENOUGH_ZEROS = 3;

/** A column's ids read one by one (every row of the file, not only the first rows read to map
 *  it: an export sorted by id puts its long ids last). */
export class RoundedIds {
  private zeros = 0;
  private unrounded = false;
  private first: string | undefined;

  note(raw: string): void {
    const v = raw.trim().replace(/^0+(?=\d)/, '');
    if (this.unrounded || !LONG_NUMBER.test(v)) return;
    const past = v.slice(KEPT);
    if (/[1-9]/.test(past)) this.unrounded = true;
    this.zeros += past.length;
    this.first ??= raw.trim();
  }

  /** The first id a spreadsheet rounded to 15 digits, when the column shows it; else undefined. */
  get example(): string | undefined {
    return !this.unrounded && this.zeros >= ENOUGH_ZEROS ? this.first : undefined;
  }
}

/** The first of `values` a spreadsheet rounded to 15 digits, when the column shows it; else undefined. */
export function roundedLongIds(values: readonly string[]): string | undefined {
  const ids = new RoundedIds();
  for (const v of values) ids.note(v);
  return ids.example;
}

/** The hold for a column of ids (`what`: "appointment id", "patient id") a spreadsheet rounded. */
export function roundedIdsDoubt(
  column: string,
  field: 'appointmentId' | 'patientId',
  values: readonly string[] | RoundedIds,
): Doubt | undefined {
  const example = values instanceof RoundedIds ? values.example : roundedLongIds(values);
  if (!example) return undefined;
  const what = field === 'appointmentId' ? 'appointment' : 'patient';
  return {
    kind: field === 'appointmentId' ? 'appointment-id' : 'column',
    field,
    column,
    message: `every ${what} id longer than 15 digits in '${column}' ends in zeros from its 16th digit on ('${example}'): a spreadsheet keeps only 15 digits of a number and rounds the rest, so these are not the real ids, and two ${what}s may have become one`,
    samples: [example],
    question: `${DAMAGED_ID_HINT}. This file is not sent until then`,
  };
}
