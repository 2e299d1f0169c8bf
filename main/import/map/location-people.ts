// A location column of people: `Dr Smith`, `Jones, Mary MD`. Some schedules name their columns
// (a book's resources) after the provider who works in them and export that name under
// `Location`; or the provider and location columns are swapped. Sent, the portal would tell the
// patient to go to `Dr Smith`, a place it never names. As with rooms (room-values.ts), such a
// column is left out and the practice name is sent as the location.
import { parseProviderName } from './provider-name.ts';
import { saysSite } from './room-values.ts';

/** A street after a word, as a site is named by where it stands (`Louisville - Bardstown Rd`,
 *  `Eagle Road`). Case matters: `Rd` is the road, `RD` after a name the dietitian's credential. */
const STREET =
  /\p{L}\s+(?:Rd|Ave|Blvd|Pkwy|Hwy|Road|Avenue|Boulevard|Parkway|Highway|ROAD|AVENUE|BOULEVARD|PARKWAY|HIGHWAY)\.?(?!\p{L})/u;

/** A location cell that names a person: a doctor's title before the name or a credential after
 *  it, and no word of a site (`Dr. Phillips Health Center` is a place named for one). */
function namesAPerson(value: string): boolean {
  if (saysSite(value)) return false;
  if (STREET.test(value)) return false;
  const p = parseProviderName(value);
  return p.title !== undefined || p.credentials.length > 0;
}

/** Every value of the column (a sample) names a person: the column is no location. */
export function peopleOnly(values: readonly string[]): boolean {
  const filled = [...new Set(values.map((v) => v.trim()).filter(Boolean))];
  return filled.length > 0 && filled.every(namesAPerson);
}
