// Whole-file checks made while the rows are read, turned into doubts at the end:
// - a status word nobody knows;
// - start times that cannot be read in any row; times without AM/PM that read as night-time but
//   look like a 12-hour clock (`1:30` among `9:00`…`12:30`); starts at exactly midnight (a date
//   with no time, as .NET and Excel write it); bare numbers that cannot be HHMM (`570`); UTC
//   instants most of which fall at night in the practice's zone (local times marked `Z`);
// - dates that only make sense in the other day/month order; a written time zone that is not the
//   practice's; starts after the year after next (another calendar's years, or a wrong column);
// - an appointment id reused for another appointment, or left empty on some; a booked and a
//   cancelled row for one derived id (same patient, provider and start);
// - a cancellation column (flag or date) filled on rows whose status word says booked; a free
//   column that can take an appointment off the book (deleteFlag, deleted_at, ACTIVE_IND=0) set
//   on a row that would go as booked; a note, a reason or a free column whose words say cancelled
//   on a row the status sends as booked (cancel-text-columns.ts); with no status, a free column
//   whose whole value reads as cancelled or not an appointment (off-book-columns.ts); with one, a
//   title that says the rows are off the book while the status books every row (report-title.ts);
// - a provider left empty on some rows (a grouped report printing it once per group);
// - a patient id given to two different people (a family or account number: sending it would
//   show one person's appointments on another's portal).
// Each fact is counted once per distinct value, so a 1,000,000-row file costs a few small maps
// (ids: see IdTracker's limit).
import type { Doubt } from '../../model/doubt.ts';
import { ownString } from '../own-string.ts';
import { displayText } from '../../model/display-text.ts';
import type { TimeOfDay } from '../map/parse-time.ts';
import { numberKey } from '../../changes/digit-ids.ts';
import { IdTracker, idReuseDoubt } from './id-column.ts';
import { normalizeStatus } from '../map/status-vocabulary.ts';
import { UNDECIDED_MOVES } from '../map/status-words.ts';
import { ProviderIdNames } from './provider-id-names.ts';
import { PersonAudit } from './person-audit.ts';
import { StartClock } from './start-clock.ts';
import { zoneOffsetMs } from '../map/zoned-time.ts';
import { LongMidnightVisits } from './long-midnight-visits.ts';
import type { AfterNoonAnswer } from '../map/after-noon.ts';
import { utcNightQuestion } from './utc-night-question.ts';
import { DottedStartDates } from './dotted-start-dates.ts';
import { NoonOnly } from './noon-only.ts';
import { UntimedMidnights } from './untimed-midnights.ts';
import { midnightQuestion } from './midnight-question.ts';
import { AnsweredUtc, WrittenUtcClock } from './answered-utc.ts';
import { sharedValueSubject } from './answered-checks.ts';
import { RoundedIds, roundedIdsDoubt } from './rounded-ids.ts';
import { YearDayMonthStarts } from './year-day-month.ts';
import { StartZones } from './start-zones.ts';
import { changeZoneHow } from './zone-setting.ts';
import { writesTwelveHourClock } from '../map/region-clock.ts';
import { StartDayRows } from './start-day-columns.ts';
import { SPLITS_NAMED, StartProviders } from './start-providers.ts';
import { fnv1a } from '../map/day-slots.ts';
import { PatientlessAppointments, ProviderRepeats, StatusRuns, type StatusMeaning } from './printed-once.ts';
import { isWithdrawn, type WithdrawalColumn } from './withdrawal-columns.ts';
import { saysVisitMissed } from '../map/visit-flow-words.ts';
import {
  lapseMayBeBooking,
  outreachLapsed,
  wordsSayOff,
  type CancelTextColumn,
} from './cancel-text-columns.ts';
import { saysCancelled, typeSaysCancelled } from '../map/cancel-mention.ts';
import { namesNoSlotList } from '../map/skip-kind.ts';
import { freeColumnDoubt, OffBookValues } from './off-book-columns.ts';
import { BlockTexts } from './block-text-columns.ts';
import type { NoteAnswers } from '../map/note-statuses.ts';
import { practiceSeasonName } from '../map/zone-abbreviation.ts';
import { headerConcepts } from '../map/header-meaning.ts';
import { withoutOccurrencePlace } from '../map/occurrence-place.ts';
import { OccurrenceDays } from './occurrence-days.ts';
import { LocationZones } from './location-zones.ts';
import { statusOption } from './status-option.ts';
import { LoneStatusMarks } from './lone-status-mark.ts';
import type { LegendEntry } from '../read/table-types.ts';
import { RangeWindows } from './range-windows.ts';
import { type StatusCodeColumn, StatusCodeSplits } from './status-code-split.ts';

const MAX_SAMPLES = 5;

/** How many appointment rows fill a column and how many leave it empty (and the first that does). */
/** The split appointments a doubt is about, as a confirmation keeps them (answered-checks.ts). A
 *  file with SPLITS_NAMED of them or more also names its own whole list: an answer to it covers
 *  that file's list only, never a later file's other splits past the limit. */
function namedSplits(named: ReadonlySet<string>): string[] {
  const out = [...named];
  if (out.length >= SPLITS_NAMED) out.push(`more-${fnv1a(out.join('\u001f')).toString(16)}`);
  return out;
}

/** The subjects of a patient-id doubt: each id given to two people (`id␟who␟who`), for those two. */
function sharedIdSubjects(clashes: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const c of clashes) {
    const [id = '', a = '', b = ''] = c.split('\u001f');
    out.add(sharedValueSubject(id, [a, b]));
  }
  return out;
}

/** The lengths a spans-days answer covers: each bound up to the file's longest span, so an answer
 *  on stays of up to a week covers later files of shorter ones, and never longer ones. */
const SPAN_BOUNDS = [3, 7, 14, 31, 92, 366];
function spanSubjects(longest: number): string[] {
  const out: string[] = [];
  for (const b of SPAN_BOUNDS) {
    out.push(`up to ${b} days`);
    if (longest <= b) return out;
  }
  return [...out, 'longer'];
}

export class FillCount {
  filled = 0;
  empty = 0;
  firstEmptyLine = 0;
  /** What the first empty cell holds when it is a stand-in for no value (`-`, `N/A`), else ''. */
  firstEmptyWritten = '';

  /** `written`: the cell as written, asked only of an empty one (a stand-in read as empty). */
  note(filled: boolean, line: number, written?: () => string): void {
    if (filled) this.filled++;
    else if (this.empty++ === 0) {
      this.firstEmptyLine = line;
      this.firstEmptyWritten = written?.() ?? '';
    }
  }

  /** Filled on some rows and empty on others. */
  get gaps(): boolean {
    return this.filled > 0 && this.empty > 0;
  }

  /** `the id is empty on 3 of 10 appointments (the first on line 4)`, for `what` = `id`; the
   *  stand-in the first one holds is named (`written '-'`), so a person sees what was read as none. */
  emptyOn(what: string): string {
    const written = this.firstEmptyWritten ? `, written '${this.firstEmptyWritten}'` : '';
    return `the ${what} is empty on ${this.empty} of ${this.empty + this.filled} appointments (the first on line ${this.firstEmptyLine}${written})`;
  }
}

/** Per column, the first value seen (and its line) and how many rows. */
class ColumnSightings {
  readonly byColumn = new Map<string, { value: string; line: number; count: number }>();
  note(column: string, value: string, line: number): void {
    const seen = this.byColumn.get(column);
    if (seen) seen.count++;
    else this.byColumn.set(ownString(column), { value: ownString(value), line, count: 1 });
  }
}

/** Two ids that are one number written two ways (`00123` and `123`, `123.0`): a spreadsheet's. */
function lostZeros(ids: readonly [string, string] | undefined): ids is readonly [string, string] {
  const key = ids && numberKey(ids[0]);
  return key !== undefined && ids![0] !== ids![1] && key === numberKey(ids![1]);
}

