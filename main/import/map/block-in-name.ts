// A block printed in the patient's column: `LUNCH` or `Staff Meeting` written where a report
// writes the patient, on a row that names no patient otherwise (no patient id, no birth date). A
// report (CS SoftDent's appointment list, a day sheet) prints its lunch and meeting blocks so; the
// row is that block, skipped like an empty patient, not a row error. A status beside it does not
// make it a chart: a schedule that books its blocks as appointments gives them its booked status
// and an appointment number (a Canadian EMR's `58815,...,LUNCH,...,B`, corpus 471), and a row
// error on every day's lunch told the practice to export without something it cannot leave out.
//
// A dummy patient a schedule books blocked time under (`LUNCH, LUNCH` with a chart number or a
// birth date) is a chart, still refused with its line (placeholder-names.ts): only a row with
// neither is read as the block itself. The whole name cell must be a blocked-time
// term (block-words.ts), never one word of a longer name (`Anna Block`, `Lunch, Rep Anna`).
//
// So is a free place printed where the patient goes (`OPEN`, `Open Slot`, `Available`): a class
// roster lists each class's places, the empty one as `OPEN` (a cardiac rehab class of four with
// three patients, corpus 396), a day sheet its open slots. A bare `Open` is left unknown as a
// status (athenaOne writes its open slot `o`), but as the whole patient cell of a row with no id,
// birth date or status it is the place no one has taken, unless the row carries a phone or an email
// of someone's (row-person.ts): a row error then, never a skip.
import { namesBlockedTime } from './block-words.ts';
import { tableSkipKind } from './skip-kind.ts';
import { classifyOutsideStatus, normalizeStatus } from './status-vocabulary.ts';
import type { ColumnRef } from './resolve-columns.ts';
import type { RowCursor } from './row-cursor.ts';
import type { PatientPresence } from './row-patient.ts';
import { placeWithContactCheck } from './row-person.ts';

export function blockInNameCheck(
  cursor: RowCursor,
  unmapped: readonly ColumnRef[] = [],
): (presence: PatientPresence) => boolean {
  const names = (['patientName', 'firstName', 'lastName'] as const).map((f) => cursor.reader(f));
  const dob = cursor.reader('dob');
  const status = cursor.reader('status');
  const contact = placeWithContactCheck(cursor, unmapped);
  return (presence) => {
    if (!presence.hasName || presence.idRaw || dob() !== '') return false;
    const written = names.map((cell) => cell()).filter((v) => v !== '');
    // With a status, only a cell that is a block term as a whole (`LUNCH`): a block and a name
    // after a dash (`Hold - Smith`) or a free place (`Open`) with a status may be someone's booking.
    const named = status() === '' ? blockNamed : (cell: string): boolean => namesBlockedTime(cell);
    if (!written.length || !written.every(named)) return false;
    const place = contact && written.find(openNamed);
    if (place) contact(place);
    return true;
  };
}

/**
 * The cell names a block, or a block and whose it is after ` - ` (`BLOCK TIME - GOLDBERG`,
 * `Lunch - Dr Patel`: a surgery center's case schedule prints its surgeons' block time so). Only
 * the part before the dash is read, and it must be a blocked-time term as a whole, so a patient
 * named `Block - Smith` is still no block unless its row also has no id, birth date or status.
 * A name as a chart files it after the dash (`Reserved - Obi, Adaeze`, `Hold - Obi, Adaeze`) is
 * the patient the place is held for, maybe a visit still to confirm: no block, asked as any row.
 */
function blockNamed(cell: string): boolean {
  const dash = cell.indexOf(' - ');
  return (
    namesBlockedTime(cell) ||
    (dash > 0 && namesBlockedTime(cell.slice(0, dash), true) && !cell.slice(dash + 3).includes(',')) ||
    openNamed(cell)
  );
}

/** The whole cell names a free place: `Open`, or an open-slot status word (`Open Slot`,
 *  `Available`, `Unbooked`), never a name with one of them in it (`Free, Morgan`). */
function openNamed(cell: string): boolean {
  if (normalizeStatus(cell) === 'open') return true;
  return classifyOutsideStatus(cell) === 'skip' && tableSkipKind(cell) === 'open-slot';
}
