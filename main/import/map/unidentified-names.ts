// The stand-in names a chart gets while the patient is not identified: an unconscious or unnamed
// patient registered in a hurry (`UNKNOWN, MALE`, `Unidentified Female`, `UNK, UNK`), a trauma
// alias (`Trauma, Alpha`; the "unknown male Alpha" phonetic aliases of Brooks et al., Emerg Med J
// 1999), and the names every English-speaking registration desk uses for them (`DOE, JOHN`,
// `Jane Doe`, `Baby Doe`; KFF Health News, "John Doe patients sometimes force hospital staff to
// play detective"). Sent, the portal would get an account for nobody, and the next stand-in of the
// same name and birth date would become the same patient. row-patient.ts refuses such a row.
//
// Only words that say so: `Unknown` and `Unidentified` are no one's name (the split columns read
// `Unknown` as an empty cell already, no-value.ts), `Trauma` is nobody's family name. `Doe` is a
// real family name, so it counts only with the given names the stand-in uses (`John`, `Jane`,
// `Baby`, `J`): `Doe, Mary` goes; a real John Doe is told to be entered on the portal by hand.
// Hospitals' prefixed aliases (`XXWisconsin, Unidentified`, Maine Medical Center's `XXDigamma,
// Theta`) carry a marker placeholder-names.ts knows.
import { foldAccents } from './status-vocabulary.ts';

/** Words no real name has, that say the person is not known. */
const UNIDENTIFIED_WORDS = new Set(['unknown', 'unk', 'unidentified', 'unnamed', 'trauma']);
/** The given names of the Doe stand-in (`J` as in `DOE, J`). */
const DOE_GIVEN = new Set(['john', 'jane', 'baby', 'j']);

/** The words of a name part, folded to plain lower case. */
function wordsOf(part: string): string[] {
  return foldAccents(part)
    .split(/[^a-z]+/)
    .filter(Boolean);
}

// Runs on every row: one case-blind scan answers the names with none of these words in them.
const QUICK = /(?:unk|unidentified|unnamed|trauma|doe)/i;

/**
 * Whether the patient named `given` (with any middle part) `family` is a stand-in for a patient
 * not yet identified. Either order counts (`Unknown Male` in one column splits as first name
 * Unknown, `Doe John` as first name Doe).
 */
export function isUnidentifiedName(given: string, family: string): boolean {
  if (!QUICK.test(given) && !QUICK.test(family)) return false;
  const g = wordsOf(given);
  const f = wordsOf(family);
  if ([...g, ...f].some((w) => UNIDENTIFIED_WORDS.has(w))) return true;
  const doe = (a: string[], b: string[]): boolean =>
    a.length === 1 && a[0] === 'doe' && b.length === 1 && DOE_GIVEN.has(b[0]!);
  return doe(f, g) || doe(g, f);
}

/** Whether a name cell as written is one of the words above alone (`UNKNOWN`, `Unk`): a name
 *  cell the row reader takes for empty, which is a patient nobody identified, not an open slot. */
export function writesUnidentified(cell: string): boolean {
  return cell !== '' && QUICK.test(cell) && wordsOf(cell).some((w) => UNIDENTIFIED_WORDS.has(w));
}
