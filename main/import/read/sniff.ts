// First look at a file: read its first bytes, tell what kind of file it is and decode the sample
// the layout detection works on. Only the sample is read here, never the whole file.
import fs from 'node:fs/promises';
import { guessEncoding, ZIP_REASON, type EncodingGuess } from './decode.ts';
import { decodeCodePage, isCodePage } from './code-pages.ts';
import { repairMojibake } from './mojibake.ts';
import type { TextEncoding } from './table-types.ts';

/** `workbook`: a zip, read as an Excel workbook (xlsx-reader.ts says so if it is another zip). */
export type FileKind = 'delimited' | 'appointment-data-xml' | 'other-xml' | 'workbook' | 'binary' | 'empty';

export interface FileSample {
  size: number;
  /** True when the sample holds the whole file. */
  complete: boolean;
  /** The encoding, or why the bytes are not text. */
  guess: EncodingGuess | string;
  /** Decoded sample (BOM removed, lone CRs turned into LFs), cut at its last line break unless complete; '' for binary. */
  text: string;
  lineEnding: 'lf' | 'crlf' | 'cr';
}

export const DEFAULT_SAMPLE_BYTES = 64 * 1024;

export async function readSample(file: string, sampleBytes = DEFAULT_SAMPLE_BYTES): Promise<FileSample> {
  const handle = await fs.open(file, 'r');
  try {
    const { size } = await handle.stat();
    const buf = Buffer.alloc(Math.min(size, sampleBytes));
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    const bytes = buf.subarray(0, bytesRead);
    const complete = bytesRead >= size;
    const guess = guessEncoding(bytes, complete);
    if (typeof guess === 'string') return { size, complete, guess, text: '', lineEnding: 'lf' };
    let body = bytes.subarray(guess.bomLength);
    const utf16 = guess.encoding === 'utf-16le' || guess.encoding === 'utf-16be';
    if (!complete && utf16) body = body.subarray(0, body.length & ~1);
    let text = decodeText(body, guess.encoding);
    // Old Mac line endings (Excel "CSV (Macintosh)"): CR alone, no LF anywhere in the sample.
    const lineEnding = text.includes('\n')
      ? text.includes('\r\n')
        ? 'crlf'
        : 'lf'
      : text.includes('\r')
        ? 'cr'
        : 'lf';
    if (lineEnding === 'cr') text = text.replace(/\r/g, '\n');
    // An incomplete sample may end inside a line (or a character): judge whole lines only. A
    // sample with no line break at all (XML or a web page a program wrote on one line) is kept:
    // cut, nothing would be left, and the file was refused as empty.
    const cut = text.lastIndexOf('\n');
    if (!complete && cut >= 0) text = text.slice(0, cut + 1);
    return { size, complete, guess, text, lineEnding };
  } finally {
    await handle.close();
  }
}

export function decodeText(bytes: Uint8Array, encoding: TextEncoding): string {
  if (isCodePage(encoding)) return decodeCodePage(bytes, encoding);
  const text = new TextDecoder(encoding === 'utf-8-bom' ? 'utf-8' : encoding, { ignoreBOM: true }).decode(
    bytes,
  );
  return repairMojibake(text);
}

/** Local name of the root element of an XML text, skipping the declaration, comments and DTD. */
export function xmlRootName(text: string): string | undefined {
  const noComments = text.replace(/<!--[\s\S]*?(-->|$)/g, '');
  const m = /<(?![?!/])(?:[\w.-]+:)?([\w.-]+)/.exec(noComments);
  return m?.[1];
}

export function kindOfSample(sample: FileSample): FileKind {
  if (sample.size === 0) return 'empty';
  if (sample.guess === ZIP_REASON) return 'workbook';
  if (typeof sample.guess === 'string') return 'binary';
  const start = sample.text.trimStart();
  if (start === '') return 'empty';
  if (start.startsWith('<')) {
    return xmlRootName(start)?.toLowerCase() === 'appointmentdata' ? 'appointment-data-xml' : 'other-xml';
  }
  return 'delimited';
}

/** What kind of file this is, from its first bytes (the watcher's dispatch). */
export async function sniffFileKind(file: string): Promise<FileKind> {
  return kindOfSample(await readSample(file));
}
