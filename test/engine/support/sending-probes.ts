// The harness the sending red teams share (redteam-round-53e, redteam-round-53k): a real engine
// against the local sandbox in Chicago, exports put in and waited for until their job is final,
// and the one day of visits (day-visits.ts) as sent, moved and cancelled, with the portal after each.
import fs from 'node:fs';
import path from 'node:path';
import { dropExport, final, harnessFor, type Harness } from './engine-harness.ts';
import { sandboxDir, settledOnce } from './portal-drops.ts';
import { sentItems, type SentItem } from './sandbox-log.ts';
import { DAY, OWN, csv, lf, table, line, DAY_PORTAL, chart, hourOf } from './day-visits.ts';
import type { PracticeSettings } from '../../../main/model/settings.ts';

export type Finished = (fn: () => Promise<void>) => void;
export const POST = 'appointmentsdata' as const;

export interface Start {
  batchSize?: number;
  over?: Partial<PracticeSettings>;
  giveUpAfterMs?: number;
  requestTimeoutMs?: number;
  clock?: () => Date;
  expiresInSec?: number;
}

export async function start(onTestFinished: Finished, o: Start = {}): Promise<Harness> {
  const h = await harnessFor(onTestFinished, {
    over: [{ timeZone: 'America/Chicago', ...o.over }],
    ...(o.requestTimeoutMs ? { requestTimeoutMs: o.requestTimeoutMs } : {}),
    ...(o.clock ? { clock: o.clock } : {}),
    ...(o.expiresInSec ? { sandbox: { expiresInSec: o.expiresInSec } } : {}),
    tuning: {
      inboxCheckMs: 300,
      pollPolicy: { firstMs: 50, capMs: 200, giveUpAfterMs: o.giveUpAfterMs ?? 10_000 },
    },
  });
  if (o.batchSize) h.settings.batchSize = o.batchSize;
  await h.start();
  return h;
}

export { final };
export const sent = (h: Harness): SentItem[] => sentItems(sandboxDir(h));
export const acts = (items: SentItem[]) => items.map((s) => `${s.action} ${s.appointmentId}`);
export const job = (h: Harness, name: string) => h.jobs().find((j) => j.file === name);
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Put an export in (optionally with its modification time), wait until its job is final and a
 *  moment more; the job and what the sandbox received meanwhile. ERROR verdicts are allowed. */
export async function put(h: Harness, name: string, text: string, written?: Date) {
  const before = new Set(h.jobs().map((j) => j.id));
  const n = sent(h).length;
  write(h, name, text, written);
  const seen = await h.waitFor((js) => js.some((j) => !before.has(j.id) && final(j)));
  await sleep(400);
  const job = await settledOnce(h, seen, before);
  return { job, sent: sent(h).slice(n) };
}

/** `text`: a string (written as UTF-8) or the file's bytes (another encoding). */
export function write(h: Harness, name: string, text: string | Uint8Array, written?: Date) {
  if (!written) return dropExport(h.inbox(), name, text);
  const part = path.join(h.inbox(), `${name}.part`);
  fs.writeFileSync(part, text);
  fs.utimesSync(part, written, written);
  fs.renameSync(part, path.join(h.inbox(), name));
}

/** Wait until the file's job has every batch accepted by Medfusion (a DataJobId). */
export const accepted = (h: Harness, name: string) =>
  h.waitFor((js) => {
    const j = js.find((x) => x.file === name);
    return !!j && j.batches.length > 0 && j.batches.every((b) => b.dataJobId);
  });
export const settled = (h: Harness, names: string[]) =>
  h.waitFor((js) => names.every((n) => js.some((j) => j.file === n && final(j))));

/** Verdicts that cross: a.csv (the day) books A3 for a deactivated patient (ERROR), its verdict
 *  read only after b.csv (`second`) was sent too; then the patient is back and c.csv (`third`)
 *  goes. What the sandbox got for a and b, and c's job and sends. */
export async function crossingVerdicts(h: Harness, second: string, third: string) {
  h.sandbox.faults.deactivatePatients([chart(3)]);
  h.sandbox.faults.set({ route: 'status', status: 503, times: 'always' });
  write(h, 'a.csv', BASE);
  await accepted(h, 'a.csv');
  write(h, 'b.csv', second);
  await accepted(h, 'b.csv');
  h.sandbox.faults.clear();
  await settled(h, ['a.csv', 'b.csv']);
  await sleep(400);
  const first = sent(h);
  h.sandbox.faults.reactivatePatients([chart(3)]);
  return { first, c: await put(h, 'c.csv', third) };
}

/** The day as sent once, the same schedule written with LF line ends (new bytes, same visits). */
export const BASE = csv(OWN, DAY());
export const SAME = lf(table(OWN, DAY()));
/** Visit 3 moved 10:00 → 15:00 / cancelled; visit 3 on the portal after each. */
export const MOVED = csv(
  OWN,
  DAY((k) => (k === 3 ? { time: '15:00' } : {})),
);
export const MOVED_SAME = lf(
  table(
    OWN,
    DAY((k) => (k === 3 ? { time: '15:00' } : {})),
  ),
);
export const CANCELLED = csv(
  OWN,
  DAY((k) => (k === 3 ? { status: 'Cancelled' } : {})),
);
export const CANCELLED_SAME = lf(
  table(
    OWN,
    DAY((k) => (k === 3 ? { status: 'Cancelled' } : {})),
  ),
);
export const MOVED_CANCELLED = csv(
  OWN,
  DAY((k) => (k === 3 ? { time: '15:00', status: 'Cancelled' } : {})),
);
export const A3_MOVED = [...DAY_PORTAL.filter((l) => !l.startsWith(chart(3))), line(3, 1, 15)].sort();
export const A3_CANCELLED = [
  ...DAY_PORTAL.filter((l) => !l.startsWith(chart(3))),
  line(3, 1, hourOf(3), 'cancelled'),
].sort();
export const TEN_NEW = Array.from({ length: 10 }, (_, i) => `NEW A${i + 1}`);

export const HTML_PAGE =
  '<!DOCTYPE html><html><head><title>Sign in</title></head><body><form action="/login">Sign in to the network</form></body></html>';

/** A ProcessingStatus document, as the vendor's captures show it (spec §4). */
export function statusDoc(messages: Array<{ id?: string; state: string; error?: string }>): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<ns2:ProcessingStatus xmlns:ns2="http://schema.intuit.com/health/v1"><DataJobId>dj-1</DataJobId>',
    ...messages.map(
      (m, i) =>
        `<Message><MessageId>m-${i}</MessageId>${m.id ? `<PracticeResourceId>${m.id}</PracticeResourceId>` : ''}` +
        `<Status><State>${m.state}</State><StatusDate>2027-03-01T09:00:00</StatusDate></Status>` +
        (m.error
          ? `<Error><Code>APPNT_CORE_SRV_014</Code><Description>${m.error}</Description><Severity>FATAL</Severity></Error>`
          : '') +
        '</Message>',
    ),
    '</ns2:ProcessingStatus>',
  ].join('');
}

/** A person accepts the cancellations a held job asks about, and the file is read again now (or
 *  at the next inbox check, which may take it first): waits until it is processed. */
export async function acceptAndRelease(h: Harness, jobId: string): Promise<void> {
  const engine = h.running!.engine;
  const said = await engine.acceptCancellations(jobId);
  if (!said.ok) throw new Error(said.message);
  await engine.releaseHeld('Practice 1');
  await h.waitFor((js) => js.some((j) => j.id === jobId && j.state === 'processed' && final(j)));
  await sleep(400);
}
