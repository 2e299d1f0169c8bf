// A Polynesian name's glottal stop (the Hawaiian ʻokina, Samoan and Tongan koma liliu / fakauʻa)
// is written as an apostrophe by systems that have no ʻokina: Ka'aihue, Fa'amausili, Tu'ipulotu.
// It is a consonant inside one word, not the start of a new name as in O'Brien or Ja'Marr, so a
// name in capitals (FA'AMOANA) goes in proper case as Fa'amoana, never Fa'Amoana.
//
// Which words: the whole word is made of the open syllables these languages have (an optional
// consonant of their alphabets, or the stop itself, then a vowel; Hawaiian h k l m n p w, Samoan
// f g l m n p s t v and loans h k r, Tongan ng, Māori wh), and the stop follows at least two
// letters (O', D', N' stay the elided particles of Irish, Italian, French and Wolof names). A
// name with a consonant cluster or a closing consonant (De'Andre, Sha'Carri, De'Aaron, La'Toya)
// is no Polynesian word, and keeps its capital after the apostrophe.

const OPEN_SYLLABLES = /^(?:(?:ng|wh|[fghklmnprstvw])?[aeiouāēīōū])+$/u;
const STOP = /['’‘ʼ´`]/gu;

/** True when a lower-case word without spaces or hyphens is a Polynesian word whose apostrophes
 *  are glottal stops (`fa'amoana`, `ka'aihue`). */
export function isGlottalStopWord(word: string): boolean {
  const first = word.search(STOP);
  if (first < 2) return false;
  const syllables = word.split(STOP);
  // The stop begins a syllable: a vowel after it, never another consonant.
  if (syllables.some((s, i) => i > 0 && !/^[aeiouāēīōū]/u.test(s))) return false;
  return OPEN_SYLLABLES.test(syllables.join(''));
}
