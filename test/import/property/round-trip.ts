// One round trip: write a schedule in a style to a real temp folder, import it as a practice
// would (profile 'auto', only the practice's time zone), and judge what came back:
// - right: every appointment exactly as scheduled, nothing extra, no row errors;
// - held: the importer has doubts (nothing would be sent) and each says what and asks;
// - wrong: an appointment came back different, or an extra/duplicate one, or a hold without words;
// - unreadable: the file was refused, or rows were dropped or errors (nothing wrong sent,
//   but the practice's appointments do not go out either).
// Expected instants are computed with @js-temporal/polyfill, not with the product's zone code.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Temporal } from '@js-temporal/polyfill';
import { importExport } from '../../../main/import/import-export.ts';
import type { Appointment } from '../../../main/model/appointment.ts';
import { formatDoubt } from '../../../main/model/doubt.ts';
import { formatRowError } from '../../../main/model/row-error.ts';
import type { ImportItem, ImportSummary } from '../../../main/model/import-summary.ts';
import { describeStyle, type ExportStyle } from './export-style.ts';
import { STATUS_MEANING, type Schedule, type ScheduledAppointment, type Ymd } from './schedule.ts';
import { writeExport, type WrittenExport } from './write-export.ts';

export const PRACTICE_ID = '7f3e1c2a-0000-4000-8000-000000000001';

export type Verdict = 'right' | 'held' | 'wrong' | 'unreadable';

export interface RoundTrip {
  verdict: Verdict;
  /** Why (empty when right): the first differences, the doubts, or the refusal. */
  detail: string;
  written: WrittenExport;
  style: ExportStyle;
}

const ymd = (d: Ymd): string =>
  `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

/** The UTC instant of a wall-clock start in the zone, by Temporal (earlier instant in an
 *  overlap, shifted forward in a gap: the rule main/import/map/zoned-time.ts documents). */
export function expectedStart(a: ScheduledAppointment, zone: string): string {
  return Temporal.PlainDateTime.from({ ...a.date, hour: a.hour, minute: a.minute })
    .toZonedDateTime(zone, { disambiguation: 'compatible' })
    .toInstant()
    .toString();
}

interface Expected {
  start: string;
  status: 'NEW' | 'CANCEL';
  firstName: string;
  lastName: string;
  dob: string;
  appointmentId?: string;
  patientId?: string;
}

function expectedOf(a: ScheduledAppointment, zone: string): Expected {
  return {
    start: expectedStart(a, zone),
    status: STATUS_MEANING[a.status],
    firstName: a.patient.firstName,
    lastName: a.patient.lastName,
    dob: ymd(a.patient.dob),
    ...(a.appointmentId !== undefined ? { appointmentId: a.appointmentId } : {}),
    ...(a.patient.patientId !== undefined ? { patientId: a.patient.patientId } : {}),
  };
}

function gotOf(a: Appointment, like: Expected): Record<string, string> {
  const got: Record<string, string> = {
    start: Temporal.Instant.fromEpochMilliseconds(a.start.getTime()).toString(),
    status: a.status,
    firstName: a.patient.firstName,
    lastName: a.patient.lastName,
    dob: a.patient.dob,
  };
  if (like.appointmentId !== undefined) got.appointmentId = a.appointmentId;
  if (like.patientId !== undefined) got.patientId = a.patient.patientId;
  return got;
}

/** Row outcome as text, for a row that did not come back as an appointment. */
function notAppointment(i: ImportItem): string {
  if (i.kind === 'error') return formatRowError(i.error);
  if (i.kind === 'skipped') return `line ${i.line} skipped: ${i.reason}`;
  return `line ${i.line} is an appointment`;
}

/**
 * Compare row by row: the importer yields one item per data row in file order, so item i is
 * scheduled appointment i; items after the last row come from the footer. Returns what was sent
 * wrong (an appointment that differs, an extra one, two sharing an id) and what was not read.
 */
function compare(
  schedule: Schedule,
  zone: string,
  items: ImportItem[],
): { wrong: string[]; unread: string[] } {
  const wrong: string[] = [];
  const unread: string[] = [];
  items.forEach((item, i) => {
    const a = schedule.appointments[i];
    if (!a) {
      if (item.kind === 'appointment')
        wrong.push(
          `extra appointment from line ${item.line}: ${JSON.stringify(gotOf(item.appointment, {} as Expected))}`,
        );
      else unread.push(`after the rows: ${notAppointment(item)}`);
      return;
    }
    if (item.kind !== 'appointment') {
      unread.push(`appointment #${i + 1}: ${notAppointment(item)}`);
      return;
    }
    const want = expectedOf(a, zone);
    const have = gotOf(item.appointment, want);
    const diff = Object.keys(want)
      .filter((k) => want[k as keyof Expected] !== have[k])
      .map((k) => `${k} ${JSON.stringify(have[k])} (wanted ${JSON.stringify(want[k as keyof Expected])})`);
    if (diff.length) wrong.push(`appointment #${i + 1} (line ${item.line}): ${diff.join(', ')}`);
  });
  for (let i = items.length; i < schedule.appointments.length; i++)
    unread.push(`appointment #${i + 1}: no item came back for it`);
  // Two different appointments under one id would overwrite each other on the portal.
  const ids = new Map<string, number>();
  items.forEach((g, i) => {
    if (g.kind !== 'appointment') return;
    const prev = ids.get(g.appointment.appointmentId);
    if (prev !== undefined)
      wrong.push(`appointments #${prev + 1} and #${i + 1} share the id ${g.appointment.appointmentId}`);
    ids.set(g.appointment.appointmentId, i);
  });
  return { wrong: wrong.slice(0, 6), unread: unread.slice(0, 4) };
}

