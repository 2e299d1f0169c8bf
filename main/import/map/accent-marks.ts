// The combining marks folded away as accents when words are compared (`Prénom` → Prenom, the Arabic
// hamza): every mark but Thai's. Thai writes its vowels and tone marks as combining marks, so they
// are letters of the word: taken off, มี.ค. (March) became ม.ค. (January).
export const ACCENT_MARKS = /(?!\p{Script=Thai})\p{M}/gu;
