// A report that lists only some of its dates' appointments says so above the table, never on its
// rows: a filter on the status (`Status: Confirmed`, a `Confirmed Appointments` report, a file
// saved as `confirmed_only_0301.csv`) or on the kind of visit (`Appointment Type: Follow Up`,
// `Visit Type: New Patient`, `Reason: Physical`). Its rows go as any others; but in snapshot mode
// what it leaves out is no sign of a cancellation: the unconfirmed visit, the lab draw, are still
// booked (engine/job/plan-job.ts holds such a file before it cancels anything). A filter on the
// provider or the office is read as the rows' provider or office instead (stated-filters.ts), and
// a title saying what it leaves out that is off the book (`Appointments excluding cancelled`)
// leaves out nothing booked.
import { headerConcepts, headerScore } from '../map/header-meaning.ts';
import { NOT_ONE } from './stated-filters.ts';

/** How surely a title label must name the status, type or reason (as stated-filters.ts reads a
 *  provider's label after a colon). */
const LABELLED = 0.7;
// `Label: value` or `Label = value`: a label starts with a letter and holds no digit (`9:00`).
const LABEL = /^(\p{L}[\p{L}\s.'()#/_-]{0,40}?)\s*[:=]\s*(.*)$/su;
/** Booked statuses that are a part of the booked appointments, never all of them: a title or a
 *  file name with one lists only those (`Scheduled Appointments`, `Appointment List` list all). */
const PART_OF_THE_BOOK = new Set(['confirmed', 'unconfirmed']);

/** The value of a filter when it leaves something out: not `All`, `(all)`, `*` or blank. */
function narrows(value: string): boolean {
  const v = value.replace(/^[\s([<{"']+|[\s)\]>}"']+$/g, '').trim();
  if (!v || v === '*' || !/\p{L}|\d/u.test(v)) return false;
  return !v.split(/[^\p{L}]+/u).some((w) => NOT_ONE.has(w.toLowerCase()));
}

/** Whether `label` names the appointment's status, type or reason. */
function filterLabel(label: string): boolean {
  const concepts = headerConcepts(label);
  return (['status', 'type', 'reason'] as const).some((f) => headerScore(f, concepts) >= LABELLED);
}

/** The words of a title line or a file name, in lower case (`confirmed_only_0301` → confirmed,
 *  only). */
const words = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);

/**
 * The title line (or the file's name) that says the report lists only part of its dates'
 * appointments, as written; undefined when none does. `lines` are the title lines' cells.
 */
export function statedSubset(lines: ReadonlyArray<readonly string[]>, fileName: string): string | undefined {
  for (const cells of lines) {
    const text = cells.join(' ').trim();
    for (let i = 0; i < cells.length; i++) {
      const m = LABEL.exec(cells[i]!);
      // A value may be the next cell (`Status:` and `Confirmed` in two cells).
      const value = m ? m[2] || (cells[i + 1] ?? '') : '';
      if (m && filterLabel(m[1]!) && narrows(value)) return text;
    }
    if (!LABEL.test(text) && partOfTheBook(text)) return text;
  }
  return partOfTheBook(fileName.replace(/\.[^.]*$/, '')) ? fileName : undefined;
}

/** One of the part-of-the-book words, not both (`Confirmed and Unconfirmed Appointments` lists
 *  them all). */
function partOfTheBook(text: string): boolean {
  const found = new Set(words(text).filter((w) => PART_OF_THE_BOOK.has(w)));
  return found.size === 1;
}
