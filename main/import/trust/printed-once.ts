// What a grouped report prints once per group ("suppress if duplicated" in Crystal Reports, Open
// Dental's ReportComplex, most report writers): the value on the group's first row, empty on the
// rows under it. Read as a table, those rows lose it:
// - the status: a report sorted by status prints `Cancelled` once, and the cancelled rows under it
//   would go as booked;
// - the patient: a report sorted by patient prints the name once, and that patient's later
//   appointments would be skipped as open slots (and, in snapshot mode, cancelled).
// Both are fed row by row until a person confirms the mapping; file-audit.ts turns them into doubts.

import { ownString, ownStrings } from '../own-string.ts';

/** Words kept per file as what a confirmation answered: past it, file-audit.ts names the file's
 *  own list (a later file's other word is still asked). */
const WORDS_KEPT = 200;

/** A status word as an answer keeps it: case and spacing aside (`Checked In`, `CHECKED  IN`). */
function wordKey(word: string): string {
  return word.trim().toLowerCase().replace(/\s+/g, ' ');
}

export type StatusMeaning = 'NEW' | 'CANCEL' | 'skip' | 'unknown';

/** The status column's cells in file order: empty ones after a status that takes the row off
 *  the book, and how often a filled status repeats the filled one before it. */
export class StatusRuns {
  private filled = 0;
  private repeats = 0;
  private lastWord = '';
  private lastOffBook = false;
  /** Empty statuses whose nearest filled status above takes the row off the book. */
  emptyAfterOffBook = 0;
  first?: { line: number; word: string };
  /** The words (wordKey) that empty statuses came under: confirming that an empty status means
   *  booked answers it under these only; a later file's empty status under another word (`No
   *  Show` after `Cancelled` was answered) is asked. */
  readonly wordsAbove = new Set<string>();
  /** The status of the row being read, until its start is read (`started`). */
  private rowWord = '';
  private lastStartMs = NaN;
  /** Starts never go back, or never forward: a list sorted by start, oldest or newest first
   *  (both are the same appointments; a report grouped by status starts its clock again). */
  private ascending = true;
  private descending = true;
  private lastStartedWord = '';
  private lastStartedDay = '';
  /** Filled statuses equal to the filled one before them on the same day, in a file in start order. */
  private sameDayRepeats = 0;
  /** The list's first appointment has no status (undefined until a row is noted), and its
   *  starts fall on more than one day. */
  private leadingEmpty: boolean | undefined;
  private firstDay: string | undefined;
  private manyDays = false;
  /** The filled words seen, and whether one came again anywhere later in the file: a report
   *  grouped by status over the whole file prints each word once. */
  private readonly seen = new Set<string>();
  private wordAgain = false;
  /** The words and days kept above change on almost every row, from a handful of values: each
   *  value is copied out of its file chunk once. */
  private own = ownStrings();

  note(word: string, meaning: StatusMeaning | undefined, line: number): void {
    this.rowWord = word;
    this.leadingEmpty ??= word === '';
    if (word === '') {
      if (!this.lastOffBook) return;
      if (this.emptyAfterOffBook++ === 0) this.first = { line, word: this.lastWord };
      if (this.wordsAbove.size < WORDS_KEPT) this.wordsAbove.add(wordKey(this.lastWord));
      return;
    }
    this.filled++;
    if (this.seen.has(word)) this.wordAgain = true;
    else if (this.seen.size < 200) this.seen.add(this.own(word));
    if (word === this.lastWord) this.repeats++;
    if (word !== this.lastWord) this.lastWord = this.own(word);
    this.lastOffBook = meaning === 'CANCEL' || meaning === 'skip';
  }

  /** The start of the row whose status was noted last (`day` its local calendar day). */
  started(startMs: number, day: string): void {
    if (startMs < this.lastStartMs) this.ascending = false;
    else if (startMs > this.lastStartMs) this.descending = false;
    this.lastStartMs = startMs;
    if (this.firstDay === undefined) this.firstDay = this.own(day);
    else if (day !== this.firstDay) this.manyDays = true;
    const word = this.rowWord;
    if (word === '') return;
    if (word === this.lastStartedWord && day === this.lastStartedDay) this.sameDayRepeats++;
    if (word !== this.lastStartedWord) this.lastStartedWord = this.own(word);
    if (day !== this.lastStartedDay) this.lastStartedDay = this.own(day);
  }

