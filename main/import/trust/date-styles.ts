// How a column writes its numeric dates (`14/03/1978`, `1/5/2027 9:30`): the separator, the
// year's length, and whether day and month are padded with a zero. Proof of the day/month order
// found in one column says how the program that wrote it orders dates; it says nothing about a
// column written another way. Excel set to US English at a Sydney practice rewrites the dates it
// can read month-first in its own style (`2027-01-05 09:30:00` becomes `1/5/2027 9:30`, `05/03/1965`
// becomes `5/3/1965`) and leaves the others as they were (`14/03/1978`), so a birth-date column
// then proves day-first while the appointment dates beside it are month-first.
import { numericParts } from '../map/parse-date.ts';

export interface DateStyle {
  separators: Set<string>;
  yearLengths: Set<number>;
  /** Per part (first, second): written with a leading zero (`03`) somewhere in the column. */
  zero: [boolean, boolean];
  /** Per part: written as one digit (`3`) somewhere in the column. */
  single: [boolean, boolean];
  /** The first value written each way, for the part that shows it (for a person to see). */
  padded?: string;
  unpadded?: string;
}

/** The style of a column's numeric dates, or undefined when it has none. */
export function dateStyle(values: readonly string[]): DateStyle | undefined {
  let style: DateStyle | undefined;
  for (const v of values) {
    const found = numericParts(v);
    if (!found) continue;
    const { m } = found;
    style ??= { separators: new Set(), yearLengths: new Set(), zero: [false, false], single: [false, false] };
    style.separators.add(m[2]!);
    style.yearLengths.add(m[4]!.length);
    for (const [i, part] of [m[1]!, m[3]!].entries()) {
      if (part.length === 1) {
        style.single[i] = true;
        style.unpadded ??= v.trim();
      } else if (part.startsWith('0')) {
        style.zero[i] = true;
        style.padded ??= v.trim();
      }
    }
  }
  return style;
}

/** A column padding a part in some values and not in others: no program writes so, a
 *  spreadsheet that rewrote some of its dates and left the rest does. */
export function mixesPadding(s: DateStyle): boolean {
  return (s.zero[0] && s.single[0]) || (s.zero[1] && s.single[1]);
}

/** Every day and month written with two digits, a zero shown at least once (`03/09/27`): a
 *  fixed-width format a program prints, not a spreadsheet's own short date (`3/9/2027`). */
const fixedWidth = (s: DateStyle): boolean => !s.single[0] && !s.single[1] && (s.zero[0] || s.zero[1]);

/** Whether the dates of `target` are written otherwise than those of the column whose proof
 *  would settle them (`14/03/1978` beside `1/5/2027`). Only the year's width apart is written
 *  alike where the proof's column prints it short: `04/05/1961` beside `03/16/27` (the same
 *  separator, every day and month two digits), as US practice programs print visits with a
 *  two-digit year and birth dates with four, one format of one program. A spreadsheet that
 *  rewrote some dates writes its own short date, unpadded (`4/5/1961`), and stays apart; so does
 *  a column of two-digit years (`04/07/58`) beside four-digit proof, its century a guess too. */
export function stylesDiffer(proof: DateStyle, target: DateStyle): boolean {
  const disjoint = <T>(x: Set<T>, y: Set<T>): boolean => ![...x].some((v) => y.has(v));
  if (disjoint(proof.separators, target.separators)) return true;
  const longTarget = target.yearLengths.size === 1 && target.yearLengths.has(4);
  const widthOnly = longTarget && fixedWidth(proof) && fixedWidth(target);
  if (disjoint(proof.yearLengths, target.yearLengths) && !widthOnly) return true;
  return [0, 1].some((i) => (proof.zero[i]! && target.single[i]!) || (proof.single[i]! && target.zero[i]!));
}
