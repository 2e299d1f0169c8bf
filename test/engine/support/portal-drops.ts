// Red-team probes across exports: an engine on the local sandbox, exports dropped into its inbox
// one after another as a practice system writes them (aside, then renamed in), and the portal
// read back from the sandbox. Shared by the rounds that probe what goes to the portal from one
// export to the next (redteam-round-50i, -51c).
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { final, harnessFor, settledJob, type Harness } from './engine-harness.ts';
import { errorResults, portalAppointments, sentItems, type SentItem } from './sandbox-log.ts';
import type { JobDetails } from '../../../main/model/status-and-jobs.ts';
import type { PracticeSettings } from '../../../main/model/settings.ts';

type Finished = (fn: () => Promise<void>) => void;

export interface Drop {
  name: string;
  /** The file's lines, written with CRLF; or its bytes as they are in `text`. */
  lines?: string[];
  text?: string | Buffer;
  /** The file's modification time (ISO); the time of the drop when absent. */
  written?: string;
  /** Which practice's inbox (default the first). */
  inbox?: number;
}

export interface Outcome {
  job: JobDetails;
  sent: SentItem[];
}

export const sandboxDir = (h: Harness): string => h.sandboxDir;

/** `practices` practices in Chicago (`over` changes each), started, checking the inbox every 300 ms. */
export async function engine(
  onTestFinished: Finished,
  over: Partial<PracticeSettings> = {},
  practices = 1,
): Promise<Harness> {
  const h = await harnessFor(onTestFinished, {
    practices,
    over: Array.from({ length: practices }, () => ({ timeZone: 'America/Chicago', ...over })),
    tuning: { inboxCheckMs: 300 },
  });
  await h.start();
  return h;
}

/** Drop one export (written aside, renamed in), wait until its job is final and a moment more;
 *  the job and what the sandbox received meanwhile. */
export async function drop(h: Harness, d: Drop): Promise<Outcome> {
  const before = new Set(h.jobs().map((j) => j.id));
  const sentBefore = sentItems(sandboxDir(h)).length;
  const inbox = h.inbox(d.inbox ?? 0);
  const part = path.join(inbox, `${d.name}.part`);
  fs.writeFileSync(part, d.text ?? (d.lines ?? []).map((l) => `${l}\r\n`).join(''));
  if (d.written) fs.utimesSync(part, new Date(d.written), new Date(d.written));
  fs.renameSync(part, path.join(inbox, d.name));
  const seen = await h.waitFor((jobs) => jobs.some((j) => !before.has(j.id) && final(j)));
  await new Promise((r) => setTimeout(r, 400));
  expect(errorResults(sandboxDir(h))).toEqual([]);
  const job = await settledOnce(h, seen, before);
  return { job, sent: sentItems(sandboxDir(h)).slice(sentBefore) };
}

/** The export's new job: once final again if it was final when seen (a held file is read again
 *  when the practice's memory changed, 'received' meanwhile: redteam-round-51c's held Monday, read
 *  at a fixed moment under load); as it is now if it was not (a file left being written). */
export async function settledOnce(h: Harness, seen: JobDetails[], before: Set<string>): Promise<JobDetails> {
  const id = h.jobs().find((j) => !before.has(j.id))!.id;
  return seen.some((j) => j.id === id && final(j)) ? settledJob(h, id) : h.jobs().find((j) => j.id === id)!;
}

export async function dropAll(h: Harness, drops: Drop[]): Promise<Outcome[]> {
  const out: Outcome[] = [];
  for (const d of drops) out.push(await drop(h, d));
  return out;
}

/** Practice `p`'s portal as `patient MM-DDTHH:MM state` lines, sorted. */
export function portal(h: Harness, p = 0): string[] {
  return portalAppointments(sandboxDir(h), h.settings.practices[p]!.practiceId)
    .map(
      (a) =>
        `${a.patientId} ${new Date(a.start).toISOString().slice(5, 16)} ${a.cancelled ? 'cancelled' : 'active'}`,
    )
    .sort();
}

/** Practice `p`'s portal by appointment id, with what it shows: `id patient start state type | location | provider`. */
export function portalFull(h: Harness, p = 0): string[] {
  return portalAppointments(sandboxDir(h), h.settings.practices[p]!.practiceId)
    .map(
      (a) =>
        `${a.appointmentId} ${a.patientId} ${new Date(a.start).toISOString().slice(5, 16)} ${a.cancelled ? 'cancelled' : 'active'} ${a.type} | ${a.location} | ${a.providerName}`,
    )
    .sort();
}

/** Active appointments per patient and start: one with two is one visit shown twice. */
export function twice(h: Harness, p = 0): string[] {
  const n = new Map<string, number>();
  for (const l of portal(h, p).filter((x) => x.endsWith(' active'))) {
    const key = l.split(' ').slice(0, 2).join(' ');
    n.set(key, (n.get(key) ?? 0) + 1);
  }
  return [...n].filter(([, c]) => c > 1).map(([k]) => k);
}
