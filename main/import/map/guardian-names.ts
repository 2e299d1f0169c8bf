// A name cell that names another person beside the patient: `Parent of Smith, Tommy`,
// `Mother of Tommy Smith`, `Smith, Mary for Tommy`, `Smith, Tommy c/o Mary Smith`, a first-name
// cell `Parent of Tommy`. Front desks write so when a child's visit is booked under the parent, or
// the parent's own session (a parent consultation, a pediatric therapy intake) under the child. The
// cell does not say whose visit it is, and read as a name it had gone as last name
// `Parent of Smith`, first name `Mary for Tommy`: a wrong name, and a patient id made from it that
// is neither person's. row-patient.ts refuses such a row. A parent named in brackets after the
// patient's name as a label (`Smith, Tommy (Guardian: Mary)`) is a note, left out of the name as
// before; a relation followed by `of` names whose person the name is, in brackets too
// (`Smith, Mary (Mother of Tommy)`).

/** A parent's or carer's relation to the patient (`Parent`, `Mom`, `Legal guardian`, `Foster mother`). */
const RELATION = String.raw`(?:parent|mother|father|mom|mum|mommy|dad|daddy|guardian|grand(?:mother|father|parent|ma|pa)|caregiver|carer|step(?:mother|father|parent)|foster\s+(?:mother|father|parent))`;

/** Relation words before `of` (`Parent of`, `Legal guardian of`, `Mom of`). */
const RELATION_OF = new RegExp(String.raw`(?:^|[^\p{L}])${RELATION}\s+of(?![\p{L}])`, 'iu');
/** Words that put a second person after the first (`c/o`, `care of`, `on behalf of`, `attn`), or a
 *  `for` or `obo` (on behalf of) between two names (`Mary for Tommy`), in brackets too (`Smith,
 *  Mary (for Tommy)`: a bracket is otherwise a note left out, and Mary had gone for Tommy's
 *  visit): no name has `for` for a word; `obo` only between two names, as `Obo` is a surname. */
const SECOND_PERSON =
  /(?:^|[^\p{L}])(c\s*\/\s*o|care\s+of|on\s+behalf\s+of|attn)(?![\p{L}])|\p{L}\.?(?:\s+|\s*[([]\s*)(for|obo|o\.b\.o\.?)\s+\p{L}/iu;
/** A relation after another person's name (`Smith, Mary (Tommy's mom)`, `Tommy's Father`): the
 *  cell names the child and a parent, and whose visit it is is unsaid, as with `Mother of`. */
const POSSESSIVE_RELATION = new RegExp(String.raw`\p{L}['’]s\s+${RELATION}(?![\p{L}])`, 'iu');

/** What every cell the patterns below find holds, in any case: one scan, no lower-cased copy.
 *  The same answer as `cell.toLowerCase()` holding one of the pieces (without `u`, `i` matches a
 *  letter only to its own ASCII capital, and no other character lower-cases to these letters or
 *  marks: guardian-names.test.ts compares the two). */
export const MAY_NAME_ANOTHER = /of|\/|for|attn|obo|o\.b\.o|['’]s /i;

/** Whether a name cell, as written, names a parent, guardian or other person beside the patient:
 *  the relation word or mark found, for the row error (`Parent of`), or undefined. */
export function guardianInName(cell: string): string | undefined {
  if (cell.length < 5) return undefined;
  // Runs on every row's name cells: most hold none of the words' letters, and cost no pattern.
  if (!MAY_NAME_ANOTHER.test(cell)) return undefined;
  const m = RELATION_OF.exec(cell);
  if (m) return m[0].replace(/^[^\p{L}]+/u, '');
  const p = POSSESSIVE_RELATION.exec(cell);
  if (p) return p[0].slice(1);
  const s = SECOND_PERSON.exec(cell);
  return s ? (s[1] ?? s[2]) : undefined;
}
