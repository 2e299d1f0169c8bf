// A file separated by semicolons whose dates all read both ways, at a practice whose region writes
// month-first (date-order-decision.ts asks it). Semicolons are the list separator Excel's "CSV"
// and LibreOffice write in a locale of decimal commas (Windows' list separator), and those locales
// write dates day-first and, in Europe, times on a 24-hour clock. A US program that chose
// semicolons itself still writes its times as the US does, `9:00 AM`: the file is read by the
// region only when a time says so and no amount is written with a decimal comma (`25,00`).
// Latin American Spanish writes `9:00 a. m.` (a space inside) with day-first dates and decimal
// commas: no US sign. Amounts with a decimal point are none either: programs in every locale write
// them so.

/** An English half-day after a time (`9:00 AM`, `2:30p.m.`, `10 pm`), not `a. m.`. */
const ENGLISH_HALF = /\d\s*(?:[ap]m|[ap]\.m\.)(?![\p{L}])/iu;
/** An amount with a decimal comma (`25,00`, `-1250,50`): a decimal-comma locale wrote it. */
const DECIMAL_COMMA = /^-?\d+,\d{2}$/;

/** Whether a file separated by `delimiter` may have been saved in a decimal-comma locale (day-first
 *  dates): it is separated by semicolons, and no time in `rows` has AM/PM or an amount has a
 *  decimal comma. */
export function savedSemicolonLocale(
  delimiter: string | undefined,
  rows: ReadonlyArray<readonly string[]>,
): boolean {
  if (delimiter !== ';') return false;
  let usTime = false;
  for (const row of rows)
    for (const cell of row) {
      const t = cell.trim();
      if (DECIMAL_COMMA.test(t)) return true;
      usTime ||= ENGLISH_HALF.test(t);
    }
  return !usTime;
}