export class FileAudit {
  private readonly unknownStatuses = new Map<string, number>();
  /** A one-character cancel mark alone among written-out statuses (lone-status-mark.ts). */
  private readonly loneMarks = new LoneStatusMarks();
  private appointmentRows = 0;
  private startFailures = 0;
  private readonly startSamples: string[] = [];
  private startColumn?: string;
  private readonly otherOrder: string[] = [];
  private readonly zones = new Map<
    string,
    { verdict: 'disagrees' | 'unknown'; titleLine?: string; stamp?: true }
  >();
  readonly ids = new IdTracker();
  /** The export's patient ids against who they name (checked until a person confirms the column). */
  readonly patientIds = new IdTracker(true);
  /** The other way round: each person (whole name and birth date) against their patient id. */
  readonly personIds = new IdTracker(true);
  /** With an id column: appointments that have an id there, and those that do not. */
  readonly idCells = new FillCount();
  /** With a patient-id column: booked appointments that have a patient id there, and those that
   *  do not. */
  readonly patientIdCells = new FillCount();
  /** Without an id column: each patient's starts and the provider of the first row at each
   *  (checked until a person confirms the mapping). One start under two providers is one visit
   *  written once per procedure or per provider (an Open Dental query joining procedurelog),
   *  which derived ids would send as two appointments. Each split is named, so that accepting
   *  these leaves a later file's other patient (or other day) split asked (answered-checks.ts). */
  readonly patientStarts = new StartProviders(true);
  /** With an id column: each patient's starts and the id of the first row at each. One start
   *  under two ids is one visit written once per booked resource (a doctor and a room, a dentist
   *  and a hygienist), which would go as two appointments. Each split is named, as above. */
  readonly patientStartIds = new StartProviders(true);
  /** Each appointment's location as its first row gives it: an appointment id, or (derived ids)
   *  a patient's start with one provider. Two offices for one appointment go as one, shown at
   *  the last row's office: a guess by row order (a visit booked at two sites by mistake, or
   *  one row per site of a shared resource). Checked until a person confirms the mapping. */
  readonly appointmentPlaces = new StartProviders(true);
  /** Without an id column: visits an encounter number joins (encounter-column.ts) whose rows name
   *  two providers. Sent once, the last row's provider is shown: which one is asked, as for an
   *  id on rows of two providers, each visit named by its derived id (answered-checks.ts). */
  private readonly visitSplits = new Set<string>();
  private visitSplitLine = 0;
  private visitSplitPlaces = false;
  /** `places`: the later row names another location too. */
  visitProviderSplit(id: string, line: number, places: boolean): void {
    this.visitSplitLine ||= line;
    this.visitSplitPlaces ||= places;
    if (this.visitSplits.size < SPLITS_NAMED) this.visitSplits.add(id);
  }
  /** With a provider id and a provider name column: each id against the provider it names. */
  readonly providerIds = new ProviderIdNames();
  /** With a provider column: appointments that name a provider, and those that leave it empty. */
  readonly providerCells = new FillCount();
  /** With a provider column: filled providers that repeat the row just above on its day, which a
   *  report printing the provider once per group never writes (printed-once.ts). */
  private readonly providerRepeats = new ProviderRepeats();
  /** The local day of the row being read (rowStart), until its provider is noted. */
  private rowDay: string | undefined;
  /** With a date column beside the time: appointments that have a date there, and those that
   *  leave it empty (a report printing each day's date once, on its first row). */
  readonly dateCells = new FillCount();
  /** Provider names whose order the file does not settle (`SMITH JOHN MD`: provider-forms.ts). */
  /** The status and the patient printed once per group (printed-once.ts; not confirmed). */
  private readonly statusRuns = new StatusRuns();
  private readonly patientless = new PatientlessAppointments();
  /** How names and birth dates are written (person-audit.ts). */
  readonly persons: PersonAudit;

  constructor(
    private readonly opts: {
      statusColumn?: string;
      idColumn?: string;
      /** The appointment and patient id columns read from the file, whose ids a spreadsheet may
       *  have rounded (rounded-ids.ts), checked on every appointment row. */
      longIdColumns?: ReadonlyArray<{ header: string; index: number; field: 'appointmentId' | 'patientId' }>;
      /** The patient-id column, when its ids are to be checked against the names. */
      patientIdColumn?: string;
      /** The provider id column beside a provider name column, whose ids must each name one
       *  provider. */
      providerIdColumn?: string;
      /** The provider column, when one filled on some appointments only is held (not confirmed). */
      providerColumn?: string;
      /** The start's date column (beside a time column), when one filled on some appointments
       *  only is held (not confirmed). */
      dateColumn?: string;
      /** Whether one patient's start under two providers is held (not confirmed). */
      checkProviderSplit?: boolean;
      /** A column of each row's event time, in a log of events (event-time-column.ts). */
      eventTimeColumn?: { header: string; index: number };
      /** Whether an id column filled on some appointments only is held (not confirmed); and
       *  a status or a patient printed once per group. */
      checkIdGaps?: boolean;
      /** A printed report (delimited text, a SpreadsheetML sheet), whose writer may print a value
       *  once per group and leave it empty under it. An XML record holds its own values: one it
       *  leaves out or writes as `xsi:nil` is a NULL, so the printed-once checks do not run. */
      printedReport?: boolean;
      /** The format defines a start written without a zone as the sender's clock (HL7 v2): a
       *  column of starts with and without one is read so, not asked, unless a zoned start is
       *  on another clock than the practice's (start-zones.ts). */
      plainStartsLocal?: boolean;
      /** The cancellation flag or date column, when it is to be compared with the status (not
       *  confirmed). */
      cancelColumn?: string;
      /** The cancellation flag (yes/no) column, when its no is to be compared with a status that
       *  cancels (not a soft-delete flag, not confirmed). */
      cancelFlagColumn?: string;
      /** Free columns that may take an appointment off the book (deleteFlag, deleted_at…), when
       *  one set on a booked row is to be held (not confirmed). */
      withdrawalColumns?: readonly WithdrawalColumn[];
      /** Columns besides the status (notes, reason, free ones) whose cancel words on a booked
       *  row hold the file (cancel-text-columns.ts); only when there is a status. */
      cancelTextColumns?: readonly CancelTextColumn[];
      /** Texts of note columns the practice answered (note-statuses.ts): not asked again. */
      answeredNotes?: readonly NoteAnswers[];
      /** With no status: the free columns, where a whole value that cancels or says "not an
       *  appointment" on a row that goes as booked holds the file (off-book-columns.ts). */
      freeColumns?: readonly CancelTextColumn[];
      /** Columns read for no field but headed as a type, reason or description: a blocked-time
       *  word there holds the file as it would in the type read (block-text-columns.ts). */
      blockTextColumns?: readonly CancelTextColumn[];
      /** The status element's code attributes (`Status@code`): one status word under two codes
       *  on booked rows holds the file (status-code-split.ts). */
      statusCodeColumns?: readonly StatusCodeColumn[];
      /** Whether the file has a status (or cancellation) column: then only blocked time counts. */
      blocksOnly?: boolean;
      /** With a status: the hold for a title that says the rows are off the book (report-title.ts),
       *  raised unless the status takes at least one row off the book. */
      offBookTitle?: Doubt;
      /** The birth-date column, named by the two-digit-year doubt. */
      dobColumn?: string;
      /** The one-column patient name, named by the name-order doubt. */
      nameColumn?: string;
      /** The start-time column, when times without AM/PM are to be checked (not confirmed). */
      timeColumn?: string;
      /** The start's date column and field, when starts far ahead are to be held (not confirmed). */
      startDateColumn?: { field: string; column: string };
      timeField?: string;
      order: 'MDY' | 'DMY';
      /** Headers in a language whose dates are written day-first (map/day-first-headers.ts): its
       *  dotted dates are too, whatever the practice's region. */
      dayFirstLanguage?: boolean;
      timeZone: string;
      /** Made-up patient ids whose people of one name and birth date a person confirmed
       *  (answered-checks.ts, answeredSubjects): not asked about again. */
      acceptedApart?: ReadonlySet<string>;
      /** A title line saying each location's times are its own clock (location-zones.ts). */
      ownClocksLine?: string;
      /** A start header saying each time is its site's own clock (location-zones.ts siteClockHeader). */
      ownClocksHeader?: string;
      /** Locations a person confirmed are on the practice's clock (location-zones.ts). */
      answeredLocations?: ReadonlySet<string>;
      /** The zone a person answered a location keeps (map/location-clock.ts). */
      locationClock?: (location: string) => string | undefined;
      /** The tz database name the start's time header names (location-zones.ts startHeaderClock). */
      startHeaderClock?: string;
    },
  ) {
    this.persons = new PersonAudit(opts.acceptedApart);
    this.locationZones = new LocationZones(
      opts.timeZone,
      opts.ownClocksLine
        ? { text: opts.ownClocksLine, where: 'the title line' }
        : opts.ownClocksHeader
          ? { text: opts.ownClocksHeader, where: 'the start column' }
          : undefined,
      opts.answeredLocations,
      opts.locationClock,
      opts.startHeaderClock,
    );
    this.freeWatch = (opts.freeColumns ?? []).map((c) => ({
      ...c,
      words: new OffBookValues(lapseMayBeBooking(c.header)),
    }));
    this.blockTexts = new BlockTexts(opts.blocksOnly ?? true);
    if (opts.statusCodeColumns?.length) this.statusCodes = new StatusCodeSplits(opts.statusCodeColumns);
  }

  /** Whether a date filled on some appointments only is asked about (`date-gaps`): a printed
   *  report's date column beside a time, not confirmed. */
  get asksDateGaps(): boolean {
    return !!this.opts.printedReport && !!this.opts.dateColumn;
  }

  /** Rows whose start is on another day than the appointment's date column (row-start-day.ts). */
  readonly startDays = new StartDayRows();
  /** Each row's location against the clock of the place it names (location-zones.ts). */
  private readonly locationZones: LocationZones;

  /** A row's location (as it goes) at its start. */
  location(location: string, at: Date): void {
    this.locationZones.note(location, at);
  }
  /** Starts read as written by the practice's marked-UTC answer, beside their UTC (answered-utc.ts). */
  readonly answeredUtc = new AnsweredUtc();
  /** The marks and hours as written of starts written as UTC, given with the utc-night question
   *  so a `local` answer keeps them (answered-utc.ts). */
  readonly writtenUtc = new WrittenUtcClock();
  /** Start dates that can only be year-day-month, over every row (year-day-month.ts). */
  readonly yearDayMonth = new YearDayMonthStarts();
  /** Starts of one date-time column written with their zone and without (start-zones.ts). */
  readonly startZones = new StartZones();
  /** The clock the start times are written on (12-hour without AM/PM, `12:30 AM`). */
  private readonly startClock = new StartClock();
  /** Starts written as instants, and those at night in the practice's zone (instantStart). */
  private instantCount = 0;
  private instantNightCount = 0;
  private instantNightFirst = '';
  /** A night start among times a header marks as UTC (instantStart's `labelled`). */
  private labelledNight = false;
  private readonly instantNight: string[] = [];
  /** Starts at exactly 00:00:00: what a date-only value looks like once a program adds a time. */
  private midnightCount = 0;
  private readonly midnight: string[] = [];
  /** Whether the file's starts show a day's schedule, and rows the midnight answer left out. */
  readonly untimed = new UntimedMidnights();
  /** Whether every start is noon: a day kept without its time. */
  private readonly noonOnly = new NoonOnly();
  /** Start dates written with dots in a file read month-first (dottedStartDate). */
  private readonly dotted = new DottedStartDates();

