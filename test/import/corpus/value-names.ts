// Names rewritten as other systems write them: in capitals where the proper case is certain once
// capitalised, and full names swapped or given a middle initial only where every name of the
// column has one-word parts (so the split is not in question). All must send.
import type { ValueColumns } from './value-columns.ts';
import { everyCell, type ValueDraft, type ValueTable } from './value-rewrite.ts';

/** Words whose proper case a capitalised name does not settle (`DE` is `de` or `De`). */
const UNSURE_CAPITALS = new Set([
  'De',
  'La',
  'Le',
  'Del',
  'Della',
  'Van',
  'Von',
  'Der',
  'Den',
  'Du',
  'Da',
  'Di',
  'Dos',
  'Das',
  'Te',
  'Ter',
  'Ten',
]);
/** Particles the corpus's expectations write in lower case (its README: "de la Cruz"). */
const PARTICLES = new Set([
  'de',
  'la',
  'le',
  'del',
  'della',
  'van',
  'von',
  'der',
  'den',
  'du',
  'da',
  'di',
  'dos',
  'das',
  'af',
  'ap',
  'ter',
  'ten',
  'y',
]);

/** A name whose proper case is certain once written in capitals: plain capitalised words, O' and
 *  Mc (never Mac: MacLeod and Macleod are both names), hyphenated, and lower-case particles. */
function certainCase(name: string): boolean {
  return name
    .split(' ')
    .every(
      (w) =>
        PARTICLES.has(w) ||
        w.split('-').every((p) => !UNSURE_CAPITALS.has(p) && /^(?:\p{Lu}'|Mc)?\p{Lu}\p{Ll}+$/u.test(p)),
    );
}

/** ASCII-only in a code page kept as bytes (its high bytes are not letters we know). */
const simpleWord = (table: ValueTable, v: string): boolean =>
  table.asciiOnly ? /^[A-Z][a-z]+$/.test(v) : /^\p{Lu}\p{Ll}+$/u.test(v);

export function nameDrafts(table: ValueTable, cols: ValueColumns): ValueDraft[] {
  const drafts: ValueDraft[] = [];
  const add = (name: string, text: ValueDraft['text'] | undefined): void => {
    if (text) drafts.push({ name, text });
  };
  // Capitals only where every name of the column has a certain proper case.
  const certain = (col: number): boolean =>
    everyCell(table, col, (v) =>
      table.asciiOnly ? /^[A-Za-z' -]+$/.test(v) && certainCase(v) : certainCase(v),
    );
  const capitals = (name: string, cols: number[]): void => {
    const sure = cols.filter(certain);
    if (sure.length)
      add(
        name,
        table.rewrite((v, col) => (sure.includes(col) ? v.toUpperCase() : undefined)),
      );
  };
  capitals('last names in capitals', cols.lastNames);
  capitals('first names in capitals', cols.firstNames);
  capitals(
    'names in capitals',
    cols.fullNames.map((c) => c.col),
  );
  const oneWord = (s: string): boolean => simpleWord(table, s);
  // Full-name columns of one form change together (Crystal writes a field's printed text and its
  // value: both are the name).
  for (const form of ['first last', 'last, first'] as const) {
    const parts = (v: string): [string, string] | undefined => {
      if (form === 'last, first') {
        const m = /^([^,\s]+), ([^,\s]+)$/.exec(v);
        return m && oneWord(m[1]!) && oneWord(m[2]!) ? [m[2]!, m[1]!] : undefined;
      }
      const m = /^(\S+) (\S+)$/.exec(v);
      return m && oneWord(m[1]!) && oneWord(m[2]!) ? [m[1]!, m[2]!] : undefined;
    };
    // Every name of a column must split for sure, or the column stays as it is.
    const mine = cols.fullNames
      .filter((c) => c.form === form && everyCell(table, c.col, (v) => !!parts(v)))
      .map((c) => c.col);
    if (mine.length === 0) continue;
    const swap = (fn: (first: string, last: string) => string): ValueDraft['text'] | undefined =>
      table.rewrite((v, c) => {
        const p = mine.includes(c) ? parts(v) : undefined;
        return p && fn(p[0], p[1]);
      });
    if (form === 'first last')
      add(
        'names as Last, First',
        swap((f, l) => `${l}, ${f}`),
      );
    else
      add(
        'names as First Last',
        swap((f, l) => `${f} ${l}`),
      );
    add(
      'names with a middle initial',
      swap((f, l) => (form === 'first last' ? `${f} J. ${l}` : `${l}, ${f} J`)),
    );
  }
  return drafts;
}
