// The temporary names hospitals give a newborn before the parents name it (ISMP, "What's in a
// Name? Newborn Naming Conventions and Wrong-Patient Errors"; AAP News, "Guidelines for
// identifying unnamed newborns"): `Babyboy Smith`, `Smith, Baby Girl`, `BB Smith`, `BG Jones`,
// `Boy Smith`; The Joint Commission's `Smith, Judy Girl` and `Smith, Judy Girl A` for twins
// (NPSG.01.01.01: the mother's first name, then the sex); AHIMA's `Smith, GirlMarie`,
// `Smith, Girl1Marie`, `Smith, BabyMarie`; Montefiore's `Janegirl Smith`; `Twin A Smith`,
// `Infant Jones`, `Newborn Smith`. A pediatric practice books the first visits under them. None is
// the patient's name: sent, the portal would show `Baby Smith`, or the mother's name (`Judy
// Smith`) as the baby's, until the chart is renamed. row-patient.ts refuses such a row, and only
// for a patient under a year old at the visit: an adult's `Baby` or `Boy` is a name (both are
// Filipino given names and nicknames).
import { foldAccents } from './status-vocabulary.ts';

/** Words that make a newborn's given name temporary wherever they stand in it (`Judy Girl`). */
const NEWBORN_WORDS = new Set(['baby', 'babyboy', 'babygirl', 'boy', 'girl', 'infant', 'newborn']);
/** Words and markers that do only when the given name is nothing else (`BB`, `Twin A`). */
const NEWBORN_MARKERS = new Set([
  'bb',
  'bg',
  'nb',
  'twin',
  'triplet',
  'a',
  'b',
  'c',
  'd',
  '1',
  '2',
  '3',
  '4',
]);
/** A sex glued to the mother's name or a number, as written: `GirlMarie`, `Girl1Marie`,
 *  `BabyMarie`, `JaneGirl`, `Janegirl` (not `Boyd`, `Boyce`: names of their own). */
const GLUED =
  /^(?:(?:Baby|Girl|Boy)[A-Z\d]|(?:baby|girl|boy)\d)|^(?:BABY|GIRL|BOY)\d|\p{L}{3,}(?:girl|boy|Girl|Boy)$/u;

/** Whether a given name (`first` with any middle part) and family name are a newborn's temporary
 *  name. The caller asks it only of a patient under a year old. */
export function isNewbornTemporaryName(given: string, family: string): boolean {
  const words = given.split(/[^\p{L}\d]+/u).filter(Boolean);
  if (words.length === 0) return false;
  const folded = words.map((w) => foldAccents(w).toLowerCase());
  if (folded.some((w) => NEWBORN_WORDS.has(w)) || words.some((w) => GLUED.test(w))) return true;
  if (folded.every((w) => NEWBORN_MARKERS.has(w)) && folded.some((w) => w.length > 1)) return true;
  // `SMITH BABYGIRL` read first name first: the temporary word lands in the family name.
  return family.split(/[^\p{L}]+/u).some((w) => /^baby(?:boy|girl)$/.test(foldAccents(w).toLowerCase()));
}
