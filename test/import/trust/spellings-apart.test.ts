// The check that one person is spelled two ways in one file (spellings-apart.ts) keeps the rows of
// plain names (letters and digits only) apart from the others, and once 20,000 people are kept a
// plain row looks only at the others (issue 13: the look-up in a table of 20,000 was ~4 % of a
// 200,000-row convert). Held here to the check as it was, one map of every key, on files of more
// than 20,000 people where plain and other spellings of one person come before and after the
// table is full.
import { describe, expect, it } from 'vitest';
import { derivePatientId } from '../../../main/import/map/identity.ts';
import { spellingKey } from '../../../main/import/map/name-spelling.ts';
import { SpellingsApart } from '../../../main/import/trust/spellings-apart.ts';
import { SPLITS_NAMED } from '../../../main/import/trust/start-providers.ts';

/** The check as it was before the plain rows were kept apart: one map of every key. */
class OneMap {
  private readonly idOf = new Map<string, { id: string; line: number }>();
  found?: { line: number; firstLine: number; count: number };
  readonly pairs = new Set<string>();
  see(last: string, first: string, dob: string, patientId: string, line: number): void {
    const key = `${spellingKey(last)}\u001f${spellingKey(first)}\u001f${dob}`;
    const before = this.idOf.get(key);
    if (before === undefined) {
      if (this.idOf.size < 20_000) this.idOf.set(key, { id: patientId, line });
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

/** Deterministic random numbers (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// One person's family names as files write them: plain, with a hyphen, a space, an apostrophe, an
// accent, another case.
const FAMILY = [
  ['GarciaLopez', 'Garcia-Lopez', 'Garcia Lopez', 'GARCIALOPEZ', 'García López'],
  ['OBrien', "O'Brien", 'O Brien', 'obrien', 'O’Brien'],
  ['Munoz', 'Muñoz', 'MUNOZ', 'Mu-noz'],
  ['Smith', 'smith', 'Smith ', 'Sm.ith'],
  ['StJohn', 'St.John', 'St John', 'ST-JOHN'],
];
const GIVEN = [
  ['Mary', 'mary', 'MARY'],
  ['MaryAnn', 'Mary-Ann', 'Mary Ann'],
  ['Jose', 'José', 'JOSE'],
  ['Li', 'Li.', 'LI'],
];

function file(seed: number, people: number): [string, string, string][] {
  const r = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const rows: [string, string, string][] = [];
  for (let i = 0; i < people; i++) {
    const f = pick(FAMILY);
    const g = pick(GIVEN);
    // Mostly new people (a number in the name), some the few people of the lists above; each of
    // them again now and then under any of their spellings, near or far back.
    const n = r() < 0.7 ? `${Math.floor(r() * people)}` : '';
    const dob = `19${50 + Math.floor(r() * 3)}-01-0${1 + Math.floor(r() * 3)}`;
    rows.push([`${pick(f)}${n}`, pick(g), dob]);
    if (r() < 0.2) {
      const back = rows[Math.floor(r() * rows.length)]!;
      const fam = FAMILY.find((x) => x.some((s) => back[0].startsWith(s))) ?? [back[0]];
      const digits = /\d*$/.exec(back[0])![0];
      rows.push([`${pick(fam)}${digits}`, back[1], back[2]]);
    }
  }
  return rows;
}

function outcome(check: OneMap | SpellingsApart, rows: [string, string, string][]) {
  rows.forEach(([last, first, dob], i) =>
    check.see(last, first, dob, derivePatientId(last, first, dob), i + 2),
  );
  return { found: check.found, pairs: [...check.pairs] };
}

describe('one person spelled two ways: plain names kept apart', () => {
  it('finds what one map of every key found, before and after 20,000 people are kept', () => {
    for (const seed of [1, 2, 3]) {
      const rows = file(seed, 26_000);
      const before = outcome(new OneMap(), rows);
      expect(before.found).toBeDefined();
      expect(outcome(new SpellingsApart(), rows)).toEqual(before);
    }
  });

  it('finds a plain spelling after the table is full only against a kept other spelling', () => {
    // By hand: Garcia-Lopez kept first, then 20,000 new people (the table is full after 19,999 of
    // them), O'Brien (not kept) and OBrien (nothing kept to meet), then GarciaLopez (plain) and
    // Garcia Lopez: each meets Garcia-Lopez of line 2 under an id of its own (the ids read the
    // hyphen and the space).
    const rows: [string, string, string][] = [['Garcia-Lopez', 'Ana', '1980-01-01']];
    for (let i = 0; i < 20_000; i++) rows.push([`Person${i}`, 'Jo', '1970-02-02']);
    rows.push(["O'Brien", 'Sean', '1990-03-03'], ['OBrien', 'Sean', '1990-03-03']);
    rows.push(['GarciaLopez', 'Ana', '1980-01-01'], ['Garcia Lopez', 'Ana', '1980-01-01']);
    const id = (r: [string, string, string]) => derivePatientId(...r);
    const s = new SpellingsApart();
    rows.forEach((r, i) => s.see(...r, id(r), i + 2));
    expect(s.found).toEqual({ line: 20_005, firstLine: 2, count: 2 });
    const pair = (a: number, b: number) => [id(rows[a]!), id(rows[b]!)].sort().join('|');
    expect([...s.pairs]).toEqual([pair(0, 20_003), pair(0, 20_004)]);
    expect(outcome(new OneMap(), rows)).toEqual({ found: s.found, pairs: [...s.pairs] });
  });
});
