// One patient written two ways in one file: `Garcia-Lopez` on one row and `Garcia Lopez` on
// another, `O'Brien` and `O Brien`, `Muñoz` and `Munoz`, with one first name and birth date. With
// patient ids made from name and birth date (no patient-id column) each spelling is another patient
// id: the person would be two patients on the portal, each with part of the visits. Which spelling
// is the patient's, and which id the portal already has, the file cannot tell (the engine compares
// spellings with what was sent, engine/job/same-person.ts), so the file is held. A person who
// confirms accepts these pairs of made-up ids (answered-checks.ts); another pair later is asked.
import { spellingKey } from '../map/name-spelling.ts';
import { SPLITS_NAMED } from './start-providers.ts';

/** People remembered per file: a bulk load's first ones tell whether its system spells one
 *  person two ways. */
const PEOPLE_KEPT = 20_000;

export class SpellingsApart {
  private readonly idOf = new Map<string, { id: string; line: number }>();
  /** The first row whose person came before under another spelling's id. */
  found?: { line: number; firstLine: number; count: number };
  /** Each pair of made-up ids so (`P-…|P-…`, sorted), up to SPLITS_NAMED. */
  readonly pairs = new Set<string>();

  /** A row's person (`last`, `first` as the id is made from them, `dob` as read) under the
   *  made-up id `patientId`. */
  see(last: string, first: string, dob: string, patientId: string, line: number): void {
    const key = `${spellingKey(last)}\u001f${spellingKey(first)}\u001f${dob}`;
    const before = this.idOf.get(key);
    if (before === undefined) {
      if (this.idOf.size < PEOPLE_KEPT) this.idOf.set(key, { id: patientId, line });
      return;
    }
    if (before.id === patientId) return;
    const pair = [before.id, patientId].sort().join('|');
    if (this.pairs.has(pair)) return;
    if (this.pairs.size < SPLITS_NAMED) this.pairs.add(pair);
    if (this.found) this.found.count++;
    else this.found = { line, firstLine: before.line, count: 1 };
  }
}
