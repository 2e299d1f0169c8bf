// What a web page says by how it draws a cell, not by its text: text struck through or hidden.
// A struck-out row is how web schedules draw a cancelled appointment (Input Health's: "Cancelled
// appointments appear in the schedule in grey with strikethrough text",
// https://help.inputhealth.com/en/articles/5214934-cancelling-appointments), and the HTML standard
// gives `<s>` to "contents that are no longer accurate or no longer relevant" and `<del>` to a
// removal (https://html.spec.whatwg.org/multipage/text-level-semantics.html#the-s-element,
// https://html.spec.whatwg.org/multipage/edits.html#the-del-element). Hidden text (`hidden`,
// `display:none`) is what the page holds but does not show: a stale value, a row left behind.
// Read as text, either sends the row as booked with the same words as the others; the row is
// a row error instead, naming the cell, never a guess at cancelled or current. A hidden column
// is no such cell: a grid's row number or key (ASP.NET GridView writes `display:none` on its
// header and every cell), a column a person hid in Excel before "Save as Web Page" (`<col
// style='display:none'>`); it is read as any other column, as before.
// A class (`class="cancelled"`) marks as the page's own `<style>` rules for it say
// (html-styles.ts); a class no rule marks is no mark, but one: a row whose class says in words
// that it is cancelled (`<tr class="appt cancelled">`, `status-canceled`, `isDeleted`), drawn
// by a stylesheet the page links to and a saved page often leaves out (`site.css`). The page
// says the row is cancelled as plainly as a struck line would; read as text, it is sent booked.
import type { DefaultTreeAdapterMap } from 'parse5';
import type { ShownCell } from './html-command-columns.ts';
import { classMark, declarationMark, type ClassMarks } from './html-styles.ts';

type Element = DefaultTreeAdapterMap['element'];

export type MarkKind = 'struck' | 'hidden' | 'classed';

/** A row's first marked cell: its place in the row, its shown text, and how it is marked. */
export interface RowMark {
  column: number;
  value: string;
  kind: MarkKind;
}

const STRUCK_ELEMENTS = new Set(['s', 'strike', 'del']);

/** How an element marks its content, if it does: by what it is, its attributes, or its classes
 *  as the page's stylesheet draws them (an inline style is read first, as it overrides them). */
export function markOf(el: Element, classes: ClassMarks): MarkKind | undefined {
  if (STRUCK_ELEMENTS.has(el.nodeName)) return 'struck';
  let names: string | undefined;
  for (const a of el.attrs) {
    if (a.name === 'hidden') return 'hidden';
    if (a.name === 'class') names = a.value;
    if (a.name !== 'style') continue;
    const mark = declarationMark(a.value);
    if (mark) return mark;
  }
  return classMark(el.nodeName, names, classes) ?? (el.nodeName === 'tr' ? cancelClass(names) : undefined);
}

/** A class name's words (`status-cancelled`, `row_deleted`, `isCanceled`) that say cancelled,
 *  deleted, voided or rescheduled: a past participle, never `cancel` alone (a button's class) or
 *  `cancelable`, nor one a `not` or `non` before it denies (`not-cancelled`, `isNotDeleted`). */
const CANCEL_CLASS_WORD = /^(?:cancell?ed|deleted|voided|rescheduled)$/i;
const DENIED = /^(?:not|non|no)$/i;

function cancelClass(names: string | undefined): MarkKind | undefined {
  if (!names) return undefined;
  for (const name of names.split(/\s+/)) {
    const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').split(/[\s_-]+/);
    for (let i = 0; i < words.length; i++)
      if (CANCEL_CLASS_WORD.test(words[i]!) && !DENIED.test(words[i - 1] ?? '')) return 'classed';
  }
  return undefined;
}

/**
 * The first marked cell of each of a table's rows (by the row's place in `rows`), hidden columns
 * aside: those a `<col>` hides (`hiddenColumns`), and those whose every cell with text is hidden.
 * Decided once per table.
 */
export function rowMarks(
  rows: readonly ShownCell[][],
  hiddenColumns: ReadonlySet<number>,
): Array<[number, RowMark]> {
  const shownText = new Set<number>();
  for (const row of rows) row.forEach((c, i) => c.text !== '' && c.mark !== 'hidden' && shownText.add(i));
  const marks: Array<[number, RowMark]> = [];
  rows.forEach((row, r) => {
    const column = row.findIndex(
      (c, i) =>
        c.mark === 'struck' ||
        c.mark === 'classed' ||
        (c.mark === 'hidden' && !hiddenColumns.has(i) && shownText.has(i)),
    );
    if (column >= 0) marks.push([r, { column, value: row[column]!.text, kind: row[column]!.mark! }]);
  });
  return marks;
}

/** The row problem of a marked row: what is wrong and what to do. */
export function markProblem(mark: RowMark, column: string): { problem: string; hint: string } {
  if (mark.kind === 'classed')
    return {
      problem: `'${mark.value}' in column '${column}' is on a row the page marks cancelled by its class (class="cancelled" or the like): whether it is cancelled or removed is not guessed`,
      hint: 'Export the schedule with a status column, or as CSV, then import it again',
    };
  return mark.kind === 'struck'
    ? {
        problem: `'${mark.value}' in column '${column}' is struck through on the page: a struck-out appointment is usually cancelled or removed, and which one is not guessed`,
        hint: 'Export the schedule with a status column (or without struck-out appointments), or as CSV, then import it again',
      }
    : {
        problem: `'${mark.value}' in column '${column}' is hidden on the page (not shown to a person reading it): a hidden value may be stale, and is not sent as the appointment's`,
        hint: 'Export the schedule as CSV, or without hidden rows and columns, then import it again',
      };
}
