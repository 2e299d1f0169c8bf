// Whose clock a start column's header names. A virtual-care list writes each visit on two clocks:
// the provider's (`Start Time (Provider)`, the practice's wall clock) and the patient's (`Start
// Time (Patient)`, `Client Local Time`) beside a `Patient Time Zone`. The patient's is the same
// instant in another zone: read on the practice's clock it goes hours off (a Vancouver client's
// 6:00 AM for the Halifax provider's 10:00), so it is never the start. A person word counts as
// the clock's owner only where it qualifies the time: with `local`, in brackets of its own, or
// last after the time's word; `Patient Appt Time` and `Client Start Time` are the patient's
// appointment, on whatever clock the file keeps, and stay starts.
import { headerConcepts, headerWords } from './header-meaning.ts';

type Owner = 'patient' | 'holder';

const PATIENT = new Set(['patient', 'invitee', 'attendee', 'participant']);
/** The practice's side: its provider or its office (the clock the practice's zone is). */
const HOLDER = new Set(['provider', 'location', 'counselor']);
const CLOCK = new Set(['time', 'date', 'start']);
/** Words of a zone beside the owner in brackets (`Start (Clinic TZ)`, `Time (Provider Time Zone)`):
 *  the owner's clock, as `(Provider Time)` is. */
export const OWNER_ZONE = new Set(['tz', 'zone', 'timezone']);

function ownerOf(word: string): Owner | undefined {
  const c = headerConcepts(word);
  if ([...c].some((x) => PATIENT.has(x))) return 'patient';
  if ([...c].some((x) => HOLDER.has(x))) return 'holder';
  return undefined;
}

/** The words in the header's last brackets (`Start Time (Patient)` → patient), if any. */
function bracketed(header: string): string[] {
  const inside = /[([]([^()[\]]*)[)\]]\s*$/.exec(header)?.[1];
  return inside ? headerWords(inside) : [];
}

/** Whose clock a start header names: the patient's, the practice's side, or nobody's in words. */
export function clockOwner(header: string): Owner | undefined {
  const words = headerWords(header);
  const owners = words.map(ownerOf);
  const owner = owners.find((o) => o !== undefined);
  if (!owner || owners.some((o) => o !== undefined && o !== owner)) return undefined;
  if (words.includes('local')) return owner;
  const inside = bracketed(header);
  if (
    inside.length &&
    inside.every((w) => ownerOf(w) === owner || headerConcepts(w).has('time') || OWNER_ZONE.has(w))
  )
    return owner;
  const last = words.length - 1;
  if (
    owners[last] === owner &&
    words.slice(0, last).some((w) => [...headerConcepts(w)].some((c) => CLOCK.has(c)))
  )
    return owner;
  return undefined;
}

/** The one owner a header's words name beside a clock word (`Patient Start Time`), wherever the
 *  owner stands; undefined for none, two, or no clock word. */
function namedOwner(header: string): Owner | undefined {
  const words = headerWords(header);
  const owners = words.map(ownerOf);
  const owner = owners.find((o) => o !== undefined);
  if (!owner || owners.some((o) => o !== undefined && o !== owner)) return undefined;
  const clock = words.some(
    (w, i) => owners[i] === undefined && [...headerConcepts(w)].some((c) => CLOCK.has(c)),
  );
  return clock ? owner : undefined;
}

/**
 * Whose clock each start header names (clockOwner). Beside a start on the practice's side named
 * the same way (`Provider Start Time`, `Counselor Time`), a start naming the patient first
 * (`Patient Start Time`, `Client Time`) is the patient's clock too: the file tells two clocks
 * apart by their owners. Alone, `Patient Appt Time` stays the patient's appointment, a start.
 */
export function clockOwners(headers: string[]): Array<Owner | undefined> {
  const strict = headers.map(clockOwner);
  const named = headers.map(namedOwner);
  if (!named.includes('holder')) return strict;
  return strict.map((o, j) => o ?? (named[j] === 'patient' ? 'patient' : undefined));
}
