// A row written twice: a list kept or edited by hand in a spreadsheet gets the same row again by a
// copy-paste or a fill-down, and a query joined to another table can repeat a row. Two rows just
// under one another that come out as the same appointment (the same id, patient, start, status and
// every other detail sent) are one appointment: the second is a counted skip, never sent again.
// Rows that differ in anything sent (a booked and a cancelled row, two providers) go on to the
// checks that ask about them.
import type { Appointment } from '../../model/appointment.ts';
import type { ImportItem } from '../../model/import-summary.ts';
import type { TableRow } from '../read/table-types.ts';

/** Compared whole only when the ids agree: one string comparison per row otherwise. */
function sameAppointment(a: Appointment, b: Appointment): boolean {
  return a.appointmentId === b.appointmentId && JSON.stringify(a) === JSON.stringify(b);
}

/** Maps a row with `map`; an appointment the same as the one of the row just above it is skipped. */
export function repeatedRowSkipper(map: (row: TableRow) => ImportItem): (row: TableRow) => ImportItem {
  let above: { line: number; appointment: Appointment } | undefined;
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
    above = { line: row.line, appointment: item.appointment };
    return item;
  };
}
