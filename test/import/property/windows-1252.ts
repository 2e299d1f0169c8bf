// A Windows-1252 encoder from the code page's table, so the tests write the bytes an older
// Windows program saves without any encoding package. 0x00-0x7F and 0xA0-0xFF are the same as
// Unicode; 0x80-0x9F hold the typographic characters below (five of them are unassigned).

const HIGH: Record<number, number> = {
  0x20ac: 0x80, // €
  0x201a: 0x82, // ‚
  0x0192: 0x83, // ƒ
  0x201e: 0x84, // „
  0x2026: 0x85, // …
  0x2020: 0x86, // †
  0x2021: 0x87, // ‡
  0x02c6: 0x88, // ˆ
  0x2030: 0x89, // ‰
  0x0160: 0x8a, // Š
  0x2039: 0x8b, // ‹
  0x0152: 0x8c, // Œ
  0x017d: 0x8e, // Ž
  0x2018: 0x91, // ‘
  0x2019: 0x92, // ’
  0x201c: 0x93, // “
  0x201d: 0x94, // ”
  0x2022: 0x95, // •
  0x2013: 0x96, // –
  0x2014: 0x97, // —
  0x02dc: 0x98, // ˜
  0x2122: 0x99, // ™
  0x0161: 0x9a, // š
  0x203a: 0x9b, // ›
  0x0153: 0x9c, // œ
  0x017e: 0x9e, // ž
  0x0178: 0x9f, // Ÿ
};

function byteOf(code: number): number | undefined {
  if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
  return HIGH[code];
}

/** The Windows-1252 bytes of `text`, or undefined when a character has no place in the code page. */
export function encodeWindows1252(text: string): Buffer | undefined {
  const out = Buffer.alloc(text.length);
  for (let i = 0; i < text.length; i++) {
    const b = byteOf(text.charCodeAt(i));
    if (b === undefined) return undefined;
    out[i] = b;
  }
  return out;
}

export function fitsWindows1252(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (byteOf(text.charCodeAt(i)) === undefined) return false;
  return true;
}
