// Automatic recognition: build a mapping profile for an export nobody has described, from the
// MEANING of its headers (header-meaning.ts) and the SHAPE of the values in its first rows
// (value-shapes.ts). General by construction: there is no list of known files here. Each field
// gets a confidence; the profile is usable as-is when every required field is found.
import { orderEvidence, type DateOrder } from './parse-date.ts';
import { FIELD_LABELS, FIELD_NAMES, type FieldName, type MappingProfile } from './profile.ts';
import { hourAloneBesideMinute, hourMinuteColumns } from './hour-minute-columns.ts';
import { classifyBuiltInStatus } from './status-vocabulary.ts';
import { uidOfGuids } from './uid-column.ts';
import {
  headerRowConcepts,
  headerScore,
  namesAnotherMoment,
  namesAnotherOnesEmail,
  namesOtherParty,
  namesOtherThing,
  otherMomentWords,
  rolesBesideClerk,
  patientsOwnLocation,
  patientsOwnProvider,
  providerByValuesOnly,
  gradedProvider,
  namesAnotherThings,
} from './header-meaning.ts';
import { CONCEPTS } from './header-words.ts';
import { isVisitFlowWord } from './visit-flow-words.ts';
import { measureColumn, type ColumnShape } from './value-shapes.ts';
import { answerConcepts } from './booking-questions.ts';
import { flagsOnly, placesOnly, roomsOnly } from './room-values.ts';
import { placeAndState } from './us-zone-places.ts';
import { codesOnly } from './location-codes.ts';
import { peopleOnly } from './location-people.ts';
import { titlesOnly } from './name-titles.ts';
import { notesColumn } from './note-values.ts';
import { ssnColumn } from './ssn-values.ts';
import { visitOrdinalColumn } from './visit-ordinal.ts';
import { SHARED_ACCOUNT_WHY, sharedByPeople } from './shared-accounts.ts';
import { recordIdConcepts } from './record-id.ts';
import { identityNumberColumn } from './identity-number-column.ts';
import { NUMBER_NAMES } from './identity-number-births.ts';
import { decideWhoseName, otherNames, type WhoseNameQuestion } from './whose-name.ts';
import { decideWholeName } from './whose-whole-name.ts';
import { twinIdRoles } from './twin-id-columns.ts';
import { numberedTwin, twinHoldsTimes } from './numbered-twin.ts';
import { preferFilledStarts } from './partly-empty-starts.ts';
import { appointmentNamedOverVisit } from './appointment-named-id.ts';
import { fillerOverPlacer } from './filler-placer-ids.ts';
import { slotClocks, slotClocksAgree } from './slot-clocks.ts';
import { startTimeBesideDisagrees } from './start-time-beside.ts';
import { clockOwners, OWNER_ZONE } from './whose-clock.ts';
import { setAsideBareType } from './bare-type.ts';

export interface FieldGuess {
  field: FieldName;
  column: string;
  /** 0..1: how sure recognition is (header meaning × value shape). */
  confidence: number;
  why: string;
}

export interface DateOrderGuess {
  order: DateOrder;
  source: 'data' | 'setting';
  /** The value that settled it, e.g. `'25/12/2026' in column 'Appt Date'`. */
  evidence?: string;
}

/** One column that could feed one field, with recognition's score (winners and losers alike):
 *  the trust gate compares them to tell a sure choice from a close call. */
export interface FieldCandidate {
  field: FieldName;
  column: string;
  confidence: number;
}

export interface Recognition {
  profile: MappingProfile;
  fields: FieldGuess[];
  candidates: FieldCandidate[];
  dateOrder: DateOrderGuess;
  unmapped: string[];
  /** Both forms of the start when neither won the close call: a date-time column, and a date
   *  and a time column (the trust gate asks which holds the start). */
  startRival?: {
    dateTime: string;
    date: string;
    time: string;
    /** A row where the date-time's clock is not the time column's beside it (one column of
     *  date-times and no date column: `date` is the date-time's header). */
    disagree?: string;
  };
  /** Split name columns beside another name, or a child's birth date, that may be another
   *  person's (the trust gate asks whose appointment it is). */
  whoseName?: WhoseNameQuestion;
  /** Why some columns are left out, when the reason is not plain (a provider column that is the
   *  patient's own: `PriProv`, `Usual Provider`). */
  leftOut: Array<{ column: string; why: string }>;
  /** Required things not found, in words (empty when usable). */
  missing: string[];
  usable: boolean;
}

export interface RecognizeOptions {
  /** Day/month order when the data does not settle it (the practice setting; default MDY). */
  defaultDateOrder?: DateOrder;
  now?: Date;
  /** The practice's zone: it names the country whose personal identity number may stand for a
   *  missing birth date (identity-number-column.ts). */
  timeZone?: string;
  /** XML only: the repeated record element's path (record-id.ts reads its own `id` by it). */
  recordPath?: string;
}

const MIN_CONFIDENCE = 0.3;
/** A rival within this distance of the winner makes the choice a close call. */
export const CLOSE = 0.15;
/** Fields whose values must have the right shape: a header alone is not enough. */
const STRICT: FieldName[] = [
  'date',
  'time',
  'dateTime',
  'dob',
  'email',
  'cancelledAt',
  'cancelledFlag',
  'duration',
  'end',
];

const START_FIELDS: FieldName[] = ['dateTime', 'date', 'time'];
/** The concepts of the practice's side that name whose clock a start is on (whose-clock.ts). A
 *  site, facility or department is the office's (`Appt Time (Site Time)`): where the file names its
 *  sites, each is checked against the practice's clock (trust/location-zones.ts). */
const CLOCK_HOLDERS = new Set([
  'provider',
  'location',
  'practice',
  'clinic',
  'office',
  'site',
  'facility',
  'department',
  'host',
  'staff',
]);
/** Fields of free text about the visit or its place. The note is left out: a note may be a date. */
const FREE_TEXT: FieldName[] = ['type', 'description', 'reason', 'location', 'address1', 'address2', 'city'];
/** Texts about the visit that a number never is. (A location of numbers is still read: a site's
 *  code keeps per-site reports apart for snapshot mode's cancellations.) */
const CODE_NOT_TEXT: FieldName[] = ['type', 'description', 'reason'];
/** The ids sent to the portal: never a column of Social Security numbers. */
const ID_FIELDS: FieldName[] = ['appointmentId', 'patientId'];

/** A column taken for a field: where, how sure, and why (shown by `detect`). */
interface Taken {
  col: number;
  confidence: number;
  why: string;
}

/** The words of a header but for the name's parts (`first`, `last`, and `name` unless kept):
 *  `Provider` and `Provider Last Name` are one role's (`provider`), `Referring Provider First
 *  Name` another's. */
export function roleBesideNameParts(concepts: ReadonlySet<string>, keepName = false): string {
  return [...concepts]
    .filter((c) => c !== 'first' && c !== 'last' && (keepName || c !== 'name'))
    .sort()
    .join(' ');
}