/** The importer under test; the judge's own tests pass a doctored one. */
export type Importer = typeof importExport;

async function run(
  importer: Importer,
  file: string,
  timeZone: string,
): Promise<{ items: ImportItem[]; summary: ImportSummary }> {
  const gen = importer(file, { practiceId: PRACTICE_ID, timeZone, profile: 'auto' });
  const items: ImportItem[] = [];
  for (;;) {
    const r = await gen.next();
    if (r.done) return { items, summary: r.value };
    items.push(r.value);
  }
}

let tempRoot: string | undefined;
let counter = 0;

/** A real folder per file (the importer may look beside the file for a joined table). */
function freshFolder(): string {
  tempRoot ??= fs.mkdtempSync(path.join(os.tmpdir(), 'appt-property-'));
  const dir = path.join(tempRoot, String(++counter));
  fs.mkdirSync(dir);
  return dir;
}

/** Remove every temp folder this module made (call once after the run). */
export function cleanUp(): void {
  if (tempRoot) fs.rmSync(tempRoot, { recursive: true, force: true });
  tempRoot = undefined;
}

export async function roundTrip(
  schedule: Schedule,
  style: ExportStyle,
  importer: Importer = importExport,
): Promise<RoundTrip> {
  const written = writeExport(schedule, style);
  const dir = freshFolder();
  const file = path.join(dir, written.fileName);
  fs.writeFileSync(file, written.bytes);
  const done = (verdict: Verdict, detail: string): RoundTrip => {
    fs.rmSync(dir, { recursive: true, force: true });
    return { verdict, detail, written, style };
  };
  let result: { items: ImportItem[]; summary: ImportSummary };
  try {
    result = await run(importer, file, style.timeZone);
  } catch (e) {
    return done('unreadable', `refused: ${e instanceof Error ? e.message : String(e)}`);
  }
  const { items, summary } = result;
  if (summary.doubts.length > 0) {
    const mute = summary.doubts.filter((d) => !d.message?.trim() || !d.question?.trim());
    if (mute.length) return done('wrong', `held without saying what or asking: ${JSON.stringify(mute)}`);
    return done('held', summary.doubts.map(formatDoubt).join(' | '));
  }
  const { wrong, unread } = compare(schedule, style.timeZone, items);
  if (wrong.length) return done('wrong', wrong.join('\n'));
  if (unread.length) return done('unreadable', unread.join('\n'));
  return done('right', '');
}

/** The whole story of a round trip that was not right: the style, the file as written, what came back. */
export function explain(r: RoundTrip): string {
  const shown = r.written.text.replace(/\t/g, '→').split(/\r?\n/).slice(0, 14).join('\n  ');
  return [
    `${r.verdict.toUpperCase()}: ${describeStyle(r.style)}; written as ${r.written.encoding}`,
    `file ${r.written.fileName} (tabs shown as →):`,
    `  ${shown}`,
    `came back: ${r.detail}`,
  ].join('\n');
}
