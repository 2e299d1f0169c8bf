// What same-mapping-in-any-order and same-mapping-four-at-once share: every corpus layout's whole
// outcome (each item the importer yields and its summary, or its refusal) as text, mapped in a
// fixed order one after another or several at a time, and the layouts whose outcome differs
// between two such runs. Each run must be in the test file's own process: what one read leaves
// behind is what they look for.
import path from 'node:path';
import fc from 'fast-check';
import { importExport } from '../../../main/import/import-export.ts';
import { EXPORTS_DIR, layoutNames, readExpected } from '../corpus/expected.ts';
import { CORPUS_PRACTICE } from '../corpus/judge.ts';

export const names = layoutNames();

/** Each layout's file and zone, read once: its expected.json is not what is under test. */
const layouts = new Map<string, { file: string; timeZone: string }>();
const layoutOf = (name: string) => {
  let l = layouts.get(name);
  if (!l) {
    const { file, timeZone } = readExpected(name);
    l = { file, timeZone };
    layouts.set(name, l);
  }
  return l;
};

/** One layout's whole outcome as text: every item the importer yields and its summary, in order. */
async function outcome(name: string): Promise<string> {
  const layout = layoutOf(name);
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
export const shuffled = (names: string[], seed: number): string[] =>
  fc.sample(fc.shuffledSubarray(names, { minLength: names.length, maxLength: names.length }), {
    seed,
    numRuns: 1,
  })[0]!;

/** Each of `names` mapped one after another. */
export async function oneByOne(names: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const n of names) out.set(n, await outcome(n));
  return out;
}

/** `names` mapped `width` at a time, each reader taking the next name when its file is done. */
export async function interleaved(names: string[], width: number): Promise<Map<string, string>> {
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
export function differences(a: Map<string, string>, b: Map<string, string>): string[] {
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
