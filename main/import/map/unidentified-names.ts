// The stand-in names a chart gets while the patient is not identified: an unconscious or unnamed
// patient registered in a hurry (`UNKNOWN, MALE`, `Unidentified Female`, `UNK, UNK`) and a trauma
// alias (`Trauma, Alpha`; the "unknown male Alpha" phonetic aliases of Brooks et al., Emerg Med J
// 1999). Sent, the portal would get an account for nobody, and the next stand-in of the same name
// and birth date would become the same patient. row-patient.ts refuses such a row.
//
// Only words no real name is: `Unknown` and `Unidentified` (the split columns read `Unknown` as an
// empty cell already, no-value.ts), `Trauma`. `DOE, JOHN` and `Jane Doe` go as written: `Doe` is a
// real family name, and a patient who books a visit has been identified (a hospital's John Doe is
// renamed before any follow-up is booked). Hospitals' prefixed aliases (`XXWisconsin,
// Unidentified`, Maine Medical Center's `XXDigamma, Theta`) carry a marker placeholder-names.ts knows.
import { foldAccents } from './status-vocabulary.ts';

/** Words no real name has, that say the person is not known. */
const UNIDENTIFIED_WORDS = new Set(['unknown', 'unk', 'unidentified', 'unnamed', 'trauma']);

// Runs on every row: one case-blind scan answers the names with none of these words in them.
const QUICK = /(?:unk|unidentified|unnamed|trauma)/i;

/** Whether a name or a part of one says the patient is not identified (`Unknown Male`, `UNK`,
 *  `Trauma`); asked of the cells as written too, since `UNKNOWN` alone reads as an empty cell. */
export function namesUnidentified(part: string): boolean {
  return (
    part !== '' &&
    QUICK.test(part) &&
    foldAccents(part)
      .split(/[^a-z]+/)
      .some((w) => UNIDENTIFIED_WORDS.has(w))
  );
}
