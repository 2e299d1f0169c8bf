// Japanese Windows writes CSV in Shift_JIS (code page 932): Excel's "CSV (comma delimited)" and
// the clinic and receipt-computer (レセコン) exports made for it. Read as Windows-1252 such a file
// was garbled and refused (`—\–ñ“ú` for `予約日`). Its bytes are taken as Shift_JIS only when they
// decode without error into Japanese text: kana or kanji, none of it glued inside a Latin word (a
// Polish `Wiśniewska` in Windows-1250 decodes as Shift_JIS too, a kanji between `Wi` and `niewska`).

const JAPANESE = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff9f]/u;
const LATIN = /[A-Za-z\u00c0-\u024f]/;

/** The text `bytes` are in Shift_JIS, or undefined when they are not Japanese text in it. */
export function japaneseText(bytes: Uint8Array): string | undefined {
  let text: string;
  try {
    text = new TextDecoder('shift_jis', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
  let japanese = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c.charCodeAt(0) < 0x80) continue;
    if (!JAPANESE.test(c)) return undefined;
    if (LATIN.test(text[i - 1] ?? '') && LATIN.test(text[i + 1] ?? '')) return undefined;
    japanese++;
  }
  return japanese > 0 ? text : undefined;
}
