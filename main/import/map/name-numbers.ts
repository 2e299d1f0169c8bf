// A patient's chart number written into the name cell by the report in brackets:
// `Hollis, Grace (100415)`, `HOLLIS, GRACE (MRN 100415)`, `Grace Hollis [100415]`. The row reader
// leaves a bracketed note out of the name (row-patient.ts, withoutNotes); the column check must
// read the cell the same way, or a column of names, each carrying its number, fits a name 0% and
// the file is held for a name every row reads. Only a note with a chart number in it is left out
// here: such a number is no part of a name, while a bracketed word (`(Bob)`, `(Mr)`) is judged by the name
// checks as before. A number outside brackets (`#100415`, `100415 - Hollis, Grace`) the row
// reader refuses as no name (name-part-doubts.ts), so the column check does not drop it either.

/** A bracketed note with a number of three digits or more in it (`(100415)`, `[MRN 100415]`):
 *  a chart number. Not `(1)`, `(2)`: a twin's mark, which tells two patients apart (48g). */
const NUMBERED_NOTE = /\s*(?:\([^()]*\d{3}[^()]*\)|\[[^[\]]*\d{3}[^[\]]*\]|\{[^{}]*\d{3}[^{}]*\})\s*/g;

/** The name in `cell` without a bracketed note holding a number; most names have no digit and
 *  are returned at once. */
export function nameWithoutNumber(cell: string): string {
  if (!/\d/.test(cell)) return cell;
  return cell.replace(NUMBERED_NOTE, ' ').replace(/\s+/g, ' ').replace(/\s+,/g, ',').trim();
}

// A chart number set apart from the name outside brackets (`Hollis, Grace #100415`,
// `100415 - Hollis, Grace`, `Hollis, Grace - 100415`) is read by the COLUMN, never by the cell:
// one such number on one name among plain names is a note a person typed (`Roe, Robert J #4471`,
// refused as before: name-part-doubts.ts), while a column whose every name carries one, in one
// form, each person keeping theirs and no two people sharing one, is a report that prints the
// chart number with the name. Only then is the number left out of each cell of that form.

/** The name, the separator and the number of a cell with the number after the name or before it;
 *  three digits or more (`- 12` is a count), no digit in the name. */
const NUMBER_AFTER = /^([^\d#]*[^\d\s#\-–—])(\s*#\s?|\s+[-–—]\s+)(\d{3,})$/u;
const NUMBER_BEFORE = /^(\d{3,})(\s+[-–—]\s+)([^\d]*\S)$/u;

interface SetApart {
  name: string;
  number: string;
  /** Where the number stands and what sets it apart, spaces as written: the column's form. */
  form: string;
}

function setApart(cell: string): SetApart | undefined {
  const after = NUMBER_AFTER.exec(cell);
  if (after) return { name: after[1]!, number: after[3]!, form: `after${after[2]}` };
  const before = NUMBER_BEFORE.exec(cell);
  if (before) return { name: before[3]!, number: before[1]!, form: `before${before[2]}` };
  return undefined;
}

/** When every filled cell of a sampled name column carries a chart number in one form (two people
 *  at least, one number each, none shared), the reader of a cell's name without it; else
 *  undefined, and the cells are read as written. */
export function chartNumberColumn(cells: readonly string[]): ((cell: string) => string) | undefined {
  let form: string | undefined;
  const byName = new Map<string, string>();
  const byNumber = new Map<string, string>();
  for (const raw of cells) {
    const cell = raw.trim();
    if (!cell) continue;
    const s = setApart(cell);
    if (!s || !/\p{L}/u.test(s.name) || (form !== undefined && s.form !== form)) return undefined;
    form = s.form;
    const who = s.name.toLowerCase().replace(/\s+/g, ' ');
    if ((byName.get(who) ?? s.number) !== s.number || (byNumber.get(s.number) ?? who) !== who)
      return undefined;
    byName.set(who, s.number);
    byNumber.set(s.number, who);
  }
  if (byNumber.size < 2) return undefined;
  const inForm = form!;
  return (cell: string): string => {
    const s = /\d/.test(cell) ? setApart(cell.trim()) : undefined;
    return s && s.form === inForm ? s.name : cell;
  };
}
