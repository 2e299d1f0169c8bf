// A row that carries a repeat rule may be a whole series listed once. A standing schedule
// (a dialysis unit's `Start Date` 03/01/2027 with `Schedule` = `Mon/Wed/Fri`, an infusion's
// standing order `Frequency` = `Every 3 weeks`, a calendar's `Recurrence` = `Weekly` or an
// iCalendar `RRULE` = `FREQ=WEEKLY;BYDAY=TU`) writes the series' first day only: sent, the portal
// would show that one visit and none of the others, under the series' id. A list of the visits
// themselves may carry the rule too (each occurrence names its series' rule); that shows when one
// patient has two booked rows of one rule on different days, and then the column holds nothing.
// A rule on a booked row is noted in the file's audit (the file is held and a person asked once).
// `3 of 10` is an occurrence's place in its series (one visit), not a rule; `Once`, `No`, `None`
// say there is no series.
import type { FileAudit } from '../trust/file-audit.ts';
import { foldAccents } from './status-vocabulary.ts';
import { headerConcepts } from './header-meaning.ts';
import { memoized } from './parse-memo.ts';
import { mappedIndexes, type ColumnRef, type ColumnRefs } from './resolve-columns.ts';
import type { RowCursor } from './row-cursor.ts';

/** Header words of a repeat rule: `Recurrence`, `Repeat`, `Frequency`, `RRULE`, `Schedule`,
 *  `Days` (a dialysis chair's), `Pattern`, `Cadence`. A series' id (`Series ID`) is no rule. */
const RULE_HEADER = /recur|repeat|frequen|^freq$|rrule|pattern|cadence|schedule|^days$|standing|^occurs$/;

/** The free columns (not mapped to a field) whose header speaks of a repeat rule. */
export function recurrenceColumns(headers: readonly string[], refs: ColumnRefs): ColumnRef[] {
  const used = mappedIndexes(refs);
  const out: ColumnRef[] = [];
  headers.forEach((header, index) => {
    if (used.has(index) || headerConcepts(header).has('id')) return;
    const words = foldAccents(header)
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter(Boolean);
    if (words.some((w) => RULE_HEADER.test(w))) out.push({ header, source: 'main', index });
  });
  return out;
}

const DAY = '(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\\.?';
/** Two or more weekdays (`Mon/Wed/Fri`, `Tue, Thu`, `Mon & Thu`) or the dialysis codes. */
const WEEKDAY_SET = new RegExp(
  `^${DAY}(?:\\s*[/,&+]\\s*|\\s+and\\s+|\\s+)${DAY}(?:(?:\\s*[/,&+]\\s*|\\s+and\\s+|\\s+)${DAY})*$`,
  'i',
);
const DIALYSIS_DAYS = /^(?:mwf|tts|tths|tthsa|tth|m\/w\/f|t\/th\/s(?:at?)?|tu\/th(?:\/sa)?)$/i;
/** A rule in words or iCalendar's form. */
const RULE =
  /^(?:rrule:|freq=)|^(?:every|each|repeats?|recurs?|recurring)\b|^(?:daily|weekly|bi-?weekly|fortnightly|monthly|bi-?monthly|quarterly|yearly|annually)\b|^(?:\d+|once|twice|three times)\s*(?:x|times)?\s*(?:a|per|\/|each)?\s*(?:day|week|wk|month)\b|^(?:twice|thrice)\s+(?:daily|weekly|monthly)$|^q\s?\d+\s?(?:d|days?|w|wks?|weeks?)$/i;

/** Whether a cell states a repeat rule (not one occurrence, not "none"). */
export function isRepeatRule(value: string): boolean {
  const v = value.trim();
  if (!v) return false;
  return RULE.test(v) || WEEKDAY_SET.test(v) || DIALYSIS_DAYS.test(v);
}

/** A check of each booked row: a repeat rule in one of the rule columns, with the row's patient
 *  and start day (for the audit to see whether the file lists the occurrences themselves). */
export function recurrenceCheck(
  cursor: RowCursor,
  columns: readonly ColumnRef[],
  audit: FileAudit,
): (patient: string, day: string, line: number) => void {
  const readers = columns.map((c) => ({ header: c.header, read: cursor.readerAt(c) }));
  const rule = memoized(isRepeatRule);
  return (patient, day, line) => {
    for (const r of readers) {
      const v = r.read();
      if (v && rule(v)) audit.repeatRule(r.header, v.trim(), patient, day, line);
    }
  };
}
