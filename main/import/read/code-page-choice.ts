// Which 8-bit code page a file that is not UTF-8 is in. Each reading of the bytes is judged by the
// characters that do not fit where they stand (real names have none): the file is read the one way
// that fits, and held, a few words shown both ways, when the bytes cannot tell.
//
// A file with CRLF or LF line ends is presumed Windows-1252, by far the most common: a DOS code
// page (Excel's "CSV (MS-DOS)", DOS-era programs) is taken only when Windows-1252 misreads a
// letter and the DOS page reads every one right, and the file is held only when both read letters
// that fit, different ones (`Weiß` / `Weiá`). A file with lone-CR line ends is an old Mac's, where
// Mac Roman is as likely as Windows-1252: it is held whenever the two read as well or as badly.
// Korean, Hebrew, Cyrillic, Chinese and Turkish Windows' pages are taken when the bytes show them
// (script-pages.ts, chinese-pages.ts);
// a Latin reading with words no Latin language writes is refused (`foreign`).
// One scan of the sample (or of the piece with the first letter outside ASCII), never per row.
import { decodeCodePage } from './code-pages.ts';
import { chinesePage } from './chinese-pages.ts';
import { foreignWords, isCyrillicPage, isHebrewPage, koreanText, turkishReading } from './script-pages.ts';
import { japaneseText } from './shift-jis.ts';
import type { CodePage, EncodingDoubt } from './table-types.ts';

export interface CodePageChoice {
  encoding: CodePage;
  /** Set when the file is read as Windows-1252 but may be in `rival`: it is held. */
  unsure?: EncodingDoubt;
  /** Words of the chosen Latin reading no Latin language writes (script-pages.ts): the file is in
   *  a code page the connector does not read, and is refused. */
  foreign?: string[];
}

/** Pages whose readings are the script's own (no Latin reading to doubt). */
const SCRIPT_PAGES = new Set<CodePage>([
  'shift_jis',
  'euc-kr',
  'windows-1255',
  'windows-1251',
  'big5',
  'gb18030',
]);

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
/** Marks that stand for an apostrophe inside a name (`O’Brien`, `D´Souza`). */
const APOSTROPHES = new Set(['’', '‘', '´', "'"]);
/** What `ß` follows in a German name (`Weiß`, `Strauß`, `Meißner`, `STRAßE`). */
const BEFORE_SHARP_S = new Set([...'aeiouyäöüAEIOUYÄÖÜ']);
/** Letters no Western name has: a reading that needs them is no rival to Windows-1252's ordinary
 *  letters (`PEÐA` for `PEÑA`, `Gonþalves` for `Gonçalves` in cp850). */
const RARE = new Set([...'µþÞýÝðÐÎÌıƒªº']);

const isLetter = (c: string | undefined): boolean => c !== undefined && LETTER.test(c);
const isLatinLetter = (c: string | undefined): boolean => isLetter(c) && c!.charCodeAt(0) < 0x250;
/** Arrows, mathematical signs, box drawing, blocks and shapes (and cp437's peseta sign): a DOS or
 *  Mac page's, never part of a word. */
const isGraphic = (code: number): boolean => (code >= 0x2190 && code <= 0x25ff) || code === 0x20a7;
const small = (c: string | undefined): boolean => c !== undefined && LOWER.test(c);
const capital = (c: string | undefined): boolean => c !== undefined && UPPER.test(c);

/** The first character from `i` in direction `step` that is not a symbol outside ASCII: what a
 *  run of them (`£¤` in `N£¤ez`) stands between. */
function beyondSymbols(text: string, i: number, step: 1 | -1): string | undefined {
  let j = i + step;
  while (j >= 0 && j < text.length && text.charCodeAt(j) >= 0x80 && !LETTER.test(text[j]!)) j += step;
  return text[j];
}

