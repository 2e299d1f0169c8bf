// Bytes to text: recognise the encoding from the first bytes and decode a file as a stream of
// text pieces, never holding more than one chunk (plus one unfinished line) in memory.
//
// Why UTF-8 is decoded per complete line run rather than with a streaming TextDecoder: a 0x0A
// byte is always a line feed in UTF-8 and the 8-bit code pages, so cutting at the last one gives
// pieces that decode on their own. That lets us switch to an 8-bit page mid-file without losing
// bytes when the first non-UTF-8 byte appears after the sample (old exports are mostly ASCII).
import fs from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { chooseCodePage } from './code-page-choice.ts';
import { decodeCodePage, isCodePage } from './code-pages.ts';
import { repairMojibake } from './mojibake.ts';
import { foreignReason } from './script-pages.ts';
import type { EncodingDoubt, TextEncoding } from './table-types.ts';

export interface EncodingGuess {
  encoding: TextEncoding;
  /** Bytes of byte-order mark to skip. */
  bomLength: number;
  /** Windows-1252 and another code page could not be told apart: words read both ways. */
  unsure?: EncodingDoubt;
}

/** Why a sample is not text at all, in plain words; undefined when it looks like text. */
export function binaryReason(sample: Uint8Array): string | undefined {
  const b = sample;
  if (isZip(b)) return ZIP_REASON;
  if (b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0) {
    return encryptedOffice(b) ? ENCRYPTED_REASON : OLE_REASON;
  }
  if (b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46) {
    return 'this is a PDF file, not a text export';
  }
  let controls = 0;
  for (let i = 0; i < b.length; i++) {
    const c = b[i]!;
    if (c === 0) return i > 0 && onlyNulFrom(b, i) ? nulTailReason(i) : NUL_REASON;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) controls++;
  }
  if (controls > 8 && controls * 100 > b.length) {
    return 'the file is mostly control characters: it is binary data, not a text export';
  }
  return undefined;
}

/** A zip: an Excel workbook (.xlsx, read by xlsx-reader.ts) or another zip, told apart by its parts. */
export const ZIP_REASON = 'this is a zip file (an Excel .xlsx workbook or another zip), not a text export';
/** An OLE compound file: Excel 97-2003 (.xls, BIFF) or another old Office document. */
export const OLE_REASON =
  'this is an old Excel 97-2003 workbook (.xls) or another Office file, not a text export';
/** Office encrypts a workbook saved with a password into an OLE file (MS-OFFCRYPTO's stream
 *  `EncryptedPackage`), whatever its name says (`.xlsx`). */
export const ENCRYPTED_REASON =
  'this is a password-protected (encrypted) Office file: its rows cannot be read without the password';

export function isZip(b: Uint8Array): boolean {
  return b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
}

/** The stream name `EncryptedPackage` (UTF-16 LE) in an OLE file's directory. */
function encryptedOffice(b: Uint8Array): boolean {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).includes(
    Buffer.from('EncryptedPackage', 'utf16le'),
  );
}

const NUL_REASON = 'the file contains NUL bytes: it is binary data, not a text export';

/** The start of the reason given for a text followed by nothing but NUL bytes. */
export const NUL_TAIL = 'the text stops at byte';

/**
 * Text, then only NUL bytes: a copy that did not finish (a network share or a sync tool sets the
 * file's size first and fills it in; stopped, the rest stays zeros) or a file padded to a block.
 * Which appointments the zeros hold is unknown, so it is refused, but never called binary data:
 * the practice is told to copy it again, not to export another format.
 */
function nulTailReason(at: number): string {
  return `${NUL_TAIL} ${at} and only NUL bytes (zeros) follow it: the copy into this folder may not have finished, and the appointments after that point are missing`;
}

function onlyNulFrom(b: Uint8Array, from: number): boolean {
  for (let i = from; i < b.length; i++) if (b[i] !== 0) return false;
  return true;
}

/** Why a file is refused when it is UTF-32 (with or without a byte-order mark). */
export const UTF32_REASON = 'the file is in UTF-32, an encoding the connector does not read';

/** UTF-32: a byte-order mark, or text whose every character takes four bytes, three of them 0. */
function isUtf32(b: Uint8Array): boolean {
  if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) return true;
  if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return true;
  const n = Math.min(b.length, 4096) & ~3;
  if (n < 8) return false;
  let le = 0;
  let be = 0;
  for (let i = 0; i < n; i += 4) {
    if (b[i] !== 0 && b[i + 1] === 0 && b[i + 2] === 0 && b[i + 3] === 0) le++;
    if (b[i] === 0 && b[i + 1] === 0 && b[i + 2] === 0 && b[i + 3] !== 0) be++;
  }
  return le > (n / 4) * 0.9 || be > (n / 4) * 0.9;
}

