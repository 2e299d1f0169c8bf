// A report grouped by provider that prints the provider once, alone on a line in the table's own
// provider column, and leaves that column blank on the rows under it (a hospital report writer's
// `"HOLLIS, RAYMOND MD",,,,,,` under a RESOURCE header: TruBridge/CPSI clinic schedules, Crystal
// and Access reports with "suppress duplicates"). The line has no `Provider:` label (group-lines.ts
// reads those), but its column is its label: the value is that column's for the rows below, as
// certain as a labelled line's. Only a provider's name that shows it is a person's (a credential
// or a doctor's title: `HOLLIS, RAYMOND MD`, `Dr Lee`) and says nothing of a cancellation: a
// heading typed in the first column (`Cancelled Appointments`, `Waitlist`, `North Clinic`) stays
// a heading, and the file is held with it.
import { saysCancelled } from '../map/cancel-mention.ts';
import { parseProviderName } from '../map/provider-name.ts';
import { groupLine, ownColumn } from './group-lines.ts';

/** The column and the provider of a line that writes a provider alone in the table's provider
 *  column, the rest of the line empty; undefined for any other line. */
export function inColumnProvider(
  values: readonly string[],
  headers: readonly string[],
): { col: number; value: string } | undefined {
  if (values.length !== headers.length || headers.length < 3) return undefined;
  let col = -1;
  for (let i = 0; i < values.length; i++)
    if (values[i]!.trim() !== '') {
      if (col >= 0) return undefined;
      col = i;
    }
  if (col < 0) return undefined;
  const header = headers[col]!.trim();
  const value = values[col]!.trim();
  if (!header || saysCancelled(value)) return undefined;
  const g = groupLine([`${header}: ${value}`], headers.length);
  if (g?.field !== 'providerName' || ownColumn(headers, g) !== col) return undefined;
  const p = parseProviderName(value);
  return p.last && (p.credentials.length > 0 || p.title) ? { col, value } : undefined;
}
