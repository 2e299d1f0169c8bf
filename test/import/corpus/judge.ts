// Runs the importer over one corpus layout, as a practice would (its time zone and nothing else),
// and judges every expected row: right, held (the file was held for review, nothing sent) or
// wrong (something would have been sent that differs from what the file says, or a row was lost).
import fs from 'node:fs';
import path from 'node:path';
import { importExport } from '../../../main/import/import-export.ts';
import type { Doubt } from '../../../main/model/doubt.ts';
import type { ImportItem, ImportSummary } from '../../../main/model/import-summary.ts';
import {
  EXPORTS_DIR,
  expectedUtc,
  layoutNames,
  readExpected,
  type ExpectedLayout,
  type ExpectedRow,
} from './expected.ts';

export const CORPUS_PRACTICE = '7f3e1c2a-0000-4000-8000-000000000001';

export type Verdict = 'right' | 'held' | 'wrong' | 'refused';

export interface RowResult {
  line: number;
  expect: ExpectedRow['expect'];
  verdict: Verdict;
  /** For wrong rows: what differs, first difference first. */
  diffs: string[];
}

export interface LayoutResult {
  name: string;
  system: string;
  right: number;
  held: number;
  wrong: number;
  /** Rows of a file the importer refused outright (nothing sent, but nobody asked either). */
  refusedRows: number;
  /** The importer refused the whole file (ExportFileError): nothing sent, nothing asked. */
  refused?: string;
  doubts: Doubt[];
  rows: RowResult[];
}

async function run(file: string, timeZone: string): Promise<{ items: ImportItem[]; summary: ImportSummary }> {
  const gen = importExport(file, { practiceId: CORPUS_PRACTICE, timeZone, profile: 'auto' });
  const items: ImportItem[] = [];
  for (;;) {
    const r = await gen.next();
    if (r.done) return { items, summary: r.value };
    items.push(r.value);
  }
}

const lineOf = (i: ImportItem): number => (i.kind === 'error' ? i.error.line : i.line);

function describe(i: ImportItem): string {
  if (i.kind === 'error') return `row error (${i.error.column ?? ''}: ${i.error.message})`;
  if (i.kind === 'skipped') return `skipped (${i.reason})`;
  return `appointment ${i.appointment.appointmentId} at ${i.appointment.start.toISOString()}`;
}

/** A derived id must not be a bare row number (a counter moves to another patient tomorrow). */
function looksLikeRowNumber(id: string, lineCount: number): boolean {
  return /^\s*\d+\s*$/.test(id) && Number(id) <= lineCount;
}

/** Judge a layout's own export file, or another file that must mean the same (a variation of it). */
export async function judgeLayout(
  layout: ExpectedLayout,
  file = path.join(EXPORTS_DIR, layout.name, layout.file),
): Promise<LayoutResult> {
  const base = { name: layout.name, system: layout.system, right: 0, held: 0, wrong: 0, refusedRows: 0 };
  let out: { items: ImportItem[]; summary: ImportSummary };
  try {
    out = await run(file, layout.timeZone);
  } catch (e) {
    const rows = layout.rows.map((r) => ({
      line: r.line,
      expect: r.expect,
      verdict: 'refused' as const,
      diffs: [],
    }));
    return { ...base, refused: (e as Error).message, doubts: [], rows, refusedRows: rows.length };
  }
  // A generous bound for "is this derived id a bare row number": no row number exceeds the size.
  return judgeOutcome(layout, out.items, out.summary, fs.statSync(file).size);
}

