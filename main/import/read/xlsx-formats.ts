// What an .xlsx cell's number shows, from its style's number format (ECMA-376 Part 1, 18.8.30
// numFmt, and 18.8.31 for the built-in ids). A number is a date or a time only when its format
// is one: Excel stores 2 March 2027 09:30 as the serial 46448.395833…, and nothing else in the
// cell says so. Decided once per style, never per cell.
import type { DateOrder } from '../map/parse-date.ts';
import { formatShows, serialText } from './spreadsheet-ml.ts';

export type CellFormat =
  | { kind: 'general' }
  /** `order`: a workbook's own format that shows day and month as numbers in a fixed order
   *  (`dd/mm/yyyy`, `m/d/yyyy`); never a built-in id, which follows the computer's settings. */
  | { kind: 'date'; shows: 'date' | 'time' | 'both'; order?: DateOrder }
  /** `[h]:mm`: hours that run past 24, a length of time rather than a clock time. */
  | { kind: 'elapsed' }
  /** `00000`, `0.00`: zeros that are always shown (an id padded to five digits keeps them). */
  | { kind: 'fixed'; digits: number; decimals: number };

/** The built-in formats a workbook names by id alone (en-US forms; ids 14 and 22 follow the
 *  computer's short date, which changes how the date looks, never that it is one). */
const BUILT_IN: Record<number, string> = {
  1: '0', 2: '0.00', 14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss', 22: 'm/d/yy h:mm', 45: 'mm:ss', 46: '[h]:mm:ss',
  47: 'mmss.0', 49: '@',
}; // prettier-ignore

export const GENERAL: CellFormat = { kind: 'general' };

/** A format by its id, with the workbook's own `numFmts` (ids 164 and up, or a built-in redefined). */
export function cellFormat(id: number, custom: Map<number, string>): CellFormat {
  const code = custom.get(id) ?? BUILT_IN[id];
  if (code === undefined) return GENERAL;
  // Elapsed time: `[h]`, `[mm]`, `[ss]` (other brackets are a colour or a locale: `[Red]`, `[$-409]`).
  if (/\[(h+|m+|s+)\]/i.test(code)) return { kind: 'elapsed' };
  const shows = formatShows(code);
  const order = custom.has(id) && shows !== 'time' ? numericOrder(code) : undefined;
  if (shows !== 'unknown') return order ? { kind: 'date', shows, order } : { kind: 'date', shows };
  const zeros = /^(0+)(?:\.(0+))?$/.exec(code.split(';')[0]!.trim());
  if (zeros) return { kind: 'fixed', digits: zeros[1]!.length, decimals: zeros[2]?.length ?? 0 };
  return GENERAL;
}

/**
 * The day/month order a format code shows its numeric day and month in: `dd/mm/yyyy` DMY,
 * `m/d/yy h:mm` MDY. Undefined when it names the month (`dd-mmm-yyyy`), leaves the day or month
 * out, or puts the year first. Minutes (`m` after `h` or before `s`) are no month.
 */
export function numericOrder(code: string): DateOrder | undefined {
  const bare = (code.split(';')[0] ?? '').toLowerCase().replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  const tokens = bare.replace(/h+\s*:?\s*m+|m+\s*:?\s*s+/g, 'h').match(/d+|m+|y+/g) ?? [];
  const day = tokens.findIndex((t) => t === 'd' || t === 'dd');
  const month = tokens.findIndex((t) => t === 'm' || t === 'mm');
  if (day < 0 || month < 0 || tokens.some((t) => t.startsWith('m') && t.length > 2)) return undefined;
  const year = tokens.findIndex((t) => t.startsWith('y'));
  if (year >= 0 && year < Math.min(day, month)) return undefined;
  return day < month ? 'DMY' : 'MDY';
}

/** A number cell's value (`<v>`) as the text a person sees. A date or time serial becomes ISO
 *  text (`2027-03-02 09:30`, `2027-03-02`, `09:30`) with no day/month order to ask about. */
export function numberText(value: string, format: CellFormat, date1904: boolean): string {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) return value.trim();
  switch (format.kind) {
    case 'date':
      return serialText(value, format.shows, date1904) ?? generalText(n);
    case 'elapsed': {
      // Said to be a length (Excel's own word for `[h]`): `9:00` alone would read as a clock, and
      // a duration in a time column would go as the visit's start.
      const minutes = Math.round(Math.abs(n) * 1440);
      return `${n < 0 ? '-' : ''}${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')} elapsed`;
    }
    case 'fixed': {
      const [whole, part] = Math.abs(n).toFixed(format.decimals).split('.');
      const shown = whole!.padStart(format.digits, '0') + (part ? `.${part}` : '');
      return n < 0 ? `-${shown}` : shown;
    }
    default:
      return generalText(n);
  }
}

/** A number as Excel's General format shows it: `48121`, never `48121.0`, and at most 15
 *  significant digits (a stored 0.30000000000000004 shows as 0.3). */
export function generalText(n: number): string {
  return String(Number(n.toPrecision(15)));
}
