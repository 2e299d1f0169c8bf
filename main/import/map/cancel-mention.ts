// Whether a note, a reason or a column besides the status says the appointment is cancelled: a
// status phrase (`Pt Cancelled`, `Cancelled by patient`, a change log's `Deleted`, a chair named
// `Broken Appts` or `Op 9 - Broken`) or a cancel word anywhere in free text (`pt cxl - sick`,
// `cancelled per pt - will call back to resched`; `pt wants to cancel if earlier slot` is unclear,
// and so asked). Not a cancel word negated (`not cancelled`, `didn't cancel`), one about the
// cancellation list or the policy (`on cxl list`, `24h cancellation policy reviewed`), or an undo
// (`uncancelled`, `reinstated`); and not a move on its own (`Rescheduled`, `Moved` beside a booked
// status is the new slot as often as the old one), but a move to another day or time is (`R/S to
// 3/22 per pt`: this row's slot is the one left).
//
// A note is read clause by clause (split at `-`, `,`, `;`, `/`, `.`, `:`), and a negation counts
// only in the cancel word's own clause, right before it or with only helper words between (`did
// not want to cancel`): a reason that starts with one (`No ride - cancelled`, `Not feeling well -
// cxl per pt`, `no show, then cancelled f/u`) is no negation of the cancellation after it, and
// neither is `no` before a noun (`No childcare pt cxl`).
import {
  ABOUT_A_LIST,
  BUILT_IN_STATUS,
  CANCEL_CODES,
  CANCEL_STEM,
  foldAccents,
  mayBeCancelled,
  NEGATIONS,
  normalizeStatus,
  UNDONE,
} from './status-vocabulary.ts';
import { saysMovedAway } from './move-words.ts';
import { saysVisitOff } from './visit-off-words.ts';

/** Short forms of cancelled written as words of their own (`pt cxl`, `canc`, `canx`, `cx'd`). */
const SHORT_CANCEL = new Set(['cxl', 'cxld', 'cxled', 'cxd', 'canx', 'canc', 'cancd', 'cncl', 'cnx', 'cnxl']);
/** Short forms that are a cancellation only as a status phrase with another word (`cx per pt`,
 *  `pt c/x`): in free text `cx` is also the cervical spine or a culture, and a clause of `cx` alone
 *  is cut from a longer note (`cx - neg`, `Cx: cervical`, `cx/bx results`). Read as `cxl` there. */
const PHRASE_ONLY_CANCEL = new Set(['cx']);
/** `cx` or `c/x` as a word: a text of it beside two-letter words only (`pt cx`) is still read. */
const SHORT_CX = /(?:^|[^\p{L}])c\/?x(?:[^\p{L}]|$)/iu;
/** A broken appointment (Dentrix, Eaglesoft): `brkn`, `broke` or `broken` is a cancellation before
 *  an appointment word (`pt brkn appt due to illness`) or as a status phrase (`brkn`, `Op 9 -
 *  Broken`); before any other noun it is a tooth, a filling, a bracket or a wrist. */
const BROKE = new Set(['brkn', 'broke', 'broken']);
const APPOINTMENT = new Set(['appt', 'appts', 'apt', 'apts', 'appointment', 'appointments']);
/** Negations; an apostrophe is dropped first (`didn't` reads `didnt`). */
const NEGATED = new Set([
  ...NEGATIONS,
  'didnt',
  'dont',
  'doesnt',
  'wont',
  'isnt',
  'wasnt',
  'havent',
  'hasnt',
]);
/** Words that may stand between a negation and the cancel word it governs (`has not yet been
 *  cancelled`, `did not want to cancel`, `n'a pas été annulé`, `no se canceló`). Any other word
 *  ends the negation: `no show cancelled`, `not feeling well cxl`. */
