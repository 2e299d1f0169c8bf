// Dates and clock times rewritten in the styles real systems write them (who writes each:
// value-variations.ts), in the columns the expectations identify, each with its may-hold rule: a
// numeric date may hold unless a day above 12 proves its order, a two-digit year may hold, and a
// time without AM/PM may hold unless an hour above 12 proves the clock.
import type { ExpectedLayout } from './expected.ts';
import { expectedDate, type ValueColumns } from './value-columns.ts';
import {
  dateIn,
  dateTimeIn,
  dateTimeParts,
  orderOf,
  readTime,
  writeDate,
  writeTime,
  type DateForm,
  type DateStyle,
  type Hm,
  type TimeStyle,
  type Ymd,
} from './value-codec.ts';
import { languageDateStyles, languageTimeStyles } from './value-languages.ts';
import { appointmentsByLine, type ValueDraft, type ValueTable } from './value-rewrite.ts';

/** Zones whose practices write month-first numeric dates (the US; Canada writes both, and a
 *  Canadian file is written month-first here, as its US-made software does). */
const MONTH_FIRST =
  /^America\/(New_York|Chicago|Denver|Los_Angeles|Phoenix|Anchorage|Indiana\/.*|Toronto|Vancouver)$/;
/** Zones whose practices write a clock time with a dot (Danish, Norwegian, Swedish, Finnish,
 *  Swiss German conventions; corpus layouts 60, 61, 63). */
const DOT_TIMES = /^Europe\/(Copenhagen|Oslo|Stockholm|Helsinki|Zurich)$/;
/** Zones whose practices write `09h30` (French usage; corpus layout 21, Doctolib France). */
const H_TIMES = /^Europe\/(Paris|Brussels|Luxembourg|Monaco)$/;

/** A date of numbers only, in whatever order. */
const NUMERIC_DATE = /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/;
/** Polish month names that are another month in Croatian (`listopad`: November, October; `lip`,
 *  July, and `lipanj`, June): read as neither, so such a date may hold (month-names.ts). */
const TWO_MONTHS = /(?<!\p{L})(?:listopad\p{L}*|lis|lip)(?!\p{L})/u;

const DATE_STYLES: DateStyle[] = [
  'iso',
  'numeric',
  'numeric unpadded',
  'numeric two-digit year',
  'dotted',
  'weekday and numeric',
  'dd-Mon-yyyy',
  'Mon d, yyyy',
  'weekday and month name',
  'yyyymmdd',
];
const TIME_STYLES: TimeStyle[] = [
  '24h',
  '24h with seconds',
  '24h with milliseconds',
  '12h AM/PM',
  '12h AM/PM unspaced',
  '12h am/pm',
  '12h a.m./p.m.',
  '12h a/p',
  'HHMM',
  'dot',
  'French h',
];

/** Each column's form, by column. */
const formByCol = (cols: Array<{ col: number; form: DateForm }>): Map<number, DateForm> =>
  new Map(cols.map((c) => [c.col, c.form]));

