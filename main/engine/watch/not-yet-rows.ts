// An export that has its header and nothing more: an exporter that writes the column names, then
// runs its query (seconds to minutes on a practice database), then writes the rows. Taken at once,
// the reading fails for want of rows and the file is filed in failed/; what the exporter writes
// next follows the moved file there (a move keeps the file it holds open), and the day is lost.
// Such a file is waited for while it is young, like an empty one (inbox-watcher.ts EMPTY_WAIT_MS).
// Only a file of at most one line of text is: a report's title lines over a header, or a header
// and `No appointments found`, is an export that says it is empty, and is read at once.
import fs from 'node:fs/promises';

/** A header line is far shorter than this; a longer file has rows or is no CSV. */
const LOOK_BYTES = 64 * 1024;

/** Whether `file` (of `size` bytes) holds no text (a byte-order mark alone, blanks) or one line
 *  of text with its line end: a header an exporter wrote before its query. (One line with no line
 *  end is no header waiting for rows: an exporter writes the line end with the line.) Any encoding
 *  of ASCII line ends (UTF-8, Windows-1252, UTF-16) is counted. */
export async function notYetRows(file: string, size: number): Promise<boolean> {
  if (size === 0) return true;
  if (size > LOOK_BYTES) return false;
  let text: string;
  try {
    text = (await fs.readFile(file)).toString('latin1');
  } catch {
    return false;
  }
  // NULs of UTF-16, byte-order marks (UTF-8 EF BB BF, UTF-16 FF FE / FE FF) and blanks aside.
  const bare = text.replace(/\0|^\xef\xbb\xbf|^\xff\xfe|^\xfe\xff/g, '');
  const lines = bare.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '');
  return lines.length === 0 || (lines.length === 1 && /[\r\n]\s*$/.test(bare));
}
