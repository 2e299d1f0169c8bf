// The id an XML record carries of itself. `<Appointment id="MS-1001">` or `<Appt><ID>9001</ID>`:
// a bare `id` is a CSV's most doubtful header (a patient's? a row's?), but on an element that
// names the appointment it can only be that appointment's id, as a nested `Patient/id` is the
// patient's. Read as a bare `id`, every such export was held to ask whether it was the
// appointment id. It is read with its record's name only when that name says appointment
// (`Appointment`, `Appt`, `Visit`, `Termin`, `Cita`); `<row id>`, `<Table><ID>`, `<Patient id>`
// keep the bare header's doubt. The column keeps its name (`id`): saved mappings name it so.
import { headerConcepts, headerScore, headerWords } from './header-meaning.ts';

/** The concepts of a record's own `id` column read with the record's name, or undefined. */
export function recordIdConcepts(recordPath: string | undefined, header: string): Set<string> | undefined {
  if (!recordPath || header.includes('/') || headerWords(header).join(' ') !== 'id') return undefined;
  const record = recordPath
    .split('/')
    .pop()!
    .replace(/^[^:]*:/, '');
  const concepts = headerConcepts(`${record} ${header}`);
  return headerScore('appointmentId', concepts) >= 1 ? concepts : undefined;
}