const HELPERS = new Set([
  'yet',
  'be',
  'been',
  'being',
  'was',
  'were',
  'is',
  'has',
  'have',
  'had',
  'do',
  'did',
  'does',
  'will',
  'would',
  'should',
  'to',
  'want',
  'wanted',
  'wants',
  'going',
  'need',
  'needed',
  'needs',
  'ever',
  'really',
  'actually',
  'a',
  'se',
  'ha',
  'ete',
  'wurde',
  'worden',
  'ist',
  'fue',
  'sido',
]);
/** How many helper words may stand between a negation and its cancel word. */
const MAX_HELPERS = 3;
/** Words that make a clause about something else than this appointment's cancellation. */
const ABOUT_SOMETHING_ELSE = new Set([...ABOUT_A_LIST, 'policy', 'policies']);
/** Words of a move: the status list cancels the old slot on them, a note may mean the new one.
 *  `Changed` (Ortho2's moved) says no more in a note or a change log, where it is any edit
 *  (Open Dental's HistApptAction `Changed`). */
const MOVE_WORDS = new Set([
  'rescheduled',
  'resched',
  'resch',
  'moved',
  'changed',
  'bumped',
  're',
  'r',
  's',
  'rs',
]);

/** Status phrases are short; a longer note is only searched for its cancel words. */
const PHRASE_TOKENS = 6;

/** The words of the built-in cancel list (German also with `ae`, `oe`, `ue`) and the delete codes:
 *  a clause with none of them, no cancel stem, no `%` code and no camelCase cannot read as
 *  cancelled in the status list, so most notes are never run through it (a notes column may hold
 *  200,000 distinct texts). */
