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
  const l = await openLedger();
  await l.record([as(a1, 'NEW')], 'job-1');
  await l.record([as(moved, 'UPDATE')], 'job-2');
  expect(await l.release(['1'], 'job-1')).toEqual([]); // job-1's ERROR arrived after job-2 sent
  expect(l.decide(moved)).toEqual({ send: false, reason: 'unchanged' });
  expect(await l.release(['1', 'unknown'], 'job-2')).toEqual(['1']);
  expect(await l.release(['1'], 'job-2')).toEqual([]);
});
