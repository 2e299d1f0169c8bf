// What a built-in status word that means "not an appointment" says the row is instead (SkipKind in
// status-words.ts): an appointment taken off the schedule, a free slot, or blocked time. The
// classifier has already said the value is a skip word (exact, behind a code, or with words that
// only say who or how), so the table phrase it holds tells which kind: "o - Open" holds "o open",
// "Available (A)" holds "available".
import { classifyOutsideStatus, normalizeStatus } from './status-vocabulary.ts';
import { STATUS_WORDS, type SkipKind } from './status-words.ts';

const PHRASES: ReadonlyArray<{ tokens: string[]; kind: SkipKind }> = STATUS_WORDS.flatMap((g) =>
  g.meaning === 'skip' ? g.words.map((w) => ({ tokens: normalizeStatus(w).split(' '), kind: g.kind })) : [],
);

// An open slot beside a patient is the doubt that must win: it is checked first.
const ORDER: readonly SkipKind[] = ['open-slot', 'off-schedule', 'blocked'];

function holds(tokens: string[], phrase: string[]): boolean {
  for (let i = 0; i + phrase.length <= tokens.length; i++)
    if (phrase.every((t, j) => tokens[i + j] === t)) return true;
  return false;
}

/** The kind of the table phrase a skip value holds; undefined when it holds none (a word of the
 *  profile's own, a code). */
export function tableSkipKind(word: string): SkipKind | undefined {
  const tokens = normalizeStatus(word).split(' ');
  for (const kind of ORDER) if (PHRASES.some((p) => p.kind === kind && holds(tokens, p.tokens))) return kind;
  return undefined;
}

/**
 * The kind of a value classified as skip. A built-in reading without a table phrase is blocked time
 * (never a sign that an appointment left). A practice's own skip word is its answer: a word of its
 * own ("3" of Open Dental's numeric AptStatus, UnschedList) says the appointment left the schedule,
 * as it did before kinds; an open-slot word it answered is never asked again.
 */
export function skipKind(word: string, own: boolean): SkipKind {
  const kind = tableSkipKind(word);
  if (!own) return kind ?? 'blocked';
  return kind === 'open-slot' ? 'blocked' : (kind ?? 'off-schedule');
}

/**
 * Whether a whole value names a list of appointments with no booked time: a wait list
 * (`Waitlist`, `On wait list`, `Warteliste`, `Lista de espera`), Dentrix's `Wait/Will Call`, Open
 * Dental's `UnschedList`, an `ASAP list`. Such a value in a free column beside a status of
 * `Scheduled` (`Queue` = `Waitlist`) says the row holds no slot: sent, a wish for a visit would
 * stand on the portal as a booked one. Open Dental's `Planned` is off the schedule only as a
 * status (a `Visit` of `Planned` beside `Walk-in` is a booked visit): not read elsewhere.
 */
export function namesNoSlotList(value: string): boolean {
  if (classifyOutsideStatus(value) !== 'skip' || tableSkipKind(value) !== 'off-schedule') return false;
  return !normalizeStatus(value).split(' ').includes('planned');
}
