// The status step of the row mapper: NEW or CANCEL, or the row skipped. A cancellation flag or
// date wins over the status word; a status word is classified by the profile's vocabulary, once
// per distinct word (row-memos.ts). An unknown word is never taken for "booked": by default
// ('hold') the audit collects it and the file is held for a person to decide once.
import type { AppointmentStatus } from '../../model/appointment.ts';
import type { ImportItem } from '../../model/import-summary.ts';
import type { FileAudit } from '../trust/file-audit.ts';
import { jsonDate, rewriteStamp } from './database-stamps.ts';
import type { MappingProfile } from './profile.ts';
import type { RowCursor } from './row-cursor.ts';
import { memoizedStatusClassifier, type StatusWordSense } from './row-memos.ts';
import { isNoValue } from './no-value.ts';
import { parseFlag } from './status-vocabulary.ts';
import type { SkipKind } from './status-words.ts';
import { withNoteAnswers, type NoteAnswers } from './note-statuses.ts';
import { saysVisitOutcome } from './visit-flow-words.ts';

type Skipped = Extract<ImportItem, { kind: 'skipped' }>;

/** The row's status, or the skipped item when its status word means "not an appointment" (with
 *  the export's own appointment id when the word says it left the schedule: see ImportItem).
 *  `hasPatient`: the row names a patient, beside whom an open-slot word is not known (SkipKind). */
export function statusReader(
  profile: MappingProfile,
  cursor: RowCursor,
  audit: FileAudit | undefined,
  legend?: ReadonlyMap<string, string>,
  notes: readonly NoteAnswers[] = [],
): {
  read: (hasPatient: boolean) => AppointmentStatus | Skipped;
  /** The last row read's status word when it cancels because it says "moved" (move-words.ts). */
  movedWord: () => string | undefined;
  /** The last row read's status word when it books because it says where the visit was moved
   *  from (`Rescheduled from 3/15`, move-words.ts). */
  movedFromWord: () => string | undefined;
} {
  let moved: string | undefined;
  let movedFrom: string | undefined;
  const statusOf = statusWordReader(profile, cursor, legend);
  const unknownStatus = profile.status?.unknown ?? 'hold';
  const idCell = cursor.reader('appointmentId');
  const skip = (word: string, offSchedule: boolean): Skipped => {
    // Only a word known to mean "taken off the schedule" says the appointment left it; an open
    // slot, blocked time or an unknown word the practice chose to skip says nothing. Derived ids
    // are not read: they are made from the appointment's own fields and would name another one.
    const id = offSchedule ? idCell() : '';
    return {
      kind: 'skipped',
      line: cursor.row.line,
      reason: `status '${word}'`,
      ...(id && id.length <= 64 ? { appointmentId: id } : {}),
    };
  };

  const flagCell = cursor.reader('cancelledFlag');
  const cancelledAtCell = cursor.reader('cancelledAt');
  const read = (hasPatient: boolean): AppointmentStatus | Skipped => {
    moved = undefined;
    movedFrom = undefined;
    let status: AppointmentStatus = 'NEW';
    // The cancellation column's value when it says cancelled (to compare with the status word).
    let cancelledBy = '';
    // The cancellation column's value when it says not cancelled (to compare with the status word).
    let notCancelled = '';
    const flag = flagCell();
    if (flag) {
      const b = parseFlag(flag);
      if (b === undefined)
        cursor.fail(
          'cancelledFlag',
          'is not yes/no',
          'Use true/false, yes/no or 1/0, or remove this column from the profile',
          flag,
        );
      if (b) {
        status = 'CANCEL';
        cancelledBy = flag;
      } else if (b === false) notCancelled = flag;
    }
    const cancelledAt = cancelledAtCell();
    if (cancelledAt && !isNoValue(cancelledAt) && !isPlaceholderDate(cancelledAt)) {
      // Only a date cancels: a word left in the column (`Sick`, `Yes`) is not read as one.
      if (!/\d/.test(cancelledAt))
        cursor.fail(
          'cancelledAt',
          'is not a date',
          'Export the cancellation date (or map the column that says whether an appointment is cancelled)',
          cancelledAt,
        );
      status = 'CANCEL';
      cancelledBy = cancelledAt;
    }
    const {
      word: statusWord,
      meaning: sense,
      skipKind,
      moved: saysMoved,
      movedFrom: from,
      said,
    } = statusOf();
    if (saysMoved) moved = statusWord;
    if (from) movedFrom = statusWord;
    // "Available" beside a patient is Planet DDS's "ready to be seated", not an open slot: asked.
    const meaning = sense === 'skip' && skipKind === 'open-slot' && hasPatient ? 'unknown' : sense;
    audit?.statusCell(statusWord, meaning, cursor.row.line, !!said);
    if (status === 'CANCEL' && statusWord) {
      // A cancellation column against a booked status word: one of them is wrong (checked until
      // a person confirms the mapping, see FileAudit).
      if (meaning === 'NEW') audit?.cancelledButBooked(cancelledBy, statusWord);
    } else if (statusWord) {
      if (meaning === 'skip') return skip(statusWord, skipKind === 'off-schedule');
      if (meaning === 'CANCEL') {
        status = 'CANCEL';
        // The flag says no on a row the status cancels: the mirror of the check above.
        if (notCancelled) audit?.bookedButCancelled(notCancelled, statusWord);
      }
      if (meaning === 'unknown') {
        if (unknownStatus === 'hold') audit?.unknownStatus(statusWord);
        if (unknownStatus === 'skip') return skip(statusWord, false);
        if (unknownStatus === 'error')
          cursor.fail(
            'status',
            'is not a known status',
            "Add the word to the profile's status lists (new, cancel or skip)",
            statusWord,
          );
      }
    }
    // A note the practice answered (note-statuses.ts): `CANCELLED - pt called 3/15` cancels.
    if (notes.length === 0) return status;
    const noted = withNoteAnswers(status, notes, cursor.row.values);
    // The answer was given on a booked row's note; a status that says the patient came or did not
    // (Arrived, With Provider, Completed, Seen, No Show) says what became of the visit: the note is older than the
    // status, or the status is wrong, and which is not guessed.
    if (noted !== status && statusWord && saysVisitOutcome(statusWord)) {
      const note = notes.find((n) => n.of(cursor.row.values))!;
      const as = noted === 'skip' ? 'not an appointment' : 'cancelled';
      cursor.fail(
        'status',
        `says what happened at the visit, but the note '${cursor.row.values[note.index]}' in '${note.header}' was answered as ${as}: the note may be older than the status, or the status wrong, and which is not guessed`,
        'Correct the status or the note in the scheduling software, then export again',
        statusWord,
      );
    }
    return noted === 'skip'
      ? { kind: 'skipped', line: cursor.row.line, reason: 'a note answered as not an appointment' }
      : noted;
  };
  return { read, movedWord: () => moved, movedFromWord: () => movedFrom };
}