/** UTF-16 without a byte-order mark: many NULs on one side of each byte pair, none on the other. */
function utf16WithoutBom(b: Uint8Array): TextEncoding | undefined {
  const n = Math.min(b.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenNul++;
    if (b[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.4 && evenNul === 0) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul === 0) return 'utf-16be';
  return undefined;
}

/**
 * Guess the encoding from a file's first bytes. `complete` says the sample is the whole file
 * (otherwise its last, possibly cut, line is not judged). Returns a string (the reason) for
 * binary content.
 */
export function guessEncoding(sample: Uint8Array, complete: boolean): EncodingGuess | string {
  const b = sample;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8-bom', bomLength: 3 };
  // Before UTF-16: a UTF-32 LE byte-order mark starts with UTF-16 LE's, and read as UTF-16 the
  // file becomes NUL-riddled text that is then quoted back at length.
  if (isUtf32(b)) return UTF32_REASON;
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  const u16 = utf16WithoutBom(b);
  if (u16) return { encoding: u16, bomLength: 0 };
  const reason = binaryReason(b);
  if (reason) return reason;
  let judged = b;
  if (!complete) {
    const lastLf = b.lastIndexOf(0x0a);
    if (lastLf > 0) judged = b.subarray(0, lastLf + 1);
    else judged = b.subarray(0, Math.max(0, b.length - 3)); // a cut multi-byte character
  }
  if (isUtf8(judged)) return { encoding: 'utf-8', bomLength: 0 };
  // The whole file, UTF-8 letters in it, ending in the first bytes of one more: cut there.
  if (complete && utf8CutAtEnd(judged)) return { encoding: 'utf-8', bomLength: 0 };
  // Lone-CR line ends are an old Mac's: its text may be Mac Roman (see code-page-choice.ts).
  const { encoding, unsure, foreign } = chooseCodePage(
    judged,
    judged.includes(0x0d) && !judged.includes(0x0a),
  );
  if (foreign) return foreignReason(foreign);
  return { encoding, bomLength: 0, ...(unsure ? { unsure } : {}) };
}

/** Thrown by decodeFile when the first letters outside ASCII come after the sample and are in a
 *  code page the connector does not read (script-pages.ts): `reason` as guessEncoding gives it. */
export class ForeignTextError extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

/** Thrown by decodeFile when a run of bytes longer than the cap has no line break. */
export class LineTooLongError extends Error {
  constructor(
    readonly maxBytes: number,
    /** The first bytes of the run, so the message can say what it is (a quoted cell?). */
    readonly head: Uint8Array = new Uint8Array(0),
  ) {
    super(`no line break within ${maxBytes} bytes`);
  }
}

export interface DecodeOptions {
  encoding: TextEncoding;
  bomLength: number;
  maxLineBytes: number;
  /** Lines end with a lone CR (old Mac / Excel "CSV (Macintosh)"): cut there, and turn CRs into LFs. */
  crOnly?: boolean;
  /** Called once if a plain-UTF-8 guess has to become 8-bit mid-file; `unsure` as in
   *  EncodingGuess when the code page could not be told. */
  onEncodingChange?: (e: TextEncoding, unsure?: EncodingDoubt) => void;
  chunkBytes?: number;
}

/** Bytes read at a time. Each piece becomes one string and its rows one batch (table-rows.ts):
 *  256 KB pieces are strings in V8's large-object space with ~2,500 rows alive at once; 32 KB
 *  took a 200,000-row convert from 3.18-3.25 to 2.76-2.82 s of CPU and 135 to 108 MB (other
 *  sizes: test/bench/README.md, fifth pass), and keeps even a UTF-16 piece (64 KB of string)
 *  under V8's 128 KB large-object size. */
const PIECE_BYTES = 32 * 1024;

/** The file's text in pieces; UTF-8/1252 pieces end at a line break (except the last). */
export async function* decodeFile(path: string, opts: DecodeOptions): AsyncGenerator<string> {
  const stream = fs.createReadStream(path, {
    start: opts.bomLength,
    highWaterMark: opts.chunkBytes ?? PIECE_BYTES,
  });
  try {
    if (opts.encoding === 'utf-16le' || opts.encoding === 'utf-16be') {
      yield* decodeUtf16(stream, opts);
      return;
    }
    let encoding = opts.encoding;
    // Letters of more than one byte read as UTF-8 so far: the file is UTF-8 (not only ASCII).
    let multiByte = false;
    const lenient = new TextDecoder('utf-8'); // a file with a UTF-8 BOM is UTF-8; bad bytes become U+FFFD
    const toText = (bytes: Buffer): string => {
      if (isCodePage(encoding)) return decodeCodePage(bytes, encoding);
      if (encoding === 'utf-8-bom') return repairMojibake(lenient.decode(bytes));
      if (isUtf8(bytes)) {
        const text = bytes.toString('utf8');
        if (text.length !== bytes.length) multiByte = true;
        return repairMojibake(text);
      }
      // The first letters outside ASCII come after the sample guessEncoding saw: the same choice of
      // code page is made on this piece (a Mac or DOS export with 64 KB of plain names first had
      // its later names garbled).
      const choice = chooseCodePage(bytes, !!opts.crOnly);
      if (choice.foreign) throw new ForeignTextError(foreignReason(choice.foreign));
      encoding = choice.encoding;
      opts.onEncodingChange?.(encoding, choice.unsure);
      return decodeCodePage(bytes, encoding);
    };
    const decode = opts.crOnly ? (bytes: Buffer) => toText(bytes).replace(/\r/g, '\n') : toText;
    const EOL = opts.crOnly ? 0x0d : 0x0a;
    let carry: Buffer | undefined;
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const buf: Buffer = carry ? Buffer.concat([carry, chunk]) : chunk;
      const lastLf = buf.lastIndexOf(EOL);
      if (lastLf === -1) {
        if (buf.length > opts.maxLineBytes) throw new LineTooLongError(opts.maxLineBytes, head(buf));
        carry = buf;
        continue;
      }
      // buf starts where a line starts: the line the carry began may only now end, so its length
      // is checked here too (before, a long line ending in a piece with more lines after it
      // passed whenever the piece boundaries fell that way).
      if (carry && buf.indexOf(EOL) > opts.maxLineBytes)
        throw new LineTooLongError(opts.maxLineBytes, head(buf));
      const rest = buf.length - lastLf - 1;
      if (rest > opts.maxLineBytes) {
        // The lines before it are whole: hand them over first, so the error names the right line.
        yield decode(buf.subarray(0, lastLf + 1));
        throw new LineTooLongError(opts.maxLineBytes, head(buf.subarray(lastLf + 1)));
      }
      carry = rest > 0 ? Buffer.from(buf.subarray(lastLf + 1)) : undefined;
      yield decode(buf.subarray(0, lastLf + 1));
    }
    if (carry && carry.length > 0) {
      // A file cut in the middle of a character (a copy that stopped): the letters before it are
      // UTF-8 still, and the cut character is U+FFFD, so the cut row says so (cut-last-row.ts)
      // instead of the whole last line read as another code page.
      const cut = encoding === 'utf-8' ? cutUtf8Tail(carry, multiByte) : 0;
      yield cut ? decode(carry.subarray(0, carry.length - cut)) + CUT_CHARACTER : decode(carry);
    }
  } finally {
    stream.destroy();
  }
}

