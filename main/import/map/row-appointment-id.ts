// The appointment-id step of the row mapper: the export's own id when a column holds one (at most
// 64 characters, never shortened), else one derived from the patient, provider, local day and the
// start's slot that day (identity.ts has the rule, day-slots.ts the slots). Every id, given or
// not, goes to the file's audit, which notices an id column reused for different appointments.
import type { AppointmentStatus } from '../../model/appointment.ts';
import type { FileAudit } from '../trust/file-audit.ts';
import { eventInstant } from '../trust/event-time-column.ts';
import { DAMAGED_ID_HINT, spreadsheetDamage, wholeId } from './damaged-ids.ts';
import { phoneShaped } from './phone-values.ts';
import { procedureKey } from './procedure-key.ts';
import { DaySlots } from './day-slots.ts';
import { memoized } from './parse-memo.ts';
import { readsAsEmpty } from './no-value.ts';
import { appointmentGroup, appointmentIdIn, isZeroId, norm } from './identity.ts';
import { isPendingId } from './pending-ids.ts';
import type { RowCursor } from './row-cursor.ts';
import type { RowStart } from './row-start.ts';

/** A place as the split check compares it: its letters and digits alone. `Main St. Clinic` and
 *  `Main St Clinic`, `North-Side` and `North Side` are one office written two ways (the portal shows
 *  either the same); any other letter or digit apart (`Main St North`, `Suite 2`) is another place.
 *  A mark between two digits stays a break: `Suite 1-2` and `Suite 12`, `Bldg 1.5` and `Bldg 15`
 *  are two numbers, and two rooms. */
function placeKey(location: string): string {
  return norm(location)
    .split(/(?<=\p{N})[^\p{L}\p{N}]+(?=\p{N})/u)
    .map((part) => part.replace(/[^\p{L}\p{N}]+/gu, ''))
    .join('|');
}