  /** Starts after the year after next, and the first few as written. */
  private farCount = 0;
  private farYear = 0;
  private readonly far: string[] = [];

  /** A bare number in the time column that cannot be HHMM (its last two digits are 60 or more). */
  private notHhmm: string | undefined;

  /**
   * A time written as a bare number with a dot (`8.50`, `13.00`): H.MM as the UK writes it, or
   * hours with decimals as a spreadsheet or a billing system keeps them (`8.50` = 8:30). Where
   * every such time's minutes are :00, :25 or :50, and some are not :00, nothing tells the two
   * apart: a day of half-hour slots in decimals (`8.00`, `8.50`, `9.00`) reads as H.MM as a day
   * at :00 and :50 only, and would go 20 minutes late. One other minute (`8.30`, `9.15`) says
   * H.MM; `.75` is no minute at all (startFailed).
   */
  private dottedClock(value: string): void {
    const m = /^\d{1,2}\.(\d{2})$/.exec(value.trim());
    if (!m) return;
    const minutes = Number(m[1]);
    if (minutes % 25 !== 0) this.dottedOtherMinute = true;
    else if (minutes !== 0) this.dottedDecimal ??= value.trim();
  }
  /** The first dotted time at :25 or :50 (dottedClock). */
  private dottedDecimal: string | undefined;
  /** A dotted time at another minute than :00, :25 or :50: H.MM for sure. */
  private dottedOtherMinute = false;

  /** A status note in a patient name (`(CANCELLED)`), in a file with no status column. */
  private nameStatus?: { note: string; line: number; count: number; beside: boolean };

  /** Rows the cancellation column calls cancelled while their status word says booked. */
  private cancelAgainstStatus = 0;
  private readonly cancelAgainstSamples: string[] = [];
  private notCancelledAgainstStatus = 0;
  private readonly notCancelledSamples: string[] = [];

  /** The line where a derived id's row first disagreed with an earlier row for the same start. */
  private disagreeingLine = 0;

  /** Whether derived ids are to be checked for one patient's start under two providers. */
  get checksProviderSplit(): boolean {
    return this.opts.checkProviderSplit === true;
  }

  /** The column of each row's event time, when the file is a log of events (event-time-column.ts). */
  get eventTimeColumn(): { header: string; index: number } | undefined {
    return this.opts.eventTimeColumn;
  }

  /** Whether the appointment id column is an imaging schedule's accession (`Accession`,
   *  `Accession Number`): one per ordered exam, so two of one patient at one start for two
   *  procedures are two exams, not one visit written once per resource (resource-split). */
  get idIsAccession(): boolean {
    return this.opts.idColumn !== undefined && headerConcepts(this.opts.idColumn).has('accession');
  }

  /** Rows the status (or a cancellation column) took off the book: cancelled or skipped. */
  private offTheBookRows = 0;
  offTheBook(): void {
    this.offTheBookRows++;
  }

  /** A row that is (or should have been) an appointment: read, or a row error. */
  appointmentRow(): void {
    this.appointmentRows++;
  }

  unknownStatus(word: string): void {
    const n = this.unknownStatuses.get(word);
    this.unknownStatuses.set(n === undefined ? ownString(word) : word, (n ?? 0) + 1);
  }

  /** The status word of an appointment row, in file order (empty when the cell is). */
  statusCell(word: string, meaning: StatusMeaning | undefined, line: number, said = false): void {
    if (this.opts.statusColumn) this.loneMarks.note(word, meaning, said, line);
    if (this.printedOnceChecks && this.opts.statusColumn) this.statusRuns.note(word, meaning, line);
  }

  /** The start of the appointment row whose status was given last (statusCell). */
  rowStart(start: Date, day: string): void {
    this.rowDay = day;
    this.startClock.rowRead();
    if (this.printedOnceChecks && this.opts.statusColumn) this.statusRuns.started(start.getTime(), day);
  }

  /** An appointment row's provider id and name cells as written ('' when empty), after its start. */
  providerCell(id: string, name: string, line: number): void {
    this.providerCells.note(id !== '' || name !== '', line);
    this.providerRepeats.note(id, name, line, this.rowDay);
    this.rowDay = undefined;
  }

  /** A row skipped for having no patient, with its status word. */
  patientlessRow(word: string, meaning: StatusMeaning | undefined, line: number): void {
    if (this.printedOnceChecks && word) this.patientless.note(word, meaning, line);
  }

  private get printedOnceChecks(): boolean {
    return !!(this.opts.checkIdGaps && this.opts.printedReport);
  }

  /** A patient name carried `note`, a word that says cancelled or not an appointment; `beside`
   *  a status column that sends the row as booked. */
  statusInName(note: string, line: number, beside: boolean): void {
    if (this.nameStatus) this.nameStatus.count++;
    else this.nameStatus = { note: ownString(note), line, count: 1, beside };
  }

  /** A type, reason or description that says cancelled or not an appointment, on a row that
   *  would go as booked (row-defaults.ts). */
  private readonly offBook = new ColumnSightings();
  offBookText(column: string, value: string, line: number): void {
    if (this.noteAnswered(column, value)) return;
    this.offBook.note(column, value, line);
  }

  /** A booked row's time cell written as a range of `minutes` (range-windows.ts); `named` when
   *  its words name a visit that long. A range the practice answered is left alone. */
  private readonly windows = new RangeWindows();
  timeRange(column: string, value: string, minutes: number, line: number, named: boolean): void {
    this.windows.range(column, value, minutes, line, named || this.noteAnswered(column, value));
  }

  /** The cancellation column says cancelled (`value`) on a row whose status word is a booked one. */
  cancelledButBooked(value: string, word: string): void {
    if (!this.opts.cancelColumn) return;
    this.cancelAgainstStatus++;
    const sample = `${word} / ${value}`;
    if (this.cancelAgainstSamples.length < MAX_SAMPLES && !this.cancelAgainstSamples.includes(sample))
      this.cancelAgainstSamples.push(ownString(sample));
  }

  /** The cancellation flag says no (`N`, `0`, `False`) on a row whose status word cancels. */
  bookedButCancelled(value: string, word: string): void {
    if (!this.opts.cancelFlagColumn) return;
    this.notCancelledAgainstStatus++;
    const sample = `${word} / ${value}`;
    if (this.notCancelledSamples.length < MAX_SAMPLES && !this.notCancelledSamples.includes(sample))
      this.notCancelledSamples.push(ownString(sample));
  }

  startFailed(column: string | undefined, value: string): void {
    this.startFailures++;
    this.startColumn ??= column;
    if (value && this.startSamples.length < MAX_SAMPLES && !this.startSamples.includes(value))
      this.startSamples.push(value);
    // `570` or `1380`: the last two digits are no minutes, so the column is not HHMM (minutes
    // after midnight, a duration…) and its other numbers that happen to read as HHMM are wrong too.
    // So with `8.75` among dotted times: hours with decimals, where `8.50` is 8:30, not 8:50.
    const compact = /^(?:\d{3,4}|\d{1,2}\.\d{2})$/.exec(value.trim());
    if (compact && Number(compact[0].slice(-2)) >= 60) this.notHhmm ??= value.trim();
  }

  /**
   * A start read from `value` at `hour` (0–23). Without AM/PM, `1:30` is 01:30; in a file whose
   * other times stop at 12:xx that is far likelier a 12-hour clock's 1:30 PM written without it.
   */
  clock(time: TimeOfDay, meridiem: boolean, value: string, answer?: AfterNoonAnswer): void {
    const hour = time.hour;
    if (hour === 0 && time.minute === 0 && time.second === 0) {
      this.midnightCount++;
      if (this.midnight.length < MAX_SAMPLES && !this.midnight.includes(value))
        this.midnight.push(ownString(value));
    }
    this.untimed.start(time, value);
    this.noonOnly.start(time, value);
    // The practice's twelve-hour answer read it (map/after-noon.ts): its own checks, not the plain clock's.
    if (answer) this.startClock.answered(time, answer, value);
    else this.startClock.start(time, meridiem, value);
    if (!meridiem) this.dottedClock(value);
  }

  /** An end time read on a row (map/row-span.ts): the clock the file writes. */
  endClock(time: TimeOfDay, meridiem: boolean): void {
    this.startClock.endClock(time, meridiem);
  }

  /**
   * A start written as an instant (`Z` or a UTC offset) at `localHour` in the practice's zone.
   * Most of a file's appointments starting between 00:00 and 04:59 there means the instants are
   * not what they say: the practice's own clock marked as UTC (`09:00Z` for 9 in the morning in
   * Los Angeles is 01:00 there), or a time-zone setting that is not the practice's.
   */
  instantStart(
    localHour: number,
    localClock: string,
    value: string,
    labelled = false,
    writtenHour?: number,
  ): void {
    this.instantCount++;
    this.startClock.instant();
    this.readAsWritten(localHour, localClock, value, labelled, writtenHour);
    // A header's UTC is one label over the whole column, not each value's own mark: one night
    // start under it is as likely the practice's clock labelled UTC (9:00 AM is 4 AM in New York).
    // Its night starts at 22:00: east of UTC the labelled clock lands in the evening instead
    // (5:00 PM labelled UTC is 10:30 PM in Kolkata, 3 AM in Sydney).
    if (localHour >= 5 && !(labelled && localHour >= 22)) return;
    if (labelled) this.labelledNight = true;
    if (this.instantNightCount++ === 0) this.instantNightFirst = `'${ownString(value)}' is ${localClock}`;
    if (this.instantNight.length < MAX_SAMPLES && !this.instantNight.includes(value))
      this.instantNight.push(ownString(value));
  }