/** Two columns both headed by a bare id (`ID`, `Id`) that read as the appointment id alike, and
 *  no patient id mapped: the appointment's column and the patient's, when the sample's values
 *  settle it (twin-id-columns.ts); else undefined, and the close call is asked as before. */
function twinIds(
  byField: ReadonlyMap<FieldName, Taken>,
  candidates: ReadonlyArray<{ field: FieldName; col: number; confidence: number }>,
  concepts: ReadonlyArray<ReadonlySet<string>>,
  rows: ReadonlyArray<readonly string[]>,
): [number, number] | undefined {
  const taken = byField.get('appointmentId');
  if (!taken || byField.has('patientId')) return undefined;
  // `ID (2)`: the reader's number for the second column of one name is no word of the header.
  const bareId = (col: number): boolean =>
    concepts[col]!.has('id') && [...concepts[col]!].every((c) => c === 'id' || /^\d+$/.test(c));
  const rival = candidates.find(
    (c) =>
      c.field === 'appointmentId' &&
      c.col !== taken.col &&
      ![...byField.values()].some((t) => t.col === c.col) &&
      c.confidence >= taken.confidence - CLOSE,
  );
  if (!rival || !bareId(taken.col) || !bareId(rival.col)) return undefined;
  const cell = (r: readonly string[], f: FieldName): string => {
    const t = byField.get(f);
    return t ? (r[t.col] ?? '').trim().toLowerCase() : '';
  };
  // The row's cells of `fields` as one key; none when every one of `needed` is empty.
  const joined = (r: readonly string[], fields: FieldName[], needed = fields): string =>
    needed.some((f) => cell(r, f)) ? fields.map((f) => cell(r, f)).join('|') : '';
  const who = (r: readonly string[]) =>
    joined(r, ['patientName', 'lastName', 'firstName', 'dob'], ['patientName', 'lastName', 'firstName']);
  const when = (r: readonly string[]) => joined(r, ['dateTime', 'date', 'time']);
  const cols = [taken.col, rival.col] as const;
  const roles = twinIdRoles(
    rows.map((r) => ({ who: who(r), when: when(r), values: [r[cols[0]] ?? '', r[cols[1]] ?? ''] as const })),
  );
  return roles && [cols[roles.appointment], cols[roles.patient]];
}

/** Every value of the column is seconds after midnight (`32400`) and none reads as a clock. */
function allSeconds(s: ColumnShape): boolean {
  return s.nonEmpty > 0 && s.secondsTime === 1 && s.time === 0;
}

/** Every value of the column is a fraction of a day (`0.375`) and none reads as a clock. */
function allFractions(s: ColumnShape): boolean {
  return s.nonEmpty > 0 && s.fractionTime === 1 && s.time === 0;
}

/** Every value of the column is a spreadsheet day number of an appointment (`46448`): with a
 *  time after the point in some (`46448.375`) for a date-time, in none for a date. */
function allSerials(s: ColumnShape, withTime: boolean): boolean {
  return s.nonEmpty > 0 && s.serialDay === 1 && (withTime ? s.serialWhole < 1 : s.serialWhole === 1);
}

/** How the start-time column writes its times when not as clocks, if every value is so written. */
function timeWritten(s: ColumnShape | undefined): MappingProfile['timeWritten'] {
  if (s && allSeconds(s)) return 'seconds-after-midnight';
  if (s && allFractions(s)) return 'day-fraction';
  return undefined;
}

function shapeFit(field: FieldName, s: ColumnShape, nowYear: number): number {
  if (s.nonEmpty === 0)
    return field === 'email' || field === 'cancelledAt' || field === 'cancelledFlag' ? 0.6 : 0.3;
  const textual = s.integer > 0.8 ? 0.4 : 1;
  const recent = s.medianYear !== undefined && s.medianYear >= nowYear - 3 ? 1 : 0.3;
  const born = s.medianBirthYear;
  switch (field) {
    case 'appointmentId':
    case 'patientId':
      return s.id;
    case 'providerId':
      return Math.min(s.id, s.code);
    case 'patientName':
      return Math.max(s.personName, s.lastFirst);
    case 'firstName':
    case 'lastName':
    case 'middleName':
      return 1 - s.integer;
    case 'dob':
      // A day of mostly babies (a paediatric clinic) has recent birth years: only years after this
      // one rule a birth-date column out, when the header says it is one.
      return s.date * (born === undefined || born < nowYear - 1 ? 1 : born <= nowYear ? 0.8 : 0.2);
    case 'dateTime':
      return allSerials(s, true) ? 1 : s.dateTime * recent;
    case 'date':
      return allSerials(s, false) ? 1 : s.date * recent;
    case 'time':
      // `0930`: only where the header names a time (never by shape alone). Seconds after
      // midnight (`32400`) or fractions of a day (`0.375`) only when every value is one.
      return Math.max(s.time, s.compactTime, allSeconds(s) || allFractions(s) ? 1 : 0);
    case 'end':
      return Math.max(s.time, s.dateTime);
    case 'cancelledAt':
      return Math.max(s.date, s.dateTime);
    case 'duration':
      return s.integer;
    case 'cancelledFlag':
      return s.flag;
    case 'email':
      return s.email;
    case 'status':
      return s.stateCode > 0.8 ? 0.1 : Math.max(s.statusWord, 0.5) * textual;
    case 'state':
      return s.stateCode > 0.8 ? 1 : s.statusWord > 0.5 ? 0.1 : 0.6;
    case 'zip':
      return s.zip;
    case 'providerName':
      // A name is words: a column of times (`Seen` = 09:12 in a patient-tracking log), dates or
      // bare numbers (Open Dental's `ProvHyg` = 5) is some other column, whatever its header says.
      return (1 - Math.max(s.time, s.date, s.dateTime, s.integer)) * (1 - 0.8 * s.code);
    default:
      return textual;
  }
}

/** A column of appointment status words is the status, whatever its header (`Stat`, `Conf`,
 *  Dentally's `State` = `Arrived`, `In Surgery`, `Did not attend`): surely enough to be read
 *  without a question. Reading it is the safe side: its cancel words then cancel, where an unread
 *  column would send them as booked. Not under a header naming something else (`Account Status`,
 *  or a bare `Reminder`, `Confirmation`: Sent, Cancelled are the reminder's) or another person's
 *  (`Guarantor State`): such a column is asked about (column-doubts.ts). Nor under a header naming
 *  a room, chair or operatory: a dental list's `Chair` = `Chair 1` names the place, though `In
 *  chair` is a status word (seated), and had been asked about beside the real `Status`. */
const STATUS_BY_VALUES = 0.8;
function statusByValues(s: ColumnShape, concepts: Set<string>, values: readonly string[]): boolean {
  return (
    s.nonEmpty >= 2 &&
    !concepts.has('room') &&
    s.statusWord >= 0.9 &&
    s.stateCode <= 0.8 &&
    s.integer < 0.5 &&
    (!namesOtherThing(concepts) || confirmationHoldsVisit(concepts, values)) &&
    !namesOtherParty(concepts)
  );
}