/** Whether the character at `i` (outside ASCII, not a no-break space) does not fit there. */
function misfit(text: string, i: number): boolean {
  const c = text[i]!;
  const code = c.charCodeAt(0);
  const before = text[i - 1];
  const after = text[i + 1];
  // A control character: a byte Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D; a
  // DOS page's `ü`, `ì`, `Å`, `É`, `Ø`).
  if (code < 0xa0) return true;
  if (!LETTER.test(c)) {
    if (isGraphic(code)) return isLetter(before) || isLetter(after);
    // A low quote opens a quotation and a per-mille sign follows a number, never a letter
    // (`Jos‚`, `Zo‰`: a DOS page's `é`, `ë`).
    if (c === '‚' || c === '„' || c === '‰') return isLetter(before);
    // A symbol or dash between two letters (`N–ez`, `N£¤ez`).
    if (APOSTROPHES.has(c)) return false;
    return isLetter(beyondSymbols(text, i, -1)) && isLetter(beyondSymbols(text, i, 1));
  }
  // A Greek letter in a Latin word (cp437's `Garcφa` for Windows-1252's `García`).
  if (code >= 0x370) return isLatinLetter(before) || isLatinLetter(after);
  // A capital after a small letter (`JosŽ`, `JosÈ`), or inside a word of small letters (`PÚrez`).
  if (UPPER.test(c)) return small(before) || (isLetter(before) && small(after));
  if (c === 'ß') return before === undefined || !BEFORE_SHARP_S.has(before); // `Chßvez`
  if (!LOWER.test(c)) return false; // `ª`, `º` (`Nº`)
  // A small letter before a capital, or after one at a word's end (`àSCAR`, `éRSULA`, `PAé`:
  // cp850's `Ó`, `Ú`, `É` read as Windows-1252; `LeeûSmith`: Windows-1252's dash read as cp850).
  return capital(after) || (capital(before) && !small(after));
}

/**
 * How a reading fits: every character (`clean`), or but for no-break spaces before a small letter
 * (`spaces`: `Ch vez`, cp437's `á` read as Windows-1252, or a space pasted from a web page, `de la
 * Cruz`; never enough alone to read a file otherwise), or not (`misfit`, told at the first).
 */
function fit(text: string): 'clean' | 'spaces' | 'misfit' {
  let spaces = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code === 0xa0) spaces ||= isLetter(text[i - 1]) && small(text[i + 1]);
    else if (misfit(text, i)) return 'misfit';
  }
  return spaces ? 'spaces' : 'clean';
}

/** Whether every character of `text` outside ASCII fits where it stands (no-break spaces too). */
export function readsRight(text: string): boolean {
  return fit(text) !== 'misfit';
}

/** Whether `rival` reads some byte as another letter than Windows-1252 does, both fitting, in a
 *  word (`Weiß` / `Weiá`): then neither reading can be presumed. */
function readsOtherLetters(rival: string, win: string): boolean {
  for (let i = 0; i < rival.length; i++) {
    const r = rival[i]!;
    if (r.charCodeAt(0) < 0x80 || r === win[i] || RARE.has(r)) continue;
    if (isLetter(r) && isLetter(win[i]) && (isLetter(rival[i - 1]) || isLetter(rival[i + 1]))) return true;
  }
  return false;
}

/** Up to three words that read differently, as `rival / Windows-1252`. */
function wordsBothWays(rival: string, win: string): string[] {
  const out: string[] = [];
  const word = /[^\s,;\t"|]*[\u0080-\uffff][^\s,;\t"|]*/g;
  for (let m = word.exec(rival); m && out.length < 3; m = word.exec(rival)) {
    const other = win.slice(m.index, m.index + m[0].length);
    const both = `${m[0]} / ${other}`;
    if (other !== m[0] && !out.includes(both)) out.push(both);
  }
  return out;
}

/** The bytes (`0xe1`) that `rival` reads as other characters than Windows-1252 does, in the order
 *  first met: what a person who confirms the Windows-1252 reading saw read right. Both pages read
 *  one character a byte, so the two texts line up. */
function bytesReadOtherwise(bytes: Uint8Array, rival: string, win: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < bytes.length && i < rival.length; i++)
    if (bytes[i]! >= 0x80 && rival[i] !== win[i]) out.add(`0x${bytes[i]!.toString(16)}`);
  return [...out];
}

/** The code page `bytes` (8-bit text, not UTF-8) are in; `crOnly` when its lines end with a CR alone. */
export function chooseCodePage(bytes: Uint8Array, crOnly: boolean): CodePageChoice {
  const choice = choosePage(bytes, crOnly);
  if (SCRIPT_PAGES.has(choice.encoding)) return choice;
  const foreign = foreignWords(decodeCodePage(bytes, choice.encoding));
  return foreign.length > 0 ? { ...choice, foreign } : choice;
}

