// An audit trail or change log looks like a schedule: a patient, a date and a time on each row.
// But each row is one change to an appointment (Dentrix Enterprise's "Audit - Appointments",
// Open Dental's HistAppointment, an `Activity Log` export): an appointment moved from the 8th to
// the 15th is there twice, created at its old slot and modified at its new one, and both would
// go as booked. Its title or file name says so (`Audit`, `History`, `Change Log`, `Activity Log`,
// `Audit Trail`), or a free column of edit verbs does (`Action` = Created, Modified, Deleted).
import type { Doubt } from '../../model/doubt.ts';
import { displayText } from '../../model/display-text.ts';
import { headerWords } from '../map/header-meaning.ts';
import type { ColumnRefs } from '../map/resolve-columns.ts';
import { freeColumns } from './off-book-columns.ts';
import { titleSubject, type ReportPlaces } from './report-title.ts';

/** Words and pairs of words of a title or file name that name a log of changes. */
const LOG_WORDS: ReadonlySet<string> = new Set([
  'audit',
  'audittrail',
  'auditlog',
  'history',
  'change log',
  'changelog',
  'changes log',
  'activity log',
  'activitylog',
  'event log',
]);

/** Header words of a column that says what was done to the record. */
const ACTION_HEADER: ReadonlySet<string> = new Set(['action', 'event', 'activity', 'operation', 'change']);

/** Edit verbs that no status column writes: proof of a log. */
const EDITS: ReadonlySet<string> = new Set([
  'created',
  'create',
  'modified',
  'modify',
  'changed',
  'change',
  'added',
  'add',
  'edited',
  'edit',
  'updated',
  'update',
  'inserted',
  'insert',
]);
/** Edit verbs that are also statuses (`Moved`, `Deleted`): in a log only beside the others. */
const EDITS_AND_STATUSES: ReadonlySet<string> = new Set([
  ...EDITS,
  'moved',
  'move',
  'deleted',
  'delete',
  'removed',
  'remove',
]);
/** Words that name the record the edit was made to (`Appointment Created`, `Appt Deleted`). */
const RECORD_WORDS: ReadonlySet<string> = new Set(['appt', 'appts', 'appointment', 'apt', 'record']);

/** The edit verb a value is, alone or beside a record word; undefined for anything else. */
function editVerb(value: string): string | undefined {
  const words = headerWords(value).filter((w) => !RECORD_WORDS.has(w));
  return words.length === 1 && EDITS_AND_STATUSES.has(words[0]!) ? words[0] : undefined;
}

function logWord(text: string): boolean {
  const words = headerWords(text);
  return words.some((w, i) => LOG_WORDS.has(w) || LOG_WORDS.has(`${w} ${words[i + 1] ?? ''}`));
}

/** A free column whose first values are edit verbs, half or more of them, one at least no status. */
function actionColumn(
  headers: readonly string[],
  refs: ColumnRefs,
  values: (column: string) => string[],
): { column: string; samples: string[] } | undefined {
  for (const { header } of freeColumns(headers, refs, [])) {
    if (!headerWords(header).some((w) => ACTION_HEADER.has(w))) continue;
    const filled = values(header)
      .map((v) => v.trim())
      .filter(Boolean);
    const verbs = filled.map(editVerb);
    const edits = verbs.filter(Boolean).length;
    if (edits === 0 || edits * 2 < filled.length || !verbs.some((v) => v && EDITS.has(v))) continue;
    return { column: header, samples: [...new Set(filled)].slice(0, 3) };
  }
  return undefined;
}

/** The hold for a file that is a log of changes to appointments, not a schedule of them. */
export function changeLogDoubt(
  where: ReportPlaces,
  headers: readonly string[],
  refs: ColumnRefs,
  values: (column: string) => string[],
): Doubt | undefined {
  const title = where.titleLines.find(logWord);
  const name = where.file.replace(/\.[^.]+$/, '');
  const action = title || logWord(name) ? undefined : actionColumn(headers, refs, values);
  const said = title
    ? `its title says '${displayText(title, 60)}'`
    : logWord(name)
      ? `its file name says '${displayText(name, 60)}'`
      : action
        ? 'this column says what was done to each appointment'
        : undefined;
  if (!said) return undefined;
  return {
    kind: 'status',
    check: 'change-log',
    field: 'status',
    ...(action ? { column: action.column } : {}),
    // A title or file name answered is that title's (its words without numbers), never every
    // later log (report-title.ts titleSubject).
    ...(action ? {} : { subjects: [titleSubject(title ?? name)] }),
    message: `${said}: a log of changes, not a schedule; one appointment may appear once per change (a moved one at its old and its new time), and every row would go as booked`,
    samples: action ? action.samples : [displayText(title ?? name, 60)],
    question:
      'Is this a log of changes to appointments? Export the schedule itself (one row per appointment, with its status); confirm the mapping only if each row is one booked appointment',
  };
}
