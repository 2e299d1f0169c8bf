import { readExpected } from '/tmp/wt60h/test/import/corpus/expected.ts';
import { judgeLayout } from '/tmp/wt60h/test/import/corpus/judge.ts';
for (const n of process.argv.slice(2)) {
  const r = await judgeLayout(readExpected(n));
  const c: Record<string, number> = {};
  for (const x of r.rows) c[x.verdict] = (c[x.verdict] ?? 0) + 1;
  console.log(n, JSON.stringify(c));
  for (const d of r.doubts) console.log('  DOUBT', d.kind ?? '', d.message, '|', d.question);
  for (const x of r.rows) if (x.verdict !== 'right') console.log('  ', x.line, x.verdict, x.diffs.join('; '));
}
