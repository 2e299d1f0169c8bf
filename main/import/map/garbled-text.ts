// Whether a name was read in the wrong text encoding. Runs on every row's names: plain ASCII (most
// names) is answered by one scan; the rest by one regular expression.
import { WIN1252_HIGH } from '../read/windows-1252.ts';

/**
 * The characters a UTF-8 continuation byte (0x80-0xBF) becomes when UTF-8 is read as
 * Windows-1252: 0x80-0x9F are Windows-1252's own (`€`, `‰`, `‘`, `Š`, `œ`…, built from its
 * table so none is left out), 0xA0-0xBF Latin-1's. Lower case too: names are proper-cased before
 * they are judged (`JOSÃ‰` → `Josã‰`).
 */
const CONTINUATION = [
  ...WIN1252_HIGH,
  ...Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(0xa0 + i)),
];
// A no-break space after an accented letter may be one typed into the name (`José\u00a0Luis`): it
// counts only after `Â` and `Ã` (a double-encoded no-break space or `à`).
// š, ž, Š, Ž are continuation bytes too (0x9A, 0x9E, 0x8A, 0x8E), but real letters of Czech,
// Slovak, Slovene, Croatian, Baltic and Finnish names, after an accented one as often (`Tomáš`,
// `Lukáš`, `Míša`): they count only after the leads of the two-byte letters that end in them
// (`Ãš` Ú, `Äš` Ě, `Åš` Ś, `Åž` Ş). `Tomáš Černý` had been a row error, its name called garbled.
const BALTIC_SLAVIC = new Set(['š', 'ž', 'Š', 'Ž']);
const CONTINUATION_CLASS = [...new Set([...CONTINUATION, ...CONTINUATION.map((c) => c.toLowerCase())])]
  .filter((c) => c !== '\u00a0' && !BALTIC_SLAVIC.has(c))
  .map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
  .join('');

/** A C1 control (a DOS code page's `ü`, 0x81, read as Windows-1252); a UTF-8 lead byte read as
 *  Windows-1252 (`Ã`, `Â`, `Å`, `â`… in either case) before a continuation byte read so (`JosÃ©`,
 *  `Ã‰mond`, `NuÃ‘ez`, `â€™`, `Â `); a symbol or a low quote outside ASCII (CP850's `é` and `ñ`
 *  read as `‚` and `¤`: `N¤£ez`) or a dash between letters (Mac Roman's `Nœ–ez`). No real name has
 *  these: `JOÃO` (Ã before a letter) is Portuguese and stays, and an acute accent typed for an
 *  apostrophe (`D´Souza`) is not a symbol here. */
const GARBLED = new RegExp(
  `[\\u0080-\\u009f‚„]|[\\u00c2-\\u00ff][${CONTINUATION_CLASS}]|[ÂÃÄÅâãäå][šžŠŽ]|[ÂâÃã]\\u00a0|(?=[\\u0080-\\u{10ffff}])(?!´)\\p{S}|\\p{L}[–—]\\p{L}`,
  'u',
);

export function looksGarbled(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return GARBLED.test(text);
  return false;
}

/** What a continuation byte reads as in Windows-1252, as written (no no-break space: see above). */
const CONT = `[\\u0080-\\u009f\\u00a1-\\u00bf${WIN1252_HIGH}]`;

/** A whole UTF-8 sequence read as Windows-1252, in the case it was written (`ClÃ­nica`,
 *  `REVISIÃ“N`, `â€“`), a C1 control, or the replacement character a decoder puts for a byte it
 *  could not read (`Cl\ufffdnica`). Narrower than GARBLED, for free text such as a type or a
 *  location, where a symbol (`360°`, `Zahnreinigung 🦷`, `50 €`, `«Bébé»`) is no sign of damage. */
const MISDECODED = new RegExp(
  `[\\u0080-\\u009f\\ufffd]|[ÂÃ]\\u00a0|[\\u00c2-\\u00df]${CONT}|[\\u00e0-\\u00ef]${CONT}{2}|[\\u00f0-\\u00f4]${CONT}{3}`,
);

export function looksMisdecoded(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return MISDECODED.test(text);
  return false;
}
