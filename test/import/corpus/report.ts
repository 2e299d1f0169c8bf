// The corpus table a person reads: per layout rows right / held / wrong, why a file was held, and
// for wrong rows the first difference (what the integrator must fix).
import { formatDoubt } from '../../../main/model/doubt.ts';
import type { AnsweredResult } from './judge-answered.ts';
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

/** The held layouts once answered: why a file is still held, or its first wrong row. */
function answeredSection(answered: AnsweredResult[]): string[] {
  const t = totals(answered);
  const rowErrors = answered.reduce((n, r) => n + (r.rowErrors ?? 0), 0);
  const lines = [
    '',
    '## After the practice answers',
    '',
    `${answered.length} held layouts with the answers a careful front desk gives (expected.json \`answers\`), ` +
      `given through the review and the file read again: ${t.right + t.held + t.wrong} rows, ` +
      `**${t.right} right, ${t.held} still held, ${t.wrong} wrong**` +
      (rowErrors
        ? ` (of the held, ${rowErrors} ${rowErrors === 1 ? 'is a row error' : 'are row errors'})`
        : '') +
      '.',
    '',
    '| Layout | Right | Still held | Wrong | Still held because / first difference |',
    '| --- | ---: | ---: | ---: | --- |',
  ];
  for (const r of answered) {
    const firstWrong = r.rows.find((x) => x.verdict === 'wrong');
    const firstError = r.rows.find((x) => x.verdict === 'held' && x.diffs.length);
    const why = r.unanswerable
      ? `unanswerable: ${r.unanswerable}`
      : r.refusedConfirm
        ? `the review refused the answers: ${r.refusedConfirm}`
        : r.doubts.length
          ? `asked again: ${r.doubts.map(formatDoubt).join(' / ')}`
          : firstWrong
            ? `line ${firstWrong.line}: ${firstWrong.diffs[0]}`
            : firstError
              ? `line ${firstError.line}: ${firstError.diffs[0]}`
              : '';
    lines.push(`| ${r.name} | ${r.right} | ${r.held} | ${r.wrong} | ${cell(why).slice(0, 400)} |`);
  }
  return lines;
}

export function corpusReport(results: LayoutResult[], answered: AnsweredResult[] = []): string {
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
  if (answered.length) lines.push(...answeredSection(answered));
  return lines.join('\n') + '\n';
}
