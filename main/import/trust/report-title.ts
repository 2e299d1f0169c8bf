// A report of cancellations alone says so in its title, not on its rows: Open Dental's "Broken
// Appointments" report, a "Cancelled Appointments Report" saved as CSV, `<CancelledAppointments>`
// around XML records, `cancelled_appts_20261207.csv`. With no status or cancellation column, its
// rows would all go as booked. The title lines, the file's name and the XML elements around the
// records are read word by word (and pairs of words: `wait list`) for a status that cancels or
// is not an appointment.
import type { Doubt } from '../../model/doubt.ts';
import { displayText } from '../../model/display-text.ts';
import { headerWords } from '../map/header-meaning.ts';
import { classifyBuiltInStatus } from '../map/status-vocabulary.ts';

/** Whether a word, or two in a row, of `text` cancel or say "not an appointment". */
function offBookWord(text: string): string | undefined {
  const words = headerWords(text);
  for (let i = 0; i < words.length; i++) {
    for (const w of [words[i]!, `${words[i]} ${words[i + 1] ?? ''}`.trim()]) {
      const m = classifyBuiltInStatus(w);
      if (m === 'CANCEL' || m === 'skip') return w;
    }
  }
  return undefined;
}

/** The doubt for a file whose title, name or XML elements say its rows are cancelled (or not
 *  appointments) when no column says so row by row. */
export function offBookTitleDoubt(where: {
  titleLines: readonly string[];
  file: string;
  recordPath?: string;
  rootName?: string;
}): Doubt | undefined {
  const places: Array<[string, string]> = [
    ...where.titleLines.map((t): [string, string] => [t, 'its title']),
    [where.file.replace(/\.[^.]+$/, ''), 'its file name'],
    ...[where.rootName ?? '', ...(where.recordPath ?? '').split('/').slice(0, -1)]
      .filter(Boolean)
      .map((e): [string, string] => [e, 'the XML element around its records']),
  ];
  for (const [text, place] of places) {
    const word = offBookWord(text);
    if (!word) continue;
    return {
      kind: 'status',
      check: 'report-title',
      field: 'status',
      message: `${place} says '${displayText(text, 60)}', and no column says whether each appointment is cancelled: every row would go as booked`,
      samples: [displayText(text, 60)],
      question:
        'Are these appointments cancelled (or not appointments)? Export the schedule with its status column; confirm the mapping only if they are booked appointments',
    };
  }
  return undefined;
}
