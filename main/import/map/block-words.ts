// Words that name blocked time when they are the whole type, reason or description of a row: a
// schedule books lunch, a meeting or a day off under a dummy patient, with a status of `FIRM` or
// `Confirmed`, and only the type or reason says it is no appointment. Such a row holds the file
// (row-defaults.ts); it is never skipped on these words, so a real visit type that happens to be
// one of them costs a question, not an appointment.
//
// These are not status words (status-words.ts): as a status, `In Office` may mean the patient is
// in the office, `Closed` a visit closed, `Hold` a booking on hold. As the kind of a visit they
// name the provider's time: OpenEMR's provider categories (Vacation, Reserved, In Office, Out Of
// Office, Lunch), NextGen's and Dentrix's block appointments (Block Out, Staff Mtg, Do Not Book,
// ER Slot), and what practices type for them. A word alone (`Break`, `Hold`, `Training`) counts
// only as the whole value (or a part before ` - `), never inside a longer one (`Hold-over`,
// `CPAP Training`).
import { normalizeStatus } from './status-vocabulary.ts';

const BLOCK_VALUES = new Set(
  [
    // days and hours off
    'vacation',
    'holidays',
    'closed',
    'office closed',
    'pto',
    'day off',
    'time off',
    'out',
    'away',
    'sick day',
    // the provider busy elsewhere
    'in office',
    'admin',
    'admin time',
    'training',
    'staff meeting',
    'staff mtg',
    'team meeting',
    'mtg',
    'lunch break',
    'break',
    // held or blocked slots
    'reserved',
    'hold',
    'block out',
    'blockout',
    'blocked out',
    'blocked slot',
    'do not book',
    'do not schedule',
    'dnb',
    'emergency slot',
    'emergency block',
    'er slot',
    'er block',
    'slot available',
    'not available',
    'unbooked',
  ].map(normalizeStatus),
);

/** Whether `text` as a whole (accents, case and punctuation aside) names blocked time. */
export function namesBlockedTime(text: string): boolean {
  return BLOCK_VALUES.has(normalizeStatus(text));
}
