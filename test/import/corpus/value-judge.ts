// Runs value variations of corpus layouts through the importer and judges them against the
// layouts' hand-written expectations: wrong (something sent differs) is always a failure; a hold
// is a false hold only where the layout as written is sent and the variation must still be sent.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatDoubt } from '../../../main/model/doubt.ts';
import { EXPORTS_DIR, readExpected } from './expected.ts';
import { judgeLayout, type LayoutResult } from './judge.ts';
import { valueVariationsOf, type ValueVariation } from './value-variations.ts';
import { movedLayout } from './variations.ts';

export type Outcome = 'sent' | 'held' | 'refused' | 'wrong';

export const outcomeOf = (r: LayoutResult): Outcome =>
  r.wrong > 0 ? 'wrong' : r.refused ? 'refused' : r.doubts.length > 0 ? 'held' : 'sent';

export function whyOf(r: LayoutResult): string {
  const wrong = r.rows.find((x) => x.verdict === 'wrong');
  if (wrong) return `line ${wrong.line}: ${wrong.diffs[0] ?? ''}`;
  if (r.refused) return r.refused;
  return r.doubts.map(formatDoubt).join(' / ');
}

export interface ValueRun {
  layout: string;
  variation: string;
  /** The file as written, judged only when the variation was held or refused. */
  base?: Outcome;
  got: Outcome;
  mustSend: boolean;
  /** 'wrong', 'false hold' (held where it must send), or undefined when acceptable. */
  fault?: 'wrong' | 'false hold';
  why: string;
}

/** Judge the chosen value variations of one layout (`pick` filters by variation name). */
export async function runValueVariations(
  name: string,
  tmp: string,
  pick: (v: ValueVariation) => boolean = () => true,
): Promise<ValueRun[]> {
  const layout = readExpected(name);
  const dir = path.join(EXPORTS_DIR, name);
  const joined = fs.readdirSync(dir).some((f) => f !== layout.file && f !== 'expected.json');
  const variations = valueVariationsOf(layout, fs.readFileSync(path.join(dir, layout.file)), joined).filter(
    pick,
  );
  if (variations.length === 0) return [];
  // The file as written is judged only when a variation is held (a false hold needs it sent).
  let base: Outcome | undefined;
  const baseOutcome = async (): Promise<Outcome> => (base ??= outcomeOf(await judgeLayout(layout)));
  const out: ValueRun[] = [];
  for (const v of variations) {
    // The layout's other files (a joined table) come along, as they would in the inbox.
    const vdir = path.join(tmp, name, v.name.replace(/\W+/g, '-'));
    // The export itself is written, not copied and then overwritten (see variations-suite.ts).
    fs.cpSync(dir, vdir, { recursive: true, filter: (src) => src !== path.join(dir, layout.file) });
    fs.writeFileSync(path.join(vdir, layout.file), v.bytes);
    const judged = movedLayout(layout, v);
    const r = await judgeLayout(v.expect ? v.expect(judged) : judged, path.join(vdir, layout.file));
    const got = outcomeOf(r);
    const was = got === 'sent' || got === 'wrong' ? undefined : await baseOutcome();
    const fault = got === 'wrong' ? 'wrong' : was === 'sent' && v.mustSend ? 'false hold' : undefined;
    out.push({ layout: name, variation: v.name, base: was, got, mustSend: v.mustSend, fault, why: whyOf(r) });
  }
  return out;
}

export const tmpDir = (): string => fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-values-'));

/** A table of runs per variation and the faults, for the console. */
export function valueReport(runs: ValueRun[]): string {
  const names = [...new Set(runs.map((r) => r.variation))];
  const n = (v: string, f: (r: ValueRun) => boolean): string =>
    String(runs.filter((r) => r.variation === v && f(r)).length);
  return [
    `${runs.length} value variations of ${new Set(runs.map((r) => r.layout)).size} layouts: ` +
      `${runs.filter((r) => r.fault === 'wrong').length} wrong, ` +
      `${runs.filter((r) => r.fault === 'false hold').length} false holds, ` +
      `${runs.filter((r) => !r.fault && r.base === 'sent').length} held where a hold is allowed.`,
    `${'variation'.padEnd(34)} files  sent  held  wrong  false holds`,
    ...names.map(
      (v) =>
        `${v.padEnd(34)} ${n(v, () => true).padStart(5)} ${n(v, (r) => r.got === 'sent').padStart(5)} ` +
        `${n(v, (r) => r.got === 'held' || r.got === 'refused').padStart(5)} ${n(v, (r) => r.fault === 'wrong').padStart(6)} ` +
        `${n(v, (r) => r.fault === 'false hold').padStart(12)}`,
    ),
    ...runs
      .filter((r) => !r.fault && r.base === 'sent')
      .map((r) => `may hold   ${r.layout.padEnd(40)} ${r.variation.padEnd(30)} ${r.why.slice(0, 160)}`),
    ...runs
      .filter((r) => r.fault)
      .map(
        (r) =>
          `${r.fault!.padEnd(10)} ${r.layout.padEnd(40)} ${r.variation.padEnd(30)} ${r.why.slice(0, 220)}`,
      ),
  ].join('\n');
}
