// Words that name a patient's dose at an opioid treatment program's dispensary when they are the
// whole type, reason or description of a row: an OTP's schedule lists each patient's daily dose
// beside the counselling and medical visits (`Daily Dosing` at the window `05:30-10:30`, a
// `Take-Home Dose` on the day the clinic is closed), often under a status that also books visits
// (`Expected`, `Scheduled`). A dose is no appointment: the patient comes at any time in the
// window, every day, and a portal showing a 05:30 visit each morning tells them a time no one
// booked. As blocked time (block-words.ts), such a row holds the file (row-defaults.ts) and the
// text is asked once, never skipped on these words: a visit about the dose (`Dose Evaluation`,
// `Dose Increase`) is another value and goes. Sources: Methasoft's Dose Patient and Guest Dosing
// Schedule screens (na-dashboard.netalytics-cloud.com/Methasoft_Help/WebHelp/Pharmacy/),
// take-home bottles and guest dosing as OTPs name them.
//
// A window the patient may come in at any time within reads the same, whatever it is for: the
// dispensary's (`Dispensary` as the activity), a clinic's walk-in or drop-in hours (`Walk-in hours
// 08:00-11:00`), a lab's or a vaccine's window (`Lab draw window 7-9`, `Flu Shot Window`): its first
// time is no one's appointment, so the text is asked as a dose is; so is a text saying the patient
// comes when they like (`arrive any time`, `first come first served`, `sans rendez-vous`, a drop-in
// session) and an `Arrival Window` that names no home (`Lab Arrival Window`: the patient's). A
// window someone books for a visit (a home visit's `Arrival Window`, a `Visit Window`: the provider
// comes in it, booked from its start, corpus 318) is an appointment, and so is a day programme
// (`Partial Hospitalization 09:00-15:00`), a `Walk-In` visit (the patient came; not a walk-in with
// the hours it runs) and a `Walk-In Clinic` visit.
import { normalizeStatus } from './status-vocabulary.ts';

const DOSE_TERMS = new Set(
  [
    'dosing',
    'daily dosing',
    'dosing window',
    'dose window',
    'daily dose',
    'medication dosing',
    'methadone dosing',
    'methadone dose',
    'buprenorphine dosing',
    'guest dosing',
    'guest dose',
    'take home',
    'take homes',
    'take home dose',
    'take home doses',
    'take home bottles',
  ].map(normalizeStatus),
);

/** Whether `text` as a whole (accents, case and punctuation aside) names an OTP dose. */
export function namesDose(text: string): boolean {
  return DOSE_TERMS.has(normalizeStatus(text));
}

/** A window the patient comes in at any time within, in the folded form (normalizeStatus). */
const OPEN_WINDOW =
  /(?:^| )(?:dispensary|dispensario|drop ?ins?|(?:walk ?ins?|open|clinic|labs?) (?:clinic |access )?(?:hours|hrs|window|times|sessions?)|(?<!(?:arrival|visit|appointment|appt|service|delivery|time|booking|home) )window)(?: |$)/;

/** Words that say so in any language: come at any time, first come first served, without an
 *  appointment (`sin cita`, `sans rendez-vous` / `sans RDV`, `ohne Termin`, `sem marcação`), open
 *  consulting hours (`consultation libre`, `offene Sprechstunde`, `inloopspreekuur`), at the service
 *  window (`ventanilla`). A `Walk-In` alone is a visit the patient came to (it goes); a drop-in is a
 *  session the patient drops into, never one booked time. */
const ANY_TIME =
  /(?:^| )(?:any ?time|first come first served?|sin cita|sans (?:rendez vous|rdv)|consultations? libres?|ohne termin|offene sprechstunde|inloop ?spreekuur|sem (?:marcacao|agendamento)|ventanilla)(?: |$)/;

/** A walk-in written with the hours it runs (`Walk-in flu shots 10-12`): one walk-in visit has one
 *  time, a range of them is the window. On the text as written (folding drops the dash). */
const WALK_IN_RANGE =
  /walk[\s-]?ins?\b.*\d\s*(?:[-–]|to|until)\s*\d|\d\s*(?:[-–]|to|until)\s*\d.*\bwalk[\s-]?ins?\b/i;

/** An arrival window is the provider's at a home visit (the nurse comes in it, booked from its
 *  start: corpus 318's mobile draws), else the patient's: they arrive at any time within it. */
const ARRIVAL_WINDOW = /(?:^| )arrival window(?: |$)/;
const AT_HOME = /(?:^| )(?:home|homes|house|houses|in home|residence|mobile|field)(?: |$)/;

/** Whether `text` (accents, case and punctuation aside) names a window the patient may come in at
 *  any time within: no appointment at its first time. */
export function namesOpenWindow(text: string): boolean {
  const folded = normalizeStatus(text);
  return (
    OPEN_WINDOW.test(folded) ||
    ANY_TIME.test(folded) ||
    (ARRIVAL_WINDOW.test(folded) && !AT_HOME.test(folded)) ||
    WALK_IN_RANGE.test(text)
  );
}