/** A UTC offset after a clock time (`Mon, 15 Mar 2027 12:19:19 -0400`, Healthie's `Friday, Mar 12
 *  2027, 10:00AM -0500`): its four digits are no year, and `-0400` read as the year 400 had made
 *  every such cancellation date a "no date" (the row went as booked) and every such start one. */
const OFFSET_AFTER_TIME = /(\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:[ap]\.?m\.?)?\s*)[+-]\d{4}\b/gi;

/**
 * A date a database writes for "none": a year of 1970 or before next to a date separator
 * (`0001-01-01`, SQL Server's `1753-01-01`, `1899-12-30` and `1900-01-01` of OLE and Excel,
 * `1970-01-01` of Unix time, MySQL's `0000-00-00`), or the year 9999 of a data warehouse's
 * "high date" (`9999-12-31`, an end date that has not come). A query's `ISNULL(CancelDate,
 * '1900-01-01')` writes one on every booked row; no real cancellation, deletion or death is
 * that old, nor dated in the year 9999.
 */
export function isPlaceholderDate(value: string): boolean {
  // `/Date(-2208988800000)/`: .NET's JSON date writes a count, and its `-0500` is no year.
  const json = jsonDate(value.trim());
  if (json) return json.instant.getUTCFullYear() <= 1970 || json.instant.getUTCFullYear() === 9999;
  // An HL7 stamp (`20270315083000-0600`) read as the date it is, its offset no year either.
  const found = /(?<!\d)(\d{4})(?=[-/.])|(?<=[-/.])(\d{4})(?!\d)/.exec(
    rewriteStamp(value.trim()).replace(OFFSET_AFTER_TIME, '$1'),
  );
  if (!found) return false;
  const year = Number(found[1] ?? found[2]);
  return year <= 1970 || year === 9999;
}

/** The row's status word and its meaning alone (no cancellation column, nothing reported),
 *  classified once per distinct word: the status reader's, and for rows that are not read as
 *  appointments, such as those without a patient. `legend`: the file's codes and their meanings. */
export function statusWordReader(
  profile: MappingProfile,
  cursor: RowCursor,
  legend?: ReadonlyMap<string, string>,
): () => {
  word: string;
  meaning: StatusWordSense['meaning'] | undefined;
  skipKind?: SkipKind;
  moved?: true;
  movedFrom?: true;
  said?: true;
} {
  const classify = memoizedStatusClassifier(profile.status, legend);
  const statusCell = cursor.reader('status');
  return () => {
    const word = statusCell();
    return word ? { word, ...classify(word) } : { word, meaning: undefined };
  };
}
