// A provider's name written another way is no change to a visit. One report prints `Lee, Anna
// MD`, the next `Lee, Anna`, `Dr. Anna Lee` or `LEE, ANNA, MD`: the provider's id is the same (made
// from the name's parts, or the export's own), yet the name shown differs, and every visit of the
// day went again as an UPDATE for nothing. An appointment about to be sent as an UPDATE keeps the
// provider sent for its id when both name one provider: the same id, the same name's parts
// (provider-name.ts providerNameKey), and credentials that do not disagree (one's are among the
// other's: `MD` and none agree, `MD` and `DO` do not, and that change still goes). A real change of
// provider, or anything else that changed, still goes.
import type { Participant } from '../../model/appointment.ts';
import { parseProviderName, providerNameKey } from '../../import/map/provider-name.ts';

/** Whether `now` is `sent`'s provider with the name written another way (not the same text). */
export function sameProviderReworded(sent: Participant, now: Participant): boolean {
  if (sent.providerName === now.providerName || sent.identifier !== now.identifier) return false;
  const key = providerNameKey(sent.providerName);
  if (!key || key !== providerNameKey(now.providerName)) return false;
  const a = credentials(sent.providerName);
  const b = credentials(now.providerName);
  return a.every((c) => b.includes(c)) || b.every((c) => a.includes(c));
}

const credentials = (name: string) =>
  parseProviderName(name).credentials.map((c) => c.replace(/\./g, '').toUpperCase());