  /**
   * The UTC clock as written beside the practice's clock it converts to. Where every start reads
   * as written as a day's schedule (07:00 to 18:59) and converted at least one lands early or
   * late (21:00 to 05:59 there), the export more likely wrote the practice's own day marked as
   * UTC than a day that starts at 5 AM or ends at 9 PM: `10:00` to `16:30` under a UTC header
   * are 5:00 AM to 11:30 AM in a New York winter, `08:00` to `17:00` noon to 9 PM in Dubai (only
   * a zone 3 hours or more from UTC can move a day so). A `Z` (or `+00:00`) on each value, as a
   * JSON serialiser writes the practice's own clock, holds where a start lands before 06:00 or
   * after 22:00: `10:00Z` to `16:00Z` are 5 AM to 11 AM in a New York winter, `09:00Z` to
   * `17:00Z` 2:30 PM to 10:30 PM in Kolkata. A real UTC export of a day in the Americas or Asia is
   * written across 19:00 to 06:59 UTC and is never a day as written; a Gulf clinic's evening to
   * 10 PM goes (`18:00Z` is 22:00 in Dubai).
   */
  private readAsWritten(
    localHour: number,
    localClock: string,
    value: string,
    labelled: boolean,
    writtenHour?: number,
  ): void {
    if (writtenHour === undefined) {
      this.utcDayAsWritten = false;
      return;
    }
    if (writtenHour < 7 || writtenHour > 18) this.utcDayAsWritten = false;
    // Clocks are zero-padded `HH:MM`, so they compare as text.
    if (localHour >= 6 && (labelled ? localHour < 21 : localClock <= '22:00')) return;
    if (labelled) this.utcEdgeLabelled = true;
    if (this.utcEdgeCount++ === 0) this.utcEdgeFirst = `'${ownString(value)}' is ${localClock}`;
    if (this.utcEdge.length < MAX_SAMPLES && !this.utcEdge.includes(value))
      this.utcEdge.push(ownString(value));
  }
  /** Every UTC-written start so far reads as written between 07:00 and 18:59 (readAsWritten). */
  private utcDayAsWritten = true;
  /** An edge start under a UTC header, whose edge hours are 21:00 to 05:59 (readAsWritten). */
  private utcEdgeLabelled = false;
  private utcEdgeCount = 0;
  private utcEdgeFirst = '';
  private readonly utcEdge: string[] = [];

  /** Withdrawal columns set on a row that goes as booked. */
  private readonly withdrawnBooked = new ColumnSightings();

  /** End columns whose date falls days after a booked row's start (map/row-span.ts). */
  private readonly spanning = new ColumnSightings();
  /** The start day of each such column's first row. */
  private readonly spanStarts = new Map<string, string>();
  /** Each column's longest span (days from the start's day to the end's). */
  private readonly longestSpan = new Map<string, number>();

  /** Repeat rules on booked rows, per column: the first, how many rows, and each patient's
   *  days under each rule (capped), to tell a file that lists the occurrences themselves. */
  private readonly rules = new ColumnSightings();
  private readonly ruleDays = new Map<string, Set<string>>();
  private readonly expandedRules = new Set<string>();
  private readonly occurrenceDays = new OccurrenceDays();

  /** A booked row of `patient` on `day` (at `start`) whose `column` states the repeat rule `value`. */
  repeatRule(column: string, value: string, patient: string, day: string, line: number, start?: Date): void {
    this.rules.note(column, value, line);
    this.occurrenceDays.note(column, value, patient, start ? String(start.getTime()) : day, line);
    if (this.expandedRules.has(column)) return;
    // The rule without the occurrence's place (`Weekly (4 of 8)`, then `Weekly (5 of 8)`): one rule.
    const key = `${column}\u0000${withoutOccurrencePlace(value).toLowerCase()}\u0000${patient}`;
    let days = this.ruleDays.get(key);
    if (!days) {
      if (this.ruleDays.size >= 20_000) return;
      days = new Set();
      this.ruleDays.set(ownString(key), days);
    }
    days.add(ownString(day));
    // One patient's two visits under one rule on different days: the occurrences are listed.
    if (days.size > 1) this.expandedRules.add(ownString(column));
  }

  /** A booked row ends (`value` in `column`) two days or more after its start's day. */
  spansDays(column: string, value: string, startDay: string, line: number, days: number): void {
    if (!this.spanStarts.has(column)) this.spanStarts.set(ownString(column), ownString(startDay));
    if (days > (this.longestSpan.get(column) ?? 0)) this.longestSpan.set(ownString(column), days);
    this.spanning.note(column, value.trim(), line);
  }

  /** Columns besides the status that say cancelled on a row that goes as booked, and what each
   *  distinct text says (a few thousand kept). */
  private readonly cancelTextBooked = new ColumnSightings();
  /** Outreach columns' lapses on booked rows, and the outreach columns that wrote a missed visit. */
  private readonly outreachLapses = new ColumnSightings();
  private readonly missedVisitColumns = new Set<string>();
  private readonly cancelTexts = new Map<string, boolean>();
  private readonly cancelTypes = new Map<string, boolean>();

  /** A row about to go as booked: is one of the free withdrawal columns set on it, does a
   *  column besides the status say cancelled, or (no status) a free column's whole value? */
  /** Ids of every appointment row, for ids a spreadsheet rounded (rounded-ids.ts). */
  private readonly roundedIds = new Map<string, RoundedIds>();

  /** An appointment row's cells: its ids are checked for rounding. */
  longIdCells(values: readonly string[]): void {
    for (const c of this.opts.longIdColumns ?? []) {
      let ids = this.roundedIds.get(c.header);
      if (!ids) this.roundedIds.set(c.header, (ids = new RoundedIds()));
      ids.note(values[c.index] ?? '');
    }
  }

  bookedRow(values: readonly string[], line: number): void {
    for (const c of this.opts.withdrawalColumns ?? []) {
      const v = values[c.index] ?? '';
      if (isWithdrawn(c, v)) this.withdrawnBooked.note(c.header, v.trim(), line);
    }
    for (const c of this.opts.cancelTextColumns ?? []) {
      const v = (values[c.index] ?? '').trim();
      if (!v || this.noteAnswered(c.header, v)) continue;
      if (c.aboutOutreach) {
        // Its lapse is the invite's or the reminder's, unless the column writes a missed visit
        // too (`No Show` beside `Expired`): then it is the visit's own status, its lapse unknown.
        if (outreachLapsed(v)) {
          this.outreachLapses.note(c.header, v, line);
          continue;
        }
        if (saysVisitMissed(v)) this.missedVisitColumns.add(ownString(c.header));
      }
      if (c.readAs === 'parts') {
        if (this.wordsSayOff(v, 'parts')) this.cancelTextBooked.note(c.header, v, line);
      } else if (
        this.saysCancelled(v, c.wholeValue === true) ||
        (c.readAs && this.wordsSayOff(v, c.readAs, c.aboutPatient === true))
      )
        this.cancelTextBooked.note(c.header, v, line);
      else if (!c.wholeValue && this.noSlot(v)) this.noSlotBooked.note(c.header, v, line);
    }
    for (const c of this.opts.blockTextColumns ?? []) {
      const v = (values[c.index] ?? '').trim();
      if (v && this.blockTexts.takesOff(v)) this.offBookText(c.header, v, line);
    }
    this.statusCodes?.note(values, line);
    for (const w of this.freeWatch) {
      const v = values[w.index] ?? '';
      if (v && this.noteAnswered(w.header, v.trim())) continue;
      if (v && !w.words.tooMany && w.words.takesOff(v)) this.freeOffBook.note(w.header, v.trim(), line);
    }
  }

  /** Whether the practice answered this text of this column (booked, or it would not be booked). */
  private noteAnswered(column: string, text: string): boolean {
    return !!this.opts.answeredNotes?.some((n) => n.answered(column, text));
  }

  /** Columns besides the status whose whole value names a wait list (namesNoSlotList) on a row the
   *  status sends as booked, and what each distinct text says. */
  private readonly noSlotBooked = new ColumnSightings();
  private readonly noSlotTexts = new Map<string, boolean>();
  private noSlot(text: string): boolean {
    let v = this.noSlotTexts.get(text);
    if (v === undefined) {
      v = namesNoSlotList(text);
      if (this.noSlotTexts.size < 10_000) this.noSlotTexts.set(ownString(text), v);
    }
    return v;
  }

  /** Free columns (no status) whose whole value takes a row that goes as booked off the book. */
  private readonly freeOffBook = new ColumnSightings();
  private readonly freeWatch: Array<CancelTextColumn & { words: OffBookValues }>;
  private readonly statusCodes?: StatusCodeSplits;
  private readonly blockTexts: BlockTexts;

  /** Whether a text says cancelled (a type: by its whole value), once per distinct text: a type
   *  column repeats a few values on every row. */
  private saysCancelled(text: string, wholeValue: boolean): boolean {
    const texts = wholeValue ? this.cancelTypes : this.cancelTexts;
    let v = texts.get(text);
    if (v === undefined) {
      v = wholeValue ? typeSaysCancelled(text) : saysCancelled(text);
      if (texts.size < 10_000) texts.set(ownString(text), v);
    }
    return v;
  }

