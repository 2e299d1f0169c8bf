// The slot of a derived appointment id: the order of a patient's distinct start times on one day
// with one provider, in file order (1, 2…). Every (patient, provider, day) group of the file is
// remembered, so the rule holds for a file of any size; to keep a 1,000,000-row bulk load small,
// a group is kept as 64 bits of its SHA-256 (the hash its id is made from, identity.ts) in typed
// arrays (about 25 bytes a group) with a hash of its first start and that row's mark (its status),
// and only groups with a second start keep a list.
const EMPTY = 0;

/** FNV-1a over the UTF-16 code units of `s`, from `seed` (never 0: 0 marks an empty slot). */
export function fnv1a(s: string, seed = 0x811c9dc5): number {
  let a = seed;
  for (let i = 0; i < s.length; i++) a = Math.imul(a ^ s.charCodeAt(i), 0x01000193);
  return a >>> 0 || 1;
}

/** The 32-bit number written by the 8 hex digits of `hex` from `at` (never 0). */
function hexWord(hex: string, at: number): number {
  let v = 0;
  for (let i = at; i < at + 8; i++) {
    const c = hex.charCodeAt(i);
    v = (v << 4) | (c <= 0x39 ? c - 0x30 : (c | 0x20) - 0x57);
  }
  return v >>> 0 || 1;
}

export class DaySlots {
  private keysA = new Uint32Array(1024);
  private keysB = new Uint32Array(1024);
  private firstStart = new Uint32Array(1024);
  private firstMark = new Uint8Array(1024);
  private size = 0;
  /** Groups with more than one start: group hash → start hash, mark, start hash, mark… in file
   *  order. */
  private readonly more = new Map<string, number[]>();
  /** Set once a start came again in its group with another mark: two rows for one appointment
   *  that disagree (one booked, one cancelled), which would share one id. */
  clash = false;

  /** 1-based slot of `start` in the group whose SHA-256 (hex) is `group`; `mark` (0–255, e.g. the
   *  row's status) is compared with the mark the start had before. */
  slot(group: string, start: string, mark = 0): number {
    const a = hexWord(group, 0);
    const b = hexWord(group, 8);
    const s = fnv1a(start);
    let i = this.find(a, b);
    if (this.keysA[i] === EMPTY) {
      if ((this.size + 1) * 2 > this.keysA.length) {
        this.grow();
        i = this.find(a, b);
      }
      this.keysA[i] = a;
      this.keysB[i] = b;
      this.firstStart[i] = s;
      this.firstMark[i] = mark;
      this.size++;
      return 1;
    }
    if (this.firstStart[i] === s) {
      if (this.firstMark[i] !== mark) this.clash = true;
      return 1;
    }
    const key = `${a}:${b}`;
    let list = this.more.get(key);
    if (!list) this.more.set(key, (list = [this.firstStart[i]!, this.firstMark[i]!]));
    for (let k = 0; k < list.length; k += 2) {
      if (list[k] !== s) continue;
      if (list[k + 1] !== mark) this.clash = true;
      return k / 2 + 1;
    }
    list.push(s, mark);
    return list.length / 2;
  }

  private find(a: number, b: number): number {
    const mask = this.keysA.length - 1;
    let i = (a ^ Math.imul(b, 0x9e3779b1)) & mask;
    while (this.keysA[i] !== EMPTY && (this.keysA[i] !== a || this.keysB[i] !== b)) i = (i + 1) & mask;
    return i;
  }

  private grow(): void {
    const [oldA, oldB, oldS, oldM] = [this.keysA, this.keysB, this.firstStart, this.firstMark];
    this.keysA = new Uint32Array(oldA.length * 2);
    this.keysB = new Uint32Array(oldA.length * 2);
    this.firstStart = new Uint32Array(oldA.length * 2);
    this.firstMark = new Uint8Array(oldA.length * 2);
    for (let j = 0; j < oldA.length; j++) {
      if (oldA[j] === EMPTY) continue;
      const i = this.find(oldA[j]!, oldB[j]!);
      this.keysA[i] = oldA[j]!;
      this.keysB[i] = oldB[j]!;
      this.firstStart[i] = oldS[j]!;
      this.firstMark[i] = oldM[j]!;
    }
  }
}
