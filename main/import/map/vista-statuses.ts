// VistA's own appointment statuses, read where the file proves it is VistA's (or IHS RPMS's, which
// runs the same PIMS Scheduling). The APPOINTMENT STATUS file #409.63 holds fourteen fixed names
// ("a patch will be issued" to change one: its data dictionary,
// https://edu2.opensourcevista.net/ben/dictionary.php?fn=stan&ien=409.63), and the Appointment List
// routine SDAL0 and VistA's status descriptions say what three of them mean
// (https://vivianr.worldvista.org/vivianr/files/dox/Global_XlNEKDQwOS42Mw==.html): NO ACTION TAKEN
// is a past appointment nobody checked in or out, NON-COUNT an appointment in a clinic that takes no
// workload credit, INPATIENT (the PATIENT file's `INPATIENT APPOINTMENT`) one of a veteran admitted
// that day: each still an appointment, never cancelled; `CANCELLED BY PATIENT & AUTO RE-BOOK` is
// cancelled, the new appointment VistA booked for it an entry of its own. Elsewhere the same words are no status of
// a booking (`No action taken` on a referral or a recall, `Inpatient` a kind of visit), so they are
// read only where every status in the column is one of #409.63's names and the file writes
// FileMan's dates (`MAR 15,2027@08:00`) or names FileMan, VistA, RPMS or CHCS.
import type { StatusAnswer } from '../../model/status-answer.ts';
import { namesFileMan } from './fileman-dates.ts';
import type { StatusVocabulary } from './status-vocabulary.ts';

/** The names of file #409.63, and the PATIENT file's (#2.98) `INPATIENT APPOINTMENT`. */
const APPOINTMENT_STATUSES = new Set([
  'CHECKED OUT',
  'CHECKED IN',
  'NO ACTION TAKEN',
  'FUTURE',
  'NON-COUNT',
  'DELETED',
  'INPATIENT',
  'INPATIENT APPOINTMENT',
  'NO-SHOW',
  'NO-SHOW & AUTO RE-BOOK',
  'CANCELLED BY CLINIC',
  'CANCELLED BY CLINIC & AUTO RE-BOOK',
  'CANCELLED BY PATIENT',
  'CANCELLED BY PATIENT & AUTO RE-BOOK',
  'ACTION REQUIRED',
]);

/** The statuses only VistA's documentation settles. The first four are still appointments; the
 *  `& AUTO RE-BOOK` forms (asked elsewhere: a rebooking may be this visit moved) are the cancelled
 *  or missed visit itself, VistA having made the new appointment as an entry of its own.
 *  (`ACTION REQUIRED` is not described and stays asked.) */
const VISTA_MEANINGS: ReadonlyMap<string, StatusAnswer> = new Map([
  ['NO ACTION TAKEN', 'new'],
  ['NON-COUNT', 'new'],
  ['INPATIENT', 'new'],
  ['INPATIENT APPOINTMENT', 'new'],
  ['NO-SHOW & AUTO RE-BOOK', 'new'],
  ['CANCELLED BY CLINIC & AUTO RE-BOOK', 'cancel'],
  ['CANCELLED BY PATIENT & AUTO RE-BOOK', 'cancel'],
]);

/** FileMan's external date: `MAR 15,2027@08:00`, `JUN 3,1948` (capitals, no space after the comma). */
const FILEMAN_EXTERNAL = /^[A-Z]{3} \d{1,2},\d{4}(?:@\d{1,2}(?::\d{2}){0,2})?$/;

function writesFileMan(
  headers: readonly string[],
  titleLines: readonly string[],
  rows: readonly string[][],
): boolean {
  return (
    namesFileMan(headers, titleLines) || rows.some((r) => r.some((v) => FILEMAN_EXTERNAL.test(v.trim())))
  );
}

/** The answers VistA's documentation gives for the VistA-only statuses of `statuses` (the status
 *  column's cells), when the file proves VistA; none for a word the practice's vocabulary already
 *  places (a person's answer wins). */
export function vistaStatusAnswers(
  statuses: readonly string[],
  headers: readonly string[],
  titleLines: readonly string[],
  rows: readonly string[][],
  vocabulary: StatusVocabulary | undefined,
): Array<{ word: string; meaning: StatusAnswer }> {
  const written = new Set(statuses.map((s) => s.trim()).filter(Boolean));
  if (![...written].some((w) => VISTA_MEANINGS.has(w))) return [];
  if (![...written].every((w) => APPOINTMENT_STATUSES.has(w))) return [];
  if (!writesFileMan(headers, titleLines, rows)) return [];
  const placed = new Set(
    [...(vocabulary?.new ?? []), ...(vocabulary?.cancel ?? []), ...(vocabulary?.skip ?? [])].map((w) =>
      w.trim().toLowerCase(),
    ),
  );
  return [...written]
    .filter((w) => VISTA_MEANINGS.has(w) && !placed.has(w.toLowerCase()))
    .map((word) => ({ word, meaning: VISTA_MEANINGS.get(word)! }));
}