export function dateDrafts(table: ValueTable, cols: ValueColumns, layout: ExpectedLayout): ValueDraft[] {
  const zone = layout.timeZone;
  if (cols.dates.length + cols.dateTimes.length === 0) return [];
  const fileOrder =
    [...cols.dates, ...cols.dateTimes].map((c) => orderOf(c.form)).find(Boolean) ??
    (MONTH_FIRST.test(zone) ? 'MDY' : 'DMY');
  const dateCol = formByCol(cols.dates);
  const dtCol = formByCol(cols.dateTimes);
  const dobCols = new Set(cols.dates.filter((c) => c.of === 'dob').map((c) => c.col));
  // A two-digit year's century, from the row's expectation (never decided here).
  const expected = appointmentsByLine(layout);
  const want = (line: number, col: number): Ymd | undefined => {
    const e = expected.get(line);
    return e && expectedDate(e, dobCols.has(col) ? 'dob' : 'start');
  };
  const drafts: ValueDraft[] = [];
  // A two-digit year written with four digits gains the century from the expectations: in a
  // layout that must hold, the century may be what is in question (a birth year 08), so there the
  // years keep their two digits.
  const addsCentury =
    !!layout.mustHold && [...dateCol.values(), ...dtCol.values()].some((f) => f.endsWith('yy'));
  const styles = [
    ...DATE_STYLES.map((style) => ({
      name: `dates ${style}`,
      style,
      write: (ymd: Ymd) => writeDate(ymd, style, fileOrder),
    })),
    ...languageDateStyles(zone).map((l) => ({ ...l, style: undefined })),
  ];
  for (const { name, style, write: writeYmd } of styles) {
    if (addsCentury && style !== 'numeric two-digit year') continue;
    // Dots are written day-first only (German, Nordic, Swiss, Polish... short dates).
    if (style === 'dotted' && fileOrder !== 'DMY') continue;
    let numeric =
      !!style && (style.startsWith('numeric') || style === 'dotted' || style === 'weekday and numeric');
    let proves = false;
    let twoMonths: string | undefined;
    const write = (ymd: Ymd): string => {
      if (ymd.d > 12 && ymd.d !== ymd.m) proves = true;
      const out = writeYmd(ymd);
      // A language's medium date may be numeric (pt-PT `15/03/2027`, de `15.03.2027`).
      if (!style && NUMERIC_DATE.test(out)) numeric = true;
      twoMonths ??= TWO_MONTHS.exec(out)?.[0];
      return out;
    };
    const text = table.rewrite((v, col, line) => {
      const f = dateCol.get(col);
      if (f) {
        const ymd = dateIn(v, f, want(line, col));
        return ymd && write(ymd);
      }
      const g = dtCol.get(col);
      if (!g) return undefined;
      const x = dateTimeIn(v, g, want(line, col));
      const p = dateTimeParts(v)!;
      // ISO's `T` stands only after an ISO date.
      return x && `${write(x.ymd)}${p.sep === 'T' ? ' ' : p.sep}${p.time}`;
    });
    if (!text) continue;
    const mayHold =
      style === 'numeric two-digit year'
        ? 'a two-digit year: the century of a birth date is a guess'
        : numeric && !proves
          ? 'no day above 12: day and month could be either'
          : twoMonths
            ? `'${twoMonths}' is a month in Polish and another in Croatian`
            : undefined;
    drafts.push({ name, text, mayHold });
  }
  return drafts;
}

export function timeDrafts(table: ValueTable, cols: ValueColumns, zone: string): ValueDraft[] {
  const timeCols = new Set(cols.times);
  const dtCol = formByCol(cols.dateTimes);
  if (timeCols.size + dtCol.size === 0) return [];
  const drafts: ValueDraft[] = [];
  const styles = [
    ...TIME_STYLES.map((style) => ({
      name: `times ${style}`,
      style,
      write: (hm: Hm) => writeTime(hm, style),
    })),
    ...languageTimeStyles(zone).map((l) => ({ ...l, style: undefined })),
  ];
  for (const { name, style, write: writeHm } of styles) {
    if (style === 'dot' && !DOT_TIMES.test(zone)) continue;
    if (style === 'French h' && !H_TIMES.test(zone)) continue;
    // `T` is followed by a 24-hour time only; the language styles all carry AM/PM.
    const twelve = !style || style.startsWith('12h');
    const afterT = (g: DateForm | undefined): boolean => g === 'iso' && twelve;
    let afternoon = false;
    const write = (hm: Hm): string => {
      if (hm.h > 12) afternoon = true;
      return writeHm(hm);
    };
    const text = table.rewrite((v, col) => {
      if (timeCols.has(col)) {
        const hm = readTime(v);
        return hm && write(hm);
      }
      // A time without a colon stands in a column of its own, never after a date in one cell.
      const g = style === 'HHMM' || style === 'dot' || style === 'French h' ? undefined : dtCol.get(col);
      if (!g || (afterT(g) && dateTimeParts(v)?.sep === 'T')) return undefined;
      const x = dateTimeIn(v, g);
      const p = dateTimeParts(v)!;
      return x && `${p.date}${p.sep}${write(x.hm)}`;
    });
    if (!text) continue;
    // Every 24-hour style (with seconds or milliseconds too) writes no AM/PM.
    const bare = !!style?.startsWith('24h') || style === 'HHMM' || style === 'dot';
    drafts.push({
      name,
      text,
      mayHold: bare && !afternoon ? 'no hour above 12: a time without AM/PM could be either' : undefined,
    });
  }
  return drafts;
}
