// After the practice answers: a held layout's `answers` (expected.json, written by hand) given the
// way the review window gives them (the renderer's reviewAnswers, the preview's columns with the
// person's corrections, the service's confirmMapping writing the profile), then the file read
// again with the confirmed profile as the engine reads a released file, and every row judged
// again: right, wrong, or still held. "Hold, ask once, remember the answer" is only safe if what
// goes after the answer is right.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createReviewActions } from '../../../main/app-service/review-actions.ts';
import { previewExport } from '../../../main/app-service/preview-export.ts';
import type { ConnectorServiceDeps } from '../../../main/app-service/service-deps.ts';
import { importExport } from '../../../main/import/import-export.ts';
import type { ImportItem, ImportSummary } from '../../../main/model/import-summary.ts';
import type { PracticeSettings, Settings } from '../../../main/model/settings.ts';
import type { ColumnGuess } from '../../../preload/ipc-contract.ts';
import {
  reviewAnswers,
  unknownStatusWords,
  asksDateOrder,
  asksNameOrder,
  asksBlankDate,
  asksAfterNoon,
  asksMarkedUtc,
  asksMidnightUntimed,
  asksLocationZones,
  type Answers,
} from '../../../renderer/settings/review-answers.ts';
import { EXPORTS_DIR, type ExpectedAnswers, type ExpectedLayout } from './expected.ts';
import { CORPUS_PRACTICE, judgeOutcome, type LayoutResult } from './judge.ts';

export interface AnsweredResult extends LayoutResult {
  /** The answers say the file cannot be answered from itself: it stays held. */
  unanswerable?: string;
  /** The review refused the answers (nothing confirmed: the person could not give them). */
  refusedConfirm?: string;
  /** Expected appointments that came out as row errors after the answers (counted in `held`). */
  rowErrors?: number;
}

/** An answer the review would not take (a header the file lacks, a word it did not ask about) is a
 *  mistake in expected.json, not a result. */
export function answerProblems(
  a: ExpectedAnswers,
  headers: string[],
  asked: string[],
  asks: {
    dateOrder: boolean;
    nameOrder: boolean;
    blankDate?: boolean;
    afterNoon?: boolean;
    markedUtc?: boolean;
    midnight?: boolean;
    locations?: readonly string[];
  },
): string[] {
  const out: string[] = [];
  for (const [field, column] of Object.entries(a.columns ?? {}))
    if (column !== null && !headers.includes(column!))
      out.push(`columns.${field}: the file has no column '${column}' (${headers.join(', ')})`);
  for (const word of Object.keys(a.statusWords ?? {}))
    if (!asked.includes(word))
      out.push(`status word '${word}' was not asked about (asked: ${asked.join(', ')})`);
  if (a.dateOrder && !asks.dateOrder) out.push('dateOrder answered, but the day/month order was not asked');
  if (a.nameOrder && !asks.nameOrder) out.push('nameOrder answered, but the name order was not asked');
  if (a.blankDate && !asks.blankDate) out.push('blankDate answered, but blank dates were not asked about');
  if (a.afterNoon && !asks.afterNoon) out.push('afterNoon answered, but no hours after noon were asked');
  if (a.markedUtc && !asks.markedUtc)
    out.push('markedUtc answered, but no times marked UTC were asked about');
  if (a.midnight && !asks.midnight)
    out.push('midnight answered, but no starts at midnight were asked about where no time can be answered');
  for (const location of Object.keys(a.locationZones ?? {}))
    if (!asks.locations?.includes(location))
      out.push(
        `locationZones: '${location}' was not asked about (asked: ${(asks.locations ?? []).join(', ')})`,
      );
  return out;
}

/** The review's column table after the person's corrections: the preview's columns, each field the
 *  answers name set to that header (or to none). */
function correctedColumns(shown: ColumnGuess[], a: ExpectedAnswers): ColumnGuess[] {
  const set = a.columns ?? {};
  const out = shown.map((c) =>
    c.field in set ? { ...c, column: set[c.field as keyof typeof set] ?? null } : c,
  );
  for (const [field, column] of Object.entries(set))
    if (!out.some((c) => c.field === field)) out.push({ field, column: column ?? null, confidence: 1 });
  return out;
}

async function readAll(
  file: string,
  practice: PracticeSettings,
): Promise<{ items: ImportItem[]; summary: ImportSummary }> {
  // As the engine plans a released file (engine/job/plan-job.ts): the practice's confirmed profile.
  const gen = importExport(file, {
    practiceId: practice.practiceId,
    timeZone: practice.timeZone,
    profile: practice.mappingProfile,
    practiceName: practice.name,
    savedProfileDir: practice.inbox,
  });
  const items: ImportItem[] = [];
  for (;;) {
    const r = await gen.next();
    if (r.done) return { items, summary: r.value };
    items.push(r.value);
  }
}

/** An expected appointment that comes out as a row error once the file is answered (a name whose
 *  family name the cell does not show) is not sent: its row error names the line and what to do.
 *  Not a wrong appointment, so it is counted with the rows still held, and apart (`rowErrors`). */
