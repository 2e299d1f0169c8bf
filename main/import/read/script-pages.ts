// The code pages of Windows in Korea (949), Israel (1255), Turkey (1254) and the Cyrillic
// countries (1251), and text in a non-Latin code page the connector does not read. Read as Windows-1252 all of them were sent as
// Latin-looking garbage: Hebrew `כהן` as `ëäï`, Turkish `Ayşe Yılmaz` as `Ayþe Yýlmaz`, Greek
// `Γιώργος` as `Ãéþñãïò`, Korean `김민준` as `±è¹Î¡Ø`. One scan of the sample (or of the piece with
// the first letter outside ASCII), never per row.

const LATIN = /[A-Za-z]/;
const HANGUL = /[\uac00-\ud7a3]/;

/** The text `bytes` are in Korean Windows' code page 949 (EUC-KR and its extension), or undefined
 *  when they are not Korean text in it: every character outside ASCII a Hangul syllable, none
 *  glued inside a Latin word. Japanese Shift_JIS text seldom decodes as 949 at all (a kanji's
 *  second byte is often no 949 byte: 87-yoyaku's does not), and half-width katakana, which do,
 *  come out as Hanja beside Hangul (`ﾔﾏﾀﾞ` as `冬잗`), never as Hangul alone in a whole sample. */
export function koreanText(bytes: Uint8Array): string | undefined {
  let text: string;
  try {
    text = new TextDecoder('euc-kr', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
  let hangul = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c.charCodeAt(0) < 0x80) continue;
    if (!HANGUL.test(c)) return undefined;
    if (LATIN.test(text[i - 1] ?? '') || LATIN.test(text[i + 1] ?? '')) return undefined;
    hangul++;
  }
  return hangul > 0 ? text : undefined;
}

const isHebrewLetter = (b: number): boolean => b >= 0xe0 && b <= 0xfa;
/** 0xA0 no-break space, 0xFD and 0xFE the left-to-right and right-to-left marks (an Excel cell
 *  copied from a right-to-left screen starts with one). */
const isHebrewMark = (b: number): boolean => b === 0xa0 || b === 0xfd || b === 0xfe;
const isLatinByte = (b: number | undefined): boolean =>
  b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a));

/**
 * Whether `bytes` are Hebrew Windows' code page 1255: every byte outside ASCII a Hebrew letter
 * (0xE0-0xFA) or a mark, some word of two letters or more, no letter glued to a Latin one. Western
 * text has its accents inside Latin words (`José`); Cyrillic and Greek pages put their capitals at
 * 0xC0-0xDF, which names start with; Arabic's letters run through 0xC1-0xDA.
 */
export function isHebrewPage(bytes: Uint8Array): boolean {
  let word = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    if (isHebrewMark(b)) continue;
    if (!isHebrewLetter(b)) return false;
    if (isLatinByte(bytes[i - 1]) || isLatinByte(bytes[i + 1])) return false;
    word ||= isHebrewLetter(bytes[i + 1] ?? 0);
  }
  return word;
}

/** Windows-1252's readings of five of the six bytes where Turkish Windows (1254) has its own
 *  letters (Ğ ğ İ Ş ş). The sixth, `ý` (Turkish `ı`), is a Czech and Slovak letter too (Central
 *  European Windows has it at the same byte), so it alone does not call for Turkish. */
const ICELANDIC = /[ÐðÝÞþ]/;
/** The Turkish alphabet's letters outside ASCII, and the circumflex vowels of loan words. */
const TURKISH = new Set([...'ÇçĞğİıÖöŞşÜüÂâÎîÛû']);
const NON_ASCII_LETTER = /[^\p{ASCII}]/gu;

/**
 * Turkish Windows' code page 1254 differs from Windows-1252 only where 1252 has the Icelandic
 * letters: `turkish` when the 1254 reading's letters outside ASCII are all Turkish ones (`Ayşe
 * Yılmaz`), `unsure` when it reads the Icelandic bytes as Turkish letters beside others (an
 * Icelandic `Guðrún`, or a Turkish list with an `André`): then the file is held, both readings
 * shown. Undefined when no byte is one of the five.
 */
