// UTF-8 text that was once read as Windows-1252 (or Latin-1) and saved again: `JosÃ© GarcÃ­a`,
// `MÃ¼ller`, `Oâ€™Brien` (Excel opening a UTF-8 export as ANSI and saving it, a database column
// filled through the wrong client encoding). The bytes are all still there, so the repair is not a
// guess when it is exact: each line whose every character outside ASCII turns back into bytes of
// Windows-1252 that are valid UTF-8, and whose repaired letters fit where they stand (the same
// judge as a code page's, code-page-choice.ts), is read that way; twice over for a file damaged
// twice (`JosÃƒÂ©`). A line that does not turn back whole (a real `José` beside `GarcÃ­a`) is left
// as it is, for the row checks to refuse (map/garbled-text.ts). Per line, not per file: the sample
// and the streamed pieces end at line breaks, so both read a line the same way.
import { readsRight } from './code-page-choice.ts';
import { WIN1252_HIGH } from './windows-1252.ts';

/** Character to its Windows-1252 byte: 0x80-0x9F from the table (the 5 undefined bytes as the C1
 *  controls Windows leaves them as), 0xA0-0xFF as Latin-1. */
const BYTE_OF = new Map<string, number>();
for (let b = 0x80; b <= 0xff; b++) BYTE_OF.set(String.fromCharCode(b), b);
for (let i = 0; i < 0x20; i++) BYTE_OF.set(WIN1252_HIGH[i]!, 0x80 + i);

/** A UTF-8 lead byte read as Windows-1252 before what a continuation byte reads as: the only shape
 *  a repair can start from, and a cheap test that passes over the ordinary file. */
const CONTINUATION = `\\u0080-\\u00bf${[...WIN1252_HIGH].join('')}`;
const LEAD_THEN_CONTINUATION = new RegExp(`[\\u00c2-\\u00f4][${CONTINUATION}]`);

/** `text` with its lines read back as UTF-8 where that is exact; `text` itself when none is. */
export function repairMojibake(text: string): string {
  if (!LEAD_THEN_CONTINUATION.test(text)) return text;
  return text.replace(/[^\n]*[\u00c2-\u00f4][^\n]*/g, (line) => repairLine(line) ?? line);
}

function repairLine(line: string): string | undefined {
  // Twice damaged reads once damaged after the first round (`JosÃ©`): only the last must fit.
  let text: string | undefined = line;
  for (let round = 0; round < 2; round++) {
    text = asUtf8(text);
    if (text === undefined) return undefined;
    if (readsRight(text)) return text;
  }
  return undefined;
}

/** The line's characters as Windows-1252 bytes read as UTF-8; undefined when one has no byte or
 *  the bytes are not UTF-8. */
function asUtf8(line: string): string | undefined {
  const bytes: number[] = [];
  for (const c of line) {
    const code = c.charCodeAt(0);
    const b = code < 0x80 ? code : BYTE_OF.get(c);
    if (b === undefined) return undefined;
    bytes.push(b);
  }
  const buf = Buffer.from(bytes);
  // TextDecoder with fatal: a byte sequence that is not UTF-8 throws instead of becoming U+FFFD.
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return undefined;
  }
}
