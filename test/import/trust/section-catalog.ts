// The headings and the forms of red team 55h (section-probes.ts): what each section's rows are, by
// the words a front desk reads, and how report writers print a heading on a line of its own.
import { WIDTH, type Meaning } from './section-probes.ts';

/** Section words, English and Spanish, and words no list of the importer's holds. A no-show is a
 *  visit that exists (status-words.ts: NEW); a row under `Rescheduled` may be the slot left or the
 *  new booking, so no one can say. */
export const SECTIONS: Array<[string, Meaning]> = [
  ['Cancelled Appointments', 'cancelled'],
  ['Canceled', 'cancelled'],
  ['No Shows', 'booked'],
  ['Wait List', 'off'],
  ['Recalls Due', 'off'],
  ['Deleted Appointments', 'cancelled'],
  ['Rescheduled', 'unknown'],
  ['Blocked Time', 'off'],
  ['Requests (not yet booked)', 'off'],
  ["Tomorrow's Confirmations", 'booked'],
  ['Citas canceladas', 'cancelled'],
  ['Lista de espera', 'off'],
  ['Recordatorios pendientes', 'unknown'],
  ['Citas eliminadas', 'cancelled'],
  ['Solicitudes de cita', 'off'],
  ['Inasistencias', 'booked'],
  ['Bumped', 'unknown'],
  ['Waitlist Offers', 'unknown'],
  ['Pending Requests', 'unknown'],
  ['Unscheduled', 'unknown'],
];

const pad = (cells: string[]): string => [...cells, ...Array(WIDTH - cells.length).fill('')].join(',');
const q = (v: string): string => (/[",]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** A heading's printed forms, each the line (or lines) for the words `t` over `n` rows. */
export const FORMS: Array<[string, (t: string, n: number) => string[]]> = [
  ['a lone cell', (t) => [q(t)]],
  ['the first cell of a row of commas', (t) => [pad([q(t)])]],
  ['in capitals', (t) => [q(t.toUpperCase())]],
  ['with a count in brackets', (t, n) => [q(`${t} (${n})`)]],
  ['with a count in a cell of its own', (t, n) => [pad([q(t), String(n)])]],
  ['with a colon and a count', (t, n) => [q(`${t}: ${n}`)]],
  ['with the day after a dash', (t) => [q(`${t} - 03/22/2027`)]],
  ['with the day in a cell of its own', (t) => [pad([q(t), '03/22/2027'])]],
  ['between asterisks', (t) => [q(`*** ${t} ***`)]],
  ['in the patient column beside the day', (t) => [pad(['03/22/2027', '', q(t)])]],
  ['as a status label', (t) => [q(`Status: ${t}`)]],
  ['with a date label', (t) => [q(`${t} for Date: 03/22/2027`)]],
  ['with a count in the last column', (t, n) => [pad([q(t)]).replace(/,$/, `,${n}`)]],
  ['beside the provider', (t) => [pad([q(t), '', '', '', '', 'Dr. Raj Lee'])]],
  ['with a count word', (t, n) => [q(`${t} - ${n} appointments`)]],
];
