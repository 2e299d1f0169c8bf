// One e-mail address on the rows of many patients of different families: the practice's own
// (`office@drpatel.com`, `info@…`, `hello@…`), typed by the desk where the patient gave none, or
// the system's fill for every patient. No word of the address says so (placeholder-emails.ts knows
// only the desk's words), but the file does: sent as each patient's, the portal's invitation and
// every reminder of every patient went to the practice (63r3). Such an address goes as none, as a
// placeholder does (row-patient.ts).
// A family's shared address is left as it is: a mother's on her two children's rows, a parent's on
// siblings of different family names joined by one (`Garcia`, `Garcia-Lopez`). Patients are of one
// family here when their family names (or one-column names) share a word; an address is no one's
// own when it stands on the rows of FAMILIES or more patients who share none. Read over the first
// rows (the sample recognition reads): an address shared only further on is not seen.
import type { TableRow } from '../read/table-types.ts';
import { FAMILY_FIRST_SCRIPT } from './name-regions.ts';
import { splitName } from './names.ts';
import type { NameOrder } from './profile.ts';
import { PARTICLES } from './proper-case.ts';
import type { ColumnRefs } from './resolve-columns.ts';

/** Patients of this many families, none sharing a name's word with another, on one address. */
const FAMILIES = 3;

/** The address as compared: a link's `mailto:` and the case left out. */
export function emailKey(cell: string): string {
  return cell
    .replace(/^\s*mailto:/i, '')
    .trim()
    .toLowerCase();
}

/** The words of a name that tie patients into one family: of the family name when the file has a
 *  column of it, else of the one-column name's part before its comma (`Obi, Grace`: the family
 *  name), else of the family name the mapping reads in the whole name (`Grace Obi`: Obi, in the
 *  name order of the file, as row-patient.ts splits it). A particle (`de`, `van`, `bin`) ties no
 *  one: `de la Cruz`, `de Souza` and `da Silva` are three families, and `Obi, Grace` and `Hollis,
 *  Grace` two (64r1: the practice's address on such rows had gone as every patient's own). Every
 *  word of `Grace Obi` had tied it to `Grace Hollis` through the given name (65d). */
function familyWords(row: TableRow, refs: ColumnRefs, order: NameOrder): string[] {
  const ref = refs.lastName?.source === 'main' ? refs.lastName : refs.patientName;
  if (ref?.source !== 'main') return [];
  let name = row.values[ref.index] ?? '';
  if (ref === refs.patientName) name = familyPart(name, order);
  return name
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 1 && !PARTICLES.has(w));
}

/** A one-column name's family part: before its comma, else the family name as the row is read (a
 *  name in Chinese, Japanese or Korean script family name first, as row-patient.ts reads it);
 *  the whole name when it does not split. */
function familyPart(name: string, order: NameOrder): string {
  if (name.includes(',')) return name.slice(0, name.indexOf(','));
  const scriptFirst = order === 'auto' && FAMILY_FIRST_SCRIPT.test(name);
  return splitName(name, scriptFirst ? 'last-first' : order)?.last || name;
}

/** How many families the patients' names make: names sharing a word are one (joined through any
 *  chain of shared words). */
function familyCount(names: ReadonlyArray<readonly string[]>): number {
  const groups: Array<Set<string>> = [];
  for (const words of names) {
    if (words.length === 0) continue;
    const joined = new Set(words);
    for (let i = groups.length - 1; i >= 0; i--) {
      if (words.some((w) => groups[i]!.has(w))) {
        for (const w of groups[i]!) joined.add(w);
        groups.splice(i, 1);
      }
    }
    groups.push(joined);
  }
  return groups.length;
}

/** The addresses of the sample (as emailKey writes them) that stand on the rows of patients of
 *  FAMILIES or more families: no patient's own. */
export function practiceEmails(
  sample: readonly TableRow[],
  refs: ColumnRefs,
  order: NameOrder = 'auto',
): ReadonlySet<string> {
  const email = refs.email;
  if (email?.source !== 'main') return new Set();
  const byAddress = new Map<string, string[][]>();
  for (const r of sample) {
    const key = emailKey(r.values[email.index] ?? '');
    if (!key.includes('@')) continue;
    const names = byAddress.get(key) ?? [];
    names.push(familyWords(r, refs, order));
    byAddress.set(key, names);
  }
  const out = new Set<string>();
  for (const [key, names] of byAddress)
    if (names.length >= FAMILIES && familyCount(names) >= FAMILIES) out.add(key);
  return out;
}