export function turkishReading(win: string, turkish: string): 'turkish' | 'unsure' | undefined {
  if (!ICELANDIC.test(win)) return undefined;
  const letters = turkish.match(NON_ASCII_LETTER) ?? [];
  return letters.every((c) => TURKISH.has(c)) ? 'turkish' : 'unsure';
}

/** Characters of 1251 beside its letters in a name or a header: number sign, guillemets, dashes,
 *  quotes, the apostrophe of Ukrainian and Belarusian names (`Дем’янчук`), ellipsis, no-break space. */
const CYRILLIC_MARKS = new Set([...'№«»–—“”„’‘…\u00a0']);
const CYRILLIC = /[\u0400-\u04ff]/;
const CYRILLIC_UPPER = /[\u0400-\u042f]/;
const CYRILLIC_LOWER = /[\u0430-\u045f]/;
/** Vowels of Russian, Ukrainian, Belarusian, Bulgarian, Serbian and Macedonian. */
const CYRILLIC_VOWEL = /[аеёиоуыэюяіїєАЕЁИОУЫЭЮЯІЇЄ]/;

/**
 * Whether `bytes` are Cyrillic Windows' code page 1251 (Russian, Ukrainian, Bulgarian, Serbian
 * Windows' ANSI page, which their Excel writes CSV in): every byte outside ASCII a Cyrillic letter
 * or one of the marks beside them, no letter glued to a Latin one (Western `José` reads `Josй`),
 * no capital after a small letter inside a word (KOI8-R, whose small letters are 1251's capitals,
 * reads `Иванов` as `йЧБОПЧ`), some capitalised word of two letters or more (Hebrew 1255 reads as
 * small letters only), and a quarter of the letters vowels, as in any Cyrillic text (two in five in
 * Russian; Greek 1253 in capitals reads mostly as consonants, `ΑΘΗΝΑ` as `БИЗНБ`).
 */
export function isCyrillicPage(bytes: Uint8Array): boolean {
  const text = new TextDecoder('windows-1251').decode(bytes);
  let capitalised = false;
  let letters = 0;
  let vowels = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c.charCodeAt(0) < 0x80 || CYRILLIC_MARKS.has(c)) continue;
    if (!CYRILLIC.test(c)) return false;
    if (LATIN.test(text[i - 1] ?? '') || LATIN.test(text[i + 1] ?? '')) return false;
    if (CYRILLIC_UPPER.test(c) && CYRILLIC_LOWER.test(text[i - 1] ?? '')) return false;
    capitalised ||=
      CYRILLIC_UPPER.test(c) && !CYRILLIC.test(text[i - 1] ?? '') && CYRILLIC.test(text[i + 1] ?? '');
    letters++;
    if (CYRILLIC_VOWEL.test(c)) vowels++;
  }
  return capitalised && vowels * 4 >= letters;
}

const WORD = /[^\s,;\t"|'()/.:\-0-9]+/g;
const LETTER = /\p{L}/u;

/**
 * Up to three words of a Latin reading with no Latin letter in them, made of three letters or more
 * outside ASCII (`Ãéþñãïò`, `ãÍãÏ`, `Îëĺíŕ`): no Western or Central European word is written so;
 * a Greek, Cyrillic, Arabic or Chinese code page read as a Latin one is. Empty when there is none.
 */
export function foreignWords(reading: string): string[] {
  const out: string[] = [];
  for (const m of reading.matchAll(WORD)) {
    const w = m[0];
    if (LATIN.test(w)) continue;
    let letters = 0;
    for (const c of w) if (c.charCodeAt(0) >= 0x80 && LETTER.test(c)) letters++;
    if (letters >= 3 && !out.includes(w)) out.push(w);
    if (out.length === 3) break;
  }
  return out;
}

/** Why a file in a code page the connector does not read is refused, with the words that show it. */
export function foreignReason(words: string[]): string {
  return `${FOREIGN_TEXT} (read as Western text its words come out as ${words.map((w) => `'${w}'`).join(', ')}): it is in another code page (Greek, Cyrillic, Arabic, Chinese or another), which the connector does not read, and its names would go garbled`;
}

/** The start of that reason, so the refusal's hint can say how to save the file again. */
export const FOREIGN_TEXT = 'the letters outside plain ASCII are not a Western language';
