// Splits decoded text into records (arrays of cells) with the physical line each starts on.
// Quotes follow the usual CSV rules, leniently: a quote is special only at the start of a cell,
// `""` inside a quoted cell is one quote, a quoted cell may hold delimiters and line breaks,
// and text after a closing quote is kept (`"a"b` reads as `ab`). Lines with no quote at all take
// a fast path through String.split, which is what keeps large unquoted exports quick.
//
// Two spreadsheet conventions for keeping an id's leading zeros are read as the cell's text:
// `="0048121"` (Excel's formula form, quoted or not) is `0048121`, and invisible characters
// (a zero-width space, a \x1F) are dropped before splitting (invisible-characters.ts). Other
// scripts' digits (`٠١/٠٣/٢٠٢٧`) are read as ASCII digits then too (other-digits.ts).
import { fileError } from './export-file-error.ts';
import { withoutInvisibles } from './invisible-characters.ts';
import { withAsciiDigits } from './other-digits.ts';

export interface RawRecord {
  line: number;
  values: string[];
}

const QUOTE = 34;
const EQUALS = 61;
const LF = 10;
const CR = 13;

export class DelimitedRecordParser {
  /** Physical line of the first character not yet consumed. */
  line = 1;
  private carry = '';

  constructor(
    private readonly delimiter: string,
    private readonly file: string,
    /** A record (usually a quoted cell with line breaks) longer than this is refused. */
    private readonly maxRecordChars = 1024 * 1024,
  ) {}

  /** Records completed by `text`. Pass `final` with the last piece (it may be ''). */
  push(text: string, final: boolean, out: RawRecord[] = []): RawRecord[] {
    const values: string[][] = [];
    const lines: number[] = [];
    this.pushInto(text, final, values, lines);
    for (let i = 0; i < values.length; i++) out.push({ line: lines[i]!, values: values[i]! });
    return out;
  }

  /** Same as push, into parallel arrays (no object per record: the streaming reader's hot path). */
  pushInto(text: string, final: boolean, outValues: string[][], outLines: number[]): void {
    const clean = withAsciiDigits(withoutInvisibles(text));
    const s = this.carry ? this.carry + clean : clean;
    this.carry = '';
    const n = s.length;
    const delim = this.delimiter;
    let pos = 0;
    let line = this.line;
    let nextQuote = -1;
    while (pos < n) {
      let nl = s.indexOf('\n', pos);
      if (nl === -1) {
        if (!final) break;
        nl = n;
      }
      if (nextQuote !== Infinity && nextQuote < pos) {
        nextQuote = s.indexOf('"', pos);
        if (nextQuote === -1) nextQuote = Infinity;
      }
      if (nextQuote > nl) {
        const end = nl > pos && s.charCodeAt(nl - 1) === CR ? nl - 1 : nl;
        outValues.push(s.slice(pos, end).split(delim));
        outLines.push(line);
        line++;
        pos = nl + 1;
        continue;
      }
      const r = this.quotedRecord(s, pos, line, final);
      if (!r) break;
      outValues.push(r.values);
      outLines.push(line);
      line += r.lines;
      pos = r.next;
    }
    if (pos < n) {
      this.carry = s.slice(pos);
      if (this.carry.length > this.maxRecordChars) {
        throw fileError(
          this.file,
          line,
          `a quoted cell starting on this line runs on over several lines for more than ${Math.round(
            this.maxRecordChars / 1024,
          )} KB: the connector reads rows of at most that size`,
          'If a column of the export holds long texts (notes, letters), leave it out of the export; otherwise a quote (") on that line is never closed: correct it in a text editor, then export or save again.',
        );
      }
    }
    this.line = line;
  }