  /** Whether a free column's whole value says off the book or moved (wordsSayOff), once per
   *  distinct text and reading. */
  private readonly offWords = {
    status: new Map<string, boolean>(),
    'visit-status': new Map<string, boolean>(),
    reply: new Map<string, boolean>(),
    parts: new Map<string, boolean>(),
  };
  /** The same for a column headed for the patient or account (`Inactive` is no record state there). */
  private readonly offWordsAboutPatient = {
    status: new Map<string, boolean>(),
    'visit-status': new Map<string, boolean>(),
    reply: new Map<string, boolean>(),
    parts: new Map<string, boolean>(),
  };
  private wordsSayOff(
    text: string,
    readAs: NonNullable<CancelTextColumn['readAs']>,
    aboutPatient = false,
  ): boolean {
    // One map per reading, keyed by the text itself: no key string joined per row.
    const texts = (aboutPatient ? this.offWordsAboutPatient : this.offWords)[readAs];
    let v = texts.get(text);
    if (v === undefined) {
      v = wordsSayOff(text, readAs, aboutPatient);
      if (texts.size < 10_000) texts.set(ownString(text), v);
    }
    return v;
  }

  /**
   * A start written as exactly midnight UTC (`2027-03-02T00:00:00Z`) that is another hour in the
   * practice's zone (11:00 in Sydney): a date a program wrote with no time, or a real start, as
   * Cliniko writes every start in UTC. It counts as a date with no time when no start of the file
   * is an instant at another hour (the column then carries no times), and when it falls on the day
   * before in the practice's zone or at night there (`dayBeforeOrNight`: 8 PM the day before in
   * New York, 01:00 in Paris), where a date written at UTC midnight lands.
   */
  utcMidnight(value: string, dayBeforeOrNight: boolean): void {
    this.utcMidnightCount++;
    if (dayBeforeOrNight) this.utcMidnightShifted++;
    if (this.utcMidnightSamples.length < MAX_SAMPLES && !this.utcMidnightSamples.includes(value))
      this.utcMidnightSamples.push(ownString(value));
  }
  /**
   * A start at exactly midnight UTC whose row's own end is an instant minutes or hours after it
   * (row-start.ts): read as the time it is, unless every start of the file is at midnight UTC. A
   * program that writes an untimed item as UTC midnight may write its end as the start plus a
   * default length (30 minutes, an hour); a column of nothing but midnight UTC carries no times,
   * ends or none (red team 59r1: every row sent at 5 PM the day before in Los Angeles).
   */
  utcMidnightTimed(value: string, lastsMs: number, localMinutes: number): void {
    this.utcMidnightTimedCount++;
    this.longMidnights.midnight(value, lastsMs, localMinutes);
    this.utcMidnight(value, false);
  }
  /** A row's visit lasting `lastsMs`, its start not at midnight UTC (map/row-span.ts), starting
   *  `localMinutes` after midnight on the practice's clock: what proves a long one that is. */
  longVisit(lastsMs: number, localMinutes: number): void {
    this.longMidnights.visit(lastsMs, localMinutes);
  }
  private utcMidnightTimedCount = 0;
  /** Midnight UTC starts with an end hours on, and the file's other long visits. */
  private readonly longMidnights = new LongMidnightVisits();
  private utcMidnightCount = 0;
  /** Those that fall on the day before in the practice's zone, or at night there. */
  private utcMidnightShifted = 0;
  private readonly utcMidnightSamples: string[] = [];

  /** Rows of one appointment disagree, one booked and one cancelled: one patient with one
   *  provider at one start (one derived id), or one id of the export; `line` is the later one. */
  sameStartDisagrees(line: number): void {
    this.disagreeingLine ||= line;
  }

  /** What a doubt about the start-time column names: its field and header. */
  private startTimeColumn(field: string): Pick<Doubt, 'kind' | 'field' | 'column'> {
    return { kind: 'start-time', field, ...(this.opts.timeColumn ? { column: this.opts.timeColumn } : {}) };
  }

  /** A start date cell, once per distinct value, of a file read month-first. */
  dottedStartDate(value: string): void {
    this.dotted.note(value);
  }

  /** A date that is impossible in the chosen order but a real date in the other one. */
  otherOrderOnly(value: string): void {
    if (this.otherOrder.length < MAX_SAMPLES && !this.otherOrder.includes(value)) this.otherOrder.push(value);
  }

  /**
   * A start after the year after next. No practice books that far ahead, and a year that
   * far is another calendar's (Thailand's Buddhist era writes 2570 for 2027, or `70` for short;
   * Nepal's Bikram Sambat 2083), or the column is not the appointment's date.
   */
  farStart(value: string, lastYear: number): void {
    this.farCount++;
    this.farYear = lastYear;
    if (this.far.length < MAX_SAMPLES && !this.far.includes(value)) this.far.push(ownString(value));
  }

  /** A zone written after a time or in a start header (or stated by the title line `titleLine`)
   *  that is not the practice's, or that the connector does not know. */
  zone(
    abbreviation: string,
    verdict: 'disagrees' | 'unknown',
    titleLine?: string,
    said?: 'title' | 'stamp',
  ): void {
    if (!this.zones.has(abbreviation))
      this.zones.set(ownString(abbreviation), {
        verdict,
        ...(titleLine ? { titleLine: ownString(titleLine) } : {}),
        ...(said === 'stamp' ? { stamp: true as const } : {}),
      });
  }

  /** A zone the title states: a person who confirms the mapping says the times are the practice's. */
  private titleZoneDoubt(zone: string, verdict: 'disagrees' | 'unknown', line: string, stamp?: true): Doubt {
    const tz = this.opts.timeZone;
    if (stamp)
      return {
        kind: 'time-zone',
        check: 'title-zone',
        subjects: [zone],
        message: `the report was printed on a clock in '${zone}' ('${displayText(line, 80)}'), not the practice's time zone (${tz}): systems that show times in the signed-in user's zone (a billing office in another state) print the schedule on that clock too, so the times may be ${zone} times and would go an hour or more off`,
        samples: [displayText(line, 60)],
        question: `Are the times in this export ${tz} times? If they are on the clock of the user who printed it, have the export made with the practice's time zone (the user's time-zone setting in the scheduling software); confirm the mapping only if they are ${tz} times`,
      };
    return {
      kind: 'time-zone',
      check: 'title-zone',
      // Confirming says the times are the practice's though the title says this zone: a later
      // title stating another zone is asked (answered-checks.ts).
      subjects: [zone],
      message:
        verdict === 'disagrees'
          ? `the title line '${displayText(line, 80)}' says the times are in '${zone}', which is not the practice's time zone (${tz}): they would go as ${tz} times`
          : `the title line '${displayText(line, 80)}' states the time zone '${zone}', which the connector does not know: the times may not be the practice's (${tz})`,
      samples: [displayText(line, 60)],
      question: `Are the times written in ${tz}? If not, set the practice's time zone or export the times in the practice's zone; confirm the mapping only if they are ${tz} times`,
    };
  }

  /** A zone written after the times. The practice's own name for one season written in the other
   *  (`CST` on a Chicago day of summer time) is said so: people write it all year for the clock. */
  private writtenZoneDoubt(abbr: string, verdict: 'disagrees' | 'unknown'): Doubt {
    const tz = this.opts.timeZone;
    const season = verdict === 'disagrees' ? practiceSeasonName(abbr, tz) : undefined;
    if (season)
      return {
        kind: 'time-zone',
        message: `times are written with '${abbr}', ${tz}'s name for its ${season} time, on days its clocks keep ${season === 'standard' ? 'daylight' : 'standard'} time: either the export writes '${abbr}' all year for the practice's clock, or these times are an hour off the schedule`,
        samples: [abbr],
        question: `Are these the times the schedule shows (the export writes '${abbr}' all year)? Confirm the mapping only if they are: they are then sent as written, on ${tz}'s clock`,
      };
    return {
      kind: 'time-zone',
      message:
        verdict === 'disagrees'
          ? `times are written with the zone '${abbr}', which is not the practice's time zone (${tz})`
          : `times are written with the zone '${abbr}', which the connector does not know`,
      samples: [abbr],
      // No per-file zone is kept: the practice's one zone setting is the answer (zone-setting.ts).
      // An answer "these times are in CST" is not offered: the disagreement is the only sign that
      // the setting may be wrong, and silenced for good it would leave every export of the
      // practice that writes no zone an hour or more off. Where the setting is right, the export
      // writes another office's clock, and only the export can stop doing so.
      question: `Is the practice's time zone ${tz} right for this export? If the times written '${abbr}' are the practice's own clock (its schedule shows them as written), it is not: ${changeZoneHow(tz)}. If ${tz} is right, the export writes another office's clock: set the scheduling software to export the practice's own times (or times without a zone). Confirming the mapping changes neither: the file stays held while its times say '${abbr}'`,
    };
  }

