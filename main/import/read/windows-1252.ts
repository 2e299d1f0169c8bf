// Windows-1252, the encoding of most exports that are not UTF-8 (US and Western European Windows).
// Windows-1252 differs from Latin-1 only in 0x80-0x9F. Node's TextDecoder('windows-1252')
// decodes those bytes as Latin-1 control characters (€ and curly quotes would be lost), so the
// 32 differing code points are mapped here. Undefined bytes (0x81, 0x8D...) stay as they are.
export const WIN1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Windows-1252 bytes to text. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return /[\x80-\x9f]/.test(latin1)
    ? latin1.replace(/[\x80-\x9f]/g, (c) => WIN1252_HIGH[c.charCodeAt(0) - 0x80]!)
    : latin1;
}
