// Report furniture: lines between and after the rows of a delimited export that are not
// appointments. Report writers print totals ("Total appointments: 42"), page markers ("Page 1 of
// 2"), print stamps ("Printed on 12/08/2026 by…"), notices ("*** Confidential ***", "End of
// report"), rules of dashes, and repeat the title lines and the header after each page break.
//
// Decided by shape, not by product: a line with few filled cells (at most three, and no more than
// half the columns, or a line that does not fit the columns) that reads as a label and a number,
// a page marker, a stamp or a notice; a line equal to the header or to a title line; a line of
// rule characters; a totals line (first cell "Total", the rest numbers, or a count word and a
// number); a group heading (text alone, between asterisks, or a label and a colon or a count in
// brackets, with no date or time: `Cancelled Appointments`, `*** Dr Lee ***`, DevExpress's
// `Status: Cancelled (Count=2)`, Crystal's label and field in two cells `Provider:,"Ng, Helen
// MD"`, `Scheduled: 3`), which the reader reports when rows follow it. A line that
// fits the columns and fills most of them is data whatever it says, so a real appointment is
// never dropped here: at worst a furniture line we do not know becomes a row error, as before.

import { saysCancelled } from '../map/cancel-mention.ts';
import { classifyBuiltInStatus } from '../map/status-vocabulary.ts';
import { offBookWordIn } from '../trust/report-title.ts';
import { labelNamesTheDate } from './group-lines.ts';
import { mayStatePrintTime } from './stated-print-time.ts';
import { isLegendLabel, legendEntry, legendPairs, noteLegend } from './status-legend.ts';
import type { HeadingLine, TableInfo } from './table-types.ts';

export type FurnitureKind =
  | 'rule'
  | 'repeated-header'
  | 'repeated-title'
  | 'page-marker'
  | 'stamp'
  | 'notice'
  | 'total'
  /** Text on a line of its own with no date or time (alone, between asterisks, after a label
   *  and a colon, or with a count in brackets): a group heading. */
  | 'heading'
  /** A note alone on its line that cancels or moves an appointment (`Canceled 12/09/2026 by
   *  patient`, `Rescheduled … to …`, also cut into a few cells at its commas), printed under the
   *  row it is about: never a row (its date is the cancellation's), and it says what that row
   *  leaves out, wherever it stands. */
  | 'row-note'
  /** Codes and what they mean (`A = Arrived`, `S=Scheduled  X=Cancelled`): a legend
   *  (status-legend.ts), kept for the column that writes the codes. */
  | 'legend'
  /** A day alone (`Mon 3/15`, `March 15`) just above the header printed again: the name of a
   *  board's or a sheet's group of one day's rows (headerCopyBelow). */
  | 'day-above-header';