const CANCEL_PHRASE_WORDS = new Set([
  ...BUILT_IN_STATUS.cancel
    .flatMap((w) => [w, w.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue')])
    .flatMap((w) => normalizeStatus(w).split(' ')),
  ...CANCEL_CODES,
]);

/** Clause breaks: `,;.:/`, a dash with a space beside it (not `no-show`, `not-cancelled`). */
const CLAUSE_BREAK = /[,;.:!?/]+|\s[-–—]+|[-–—]+\s/u;
/** An apostrophe inside a word (`didn't`, `cx'd`) and a slash between two letters (`c/x`, `r/s`):
 *  one word. */
const IN_WORD = /(?<=\p{L})['’`´](?=\p{L})|(?<=(?:^|[^\p{L}])\p{L})\/(?=\p{L}(?:[^\p{L}]|$))/gu;

export function saysCancelled(text: string): boolean {
  // A code (`X`, `%`) means cancelled in a status column only; `cx` beside a word (`pt cx`) not.
  // A move to another day needs no word of three letters (`R/S to 3/22`).
  if (!/\p{L}{3}/u.test(text) && !SHORT_CX.test(text) && !saysMovedAway(text)) return false;
  const unjoined = text.replace(IN_WORD, '');
  const joined = unjoined.replace(TITLED_NAME, (m, title: string, name: string) =>
    namedOnly(m, title, name, unjoined),
  );
  const whole = normalizeStatus(joined).split(' ');
  // An undo takes back every cancellation the text mentions.
  if (whole.some((t) => UNDONE.has(t))) return false;
  // Moved to another day or time: this row's slot was left, as a cancelled one is (move-words.ts).
  if (saysMovedAway(text)) return true;
  // A cancellation negated (`not cancelled`) or booked again since (`rebooked today`).
  let takenBack = false;
  const clauses = joined.split(CLAUSE_BREAK);
  for (let i = 0; i < clauses.length; i++) {
    const said = clauseSaysCancelled(clauses[i]!);
    if (said === true && !rebookedSince(clauses, i)) return true;
    if (said !== false) takenBack = true;
  }
  // The whole text as one status phrase (`Scheduled (DEL)`, a code and its word).
  if (!takenBack && !whole.some((t) => ABOUT_SOMETHING_ELSE.has(t)) && isCancelPhrase(whole, text))
    return true;
  // Off in plain words, with no cancel word (`not coming`, `DUPLICATE`, `pt deceased`).
  return saysVisitOff(text);
}

/** A title and a capitalized word that is a surname, not a participle or a short form (`Dr.
 *  Cancel`, `Mrs. Cancellieri`): the name is read as no cancellation; `Dr Cxl`, `Dr. Cancelled`,
 *  `Dr. Cancels` still are one (the status list reads `Dr Cxl` as the doctor's cancellation). */
const TITLED_NAME = /(?<!\p{L})(Dr|DR|Mr|Mrs|Ms|Miss|Prof|Doctor)\.?\s+(\p{Lu}\p{Ll}+)(?!\p{L})/gu;
/** A titled cancel word read as a surname only as the whole note, or after who the visit is with
 *  (`seeing Dr. Cancel`): with more words (`Dr Cancel appt`, `Dr. Cancel - out sick`, `Dr Cancel
 *  per office`) it is as likely the doctor's cancellation in a desk's shorthand, and is read so. */
const NAME_ALONE =
  /^\s*(?:(?:seeing|see|sees|with|w|per|for|by|to|pt of|patient of)\s+)?(?:Dr|DR|Mr|Mrs|Ms|Miss|Prof|Doctor)\.?\s+\p{Lu}\p{Ll}+\s*\.?\s*$/u;
function namedOnly(match: string, title: string, name: string, text: string): string {
  const n = name.toLowerCase();
  if (SHORT_CANCEL.has(n) || /(?:ed|s|ing|ation)$/.test(n)) return match;
  return CANCEL_STEM.test(n) && !NAME_ALONE.test(text) ? match : `${title} Name`;
}

/** A cancellation in the past (`was cancelled last week`) and a later clause that says the visit
 *  was booked again here, naming no other day (`rebooked today`): the row is the booking made
 *  again, as its booked status says. Moved to another day is read before (saysMovedAway). */
const PAST_CANCEL =
  /(?:^|[^\p{L}])(?:was|were|had been|previously|prev|last (?:week|month|time)|yesterday|earlier|prior)(?:[^\p{L}]|$)/iu;
const REBOOKED_HERE =
  /^\s*(?:pt |patient )?(?:re-?booked|re-?scheduled|re-?instated|re-?made|booked again)(?:\s+(?:today|now|per pt|per patient|by phone|here|in this slot|into this slot))?\s*$/iu;
/** The rebooking must be the note's last word on it: a clause after it (`- new appt 88110`, `pt
 *  aware`) may say the booking made again is another row, and the note is read as cancelled. */
function rebookedSince(clauses: readonly string[], at: number): boolean {
  const after = clauses.slice(at + 1).filter((c) => c.trim() !== '');
  return PAST_CANCEL.test(clauses[at]!) && after.length > 0 && REBOOKED_HERE.test(after[after.length - 1]!);
}

/** Whether one clause says cancelled: a cancel word not negated, or a cancel phrase. */
function clauseSaysCancelled(clause: string): boolean | 'negated' {
  const tokens = normalizeStatus(clause).split(' ');
  if (tokens.some((t) => ABOUT_SOMETHING_ELSE.has(t))) return false;
  let negated = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!CANCEL_STEM.test(t) && !SHORT_CANCEL.has(t) && !(BROKE.has(t) && APPOINTMENT.has(tokens[i + 1]!)))
      continue;
    if (!negatedAt(tokens, i)) return true;
    negated = true;
  }
  if (negated) return 'negated';
  if (tokens.some((t, i) => PHRASE_ONLY_CANCEL.has(t) && cxIsVerb(tokens, i))) return true;
  if (tokens.length > 1 && tokens.some((t) => PHRASE_ONLY_CANCEL.has(t))) {
    const phrase = tokens.map((t) => (PHRASE_ONLY_CANCEL.has(t) ? 'cxl' : t));
    return isCancelPhrase(phrase, phrase.join(' '), true);
  }
  return /\p{L}{3}/u.test(clause) && isCancelPhrase(tokens, tokens.join(' '));
}

/** Who cancels, right before `cx` (`pt cx per pt request`, `ofc cx - dr out`). */
const CX_WHO = new Set(['pt', 'pts', 'patient', 'dr', 'doctor', 'provider', 'office', 'ofc', 'clinic']);
/** Verbs of wanting or calling before `to cx` (`called to cx`, `wants to cx`). */
const CX_WANT = new Set([
  'called',
  'calling',
  'call',
  'wants',
  'want',
  'wanted',
  'needs',
  'need',
  'asked',
  'going',
]);

/** Words after a culture's `cx` (`pt cx results reviewed`, `pt cx neg`). */
const CX_LAB = new Set([
  'result',
  'results',
  'res',
  'neg',
  'negative',
  'pos',
  'positive',
  'pending',
  'sent',
  'collected',
  'taken',
  'grew',
  'growth',
  'ordered',
  'swab',
  'report',
]);

/** Whether the `cx` at `at` is the verb cancel, not a culture or the cervix: after who did it
 *  (`pt cx per pt request`: the status list leaves a cancellation with `request` undecided, so the
 *  phrase went unread and the row booked) or after `called to`, `wants to` (`called to cx`). Not
 *  negated (`pt did not cx`). */
function cxIsVerb(tokens: readonly string[], at: number): boolean {
  if (CX_LAB.has(tokens[at + 1] ?? '')) return false;
  const before = tokens[at - 1];
  const said =
    (before !== undefined && CX_WHO.has(before)) || (before === 'to' && CX_WANT.has(tokens[at - 2] ?? ''));
  return said && !negatedAt(tokens, at);
}

/** A negation right before the cancel word at `at`, or with only helper words between. */
function negatedAt(tokens: readonly string[], at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - 1 - MAX_HELPERS; i--) {
    if (NEGATED.has(tokens[i]!)) return true;
    if (!HELPERS.has(tokens[i]!)) return false;
  }
  return false;
}

