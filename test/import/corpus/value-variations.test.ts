// The corpus with its values written another way (value-variations.ts): dates, clock times, the
// start in one cell or two, names, status words and ids as other systems write them. Wrong is
// never allowed; a hold is a false hold where the file as written is sent and the variation's rule
// says the file still settles every value. CI runs a fixed fifth of the family (a rotation over
// layouts, so every kind of rewrite is run on some); the whole family is
//   node bin/run-ts.mjs test/import/corpus/run-value-variations.ts
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { layoutNames } from './expected.ts';
import { runValueVariations, tmpDir, valueReport, type ValueRun } from './value-judge.ts';
import type { ValueVariation } from './value-variations.ts';

/** One variation in SHARE of each layout, a different one per layout. */
const SHARE = 5;
const tmp = tmpDir();
const runs: ValueRun[] = [];

describe('export corpus, values written another way: never wrong, held only where the meaning is open', () => {
  afterAll(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
    console.log(valueReport(runs));
  });

  layoutNames().forEach((name, n) => {
    it(`${name}: value variations right or allowed to hold`, async () => {
      let i = 0;
      const pick = (_v: ValueVariation): boolean => (n + i++) % SHARE === 0;
      const mine = await runValueVariations(name, tmp, pick);
      runs.push(...mine);
      expect(mine.filter((r) => r.fault).map((r) => `${r.fault}: ${r.variation}: ${r.why}`)).toEqual([]);
    }, 60_000);
  });
});
