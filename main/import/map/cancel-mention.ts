// Whether a note, a reason or a column besides the status says the appointment is cancelled: a
// status phrase (`Pt Cancelled`, `Cancelled by patient`, a change log's `Deleted`) or a cancel
// word anywhere in free text (`pt cxl - sick`, `cancelled per pt - will call back to resched`;
// `pt wants to cancel if earlier slot` is unclear, and so asked). Not a cancel word negated
// (`not cancelled`, `didn't cancel`), one about the cancellation list or the policy (`on cxl
// list`, `24h cancellation policy reviewed`), or an undo (`uncancelled`, `reinstated`); and not a
// move on its own (`Rescheduled`, `Moved` beside a booked status is the new slot as often as the
// old one).
import {
  ABOUT_A_LIST,
  CANCEL_STEM,
  classifyBuiltInStatus,
  NEGATIONS,
  normalizeStatus,
  UNDONE,
} from './status-vocabulary.ts';

/** Short forms of cancelled written as words of their own (`pt cxl`, `canc`, `canx`). */
const SHORT_CANCEL = new Set(['cxl', 'cxld', 'cxled', 'canx', 'canc', 'cancd', 'cncl', 'cnx', 'cnxl']);
/** Negations; an apostrophe is lost in the compared form (`didn't` reads `didn t`). */
const NEGATED = new Set([...NEGATIONS, 'didn', 'didnt', 'don', 'dont', 'doesn', 'doesnt', 'won', 'wont']);
/** Words that make the text about something else than this appointment's cancellation. */
const ABOUT_SOMETHING_ELSE = new Set([...ABOUT_A_LIST, ...UNDONE, 'policy', 'policies']);
/** Words of a move: the status list cancels the old slot on them, a note may mean the new one. */
const MOVE_WORDS = new Set(['rescheduled', 'resched', 'resch', 'moved', 'bumped', 're', 'r', 's']);

/** Status phrases are short; a longer note is only searched for its cancel words. */
const PHRASE_TOKENS = 6;

export function saysCancelled(text: string): boolean {
  // A code (`X`, `%`) means cancelled in a status column only.
  if (!/\p{L}{3}/u.test(text)) return false;
  const tokens = normalizeStatus(text).split(' ');
  if (tokens.some((t) => ABOUT_SOMETHING_ELSE.has(t))) return false;
  let negated = false;
  for (let i = 0; i < tokens.length; i++) {
    if (!CANCEL_STEM.test(tokens[i]!) && !SHORT_CANCEL.has(tokens[i]!)) continue;
    if (!tokens.slice(Math.max(0, i - 3), i).some((t) => NEGATED.has(t))) return true;
    negated = true;
  }
  return (
    !negated &&
    tokens.length <= PHRASE_TOKENS &&
    !tokens.some((t) => MOVE_WORDS.has(t)) &&
    classifyBuiltInStatus(text) === 'CANCEL'
  );
}