/** Judge what the importer yielded for one layout against its expectations (pure: no I/O). */
export function judgeOutcome(
  layout: ExpectedLayout,
  items: ImportItem[],
  summary: ImportSummary,
  lineCount: number,
): LayoutResult {
  const base = { name: layout.name, system: layout.system, right: 0, held: 0, wrong: 0, refusedRows: 0 };
  const doubts = summary.doubts ?? [];
  if (doubts.length > 0) {
    const rows = layout.rows.map((r) => ({
      line: r.line,
      expect: r.expect,
      verdict: 'held' as const,
      diffs: [],
    }));
    return { ...base, held: rows.length, doubts, rows };
  }

  const byLine = new Map<number, ImportItem[]>();
  for (const i of items) byLine.set(lineOf(i), [...(byLine.get(lineOf(i)) ?? []), i]);
  const idCount = new Map<string, number>();
  for (const i of items)
    if (i.kind === 'appointment')
      idCount.set(i.appointment.appointmentId, (idCount.get(i.appointment.appointmentId) ?? 0) + 1);

  // An appointment listed twice (`sameAs`: the same visit reminded twice) goes once, from either line.
  const twinOf = new Map<number, number>();
  for (const r of layout.rows)
    if (r.expect !== 'appointment' && r.sameAs !== undefined) twinOf.set(r.sameAs, r.line);

  const rows: RowResult[] = [];
  for (const r of layout.rows) {
    const twin = twinOf.get(r.line);
    const here = lastRowWins([
      ...(byLine.get(r.line) ?? []),
      ...(twin === undefined ? [] : (byLine.get(twin) ?? [])),
    ]);
    const appts = here.flatMap((i) => (i.kind === 'appointment' ? [i.appointment] : []));
    const diffs: string[] = [];
    if (layout.mustHold && r.expect === 'appointment') {
      diffs.push(`file not held (${layout.mustHold}); got ${here.map(describe).join('; ') || 'nothing'}`);
    } else if (r.expect === 'appointment') {
      if (appts.length !== 1) {
        diffs.push(`expected one appointment, got ${here.map(describe).join('; ') || 'nothing'}`);
      } else {
        const a = appts[0]!;
        const want = expectedUtc(r.local, layout.timeZone);
        const check = (field: string, got: string, exp: string): void => {
          if (got !== exp) diffs.push(`${field}: got '${got}', expected '${exp}'`);
        };
        check('start', a.start.toISOString(), want);
        check('status', a.status, r.status);
        check('lastName', a.patient.lastName, r.lastName);
        check('firstName', a.patient.firstName, r.firstName);
        check('dob', a.patient.dob, r.dob);
        if (r.patientId !== null) check('patientId', a.patient.patientId, r.patientId);
        if (r.appointmentId !== null) check('appointmentId', a.appointmentId, r.appointmentId);
        else {
          if (looksLikeRowNumber(a.appointmentId, lineCount))
            diffs.push(`appointmentId: got '${a.appointmentId}', a bare row number (the export has no id)`);
          // The visit's two lines (sameAs) under one id and patient are one appointment, which
          // the engine sends once (lastRowWins); any other row under its id is another visit.
          const own = [
            ...(byLine.get(r.line) ?? []),
            ...(twin === undefined ? [] : (byLine.get(twin) ?? [])),
          ];
          const same = own.filter(
            (i) =>
              i.kind === 'appointment' &&
              i.appointment.appointmentId === a.appointmentId &&
              i.appointment.patient.patientId === a.patient.patientId,
          ).length;
          if ((idCount.get(a.appointmentId) ?? 0) > same)
            diffs.push(`appointmentId: '${a.appointmentId}' is given to more than one row`);
        }
      }
    } else if (r.expect === 'error') {
      if (!here.some((i) => i.kind === 'error') || appts.length > 0)
        diffs.push(`expected a row error (${r.why}), got ${here.map(describe).join('; ') || 'nothing'}`);
    } else if (r.expect === 'skip' && r.sameAs !== undefined) {
      // Its appointment is judged on the line it repeats (exactly one of the two carries it).
      if (here.some((i) => i.kind === 'error'))
        diffs.push(`expected skipped (${r.why}), got ${here.map(describe).join('; ')}`);
    } else if (r.expect === 'skip') {
      if (here.some((i) => i.kind !== 'skipped'))
        diffs.push(`expected skipped (${r.why}), got ${here.map(describe).join('; ')}`);
    } else if (here.length > 0) {
      diffs.push(`expected no item (${r.why}), got ${here.map(describe).join('; ')}`);
    }
    rows.push({ line: r.line, expect: r.expect, verdict: diffs.length ? 'wrong' : 'right', diffs });
  }
  // An appointment on a line the expectations do not list would be sent without anyone asking for it.
  const listed = new Set(layout.rows.map((r) => r.line));
  for (const i of items)
    if (i.kind === 'appointment' && !listed.has(i.line))
      rows.push({
        line: i.line,
        expect: 'not-a-row',
        verdict: 'wrong',
        diffs: [`unexpected ${describe(i)} on a line with no expected appointment`],
      });
  return {
    ...base,
    right: rows.filter((r) => r.verdict === 'right').length,
    wrong: rows.filter((r) => r.verdict === 'wrong').length,
    doubts,
    rows,
  };
}

/** Every layout of the corpus, judged in folder order (for the README's "rows right / held / wrong"). */
export async function runCorpus(): Promise<LayoutResult[]> {
  const out: LayoutResult[] = [];
  for (const n of layoutNames()) out.push(await judgeLayout(readExpected(n)));
  return out;
}

/** A visit listed twice (`sameAs`) as the portal gets it: the engine plans an id's later row for the
 *  same patient over the earlier one (plan-job.ts, `toSend.set`), so of two appointments of one id
 *  and patient only the later line's goes. Anything else (two ids, two patients) is judged as is. */
function lastRowWins(here: ImportItem[]): ImportItem[] {
  const last = new Map<string, number>();
  const keyOf = (i: ImportItem): string | undefined =>
    i.kind === 'appointment'
      ? `${i.appointment.appointmentId}\u001f${i.appointment.patient.patientId}`
      : undefined;
  for (const i of here) {
    const k = keyOf(i);
    if (k !== undefined) last.set(k, Math.max(last.get(k) ?? 0, lineOf(i)));
  }
  return here.filter((i) => {
    const k = keyOf(i);
    return k === undefined || last.get(k) === lineOf(i);
  });
}
