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
 *  `Days` (a dialysis chair's), `Pattern`, `Cadence`, and the same in German, French, Spanish and
 *  Dutch (`Wiederholung`, `Häufigkeit`, `Turnus`, `Répétition`, `Périodicité`, `Frecuencia`,
 *  `Repetición`, `Herhaling`). A series' id (`Series ID`) is no rule. */
const RULE_HEADER =
  /recur|repeat|frequen|^freq$|rrule|pattern|cadence|schedule|^days$|standing|^occurs$|wiederhol|haufigkeit|^turnus$|^rhythmus$|repetition|repeticion|periodicit|periodicidad|frecuencia|herhal/;

/** Header words that make the rule another thing's, which repeats with no visit: how often the
 *  patient is reminded or recalled (`Reminder Frequency` = `Daily`: texts until the visit;
 *  `Recall Frequency` = `Every 6 months`: the interval to the next recall, not a booking), billed
 *  or paid (`Payment Schedule` = `Monthly`), or takes a medicine (`Medication Frequency`). */
const ANOTHER_THINGS =
  /^(?:remind|reminders?|recalls?|notif|notifications?|messages?|msg|sms|texts?|emails?|calls?|contact|payments?|pay|billing|bill|fees?|statements?|invoices?|installments?|dose|dosing|dosage|medications?|meds?|rx|refills?|erinnerung|rappel|recordatorio|herinnering)$/;

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
    if (words.some((w) => ANOTHER_THINGS.test(w))) return;
    if (words.some((w) => RULE_HEADER.test(w))) out.push({ header, source: 'main', index });
  });
  return out;
}

const DAY = '(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\\.?';
const DAY_SEP = '(?:\\s*[/,&+-]\\s*|\\s+and\\s+|\\s+)';
/** Two or more weekdays (`Mon/Wed/Fri`, `Tue, Thu`, `Mon & Thu`, `Mon-Wed-Fri`; `Mon-Fri`, every
 *  weekday) or the dialysis codes. */
const WEEKDAY_SET = new RegExp(`^${DAY}${DAY_SEP}${DAY}(?:${DAY_SEP}${DAY})*$`, 'i');
const DIALYSIS_DAYS = /^(?:mwf|tts|tths|tthsa|tth|tuth|m\/w\/f|t\/th\/s(?:at?)?|tu\/th(?:\/sa)?)$/i;
/** Weekdays as letters with separators, as therapy and dialysis schedules write them: `M/W/F`,
 *  `M-W-F`, `T/Th`, `Tu-Th`, `M-F`. A letter alone (`M`, a sex; `F`) is none. */
const DAY_LETTERS = /^(?:m|t|tu|w|th|r|f|sa|su|s)(?:\s*[/,-]\s*(?:m|t|tu|w|th|r|f|sa|su|s))+$/i;
/** How many times in a period: `3x/week`, `3x weekly`, `2 x per wk`, `twice a week`, `3 times
 *  weekly`, `1x/mo`, `2/month`, `2 per week`. A number and a period alone (`6 weeks`, `2 Week
 *  Post-op`) may be a visit's name, not a rule. */
const TIMES = '(?:\\d+\\s*x|x\\s*\\d+|\\d+\\s*times|once|twice|thrice|(?:two|three|four|five)\\s+times)';
const PERIOD = '(?:days?|weeks?|wks?|months?|mos?|mths?)\\b';
const COUNT_PER_PERIOD = new RegExp(
  `^(?:${TIMES}\\s*(?:(?:a|an|per|\\/|each|every)\\s*)?${PERIOD}|${TIMES}\\s*(?:daily|weekly|wkly|monthly|mthly)\\b|\\d+\\s*(?:\\/|per|a|each)\\s*${PERIOD})`,
  'i',
);
/** A rule in words (English, German, French, Spanish, Dutch) or iCalendar's form; a clinician's
 *  interval (`q21d`, `Q2W`, `q3mo`, `QOW` every other week, `BIW`/`TIW` twice or three times a
 *  week, `QOD` every other day). */
const RULE =
  /^(?:rrule:|freq=)|^(?:every|each|repeats?|recurs?|recurring|alternate)\b|^(?:daily|weekly|bi-?weekly|semi-?weekly|tri-?weekly|fortnightly|monthly|bi-?monthly|semi-?monthly|quarterly|yearly|annually|wkly)\b|^(?:twice|thrice)\s+(?:daily|weekly|monthly)$|^q\.?\s?\d+\s?(?:d|days?|w|wks?|weeks?|mo|mos|months?)$|^(?:qw|qow|qod|q\.o\.d\.?|biw|tiw|qwk)$|^(?:taglich|wochentlich|zweiwochentlich|monatlich|jede[nr]?\s|alle\s+\d+\s+(?:tage|wochen|monate)|\d+-?(?:tagig|wochig)|quotidien|hebdomadaire|bimensuel|mensuel|chaque\s|toutes\s+les\s|diario|semanal|quincenal|mensual|cada\s|dagelijks|wekelijks|tweewekelijks|maandelijks|elke\s|iedere\s|om\s+de\s)/i;

/** Whether a cell states a repeat rule (not one occurrence, not "none"). */
export function isRepeatRule(value: string): boolean {
  const v = foldAccents(value.trim());
  if (!v) return false;
  return (
    RULE.test(v) ||
    COUNT_PER_PERIOD.test(v) ||
    WEEKDAY_SET.test(v) ||
    DIALYSIS_DAYS.test(v) ||
    DAY_LETTERS.test(v)
  );
}

/** A check of each booked row: a repeat rule in one of the rule columns, with the row's patient
 *  and start day (for the audit to see whether the file lists the occurrences themselves). */
export function recurrenceCheck(
  cursor: RowCursor,
  columns: readonly ColumnRef[],
  audit: FileAudit,
): (patient: string, day: string, line: number, start?: Date) => void {
  const readers = columns.map((c) => ({ header: c.header, read: cursor.readerAt(c) }));
  const rule = memoized(isRepeatRule);
  return (patient, day, line, start) => {
    for (const r of readers) {
      const v = r.read();
      if (v && rule(v)) audit.repeatRule(r.header, v.trim(), patient, day, line, start);
    }
  };
}
