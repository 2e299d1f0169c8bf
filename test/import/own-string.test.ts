// ownString skips the copy of a text shorter than SHORTEST_SLICE (issue 13: the status words and
// days the printed-once checks keep change on almost every row). That holds only while V8 copies
// such a piece instead of pointing into the text it was cut from: checked here on this Node's V8,
// in a child process (the natives syntax that shows a string's kind stays out of the test worker).
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ownString, ownStrings, SHORTEST_SLICE } from '../../main/import/own-string.ts';

/** V8's kind of string for a piece of `length` characters cut (sliced, trimmed, split) from a
 *  1 MB text, as %DebugPrint names it. */
function kinds(length: number): string[] {
  const code = `
    const big = 'ab,cd '.repeat(200000);
    const at = 1000;
    const pieces = [big.slice(at, at + ${length}), big.substring(at, at + ${length}),
      (' ' + big.slice(at, at + ${length}) + ' ').trim(), big.slice(at).split('\\n')[0].slice(0, ${length})];
    for (const p of pieces) %DebugPrint(p);`;
  const r = spawnSync(process.execPath, ['--allow-natives-syntax', '-e', code], { encoding: 'utf8' });
  return [...r.stdout.matchAll(/- type: (\w+)/g)].map((m) => m[1]!);
}

describe('ownString', () => {
  it('is left out only where V8 copies the piece anyway', () => {
    const short = kinds(SHORTEST_SLICE - 1);
    expect(short).toHaveLength(4);
    for (const k of short) expect(k).not.toMatch(/SLICED|CONS/);
    // The control: one character more, and the piece is a slice that keeps the whole text alive.
    expect(kinds(SHORTEST_SLICE).some((k) => k.includes('SLICED'))).toBe(true);
  });

  it('gives the text as the copy through UTF-8 did, short or long (a lone surrogate as U+FFFD)', () => {
    const own = ownStrings(2);
    for (const s of ['a\ud800b', '\udc00', 'x'.repeat(20) + '\ud800', 'emoji 😀']) {
      const copied = Buffer.from(s, 'utf8').toString('utf8');
      expect(ownString(s)).toBe(copied);
      expect(own(s)).toBe(copied);
    }
    expect(ownString('a\ud800b')).toBe('a\ufffdb');
  });

  it('gives the same text, short or long', () => {
    const own = ownStrings(2);
    for (const s of ['', 'Confirmed', '2026-12-01', 'SMS Confirmed', 'Hargreaves,Elena M', 'Müller']) {
      expect(ownString(s)).toBe(s);
      expect(own(s)).toBe(s);
    }
  });
});
