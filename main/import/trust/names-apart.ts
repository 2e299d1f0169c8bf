// People of one file who differ only in the part of their name the portal does not get: the
// middle part (a middle name or initial, or a twin's marker). Patient ids made from names
// (identity.ts: last, first and birth date) leave it out, and must stay as they are for the names
// already sent; so twins under the temporary names hospitals give multiples, `Smith, Judy Girl A`
// and `Smith, Judy Girl B` (The Joint Commission's NPSG.01.01.01), `Jones, Twin A` / `Twin B`,
// `Baby Boy Smith` / `Baby Girl Smith`, were one patient, and one twin's visit went on the other's
// account or replaced it. (Such temporary names are now refused rows of their own, newborn-names.ts;
// twins of one first name told apart by a middle name, `Mohammed Ali Khan` and `Mohammed Omar
// Khan`, are still held here.) A middle part written on one row and not on another, or as an initial
// of the same name (`A` and `Ann`), is one person, as before.
// A person who confirms the mapping on such a file answers it for the people of that file only
// (their shared made-up id): real twins born next month are other people, and are asked about.
import { ownString } from '../own-string.ts';
import { foldAccents } from '../map/status-vocabulary.ts';
import { ID_TRACK_LIMIT } from './id-column.ts';

/** The first two rows of one name and birth date told apart by their middle parts. */
export interface NamesApartFound {
  firstLine: number;
  line: number;
  count: number;
  /** The made-up patient ids the people found share, each once, in the order met: what a
   *  confirmation answers (the first SHARED_ID_LIMIT; the rest are asked about on a later file). */
  sharedIds: string[];
}

/** How many shared ids one hold names: more twins than this in one file without patient ids is
 *  no real schedule, and those left out are found again on the next file (never let through). */
export const SHARED_ID_LIMIT = 50;

export class NamesApart {
  /** Per name and birth date (and whether the patient id is made from them): the middle parts
   *  that name different people, in the order met, with the first line of each. */
  private readonly seen = new Map<string, Array<{ middle: string; line: number }>>();
  /** Rows whose made-up patient id is another person's of this file (the whole-file doubt). */
  found?: NamesApartFound;

  /** `accepted`: the shared ids a person already said are fine (answered-checks.ts). */
  constructor(private readonly accepted?: ReadonlySet<string>) {}

  /**
   * Which of the people of `key` (normalised last, first and birth date) this row's `middle` names:
   * '' for the first, then `\u001f1`, `\u001f2`… (a suffix for the audit's person keys). `madeUpId`:
   * the row's patient id when it is made from the name, so a second person there shares the
   * first's id. Only rows with a middle part come here: most names cost nothing.
   */
  see(key: string, middle: string, line: number, madeUpId?: string): string {
    const k = madeUpId ? key : `\u001f${key}`;
    const people = this.seen.get(k);
    if (!people) {
      if (this.seen.size < ID_TRACK_LIMIT) this.seen.set(ownString(k), [{ middle: ownString(middle), line }]);
      return '';
    }
    for (let i = 0; i < people.length; i++)
      if (people[i]!.middle === middle || sameMiddle(people[i]!.middle, middle)) return i ? `\u001f${i}` : '';
    people.push({ middle: ownString(middle), line });
    if (madeUpId && !this.accepted?.has(madeUpId)) this.note(people[0]!.line, line, madeUpId);
    return `\u001f${people.length - 1}`;
  }

  /** Another person under `id` (rare: once per person, not per row). */
  private note(firstLine: number, line: number, id: string): void {
    const found = this.found;
    if (!found) {
      this.found = { firstLine, line, count: 1, sharedIds: [ownString(id)] };
      return;
    }
    found.count++;
    if (found.sharedIds.length < SHARED_ID_LIMIT && !found.sharedIds.includes(id))
      found.sharedIds.push(ownString(id));
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
