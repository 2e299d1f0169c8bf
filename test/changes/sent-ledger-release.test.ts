// SentLedger.release: what the ledger keeps and drops when Medfusion processed a sent appointment
// as ERROR (issue 10 item 3). Real ledger files in a temp folder, reopened to prove the lines.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SentLedger } from '../../main/changes/index.ts';
import type { Appointment } from '../../main/model/appointment.ts';
import { appt } from './appointment-factory.ts';

let dir: string;
const open: SentLedger[] = [];
async function openLedger(): Promise<SentLedger> {
  const l = await SentLedger.open(dir, { now: () => new Date('2026-12-13T12:00:00Z') });
  open.push(l);
  return l;
}
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-release-'))));
afterEach(async () => {
  for (const l of open.splice(0)) await l.close().catch(() => undefined);
  fs.rmSync(dir, { recursive: true, force: true });
});

const DAY = { from: new Date('2026-12-14T00:00:00Z'), to: new Date('2026-12-14T23:59:59Z') };
const a1 = appt(1, '2026-12-14T08:00:00Z');
const moved = { ...a1, start: new Date('2026-12-14T09:00:00Z') };
/** What the engine records: the appointment with the status it was sent with. */
const as = (a: Appointment, status: Appointment['status']): Appointment => ({ ...a, status });

async function reopened(l: SentLedger): Promise<SentLedger> {
  await l.close();
  return openLedger();
}

test('refused NEW: the id is dropped, so it goes as NEW again and snapshot mode never cancels it', async () => {
  let l = await openLedger();
  await l.record([as(a1, 'NEW')], 'job-1');
  expect(await l.release(['1'], 'job-1')).toEqual(['1']);
  l = await reopened(l);
  expect(l.get('1')).toBeUndefined();
  expect(l.decide(a1)).toEqual({ send: 'NEW' }); // unchanged content is sent again
  expect(l.decide(moved)).toEqual({ send: 'NEW' }); // a change is NEW, not UPDATE of an unknown id
  expect(l.cancellationsForSnapshot(DAY, new Set())).toEqual([]);
});

test('refused UPDATE: the entry stays (snapshot, identity) but the same content is sent again as UPDATE', async () => {
  let l = await openLedger();
  await l.record([as(a1, 'NEW')], 'job-1');
  await l.record([as(moved, 'UPDATE')], 'job-2'); // Medfusion still holds the 08:00 version
  expect(await l.release(['1'], 'job-2')).toEqual(['1']);
  l = await reopened(l);
  const d = l.decide(moved);
  expect(d.send).toBe('UPDATE');
  expect(d.send && d.previous?.appointment.patient.patientId).toBe('P-1');
  // Gone from the file: Medfusion has it, so a snapshot without it cancels it.
  expect(l.cancellationsForSnapshot(DAY, new Set()).map((c) => [c.appointmentId, c.status])).toEqual([
    ['1', 'CANCEL'],
  ]);
});

test('refused CANCEL: the cancel is sent again', async () => {
  let l = await openLedger();
  await l.record([as(a1, 'NEW')], 'job-1');
  await l.record([as(a1, 'CANCEL')], 'job-2');
  await l.release(['1'], 'job-2');
  l = await reopened(l);
  expect(l.decide(as(a1, 'CANCEL')).send).toBe('CANCEL');
});

test("another job's verdict leaves a later send alone; a second release changes nothing", async () => {
  // Job 1's refused send was an UPDATE (Medfusion holds job 0's NEW): job 2's later UPDATE stands.
  // (Round 53e: when job 1's refused send is the NEW job 2 built on, the id is dropped instead:
  // the 'verdicts that cross' tests below.)
  const l = await openLedger();
  await l.record([as(a1, 'NEW')], 'job-0');
  await l.record([as({ ...a1, type: 'Recheck' }, 'UPDATE')], 'job-1');
  await l.record([as(moved, 'UPDATE')], 'job-2');
  expect(await l.release(['1'], 'job-1')).toEqual([]); // job-1's ERROR arrived after job-2 sent
  expect(l.decide(moved)).toEqual({ send: false, reason: 'unchanged' });
  expect(await l.release(['1', 'unknown'], 'job-2')).toEqual(['1']);
  expect(await l.release(['1'], 'job-2')).toEqual([]);
});

// Round 53e: the verdicts of two jobs cross. Job 1's NEW is refused, but its verdict is read after
// job 2 sent an UPDATE (or CANCEL) of the same id on the ledger's word that job 1's NEW was sent.
// Medfusion holds no version of the id: whichever verdict comes first, the id must go as NEW next.
describe('verdicts that cross: the NEW under a later UPDATE refused', () => {
  test("job 1's refusal read first (job 2's verdict pending): dropped, the next send is NEW", async () => {
    let l = await openLedger();
    await l.record([as(a1, 'NEW')], 'job-1');
    await l.record([as(moved, 'UPDATE')], 'job-2');
    expect(await l.release(['1'], 'job-1')).toEqual(['1']);
    l = await reopened(l);
    expect(l.decide(moved)).toEqual({ send: 'NEW' });
    // Job 2's ERROR afterwards finds nothing left to release.
    expect(await l.release(['1'], 'job-2')).toEqual([]);
    expect(l.decide(moved)).toEqual({ send: 'NEW' });
  });

  test("job 2's refusal read first (unsettled UPDATE), then job 1's: dropped, NEW; the newBy mark survives a reopen", async () => {
    let l = await openLedger();
    await l.record([as(a1, 'NEW')], 'job-1');
    await l.record([as(moved, 'UPDATE')], 'job-2');
    expect(await l.release(['1'], 'job-2')).toEqual(['1']);
    l = await reopened(l);
    expect(l.decide(moved).send).toBe('UPDATE');
    expect(await l.release(['1'], 'job-1')).toEqual(['1']);
    expect(l.decide(moved)).toEqual({ send: 'NEW' });
  });

  test('a CANCEL built on the refused NEW: dropped too (a cancel of an id never stored is not sent)', async () => {
    const l = await openLedger();
    await l.record([as(a1, 'NEW')], 'job-1');
    await l.record([as(a1, 'CANCEL')], 'job-2');
    expect(await l.release(['1'], 'job-1')).toEqual(['1']);
    expect(l.decide(as(a1, 'CANCEL'))).toEqual({ send: false, reason: 'cancel-never-sent' });
  });

  test('two UPDATEs on one NEW: the mark is carried on; an UPDATE on a NEW that went through is not dropped', async () => {
    const l = await openLedger();
    await l.record([as(a1, 'NEW')], 'job-1');
    await l.record([as(moved, 'UPDATE')], 'job-2');
    await l.record([as(a1, 'UPDATE')], 'job-3');
    expect(l.get('1')!.newBy).toBe('job-1');
    // Job 2's UPDATE refused while job 3's came later: job 3's verdict speaks (left alone).
    expect(await l.release(['1'], 'job-2')).toEqual([]);
    // A NEW sent again (after a release) starts afresh: no mark.
    await l.record([as(a1, 'NEW')], 'job-4');
    expect(l.get('1')!.newBy).toBeUndefined();
    expect(await l.release(['1'], 'job-1')).toEqual([]);
  });
});