function choosePage(bytes: Uint8Array, crOnly: boolean): CodePageChoice {
  // Korean before Japanese: 949's Hangul bytes are Shift_JIS's half-width katakana.
  if (!crOnly && koreanText(bytes) !== undefined) return { encoding: 'euc-kr' };
  if (!crOnly && isHebrewPage(bytes)) return { encoding: 'windows-1255' };
  // Cyrillic before Chinese: two 1251 letters can make one GBK character, never the other way.
  if (!crOnly && isCyrillicPage(bytes)) return { encoding: 'windows-1251' };
  const chinese = crOnly ? undefined : chinesePage(bytes);
  if (chinese) return { encoding: chinese };
  const rivals: Array<EncodingDoubt['rival']> = crOnly ? ['macintosh'] : ['cp850', 'cp437'];
  const win = decodeCodePage(bytes, 'windows-1252');
  const own = fit(win);
  const readings = rivals.map((page) => ({ page, text: decodeCodePage(bytes, page) }));
  // cp850 before cp437: where they differ, cp850 has letters and cp437 box drawing and Greek.
  const clean = readings.find((r) => fit(r.text) === 'clean');
  // Mac Roman with LF line ends (a Mac program's "Western (Mac OS Roman)" text, or an old Mac's
  // file whose line ends were converted) is taken on the DOS pages' terms, only when Windows-1252
  // misreads a letter; never a rival to a clean Windows-1252 reading (LF files are far more often
  // Windows'). Where a DOS page reads other letters as right (Mac `Peña`, `Gómez` as cp850 `Peûa`,
  // `Gùmez`), neither is taken.
  const mac = own === 'misfit' && !crOnly ? decodeCodePage(bytes, 'macintosh') : undefined;
  const macClean = mac !== undefined && fit(mac) === 'clean';
  const unsure = (r: { page: EncodingDoubt['rival']; text: string }): CodePageChoice => ({
    encoding: 'windows-1252',
    unsure: {
      rival: r.page,
      words: wordsBothWays(r.text, win),
      bytes: bytesReadOtherwise(bytes, r.text, win),
    },
  });
  const turkish = crOnly ? undefined : decodeCodePage(bytes, 'windows-1254');
  const turkishFit = turkish === undefined ? undefined : turkishReading(win, turkish);
  if (turkishFit && fit(turkish!) !== 'misfit')
    return turkishFit === 'turkish'
      ? { encoding: 'windows-1254' }
      : unsure({ page: 'windows-1254', text: turkish! });
  if (own === 'misfit' && clean)
    return macClean && readsOtherLetters(clean.text, mac)
      ? { encoding: 'windows-1252' }
      : { encoding: clean.page };
  // Central European Windows (Polish, Czech, Hungarian…: `Ma³gorzata` for `Małgorzata`) is taken
  // on the same terms, after the DOS pages: only when Windows-1252 misreads a letter and it reads
  // every one right. Never a rival to a clean Windows-1252 reading: it reads Western letters as
  // other letters that fit as well (`Peña` as `Peńa`, `Adèle` as `Adčle`), so every Spanish or
  // French file would be held.
  // Japanese Windows' Shift_JIS, when Windows-1252 misreads and the bytes are Japanese text in it.
  if (own === 'misfit' && !crOnly && japaneseText(bytes) !== undefined) return { encoding: 'shift_jis' };
  if (own === 'misfit' && !crOnly && fit(decodeCodePage(bytes, 'windows-1250')) === 'clean')
    return { encoding: 'windows-1250' };
  if (macClean) return { encoding: 'macintosh' };
  if (own === 'clean') {
    const rival = clean && (crOnly || readsOtherLetters(clean.text, win)) ? clean : undefined;
    return rival ? unsure(rival) : { encoding: 'windows-1252' };
  }
  if (own === 'spaces' && clean) return unsure(clean);
  // Nothing reads right: a Windows-1252 file keeps its garbled names for the row check
  // (map/garbled-text.ts); an old Mac's is held.
  return crOnly ? unsure(readings[0]!) : { encoding: 'windows-1252' };
}