  /** `legend`: the file's own legend (read/status-legend.ts), which may explain a lone mark. */
  doubts(legend: readonly LegendEntry[] = []): Doubt[] {
    const out: Doubt[] = [];
    if (this.unknownStatuses.size) {
      const words = [...this.unknownStatuses.keys()];
      out.push({
        kind: 'status',
        field: 'status',
        ...(this.opts.statusColumn ? { column: this.opts.statusColumn } : {}),
        message: `${words.length === 1 ? 'a status the connector does not know' : `${words.length} statuses the connector does not know`}: ${words
          .slice(0, MAX_SAMPLES)
          .map(
            (w) =>
              `'${w}' (${this.unknownStatuses.get(w)} row${this.unknownStatuses.get(w) === 1 ? '' : 's'})`,
          )
          .join(', ')}`,
        // Every unknown word is a sample: the review asks about each one, so all are answered at once.
        samples: words.slice(0, 40),
        question: `What does ${words
          .slice(0, 3)
          .map((w) => `'${w}'`)
          .join(', ')} mean: booked, cancelled, or not an appointment?${movedHint(words)}`,
      });
    }
    out.push(...this.loneMarks.doubts(this.opts.statusColumn, legend));
    if (this.appointmentRows > 0 && this.startFailures === this.appointmentRows) {
      out.push({
        kind: 'start-time',
        field: 'time',
        ...(this.startColumn ? { column: this.startColumn } : {}),
        message: `no row has a start time the connector can read (${this.startFailures} row${this.startFailures === 1 ? '' : 's'}); appointments are never sent at midnight by default`,
        samples: this.startSamples,
        question: 'Which column holds the start time, and how is it written?',
      });
    }
    if (this.opts.timeField)
      out.push(
        ...this.startClock.doubts(
          this.startTimeColumn(this.opts.timeField),
          writesTwelveHourClock(this.opts.timeZone),
          yearOffsets(this.opts.timeZone),
          this.answeredUtc.answered,
        ),
      );
    const otherDay = this.startDays.doubt();
    if (otherDay) out.push(otherDay);
    if (this.opts.timeField && (this.labelledNight || this.instantNightCount * 2 > this.instantCount)) {
      const n = this.instantNightCount;
      out.push({
        check: 'utc-night',
        ...this.startTimeColumn(this.opts.timeField),
        message: `${n} of ${this.instantCount} appointments would start between ${this.labelledNight ? '22:00' : '00:00'} and 04:59 in ${this.opts.timeZone}, reading their times as the UTC instants they are written as (${this.instantNightFirst} there): the export may write the practice's own times marked as UTC, or the time zone is not the practice's`,
        samples: this.instantNight,
        question: utcNightQuestion(this.opts.timeZone, 'these appointments really start at night'),
        ...(this.writtenUtc.seen ? { writtenClock: this.writtenUtc.seen } : {}),
      });
    } else if (this.opts.timeField && this.utcDayAsWritten && this.utcEdgeCount > 0) {
      const n = this.utcEdgeCount;
      out.push({
        check: 'utc-night',
        ...this.startTimeColumn(this.opts.timeField),
        message: `every start, read as written, is between 07:00 and 18:59 (a day's schedule), yet read as the UTC it is marked as, ${n} of ${this.instantCount} would start between ${this.utcEdgeLabelled ? '21:00 and 05:59' : '22:01 and 05:59'} in ${this.opts.timeZone} (${this.utcEdgeFirst} there): the export may write the practice's own times marked as UTC, or the time zone is not the practice's`,
        samples: this.utcEdge,
        question: utcNightQuestion(this.opts.timeZone, 'these appointments really start at those hours'),
        ...(this.writtenUtc.seen ? { writtenClock: this.writtenUtc.seen } : {}),
      });
    }
    const answeredUtc = this.opts.timeField
      ? this.answeredUtc.doubt(this.startTimeColumn(this.opts.timeField), this.opts.timeZone)
      : undefined;
    if (answeredUtc) out.push(answeredUtc);
    const yearDayMonth = this.yearDayMonth.doubt();
    if (yearDayMonth) out.push(yearDayMonth);
    const startZones = this.startZones.doubt(this.opts.timeZone, this.opts.plainStartsLocal === true);
    if (startZones) out.push(startZones);
    for (const c of this.opts.longIdColumns ?? []) {
      const ids = this.roundedIds.get(c.header);
      const rounded = ids && roundedIdsDoubt(c.header, c.field, ids);
      if (rounded) out.push(rounded);
    }
    if (this.opts.timeField && !this.notHhmm && this.dottedDecimal && !this.dottedOtherMinute) {
      out.push({
        check: 'not-hhmm',
        ...this.startTimeColumn(this.opts.timeField),
        message: `the times are numbers with a dot whose minutes are only :00, :25 or :50 ('${this.dottedDecimal}'): hours and minutes (H.MM), or hours with decimals (${decimalHours(this.dottedDecimal)})? Read as H.MM they may go 10 or 20 minutes late`,
        samples: [this.dottedDecimal],
        question: 'How are the start times written? Export them as times (9:30 or 9:30 AM)',
      });
    }
    if (this.opts.timeField && this.notHhmm && this.startFailures < this.appointmentRows) {
      out.push({
        check: 'not-hhmm',
        ...this.startTimeColumn(this.opts.timeField),
        message: this.notHhmm.includes('.')
          ? `the times are bare numbers and '${this.notHhmm}' cannot be hours and minutes (H.MM), so the numbers that look like times cannot be trusted either (hours with decimals? 8.50 = 8:30)`
          : `the times are bare numbers and '${this.notHhmm}' cannot be hours and minutes (HHMM), so the numbers that look like HHMM cannot be trusted either (minutes after midnight? 570 = 9:30)`,
        samples: [this.notHhmm],
        question: 'How are the start times written? Export them as times (9:30 or 9:30 AM)',
      });
    }
    // Midnight UTC counts as a date with no time when no start of the file has a time, or when it
    // lands on the day before or at night in the practice's zone.
    const utcDates = this.instantCount === this.utcMidnightTimedCount;
    // A long one that no other long visit of the file starts near is a date with no time too.
    const long = utcDates ? { count: 0, values: [] } : this.longMidnights.unproven();
    const utcMidnights = utcDates ? this.utcMidnightCount : this.utcMidnightShifted + long.count;
    // The practice's answer that midnight means no time (rows left out as row errors) is taken
    // only where the file shows a day's schedule: otherwise those rows are asked about again.
    const untimed = this.untimed;
    const unsafe = untimed.answeredCount > 0 && !untimed.answerable ? untimed.answeredCount : 0;
    const n = this.midnightCount + utcMidnights + unsafe;
    if (this.opts.timeField && n > 0) {
      const midnightSamples = [
        ...this.midnight,
        ...(unsafe ? untimed.answeredSamples : []),
        ...(utcMidnights ? [...long.values, ...this.utcMidnightSamples] : []),
      ]
        .filter((v, i, all) => all.indexOf(v) === i)
        .slice(0, MAX_SAMPLES);
      const offered = this.midnightCount > 0 && utcMidnights === 0 && untimed.answerable;
      const why = untimed.notAnswerable;
      out.push({
        check: 'midnight',
        ...this.startTimeColumn(this.opts.timeField),
        message:
          `${n} row${n === 1 ? ' starts' : 's start'} at exactly midnight (00:00:00), which is how a program writes a date that has no time; appointments are never sent at midnight by default` +
          (unsafe
            ? `. The practice answered that midnight in this column means no time was saved, but here ${why}: asked again`
            : ''),
        samples: midnightSamples,
        ...(offered ? { midnightUntimed: true } : {}),
        question: midnightQuestion(offered, unsafe ? why : undefined),
      });
    }
    const noon = this.opts.timeField
      ? this.noonOnly.doubt(this.startTimeColumn(this.opts.timeField))
      : undefined;
    if (noon) out.push(noon);
    const dotted =
      this.otherOrder.length || this.opts.dayFirstLanguage
        ? undefined
        : this.dotted.doubt(this.opts.startDateColumn?.column);
    if (dotted) out.push(dotted);
    if (this.otherOrder.length) {
      const order = this.opts.order === 'MDY' ? 'month-first' : 'day-first';
      // Dates with dots are read day-first whatever the order (map/parse-date.ts).
      const dotted = this.otherOrder.some((v) => /^\d{1,2}\.\d{1,2}\./.test(v.trim()));
      out.push({
        kind: 'date-order',
        message: dotted
          ? 'dates written with dots are read day-first, but some only make sense month-first (a program that writes 03.25.2027 for 25 March): its 03.04.2027 would go as 3 April'
          : `dates were read ${order}, but some only make sense the other way round`,
        samples: this.otherOrder,
        question: 'Are the dates in this export written day-first or month-first?',
      });
    }
    const dates = this.opts.startDateColumn;
    if (dates && this.farCount > 0) {
      const n = this.farCount;
      out.push({
        check: 'far-ahead',
        kind: 'column',
        ...dates,
        message: `${n} appointment${n === 1 ? ' starts' : 's start'} after ${this.farYear}, more than two years ahead: the years may be another calendar's (the Thai Buddhist era, Nepal's Bikram Sambat), or this is not the appointment's date`,
        samples: this.far,
        question: `Is '${dates.column}' the appointment date, in years of the Gregorian calendar? Export the dates in Gregorian years (or map the right column); confirm the mapping only if these appointments really are that far ahead`,
      });
    }
    const located = this.locationZones.doubt();
    if (located) out.push(located);
    for (const [abbr, { verdict, titleLine, stamp }] of this.zones) {
      if (titleLine) {
        out.push(this.titleZoneDoubt(abbr, verdict, titleLine, stamp));
        continue;
      }
      out.push(this.writtenZoneDoubt(abbr, verdict));
    }
    for (const [column, w] of this.rules.byColumn) {
      if (this.expandedRules.has(column)) continue;
      out.push({
        check: 'repeat-rule',
        kind: 'column',
        column,
        message: `${w.count} row${w.count === 1 ? '' : 's'} that would go as booked state${w.count === 1 ? 's' : ''} a repeat rule (line ${w.line}: '${w.value}') and the file lists no patient's visits of one rule on two days: a recurring series or standing schedule listed once would go as one appointment on its first day only`,
        samples: [w.value],
        question: `Does each row stand for one appointment at its date, or for a whole series? Export one row per visit (the series' occurrences); confirm only if each row is one appointment`,
      });
    }
    const placeTwice = this.occurrenceDays.twice;
    if (placeTwice)
      out.push({
        check: 'occurrence-twice',
        kind: 'column',
        column: placeTwice.column,
        message: `one patient's occurrence '${placeTwice.value}' is at two starts (lines ${placeTwice.otherLine} and ${placeTwice.line}), both would go as booked: one of them may be the slot the visit was moved from`,
        samples: [placeTwice.value],
        question: `Is each of these rows a visit of its own? Export again once the moved visit's old slot is gone, or confirm only if both rows are appointments`,
      });
    for (const [column, w] of this.spanning.byColumn) {
      out.push({
        check: 'spans-days',
        kind: 'column',
        column,
        // Answered for spans as long as these: a practice's two-night stays confirmed never let a
        // later file's series listed once over four weeks go as its first day only.
        subjects: spanSubjects(this.longestSpan.get(column) ?? 2),
        message: `${w.count} row${w.count === 1 ? '' : 's'} that would go as booked end${w.count === 1 ? 's' : ''} days after ${w.count === 1 ? 'its' : 'their'} start (line ${w.line}: starts ${this.spanStarts.get(column)}, ends '${w.value}'): a recurring series or standing order listed once by its first and last day, or a stay, would go as one appointment on its first day only`,
        samples: [w.value],
        question: `Does each row stand for one appointment at its start? Export one row per visit (the series' occurrences), or confirm only if each row is one appointment`,
      });
    }
    for (const [column, w] of this.withdrawnBooked.byColumn) {
      const dated = /\d.*[-/.].*\d/.test(w.value) && w.value.length >= 6;
      out.push({
        check: 'withdrawal-column',
        kind: 'column',
        field: dated ? 'cancelledAt' : 'cancelledFlag',
        column,
        message: `this column is set on ${w.count} row${w.count === 1 ? '' : 's'} that would go as booked (line ${w.line}: '${w.value}'); it may mean ${w.count === 1 ? 'that appointment is' : 'those appointments are'} deleted, cancelled, moved, on a wait list, a request not yet accepted, a duplicate or entered in error, which the status does not say`,
        samples: [w.value],
        question: `Does '${column}' take appointments off the book? Then map it as the cancellation column (or export without those rows); confirm the mapping only if it does not`,
      });
    }
    out.push(
      ...this.persons.doubts({
        ...(this.opts.nameColumn ? { nameColumn: this.opts.nameColumn } : {}),
        ...(this.opts.dobColumn ? { dobColumn: this.opts.dobColumn } : {}),
        timeZone: this.opts.timeZone,
      }),
    );
    const shared = this.patientIds.clash;
    if (shared && this.opts.patientIdColumn) {
      out.push({
        check: 'patient-id-shared',
        kind: 'column',
        field: 'patientId',
        column: this.opts.patientIdColumn,
        // Accepted for these ids given to these people: a later file's id on two other people,
        // or the accepted id on someone new, is asked (the people as a hash: no names kept).
        subjects: namedSplits(sharedIdSubjects(this.patientIds.clashIdPairs)),
        message: `the value '${shared.id}' is given to patients with another name or birth date (again on line ${shared.line}), so it is not one patient's own id (a family or account number?)`,
        samples: [shared.id],
        question: `Is '${this.opts.patientIdColumn}' the patient's own id? If not, which column is (or is there none)?`,
      });
    }
    const twoIds = this.personIds.clash;
    if (twoIds && !shared && this.opts.patientIdColumn) {
      const written = lostZeros(this.personIds.clashWhos) ? this.personIds.clashWhos! : undefined;
      out.push({
        check: 'patient-id-per-visit',
        kind: 'column',
        field: 'patientId',
        column: this.opts.patientIdColumn,
        // Accepted for these pairs of ids: another person's two ids later is asked.
        subjects: namedSplits(this.personIds.clashPairs).map((s) => `ids ${s}`),
        message: written
          ? `one patient (the same name and birth date) has '${this.opts.patientIdColumn}' written two ways, '${written[0]}' and '${written[1]}' on line ${twoIds.line}: a spreadsheet dropped the leading zeros or added decimals on some rows (opened and saved in Excel?), and the patient would be two patients on the portal`
          : `one patient (the same name and birth date) has another '${this.opts.patientIdColumn}' on line ${twoIds.line}, so it is not the patient's own id (a visit, claim or account number?): the patient would be two patients on the portal`,
        samples: written ? [...written] : [],
        question: `Is '${this.opts.patientIdColumn}' the patient's own id? If not, which column is (or is there none)?`,
      });
    }
    const providerIdShared = this.opts.providerIdColumn && this.providerIds.doubt(this.opts.providerIdColumn);
    if (providerIdShared) out.push(providerIdShared);
    const ids = this.idCells;
    if (this.opts.checkIdGaps && this.opts.idColumn && ids.gaps) {
      out.push({
        check: 'id-gaps',
        kind: 'appointment-id',
        field: 'appointmentId',
        column: this.opts.idColumn,
        message: `${ids.emptyOn(`id in '${this.opts.idColumn}'`)}: those would go with an id made from patient, provider and day, and again under the export's own id once it is filled in (the appointment twice on the portal)`,
        samples: [],
        question: 'Which column holds the appointment id (or is there none)?',
      });
    }
    const pids = this.patientIdCells;
    if (this.opts.checkIdGaps && this.opts.patientIdColumn && pids.gaps) {
      const n = pids.empty;
      const col = this.opts.patientIdColumn;
      out.push({
        check: 'patient-id-gaps',
        kind: 'column',
        field: 'patientId',
        column: col,
        message: `'${col}' gives no patient id (empty or 0) on ${n} of ${n + pids.filled} booked appointments (the first on line ${pids.firstEmptyLine}): those patients would go under an id made from name and birth date: on the portal, patients apart from their own records until their '${col}' is filled in`,
        samples: [],
        question: `Do these patients have no '${col}' yet? Enter it in the scheduling software and export again; confirm the mapping only if patients without one may go under an id made from name and birth date`,
      });
    }
    // A grouped report prints the provider once per group ("suppress if duplicated"): the rows
    // under it would go as 'Unassigned provider', and a derived id would change with the row above.
    // A query's `ISNULL(CancelDate, '1900-01-01')` fills the column on every row; a cancellation
    // undone may leave its date behind. Either way the column and the status cannot both be right.
    if (this.cancelAgainstStatus > 0 && this.opts.cancelColumn) {
      const n = this.cancelAgainstStatus;
      out.push({
        check: 'cancel-column',
        kind: 'status',
        field: 'status',
        column: this.opts.cancelColumn,
        message: `'${this.opts.cancelColumn}' says cancelled on ${n} row${n === 1 ? '' : 's'} whose status says booked (status / ${this.opts.cancelColumn})`,
        samples: this.cancelAgainstSamples,
        question: `Which one says whether an appointment is cancelled: the status, or '${this.opts.cancelColumn}'? Confirm the mapping only if '${this.opts.cancelColumn}' is right`,
      });
    }
    // The other way round: a flag that says not cancelled beside `Cancelled` in the status. A
    // reminder service writes the patient's "C" reply into a confirmation column as `Cancelled`
    // while the desk has not taken the visit off the book, and the flag says it is still on.
    if (this.notCancelledAgainstStatus > 0 && this.opts.cancelFlagColumn) {
      const n = this.notCancelledAgainstStatus;
      const col = this.opts.cancelFlagColumn;
      out.push({
        check: 'cancel-column',
        kind: 'status',
        field: 'status',
        column: col,
        message: `'${col}' says not cancelled on ${n} row${n === 1 ? '' : 's'} whose status says cancelled (status / ${col})`,
        samples: this.notCancelledSamples,
        question: `Which one says whether an appointment is cancelled: the status, or '${col}'? Confirm the mapping only if the status is right (those rows then go as cancelled)`,
      });
    }
    if (this.nameStatus) {
      const { note, line, count, beside } = this.nameStatus;
      const against = beside
        ? 'on rows the status sends as booked'
        : 'and no column says whether appointments are cancelled: those rows would go as booked';
      out.push({
        check: 'name-note',
        kind: 'status',
        field: 'status',
        message: `${count === 1 ? 'a patient name carries' : `${count} patient names carry`} a status note ('${note}', line ${line}), ${against}`,
        samples: [note],
        question: beside
          ? 'Are these appointments cancelled? Then give them that status in the scheduling software and export again; confirm the mapping only if the notes do not matter'
          : 'Are these appointments cancelled? Export with the status column; confirm the mapping only if the notes do not matter',
      });
    }
    for (const [column, w] of this.offBook.byColumn) {
      out.push({
        check: 'off-book-text',
        kind: 'status',
        field: 'status',
        column,
        message: `this column says cancelled or not an appointment on ${w.count} row${w.count === 1 ? '' : 's'} that would go as booked ('${w.value}', line ${w.line})`,
        samples: [w.value],
        question: this.opts.statusColumn
          ? `Are these blocked time (lunch, a meeting, a day off) under a placeholder patient? Answer the text shown as not an appointment in the review (${statusOption(w.value, 'skip')}; kept for that text of '${column}' only), or export without those rows; answer booked only if they are booked appointments`
          : `Are these appointments cancelled, or not appointments (blocked time)? Answer the text shown in the review (${statusOption(w.value, 'cancelled')}; kept for that text of '${column}' only: another text is asked again), or export with the status column; answer booked only if they are booked appointments`,
      });
    }
    out.push(...this.windows.doubts());
    for (const [column, w] of this.freeOffBook.byColumn) out.push(freeColumnDoubt(column, w));
    if (this.statusCodes && this.opts.statusColumn)
      out.push(...this.statusCodes.doubts(this.opts.statusColumn));
    if (this.opts.offBookTitle && this.offTheBookRows === 0 && this.appointmentRows > 0)
      out.push(this.opts.offBookTitle);
    for (const [column, w] of this.outreachLapses.byColumn)
      if (this.missedVisitColumns.has(column) && !this.cancelTextBooked.byColumn.has(column))
        this.cancelTextBooked.byColumn.set(column, w);
    for (const [column, w] of this.cancelTextBooked.byColumn)
      out.push(
        saysBesideStatus(
          column,
          w,
          'cancelled',
          `Are these appointments cancelled? Answer the text shown as cancelled in the review (${statusOption(w.value.slice(0, 200), 'cancelled')}; kept for that text of '${column}' only: another text is asked again), or export again once the status says so; answer booked only if they are booked`,
        ),
      );
    for (const [column, w] of this.noSlotBooked.byColumn) {
      // Said once: a reason or note of `Waitlist` is already the off-book text's doubt.
      if (this.cancelTextBooked.byColumn.has(column) || this.offBook.byColumn.has(column)) continue;
      out.push(
        saysBesideStatus(
          column,
          w,
          'on a wait list (no booked time)',
          `Are these appointments on a wait list rather than booked? Then export without them (or map '${column}' as the status); confirm the mapping only if they are booked appointments at these times`,
        ),
      );
    }
    const providers = this.providerCells;
    // Not when the file writes one provider on consecutive rows of a day: then it prints the
    // provider on every row, and the empty ones are appointments without a provider.
    if (
      this.opts.printedReport &&
      this.opts.providerColumn &&
      providers.gaps &&
      !this.providerRepeats.everyRow
    ) {
      out.push({
        check: 'provider-gaps',
        kind: 'column',
        field: 'providerName',
        column: this.opts.providerColumn,
        message: `${providers.emptyOn('provider')}; a report that prints the provider once per group leaves it empty on the rows under it`,
        samples: [],
        question:
          'Does an empty provider mean the same provider as the row above? Then export with the provider on every row; confirm the mapping only if these appointments have no provider',
      });
    }
    const dateCells = this.dateCells;
    if (this.opts.printedReport && this.opts.dateColumn && dateCells.gaps) {
      out.push({
        check: 'date-gaps',
        kind: 'column',
        field: 'date',
        column: this.opts.dateColumn,
        message: `${dateCells.emptyOn('date')}; a report that prints each day's date once, on its first row, leaves it empty on the rows under it, and those appointments could not be sent`,
        samples: [],
        question:
          'Does an empty date mean the same day as the row above? Then answer so (the mapping keeps it: an empty date takes the date of the row above, never across a heading), or export with the date on every row; confirm without that answer only if the rows without a date are to be left out (each is reported as a row error)',
      });
    }
    const runs = this.statusRuns;
    if (runs.printedOnce && runs.first) {
      out.push({
        check: 'status-printed-once',
        kind: 'status',
        field: 'status',
        subjects: namedSplits(runs.wordsAbove),
        ...(this.opts.statusColumn ? { column: this.opts.statusColumn } : {}),
        message: `the status is empty on ${runs.emptyAfterOffBook} appointment${runs.emptyAfterOffBook === 1 ? '' : 's'} below a '${runs.first.word}' (the first on line ${runs.first.line}); a report that prints the status once per group leaves it empty on the rows under it, and they would go as booked`,
        samples: [runs.first.word],
        question:
          'Does an empty status mean the same status as the row above? Then export with the status on every row; confirm the mapping only if an empty status means booked',
      });
    }
    const patientless = this.patientless;
    if (patientless.first) {
      const { line, word } = patientless.first;
      out.push({
        check: 'patient-printed-once',
        kind: 'column',
        field: 'patientName',
        subjects: namedSplits(patientless.words),
        message: `${patientless.count} row${patientless.count === 1 ? ' has' : 's have'} no patient but the status of an appointment ('${word}', line ${line}); a report that prints the patient once per group leaves the name empty on the rows under it, and those appointments would be left out (in snapshot mode, cancelled)`,
        samples: [word],
        question:
          'Does an empty patient mean the same patient as the row above? Then export with the patient on every row; confirm the mapping only if these rows are open slots or blocked time',
      });
    }
    const split = this.patientStarts.clash;
    if (split && this.opts.checkProviderSplit) {
      out.push({
        check: 'provider-split',
        kind: 'appointment-id',
        subjects: namedSplits(this.patientStarts.clashes),
        message: `one patient has rows at the same start with different providers (again on line ${split.line}): one visit written once per procedure or provider would go as two appointments`,
        samples: [],
        question:
          'Are these one appointment? Then export one row per appointment (or with the appointment id); confirm the mapping only if they are separate appointments',
      });
    }
    const twice = this.patientStartIds.clash;
    if (twice && this.opts.checkProviderSplit) {
      out.push({
        check: 'resource-split',
        kind: 'appointment-id',
        field: 'appointmentId',
        subjects: namedSplits(this.patientStartIds.clashes),
        ...(this.opts.idColumn ? { column: this.opts.idColumn } : {}),
        message: `one patient has two appointment ids at the same start (again on line ${twice.line}): one visit written once per booked resource (a doctor and a room, a dentist and a hygienist) would go as two appointments`,
        samples: [],
        question:
          'Are these one appointment? Then export one row per appointment; confirm the mapping only if they are separate appointments',
      });
    }
    const place = this.appointmentPlaces.clash;
    if (place && this.opts.checkProviderSplit) {
      out.push({
        check: 'location-split',
        kind: 'appointment-id',
        ...(this.opts.idColumn ? { field: 'appointmentId', column: this.opts.idColumn } : {}),
        // Accepting "the last row may decide" is for these appointments: another one split in a
        // later file is asked (answered-checks.ts); past the limit, a subject no answer has.
        subjects: namedSplits(this.appointmentPlaces.clashes),
        message: `one appointment is on rows with different locations (again on line ${place.line}): it would go once, and only the last row's location would be shown to the patient`,
        samples: [],
        question:
          'Where is the appointment? Export one row per appointment (with the office the patient goes to); confirm the mapping only if the last row may decide',
      });
    }
    const perProvider = this.ids.providerSplit;
    if (perProvider && this.opts.checkProviderSplit) {
      out.push({
        check: 'id-provider-split',
        kind: 'appointment-id',
        field: 'appointmentId',
        subjects: namedSplits(this.ids.providerSplitIds),
        ...(this.opts.idColumn ? { column: this.opts.idColumn } : {}),
        message: `the appointment id '${perProvider.id}' is on rows with different providers (again on line ${perProvider.line}): one visit written once per provider or resource, and only the last row's provider would be shown`,
        samples: [perProvider.id],
        question:
          'Which provider is the appointment with? Export one row per appointment (the main provider); confirm the mapping only if the last row may decide',
      });
    }
    if (this.visitSplitLine && this.opts.checkProviderSplit) {
      out.push({
        check: 'id-provider-split',
        kind: 'appointment-id',
        subjects: namedSplits(this.visitSplits),
        message: `one patient's visit is on rows with different providers${this.visitSplitPlaces ? ' and locations' : ''} under one encounter number (again on line ${this.visitSplitLine}): it goes once, and only the last row's provider${this.visitSplitPlaces ? ' and location' : ''} would be shown`,
        samples: [],
        question:
          'Which provider is the appointment with? Export one row per appointment (the main provider); confirm the mapping only if the last row may decide',
      });
    }
    const disagreeingLine = this.disagreeingLine || this.ids.disagreement?.line;
    if (disagreeingLine) {
      out.push({
        kind: 'appointment-id',
        message: `two rows for one appointment disagree, one booked and one cancelled (again on line ${disagreeingLine}): they have one appointment id (the export's, or one made from patient, provider and start), and the last row would decide`,
        samples: [],
        question:
          'Is the appointment booked or cancelled? Export again once the schedule says one, or map the appointment-id column if the export has one',
      });
    }
    const clash = this.ids.clash;
    if (clash) {
      out.push({
        kind: 'appointment-id',
        field: 'appointmentId',
        ...(this.opts.idColumn ? { column: this.opts.idColumn } : {}),
        ...idReuseDoubt(clash.id, !!clash.sameStart, clash.line),
      });
    }
    return out;
  }
}

