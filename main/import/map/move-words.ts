// Status words that say an appointment was moved: `Rescheduled`, `Moved`, `Changed` (Ortho2,
// OrthoTrac), `Verschoben`, `Déplacé`, `Reprogramada`. Most systems (CollaborateMD, Open Dental's
// broken-and-rebooked) mark the OLD slot so and list the new one as its own row: the built-in
// vocabulary cancels it. Others
// (MedicalDirector, Healthie) move the appointment itself and leave it booked under the same id
// at its new time with this status. Which one a file means shows only against what was sent: the
// engine asks when such a row's id was sent at another start (moved-status.ts).
import { monthFromName, weekdaysFromName } from './month-names.ts';
// The move words of every language MOVE_WORDS reads (verlegt, verplaatst, spostato, remarcado,
// reagendado, reporté): missing here, `verplaatst naar 22-3` on 22 March's row went cancelled, where
// the same words in German or English are a row error asking which slot this is (64r1).
const MOVED =
  /(?:^|[^\p{L}])(?:re[-\s]?scheduled|resched|resch|r\/s|moved|changed|verschoben|verlegt|verplaatst|spostat[oa]|remarcad[oa]|reagendad[ao]|report[ée]e?|d[ée]plac[ée]e?|reprogramad[ao])(?=$|[^\p{L}])/iu;

/** Whether a status word says the appointment was moved. */
export function saysMoved(word: string): boolean {
  return MOVED.test(word);
}

/** A move word and then where to: another day, date or time (`R/S to 3/22 per pt`, `resched to
 *  Tues`, `moved to 4/2 @ 10am`, `bumped to next week`, `reprogramada para el 22/3`; the bare `RS`
 *  and `rsch` a desk types as well as `R/S`, `RS to 3/29`; a Quebec or border practice's `reporté
 *  au 29/03`, `déplacé au 2/4`, `remis au 5/4`). A move alone
 *  (`Rescheduled`) in a note is the new slot as often as the old one; moved TO somewhere says this
 *  row's slot is the one that was left. Not the 4th floor, a new address or another provider.
 *  `Changed` alone is any edit (a change log's action); `changed to 3/29` names where it went. */
const MOVE_WORDS =
  "(?:re[-\\s]?scheduled|re[-\\s]?sched(?:['’]?d)?|rsch(?:e?d)?|resch|r\\/s(?:['’]?d)?|rs(?:['’]?d)?|moved|changed|bumped|pushed(?:\\s+(?:back|out))?|postponed|reprogramad[ao]|reagendad[ao]|report[ée]e?|d[ée]plac[ée]e?|remise?|verschoben|verlegt|verplaatst|spostat[oa]|remarcad[oa])(?:\\s+(?:pt|patient|appt|apt|appointment|visit|her|him|them|it|rdv|cita))?";
/** A day or time a move names: a date without its year, a clock time with AM/PM, a weekday, a
 *  month and day, a relative day. */
const MOVE_WHEN =
  '(?:the\\s+|el\\s+)?(?:\\d{1,2}[/.-]\\d{1,2}(?!\\d)|\\d{1,2}(?::\\d\\d)?\\s*(?:am|pm|a|p)(?![\\p{L}])|(?:mon|tue|wed|thu|fri|sat|sun)\\p{L}*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\p{L}*\\.?\\s*\\d|next\\s+(?:week|month|day|available|mon|tue|wed|thu|fri|sat|sun)|tomorrow|tmrw)';
