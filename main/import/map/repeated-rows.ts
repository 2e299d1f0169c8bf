// A row written twice: a list kept or edited by hand in a spreadsheet gets the same row again by a
// copy-paste or a fill-down, and a query joined to another table can repeat a row. Two rows just
// under one another that come out as the same appointment (the same id, patient, start, status and
// every other detail sent) are one appointment: the second is a counted skip, never sent again.
// Rows that differ in anything sent (a booked and a cancelled row, two providers) go on to the
// checks that ask about them.
//
// One visit printed on two lines: a report that joins an appointment to its reasons or procedures
// prints a line per reason or CPT with the appointment's columns repeated (eMedicalPractice's pain
// consult then the injection done in the same slot: `77120, 8:00 AM, Consult` and `77120, 8:00 AM,
// Lumbar ESI`). Under the export's own appointment id, with the patient, start, status, provider and
// place the same, only the kind of visit told apart (type, reason, description), the lower line is
// that appointment again: a counted skip, the visit sent once as the first line gives it. Sent as
// two, the portal got one id twice with two types, the last one winning. What the loosening could
// do wrong elsewhere: an id column that is not one per appointment (an encounter, a case or a
// session id shared by two bookings) would send one of two bookings; the rule asks for the same
// patient, provider, place and minute as well, where two bookings are one visit on the portal, and
// never applies to ids made from patient, provider and day (two same-start rows there go on to
// the checks), nor across another row, a status or a patient apart.
//
// One visit printed again further down: a report by resource prints an appointment booked on two
// resources (the surgeon and the Mohs room, a doctor and an exam lane) once under each resource's
// heading, every cell alike (Nextech's Appointments by Resource, corpus 389). In a report with
// lines between its rows (headings, subtotals), an appointment the same in everything sent as the
// last one sent under its id is skipped wherever it comes: sent
// again it changes nothing on the portal (one id, one state), but the file sent one id twice.
// Only the last one under that id counts: a log that writes Scheduled, Cancelled, then Scheduled
// again under one id sends all three, so the visit ends booked, as the file last says. The
// wrong send this could cause elsewhere: none on the portal (the skipped row is the state the
// portal already has for that id); with ids made from patient, provider and day, two bookings
// alike in everything sent (patient, minute, provider, place, type) are one visit on the portal
// whichever way they go.
import type { Appointment } from '../../model/appointment.ts';
import type { ImportItem } from '../../model/import-summary.ts';
import type { TableRow } from '../read/table-types.ts';

/** How many ids back an appointment printed again is looked for. */
const RECENT = 2000;

/** Compared whole only when the ids agree: one string comparison per row otherwise. */
function sameAppointment(a: Appointment, b: Appointment): boolean {
  return a.appointmentId === b.appointmentId && JSON.stringify(a) === JSON.stringify(b);
}

/** The appointment with what the visit is for left out: its type, reason and description. */
function visitKey(a: Appointment): string {
  return JSON.stringify({ ...a, type: '', reason: undefined, description: '' });
}

/** Maps a row with `map`; an appointment the same as the one of the row just above it is skipped,
 *  and so is another line of the same visit under the export's own id (`ownId`: the row just
 *  mapped had an id of its own in the file, never one made up), and, in a report with lines
 *  between its rows (`grouped`), an appointment the same as the last one sent under its id. */
export function repeatedRowSkipper(
  map: (row: TableRow) => ImportItem,
  ownId: () => boolean = () => false,
  grouped: () => boolean = () => false,
): (row: TableRow) => ImportItem {
  let above: { line: number; appointment: Appointment; ownId: boolean } | undefined;
  // Kept only in a report with lines between its rows (`grouped`: headings, subtotals, the header
  // again), where one visit is printed under each of its resources; a plain list keeps nothing.
  // The last appointment sent under each recent id, in two generations of up to RECENT ids each
  // (the older dropped when the newer fills): a report by resource prints its second copy a few
  // hundred rows on, and an id that fell out is sent twice, as before (the portal keeps one).
  // Appointments are kept, not serialized: comparing is needed only when an id comes again.
  type Sent = { line: number; appointment: Appointment };
  let recent = new Map<string, Sent>();
  let older = new Map<string, Sent>();
  return (row) => {
    const item = map(row);
    if (item.kind !== 'appointment') {
      above = undefined;
      return item;
    }
    if (above && sameAppointment(above.appointment, item.appointment))
      return {
        kind: 'skipped',
        line: row.line,
        reason: `the same appointment as line ${above.line}, every detail sent alike: sent once`,
      };
    const id = item.appointment.appointmentId;
    const last = recent.get(id) ?? older.get(id);
    if (last && sameAppointment(last.appointment, item.appointment)) {
      above = undefined;
      return {
        kind: 'skipped',
        line: row.line,
        reason: `the same appointment as line ${last.line} (printed again, under another heading or resource), every detail sent alike: sent once`,
      };
    }
    const given = ownId();
    if (
      above?.ownId &&
      given &&
      above.appointment.appointmentId === item.appointment.appointmentId &&
      visitKey(above.appointment) === visitKey(item.appointment)
    )
      return {
        kind: 'skipped',
        line: row.line,
        reason: `another line of appointment ${item.appointment.appointmentId} on line ${above.line} (the same patient, start, status, provider and place; another type, reason or description): sent once, as line ${above.line} gives it`,
      };
    above = { line: row.line, appointment: item.appointment, ownId: given };
    if (grouped()) {
      if (recent.size >= RECENT && !recent.has(id)) [older, recent] = [recent, new Map()];
      recent.set(id, { line: row.line, appointment: item.appointment });
    }
    return item;
  };
}