/** Named only for the confirmation (`Confirmation Status`), yet holding what happened at the visit
 *  (`Check-in`, `Seen`, `No-Show`), which no confirmation is: the appointment's own status, as
 *  Kareo / Tebra names it (visit-flow-words.ts). Held as "no status column" it was a false hold. */
function confirmationHoldsVisit(concepts: Set<string>, values: readonly string[]): boolean {
  const others = [...concepts].filter((c) => namesOtherThing(new Set([c])));
  return (
    others.length > 0 &&
    others.every((c) => c === 'confirmation' || c === 'confirm') &&
    values.some(isVisitFlowWord)
  );
}

/** Confidence when the header says nothing but the values are unmistakable. A header naming
 *  someone else (`Guarantor Email`, `Parent Name`) is that person's, however patient-like its
 *  values: a child's appointment would go out with the mother's e-mail. (A birth date is still
 *  offered, so that a file with only `Insured DOB` is asked about.) */
function shapeOnly(field: FieldName, s: ColumnShape, nowYear: number, concepts: Set<string>): number {
  if (s.nonEmpty === 0) return 0;
  if (namesOtherParty(concepts) && (field === 'email' || field === 'patientName')) return 0;
  if (field === 'email' && namesAnotherOnesEmail(concepts)) return 0;
  // A header that says when the patient came or was seen on the day (`Seen`, `Arrived`, `Time
  // In`) is never the start, however start-like its times: a tracking log's 09:14 is not the
  // booked 09:00. (A wait list's `Preferred Date` is still offered, so the file is asked about.)
  if (START_FIELDS.includes(field) && concepts.has('arrival')) return 0;
  // Nor is a column whose header names another moment by a word the start never has (a reminder
  // service's `lastReminderSentAt`, `Created`, `Confirmed At`, `Cancel Date`): its date-times are
  // as recent as the starts, and offered by their shape alone they rivalled a bare `date` column,
  // holding the file over a question its header already answers.
  if (START_FIELDS.includes(field) && namesAnotherMoment(concepts)) return 0;
  const recent = s.medianYear !== undefined && s.medianYear >= nowYear - 3;
  switch (field) {
    case 'dateTime':
      return s.dateTime >= 0.9 && recent ? 0.45 : 0;
    case 'dob':
      return s.date >= 0.9 && s.medianBirthYear !== undefined && s.medianBirthYear < nowYear - 1 ? 0.4 : 0;
    case 'date':
      return s.date >= 0.9 && recent ? 0.35 : 0;
    case 'time':
      return s.time >= 0.9 ? 0.4 : 0;
    case 'email':
      return s.email >= 0.9 ? 0.5 : 0;
    case 'patientName':
      return s.lastFirst >= 0.9 ? 0.35 : 0;
    default:
      return 0;
  }
}

const PROVIDER_FIELDS: FieldName[] = ['providerName', 'providerId'];

/** Confidence of a start time read from a date column's numbered twin (numbered-twin.ts). */
const TWIN_TIME = 0.85;

/** Why a visit count is left out (shown by `detect`). */
const VISIT_COUNT_WHY =
  "each patient's visit number in their plan of care (1, 2, 3…), the same for other patients on other days, not an appointment id; appointment ids are made from patient, provider and day";

/** Words that make a two-word value a thing, not a person (`Massage Room`, `Main Calendar`,
 *  `North Clinic`, `Initial Consultation`): a room, a place, a calendar, a visit. A kind of
 *  visit is not among them: `Art`, `Kind` are also people's names. */
const THING_CONCEPTS = ['room', 'location', 'calendar', 'appt', 'resource'];

/** Nearly every value is a person's name (`Dr. Amira Haddad`, `Cordara, Cameron`), and none is
 *  named as a room, a place or a calendar. Run once per column header that needs it. */
function namesOfPeople(s: ColumnShape, values: string[], sites = false): boolean {
  if (s.nonEmpty === 0 || Math.max(s.personName, s.lastFirst) < 0.9) return false;
  // Under a location's header, sites named `Evansville, IN` are written like `Last, First`:
  // places, each on its own clock (us-zone-places.ts), which a location column left out would
  // send as the practice's. Elsewhere they are names (`Hollis, Georgia` in a Description, `SMITH,
  // MD` under Resource): taken as places, a patient's name went as the visit's description.
  if (sites && values.filter((v) => v.trim() !== '').every((v) => placeAndState(v))) return false;
  for (const v of new Set(values)) {
    for (const w of v.toLowerCase().split(/[^\p{L}]+/u))
      if (CONCEPTS[w]?.some((c) => THING_CONCEPTS.includes(c))) return false;
  }
  return true;
}

/** A provider column whose header may name another role (`Primary Provider`, `Lead Provider`:
 *  header-meaning.ts, rolesBesideClerk) is no candidate beside one whose header names the
 *  appointment's provider plainly (`ProvNum`, `Provider`, `Rendering Provider`, `Resource`): that one
 *  is taken. Alone it stays, and the trust gate asks about it. */
function setAsideOtherRoles(candidates: Array<{ field: FieldName; col: number }>, headers: string[]): void {
  const otherRole = (c: { field: FieldName; col: number }): boolean =>
    PROVIDER_FIELDS.includes(c.field) && rolesBesideClerk(headers[c.col]!).length > 0;
  const plain = candidates.some((c) => PROVIDER_FIELDS.includes(c.field) && !otherRole(c));
  if (!plain) return;
  for (let i = candidates.length - 1; i >= 0; i--) if (otherRole(candidates[i]!)) candidates.splice(i, 1);
}

/**
 * A provider's id and name come from one role's columns. Beside a plain provider column
 * (`Provider`, `Doctor`), a graded one (`Employee ID`, `Staff ID`, `User ID`, `Resource ID`:
 * header-meaning.ts, gradedProvider) is no candidate for the other provider field either: an
 * occupational-health list's `Employee ID` is the worker's (the patient's), a `User ID` whoever
 * keyed the booking in, and taken as the id beside `Provider` = `Nina Patel` each row had gone to
 * the portal under the worker's number as the provider's identifier. The name's own id is then
 * made from the name, as for a list with no provider id.
 */
function setAsideGradedBesidePlain(
  candidates: Array<{ field: FieldName; col: number }>,
  concepts: ReadonlyArray<ReadonlySet<string>>,
): void {
  const graded = (c: { field: FieldName; col: number }): boolean => gradedProvider(concepts[c.col]!);
  for (const field of PROVIDER_FIELDS) {
    const other = field === 'providerName' ? 'providerId' : 'providerName';
    const plainOther = candidates.some((c) => c.field === other && !graded(c));
    const plainHere = candidates.some((c) => c.field === field && !graded(c));
    if (!plainOther || plainHere) continue;
    for (let i = candidates.length - 1; i >= 0; i--)
      if (candidates[i]!.field === field && graded(candidates[i]!)) candidates.splice(i, 1);
  }
}

