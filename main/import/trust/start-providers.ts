// Which provider each patient's start was first seen with, to find one start under two providers
// (one visit written once per procedure or provider: derived ids would send it twice). Only the
// first START_LIMIT rows are checked: a file written once per procedure shows it on every visit
// with more than one provider, so its first rows tell, and checking every row of the bench's
// 200,000-row file cost 0.3-0.4 s of CPU (a Map of strings, then these typed arrays). Two
// independent 32-bit hashes make a 64-bit key (a false "two providers" needs both to collide).
import { fnv1a } from '../map/day-slots.ts';

/** Rows checked per file. */
export const START_LIMIT = 5000;

/** Split appointments a file's doubt names (location, provider and resource splits here, id splits by provider in
 *  id-column.ts): past it, the doubt names a subject no answer has. */
export const SPLITS_NAMED = 200;

/** A clash as a confirmation remembers it: the appointment id when the key is one (`\u001e` and
 *  the id), else the two hashes (the key holds a patient's name, which a doubt never does). */
function clashKey(key: string, a: number, b: number): string {
  if (key.startsWith('\u001e')) return key.slice(1);
  const hex = (n: number): string => (n >>> 0).toString(16).padStart(8, '0');
  return `slot-${hex(a)}${hex(b)}`;
}

export class StartProviders {
  private keysA = new Uint32Array(1024);
  private keysB = new Uint32Array(1024);
  private providers = new Uint32Array(1024);
  private size = 0;
  private rows = 0;
  /** The first row whose start was seen before with another provider. */
  clash?: { line: number };
  /** With `namesClashes`, every key that clashed (up to SPLITS_NAMED): `clashKey` of each. */
  readonly clashes = new Set<string>();

  /** `namesClashes`: go on past the first clash (to START_LIMIT rows) and name each, so that a
   *  confirmation accepts these and a later file's other one is asked (location, provider and resource splits). */
  constructor(private readonly namesClashes = false) {}

  /** Whether more rows are wanted (false once START_LIMIT rows were seen or a clash found). */
  get wanted(): boolean {
    return this.rows < START_LIMIT && (!this.clash || this.namesClashes);
  }

  see(patientStart: string, provider: string, line: number): void {
    if (!this.wanted) return;
    this.rows++;
    const a = fnv1a(patientStart);
    const b = fnv1a(patientStart, 0x9e3779b9);
    const p = fnv1a(provider);
    let i = this.find(a, b);
    if (this.keysA[i] === 0) {
      if ((this.size + 1) * 2 > this.keysA.length) {
        this.grow();
        i = this.find(a, b);
      }
      this.keysA[i] = a;
      this.keysB[i] = b;
      this.providers[i] = p;
      this.size++;
    } else if (this.providers[i] !== p) {
      this.clash ??= { line };
      if (this.namesClashes && this.clashes.size < SPLITS_NAMED)
        this.clashes.add(clashKey(patientStart, a, b));
    }
  }

  private find(a: number, b: number): number {
    const mask = this.keysA.length - 1;
    let i = (a ^ Math.imul(b, 2654435761)) & mask;
    while (this.keysA[i] !== 0 && (this.keysA[i] !== a || this.keysB[i] !== b)) i = (i + 1) & mask;
    return i;
  }

  private grow(): void {
    const [oldA, oldB, oldP] = [this.keysA, this.keysB, this.providers];
    this.keysA = new Uint32Array(oldA.length * 2);
    this.keysB = new Uint32Array(oldA.length * 2);
    this.providers = new Uint32Array(oldA.length * 2);
    for (let j = 0; j < oldA.length; j++) {
      if (oldA[j] === 0) continue;
      const i = this.find(oldA[j]!, oldB[j]!);
      this.keysA[i] = oldA[j]!;
      this.keysB[i] = oldB[j]!;
      this.providers[i] = oldP[j]!;
    }
  }
}
