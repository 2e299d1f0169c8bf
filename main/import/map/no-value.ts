// What a program writes in a cell that has no value. SQL Server Management Studio's "Save results
// as" writes `NULL`, MySQL's client and a JSON flattener `null`, sqlcmd and psql's `\pset null`
// users `(null)`, Python `None` (str(None)) and pandas `nan`/`NaN`/`NaT` (a frame cast to text),
// JavaScript `undefined`, pandas' newer `<NA>`, a person `N/A`, `-`, `TBD` or `Unknown`. None of them is
// a name, an id, a place or a date: read as one, `NULL` went to the portal as a provider called
// "Null" and a location called "NULL". A cell holding one is read as the empty cell it stands for,
// so each field does with it what it does with an empty cell (README: "Empty cells written as
// words").

/** Spellings whose case does not matter: none is a word of a name or a place. Not `Not
 *  available`: in a type or a reason it is blocked time (block-words.ts). */
const EMPTY_WORDS = new Set([
  '(null)',
  '<null>',
  '[null]',
  '{null}',
  '(none)',
  '<none>',
  '[none]',
  '(blank)',
  '(empty)',
  '<empty>',
  '<na>',
  '(n/a)',
  'n/a',
  'undefined',
  'tbd',
  'tba',
  'unknown',
]);

/** Spellings that are also names in their own case (`Null`, `Nan`, `Nat` and `Nil` are family or
 *  given names, `NA` initials or a provider's code), so only the programs' own spellings count. */
const EMPTY_AS_WRITTEN = new Set(['NULL', 'null', 'None', 'NONE', 'none', 'nan', 'NaN', 'NaT', 'nil']);

const STAND_IN_MARKS = /^[-‐‑‒–—―.…?*_/]+$/;
/** Every first character of the spellings and marks above, in either case. */
const MAY_START = '-‐‑‒–—―.…?*_/(<[{nNuUtT';

/**
 * Whether a cell of a name, id, place, type or date field holds a stand-in for "no value": one of
 * the spellings above, or nothing but dashes, dots, question marks or stars (`-`, `--`, `.`, `?`,
 * `***`), which name nothing. Not a ditto mark (`"`, `〃`): that one says "as the row above".
 * A spreadsheet's `#N/A` is not: a formula failed there, and the fields that must not lose a value
 * say so (spreadsheet-errors.ts). `0` is not either: a room, an id or OpenEMR's "no patient" is 0.
 */
export function readsAsEmpty(value: string): boolean {
  if (!value || value.length > 16) return false;
  // Most cells are dates, times, ids or names: a digit first is never a stand-in (cheap, per cell).
  const first = value.charCodeAt(0);
  if (first >= 48 && first <= 57) return false;
  // Nor, cheaper still, a first letter no stand-in has (`Smith`, `Main Office`: most cells).
  if (!MAY_START.includes(value[0]!)) return false;
  if (STAND_IN_MARKS.test(value)) return true;
  return EMPTY_AS_WRITTEN.has(value) || EMPTY_WORDS.has(value.toLowerCase());
}

/**
 * A no-value in a yes/no, cancellation-date or date-of-death column, in any case (`NA` and `#N/A`
 * too): there it means "not cancelled" or "not deceased", never a cancellation or a death.
 */
export function isNoValue(value: string): boolean {
  return NO_VALUE.has(value.trim().toLowerCase());
}
const NO_VALUE = new Set([
  'null',
  '(null)',
  '<null>',
  'none',
  'nil',
  'n/a',
  '#n/a',
  'na',
  '-',
  '--',
  'undefined',
]);