  /**
   * A status printed once per group: empty cells under a cancelling status, and the filled
   * statuses (almost) never repeat the one before them, as they would in a column where an empty
   * status means booked (`Confirmed` under `Confirmed` somewhere in any real day's list). And
   * never printed once when a file listed in start order (either way) repeats a status within one day
   * (`Confirmed` at 8:00, empty at 8:15, `Confirmed` at 8:30): a report grouped by status gives
   * each day one group per word, one that suppresses a repeated value blanks the second, and
   * inner groups (by provider, by room) would start the day's clock again.
   * Nor when the list's first appointment has no status and the list runs in start order over
   * more than one day (a reminder service's `Response`, empty until the patient replies): a
   * report prints a group's word on the group's first row, so the first row's empty status is
   * the column's own "none", and a report grouped by status would have started its clock again
   * at each group. But a file whose words each come once (a blank group, then `Cancelled` over
   * the rows under it, then `Confirmed`) is what a report grouped by status prints, even when its
   * few groups happen to run in start order: there the first row's empty status is its own group.
   */
  get printedOnce(): boolean {
    const inStartOrder = this.ascending || this.descending;
    if (inStartOrder && this.sameDayRepeats > 0) return false;
    if (inStartOrder && this.leadingEmpty && this.manyDays && this.wordAgain) return false;
    return this.emptyAfterOffBook > 0 && this.repeats * 5 <= this.filled;
  }
}

/**
 * The provider column's cells in file order: how often a filled provider is the one written on
 * the appointment row just above it (the file's line before), on the same day. A report that
 * prints the provider once per group, or one that suppresses a repeated value, never writes that:
 * the second row of a run would be empty. So two such repeats prove the column is written on
 * every row, and an empty provider there is an appointment without one (an optical-only frame
 * pick-up, a nurse or equipment visit), not "the provider above" (provider-gaps in file-audit.ts).
 * Same day and the line just before: a report grouped by day (or by page) prints its groups'
 * first rows in full, and those meet the row above across a heading or a new day.
 */
export class ProviderRepeats {
  private lastLine = -2;
  private lastId = '';
  private lastName = '';
  private lastDay = '';
  sameDayRepeats = 0;
  /** The provider and the day change on almost every row, from a handful of values: each value
   *  is copied out of its file chunk once (a copy per row cost more than the rest of the row's
   *  provider). */
  private own = ownStrings();

  /** `id` and `name` the provider cells as written ('' when empty); `day` the row's local day. */
  note(id: string, name: string, line: number, day: string | undefined): void {
    if ((id !== '' || name !== '') && day !== undefined && line === this.lastLine + 1) {
      if (id === this.lastId && name === this.lastName && day === this.lastDay) this.sameDayRepeats++;
    }
    this.lastLine = line;
    if (id !== this.lastId) this.lastId = this.own(id);
    if (name !== this.lastName) this.lastName = this.own(name);
    if (day !== undefined && day !== this.lastDay) this.lastDay = this.own(day);
    else if (day === undefined) this.lastDay = '';
  }

  /** Written on every row: a repeat on the next line of the same day, twice. */
  get everyRow(): boolean {
    return this.sameDayRepeats >= 2;
  }
}

const NONE_STATUS = /^\s*-?\s*(?:none|null|n\/a)?\s*$/i;

/** Rows with no patient that carry a status word of an appointment (booked or cancelled): an
 *  open slot or blocked time has none. */
export class PatientlessAppointments {
  count = 0;
  first?: { line: number; word: string };
  /** Their status words (wordKey): confirming that such rows are open slots answers it for these
   *  words only; a later file's rows without a patient that are `Checked In` or `Cancelled`,
   *  after `Scheduled` was answered, are asked (they would be left out, in snapshot mode
   *  cancelled). */
  readonly words = new Set<string>();

  note(word: string, meaning: StatusMeaning | undefined, line: number): void {
    if (meaning !== 'NEW' && meaning !== 'CANCEL') return;
    // A status that says "none" (OpenEMR's `-` and `- None` on lunch and "In Office" events) is
    // what every calendar entry has, no sign of an appointment.
    if (NONE_STATUS.test(word)) return;
    if (this.count++ === 0) this.first = { line, word: ownString(word) };
    if (this.words.size < WORDS_KEPT) this.words.add(wordKey(word));
  }
}
