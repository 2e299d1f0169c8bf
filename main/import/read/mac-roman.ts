// Mac Roman: what Excel for Mac's "CSV (Macintosh)" and other old Mac programs write, with a CR
// alone at each line end. Its bytes 0x80-0xFF are other characters than Windows-1252's (0x96 is
// `ñ` there and `–` here, 0x8E `é` and `Ž`), so a name decoded the wrong way is garbled. Node has
// no Mac Roman TextDecoder: the 128 characters are written out here.
import { decodeWindows1252 } from './windows-1252.ts';

const MAC_ROMAN_HIGH =
  'ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø' +
  '¿¡¬√ƒ≈∆«»…\u00a0ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uf8ffÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ';

/** Mac Roman bytes to text. */
export function decodeMacRoman(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    out += b < 0x80 ? String.fromCharCode(b) : MAC_ROMAN_HIGH[b - 0x80]!;
  }
  return out;
}

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
/** Marks that stand for an apostrophe inside a name (`O’Brien`, `D´Souza`). */
const APOSTROPHES = new Set(['’', '‘', '´', "'"]);

/**
 * How many characters outside ASCII do not fit where they stand: a symbol or dash between two
 * letters (`N–ez`), a capital after a small letter (`JosŽ`, `JosÈ`). Real text has none.
 */
function misfits(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c.charCodeAt(0) < 0x80) continue;
    const before = text[i - 1] ?? ' ';
    const after = text[i + 1] ?? ' ';
    if (!LETTER.test(c)) {
      if (LETTER.test(before) && LETTER.test(after) && !APOSTROPHES.has(c)) n++;
    } else if (UPPER.test(c) && LOWER.test(before)) n++;
  }
  return n;
}

/**
 * Which 8-bit encoding a file with lone-CR line ends is in: Mac Roman when its text reads right
 * that way and not as Windows-1252, Windows-1252 in the opposite case, undefined when the bytes
 * cannot tell (then the file is held: a guess would send names garbled).
 */
export function macOrWindows(bytes: Uint8Array): 'macintosh' | 'windows-1252' | undefined {
  const mac = misfits(decodeMacRoman(bytes));
  const win = misfits(decodeWindows1252(bytes));
  if (mac === 0 && win > 0) return 'macintosh';
  if (win === 0 && mac > 0) return 'windows-1252';
  return undefined;
}

/** Up to three words with bytes outside ASCII, as `Mac Roman / Windows-1252`. */
export function wordsBothWays(bytes: Uint8Array): string[] {
  const mac = decodeMacRoman(bytes);
  const win = decodeWindows1252(bytes);
  const out: string[] = [];
  const word = /[^\s,;\t"|]*[\u0080-\uffff][^\s,;\t"|]*/g;
  for (let m = word.exec(mac); m && out.length < 3; m = word.exec(mac)) {
    const both = `${m[0]} / ${win.slice(m.index, m.index + m[0].length)}`;
    if (!out.includes(both)) out.push(both);
  }
  return out;
}
