// The desktop app is one long-running process: it reads many exports one after another, and the
// runners of several practices read theirs at the same time. Whatever one read leaves behind (a
// module-level cache, a memo keyed by something that changes, a RegExp's lastIndex, a shared array
// sorted or pushed into) must not change how the next file maps: the same file must send the same
// rows, ids and statuses, and hold with the same doubts, whatever was read before it. Every corpus
// layout is mapped in one shuffled order, again in another, and again four at a time interleaved
// (as practices' runners read), all in this one process; every file's whole outcome (each item,
// the summary with its doubts, or the error it is refused with) must be identical. The orders come
// from fixed seeds, so a difference found is found again on every run.
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importExport } from '../../../main/import/import-export.ts';
import { EXPORTS_DIR, layoutNames, readExpected } from '../corpus/expected.ts';
import { CORPUS_PRACTICE } from '../corpus/judge.ts';

/** One layout's whole outcome as text: every item the importer yields and its summary, in order. */
async function outcome(name: string): Promise<string> {
  const layout = readExpected(name);
  const lines: string[] = [];
  try {
    const gen = importExport(path.join(EXPORTS_DIR, name, layout.file), {
      practiceId: CORPUS_PRACTICE,
      timeZone: layout.timeZone,
      profile: 'auto',
    });
    for (;;) {
      const r = await gen.next();
      lines.push(JSON.stringify(r.value));
      if (r.done) break;
    }
  } catch (e) {
    lines.push(`refused: ${e instanceof Error ? e.message : String(e)}`);
  }
  return lines.join('\n');
}

/** `names` in the order fast-check's shuffle gives for `seed` (the same order on every run). */
const shuffled = (names: string[], seed: number): string[] =>
  fc.sample(fc.shuffledSubarray(names, { minLength: names.length, maxLength: names.length }), {
    seed,
    numRuns: 1,
  })[0]!;

/** Each of `names` mapped one after another. */
async function oneByOne(names: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const n of names) out.set(n, await outcome(n));
  return out;
}

/** `names` mapped `width` at a time, each reader taking the next name when its file is done. */
async function interleaved(names: string[], width: number): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  let next = 0;
  const reader = async (): Promise<void> => {
    while (next < names.length) {
      const n = names[next++]!;
      out.set(n, await outcome(n));
    }
  };
  await Promise.all(Array.from({ length: width }, reader));
  return out;
}

/** `line` around character `at` (an item can be thousands of characters long). */
const around = (line: string | undefined, at: number): string =>
  line === undefined ? '(end)' : `…${line.slice(Math.max(0, at - 100), at + 160)}…`;

/** The layouts whose outcome in `b` differs from `a`: the first item that differs, around the
 *  first character that does. */
function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  const out: string[] = [];
  for (const [name, text] of a) {
    const other = b.get(name);
    if (other === text) continue;
    const x = text.split('\n');
    const y = (other ?? '(not mapped)').split('\n');
    let i = x.findIndex((line, j) => line !== y[j]);
    if (i === -1) i = x.length;
    const u = x[i] ?? '';
    const v = y[i] ?? '';
    let c = 0;
    while (c < u.length && u[c] === v[c]) c++;
    out.push(`${name}, item ${i + 1}:\n  first: ${around(x[i], c)}\n  then:  ${around(y[i], c)}`);
  }
  return out;
}

describe('a file maps the same whatever was read before it in the process', () => {
  const names = layoutNames();

  it('every corpus layout: two shuffled orders and four readers at once give identical outcomes', async () => {
    const orderA = shuffled(names, 4901);
    const orderB = shuffled(names, 4902);
    // The seeds must give two different orders, both of every layout, or the test proves nothing.
    expect([...orderA].sort()).toEqual([...names].sort());
    expect([...orderB].sort()).toEqual([...names].sort());
    expect(orderB).not.toEqual(orderA);
    expect(orderB[0]).not.toBe(orderA[0]);

    const first = await oneByOne(orderA);
    const second = await oneByOne(orderB);
    const together = await interleaved(shuffled(names, 4903), 4);
    expect(first.size).toBe(names.length);
    expect(differences(first, second), 'another order').toEqual([]);
    expect(differences(first, together), 'four at a time').toEqual([]);
  }, 240_000);
});
