// Why a date column went unread when its values are numbers that only stand for dates: a count
// since 1970 (`1803992400` seconds, `1803992400000` milliseconds: UTC by definition, yet some
// programs count their own clock so, and ten digits are as often an NPI or a phone number) or a
// spreadsheet day number outside the window where Excel's 1900 and 1904 date systems cannot both
// be a booking (spreadsheet-serials.ts). Both have two readings, so neither is read: the refusal
// says what the column holds instead of only that no date was found.
import { readsAsEmpty } from './no-value.ts';

const DATE_HEADER = /date|time|when|start|dob|birth|\bdt\b|_dt\b|dttm/i;
const EPOCH = /^(?:\d{10}|\d{13})$/;
const SERIAL = /^\d{5}(?:\.\d+)?$/;

/** `column 'X' holds numbers such as '…'`, for the first column of dates written as numbers. */
export function numberDatesNote(headers: readonly string[], rows: readonly string[][]): string | undefined {
  for (const [j, header] of headers.entries()) {
    if (!DATE_HEADER.test(header)) continue;
    const values = rows.map((r) => (r[j] ?? '').trim()).filter((v) => v && !readsAsEmpty(v));
    if (values.length === 0) continue;
    const kind = values.every((v) => EPOCH.test(v))
      ? "a count of seconds or milliseconds since 1970, on UTC or on the practice's clock"
      : values.every((v) => SERIAL.test(v))
        ? "a spreadsheet day number, counted in Excel's 1900 or its 1904 date system"
        : undefined;
    if (kind)
      return `column '${header}' holds numbers such as '${values[0]}', not dates: each could be ${kind}, so they are not read as dates`;
  }
  return undefined;
}
