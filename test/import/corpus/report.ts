// The corpus table a person reads: per layout rows right / held / wrong, why a file was held, and
// for wrong rows the first difference (what the integrator must fix).
import { formatDoubt } from '../../../main/model/doubt.ts';
import type { LayoutResult } from './judge.ts';

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

export function totals(results: LayoutResult[]): {
  right: number;
  held: number;
  wrong: number;
  refused: number;
} {
  return results.reduce(
    (t, r) => ({
      right: t.right + r.right,
      held: t.held + r.held,
      wrong: t.wrong + r.wrong,
      refused: t.refused + r.refusedRows,
    }),
    { right: 0, held: 0, wrong: 0, refused: 0 },
  );
}

export function corpusReport(results: LayoutResult[]): string {
  const t = totals(results);
  const lines = [
    '# Export corpus: rows right / held / wrong',
    '',
    `${results.length} layouts, ${t.right + t.held + t.wrong + t.refused} expected rows: ` +
      `**${t.right} right, ${t.held} held, ${t.wrong} wrong**` +
      (t.refused ? `, ${t.refused} in files refused outright` : '') +
      '.',
    '',
    '| Layout | System | Right | Held | Wrong | Held because / first difference |',
    '| --- | --- | ---: | ---: | ---: | --- |',
  ];
  for (const r of results) {
    const firstWrong = r.rows.find((x) => x.verdict === 'wrong');
    const why = r.refused
      ? `refused: ${r.refused}`
      : r.doubts.length
        ? r.doubts.map(formatDoubt).join(' / ')
        : firstWrong
          ? `line ${firstWrong.line}: ${firstWrong.diffs[0]}`
          : '';
    lines.push(
      `| ${r.name} | ${cell(r.system)} | ${r.right} | ${r.held} | ${r.wrong}${r.refusedRows ? ` (+${r.refusedRows} refused)` : ''} | ${cell(why).slice(0, 400)} |`,
    );
  }
  return lines.join('\n') + '\n';
}