function withRowErrorsHeld(r: LayoutResult, items: ImportItem[]): AnsweredResult {
  const lines = (kind: ImportItem['kind']): Set<number> =>
    new Set(items.flatMap((i) => (i.kind !== kind ? [] : [i.kind === 'error' ? i.error.line : i.line])));
  const errors = lines('error');
  const sent = lines('appointment');
  let rowErrors = 0;
  const rows = r.rows.map((x) => {
    if (x.verdict !== 'wrong' || x.expect !== 'appointment' || !errors.has(x.line) || sent.has(x.line))
      return x;
    rowErrors++;
    return { ...x, verdict: 'held' as const, diffs: [`row error: ${x.diffs.join('; ')}`] };
  });
  if (rowErrors === 0) return r;
  return { ...r, rows, held: r.held + rowErrors, wrong: r.wrong - rowErrors, rowErrors };
}

const allHeld = (layout: ExpectedLayout, extra: Partial<AnsweredResult>): AnsweredResult => ({
  name: layout.name,
  system: layout.system,
  right: 0,
  held: layout.rows.length,
  wrong: 0,
  refusedRows: 0,
  doubts: [],
  rows: layout.rows.map((r) => ({ line: r.line, expect: r.expect, verdict: 'held', diffs: [] })),
  ...extra,
});

/** Answer a held layout through the review and judge what the file then sends. */
export async function judgeAnswered(layout: ExpectedLayout): Promise<AnsweredResult> {
  const a = layout.answers;
  if (!a) throw new Error(`${layout.name}: no answers`);
  if (a.unanswerable) return allHeld(layout, { unanswerable: a.unanswerable });
  const file = path.join(EXPORTS_DIR, layout.name, layout.file);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-answered-'));
  try {
    let practice: PracticeSettings = {
      name: 'Corpus practice',
      inbox: dir,
      practiceId: CORPUS_PRACTICE,
      environment: 'sandbox',
      mappingProfile: 'auto',
      timeZone: layout.timeZone,
      snapshotMode: false,
      polling: false,
      credentialKey: 'corpus-practice',
    };
    const preview = await previewExport(file, practice, a.sheet);
    const problems = answerProblems(a, preview.headers, unknownStatusWords(preview.doubts), {
      dateOrder: asksDateOrder(preview.doubts),
      nameOrder: asksNameOrder(preview.doubts),
      blankDate: asksBlankDate(preview.doubts),
      afterNoon: asksAfterNoon(preview.doubts) !== undefined,
      markedUtc: asksMarkedUtc(preview.doubts) !== undefined,
      midnight: asksMidnightUntimed(preview.doubts) !== undefined,
      locations: asksLocationZones(preview.doubts).map((l) => l.location),
    });
    if (problems.length) throw new Error(`${layout.name}: answers: ${problems.join('; ')}`);
    const given: Answers = {
      status: { ...(a.statusWords ?? {}) },
      ...(a.dateOrder ? { dateOrder: a.dateOrder } : {}),
      ...(a.nameOrder ? { nameOrder: a.nameOrder } : {}),
      ...(a.sheet !== undefined ? { sheet: a.sheet } : {}),
      ...(a.blankDate ? { blankDate: a.blankDate } : {}),
      ...(a.afterNoon ? { afterNoon: a.afterNoon } : {}),
      ...(a.markedUtc ? { markedUtc: a.markedUtc } : {}),
      ...(a.midnight ? { midnight: a.midnight } : {}),
      ...(a.locationZones ? { locationZones: { ...a.locationZones } } : {}),
    };
    // Only what the service needs of the app for a confirmation on a picked file: no held job,
    // no engine to release (the file is read again below, as a released one would be).
    const deps = {
      // The review's preview of this file, read once: confirmMapping asks for it again.
      previewExport: async (f: string, p: PracticeSettings, sheet?: string) =>
        f === file && p === practice && sheet === a.sheet ? preview : previewExport(f, p, sheet),
      profilesDir: dir,
      engine: { releaseHeld: async () => 0 },
      jobs: { list: async () => [] },
    } as unknown as ConnectorServiceDeps;
    const review = createReviewActions(deps, {
      findPractice: async (n) => (n === practice.name ? practice : undefined),
      update: async (change) => {
        const s = change({ practices: [practice] } as unknown as Settings);
        practice = s.practices[0]!;
      },
    });
    const confirmed = await review.confirmMapping({
      practice: practice.name,
      file,
      columns: correctedColumns(preview.columns, a),
      answers: reviewAnswers(preview.doubts, given),
    });
    if (!confirmed.ok) return allHeld(layout, { refusedConfirm: confirmed.message });
    const out = await readAll(file, practice);
    // Once answered, sending is the right outcome even for a layout that had to be held.
    const { mustHold: _asked, ...answered } = layout;
    return withRowErrorsHeld(
      judgeOutcome(answered, out.items, out.summary, fs.statSync(file).size),
      out.items,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
