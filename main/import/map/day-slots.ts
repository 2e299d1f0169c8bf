// The slot of a derived appointment id: the order of a patient's distinct start times on one day
// with one provider, in file order (1, 2…). Every (patient, provider, day) group of the file is
// remembered, so the rule holds for a file of any size; to keep a 1,000,000-row bulk load small,
// a group is kept as a 64-bit hash in typed arrays (about 24 bytes a group) with the hash of its
// first start, and only groups with a second start keep a list.
const EMPTY = 0;

// hash2's result, in two module-level slots rather than a new array per call (twice per row).
let hashA = 0;
let hashB = 0;

const SEED_A = 0x811c9dc5;
const SEED_B = 0x01000193 ^ 0x5bd1e995;
const SEPARATOR = 0x1f;

/** FNV-1a over UTF-16 code units, two seeds: 64 bits in two 32-bit halves (never 0), left in
 *  hashA and hashB. */
function hash2(s: string): void {
  hashA = SEED_A;
  hashB = SEED_B;
  more(s);
  finish();
}

/** hash2 of `p`, U+001F, `q`, U+001F, `r` without building that string (a new string per row,
 *  and flattened before it can be read). */
function hash2Parts(p: string, q: string, r: string): void {
  hashA = SEED_A;
  hashB = SEED_B;
  more(p);
  step(SEPARATOR);
  more(q);
  step(SEPARATOR);
  more(r);
  finish();
}

function more(s: string): void {
  // Locals in the loop, not the module's slots (each of those is a memory access per character).
  let a = hashA;
  let b = hashB;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  hashA = a;
  hashB = b;
}

function step(c: number): void {
  hashA = Math.imul(hashA ^ c, 0x01000193);
  const b = Math.imul(hashB ^ c, 0x5bd1e995);
  hashB = b ^ (b >>> 15);
}

function finish(): void {
  hashA = hashA >>> 0 || 1;
  hashB = hashB >>> 0 || 1;
}

export class DaySlots {
  private keysA = new Uint32Array(1024);
  private keysB = new Uint32Array(1024);
  private firstStart = new Uint32Array(1024);
  private size = 0;
  /** Groups with more than one start: group hash → start hashes in file order. */
  private readonly more = new Map<string, number[]>();

  /** 1-based slot of `start` in the group (patient, provider, day). */
  slot(patient: string, provider: string, day: string, start: string): number {
    hash2Parts(patient, provider, day);
    const a = hashA;
    const b = hashB;
    hash2(start);
    const s = hashA;
    let i = this.find(a, b);
    if (this.keysA[i] === EMPTY) {
      if ((this.size + 1) * 2 > this.keysA.length) {
        this.grow();
        i = this.find(a, b);
      }
      this.keysA[i] = a;
      this.keysB[i] = b;
      this.firstStart[i] = s;
      this.size++;
      return 1;
    }
    if (this.firstStart[i] === s) return 1;
    const key = `${a}:${b}`;
    let list = this.more.get(key);
    if (!list) this.more.set(key, (list = [this.firstStart[i]!]));
    let k = list.indexOf(s);
    if (k < 0) k = list.push(s) - 1;
    return k + 1;
  }

  private find(a: number, b: number): number {
    const mask = this.keysA.length - 1;
    let i = (a ^ Math.imul(b, 0x9e3779b1)) & mask;
    while (this.keysA[i] !== EMPTY && (this.keysA[i] !== a || this.keysB[i] !== b)) i = (i + 1) & mask;
    return i;
  }

  private grow(): void {
    const [oldA, oldB, oldS] = [this.keysA, this.keysB, this.firstStart];
    this.keysA = new Uint32Array(oldA.length * 2);
    this.keysB = new Uint32Array(oldA.length * 2);
    this.firstStart = new Uint32Array(oldA.length * 2);
    for (let j = 0; j < oldA.length; j++) {
      if (oldA[j] === EMPTY) continue;
      const i = this.find(oldA[j]!, oldB[j]!);
      this.keysA[i] = oldA[j]!;
      this.keysB[i] = oldB[j]!;
      this.firstStart[i] = oldS[j]!;
    }
  }
}
