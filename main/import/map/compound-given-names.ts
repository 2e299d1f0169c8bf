// Given names of two words that are one given name: the Spanish and Portuguese (and Filipino)
// compounds built on María, José, Juan, Ana, Luz, Rosa and João (María José, José Luis, Juan
// Carlos, Ana Lucía, Luz Marina, Maria João), and the American English ones (Mary Ann, Mary Beth,
// Anne Marie, Jo Ann). A US booking tool or med spa system writes its client's first and last
// name fields in one column (`María José Ortega`); read word by word the second word went as a
// middle name and was left out, so the portal got María Ortega. Both words must be of these lists:
// `Maria Elizabeth Smith` keeps Elizabeth as a middle name (Elizabeth is no compound's second
// word here), and `Maria Garcia Lopez` is no compound (Garcia is a surname: spanish-surnames.ts
// asks about it). Compared unaccented and in any case, as US exports write them.
import { foldAccents } from './status-vocabulary.ts';

/** First words of compound given names. */
const FIRST_PARTS = new Set([
  'maria',
  'jose',
  'juan',
  'ana',
  'luz',
  'rosa',
  'joao',
  'mary',
  'anne',
  'ann',
  'jo',
]);

/** Second words of compound given names, after one of FIRST_PARTS. */
const SECOND_PARTS = new Set(
  // Spanish and Portuguese
  (
    'jose maria luis carlos pablo miguel antonio manuel francisco javier angel alberto andres ' +
    'sebastian david daniel diego eduardo enrique esteban felipe fernando gabriel ignacio jesus ' +
    'jorge julian martin mateo nicolas rafael ramon ricardo roberto tomas vicente camilo ' +
    'fernanda elena teresa carmen isabel guadalupe lourdes paula rita lucia marina eugenia cristina ' +
    'laura andrea alejandra gabriela victoria luisa mercedes dolores pilar rosario soledad ines ' +
    'belen consuelo graciela leticia beatriz silvia patricia veronica monica claudia clara ' +
    'josefina cecilia angelica estela esther magdalena celeste joao paulo pedro ' +
    // American English
    'ann anne beth jo kate lou ellen marie lynn sue'
  ).split(' '),
);

/** Whether two words of a name make one given name (`María José`, `Mary Ann`). */
export function compoundGivenName(first: string, second: string): boolean {
  const fold = (w: string): string => foldAccents(w).toLowerCase();
  return FIRST_PARTS.has(fold(first)) && SECOND_PARTS.has(fold(second));
}

/** The Spanish and Portuguese first words that begin devotional given names joined by a
 *  preposition and article (`María de los Ángeles`, `María del Carmen`, `José de Jesús`, `Juan de
 *  Dios`, `Maria das Graças`, `Maria do Socorro`, `Ana de la Luz`). Only these: a `Do` or `Da` in
 *  the middle of other given names is a Korean syllable (`David Do Hyun`, `Grace Da Eun`) and
 *  keeps its capital. */
const DEVOTIONAL_FIRST_PARTS = new Set(['maria', 'jose', 'juan', 'ana', 'luz', 'rosa', 'joao']);

/** The prepositions and articles that join those given names. */
const GIVEN_NAME_JOINERS = new Set(['de', 'del', 'da', 'das', 'do', 'dos', 'la', 'las', 'los']);

/**
 * Whether word `i` of a given name (its words, spaces left out) is a joiner of a devotional
 * compound, written in lower case: after `María` (and the joiners that follow it) and before the
 * name it joins. A capitals-only export wrote `MARÍA DE LOS ÁNGELES`; cased word by word it went
 * to the portal as `María De Los Ángeles`.
 */
export function devotionalJoiner(words: readonly string[], i: number): boolean {
  const fold = (w: string): string => foldAccents(w).toLowerCase();
  if (!GIVEN_NAME_JOINERS.has(fold(words[i] ?? ''))) return false;
  let start = i - 1;
  while (start >= 0 && GIVEN_NAME_JOINERS.has(fold(words[start]!))) start--;
  if (start < 0 || !DEVOTIONAL_FIRST_PARTS.has(fold(words[start]!))) return false;
  let end = i + 1;
  while (end < words.length && GIVEN_NAME_JOINERS.has(fold(words[end]!))) end++;
  return end < words.length;
}

/** Joiners that are no Korean or Vietnamese syllable: Spanish and Portuguese only. `Do`, `Da` and
 *  `La` between a given and a family name are as often a Korean given name's syllable (`David Do
 *  Hyun Kim`) or a Vietnamese middle name: joiners only after a devotional first word, or in lower
 *  case. */
const SPANISH_JOINERS = new Set(['de', 'del', 'das', 'dos', 'las', 'los']);
/** The conjunctions between two surnames, as written (lower case only). */
const SURNAME_CONJUNCTIONS = new Set(['y', 'e', 'i']);

/**
 * Whether the words between the first and the last word of a name read first name first (`José
 * de Jesús Rivera`: middle `de Jesús`) hold a joiner: either the given name is devotional (José
 * de Jesús, Rivera) or the family name begins with a particle and runs to two (José, de Jesús
 * Rivera, as Puerto Rico's names do), and the cell does not say which. Read word by word, the
 * words between went as a middle name, left out: the portal got José Rivera, who is neither.
 */
export function joinerBetween(first: string, middle: string | undefined): boolean {
  if (!middle) return false;
  const between = middle.split(' ').filter(Boolean);
  const words = [...first.split(' ').filter(Boolean), ...between];
  const offset = words.length - between.length;
  return between.some((w, k) => {
    const bare = foldAccents(w).toLowerCase();
    if (SPANISH_JOINERS.has(bare)) return true;
    // `y`, `e`, `i` in lower case join two surnames (Spanish `Pérez y Gómez`, Portuguese `Silva
    // e Santos`, Catalan `Puig i Cadafalch`): read word by word the name had gone as Juan Pablo
    // Gómez, the first surname cut (64d). An initial is written in capitals.
    if (SURNAME_CONJUNCTIONS.has(w)) return true;
    // A list in capitals writes the Spanish `Y` in capitals too (`JUAN PEREZ Y GOMEZ` had gone as
    // Juan Gomez, 64r2). A middle initial Y is rare, and after a middle word of its own rarer still:
    // only there (`E` and `I` are common initials, `MARY E SMITH`).
    if (w.toUpperCase() === 'Y' && k > 0 && /\p{L}{2}/u.test(between[k - 1]!)) return true;
    if (!GIVEN_NAME_JOINERS.has(bare)) return false;
    return w === w.toLowerCase() || devotionalJoiner(words, offset + k);
  });
}
