// A person's name as two exports of one practice (or two rows of one) may spell it. Practice
// systems and the people who type into them write one family name with a hyphen or a space
// (`Garcia-Lopez`, `Garcia Lopez`), with an apostrophe or without (`O'Brien`, `OBrien`, `O Brien`),
// with its accents or without (`Muñoz`, `Munoz`). With patient ids made from name and birth date
// each spelling is another patient id, and so another appointment id. Compared here, such
// spellings are one person; what follows is only ever a question, never a merge: against what was
// sent (engine/job/same-person.ts), and between the rows of one file (trust/spellings-apart.ts).
import { ACCENT_MARKS } from './accent-marks.ts';

/** The name's words: lower case, accents off, apostrophes and periods dropped inside a word
 *  (`O'Brien` → obrien, `St.John` → stjohn), split at any other mark (`Garcia-Lopez` → garcia lopez). */
export function spellingWords(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(ACCENT_MARKS, '')
    .toLowerCase()
    .replace(/['’‘`.]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

/** The name with its words run together: `Garcia-Lopez`, `Garcia Lopez` and `garcialopez` are one. */
export function spellingKey(name: string): string {
  // Most names are plain printable ASCII (the check between a file's rows reads every row's name:
  // trust/spellings-apart.ts). There NFD and the accent marks change nothing, and the only letters
  // and digits are a-z and 0-9 once lower-cased, so the key is the name in lower case without its
  // other marks, with no walk through the words.
  if (ALNUM.test(name)) return name.toLowerCase();
  if (ASCII.test(name)) return name.toLowerCase().replace(NOT_ALNUM, '');
  return spellingWords(name).join('');
}

const ALNUM = /^[A-Za-z0-9]+$/;
const ASCII = /^[ -~]*$/;
const NOT_ALNUM = /[^a-z0-9]+/g;
