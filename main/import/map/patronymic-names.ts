// East Slavic names end in a patronymic where a list writes them family name first: `Иванов Иван
// Иванович`, `Petrova Anna Sergeevna` (family name, given name, the father's name + -ovich /
// -ovna), the order of every Russian, Ukrainian and Belarusian form and register. Written given
// name first the patronymic stands between (`Ivan Ivanovich Ivanov`). Read word by word a
// patronymic last had gone as first name Ivanov, last name Ivanovich (64d); so a patronymic last,
// after a word that is none, shows a name family name first. Masculine -ovich is a family name too
// (Serbian Petrović written Petrovich, `John Paul Petrovich`), so the order is asked, not guessed.

/** The patronymic endings, romanised (Russian -ovich, -evich, -ovna, -evna, -ichna; Ukrainian
 *  -ovych, -evych, -ivna, -yivna; French-style -ovitch) and in Cyrillic; and the Kazakh ones, the
 *  father's name with -uly (son) or -kyzy / -qyzy (daughter) joined to it, in Cyrillic -ұлы / -қызы
 *  (`Nazarbayev Nursultan Abishuly` had gone as first name Nazarbayev, 64r2). Turkish and
 *  Azerbaijani -oğlu is left out: it ends Turkish family names too (Karaoğlu). */
const PATRONYMIC =
  /^(?:\p{Script=Latin}{2,}(?:ovich|evich|ovitch|evitch|ovych|evych|ovna|evna|ivna|ichna|uly|kyzy|qyzy)|\p{Script=Cyrillic}{2,}(?:ович|евич|овна|евна|ична|івна|ївна|ұлы|қызы|улы|кызы))$/iu;

/** Whether a word is shaped as an East Slavic patronymic. */
export const isPatronymic = (word: string): boolean => PATRONYMIC.test(word);

/** Whether a one-column name of three words or more, without a comma, ends in a patronymic after
 *  a word that is none (`Ivanov Ivan Ivanovich`; not `Ivan Ivanovich Ivanov`). */
export function endsInPatronymic(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length < 3) return false;
  return isPatronymic(words[words.length - 1]!) && !isPatronymic(words[words.length - 2]!);
}