/** Why a type, reason or description column of notes is left out (shown by `detect`). */
const NOTES_WHY =
  'notes written for each appointment, not a kind of visit: never sent to the portal, where the patient (and anyone with proxy access) would read them';

/** What goes instead of a column left out as rooms: the practice name as the location, or
 *  Unassigned as the provider when no other column gives one. */
function placelessOutcome(why: string, byField: ReadonlyMap<FieldName, unknown>): string {
  if (why === NOTES_WHY) return '';
  if (why.includes('provider'))
    return PROVIDER_FIELDS.some((f) => byField.has(f)) ? '' : '; appointments go as Unassigned provider';
  return byField.has('location') ? '' : '; appointments go with the practice name as their location';
}

/** Columns left out as the patient's own provider or location, with why (shown by `detect`). */
function patientsOwnColumns(
  headers: string[],
  concepts: Array<Set<string>>,
  usedCols: ReadonlySet<number>,
  byField: ReadonlyMap<FieldName, unknown>,
): Array<{ column: string; why: string }> {
  const unassigned = !PROVIDER_FIELDS.some((f) => byField.has(f));
  const placeless = !byField.has('location');
  return headers.flatMap((column, j) =>
    usedCols.has(j)
      ? []
      : patientsOwnProvider(concepts[j]!)
        ? [
            {
              column,
              why:
                "the patient's own provider, not the one the appointment is with" +
                (unassigned
                  ? "; appointments go as Unassigned provider unless the report's title names one"
                  : ''),
            },
          ]
        : patientsOwnLocation(concepts[j]!)
          ? [
              {
                column,
                why:
                  "the patient's own location (their home clinic, or where they are), not where the appointment is" +
                  (placeless ? '; appointments go with the practice name as their location' : ''),
              },
            ]
          : [],
  );
}

/** Why a header was taken for a field, in words; for the start, the word that may make it the
 *  date of something else (`Referral Date`) is named, since that is what the person is asked. */
/** What a bare `Date` or `Time`, or the visit's date by a billing report's name (`Date of Service`,
 *  `Service Date`), is worth as the start when every cell holds a date with a clock time on a
 *  schedule's grid (slot-clocks.ts): sure, as `Start` is. Read from the header alone it stays asked
 *  (a record's stamp, a date-only day); the values are what tell them apart. */
const SLOT_START = 0.8;
const BARE_MOMENT = new Set(['date', 'time', 'type']);

function slotStart(
  field: FieldName,
  concepts: ReadonlySet<string>,
  h: number,
  dateTimes: number,
  values: () => string[],
  timesBeside: () => string[][],
): number {
  if (field !== 'dateTime' || h <= 0 || h >= SLOT_START || dateTimes < 1) return h;
  if (!(concepts.has('date') || concepts.has('time'))) return h;
  if (![...concepts].every((c) => BARE_MOMENT.has(c))) return h;
  if (!slotClocks(values())) return h;
  // A column of times of day beside it that tells another time is the visit's (slot-clocks.ts).
  return timesBeside().every((t) => slotClocksAgree(values(), t)) ? SLOT_START : h;
}

function readsAs(field: FieldName, header: string): string {
  const other = START_FIELDS.includes(field) ? otherMomentWords(header) : [];
  return other.length
    ? `header '${header}' names a date or time, but '${other.join(' ')}' may make it another event's, not the appointment's`
    : `header '${header}' reads as ${FIELD_LABELS[field]}`;
}

function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}

/** Day/month order from values: any `a/b/yyyy` with a part > 12 settles it. */
export function inferDateOrder(
  columns: Array<{ header: string; values: string[] }>,
  fallback: DateOrder,
): DateOrderGuess {
  const votes: Record<DateOrder, string | undefined> = { MDY: undefined, DMY: undefined };
  for (const c of columns) {
    for (const v of c.values) {
      const e = orderEvidence(v);
      if (e && !votes[e]) votes[e] = `'${v.trim()}' in column '${c.header}'`;
    }
  }
  if (votes.DMY && !votes.MDY) return { order: 'DMY', source: 'data', evidence: votes.DMY };
  if (votes.MDY && !votes.DMY) return { order: 'MDY', source: 'data', evidence: votes.MDY };
  return { order: fallback, source: 'setting' };
}

/**
 * Recognise the columns of a table from its header and first rows (`rows[i][j]` = value of
 * column j). Returns a profile named `auto`.
 */