  /** One record containing quotes; undefined when it runs past the text and more may come. */
  private quotedRecord(
    s: string,
    start: number,
    startLine: number,
    final: boolean,
  ): { values: string[]; next: number; lines: number } | undefined {
    const n = s.length;
    const delim = this.delimiter;
    const values: string[] = [];
    let p = start;
    let lines = 1;
    let lineEnd = s.indexOf('\n', p);
    if (lineEnd === -1) lineEnd = n;
    for (;;) {
      // `="…"`: the quote after the = opens the cell (a line with no quote never gets here).
      if (s.charCodeAt(p) === EQUALS && s.charCodeAt(p + 1) === QUOTE) p++;
      if (s.charCodeAt(p) === QUOTE) {
        let value = '';
        let from = p + 1;
        for (;;) {
          const q = s.indexOf('"', from);
          if (q === -1 || (q + 1 >= n && !final)) {
            if (!final) return undefined;
            // The quote opens the file's last line's cell and the file ends on that line, with no
            // line end: the file was cut there (a copy that stopped), not a stray quote to remove.
            if (s.indexOf('\n', p) === -1 && !s.endsWith('\r'))
              throw fileError(
                this.file,
                startLine + lines - 1,
                'the file ends in the middle of this line, inside a quoted cell, with no line end (a copy that stopped, or a file copied while it was still being written?)',
                'Copy the export into the folder again (or export it again) once it is complete.',
              );
            throw fileError(
              this.file,
              startLine + lines - 1,
              'a quote (") opens a cell on this line and is never closed, so the rest of the file would be read as one cell',
              'Open the file in a text editor, remove the stray quote or add the closing one, then try again.',
            );
          }
          if (s.charCodeAt(q + 1) === QUOTE) {
            value += s.slice(from, q + 1);
            from = q + 2;
            continue;
          }
          value += s.slice(from, q);
          p = q + 1;
          break;
        }
        const openedOn = startLine + lines - 1;
        const multiline = value.indexOf('\n') !== -1;
        if (multiline) {
          for (let i = value.indexOf('\n'); i !== -1; i = value.indexOf('\n', i + 1)) lines++;
          lineEnd = s.indexOf('\n', p);
          if (lineEnd === -1) lineEnd = n;
        }
        // Text after the closing quote, up to the next delimiter: kept, not an error...
        const c = s.charCodeAt(p);
        if (p < n && c !== LF && !(c === CR && s.charCodeAt(p + 1) === LF) && !s.startsWith(delim, p)) {
          // ...unless the cell ran over line breaks: then its "closing" quote is really the
          // opening quote of a later cell, and a stray quote on the first line flipped the rest.
          if (multiline) {
            throw fileError(
              this.file,
              openedOn,
              'a quote (") opens a cell on this line and is not closed on it, so the following lines are misread',
              'Open the file in a text editor, remove the stray quote or add the closing one, then try again.',
            );
          }
          const d = s.indexOf(delim, p);
          let e = d === -1 || d > lineEnd ? lineEnd : d;
          if (e === lineEnd && e > p && s.charCodeAt(e - 1) === CR) e--;
          value += s.slice(p, e);
          p = e;
        }
        values.push(formulaText(value));
      } else {
        const d = s.indexOf(delim, p);
        if (d !== -1 && d < lineEnd) {
          values.push(s.slice(p, d));
          p = d + delim.length;
          continue;
        }
        const e = lineEnd > p && s.charCodeAt(lineEnd - 1) === CR ? lineEnd - 1 : lineEnd;
        values.push(s.slice(p, e));
        p = lineEnd;
      }
      // After a cell: a delimiter (another cell follows), a line break or the end.
      if (p >= n) {
        if (!final) return undefined;
        return { values, next: n, lines };
      }
      if (s.startsWith(delim, p)) {
        p += delim.length;
        continue;
      }
      if (s.charCodeAt(p) === CR) p++;
      if (p >= n && !final) return undefined;
      return { values, next: p + 1, lines };
    }
  }
}

/** The text of `="…"` written inside a quoted cell (`"=""0048121"""`); any other value as it is. */
function formulaText(value: string): string {
  if (
    value.charCodeAt(0) !== EQUALS ||
    value.charCodeAt(1) !== QUOTE ||
    !value.endsWith('"') ||
    value.length < 3
  )
    return value;
  return value.slice(2, -1).replaceAll('""', '"');
}
