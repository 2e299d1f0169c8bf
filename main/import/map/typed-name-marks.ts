// The characters a word processor, a spreadsheet or an input method puts into a name typed by hand,
// read as what was typed. Word and Excel's AutoCorrect turn a hyphen into an en or em dash
// (`Smith–Jones`), a web form pasted from Word brings soft hyphens and zero-width characters, and
// an Asian keyboard left in full-width mode types `Ｓｍｉｔｈ` for Smith. The dash had been a row
// error (an en dash between letters is also how Mac Roman's ñ reads in Windows-1252, `Mu–oz`:
// garbled-text.ts), the others went to the portal as they were, a name that looks the same but
// compares as other letters. The hyphen is sent, not the dash: the practice typed a hyphen, the
// portal and the next export that writes it plainly compare `Smith-Jones`, and the patient id
// made from the name stays one. A curly apostrophe (`O’Brien`) is left as written: it is no
// damage, and ids already made from it must not move.

/** A dash or hyphen other than `-` between a letter and a capital (`Smith–Jones`, `SMITH—JONES`,
 *  `Jean‑Luc` with a non-breaking hyphen U+2011). Only before a capital or after a hyphen sign
 *  that is no dash at all (U+2010, U+2011): Mac Roman's ñ and ó read as Windows-1252 are an en and
 *  an em dash before a small letter (`Mu–oz`, `Le—n`), which stay for the garbled check, and so
 *  does a dash after a letter from `Â` to `ÿ`: the en dash is byte 0x96 in Windows-1252, a UTF-8
 *  continuation byte, and `MÃ–LLER` is MÖLLER's `Ö` read so (as a hyphen it had gone as a name).
 *  After a small letter the capital must begin a word written in small letters (`Smith–Jones`,
 *  `Smith–O'Neil`): capitals only after a name in mixed case are a desk's note (`Smith–NEW PT`,
 *  `Lee–VIP`), left as written for the note checks, never made a second family name. */
const DASH_BEFORE_CAPITAL =
  /(?<=\p{Lu})(?<![\u00c2-\u00ff])[\u2012-\u2015](?=\p{Lu})|(?<=[\p{Ll}\p{Lo}])(?<![\u00c2-\u00ff])[\u2012-\u2015](?=\p{Lu}[\p{Ll}'’])|[\u2010\u2011]/gu;
/** Invisible marks with no letter to them: soft hyphen, zero-width space, word joiner, byte-order
 *  mark. (The zero-width joiners are letters' business in Persian and Indic scripts: below.) A
 *  soft hyphen after a letter from `Â` to `ÿ`, or a no-break space after `Â` or `Ã`, is kept: it
 *  is what Windows-1252 makes of a UTF-8 byte (`GarcÃ­a` is García's `í` read so), the sign the
 *  garbled check (garbled-text.ts) needs, on the same terms. */
const INVISIBLE = /(?<![\u00c2-\u00ff])\u00ad|[\u200b\u2060\ufeff]/g;
/** A zero-width joiner or non-joiner not between two letters of a script that joins (Arabic,
 *  Persian, the Indic scripts): beside a Latin letter, a space or the cell's edge it joins nothing. */
const STRAY_JOINER =
  /(?<![\p{Script=Arabic}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}\p{M}])[\u200c\u200d]|[\u200c\u200d](?![\p{Script=Arabic}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}\p{Script=Sinhala}])/gu;
/** Spaces other than the space bar's: no-break, narrow no-break, figure and ideographic. */
const OTHER_SPACE = /(?<![ÂâÃã])\u00a0|[\u2007\u202f\u3000]/g;
/** Full-width Latin letters and digits, and the apostrophe, hyphen and dot of a name, what an East
 *  Asian input method types in full-width mode. Not the full-width comma: between names in
 *  Chinese or Japanese characters (`佐藤，花子`) it is no Last, First comma (name-commas.test). */
const FULL_WIDTH = /[\uff07\uff0d\uff0e\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g;

/** `cell` with the marks above read as typed; most names are ASCII and are returned at once. */
export function typedNameMarks(cell: string): string {
  let i = 0;
  while (i < cell.length && cell.charCodeAt(i) < 0x80) i++;
  if (i === cell.length) return cell;
  return cell
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(INVISIBLE, '')
    .replace(STRAY_JOINER, '')
    .replace(OTHER_SPACE, ' ')
    .replace(DASH_BEFORE_CAPITAL, '-');
}