export function recognizeColumns(
  headers: string[],
  rows: string[][],
  opts: RecognizeOptions = {},
): Recognition {
  const nowYear = (opts.now ?? new Date()).getUTCFullYear();
  const shapes = headers.map((_, j) =>
    measureColumn(
      rows.map((r) => r[j] ?? ''),
      opts.now,
    ),
  );
  const concepts = headerRowConcepts(headers).map((c, j) =>
    // A `UID` of GUIDs is a record's key (uid-column.ts); of anything else, no id.
    uidOfGuids(
      headers[j]!,
      rows.map((r) => r[j] ?? ''),
    )
      ? new Set([...[...c].filter((w) => w !== 'uid'), 'id', 'guid'])
      : (recordIdConcepts(opts.recordPath, headers[j]!) ?? c),
  );

  const candidates: Array<Taken & { field: FieldName }> = [];
  const placeless = new Map<number, string>();
  const notAnId = new Map<number, string>();
  const providerNames = (col: number): boolean =>
    shapes[col]!.nonEmpty > 0 &&
    namesOfPeople(
      shapes[col]!,
      rows.map((r) => r[col] ?? ''),
    );
  // A start on the patient's clock (`Start Time (Patient)`, `Client Local Time`) is never the
  // practice's start, however start-like its header and values (whose-clock.ts).
  const owners = clockOwners(headers);
  // The provider's or the office's (`Start Time (Provider)`, `Start (Clinic TZ)`): the practice's
  // own clock, named to tell it from the patient's, so the owner's word, or its zone's, makes it no
  // less surely the start.
  const startConcepts = concepts.map((c, j) =>
    owners[j] === 'holder' ? new Set([...c].filter((x) => !CLOCK_HOLDERS.has(x) && !OWNER_ZONE.has(x))) : c,
  );
  for (const field of FIELD_NAMES) {
    // Only ever beside the provider's last name (pairProviderName, below).
    if (field === 'providerFirstName') continue;
    // Only ever beside the start's hour (hourMinuteColumns, below).
    if (field === 'timeMinute') continue;
    headers.forEach((header, col) => {
      const start = START_FIELDS.includes(field);
      if (start && owners[col] === 'patient') return;
      const s = shapes[col]!;
      const own = start ? startConcepts[col]! : concepts[col]!;
      const h = slotStart(
        field,
        own,
        headerScore(field, own),
        s.dateTime,
        () => rows.map((r) => r[col] ?? ''),
        () =>
          shapes.flatMap((t, j) =>
            j !== col && t.nonEmpty > 0 && t.time >= 0.9 ? [rows.map((r) => r[j] ?? '')] : [],
          ),
      );
      const fit = shapeFit(field, s, nowYear);
      let confidence = h > 0 ? h * (0.4 + 0.6 * fit) : shapeOnly(field, s, nowYear, concepts[col]!);
      if (h > 0 && STRICT.includes(field) && s.nonEmpty > 0 && fit < 0.5) confidence *= 0.1;
      if (h > 0 && field === 'providerName' && s.nonEmpty > 0 && fit === 0) return;
      // Nor the kind, text, reason or place of something else (`Phone Type`, `Dx Description`,
      // `Denial Reason`, `Pharmacy Location`: header-meaning.ts, namesAnotherThings).
      if (h > 0 && namesAnotherThings(field, header)) return;
      // A column of dates is never a text of the visit (`Last DOS` = `10/02/2026` read by its
      // `service` as the type would have gone as the appointment type).
      if (h > 0 && FREE_TEXT.includes(field) && Math.max(s.date, s.dateTime) >= 0.9) return;
      // Nor is a column of bare numbers the type, reason or description: a code (`Appt Type` = `12`,
      // an appointment-type number) the portal would show as the visit's kind, telling nothing.
      if (h > 0 && CODE_NOT_TEXT.includes(field) && s.nonEmpty > 0 && s.integer >= 0.9) return;
      // Nor is a column of courtesy titles (`Title` = `Mr`, `Mrs`, `Master`): the patient's title,
      // which had gone as the kind of visit, even beside the real `Appointment Type`.
      if (h > 0 && FREE_TEXT.includes(field) && titlesOnly(rows.map((r) => r[col] ?? ''))) return;
      // Nor is a column of people's names written `Last, First` (a list's `Title` or a calendar's
      // `Subject` holding the patient, as Microsoft Lists keeps it): taken as the visit's type it
      // left the file with no patient at all, refused, where the column is the patient's to ask about.
      if (
        h > 0 &&
        FREE_TEXT.includes(field) &&
        s.lastFirst >= 0.9 &&
        namesOfPeople(
          s,
          rows.map((r) => r[col] ?? ''),
          field === 'location',
        )
      )
        return;
      // Nor is a column of notes written per appointment (`Description` = `f/u depression, pt
      // anxious about meds`: note-values.ts) the type, reason or description: the portal shows them.
      if (h > 0 && CODE_NOT_TEXT.includes(field) && notesColumn(rows.map((r) => r[col] ?? ''))) {
        placeless.set(col, NOTES_WHY);
        return;
      }
      // Nor is a column of Social Security numbers (`123-45-6789`) any id (ssn-values.ts).
      if (ID_FIELDS.includes(field) && ssnColumn(rows.map((r) => r[col] ?? ''))) return;
      // Nor is a visit's number in the patient's plan of care (`Visit #` = 1, 5, 12: visit-ordinal.ts)
      // the appointment id: the same count is another patient's on another day. Left out, ids derived.
      if (
        h > 0 &&
        field === 'appointmentId' &&
        visitOrdinalColumn(
          header,
          rows.map((r) => r[col] ?? ''),
        )
      ) {
        notAnId.set(col, VISIT_COUNT_WHY);
        return;
      }
      // A `Location` of rooms or chairs (`OP3`, `Chair 5`) names no place to go (room-values.ts):
      // the practice name goes instead.
      if (h > 0 && field === 'location' && roomsOnly(rows.map((r) => r[col] ?? ''))) {
        placeless.set(col, 'rooms or chairs, not the place the patient goes to');
        return;
      }
      // Nor does a `Location` of people (`Dr Smith`, `Jones, Mary MD`: location-people.ts).
      if (h > 0 && field === 'location' && peopleOnly(rows.map((r) => r[col] ?? ''))) {
        placeless.set(col, "people's names, not the place the patient goes to");
        return;
      }
      // Nor does a `Location` of site numbers or codes (`1`, `2`, `LOC02`: location-codes.ts).
      if (h > 0 && field === 'location' && codesOnly(rows.map((r) => r[col] ?? ''))) {
        placeless.set(col, 'numbers or codes, not the name of the place the patient goes to');
        return;
      }
      // A provider column of rooms, chairs or machines (`CT1`, `Chair 3`, `X-Ray Room`: room-values.ts)
      // names no one the patient sees: a provider column beside it is taken, else Unassigned.
      if (h > 0 && PROVIDER_FIELDS.includes(field) && placesOnly(rows.map((r) => r[col] ?? ''))) {
        placeless.set(col, 'rooms, chairs, machines or services, not the provider the patient sees');
        return;
      }
      // Nor does a provider name column of yes/no flags (`Leader` = `Y` / `N`: whether the client
      // leads the group), which had gone as providers named Y and N.
      if (h > 0 && field === 'providerName' && flagsOnly(rows.map((r) => r[col] ?? ''))) {
        placeless.set(col, 'yes/no flags, not the provider the patient sees');
        return;
      }
      if (
        h > 0 &&
        PROVIDER_FIELDS.includes(field) &&
        providerByValuesOnly(concepts[col]!) &&
        !namesOfPeople(
          s,
          rows.map((r) => r[col] ?? ''),
        )
      )
        return;
      // People's names under a provider id header (`Provider ID` = `Patel, Nina`) are the
      // provider's name, never an id: beside a name column they would have gone as the id of
      // whoever that column names.
      if (h > 0 && field === 'providerId' && confidence >= MIN_CONFIDENCE && providerNames(col)) {
        candidates.push({
          field: 'providerName',
          col,
          confidence,
          why: `${readsAs(field, header)}; values are names`,
        });
        return;
      }
      if (
        field === 'status' &&
        statusByValues(
          s,
          concepts[col]!,
          rows.map((r) => r[col] ?? ''),
        )
      )
        confidence = Math.max(confidence, STATUS_BY_VALUES);
      // The start's date again under a numbered name (`AppointmentDate1` beside `AppointmentDate`:
      // numbered-twin.ts), holding clock times where its namesake holds dates alone: the start's
      // time, as a report shows one field in two formats. Asked by shape alone, it was a false hold.
      const twin =
        field === 'time' &&
        h === 0 &&
        twinHoldsTimes(
          s,
          rows.map((r) => r[col] ?? ''),
        )
          ? numberedTwin(headers, col)
          : undefined;
      if (twin !== undefined && shapes[twin]!.date >= 0.9 && headerScore('date', concepts[twin]!) > 0) {
        candidates.push({
          field,
          col,
          confidence: TWIN_TIME,
          why: `'${header}' shows the field of '${headers[twin]}' again: its values are clock times (${pct(Math.max(s.time, s.compactTime))})`,
        });
        return;
      }
      if (confidence < MIN_CONFIDENCE) return;
      const why =
        h > 0
          ? readsAs(field, header) + (s.nonEmpty ? `; values fit (${pct(fit)})` : '; column empty')
          : `values look like ${FIELD_LABELS[field]} (${pct(fit)})`;
      candidates.push({ field, col, confidence, why });
    });
  }
  setAsideOtherRoles(candidates, headers);
  setAsideGradedBesidePlain(candidates, concepts);
  setAsideBareType(candidates, headers, concepts);
  preferFilledStarts(candidates, shapes, headers);
  candidates.sort((a, b) => b.confidence - a.confidence || a.col - b.col);

  const byField = new Map<FieldName, Taken>();
  const usedCols = new Set<number>();
  for (const c of candidates) {
    if (byField.has(c.field) || usedCols.has(c.col)) continue;
    byField.set(c.field, c);
    usedCols.add(c.col);
  }
  const drop = (f: FieldName): void => {
    const g = byField.get(f);
    if (g) usedCols.delete(g.col);
    byField.delete(f);
  };
  // A `Visit No` taken as the appointment id only because it stands to the left of an
  // `Appointment ID` that reads as well: the header naming the appointment wins where its values
  // prove one per row (appointment-named-id.ts), so the order of the columns never decides. So
  // does HL7's filler id (SCH-2) over a placer id (SCH-1) standing to its left (filler-placer-ids.ts).
  const apptId = byField.get('appointmentId');
  const appointmentNamed =
    apptId &&
    candidates.find((c) => {
      if (c.field !== 'appointmentId' || usedCols.has(c.col) || c.confidence < apptId.confidence - CLOSE)
        return false;
      const [own, taken, values] = [headers[c.col]!, headers[apptId.col]!, rows.map((r) => r[c.col] ?? '')];
      return appointmentNamedOverVisit(own, taken, values) || fillerOverPlacer(own, taken, values);
    });
  if (apptId && appointmentNamed) {
    usedCols.delete(apptId.col);
    byField.set('appointmentId', appointmentNamed);
    usedCols.add(appointmentNamed.col);
  }
  // One way of giving the start: a date-time column, or a date (+ time) pair. A close call is
  // not settled by the scores: an audit trail's `Date/Time` (when the entry was made) reads as
  // well as its `Appt Date` and `Appt Time`. The form whose header names the appointment (or its
  // start) wins it; when both or neither do, the trust gate asks (startRival).
  const dt = byField.get('dateTime');
  const date = byField.get('date');
  const time = byField.get('time');
  let startRival: Recognition['startRival'];
  if (dt && date) {
    const pair = (date.confidence + (time?.confidence ?? 0)) / 2;
    let keepPair = time !== undefined && pair > dt.confidence;
    if (time && Math.abs(pair - dt.confidence) <= CLOSE) {
      const names = (col: number): boolean => concepts[col]!.has('appt') || concepts[col]!.has('start');
      const pairNames = names(date.col) || names(time.col);
      if (pairNames !== names(dt.col)) keepPair = pairNames;
      else startRival = { dateTime: headers[dt.col]!, date: headers[date.col]!, time: headers[time.col]! };
    }
    if (keepPair) drop('dateTime');
    else {
      drop('date');
      drop('time');
    }
  } else if (dt && time) {
    // The date-time is the start; a column headed as the start's time beside it says the same
    // clock on every row, or which is the start is asked (start-time-beside.ts). A length taken
    // for a time by its values (`Duration` = `0:45`) is headed as no time and says nothing.
    const disagree =
      headerScore('time', concepts[time.col]!) >= 0.5 &&
      startTimeBesideDisagrees(
        rows.map((r) => r[dt.col] ?? ''),
        rows.map((r) => r[time.col] ?? ''),
        opts.timeZone,
        [...concepts[time.col]!].every((c) => c === 'time'),
      );
    if (disagree)
      startRival = { dateTime: headers[dt.col]!, date: headers[dt.col]!, time: headers[time.col]!, disagree };
    drop('time');
  }
  // One way of giving the patient's name: split columns, or one column, unless another name says
  // it is the patient's and they name other people (whose-name.ts, whose-whole-name.ts).
  let whoseName: WhoseNameQuestion | undefined;
  const first = byField.get('firstName');
  const last = byField.get('lastName');
  const split = first && last ? { first, last } : undefined;
  const whole = split ? undefined : byField.get('patientName');
  if (split) drop('patientName');
  else if (whole) {
    drop('firstName');
    drop('lastName');
  }
  if (split || whole) {
    // An intake answer is read by the question it answers (`Question 1` = "Patient's name").
    const answers = answerConcepts(concepts, rows);
    const read = concepts.map((c, j) => answers.get(j) ?? c);
    const others = otherNames(candidates, usedCols, shapes, concepts, answers);
    const decision = split
      ? decideWhoseName({
          headers,
          concepts: read,
          rows,
          first: split.first.col,
          last: split.last.col,
          others,
          dob: byField.get('dob')?.col,
        })
      : decideWholeName({ headers, concepts: read, rows, name: whole!.col, others });
    whoseName = decision.question;
    const take = decision.take;
    const ours = split
      ? `'${headers[split.first.col]}' and '${headers[split.last.col]}' name`
      : `'${headers[whole!.col]}' names`;
    const named = (field: FieldName, col: number): void => {
      // An intake answer is no candidate by its header: it is read by its question, and asked.
      const c = candidates.find((k) => k.field === field && k.col === col) ?? {
        col,
        confidence: 0.5,
        why: `the question beside '${headers[col]}' asks for ${FIELD_LABELS[field]}`,
      };
      byField.set(field, { ...c, why: `${c.why}; ${ours} other people` });
      usedCols.add(col);
    };
    if (take) {
      drop('firstName');
      drop('lastName');
      drop('patientName');
      if ('whole' in take) named('patientName', take.whole);
      else {
        named('firstName', take.first);
        named('lastName', take.last);
      }
    }
  }
  // An `Account No` that the first rows give to different people is a family's (shared-accounts.ts).
  const account = byField.get('patientId');
  if (
    account &&
    concepts[account.col]!.has('account') &&
    !concepts[account.col]!.has('patient') &&
    sharedByPeople(
      rows,
      account.col,
      (['patientName', 'firstName', 'lastName'] as const).flatMap((f) => byField.get(f)?.col ?? []),
      byField.get('dob')?.col,
    )
  ) {
    drop('patientId');
    notAnId.set(account.col, SHARED_ACCOUNT_WHY);
  }
  // Two bare `ID` columns, one the appointment's and one the patient's (twin-id-columns.ts): the
  // values decide, when one patient comes twice in the sample.
  const twins = twinIds(byField, candidates, concepts, rows);
  if (twins) {
    const [appointment, patient] = twins;
    byField.set('appointmentId', {
      col: appointment,
      confidence: 0.9,
      why: `'${headers[appointment]}' is on one appointment each; the other '${headers[patient]}' follows the patients`,
    });
    byField.set('patientId', {
      col: patient,
      confidence: 0.9,
      why: `'${headers[patient]}' is the same on each visit of a patient and differs between patients; the other '${headers[appointment]}' is on one appointment each`,
    });
    usedCols.add(appointment);
    usedCols.add(patient);
  }
  // The status's code read as the status (`Appt Status Cd` = 1, 3) beside the same status's words
  // (`Appt Status Desc` = Booked, Cancelled): the words are read, the codes left beside them.
  const described = statusDescribed(byField.get('status'), concepts, shapes, usedCols, rows);
  if (described !== undefined) {
    const code = byField.get('status')!.col;
    usedCols.delete(code);
    byField.set('status', {
      col: described,
      confidence: 0.9,
      why: `'${headers[described]}' writes in words the status '${headers[code]}' gives as codes`,
    });
    usedCols.add(described);
  }
  // A family name's particle goes before the last name; beside a one-column name it has no place
  // (column-doubts.ts, nameParticleColumn, asks).
  if (!byField.has('lastName')) drop('lastNamePrefix');
  // So does the second family name (`Apellido Materno`): after the last name, or nowhere.
  if (!byField.has('lastName')) drop('lastNameSecond');
  const providerPair = pairProviderName(byField.get('providerName'), concepts, usedCols, headers);
  if (providerPair) {
    byField.set('providerName', providerPair.last);
    byField.set('providerFirstName', providerPair.first);
    usedCols.add(providerPair.first.col);
    usedCols.add(providerPair.last.col);
  }

  // No start time but the start's hour and minute in columns of their own, on a 24-hour clock
  // (`Hour` = 13 beside `Minute` = 30): read together as the time (hour-minute-columns.ts).
  const hourMinute =
    byField.has('date') && !byField.has('time') && !byField.has('dateTime')
      ? hourMinuteColumns(headers, rows, usedCols)
      : undefined;
  // An hour column taken as the whole time beside the minute's column (`Hour` = `1 PM` beside
  // `Minute` = 30): 13:00 is not 13:30, so no start is read from it (the file is asked about).
  const hourCol = byField.get('time')?.col;
  if (!hourMinute && hourCol !== undefined && hourAloneBesideMinute(headers, hourCol)) drop('time');
  if (hourMinute) {
    const why = `'${headers[hourMinute.hour]}' and '${headers[hourMinute.minute]}' are the start's hour and minute on a 24-hour clock, read together`;
    byField.set('time', { col: hourMinute.hour, confidence: 0.9, why });
    byField.set('timeMinute', { col: hourMinute.minute, confidence: 0.9, why });
    usedCols.add(hourMinute.hour);
    usedCols.add(hourMinute.minute);
  }

  // No birth date but the patients' Nordic personal identity numbers: the birth date is read from
  // them, by the rule of the practice's country.
  const numberColumn = byField.has('dob')
    ? undefined
    : identityNumberColumn(headers, rows, opts.timeZone, usedCols);
  if (numberColumn) {
    byField.set('dob', {
      col: numberColumn.col,
      confidence: 0.9,
      why: `the list has no birth date; it is read from the ${NUMBER_NAMES[numberColumn.kind]} in '${headers[numberColumn.col]}'`,
    });
    usedCols.add(numberColumn.col);
  }

  const fields: FieldGuess[] = [...byField.entries()]
    .map(([field, g]) => ({
      field,
      column: headers[g.col]!,
      confidence: Math.round(g.confidence * 100) / 100,
      why: g.why,
    }))
    .sort((a, b) => FIELD_NAMES.indexOf(a.field) - FIELD_NAMES.indexOf(b.field));

  const dateCols = fields
    .filter((f) => ['date', 'dateTime', 'dob', 'end', 'cancelledAt'].includes(f.field))
    .filter((f) => !(f.field === 'dob' && numberColumn))
    .map((f) => ({ header: f.column, values: rows.map((r) => r[headers.indexOf(f.column)] ?? '') }));
  const dateOrder = inferDateOrder(dateCols, opts.defaultDateOrder ?? 'MDY');

  const missing: string[] = [];
  if (!byField.has('dateTime') && !byField.has('date'))
    missing.push('the appointment date (or date and time)');
  if (byField.has('date') && !byField.has('time') && (shapes[byField.get('date')!.col]?.dateTime ?? 0) < 0.5)
    missing.push('the appointment start time');
  if (!byField.has('patientName') && !(byField.has('firstName') && byField.has('lastName')))
    missing.push("the patient's name");
  if (!byField.has('dob')) missing.push("the patient's date of birth");

  const columns: MappingProfile['columns'] = {};
  for (const f of fields) columns[f.field] = f.column;
  const unit = byField.has('duration')
    ? /sec/i.test(headers[byField.get('duration')!.col]!) ||
      (shapes[byField.get('duration')!.col]?.medianInteger ?? 0) >= 300
      ? 'seconds'
      : 'minutes'
    : undefined;
  // A start time written as seconds after midnight (Best Practice's `AppointmentTime` = 32400) or
  // as a fraction of a day (`0.375`), every value of the column so: the rows read it so (row-start.ts).
  const timeCol = byField.get('time')?.col;
  const written = timeWritten(timeCol === undefined || hourMinute ? undefined : shapes[timeCol]);
  const dayCol = byField.get('dateTime')?.col ?? byField.get('date')?.col;
  const serial = dayCol !== undefined && shapes[dayCol]!.serialDay === 1;
  const profile: MappingProfile = {
    name: 'auto',
    description: 'Recognised automatically from the headers and first rows; check and correct, then save.',
    columns,
    dateOrder: dateOrder.order,
    patientNameOrder: 'auto',
    providerNameOrder: 'auto',
    ...(unit ? { durationUnit: unit } : {}),
    ...(written ? { timeWritten: written } : {}),
    ...(serial ? { dateWritten: 'spreadsheet-serial' as const } : {}),
    ...(numberColumn ? { dobWritten: numberColumn.kind } : {}),
  };
  const unmapped = headers.filter((_, j) => !usedCols.has(j));
  const leftOut = [
    ...patientsOwnColumns(headers, concepts, usedCols, byField),
    ...[...placeless]
      .filter(([j]) => !usedCols.has(j))
      .map(([j, why]) => ({
        column: headers[j]!,
        why: why + placelessOutcome(why, byField),
      })),
    ...[...notAnId].filter(([j]) => !usedCols.has(j)).map(([j, why]) => ({ column: headers[j]!, why })),
  ];
  const candidateList = candidates.map((c) => ({
    field: c.field,
    column: headers[c.col]!,
    confidence: Math.round(c.confidence * 100) / 100,
  }));
  return {
    profile,
    fields,
    candidates: candidateList,
    dateOrder,
    unmapped,
    ...(startRival ? { startRival } : {}),
    ...(whoseName ? { whoseName } : {}),
    leftOut,
    missing,
    usable: missing.length === 0,
  };
}

