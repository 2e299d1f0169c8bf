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