const RULE = /^[-=_*~#+|.\s]+$/;
const PAGE = /^(?:page|pg\.?|seite|p[aá]gina|p\.)\s*\d+(?:\s*(?:of|\/|von|de|sur|di)\s*\d+)?\.?$/i;
const PAGE_ANYWHERE = /\b(?:page|seite|p[aá]gina)\s*\d+\s*(?:of|\/|von|de|sur|di)\s*\d+\b/i;
const PAGE_DASHES = /^-\s*\d+\s*-$/;
// A page number printed inside a title line (`From 11/05/2027 Thru 11/09/2027 Page 1`): the line
// comes back atop every page with the next number, the same title otherwise.
const PAGE_IN_TITLE = /\s*\b(?:page|pg\.?|seite|p[aá]gina)\s*\d+(?:\s*(?:of|\/|von|de|sur|di)\s*\d+)?\b\s*/gi;
/** A title line as the page repeats it: lower case, its page number left out. A line that is
 *  only a page marker stays itself: `Page 1 of 2` atop the first page is no title that makes
 *  `Page 2 of 2` a repeat (the page count a cut-short report is told by, snapshot-cut-short). */
const titleKey = (text: string): string => (text.replace(PAGE_IN_TITLE, ' ').trim() || text).toLowerCase();
const STAMP =
  /^(?:printed|print (?:date|time)|date printed|run (?:on|by|date|time)|report (?:generated|run|printed|created|date)|generated|created (?:on|by|at)|exported (?:on|by|at)|gedruckt|druckdatum|erstellt|imprim[ée]|impreso|fecha de impresi[oó]n)\b/i;
const STARRED = /^\*+.*\*+$/;
// A copyright line (`Copyright (c) 2000-2027 salesforce.com, inc. All rights reserved.`, under
// every Salesforce report export; `© 2027 …` under web and Crystal reports): text about the
// report, never an appointment, whatever years it names.
const NOTICE =
  /\b(?:end of (?:the )?(?:report|listing|list)|ende des berichts|fin (?:du|de l[ae]) (?:rapport|informe|liste)|confidential|vertraulich|confidentiel|confidencial|copyright|all rights reserved)\b|©/i;
// A totals label on its own ("Grand Total", "Subtotal:", "Gesamt").
const TOTAL_LABEL =
  /^(?:grand\s+|sub-?)?totals?:?$|^summary:?$|^(?:gesamt(?:summe)?|summe|anzahl|total g[ée]n[ée]ral|totales?|count):?$/i;
// "Total appointments: 42", "Count: 12", "Anzahl Termine 12", "Appointments: 42 (3 cancelled)",
// "Total: 4 appointments" (a unit word or two after the number), "Total copays $115.00" (an amount
// a front desk added up under its own column).
const LABEL_NUMBER =
  /^[\p{L}][\p{L}\s.'’&/()#-]*?(?::\s*|\s+(?=[$€£]?\d))[-+]?[$€£]?\d[\d.,\s]*%?(?:\s+[\p{L}.]+){0,2}(?:\s*\([^)]*\))?$/u;
const COUNT_WORD =
  /\b(?:totals?|count|sum|number of|no\. of|appointments|appts|visits|patients|records|rows|anzahl|gesamt|summe|termine|nombre|cantidad|citas)\b/i;
// The count first, then what it counts (`5 Termine`, `12 appointments`, `3 bokningar`, `4
// aftaler`): the footer many European practice programs print. A count word must follow, so a
// row cut short to a number and a name is not one.
const NUMBER_LABEL = /^\d[\d.,]*\s+[\p{L}][\p{L}\s.-]*$/u;
// A total's label after its count (`7,Total Appointments:` read right to left, the label's
// colon kept): the count first, then a word that names a total.
const NUMBER_TOTAL = /^\d[\d.,]*\s+(?:grand\s+|sub-?)?totals?\b[\p{L}\s.-]*:?$/iu;
// English also counts bookings, sessions and encounters (`9 bookings listed`, Intrahealth Profile's
// listing; `12 sessions`): read as a row, the count line had been a row error after the answers.
const COUNTED_WORD =
  /^\d[\d.,]*\s+(?:appointments?|appts|visits|bookings?|sessions?|encounters?|patients|records|rows|termine|eintr[äa]ge|rendez-vous|rdv|citas|consultas|afspraken|appuntamenti|marca[cç][õo]es|bokningar|bokade tider|bes[öo]k|tider|aftaler|avtaler|timer)(?!\p{L})/iu;
const NUMBER = /^[-+]?[$€£]?\s*\d[\d.,\s]*%?$|^\d+:\d{2}$/;
// What a BI tool writes on a total's line in a column of words that differ between its rows:
// Tableau's ATTR() and QuickSight's UNIQUE_VALUE give `*` for "more than one value"
// (help.tableau.com calculations_calculatedfields_aggregate_create.htm; QuickSight
// API_AttributeAggregationFunction ValueForMultipleValues). Beside a total's label, no visit's.
const MANY_VALUES = '*';
// A total that names its group (`Total for 03/01/27: 3 appointments`, `Day Total - Dr Lee: 12`),
// printed in the row's own columns beside the group's date: it starts as a total and counts.
const NAMED_TOTAL = /^(?:grand\s+|sub-?|day\s+|daily\s+)?totals?\b.*\d/i;
// A named total that is only a total and its count (`Day Total: 14`, `Subtotal 12`, `Total for
// 03/01/27: 3 appointments`), no visit type's words between (`Total Knee 6 wk post-op`, `Total Hip 2`).
const COUNT_TOTAL =
  /^(?:grand\s+|sub-?|day\s+|daily\s+)?totals?(?:\s+for\s+[^:]+)?\s*[:=–-]?\s*\d[\d.,]*(?:\s+(?:appointments?|appts|visits|patients|records|rows|citas|termine))?\.?$/i;
// A group's name and its total in one cell, as a pivot table labels a subtotal (`Dr. Whitcomb Total`).
const GROUP_TOTAL = /^\S.*\s(?:sub-?)?total$/i;
/** A count or an amount, not a time of day (a time beside a date is an appointment's slot). */
const AMOUNT = /^[-+]?[$€£]?\s*\d[\d.,\s]*%?$/;
const TIME_OF_DAY = /\b\d{1,2}(?::\d{2}|\s*[ap]\.?m\b)/i;
// A date (`03/01/2027`, `2027-03-01`, `1.3.2027`) or a time of day (`9:00`): a line with one is a
// row cut short or a day heading (the rows under it then lack their date: row errors), never a
// group heading that would hold the file.
const DATE_OR_TIME = /\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|\d{1,2}:\d{2}/;
/** A cell that writes a date (`03/01/27`, `2027-03-01`, `Mon 03/01/2027`, `Mar 1, 2027`, `lunes,
 *  1 de marzo de 2027`): digits in a date's shape or a four-digit year, in whatever words the
 *  file's language puts around them. With no time of day beside it, the group's date. */
const DATE_CELL = /\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|\b(?:19|20)\d{2}\b/;
// A heading's own shapes besides words alone: a label and a colon (`Status: Cancelled`, a label
// cell then a field cell), or a count in brackets at the end (`Cancelled Appointments (2)`).
// A line of an id and a name only (`10452,Oscar`) is neither: a row cut short, a row error.
/** A move written as a note: the row's slot is not where the appointment is any more. */
const MOVED =
  /^\W*(?:rescheduled|re-scheduled|moved|umgebucht|verschoben|reprogramad[oa]|d[ée]plac[ée]e?|report[ée]e?)\b/i;
// Words first, then only a count or one day and no time of day: a section's heading with how many
// rows it has or the day it is of (`Wait List,3`, `Bumped (2)`, `Lista de espera - 03/22/2027`,
// `Pending Requests for Date: 03/22/2027`), never a row cut short, whose first cells are a day or a
// time, an id, a name with its id.
const SECTION_WITH =
  /^\p{L}[\p{L}\s.'’&/()#-]*?[\s:=,–-]*(?:\(?\s*\d{1,4}\s*\)?|(?:\p{L}+\.?,?\s+)?(?:\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|\p{L}{3,}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\.?\s+(?:de\s+)?\p{L}{3,}\.?,?\s+(?:de\s+)?\d{4}))$/u;
// A count, then words: `2 Pending Requests` (three digits at most, and the words a list's or a
// cancellation's: `10452 Oscar`, `7,Smith` are a chart number and a name, a row cut short).
const COUNT_THEN_WORDS = /^\(?\d{1,3}\)?\s+(\p{L}[\p{L}\s.'’&/()#-]*)$/u;
// A heading framed by rule characters (`==== Pending Requests (2) ====`, `--- Bumped ---`).
const FRAMED = /^([=*#~_+-])\1+\s*(.*?)\s*\1{2,}$/;
// A day, then words only: a section's heading in the row's own columns (`03/22/2027,,Wait List`).
const DAY_THEN_WORDS =
  /^(?:\p{L}+\.?,?\s+)?\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}[\s,:–-]+\p{L}[\p{L}\s.'’&/()#-]*$/u;
// A total's own word, wherever it stands (`Total copays`, `Provider Total: 4`, `Count of visits`).
const TOTAL_WORD =
  /\b(?:grand\s+|sub-?)?totals?\b|\b(?:sum|count|number of|no\. of|anzahl|gesamt|summe|cantidad)\b/i;
const COUNT_WORDS = new RegExp(COUNT_WORD.source, 'gi');
// A section's heading that says when its list was made (`Wait List as of 5:00 PM`, `Cancelled
// Appointments (printed 3:15 PM)`, `Pending Requests (2) - 03/22/2027 17:00`, `Lista de espera a
// las 17:00`): words, maybe a count, then only a time of day, maybe after the day and a word that
// introduces it. Group 1: the words; 2: the count; 3: the introducing word. A row cut short starts with
// its day, time or id, and a lunch or a block in the book (`Lunch 12:00 PM`) names no list.
const SECTION_AT = new RegExp(
  String.raw`^(\p{L}[\p{L}\s.'’&/()#-]*?)([\s:=,–-]*(?:\(\s*\d{1,4}\s*\)|\d{1,4}(?![\d:.])))?[\s:=,–(-]*` +
    String.raw`(?:(as\s+(?:of|at)|printed(?:\s+(?:on|at))?|updated|impreso|imprimido|actualizad[oa]|at|on|@|a\s+las?|al|del?|hasta)\s*:?\s*)?` +
    String.raw`(?:(?:\p{L}+\.?,?\s+)?\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}[\sT,]+)?` +
    String.raw`\d{1,2}(?::\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?)?|\s*[ap]\.?\s?m\.?)\s*\)?$`,
  'iu',
);
/** Words that say the time is when the list was made, not a slot's (`as of`, `printed`). */
const STATED_AT = /^(?:as|printed|updated|impreso|imprimido|actualizad)/i;

// Words that name no section: a day's or a count's (`Appointments for 03/22/2027`, `Monday
// 03/01/2027`, `March 22, 2027`: a day line, day-lines.ts; `Appointments this day: 5`, the day
// group's count of an Access report).
const FILLER =
  /\b(?:for|of|the|on|from|to|and|in|at|by|this|day|date|today|de|del|la|las|los|el|en|para|am|des|du|le|les|pour|vom)\b/gi;
const DAY_WORDS =
  /\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b(?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\b/gi;

/** The words before a line's first number (`Cancelled Appointments` of `Cancelled Appointments: 2`). */
const labelOf = (text: string): string => text.split(/[$€£]?\d/, 1)[0]!.trim();

/**
 * Whether a line with a count or a day names a section (`Wait List,3`, `Bumped (3)`, `Blocked
 * Time - 03/22/2027`): its words before the number, besides what a total counts (`appointments`,
 * `patients`) and little words, say which rows, and no word makes it a total (`Provider Total 5`).
 */
function namesSection(text: string): boolean {
  const label = labelOf(text);
  // A label that names the date (`Date: 03/16/2027`) is a day's line, never a section's.
  if (TOTAL_WORD.test(label) || labelNamesTheDate(label.replace(/[:=\s–-]+$/, ''))) return false;
  return ownWords(label).length > 0;
}

/** A label's words of three letters or more besides what a total counts, little words and days:
 *  what names its rows (`blocked`, `time` of `Blocked Time - 2 appointments`), lower case. */
function ownWords(label: string): string[] {
  return wordsOf(label.replace(COUNT_WORDS, ' ').replace(FILLER, ' ').replace(DAY_WORDS, ' '));
}

/** A text's words of three letters or more, lower case. */
const wordsOf = (text: string): string[] => text.toLowerCase().match(/\p{L}{3,}/gu) ?? [];

/**
 * Whether a line is a section's heading followed by when it was made (SECTION_AT): its words name
 * a list or a cancellation (report-title.ts), or any section when `as of` or `printed` says the
 * time is the list's. No total (`Total Cancelled: 2 as of 5:00 PM` counts rows, countedOffBook).
 */
function sectionAtTime(text: string): boolean {
  const m = SECTION_AT.exec(text);
  if (!m || TOTAL_WORD.test(m[1]!)) return false;
  if (offBookWordIn(m[1]!) !== undefined) return true;
  return m[3] !== undefined && STATED_AT.test(m[3]) && namesSection(m[1]!);
}

/**
 * Whether a count of rows is a section's heading: its label names rows that are cancelled or no
 * appointment (`Cancelled Appointments: 2`, `Wait List - 2 appointments`), not a total (`Total
 * Cancelled: 2`, `Appointments: 42 (3 cancelled)`) nor a group's subtotal (`Appointments for JLW:
 * 5`, `Patients scheduled: 7`). Read as a total above its rows, they went as booked.
 */
function countsSection(text: string, group: (word: string) => boolean): boolean {
  const label = labelOf(text);
  // A page footer's count (`Patients on page: 20`, `Termine auf Seite: 12`) counts the page's rows.
  if (TOTAL_WORD.test(label) || ON_PAGE.test(label)) return false;
  if (offBookWordIn(label) !== undefined) return true;
  // Words no list holds (`Blocked Time - 2 appointments`, `Recordatorios pendientes: 2 citas`):
  // a group's subtotal follows its rows and names what they share, written on the row above it
  // or in the title or page heading over them (`Appointments for JLW: 5` under `Provider: JLW`),
  // or says they are booked (`Patients scheduled: 7`). A label with another word heads the rows
  // under it, whatever they are. Read as a total, they went as booked.
  return ownWords(label).some((w) => !group(w) && classifyBuiltInStatus(w) !== 'NEW');
}

const ON_PAGE =
  /\b(?:(?:this|per|on)\s+page|page\s+(?:count|total)|(?:auf|pro)\s+seite|por\s+p[aá]gina|par\s+page)\b/i;
const HEADING_LABEL = /^\p{L}[\p{L}\s.'’&/#-]*:/u;
const COUNTED = /\(\s*(?:count\s*[=:]\s*)?\d+\s*\)$/i;

/** The label a title line starts with (`Clinic:`, `Provider =`), lower case; none for a date's
 *  (`Date: 03/15/2027` atop each day's page is a day line: day-lines.ts). */
function titleLabel(text: string): string | undefined {
  const m = TITLE_LABEL.exec(text.trim());
  if (!m || labelNamesTheDate(m[1]!)) return undefined;
  return m[1]!.trim().toLowerCase();
}

const TITLE_LABEL = /^(\p{L}[\p{L}\s.'/#-]{0,30}?)\s*[:=]\s*\S/u;

// A day alone, with or without its weekday and year, no time of day: `Mon 3/15`, `Tue 03/16/2027`,
// `March 15`, `15 Mar`, `Friday, March 12, 2027`.
const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;
const DAY_ALONE = new RegExp(
  String.raw`^(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?` +
    String.raw`(?:\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?|${MONTH}\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\.?\s+${MONTH}(?:,?\s+\d{4})?)$`,
  'i',
);

// A count under a day group's rows naming the day as its header did (`Appointments for Friday,
// March 12, 2027: 4`: Jasper's and Crystal's group footer with the group's long date): what is
// counted, the day alone, the count. The day's commas and digits keep it from LABEL_NUMBER.
const DAY_TALLY = /^(\p{L}[\p{L}\s.'-]*?)\s+(?:for|on)\s+(.+?)\s*[:=]\s*\d{1,4}$/iu;

/** The words and the day of a count naming a day alone, if the line is one. */
function dayTally(text: string): { words: string; day: string } | undefined {
  const m = DAY_TALLY.exec(text.trim());
  return m && DAY_ALONE.test(m[2]!) ? { words: m[1]!, day: m[2]! } : undefined;
}

/** The day a day group's count names, if the line is one (it counts rows and nothing else: `Total
 *  appointments for ...`): a total only under that day's rows (group-columns.ts `countOf`). */
export function countedDay(text: string): string | undefined {
  const t = dayTally(text);
  return t && ownWords(t.words).length === 0 ? t.day : undefined;
}

/** Classifies the records after the header of one file; keeps whether a blank line came last. */
export class FurnitureFilter {
  private readonly header: string[];
  private readonly titles: Set<string>;
  /** The labels title lines start with (`clinic` of `Clinic: FAMILY MEDICINE  Dates: ...`). */
  private readonly titleLabels: Set<string>;
  private afterBlank = false;
  private lastRow: readonly string[] | undefined;
  /** The legend's label line above (`Status Legend`) while its entries follow, one a line. */
  private legendLabel: string | undefined;
  /** The words of the title lines and of a title line printed again over a page (`Provider: JLW`):
   *  what a subtotal may name as its group. */
  private readonly groupWords: Set<string>;
  /** The words of the last group heading (`Therapist: Harper, Lucas PT`): the group a subtotal
   *  under its rows names (`Appointments for Therapist: 7`, `Visits for Harper: 7`). */
  private headingWords: ReadonlySet<string> = new Set();

  /** `headerCells`: the header line's cells as written; `titleLines` as the layout found them. */
  constructor(headerCells: readonly string[], titleLines: readonly string[]) {
    this.header = headerCells.map((h) =>
      h
        .replace(/^\uFEFF/, '')
        .trim()
        .toLowerCase(),
    );
    this.titles = new Set(titleLines.map(titleKey));
    this.titleLabels = new Set(titleLines.flatMap((t) => titleLabel(t) ?? []));
    this.groupWords = new Set(titleLines.flatMap(wordsOf));
  }

  /** A group's heading over the rows below: its words are the group a later subtotal names. */
  private groupHeading(text: string): 'heading' {
    this.headingWords = new Set(wordsOf(text));
    return 'heading';
  }

  /** Whether the row above writes `word` (lower case): a subtotal under it names its group. */
  private rowAboveWrites(word: string): boolean {
    return this.lastRow?.some((c) => wordsOf(c).includes(word)) ?? false;
  }

  /** How many columns the header has. */
  get width(): number {
    return this.header.length;
  }

  /** A blank line was passed (totals often follow one). */
  noteBlank(): void {
    this.afterBlank = true;
  }

  /** A data row was passed (`values`, its cells: a subtotal under it names what they share). */
  noteRow(values?: readonly string[]): void {
    this.afterBlank = false;
    this.lastRow = values;
    this.legendLabel = undefined;
  }

  /** What furniture this non-blank record is, or undefined when it is a row (or a broken row). */
  classify(values: readonly string[]): FurnitureKind | undefined {
    const width = this.header.length;
    let filled = 0;
    let firstFilled = -1;
    // Counting stops once the line is clearly a full row: this runs for every row of big files.
    for (let i = 0; i < values.length && (filled <= 3 || filled * 2 <= width); i++) {
      if (values[i]!.trim() === '') continue;
      filled++;
      if (firstFilled < 0) firstFilled = i;
    }
    if (filled === 0) return undefined;
    let cells = values.length;
    while (cells > width && values[cells - 1]!.trim() === '') cells--;
    const fits = cells === width;
    const first = values[firstFilled]!.trim();
    // A totals row: "Total" and only numbers (counts, minutes, amounts), however many. The label
    // stands where the report put its first column: a report whose columns were moved or written
    // right to left prints it last or between the amounts, and one whose first column is printed
    // twice prints it twice.
    // Every row of a big file comes here: one substring test per cell turns almost all away before
    // any trim or pattern (measured: the patterns on every row cost the convert bench 10 %).
    const totalWord = values.some((c) => c.includes('otal') || c.includes('OTAL'));
    const label = TOTAL_LABEL.test(first) ? firstFilled : totalWord ? this.totalLabelAt(values) : -1;
    if (label >= 0 && this.all(values, (v) => NUMBER.test(v) || TOTAL_LABEL.test(v) || v === MANY_VALUES))
      return 'total';
    if (totalWord && this.namedTotal(values)) return 'total';
    if (totalWord && this.groupSubtotal(values)) return 'total';
    if (totalWord && totalsOnly(values)) return 'total';
    const few = filled <= 3 && (filled * 2 <= width || !fits);
    if (!few) {
      // Most of the columns filled: data, unless it is the header again or a rule.
      if (first.toLowerCase() === this.header[firstFilled] && this.isHeader(values)) return 'repeated-header';
      if (RULE.test(first) && this.all(values, (v) => RULE.test(v))) return 'rule';
      // A legend cut into more cells at its commas (`A=Arrived,C=Confirmed,N=No Show,X=Cancelled`),
      // over half the columns or fewer cells than the header (`Legend:,SCH = Scheduled,CO = ...`
      // under a seven-column table): legendPairs takes only a line that is all code = words pairs.
      if ((filled * 2 <= width || !fits) && values.some((v) => v.includes('=')) && legendPairs(values))
        return 'legend';
      return undefined;
    }
    const parts: string[] = [];
    for (const v of values) if (v.trim() !== '') parts.push(v.trim());
    const text = parts.join(' ');
    if (RULE.test(text)) return 'rule';
    if (this.isHeader(values)) return 'repeated-header';
    if (this.titles.has(titleKey(text))) return 'repeated-title';
    // A title line printed again with another value (a report paged by clinic or provider,
    // `Clinic: PEDIATRICS CLINIC (BDAA)  Dates: 15 Mar 2027 thru 16 Mar 2027` atop the next
    // page): what the title stated holds for the rows under it only, so it is a heading over
    // them, whatever dates it also states (the file is held: the rows leave the clinic out).
    const restated = titleLabel(text);
    if (restated && this.titleLabels.has(restated)) {
      for (const w of wordsOf(text)) this.groupWords.add(w);
      return 'heading';
    }
    if (PAGE.test(text) || PAGE_DASHES.test(text) || PAGE_ANYWHERE.test(text)) return 'page-marker';
    if (STAMP.test(text)) return 'stamp';
    if (NOTICE.test(text)) return 'notice';
    // A day's count of rows is a total; of anything else (`No-shows on Monday, March 22, 2027: 1`:
    // read as a row it was an open slot, passed over) a heading: which rows it means is not said.
    const tally = dayTally(text);
    if (tally) return ownWords(tally.words).length === 0 ? 'total' : this.groupHeading(text);
    // `Total: 42`, `Appointments: 42 (3 cancelled)`; but `Scheduled: 3` above its rows is a
    // heading with a count, so a label and a number is a total only with a count word.
    if (LABEL_NUMBER.test(text) && COUNT_WORD.test(text))
      return countsSection(
        text,
        (w) => this.groupWords.has(w) || this.headingWords.has(w) || this.rowAboveWrites(w),
      )
        ? 'heading'
        : 'total';
    if (NUMBER_LABEL.test(text) && COUNTED_WORD.test(text)) return 'total';
    if (NUMBER_TOTAL.test(text)) return 'total';
    if (this.afterBlank && parts.every((p) => NUMBER.test(p))) return 'total';
    if (legendPairs(parts)) return 'legend';
    // A legend's label on a line of its own, then its entries one a line (status-legend.ts).
    const above = this.legendLabel;
    this.legendLabel = undefined;
    if (isLegendLabel(parts)) {
      this.legendLabel = text.replace(/:$/, '').trim();
      return 'legend';
    }
    if (above !== undefined && legendEntry(parts, above)) {
      this.legendLabel = above;
      return 'legend';
    }
    // No appointment is text alone with no date or time: a group heading, whatever count
    // (`(Count=2)`), number (an NPI) or cell split it has.
    if (STARRED.test(text)) return 'heading';
    const framed = FRAMED.exec(text);
    if (
      framed &&
      /\p{L}{3}/u.test(framed[2]!) &&
      (!TIME_OF_DAY.test(framed[2]!) || sectionAtTime(framed[2]!))
    )
      return 'heading';
    // Words alone, in one cell or a few (`Wait List,,,,Dr Lee`): no row has no number at all.
    if (!/\d/.test(text)) return this.groupHeading(text);
    if ((HEADING_LABEL.test(text) || COUNTED.test(text)) && !DATE_OR_TIME.test(text))
      return this.groupHeading(text);
    // With a date in it, text alone is a note about the row above when it cancels or moves it;
    // so is such a note split by the delimiter at its own commas (`Mrs. Smith called at 3:45 and
    // cancelled, please take her off` under an e-mailed table): few cells are no appointment row.
    if (saysCancelled(text) || MOVED.test(text)) return 'row-note';
    // A section's heading printed with its count or its day: the rows under it are what its words
    // say, with no status of their own, so they are never read as rows cut short by it.
    if (SECTION_WITH.test(text) && namesSection(text)) return 'heading';
    // Or with the time its list was made (`Wait List as of 5:00 PM`): no slot's, and no row starts so.
    if (sectionAtTime(text)) return 'heading';
    // Printed in the row's own columns (`03/22/2027,,Wait List`, `03/22/2027,,Blocked Time`): a day,
    // then one cell of words, no time. Whatever its words, the rows under it may be what they say,
    // and a day's entry of no time (a holiday) has no bookings under it: a heading, the file held
    // when rows follow. (A day and more cells is a row cut short as often: `08/03/2027,Dr R.
    // Abbott,Blocked`.)
    if (parts.length === 2 && DAY_THEN_WORDS.test(text)) return 'heading';
    const countFirst = COUNT_THEN_WORDS.exec(text);
    if (countFirst && offBookWordIn(countFirst[1]!)) return 'heading';
    return undefined;
  }

  /**
   * A day alone on its line with the header printed again just below it (`next`, the next line
   * that is not blank, asked only for a day alone): a board's or a grouped sheet's group named by its day (monday.com's and Smartsheet's
   * Excel exports print each group's name above its own header row). It heads rows that write
   * their own date, never a row itself: read as one it was a row error, and as a name it had put
   * the patient column in doubt. Rows with no date of their own still say so, one by one.
   */
  headerCopyBelow(values: readonly string[], next: () => readonly string[] | undefined): boolean {
    let day: string | undefined;
    for (const v of values) {
      if (v.trim() === '') continue;
      if (day !== undefined) return false;
      day = v.trim();
    }
    if (day === undefined || !DAY_ALONE.test(day)) return false;
    const below = next();
    return below !== undefined && this.isHeader(below);
  }

  /**
   * A group's total printed in the row's own columns (`03/01/27,,Total for 03/01/27: 3
   * appointments`): its first words, after the group's date (no appointment's) and numbers, name
   * a total. What else it prints (the group's provider, a note) does not make it a row; a time of
   * day would be a slot's. Only the first cells are read on a row's way through; classify asks only
   * when a cell holds `otal`.
   */
  private namedTotal(values: readonly string[]): boolean {
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!.trim();
      if (NAMED_TOTAL.test(v))
        return (
          !values.some((c) => TIME_OF_DAY.test(c)) && (COUNT_TOTAL.test(v) || this.groupsOnly(values, i))
        );
      if (v !== '' && !AMOUNT.test(v) && !DATE_CELL.test(v)) return false;
    }
    return false;
  }

  /**
   * Whether a total's line (its label in cell `label`) names only its group and leaves the rows'
   * detail out: its other words are what the row above writes in the same column (Tableau's `Dr.
   * Whitcomb` beside `Total`), a pivot's `<group> Total` names the row above's value in its column
   * (or a value printed once, the cell above left empty), and a cell the row above filled is empty
   * here. A real row whose visit type reads `Total Knee 6 wk post-op` or `Knee Total`, or whose
   * patient is `Obi Total`, its time written `1000` and its birth date `19990405`, names its own
   * patient or fills the row above's cells: it stays a row (read as a total, it was dropped without
   * a word). Columns moved or printed twice move alike in every line.
   */
  private groupsOnly(values: readonly string[], label: number): boolean {
    const above = this.lastRow;
    if (!above) return false;
    const own = (i: number): string => above[i]?.trim() ?? '';
    const named = values[label]!.trim();
    const group = named.replace(/\s+(?:sub-?)?total$/i, '');
    if (GROUP_TOTAL.test(named) && !TOTAL_LABEL.test(named) && group !== own(label) && own(label) !== '')
      return false;
    let left = false;
    for (let i = 0; i < Math.max(values.length, above.length); i++) {
      const v = values[i]?.trim() ?? '';
      if (v === '') {
        left ||= own(i) !== '';
        continue;
      }
      if (i === label || AMOUNT.test(v) || DATE_CELL.test(v)) continue;
      if (v !== own(i)) return false;
    }
    return left;
  }

  /**
   * A nested group's subtotal as a BI tool or a pivot table writes it in the rows' own columns
   * (a Tableau crosstab's `Dr. Whitcomb,Total,,,…,140,4`; Excel's `Dr. Whitcomb Total,…,140`): the
   * outer groups' values, `Total` (or `<group> Total`) where the inner group's value stood, and
   * counts and amounts, in whatever order the columns were moved to; its other words are the
   * outer groups' (groupsOnly). No day and no time of day anywhere: a row whose type reads `Total` keeps its day, its time or its patient's birth date
   * (a row error when its time is left empty), and stays a row.
   */
  private groupSubtotal(values: readonly string[]): boolean {
    let label = -1;
    let amounts = 0;
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!.trim();
      if (v === '') continue;
      if (TIME_OF_DAY.test(v) || DATE_CELL.test(v)) return false;
      if (AMOUNT.test(v)) amounts++;
      else if (label < 0 && (TOTAL_LABEL.test(v) || GROUP_TOTAL.test(v))) label = i;
    }
    return label >= 0 && amounts > 0 && this.groupsOnly(values, label);
  }

  /** Where a cell reads `Total`, `Grand Total` or `Subtotal` alone, or -1. */
  private totalLabelAt(values: readonly string[]): number {
    return values.findIndex((c) => TOTAL_LABEL.test(c.trim()));
  }

  /** Every filled cell equals the header's cell in its place, and at least two do. */
  private isHeader(values: readonly string[]): boolean {
    let same = 0;
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!.trim().toLowerCase();
      if (v === '') continue;
      if (v !== this.header[i]) return false;
      same++;
    }
    return same >= 2;
  }

  private all(values: readonly string[], test: (v: string, i: number) => boolean): boolean {
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!.trim();
      if (v !== '' && !test(v, i)) return false;
    }
    return true;
  }
}

/** A cell that begins with a total's word (`Total Fees`, `Total Visits: 8`, `Grand Total`). */
const LEADING_TOTAL = /^(?:grand\s+|sub-?)?totals?\b/i;

/**
 * A footer of several totals in the rows' columns (`Total Visits: 8,,,…,Total Fees,2300`): every
 * filled cell is a number or amount or begins with a total's word, one of them a total and its
 * count, and no cell is a day or a time of day. However the columns were moved (an export written
 * right to left prints `2300,Total Fees,…,Total Visits: 8`), it is the same footer: read in that
 * order it had been a row with no patient, skipped as an open slot. A row whose type reads `Total
 * Knee` keeps its patient, day or time, and stays a row.
 */
function totalsOnly(values: readonly string[]): boolean {
  let counted = false;
  for (const cell of values) {
    const v = cell.trim();
    if (v === '' || NUMBER.test(v) || AMOUNT.test(v)) continue;
    if (TIME_OF_DAY.test(v) || DATE_CELL.test(v) || !LEADING_TOTAL.test(v)) return false;
    if (!/\d/.test(v)) continue;
    if (!LABEL_NUMBER.test(v) || !COUNT_WORD.test(v)) return false;
    counted = true;
  }
  return counted;
}

/** `Page 2 of 5`, `Seite 2 von 5`, `Página 2 de 5`, `Page 2/5`: the page and how many there are. */
const PAGE_OF = /\b(?:page|pg\.?|seite|p[aá]gina)\s*(\d+)\s*(?:of|\/|von|de|sur|di)\s*(\d+)\b/i;

/**
 * The pages a report's markers number, in its title lines and between its rows (the markers
 * stand at the top or at the foot of each page). A file whose highest page is below the count
 * (`Page 1 of 2` and no page 2) was cut short: what it does not list may be on the missing pages.
 */
export function notePage(info: TableInfo, text: string): void {
  const m = PAGE_OF.exec(text);
  if (!m) return;
  const page = Number(m[1]);
  const of = Number(m[2]);
  if (page < 1 || page > of) return; // not a page count (`page 12 of 3` is no marker we trust)
  info.pages = { seen: Math.max(page, info.pages?.seen ?? 0), of: Math.max(of, info.pages?.of ?? 0) };
}

/** Whether a footer heading counts rows: it has a number, and not only the time its list was made
 *  (an empty `Wait List as of 5:00 PM` last counts none: its 5 is no count of wishes). */
function counts(text: string): boolean {
  const at = SECTION_AT.exec(text);
  return at ? at[2] !== undefined : /\d/.test(text);
}

/** Group headings and row notes kept per file (TableInfo.headingLines): enough to show and ask about. */
const MAX_HEADINGS = 5;
/** Footer print stamps kept per file: pages differ by their number, not their stamp. */
const MAX_STAMPS = 10;
/** Total lines kept per file (TableInfo.countLines). */
const MAX_COUNTS = 10;

/**
 * The headings and row notes of one table as its furniture lines are met: a heading counts once a
 * row follows it (text after the last row is a footer); a row note at once (a note under the last
 * row is about that row). The file is then held as grouped rows, the lines shown.
 */
export class HeadingLines {
  private readonly waiting: HeadingLine[] = [];
  /** Headings another heading followed before any row (`Checked In (0)`): over no row. */
  private readonly empty = new Set<HeadingLine>();
  /** The legend's label line met last, while its entries follow (`Status Legend`). */
  private legendLabel: string | undefined;

  constructor(private readonly info: TableInfo) {}

  /** Notes one furniture line; a group heading is returned, for the rows under it. */
  met(kind: FurnitureKind, line: number, values: readonly string[]): HeadingLine | undefined {
    const text = values.join(' ').replace(/\s+/g, ' ').trim();
    // A title printed again atop each page with its number (`Appointment List … Page 2 of 2`) is
    // read as the title repeated (titleKey): its page still counts, or the report looks cut short.
    if (kind === 'page-marker' || kind === 'repeated-title') notePage(this.info, text);
    else if (kind === 'row-note') this.keep([{ line, text }]);
    else if (kind === 'legend') {
      // Entries one a line under a label line of their own (`Status Legend`, then `S - Scheduled`).
      if (isLegendLabel(values)) this.legendLabel = text.replace(/:$/, '').trim();
      else noteLegend(this.info, line, values, this.legendLabel);
    } else if (kind === 'total') this.count(line, text);
    if (kind !== 'legend') this.legendLabel = undefined;
    // A page footer's print stamp (`Printed 3/11/2027 5:02:14 PM  Page 1 of 1`): when the report
    // was made, read with the title's (stated-print-time.ts). The same footer on every page once.
    if ((kind === 'page-marker' || kind === 'stamp') && mayStatePrintTime(text)) {
      const kept = (this.info.stampLines ??= []);
      if (kept.length < MAX_STAMPS && !kept.includes(text)) kept.push(text);
    }
    if (kind !== 'heading') return undefined;
    const heading: HeadingLine = { line, text };
    // Every one is kept until a row or the end says what it was; a run of more is headings over
    // no row but the last.
    this.waiting.push(heading);
    if (this.waiting.length > MAX_HEADINGS) this.waiting.splice(0, 1);
    return heading;
  }

  rowFollows(): void {
    this.legendLabel = undefined;
    if (!this.waiting.length) return;
    const over = this.waiting.pop()!;
    for (const h of this.waiting) this.empty.add(h);
    this.keep([...this.waiting.splice(0), over], over);
  }

  /** The file ended: headings after the last row are its footer, and what they count is kept. */
  end(): void {
    for (const h of this.waiting.splice(0)) if (counts(h.text)) this.count(h.line, h.text);
  }

  private count(line: number, text: string): void {
    const kept = (this.info.countLines ??= []);
    if (kept.length < MAX_COUNTS) kept.push({ line, text });
  }

  /** Keeps `lines` while there is room; `rowed`, the heading over the rows that follow, takes the
   *  place of one over no row, or the file is held as grouped (a `Cancelled` section sixth in a
   *  report of empty ones went unseen, its rows as booked). */
  private keep(lines: HeadingLine[], rowed?: HeadingLine): void {
    const seen = (this.info.headingLines ??= []);
    for (const h of lines) {
      if (seen.length < MAX_HEADINGS) seen.push(h);
      else if (h === rowed) {
        const i = seen.findIndex((s) => this.empty.has(s));
        if (i < 0) this.info.headingsCut = true;
        else seen.splice(i, 1, h);
      }
    }
  }
}
