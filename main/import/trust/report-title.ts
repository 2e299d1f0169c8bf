// A report of cancellations alone says so in its title, not on its rows: Open Dental's "Broken
// Appointments" report, a "Cancelled Appointments Report" saved as CSV, `<CancelledAppointments>`
// around XML records, `cancelled_appts_20261207.csv`. So does a list that is no schedule of booked
// appointments at all: Open Dental's "Unscheduled List" (broken appointments keep their old
// AptDateTime there), a recall or reactivation list, treatment plans, online booking requests, a
// short-notice (ASAP) list, telephone encounters, a German "Ausfallliste". The title lines, the
// file's name and the XML elements around the records are read word by word (and pairs of words:
// `wait list`, `not kept`) for a status that cancels or is not an appointment, or for such a list.
// A word for a slot in the book that is no appointment (`Lunch`, `Block`, `Holiday`, `Meeting`,
// `Note`, `Free`, `Available`) says nothing of the rows: `Schedule_after_lunch.csv`, `Block
// Schedule`, `Free Clinic 2027-03-02.csv` are schedules. A list of only such slots has no patients,
// which the rows show (a blocked row under a placeholder patient is asked in file-audit.ts).
//
// With no status or cancellation column, its rows would all go as booked. With one, the status
// must take at least one row off the book: a `Confirmed` column of Unconfirmed / Left Message
// taken as the status of a "Broken Appointments" report books every row, against its title.
import type { Doubt } from '../../model/doubt.ts';
import { displayText } from '../../model/display-text.ts';
import { headerWords } from '../map/header-meaning.ts';
import { tableSkipKind } from '../map/skip-kind.ts';
import { classifyBuiltInStatus, NEGATIONS } from '../map/status-vocabulary.ts';

/** Words and pairs of words that name a list of something other than booked appointments (or
 *  missed ones), where the status words do not: a wish, a due date, a plan, a call, a no-show. */
const OFF_BOOK_LISTS: ReadonlySet<string> = new Set([
  'unscheduled',
  'unsched',
  'recall',
  'recalls',
  'reactivation',
  'reactivations',
  'not kept',
  'failed',
  'missed',
  'noshow', // `No-Show Report` (header-words.ts joins `no show`)
  'noshows',
  'no show', // `No Show Report`, `NoShows.csv`: the words apart
  'no shows',
  // The UK's and Australia's words for a no-show list (`DNA report.csv`, `Did not attend
  // 2027-03.csv`), as `No Show Report` is held: read as booked, each missed visit would go as an
  // appointment. (`DNA lab.csv`, a genetics lab's, is not: the code qualifies `lab`, qualifiesNoun.)
  'dna',
  'dnas',
  'not attend',
  'not attended',
  'non attendance',
  'nonattendance',
  'not arrived',
  'request',
  'requests', // not `requested`: a title line's `Requested by: JSMITH` is who ran the report
  'solicitud', // Spanish: `Solicitudes de cita`, online booking requests
  'solicitudes',
  'telephone encounter',
  'telephone encounters',
  'phone encounter',
  'phone encounters',
  'treatment plan',
  'treatment plans',
  'tx plan',
  'tx plans',
  'short notice',
  'asap',
  'waitlist',
  'wait list',
  'waiting list',
  'de espera', // `Lista de espera`, `En lista de espera` (the pair the words give)
]);

/** German compounds written as one word: `Ausfallliste`, `Ausfälle`, `Ausfalltermine`. */
const OFF_BOOK_STEMS = /^ausf(all|aell|alle)/;

/** Words before which a title's cancel word says what the report leaves out: `Appointments
 *  excluding cancelled`, `Termine ohne Absagen`. */
const LEAVES_OUT: ReadonlySet<string> = new Set([
  ...NEGATIONS,
  'excluding',
  'excl',
  'exclude',
  'excludes',
  'without',
  'except',
  'ohne',
  'ausser',
  'sans',
  'hors',
  'excepto',
]);

/** A lone Latin letter: OpenEMR's status code `x` (cancelled) says so in a status cell only. In a
 *  title or a file name a letter alone, or beside a longer word or a number, is an initial
 *  (`Dr X`), a size (`3x5`), a numbering (`appts_x2`) or a piece of a generated name
 *  (`book-x0wf1hv9at.xlsx`: `book x 0wf 1hv 9at`, whose `x 0wf` reads as code and word): held on
 *  it, a schedule whose name happened to hold one was asked about as a list of cancellations.
 *  Two letters apart are an abbreviation written with a slash (`C/X list`) and still count.
 *  (One Han character can be a whole word, so only Latin.) */
const LONE_LETTER = /^\p{Script=Latin}$/u;

/** Whether `words` (one word, or a pair) hold exactly one lone letter: a letter alone, or beside
 *  a word or number of another kind. */
const leansOnLetter = (words: readonly string[]): boolean =>
  words.filter((w) => LONE_LETTER.test(w)).length === 1;

/** A status code of a few letters (`cx`, `cxl`, `cna`, `dna`) names the list only where it stands
 *  as the list's name: alone or before a number (`cx_20270315.csv`), last (`todays_cx.csv`), or
 *  before any word but a department's or service's (`cx_list.csv`, `DNA report.csv`, `cx_ames.csv`).
 *  Before such a word it is that word's qualifier, an abbreviation of something else:
 *  `cna_schedule.csv` (certified nursing assistants), `cx-clinic.csv` (a cervix or chest clinic),
 *  `DNA lab.csv` (a genetics lab). Whole words (`Cancelled`, `Broken`, `No Show`) count anywhere. */
