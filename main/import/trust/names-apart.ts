// People of one file who differ only in the part of their name the portal does not get: the
// middle part (a middle name or initial, or a twin's marker). Patient ids made from names
// (identity.ts: last, first and birth date) leave it out, and must stay as they are for the names
// already sent; so twins under the temporary names hospitals give multiples, `Smith, Judy Girl A`
// and `Smith, Judy Girl B` (The Joint Commission's NPSG.01.01.01), `Jones, Twin A` / `Twin B`,
// `Baby Boy Smith` / `Baby Girl Smith`, were one patient, and one twin's visit went on the other's
// account or replaced it. A middle part written on one row and not on another, or as an initial
// of the same name (`A` and `Ann`), is one person, as before.
import { ownString } from '../own-string.ts';
import { foldAccents } from '../map/status-vocabulary.ts';
import { ID_TRACK_LIMIT } from './id-column.ts';

/** The first two rows of one name and birth date told apart by their middle parts. */
export interface NamesApartFound {
  firstLine: number;
  line: number;
  count: number;
}

export class NamesApart {
  /** Per name and birth date (and whether the patient id is made from them): the middle parts
   *  that name different people, in the order met, with the first line of each. */
  private readonly seen = new Map<string, Array<{ middle: string; line: number }>>();
  /** Rows whose made-up patient id is another person's of this file (the whole-file doubt). */
  found?: NamesApartFound;

  /**
   * Which of the people of `key` (normalised last, first and birth date) this row's `middle` names:
   * '' for the first, then `\u001f1`, `\u001f2`… (a suffix for the audit's person keys). `madeUp`:
   * the row's patient id is made from the name, so a second person there shares the first's id.
   * Only rows with a middle part come here: most names cost nothing.
   */
  see(key: string, middle: string, line: number, madeUp: boolean): string {
    const k = madeUp ? key : `\u001f${key}`;
    const people = this.seen.get(k);
    if (!people) {
      if (this.seen.size < ID_TRACK_LIMIT) this.seen.set(ownString(k), [{ middle: ownString(middle), line }]);
      return '';
    }
    for (let i = 0; i < people.length; i++)
      if (people[i]!.middle === middle || sameMiddle(people[i]!.middle, middle)) return i ? `\u001f${i}` : '';
    people.push({ middle: ownString(middle), line });
    if (madeUp) {
      if (this.found) this.found.count++;
      else this.found = { firstLine: people[0]!.line, line, count: 1 };
    }
    return `\u001f${people.length - 1}`;
  }
}

/**
 * Whether two middle parts may be one person's: word by word, the same word or one the other's
 * initial (`A.` and `Ann`), in any case and with or without accents; a word more on one side is
 * a middle name written once and not again. `A`/`B`, `Boy`/`Girl`, `Girl A`/`Girl B` are not.
 */
export function sameMiddle(a: string, b: string): boolean {
  const x = middleWords(a);
  const y = middleWords(b);
  for (let i = 0; i < x.length && i < y.length; i++) {
    const p = x[i]!;
    const q = y[i]!;
    if (p !== q && !(p.length === 1 && q[0] === p) && !(q.length === 1 && p[0] === q)) return false;
  }
  return true;
}

function middleWords(s: string): string[] {
  return foldAccents(s)
    .split(/[\s.\-–]+/)
    .filter(Boolean);
}
