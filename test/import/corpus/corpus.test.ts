// The "Proof" corpus of issue 9: real scheduling-system export layouts, each with appointments
// written by hand. Every row must come out right or the whole file held for review; never wrong.
// The table goes to the console and to out/corpus-report.md (+ .json for the README numbers).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { byLayoutNumber, layoutNames, readExpected } from './expected.ts';
import { judgeLayout, type LayoutResult } from './judge.ts';
import { judgeAnswered, type AnsweredResult } from './judge-answered.ts';
import { corpusReport, totals } from './report.ts';

const results: LayoutResult[] = [];
const answered: AnsweredResult[] = [];
const names = layoutNames();
/** Held layouts with a front desk's answers (a broken expected.json fails the first test). */
const withAnswers = names.filter((n) => {
  try {
    return readExpected(n).answers !== undefined;
  } catch {
    return false;
  }
});

describe('export corpus (issue 9 proof)', () => {
  it('has at least 40 layouts, each with well-formed expectations', () => {
    expect(names.length).toBeGreaterThanOrEqual(40);
    for (const n of names) expect(() => readExpected(n)).not.toThrow();
  });

  for (const name of names) {
    it(`${name}: no row wrong`, async () => {
      const layout = readExpected(name);
      const r = await judgeLayout(layout);
      results.push(r);
      for (const d of r.doubts) {
        expect(d.message.trim(), `${name}: a doubt without a message`).not.toBe('');
        expect(d.question.trim(), `${name}: a doubt without a question`).not.toBe('');
      }
      const wrong = r.rows
        .filter((x) => x.verdict === 'wrong')
        .map((x) => `line ${x.line}: ${x.diffs.join('; ')}`);
      expect(wrong, `${name} (${layout.system})`).toEqual([]);
    });
  }

  // "Hold, ask once, remember the answer": what goes once the practice answered must be right too.
  for (const name of withAnswers) {
    it(`${name}: after the practice's answers, no row wrong`, async () => {
      const r = await judgeAnswered(readExpected(name));
      answered.push(r);
      const wrong = r.rows
        .filter((x) => x.verdict === 'wrong')
        .map((x) => `line ${x.line}: ${x.diffs.join('; ')}`);
      expect(wrong, `${name} answered`).toEqual([]);
    });
  }

  afterAll(() => {
    results.sort((a, b) => byLayoutNumber(a.name, b.name));
    answered.sort((a, b) => byLayoutNumber(a.name, b.name));
    const md = corpusReport(results, answered);
    console.log(md);
    fs.mkdirSync('out', { recursive: true });
    fs.writeFileSync(path.join('out', 'corpus-report.md'), md);
    fs.writeFileSync(
      path.join('out', 'corpus-report.json'),
      JSON.stringify(
        { totals: totals(results), layouts: results, answeredTotals: totals(answered), answered },
        null,
        2,
      ),
    );
  });

  it('summary: wrong is 0 over the whole corpus', async () => {
    // Runs last (vitest keeps declaration order within a file); recomputes what is missing so
    // the summary also holds when a single layout is run with -t.
    const all = await Promise.all(
      names.map(async (n) => results.find((r) => r.name === n) ?? judgeLayout(readExpected(n))),
    );
    const t = totals(all);
    expect(t.wrong, corpusReport(all)).toBe(0);
  });
});
