// Chinese Windows' code pages: Big5 (950, Traditional Chinese: Taiwan, Hong Kong; Taiwanese clinic
// HIS exports still write it) and GB18030 (936's GBK and its successor, Simplified Chinese). Both
// are two bytes a character over much the same byte ranges, so most Big5 text decodes as GBK too
// and the other way round, into other characters: a reading is taken only when nearly all its
// characters are the common ones of its own standard (Big5's 5,401 frequently used characters,
// A440-C67E; GB2312's 6,763, B0A1-F7FE), and the other reading's are not. Korean 949 text decodes
// as GBK into common characters too (its Hangul sits on GB2312's bytes): a sample that 949 reads
// mostly as Hangul is never Chinese (script-pages.ts reads all-Hangul Korean first; a Korean name
// with its Hanja beside it stops there). GB2312 text read as 949 makes Hangul of its first 25 rows
// of 72 only (B0-C8), about half its characters; Korean text, seven in ten at the least. One scan of the sample, never
// per row; the two tables are built once, when a file first needs them.

const HAN = /\p{Script=Han}/u;
/** CJK punctuation and full-width forms (`，`, `（`, `：`), written beside Chinese. */
const CJK_MARK = /[\u3000-\u303f\uff00-\uffef]/;
const LATIN = /[A-Za-z]/;
const HANGUL = /[\uac00-\ud7a3]/;
/** Share of a reading's characters that must be its standard's common ones. */
const COMMON_SHARE = 0.9;
/** Share of Hangul in 949's reading that makes a sample Korean, not Chinese. */
const HANGUL_SHARE = 0.7;

export type ChinesePage = 'big5' | 'gb18030';

const span = (a: number, b: number): number[] => Array.from({ length: b - a + 1 }, (_, i) => a + i);

/** The characters `page` gives the two-byte codes of `leads` x `trails`. */
function characters(page: string, leads: number[], trails: number[]): Set<string> {
  const decoder = new TextDecoder(page);
  const out = new Set<string>();
  for (const l of leads)
    for (const t of trails) {
      const c = decoder.decode(Uint8Array.of(l, t));
      if (c.length === 1 && c !== '\ufffd') out.add(c);
    }
  return out;
}

let common: Record<ChinesePage, Set<string>> | undefined;
function commonCharacters(): Record<ChinesePage, Set<string>> {
  return (common ??= {
    big5: characters('big5', span(0xa4, 0xc6), [...span(0x40, 0x7e), ...span(0xa1, 0xfe)]),
    gb18030: characters('gb18030', span(0xb0, 0xf7), span(0xa1, 0xfe)),
  });
}

/** Whether `bytes` read in `page` are Chinese text: every character outside ASCII Chinese (or its
 *  punctuation), none glued to a Latin letter, at least two, nine in ten its standard's common ones. */
function readsAs(bytes: Uint8Array, page: ChinesePage): boolean {
  let text: string;
  try {
    text = new TextDecoder(page, { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  const han: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c.charCodeAt(0) < 0x80 || CJK_MARK.test(c)) continue;
    if (!HAN.test(c)) return false;
    if (LATIN.test(text[i - 1] ?? '') || LATIN.test(text[i + 1] ?? '')) return false;
    han.push(c);
  }
  if (han.length < 2) return false;
  const set = commonCharacters()[page];
  return han.filter((c) => set.has(c)).length >= han.length * COMMON_SHARE;
}

/** Whether 949 reads seven in ten of the characters outside ASCII as Hangul. */
function readsAsHangul(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('euc-kr', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  let all = 0;
  let hangul = 0;
  for (const c of text) {
    if (c.charCodeAt(0) < 0x80) continue;
    all++;
    if (HANGUL.test(c)) hangul++;
  }
  return hangul >= all * HANGUL_SHARE;
}

/** The Chinese code page `bytes` (a sample, not UTF-8) are in, or undefined when they are not
 *  Chinese text in exactly one of the two. */
export function chinesePage(bytes: Uint8Array): ChinesePage | undefined {
  // Two-byte text only: a sample with no byte above 0xA0 is no Chinese.
  if (!bytes.some((b) => b >= 0xa1)) return undefined;
  const big5 = readsAs(bytes, 'big5');
  const gb = readsAs(bytes, 'gb18030');
  if (big5 === gb || readsAsHangul(bytes)) return undefined;
  return big5 ? 'big5' : 'gb18030';
}
