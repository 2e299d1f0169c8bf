// One patient written two ways in one file: `Garcia-Lopez` on one row and `Garcia Lopez` on
// another, `O'Brien` and `O Brien`, `Muñoz` and `Munoz`, with one first name and birth date. With
// patient ids made from name and birth date (no patient-id column) each spelling is another patient
// id: the person would be two patients on the portal, each with part of the visits. Which spelling
// is the patient's, and which id the portal already has, the file cannot tell (the engine compares
// spellings with what was sent, engine/job/same-person.ts), so the file is held. A person who
// confirms accepts these pairs of made-up ids (answered-checks.ts); another pair later is asked.
import { derivePatientId } from '../map/identity.ts';
import { spellingKey } from '../map/name-spelling.ts';
import { SPLITS_NAMED } from './start-providers.ts';

/** People remembered per file: a bulk load's first ones tell whether its system spells one
 *  person two ways. */
const PEOPLE_KEPT = 20_000;

/** Letters and digits only: the spelling key is the name in lower case (name-spelling.ts), and
 *  so is the name as the made-up id reads it (identity.ts `norm`). */
const PLAIN = /^[A-Za-z0-9]+$/;

/** How many bits idBits gives (8 KB of them): a few thousand other spellings set a few per cent. */
const ID_BITS = 1 << 16;

/** 16 bits of a made-up id (`P-` and the hex digits of a SHA-256): its first four digits. Equal
 *  ids give equal bits; any other text gives some too. */
function idBits(id: string): number {
  let v = 0;
  for (let i = 2; i < 6; i++) {
    const c = id.charCodeAt(i);
    v = (v << 4) | ((c <= 0x39 ? c - 0x30 : (c | 0x20) - 0x57) & 15);
  }
  return v;
}

interface Seen {
  id: string;
  line: number;
}

export class SpellingsApart {
  // The people seen, by spelling key: the first row of each key, its made-up id and line, in one
  // of two maps by how that row wrote the name. Two rows of plain names (`PLAIN`) with one key
  // have one id (the key is the id's own input), so a plain row can only meet another spelling in
  // `spelled`, and only when its own id is among `plainIds`: once PEOPLE_KEPT are kept, a plain
  // row reads one bit (and on a hit that set), not a key made and looked for in a table of 20,000
  // (the look-up's cache misses were ~4 % of a 200,000-row convert of new people,
  // test/bench/README.md "Twenty-second pass").
  private readonly plain = new Map<string, Seen>();
  private readonly spelled = new Map<string, Seen>();
  /** For each key in `spelled`, the id a plain spelling of it gets (identity.ts): a plain row
   *  whose id is not here has no key there. */
  private readonly plainIds = new Set<string>();
  /** The same ids as bits (idBits): most plain rows are answered by one bit, without looking for
   *  their id in the set (a hash table look-up missed the cache as the table of 20,000 had). */
  private readonly plainIdBits = new Uint32Array(ID_BITS >>> 5);
  /** The first row whose person came before under another spelling's id. */
  found?: { line: number; firstLine: number; count: number };
  /** Each pair of made-up ids so (`P-…|P-…`, sorted), up to SPLITS_NAMED. */
  readonly pairs = new Set<string>();

  /** A row's person (`last`, `first` as the id is made from them, `dob` as read) under the
   *  made-up id `patientId` (identity.ts `derivePatientId` of the same three). */
  see(last: string, first: string, dob: string, patientId: string, line: number): void {
    const room = this.plain.size + this.spelled.size < PEOPLE_KEPT;
    if (PLAIN.test(last) && PLAIN.test(first)) {
      const bits = idBits(patientId);
      const spelledToo =
        (this.plainIdBits[bits >>> 5]! & (1 << (bits & 31))) !== 0 && this.plainIds.has(patientId);
      if (!room && !spelledToo) return;
      const key = `${last.toLowerCase()}\u001f${first.toLowerCase()}\u001f${dob}`;
      const before =
        (spelledToo ? this.spelled.get(key) : undefined) ?? (room ? this.plain.get(key) : undefined);
      if (before === undefined) {
        if (room) this.plain.set(key, { id: patientId, line });
        return;
      }
      this.compare(before, patientId, line);
      return;
    }
    const family = spellingKey(last);
    const given = spellingKey(first);
    const key = `${family}\u001f${given}\u001f${dob}`;
    const before = this.spelled.get(key) ?? this.plain.get(key);
    if (before === undefined) {
      if (!room) return;
      this.spelled.set(key, { id: patientId, line });
      const plainId = derivePatientId(family, given, dob);
      this.plainIds.add(plainId);
      const bits = idBits(plainId);
      this.plainIdBits[bits >>> 5]! |= 1 << (bits & 31);
      return;
    }
    this.compare(before, patientId, line);
  }

  private compare(before: Seen, patientId: string, line: number): void {
    if (before.id === patientId) return;
    const pair = [before.id, patientId].sort().join('|');
    if (this.pairs.has(pair)) return;
    if (this.pairs.size < SPLITS_NAMED) this.pairs.add(pair);
    if (this.found) this.found.count++;
    else this.found = { line, firstLine: before.line, count: 1 };
  }
}