/** A short text that the status list reads as cancelled, and that is no move. `short`: it holds a
 *  short form read as `cxl`, so the status list is asked whatever its other words. */
function isCancelPhrase(tokens: readonly string[], text: string, short = false): boolean {
  return (
    tokens.length <= PHRASE_TOKENS &&
    !tokens.some((t) => MOVE_WORDS.has(t)) &&
    (short ||
      tokens.some((t) => CANCEL_PHRASE_WORDS.has(t)) ||
      text.includes('%') ||
      /\p{Ll}\p{Lu}/u.test(text)) &&
    mayBeCancelled(text)
  );
}

/** The cancellation nouns: a type naming one is a visit booked from the cancellation list. */
const CANCELLATION_NOUN = /cancell?ation|cancelacion|annulation|absage/;

/** A type whose whole value is a word that cancels (`Cancelled`, `CANC`, `Broken`, `Void`), not
 *  a cancellation noun (`Cancellation`: a kind of visit). Read as any column besides the status
 *  is: a code that is a status only there (`CNA`: a certified nursing assistant's visit in a
 *  home-health file, beside `RN` and `HHA`) or one character alone (`X`, OpenEMR's cancelled, is
 *  also a type code) says nothing. */
export function typeSaysCancelled(value: string): boolean {
  if (CANCELLATION_NOUN.test(foldAccents(value))) return false;
  // A cancel word of its own inside a longer type (`CANCELLED OV`, `Cancelled Procedure`,
  // `CANC-FU`, `Late Cancel Fee`) says so as surely as the whole value: a desk that renames the
  // visit rather than its status. Read as a note is (saysCancelled): not `cx` alone, a
  // culture or the cervix, nor a broken tooth; these went as booked visits of that type.
  return (normalizeStatus(value).length > 1 && mayBeCancelled(value)) || saysCancelled(value);
}