/** Words of a status header that say it holds codes, and those that say it holds their words. */
const CODE_WORDS = new Set(['cd', 'code', 'id']);
const DESCRIPTION_WORDS = new Set(['description']);

/**
 * The column that writes in words the status a code column gives (`Appt Status Desc` beside
 * `Appt Status Cd`, `Status Description` beside `Status Code`), when the code column was taken
 * as the status: the two headers differ by the code and the description word alone, and every
 * sampled value of the words' column is a status word, on every row that has a code. A status header with a description word
 * is otherwise never the status (NOT_THE_APPOINTMENT_STATUS: a description may be a note's);
 * beside its code it is the code's meaning, as an XML status's code attribute and its text are
 * (status-code-split.ts watches the codes the same way).
 */
function statusDescribed(
  taken: Taken | undefined,
  concepts: ReadonlyArray<Set<string>>,
  shapes: readonly ColumnShape[],
  usedCols: ReadonlySet<number>,
  rows: ReadonlyArray<readonly string[]>,
): number | undefined {
  if (!taken) return undefined;
  const own = concepts[taken.col]!;
  if (![...own].some((c) => CODE_WORDS.has(c))) return undefined;
  const bare = (c: ReadonlySet<string>, drop: ReadonlySet<string>): string =>
    [...c]
      .filter((w) => !drop.has(w))
      .sort()
      .join(' ');
  const key = bare(own, CODE_WORDS);
  const words = concepts.flatMap((c, j) =>
    j !== taken.col &&
    !usedCols.has(j) &&
    [...c].some((w) => DESCRIPTION_WORDS.has(w)) &&
    ![...c].some((w) => CODE_WORDS.has(w)) &&
    bare(c, DESCRIPTION_WORDS) === key &&
    shapes[j]!.nonEmpty >= 2 &&
    // the words on every row that has a code: a code with no words (`3`, blank) was read as no
    // status at all and went booked (63r1); such a file keeps its codes' question
    shapes[j]!.nonEmpty === shapes[taken.col]!.nonEmpty &&
    shapes[j]!.statusWord === 1 &&
    shapes[j]!.integer === 0
      ? [j]
      : [],
  );
  if (words.length !== 1) return undefined;
  // Codes that say a status themselves (`X`, or `CAN` and `SCH`, the first letters of the words
  // of other rows) must say what the words beside them say: `CAN` over `Scheduled` is one of the
  // two wrong, and which is not in the file (63r1). The codes are then read, and asked about.
  return codesAgreeWithWords(rows, taken.col, words[0]!) ? words[0] : undefined;
}