/** What a character cut by the end of the file is read as (TextDecoder's replacement too). */
export const CUT_CHARACTER = '\uFFFD';

/** How many bytes at the end of `b` begin a UTF-8 character the file ends before finishing: 0
 *  when it ends on a whole character, or when what comes before is not UTF-8 with a letter of
 *  more than one byte in it (in `b`, or earlier: `multiByte`). Without such a letter a last byte
 *  like 0xE9 is as likely a Windows-1252 `é` ending the file. */
function cutUtf8Tail(b: Uint8Array, multiByte = false): number {
  for (let k = 1; k <= 3 && k <= b.length; k++) {
    const c = b[b.length - k]!;
    if ((c & 0xc0) === 0x80) continue; // a continuation byte: the lead is further back
    const need = c >= 0xf0 && c <= 0xf7 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    if (need <= k) return 0;
    const before = b.subarray(0, b.length - k);
    return isUtf8(before) && (multiByte || before.some((x) => x >= 0x80)) ? k : 0;
  }
  return 0;
}

/** UTF-8 with letters of more than one byte, cut in the middle of its last character. */
function utf8CutAtEnd(b: Uint8Array): boolean {
  return cutUtf8Tail(b) > 0;
}

function head(bytes: Uint8Array): Uint8Array {
  return Uint8Array.from(bytes.subarray(0, 256));
}

async function* decodeUtf16(stream: fs.ReadStream, opts: DecodeOptions): AsyncGenerator<string> {
  const decoder = new TextDecoder(opts.encoding === 'utf-16le' ? 'utf-16le' : 'utf-16be');
  let sinceLf = 0;
  // Pieces are handed on whole lines at a time, so that a line is repaired (mojibake.ts) whole.
  let held = '';
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let text = decoder.decode(chunk, { stream: true });
    if (opts.crOnly) text = text.replace(/\r/g, '\n');
    const lf = text.lastIndexOf('\n');
    // The line running on from earlier pieces may end in this one: its whole length counts.
    if (lf !== -1 && sinceLf + text.indexOf('\n') * 2 > opts.maxLineBytes)
      throw new LineTooLongError(opts.maxLineBytes);
    sinceLf = lf === -1 ? sinceLf + text.length * 2 : (text.length - lf - 1) * 2;
    if (sinceLf > opts.maxLineBytes) throw new LineTooLongError(opts.maxLineBytes);
    if (lf === -1) {
      held += text;
      continue;
    }
    yield repairMojibake(held + text.slice(0, lf + 1));
    held = text.slice(lf + 1);
  }
  let tail = decoder.decode();
  if (opts.crOnly) tail = tail.replace(/\r/g, '\n');
  if (held + tail) yield repairMojibake(held + tail);
}
