// A filed export written again from its start (filed-growth.ts): an exporter that keeps its file
// open (or reopens it by handle) and rewrites it in place within minutes of the job's end, the
// moved file's inode taking the new export into processed/. That content is a new export of the
// same name; a person's edit of the filed copy (a walk-in typed in, a status changed) is not, and
// must never reach the portal by itself. What the bytes can tell:
// - an editor that saves by writing a new file and renaming it over (Excel, LibreOffice, most
//   text editors) leaves another inode; a spreadsheet re-encodes (its own quoting of the header,
//   line ends, a byte-order mark): such a file is no rewrite by its exporter, and is left;
// - a file written in place that keeps the export's shape (same byte-order mark and line ends,
//   the same title and header lines with only their digits changed: a print stamp, a date range)
//   is its exporter's, or an edit made in place (Notepad saves so). The bytes cannot tell those two
//   apart, so the new job is read on its own and held with one question when it would send
//   anything; accepted, it sends what changed against the ledger. It never cancels by being a
//   snapshot (plan-job.ts): it may be a rewrite caught mid-way, and the next export from the inbox
//   cancels what is really gone.
import fs from 'node:fs/promises';
import type { Doubt } from '../../model/doubt.ts';
import { practiceArgument } from './mass-cancel.ts';

/** What a filed export looks like to its exporter: where it is on disk and how it begins. */
export interface ExportShape {
  ino: string;
  /** The first bytes when they are a byte-order mark ('' otherwise). */
  bom: string;
  /** The first line end: '\r\n', '\n', '\r' ('' when the head has none). */
  eol: string;
  /** The lines up to the header (the first with a delimiter twice), digits masked: a rewrite's
   *  title keeps its words and changes its stamp. */
  head: string[];
}

/** Bytes of a file's beginning looked at: titles and a header fit. */
const HEAD_BYTES = 4096;
/** Title lines before a header, at most. */
const HEAD_LINES = 6;

const BOMS = ['\u00ef\u00bb\u00bf', '\u00ff\u00fe', '\u00fe\u00ff'];
const headerLike = (line: string) => /([,;\t|]).*\1/.test(line);

/** The file's shape now (undefined: it cannot be read). One open file: its inode and its bytes. */
export async function exportShape(file: string): Promise<ExportShape | undefined> {
  let fh: fs.FileHandle | undefined;
  try {
    fh = await fs.open(file, 'r');
    const st = await fh.stat({ bigint: true });
    const buf = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await fh.read(buf, 0, HEAD_BYTES, 0);
    const text = buf.subarray(0, bytesRead).toString('latin1');
    const bom = BOMS.find((b) => text.startsWith(b)) ?? '';
    const eol = /\r\n|\n|\r/.exec(text)?.[0] ?? '';
    const head: string[] = [];
    for (const line of text.slice(bom.length).split(/\r\n|\n|\r/, HEAD_LINES)) {
      head.push(line.replace(/\d+/g, '9'));
      if (headerLike(line)) break;
    }
    return { ino: String(st.ino), bom, eol, head };
  } catch {
    return undefined;
  } finally {
    await fh?.close().catch(() => {});
  }
}

/** Written again in place, in the export's own shape (not saved over, not re-encoded). */
export function sameShape(was: ExportShape, now: ExportShape): boolean {
  return (
    was.ino === now.ino &&
    was.bom === now.bom &&
    was.eol === now.eol &&
    was.head.length === now.head.length &&
    was.head.every((l, i) => l === now.head[i])
  );
}

export function rewrittenDoubt(opts: {
  file: string;
  finishedAt: string | undefined;
  sends: string[];
  practiceName: string;
}): Doubt {
  const n = opts.sends.length;
  const when = opts.finishedAt ? ` (filed ${opts.finishedAt.slice(11, 16)} UTC)` : '';
  return {
    // Accepted like a mass cancellation: for this file's content, at most this many.
    kind: 'mass-cancel',
    check: 'filed-rewrite',
    message:
      `the export ${opts.file} was written again from its start in the processed folder after it was read${when}: ` +
      `its new content would send ${n} appointment${n === 1 ? '' : 's'}; nothing was sent`,
    // Ids only: this text goes into the history and the log.
    samples: opts.sends.slice(0, 5),
    count: n,
    countsSends: true,
    question:
      'Did the scheduling software write this export again (a new run of the same report)? If yes, accept it ' +
      `once (Review → Confirm, or \`appt-connector mapping confirm --practice ${practiceArgument(opts.practiceName)} ` +
      '--accept-cancellations`): what changed is sent, nothing is cancelled for being left out. If someone ' +
      'edited the filed copy, leave it: a change made in the scheduling software goes with its next export.',
  };
}
