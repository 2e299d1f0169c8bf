// An Irish family name written without its apostrophe (`Sean O Brien`, `MARY O SULLIVAN`): systems
// that allow no apostrophe in a name, and people who leave it out, write `O'Brien` as `O Brien`. In
// a one-column name without a comma the lone `O` then stands where a middle initial does (`Mary O
// Smith`), and the name had gone as Sean Brien: the family name cut. Which one it is the cell does
// not say (a middle initial O, Olivia or Owen, before Sullivan is as possible), so such a row is
// refused (row-patient.ts) naming the value, never sent as Brien nor guessed as O'Brien.
//
// The names: Irish Ó surnames as English writes them with O' (houseofnames.com/blogs/o-prefix:
// O'Neil, O'Riordan, O'Keeffe; pandapeters.wordpress.com/2009/03/10/irish-surnames, from the Cork
// phone book: O'Sullivan, O'Brien...), the common ones, written also without the O in Ireland and
// abroad (Kelly, Sullivan), which is why a lone O before them cannot be read either way.
import { withoutSuffix } from './names.ts';
import { foldAccents } from './status-vocabulary.ts';

const O_NAMES = new Set(
  (
    'brien brian connor conner neill neil sullivan reilly donnell donoghue donohue donohoe leary ' +
    'malley hara shea shaughnessy keefe keeffe toole rourke dwyer driscoll callaghan mahony mahoney ' +
    'grady gorman dowd doherty flaherty halloran hanlon kelly riordan loughlin meara dea connell ' +
    'byrne carroll hagan hare dell boyle brady donovan gara hea kane mara regan rahilly ' +
    'sheridan higgins hehir mullane dowling'
  ).split(' '),
);

/** The family word after a lone `O` (or `O’` cut off by a space) before the last word of a one-column name without a comma
 *  (`Sean O Brien` → `Brien`), when it is an Irish Ó name; undefined otherwise. `O.` with its dot
 *  is an initial, and `Ó` with its accent a particle (proper-case.ts). */
export function loneOBeforeIrishName(named: string): string | undefined {
  // One look for the many names without a lone O.
  if (!/ [Oo]['’]? /.test(named)) return undefined;
  // A suffix after the name (`Sean O Brien Jr`, `Sean O Brien, Jr`) is dropped by the name's
  // reading, so it hides nothing here: the words before it are the name.
  const name = withoutSuffix(named);
  if (name.includes(',')) return undefined;
  const w = name.split(/\s+/);
  // `Sean O’ Brien`: the apostrophe typed, a space after it.
  if (w.length < 3 || !/^[Oo]['’]?$/.test(w.at(-2)!)) return undefined;
  const last = w.at(-1)!;
  return O_NAMES.has(foldAccents(last).toLowerCase()) ? last : undefined;
}
