// Status words that say what happened at the visit itself: the patient came, was checked in or
// out, was seen, or did not come. A confirmation (a reminder's answer: Confirmed, Left Message,
// Cancelled) never has them, so a column named for the confirmation that holds them is the
// appointment's own status: Kareo / Tebra PM keeps the appointment's status in its
// `Confirmation Status` field (Scheduled, Confirmed, Check-in, Seen, Check-out, No-Show,
// Cancelled, Rescheduled: helpme.tebra.com, "What items sync between Kareo EHR and Kareo
// Practice Management calendars?"). Compared in the status vocabulary's folded form.
import { normalizeStatus } from './status-vocabulary.ts';
import { STATUS_WORDS } from './status-words.ts';

const VISIT_FLOW = new Set(
  [
    'arrived',
    'check in',
    'checked in',
    'check out',
    'checked out',
    'seen',
    'roomed',
    'in room',
    'no show',
    'noshow',
    'did not attend',
    'dna',
    'missed',
  ].map(normalizeStatus),
);

/** Whether `value` says what happened at the visit (`Check-in`, `Seen`, `No-Show`). */
export function isVisitFlowWord(value: string): boolean {
  return VISIT_FLOW.has(normalizeStatus(value));
}

// The table's words that say the visit was kept (the patient arrived, is with the provider, was
// seen, the visit completed) or missed (no show), in every language of the table: STATUS_WORDS'
// groups marked `came` or `missed`. The table's other words (booked, confirmed, `Not Arrived`,
// `Left Message`) are no such word, even where one holds a kept word inside.
const OUTCOME = new Set(
  STATUS_WORDS.flatMap((g) =>
    g.meaning !== 'skip' && (g.came || g.missed) ? g.words.map(normalizeStatus) : [],
  ),
);
const OTHER = new Set(
  STATUS_WORDS.flatMap((g) =>
    g.meaning === 'skip' || !(g.came || g.missed) ? g.words.map(normalizeStatus) : [],
  ),
);
const PHRASES = [...OUTCOME].filter(Boolean).map((w) => w.split(' '));
/** A word before a phrase that denies it (`not arrived`, `never seen`, `yet to show`). */
const DENIAL = new Set(['not', 'no', 'non', 'never', 'un', 'yet', 'before', 'awaiting', 'pending']);

/**
 * Whether a status says what became of the visit: the patient came or did not (`Arrived`, `With
 * Provider`, `Completed`, `No Show`), the table's word, or one held whole inside the status with
 * no denial before it (`Pt Arrived`, `Seen by Provider`). Wider than isVisitFlowWord, which also
 * names a column; a note answered cancelled beside such a status is a row error (row-status.ts).
 */
export function saysVisitOutcome(value: string): boolean {
  const folded = normalizeStatus(value);
  if (VISIT_FLOW.has(folded) || OUTCOME.has(folded)) return true;
  if (OTHER.has(folded)) return false;
  const tokens = folded.split(' ');
  return PHRASES.some((p) => {
    for (let i = 0; i + p.length <= tokens.length; i++)
      if (p.every((t, j) => tokens[i + j] === t) && !(i > 0 && DENIAL.has(tokens[i - 1]!))) return true;
    return false;
  });
}

const MISSED = new Set(
  STATUS_WORDS.flatMap((g) => (g.meaning !== 'skip' && g.missed ? g.words.map(normalizeStatus) : [])),
);
/** Whether a whole value is the table's word for a visit missed (`No Show`, `Did not arrive`,
 *  `LWBS`): an outcome no invite, reminder or form has, so a column that writes it is the visit's. */
export function saysVisitMissed(value: string): boolean {
  const folded = normalizeStatus(value);
  return MISSED.has(folded) || folded === 'no show' || folded === 'noshow' || folded === 'dna';
}
