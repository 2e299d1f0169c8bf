// The combining marks folded away as accents when words are compared (`Prénom` → Prenom, the Arabic
// hamza): every mark but Thai's. Thai writes its vowels and tone marks as combining marks, so they
// are letters of the word: taken off, มี.ค. (March) became ม.ค. (January).
export const ACCENT_MARKS = /(?!\p{Script=Thai})\p{M}/gu;

// Where a visit's words are compared for what they say (the sent ledger's fingerprint,
// changes/fingerprint.ts, and the words kept as sent, engine/job/sent-wording.ts) a folded mark
// that was a letter hides a real change: the portal keeps the old word. So only the marks that
// are accents on a letter are folded there: those of no script of their own (the Latin, Greek and
// Cyrillic accents, İ's dot, Arabic's optional vowel signs), not the vowel signs of the Indic
// scripts (कमला, Kamala, is not कमल, Kamal) nor the kana voicing marks (サドウ, Sado, is not
// サトウ, Sato). And the letters an ASCII-only report writes as other letters, being no base
// letter with a mark (Groß is GROSS, Işık is ISIK, Łukasz is LUKASZ), are folded the same way.
const DIACRITIC_MARKS = /(?![\u3099\u309A])(?=\p{Script=Inherited})\p{M}/gu;
const ASCII_SPELLING: Record<string, string> = {
  ß: 'ss',
  ẞ: 'ss',
  ı: 'i',
  ł: 'l',
  Ł: 'l',
  ø: 'o',
  Ø: 'o',
  đ: 'd',
  Đ: 'd',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
};
const ASCII_SPELT = new RegExp(`[${Object.keys(ASCII_SPELLING).join('')}]`, 'gu');

/** `s` without its accents (see above), in its canonical decomposition (NFD). */
export function withoutAccents(s: string): string {
  return s
    .normalize('NFD')
    .replace(DIACRITIC_MARKS, '')
    .replace(ASCII_SPELT, (c) => ASCII_SPELLING[c]!);
}
