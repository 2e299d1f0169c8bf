// A report grouped by provider that prints the provider once, alone on a line, and leaves the
// table's provider column blank on the rows under it (a hospital report writer's
// `"HOLLIS, RAYMOND MD",,,,,,` under a RESOURCE header: TruBridge/CPSI clinic schedules, Crystal
// and Access reports with "suppress duplicates"). The line has no `Provider:` label (group-lines.ts
// reads those), but it names a person the way a provider column does, and the table has one
// column for providers: the value is that column's for the rows below. Usually the value stands
// in that very column; a writer that moved the columns or added one may leave it in the first
// cell, so the table's only provider column is taken then. Only a name that shows it is a
// person's (a credential or a doctor's title: `HOLLIS, RAYMOND MD`, `Dr Lee`) and says nothing of
// a cancellation: a heading (`Cancelled Appointments`, `Waitlist`, `North Clinic`) stays a
// heading, and the file is held with it; so is a row under it that names another provider
// (group-columns.ts).
import { saysCancelled } from '../map/cancel-mention.ts';
import { headerConcepts, headerScore } from '../map/header-meaning.ts';
import { namesAPlace } from '../map/provider-pair.ts';
import { parseProviderName } from '../map/provider-name.ts';
import { isNameLikeCredential } from '../map/provider-credentials.ts';
import { saysSite } from '../map/room-values.ts';
import { groupLine, ownColumn } from './group-lines.ts';

// Words of a practice or a hospital that saysSite (room-values.ts) leaves to others: a list grouped
// by practice (`Valley Medical Group MD`, `St Marys Hospital`) names no provider.
const ORGANISATION =
  /(?:^|[^\p{L}])(?:medical|group|associates|partners|hospital|health|practice|services|care)(?=$|[^\p{L}])/iu;

/** Whether a line's value names a person as a provider column does, not an office or a room: a
 *  credential or a doctor's title; no digit, no word of a site, a room or a practice; and a given
 *  name beside a bare credential (`BETHESDA, MD` and `Rockville, MD` are a town and a state,
 *  `HOLLIS, RAYMOND MD` and `Dr Lee` people). */
function namesAPerson(value: string): boolean {
  if (/\d/.test(value) || saysSite(value) || namesAPlace(value) || ORGANISATION.test(value)) return false;
  const p = parseProviderName(value);
  if (!p.last) return false;
  return !!p.title || (p.credentials.length > 0 && /\p{L}/u.test(p.first)) || nameThenNameLike(value);
}

/** `AMES, JOHN DO`: a family name, a given name and a last word that is a credential or a name
 *  (`DO`, `PA`, `OD`: parseProviderName leaves it undecided in capitals). Either way the line names
 *  a person, John Ames, DO or John Do Ames, as `HOLLIS, RAYMOND MD` does; the portal is sent the
 *  name both readings share (John Ames). */
function nameThenNameLike(value: string): boolean {
  const parts = value.split(',');
  if (parts.length !== 2 || !/\p{L}/u.test(parts[0]!)) return false;
  const given = parts[1]!.trim().split(/\s+/);
  return given.length >= 2 && /\p{L}{2}/u.test(given[0]!) && isNameLikeCredential(given[given.length - 1]!);
}

/** How surely a header must name the provider to take a value from a line of its own: `Provider`,
 *  `Doctor`, also `Resource` and `Staff` (0.7, 0.8), since the value must be a person's name. */
const PROVIDER_HEADER = 0.7;

/** The provider column of `headers` a line naming `value` alone would fill: the one at `at` when
 *  its header names providers, else the table's only such column; -1 when none. */
function providerColumn(headers: readonly string[], at: number, value: string): number {
  const header = headers[at]?.trim();
  if (header) {
    const g = groupLine([`${header}: ${value}`], headers.length);
    if (g?.field === 'providerName' && ownColumn(headers, g) === at) return at;
  }
  const columns = headers.flatMap((h, i) =>
    headerScore('providerName', headerConcepts(h)) >= PROVIDER_HEADER ? [i] : [],
  );
  return columns.length === 1 ? columns[0]! : -1;
}

/** The column and the provider of a line that writes a provider's name alone, the rest of the line
 *  empty, in a table with a provider column; undefined for any other line. */
export function inColumnProvider(
  values: readonly string[],
  headers: readonly string[],
): { col: number; value: string } | undefined {
  if (values.length > headers.length || headers.length < 3) return undefined;
  let at = -1;
  for (let i = 0; i < values.length; i++)
    if (values[i]!.trim() !== '') {
      if (at >= 0) return undefined;
      at = i;
    }
  if (at < 0) return undefined;
  const value = values[at]!.trim();
  if (saysCancelled(value)) return undefined;
  if (!namesAPerson(value)) return undefined;
  const col = providerColumn(headers, at, value);
  return col >= 0 ? { col, value } : undefined;
}