const CODE = /^\p{L}{1,3}$/u;

/** The words a code qualifies as a department or service: `cx-clinic` (a cervix or chest clinic),
 *  `DNA lab`, `cna_schedule` (certified nursing assistants). Before any other word (a provider's
 *  name, a day or month, `today`: `cx_ames.csv`, `cx_monday.csv`, `cx_today.csv`) the code is
 *  still the list's name, as `todays_cx.csv` is: a list of cancellations sent as booked visits
 *  puts them back on the portal, so those stay asked. */
const QUALIFIED_NOUNS: ReadonlySet<string> = new Set([
  'clinic',
  'clinics',
  'lab',
  'labs',
  'laboratory',
  'schedule',
  'schedules',
  'unit',
  'dept',
  'department',
  'team',
  'center',
  'centre',
  'service',
  'services',
  'screening',
  'imaging',
  'class',
  'classes',
]);

/** Whether `w` (a word, or two) cancels, says "not an appointment" or names a list of something else. */
function offBook(w: string): boolean {
  const m = classifyBuiltInStatus(w);
  const skipsList = m === 'skip' && (tableSkipKind(w) ?? 'off-schedule') === 'off-schedule';
  return m === 'CANCEL' || skipsList || OFF_BOOK_LISTS.has(w) || OFF_BOOK_STEMS.test(w);
}

/** Whether `words[i]`, an off-book code, stands before a word it qualifies (a noun other than the list's). */
function qualifiesNoun(words: readonly string[], i: number): boolean {
  const next = words[i + 1];
  return CODE.test(words[i]!) && next !== undefined && QUALIFIED_NOUNS.has(next) && offBook(words[i]!);
}

/** A word, or two in a row, of `text` that cancel, say "not an appointment" or name a list of
 *  something else; undefined when none does, or when the title says it leaves them out. */
function offBookWord(text: string): string | undefined {
  const words = headerWords(text);
  for (let i = 0; i < words.length; i++) {
    const pair = words.slice(i, i + 2);
    for (const parts of [pair, [words[i]!]]) {
      if (leansOnLetter(parts)) continue;
      if (parts.some((_, k) => qualifiesNoun(words, i + k))) continue;
      const w = parts.join(' ');
      if (!offBook(w)) continue;
      return words.slice(0, i).some((b) => LEAVES_OUT.has(b)) ? undefined : w;
    }
  }
  return undefined;
}

/** The word or pair of `text` that cancels, says "not an appointment" or names a list of
 *  something else (as a title is read); undefined when none does. */
export function offBookWordIn(text: string): string | undefined {
  return offBookWord(text);
}

/** The word of a heading between the rows that names a list of no appointments (`Waitlist`,
 *  `Recall List`, `ASAP`), not a cancellation: the rows under it are wishes, due dates, requests. */
export function namesOffBookList(heading: string): string | undefined {
  const w = offBookWord(heading);
  return w && classifyBuiltInStatus(w) !== 'CANCEL' ? w : undefined;
}

/** Where a report says what its rows are: the title lines, the file's name, the XML elements. */
export interface ReportPlaces {
  titleLines: readonly string[];
  file: string;
  recordPath?: string;
  rootName?: string;
}

/** The text that says the rows are off the book, and where it is. */
export interface OffBookTitle {
  text: string;
  place: string;
}

export function offBookTitle(where: ReportPlaces): OffBookTitle | undefined {
  const places: Array<[string, string]> = [
    ...where.titleLines.map((t): [string, string] => [t, 'its title']),
    [where.file.replace(/\.[^.]+$/, ''), 'its file name'],
    ...[where.rootName ?? '', ...(where.recordPath ?? '').split('/').slice(0, -1)]
      .filter(Boolean)
      .map((e): [string, string] => [e, 'the XML element around its records']),
  ];
  for (const [text, place] of places) if (offBookWord(text)) return { text, place };
  return undefined;
}

/** What a confirmation answers the title question for: the title's words without its numbers
 *  (`Dr Cancel schedule 2027-03-15.csv` and the next day's are one list), never every title. A
 *  practice that confirmed `Recall Dental Group - Day Sheet` (its own name) had said nothing about
 *  a `Broken Appointments` report or a `Cancelled appointments.csv` dropped in the inbox later,
 *  and those went out as booked (answered-checks.ts keys an answer by its subjects). */
export function titleSubject(text: string): string {
  return headerWords(text)
    .filter((w) => !/^\p{N}+$/u.test(w))
    .join(' ');
}

/** The doubt for a file whose title, name or XML elements say its rows are cancelled or not
 *  booked appointments, when no column says so row by row, or when `statusColumn` (the status)
 *  books every row. */
export function offBookTitleDoubt(title: OffBookTitle, statusColumn?: string): Doubt {
  const said = displayText(title.text, 60);
  return {
    kind: 'status',
    check: 'report-title',
    field: 'status',
    subjects: [titleSubject(title.text)],
    message: statusColumn
      ? `${title.place} says '${said}' (cancelled, or not booked appointments), but the status column '${statusColumn}' sends every row as booked`
      : `${title.place} says '${said}', and no column says whether each appointment is cancelled: every row would go as booked`,
    samples: [said],
    question: statusColumn
      ? `Are these appointments cancelled (or not booked appointments)? Export the schedule with its status column (is '${statusColumn}' the status?); confirm the mapping only if they are booked appointments`
      : 'Are these appointments cancelled (or not appointments)? Export the schedule with its status column; confirm the mapping only if they are booked appointments',
  };
}