/** A dotted time read as hours with decimals, in words: `8.50` → `8.50 = 8:30`. */
function decimalHours(dotted: string): string {
  const [h, d] = dotted.split('.') as [string, string];
  return `${dotted} = ${Number(h)}:${String((Number(d) * 60) / 100).padStart(2, '0')}`;
}

/** A column besides the status that says `what` on rows the status sends as booked. */
function saysBesideStatus(
  column: string,
  w: { value: string; line: number; count: number },
  what: string,
  question: string,
): Doubt {
  const rows = `${w.count} row${w.count === 1 ? '' : 's'}`;
  return {
    check: 'cancel-text',
    kind: 'status',
    field: 'status',
    column,
    message: `besides the status, this column says ${what} on ${rows} the status sends as booked ('${w.value.slice(0, 60)}', line ${w.line})`,
    // Whole up to 200 characters: the review answers this text as written (note-statuses.ts).
    samples: [w.value.slice(0, 200)],
    question,
  };
}

const MOVES = UNDECIDED_MOVES.map(normalizeStatus);

/** For a word that may say the booking moved (`Umgebucht`, `Siirretty`): which answer is which, so
 *  that the old time is never kept as booked. */
function movedHint(words: readonly string[]): string {
  const moved = words.find((w) => MOVES.some((m) => ` ${normalizeStatus(w)} `.includes(` ${m} `)));
  return moved === undefined
    ? ''
    : ` If '${moved}' marks the old time of a booking moved elsewhere, it is cancelled; if the row is the appointment at its new time, it is booked`;
}

/** The zone's offsets from UTC in minutes this year, winter's and summer's (one if it keeps no
 *  summer time): what a day's UTC times would be moved by (start-clock.ts, unmarked UTC). */
function yearOffsets(zone: string): number[] {
  const year = new Date().getUTCFullYear();
  const at = (month: number): number =>
    Math.round(zoneOffsetMs(zone, Date.UTC(year, month, 15, 12)) / 60_000);
  return [...new Set([at(0), at(6)])];
}