/** `to` in the languages of the move words (`verschoben auf 22.3.`, `verplaatst naar 22-3`). */
const TO = '(?:to|for|till|until|para|al?|au|à|le|auf|naar)';
const MOVED_TO = new RegExp(`(?:^|[^\\p{L}])${MOVE_WORDS}\\s+${TO}\\s+${MOVE_WHEN}`, 'iu');
/** A negation just before the move (`not moved to 3/22`, `didn't resched to Tues`). */
const NEGATED_BEFORE = /(?:^|[^\p{L}])(?:not|never|didn['’]?t|don['’]?t|won['’]?t|no)\s+(?:\p{L}+\s+)?$/iu;

/** Whether a note says this row's appointment was moved to another day or time. */
export function saysMovedAway(text: string): boolean {
  const m = MOVED_TO.exec(text);
  return !!m && !NEGATED_BEFORE.test(text.slice(0, m.index + (m[0].match(/^[^\p{L}]/u) ? 1 : 0)));
}

/** Where a move and its destination end when the value starts with them (`r/s to Thurs`,
 *  `moved to 4/2 @ 10am`), not negated: the status cell's own word of where the visit went. */
export function movedAwayEnd(text: string): number | undefined {
  const lead = text.length - text.trimStart().length;
  const m = MOVED_TO.exec(text.slice(lead));
  return m && m.index === 0 ? lead + m[0].length : undefined;
}

/** The day a move names as where it went (`to Thurs`, `to 3/11`), when it names one. */
const DESTINATION =
  /\s(?:to|for|till|until|para|al?|auf|naar)\s+(?:the\s+|el\s+)?(?:(\d{1,2})[/.-](\d{1,2})(?!\d)|(\p{L}+))/iu;

/**
 * Whether a move word names the row's own day as where it went: `r/s to Thurs` on a Thursday's
 * row, `moved to 3/11` on 11 March (either day/month reading). Such a row may be the new booking
 * the desk moved and left its note on, not the old slot: cancelled on that word, a visit still
 * booked would leave the portal, so the row is not sent on it. `day` is `YYYY-MM-DD`.
 */
export function movedToOwnDay(word: string, day: string): boolean {
  const m = MOVED_TO.exec(word);
  if (!m) return false;
  const to = DESTINATION.exec(word.slice(m.index));
  if (!to) return false;
  const [y, mo, d] = day.split('-').map(Number) as [number, number, number];
  if (to[1] !== undefined) {
    const [a, b] = [Number(to[1]), Number(to[2])];
    return (a === mo && b === d) || (a === d && b === mo);
  }
  const weekdays = weekdaysFromName(to[3]!.replace(/\.$/, ''));
  return !!weekdays && weekdays.includes(new Date(Date.UTC(y, mo - 1, d)).getUTCDay());
}

/** A clock time a move names as where it went, with no day before it (`moved to 10am`, `r/s to
 *  2:30 pm`, `resched to 3p`): the same day, at that time. */
const DESTINATION_TIME =
  /\s(?:to|for|till|until|para|al?|auf|naar)\s+(?:the\s+)?(\d{1,2})(?::(\d\d))?\s*(am|pm|a|p)(?![\p{L}])/iu;

/**
 * Whether a move word names the row's own clock time as where it went (`moved to 10am` on a row
 * at 10:00): the desk moved the visit within the day and typed the note on the row it moved, so
 * the row is the new booking, not the slot left. `minutes` is the row's local start, minutes
 * after midnight.
 */
export function movedToOwnTime(word: string, minutes: number): boolean {
  const m = MOVED_TO.exec(word);
  if (!m) return false;
  const to = DESTINATION_TIME.exec(word.slice(m.index));
  if (!to) return false;
  const hour = Number(to[1]);
  if (hour < 1 || hour > 12) return false;
  const pm = to[3]!.toLowerCase().startsWith('p');
  const h24 = (hour % 12) + (pm ? 12 : 0);
  return h24 * 60 + Number(to[2] ?? 0) === minutes;
}

/** A move and where it came from, leading the value (`Rescheduled from 3/15`, `r/s from Mon`,
 *  `moved from 10am`): the row is the booking the visit was moved to, the new slot, as a
 *  `Rescheduled From` column on the new booking says (withdrawal-columns.ts). Only `from`: a
 *  move alone says nothing of which slot the row is. */
/** `from` in the languages of the move words (`reprogramada desde 15/3`, `reprogramado del 15/3`,
 *  `verschoben von 15.3.`, `reporté du 15/3`): a status of the same move read as the slot left
 *  (cancelled) while the English one is the new booking sent the visit as cancelled (63r1). */
// German `verlegt vom`, Dutch `verplaatst van`, Italian `spostato da` / `dal`, Portuguese
// `remarcado de` / `do` / `da` (64c: `verschoben von 15.3.` still went cancelled, its date's
// closing dot read as a word after the move).
const FROM = '(?:from|desde|del|de|von|vom|du|des|van|da|dal|do)';
const MOVED_FROM = new RegExp(`^\\s*${MOVE_WORDS}\\s+${FROM}\\s+${MOVE_WHEN}`, 'iu');

/** Where a move and its origin end when the value starts with them (`Rescheduled from 3/15`). */
export function movedFromEnd(text: string): number | undefined {
  return MOVED_FROM.exec(text)?.[0].length;
}

/** The day or time after `from` (`3/15`, `Mon`, `March 15`, `10am`). */
const ORIGIN = new RegExp(
  `\\s${FROM}\\s+(?:the\\s+|el\\s+)?(?:(\\d{1,2})[/.-](\\d{1,2})(?!\\d|\\s*(?:am|pm|a|p)(?![\\p{L}]))|(\\d{1,2})(?::(\\d\\d))?\\s*(am|pm|a|p)(?![\\p{L}])|(\\p{L}+)\\.?(?:\\s*(\\d{1,2})(?!\\d))?)`,
  'iu',
);

/**
 * Whether a move's origin (`Rescheduled from 3/15`) is proven another slot than the row's own:
 * a date neither of whose day/month readings is the row's day, a weekday the row's day is not,
 * a month and day other than the row's, a clock time other than the row's start. Then the row is
 * the new booking. Its own day or time (`from 3/22` on 22 March: the row may be the slot it
 * left), or an origin that proves nothing (`from next week`), is not. `day` is `YYYY-MM-DD`,
 * `minutes` the row's local start after midnight.
 */
export function movedFromOtherSlot(word: string, day: string, minutes: number): boolean {
  const m = MOVED_FROM.exec(word);
  if (!m) return false;
  // A time written with a dot (`from 10.30am`) is no date: it proves nothing.
  const o = ORIGIN.exec(word);
  if (!o) return false;
  const [y, mo, d] = day.split('-').map(Number) as [number, number, number];
  if (o[1] !== undefined) {
    const [a, b] = [Number(o[1]), Number(o[2])];
    return !((a === mo && b === d) || (a === d && b === mo));
  }
  if (o[3] !== undefined) {
    const hour = Number(o[3]);
    if (hour < 1 || hour > 12) return false;
    const h24 = (hour % 12) + (o[5]!.toLowerCase().startsWith('p') ? 12 : 0);
    return h24 * 60 + Number(o[4] ?? 0) !== minutes;
  }
  const name = o[6]!;
  const month = monthFromName(name);
  if (month !== undefined) return o[7] !== undefined && !(month === mo && Number(o[7]) === d);
  const weekdays = weekdaysFromName(name);
  return !!weekdays && !weekdays.includes(new Date(Date.UTC(y, mo - 1, d)).getUTCDay());
}
