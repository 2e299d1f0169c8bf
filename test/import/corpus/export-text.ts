// A corpus export as text a variation can rewrite, and back to bytes in the same encoding. UTF-8
// (with or without BOM) and UTF-16 LE are decoded; any other code page (Windows-1252/1250,
// Shift_JIS) is kept byte for byte as Latin-1 characters, so only ASCII structure (delimiters,
// quotes, line ends, ASCII letters) may be changed in it.
import { isUtf8 } from 'node:buffer';

export type TextForm = 'utf8' | 'utf8-bom' | 'utf16le-bom' | 'bytes';

export interface ExportText {
  form: TextForm;
  /** Physical lines without their line ends. */
  lines: string[];
  eol: '\r\n' | '\n';
  /** The last line ends with a line end too. */
  finalEol: boolean;
  /** Line ends are not all the same (a line-based rewrite would change more than it means to). */
  mixedEol: boolean;
}

/** A zip (an Excel .xlsx workbook): bytes, not text. */
export const isZipBytes = (buf: Buffer): boolean =>
  buf.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'));

export function readExportText(buf: Buffer): ExportText {
  let form: TextForm;
  let text: string;
  if (buf[0] === 0xff && buf[1] === 0xfe) {
    form = 'utf16le-bom';
    text = buf.subarray(2).toString('utf16le');
  } else if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf && isUtf8(buf)) {
    form = 'utf8-bom';
    text = buf.subarray(3).toString('utf8');
  } else if (isUtf8(buf)) {
    form = 'utf8';
    text = buf.toString('utf8');
  } else {
    form = 'bytes';
    text = buf.toString('latin1');
  }
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const lf = (text.match(/\n/g) ?? []).length - crlf;
  const cr = (text.match(/\r/g) ?? []).length - crlf;
  const eol = crlf > lf ? '\r\n' : '\n';
  const finalEol = text.endsWith('\n');
  const lines = (finalEol ? text.slice(0, -eol.length) : text).split(eol);
  return { form, lines, eol, finalEol, mixedEol: cr > 0 || (crlf > 0 && lf > 0) };
}

export function writeExportText(t: ExportText): Buffer {
  const text = t.lines.join(t.eol) + (t.finalEol ? t.eol : '');
  if (t.form === 'utf16le-bom')
    return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  if (t.form === 'bytes') return Buffer.from(text, 'latin1');
  const body = Buffer.from(text, 'utf8');
  return t.form === 'utf8-bom' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
}

/** Upper or lower case a header cell; in a code page kept as bytes only a pure ASCII cell (a
 *  Shift_JIS trail byte can be an ASCII letter, so a cell with any high byte is left alone). */
export function caseCell(t: ExportText, value: string, upper: boolean): string {
  if (t.form === 'bytes' && /[^ -~\t]/.test(value)) return value;
  return upper ? value.toUpperCase() : value.toLowerCase();
}
