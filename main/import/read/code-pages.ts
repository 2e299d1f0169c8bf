// The 8-bit code pages an export may be in: one character a byte, 0x00-0x7F plain ASCII, 0x80-0xFF
// from each page's table; and Japanese Windows' Shift_JIS, Korean Windows' 949, Turkish, Hebrew and
// Cyrillic Windows', and Chinese Windows' Big5 and GB18030. Which one a file is in is decided once per file (code-page-choice.ts).
import { CP437_HIGH, CP850_HIGH } from './dos-code-pages.ts';
import { MAC_ROMAN_HIGH } from './mac-roman.ts';
import type { CodePage } from './table-types.ts';
import { CP1250_HIGH } from './windows-1250.ts';
import { decodeWindows1252 } from './windows-1252.ts';

/** Bytes to text through a table of the 128 characters of 0x80-0xFF. Latin-1 first, then only the
 *  bytes above ASCII replaced: per 32 KB piece, 80 ms for 200,000 rows of DOS names (two letters
 *  outside ASCII a row), where filling a buffer of UTF-16 byte by byte took 110-230 ms. */
function tableDecoder(high: string): (bytes: Uint8Array) => string {
  return (bytes) => {
    const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    return /[\x80-\xff]/.test(latin1)
      ? latin1.replace(/[\x80-\xff]/g, (c) => high[c.charCodeAt(0) - 0x80]!)
      : latin1;
  };
}

const DECODERS: Record<CodePage, (bytes: Uint8Array) => string> = {
  'windows-1252': decodeWindows1252,
  macintosh: tableDecoder(MAC_ROMAN_HIGH),
  cp850: tableDecoder(CP850_HIGH),
  cp437: tableDecoder(CP437_HIGH),
  'windows-1250': tableDecoder(CP1250_HIGH),
  // Two bytes a kanji or kana (shift-jis.ts); a piece ends at a line break, never inside one.
  shift_jis: (bytes) => new TextDecoder('shift_jis').decode(bytes),
  // The WHATWG tables (script-pages.ts says when each is taken); `euc-kr` there is Windows' 949.
  'windows-1254': (bytes) => new TextDecoder('windows-1254').decode(bytes),
  'windows-1255': (bytes) => new TextDecoder('windows-1255').decode(bytes),
  'euc-kr': (bytes) => new TextDecoder('euc-kr').decode(bytes),
  'windows-1251': (bytes) => new TextDecoder('windows-1251').decode(bytes),
  // Two bytes a character (chinese-pages.ts); like Shift_JIS, a piece ends at a line break.
  big5: (bytes) => new TextDecoder('big5').decode(bytes),
  gb18030: (bytes) => new TextDecoder('gb18030').decode(bytes),
};

/** 8-bit bytes to text in the given code page. */
export function decodeCodePage(bytes: Uint8Array, page: CodePage): string {
  return DECODERS[page](bytes);
}

export function isCodePage(encoding: string): encoding is CodePage {
  return encoding in DECODERS;
}