/** A code's letters, in order, in a status's words, from their first letter (`CAN`, `CNL` of
 *  `Cancelled`, `SCH` of `Scheduled`, `NS` of `No Show`). One letter is no sign: `C` is written
 *  for both Confirmed and Cancelled. */
function abbreviates(code: string, words: string): boolean {
  const c = code.toLowerCase().replace(/[^\p{L}]/gu, '');
  const w = words.toLowerCase().replace(/[^\p{L}]/gu, '');
  if (c.length < 2 || c[0] !== w[0]) return false;
  let at = 0;
  for (const ch of c) {
    at = w.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** No row's code says another status than the row's words: read as a status word alone, or as
 *  the short form of another row's words that mean otherwise while not of its own. */
function codesAgreeWithWords(rows: ReadonlyArray<readonly string[]>, code: number, words: number): boolean {
  const pairs = rows.flatMap((r) => {
    const [c, w] = [r[code]?.trim() ?? '', r[words]?.trim() ?? ''];
    return c && w ? [{ c, w, meaning: classifyBuiltInStatus(w) }] : [];
  });
  return pairs.every(({ c, w, meaning }) => {
    const byCode = classifyBuiltInStatus(c);
    if (byCode !== 'unknown' && meaning !== 'unknown' && byCode !== meaning) return false;
    if (abbreviates(c, w)) return true;
    return !pairs.some((o) => o.meaning !== 'unknown' && o.meaning !== meaning && abbreviates(c, o.w));
  });
}

/**
 * The provider's name in two columns (`Provider First Name` and `Provider Last Name`; MIE
 * WebChart's `Resource Last Name` and `Resource First Name`): the last name is read as the
 * provider's name and the first name beside it, one name (`Alan Hart`). Either alone would merge
 * two providers who share it, so the pair was held; together they say who, as surely as one
 * column. Only two headers that differ by the first / last word alone: `Referring Provider First
 * Name` is someone else's beside `Provider Last Name`, and that pair is still asked about.
 */
function pairProviderName(
  taken: Taken | undefined,
  concepts: ReadonlyArray<Set<string>>,
  usedCols: ReadonlySet<number>,
  headers: readonly string[],
): { first: Taken; last: Taken } | undefined {
  if (!taken) return undefined;
  const part = (j: number): 'first' | 'last' | undefined => {
    const c = concepts[j]!;
    if (!c.has('provider') || c.has('id') || c.has('first') === c.has('last')) return undefined;
    return c.has('first') ? 'first' : 'last';
  };
  const rest = (j: number): string => roleBesideNameParts(concepts[j]!, true);
  const mine = part(taken.col);
  if (!mine) return wholeBesidePair(taken, concepts, usedCols, headers, part);
  const other = headers.findIndex(
    (_, j) =>
      j !== taken.col &&
      !usedCols.has(j) &&
      part(j) !== undefined &&
      part(j) !== mine &&
      rest(j) === rest(taken.col),
  );
  if (other < 0) return undefined;
  const [firstCol, lastCol] = mine === 'first' ? [taken.col, other] : [other, taken.col];
  const why = `'${headers[firstCol]}' and '${headers[lastCol]}' are the provider's first and last name, read together`;
  return {
    first: { col: firstCol, confidence: taken.confidence, why },
    last: { col: lastCol, confidence: taken.confidence, why },
  };
}

/**
 * A provider column of one piece (`Provider` = `LEEA`, a scheduler's code or login) beside the
 * same provider's first and last name (`Provider First Name` = `Anna`, `Provider Last Name` =
 * `Lee`): the two name columns are the name, and the piece is left out. Read as the name, the code
 * had gone to the portal as the provider's name (`Leea`), while the name itself was unread. Only
 * a pair whose headers differ from the one column by the first / last (and name) words alone:
 * `Referring Provider First Name` is someone else's.
 */
function wholeBesidePair(
  taken: Taken,
  concepts: ReadonlyArray<Set<string>>,
  usedCols: ReadonlySet<number>,
  headers: readonly string[],
  part: (j: number) => 'first' | 'last' | undefined,
): { first: Taken; last: Taken } | undefined {
  if (concepts[taken.col]!.has('id')) return undefined;
  const bare = (j: number): string => roleBesideNameParts(concepts[j]!);
  const beside = (want: 'first' | 'last'): number[] =>
    headers
      .map((_, j) => j)
      .filter((j) => j !== taken.col && !usedCols.has(j) && part(j) === want && bare(j) === bare(taken.col));
  const firsts = beside('first');
  const lasts = beside('last');
  if (firsts.length !== 1 || lasts.length !== 1) return undefined;
  const [firstCol, lastCol] = [firsts[0]!, lasts[0]!];
  const why = `'${headers[firstCol]}' and '${headers[lastCol]}' are the provider's first and last name, read together ('${headers[taken.col]}' beside them is left out)`;
  return {
    first: { col: firstCol, confidence: taken.confidence, why },
    last: { col: lastCol, confidence: taken.confidence, why },
  };
}