export function appointmentIdReader(ctx: {
  practiceId: string;
  cursor: RowCursor;
  audit: FileAudit | undefined;
  /** The column's ids carry decimals of their own (damaged-ids.ts idsKeepDecimals). */
  keepDecimals?: boolean;
  /** An encounter number's column, read for no field (encounter-column.ts). */
  encounterAt?: number;
}): (
  patientKey: string,
  providerKey: string,
  start: RowStart,
  status: AppointmentStatus,
  /** The location the row goes with: one appointment at two offices is asked about. */
  location?: string,
) => string {
  const { practiceId, cursor, audit } = ctx;
  // Derived ids: each (patient, provider, day) keeps the distinct starts it has in this file, in
  // file order, so two same-day appointments of one patient never share an id.
  const daySlots = new DaySlots();
  const cell = cursor.reader('appointmentId');
  const idCell = ctx.keepDecimals ? cell : () => wholeId(cell());
  const idWritten = cursor.written('appointmentId');
  const splitCheck = audit?.checksProviderSplit ? audit.patientStarts : undefined;
  const placeCheck = audit?.checksProviderSplit ? audit.appointmentPlaces : undefined;
  // Under an accession (one per ordered exam) the exam's procedure is part of the start looked at:
  // CT chest and CT abdomen of one patient at 13:00 under two accessions are two exams; two
  // accessions for one procedure at one start (an order entered twice, a row per room) still hold.
  const typeCell = audit?.idIsAccession ? cursor.reader('type') : undefined;
  // The provider key as the ids compare it, once per distinct key: a file names a few providers
  // on every row, and the id, the split check and the place check each want it.
  const providerNorm = memoized(norm, 1024);
  // Each row's event time, in a log of events (event-time-column.ts): its rows' order is proved.
  const eventAt = audit?.eventTimeColumn;
  // Derived ids: the first row of each patient's start under one encounter number, so a later row
  // of that visit under another provider (a joint visit, a chair and its nurse) is the same
  // appointment, sent once (encounter-column.ts).
  const encounterAt = ctx.encounterAt;
  const visits = encounterAt === undefined ? undefined : new Map<string, EncounterVisit>();
  return (patientKey, providerKey, start, status, location) => {
    // An id of zeros is "none", as a patient id of zeros is (row-patient.ts): a query's
    // ISNULL(AptNum, 0), or a left join that found no appointment. Taken as given, every such row
    // would be one appointment, `0`, on the portal; as none, it gets a derived id (and a column
    // filled on the other rows holds the file: the id-gaps check).
    // `88102.0`: a spreadsheet's whole number, the booking's 88102 (damaged-ids.ts).
    const id = idCell();
    // `PENDING`, `NEW`: a booking with no number yet, read as an empty cell (pending-ids.ts).
    const given = isZeroId(id) || isPendingId(id) ? '' : id;
    if (given.length > 64)
      cursor.fail('appointmentId', 'is longer than 64 characters', 'Map a shorter id column', given);
    const damage = spreadsheetDamage(given);
    if (damage) cursor.fail('appointmentId', damage, DAMAGED_ID_HINT, given);
    // A phone typed where the booking's number goes (phone-values.ts) names no appointment.
    if (phoneShaped(given))
      cursor.fail(
        'appointmentId',
        'is written as a telephone number, not an appointment number: the next export may give this appointment its real number, and the portal would show it twice',
        'Correct the appointment number in the scheduling software and export again',
        given,
      );
    audit?.idCells.note(given !== '', cursor.row.line, idWritten);
    // The visit an encounter number joins this row to (derived ids only): its first row's.
    let visitKey = '';
    if (visits && !given) {
      const encounter = (cursor.row.values[encounterAt!] ?? '').trim();
      if (encounter && !readsAsEmpty(encounter))
        visitKey = `${patientKey}\u001f${start.asWritten}\u001f${norm(encounter)}`;
    }
    const joined = visitKey ? visits!.get(visitKey) : undefined;
    // One appointment (its id, or with none the patient's start with one provider, which makes
    // one derived id) at two offices goes once, at the last row's: which one is a guess.
    if (placeCheck?.wanted && location !== undefined)
      placeCheck.see(
        given ? `\u001e${given}` : `${patientKey}\u001f${start.asWritten}\u001f${providerNorm(providerKey)}`,
        placeKey(location),
        cursor.row.line,
      );
    if (given) {
      // Only a given id can be reused (formatting the start for a derived one paid for nothing).
      audit?.ids.see(
        given,
        patientKey,
        start.start.toISOString(),
        cursor.row.line,
        status,
        providerNorm(providerKey),
        eventAt && eventInstant(cursor.row.values[eventAt.index] ?? ''),
      );
      // One patient at one start under two ids: one visit written once per resource. A cancelled
      // row is no second booking: a visit cancelled and booked again at its start under a new id
      // (the front desk's cancel-and-rebook) lists both, and the portal shows the visit once.
      if (splitCheck?.wanted && status !== 'CANCEL') {
        const at = `${patientKey}\u001f${start.asWritten}`;
        const procedure = typeCell ? procedureKey(typeCell()) : undefined;
        audit!.patientStartIds.see(
          procedure === undefined ? at : `${at}\u001f${procedure}`,
          given,
          cursor.row.line,
        );
        // An accession with no procedure written may be the same exam as any other at its start:
        // against every accession there, it holds as one procedure under two ids would. (Each
        // accession row so counts twice toward the rows checked: the first 2,500 rows of a file.)
        if (procedure !== undefined)
          audit!.patientStartIds.see(
            `${at}\u001f\u001f`,
            procedure === '' ? given : '\u001f',
            cursor.row.line,
          );
      }
      return given;
    }
    // Slots are counted per group as the id sees it (keys normalised as identity.ts does): two
    // spellings of one patient ('SMITH' and 'Smith') are one group, so their two starts that day
    // get two slots and two ids, not one id for both.
    const provider = providerNorm(providerKey);
    if (joined) {
      // The visit's later row: its id, and the last row's provider and status would be shown.
      // Its rows under two providers are not asked as two offices (location-split): the
      // visit's one question says both are shown from the last row.
      if (joined.provider !== provider)
        audit?.visitProviderSplit(
          joined.id,
          cursor.row.line,
          location !== undefined && placeKey(location) !== joined.place,
        );
      if ((joined.status === 'CANCEL') !== (status === 'CANCEL')) audit?.sameStartDisagrees(cursor.row.line);
      return joined.id;
    }
    if (splitCheck?.wanted)
      splitCheck.see(`${patientKey}\u001f${start.asWritten}`, provider, cursor.row.line);
    const group = appointmentGroup(practiceId, norm(patientKey), provider, start.day);
    const slot = daySlots.slot(group.sha256, start.asWritten, status === 'CANCEL' ? 2 : 1);
    // One patient, provider and start, booked on one row and cancelled on another: one id for
    // both, and whichever row came last would decide. A person decides instead.
    if (daySlots.clash) audit?.sameStartDisagrees(cursor.row.line); // the first line is kept
    const derived = appointmentIdIn(group, slot);
    if (visitKey)
      visits!.set(visitKey, {
        id: derived,
        provider,
        status,
        ...(location !== undefined ? { place: placeKey(location) } : {}),
      });
    return derived;
  };
}

/** A visit's first row under its encounter number: its derived id, provider and status. */
interface EncounterVisit {
  id: string;
  provider: string;
  status: AppointmentStatus;
  /** Its location as the split check compares it (placeKey), when the row has one. */
  place?: string;
}
