// Red-team probes (round 59d) of remembered answers reaching files they were never given for, on
// the real engine and the sandbox: the day/month order one export's data proved (practice memory)
// meeting another system's export in the same inbox, after a restart too (the memory read back
// from disk), at another practice of the same engine; a status word answered from the command line
// at one practice meeting the other practice's held file; a file answered, then edited and dropped
// again. Outcomes were worked out by hand BEFORE the first run; a probe named FAULT sent wrong
// before its fix.
// Calendar, by hand: Toronto is on standard time (UTC-5) until 14 March 2027 and on daylight time
// (UTC-4) after: 4 March 09:00 is 14:00Z, 25 March 09:00 is 13:00Z, 3 April 09:00 is 13:00Z.
// Toronto's region writes dates both ways, so nothing but the file (or memory) settles 03/04/2027.
import fs from 'node:fs';
import { settledOnce } from './support/portal-drops.ts';
import os from 'node:os';
import path from 'node:path';
import { startSandbox, type SandboxHandle } from '../../main/sandbox/server.ts';
import {
  confirmMapping,
  createHarness,
  dropExport,
  final,
  settledJob,
  type Harness,
} from './support/engine-harness.ts';
import { EVENTS_FILE } from '../../main/sandbox/store.ts';
import { practiceMemoryFile } from '../../main/engine/practice-folder.ts';

let shared: { sandbox: SandboxHandle; dir: string };
beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sandbox-59d-'));
  shared = { sandbox: await startSandbox({ dataDir: dir, processingDelayMs: 50 }), dir };
});
afterAll(async () => {
  await shared.sandbox.close();
  fs.rmSync(shared.dir, { recursive: true, force: true });
});

const TORONTO = { timeZone: 'America/Toronto' };
async function engine(c: Ctx, practices = 1): Promise<Harness> {
  const h = await createHarness({
    shared,
    practices,
    over: Array.from({ length: practices }, () => TORONTO),
    tuning: { inboxCheckMs: 300 },
  });
  c.onTestFinished(() => h.close());
  fs.mkdirSync(h.dataDir, { recursive: true });
  fs.writeFileSync(path.join(h.dataDir, 'settings.json'), JSON.stringify(h.settings));
  await h.start();
  return h;
}
type Ctx = { onTestFinished: (fn: () => Promise<void>) => void };

/** Every appointment the sandbox accepted for these practice ids, as `ACTION id start(minute)`. */
function sentTo(h: Harness, practiceIds: string[]): string[] {
  const file = path.join(h.sandboxDir, EVENTS_FILE);
  if (!fs.existsSync(file)) return [];
  const out: string[] = [];
  for (const l of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!l.trim()) continue;
    const e = JSON.parse(l) as {
      type: string;
      job?: {
        practiceId: string;
        items: Array<{ action: string; appointment: { appointmentId: string; start: string } }>;
      };
    };
    if (e.type !== 'accepted' || !e.job || !practiceIds.includes(e.job.practiceId)) continue;
    for (const i of e.job.items)
      out.push(
        `${i.action} ${i.appointment.appointmentId} ${new Date(i.appointment.start).toISOString().slice(0, 16)}`,
      );
  }
  return out;
}

/** Drop `text` as `name` into practice `i`'s inbox; its job once final, and what went meanwhile
 *  as `ACTION id start` (of this engine's practices only: the sandbox is shared). */
async function put(h: Harness, name: string, text: string, i = 0) {
  const mine = () =>
    sentTo(
      h,
      h.settings.practices.map((p) => p.practiceId),
    );
  const before = new Set(h.jobs().map((j) => j.id));
  const n = mine().length;
  dropExport(h.inbox(i), name, text);
  const seen = await h.waitFor((js) => js.some((j) => !before.has(j.id) && final(j)), 30_000);
  await new Promise((r) => setTimeout(r, 400));
  const job = await settledOnce(h, seen, before);
  return { job, sent: mine().slice(n) };
}

// The practice's schedule (layout A) and a second system's list (layout B), CRLF as exported.
const crlf = (lines: string[]) => lines.map((l) => `${l}\r\n`).join('');
const A_HEAD = 'Appt ID,Chart #,Patient,DOB,Date,Time,Provider,Status';
const layoutA = (date: string, ids = ['A1', 'A2']) =>
  crlf([
    A_HEAD,
    `${ids[0]},1001,"Smith, John",11/02/1961,${date},09:00,"Lee, Anna MD",Scheduled`,
    `${ids[1]},1002,"Garcia, Maria",12/03/1962,${date},10:00,"Lee, Anna MD",Scheduled`,
  ]);
const layoutB = (date: string) =>
  crlf([
    'Appointment ID,MRN,Patient Name,Birth Date,Appointment Date,Start Time,Doctor,Visit Status',
    `B3,1003,"Nguyen, Thanh",05/06/1970,${date},09:00,"Lee, Anna MD",Booked`,
    `B4,1004,"Okafor, Chidi",07/08/1971,${date},10:00,"Lee, Anna MD",Booked`,
  ]);

describe('the day/month order one export proved, and another system’s export', () => {
  it('FAULT layout A proves day-first (25/03/2027); layout B’s 03/04/2027 is held, never sent as 3 April unasked', async (c) => {
    const h = await engine(c);
    const a = await put(h, 'schedule.csv', layoutA('25/03/2027'));
    expect(a.job.state).toBe('processed');
    expect(a.sent.sort()).toEqual(['NEW A1 2027-03-25T13:00', 'NEW A2 2027-03-25T14:00']);
    const b = await put(h, 'lab-list.csv', layoutB('03/04/2027'));
    expect(b.job.state).toBe('held');
    expect(b.job.doubts!.map((d) => d.kind)).toContain('date-order');
    expect(b.sent).toEqual([]);
  });

  it('layout A proves day-first; a later layout A file of 04/03/2027 goes as 4 March, no question', async (c) => {
    const h = await engine(c);
    expect((await put(h, 'schedule.csv', layoutA('25/03/2027'))).job.state).toBe('processed');
    const later = await put(h, 'schedule-2.csv', layoutA('04/03/2027', ['A5', 'A6']));
    expect(later.job.state).toBe('processed');
    expect(later.sent.sort()).toEqual(['NEW A5 2027-03-04T14:00', 'NEW A6 2027-03-04T15:00']);
  });

  it('FAULT after a restart (the memory read back from disk): layout B is still held, layout A still day-first', async (c) => {
    const h = await engine(c);
    expect((await put(h, 'schedule.csv', layoutA('25/03/2027'))).job.state).toBe('processed');
    const memory = JSON.parse(
      fs.readFileSync(practiceMemoryFile(h.dataDir, h.settings.practices[0]!), 'utf8'),
    );
    expect(memory.dateOrder).toMatchObject({ order: 'DMY', source: 'data', headers: A_HEAD.split(',') });
    await h.stopEngine();
    await h.start();
    const b = await put(h, 'lab-list.csv', layoutB('03/04/2027'));
    expect(b.job.state).toBe('held');
    expect(b.sent).toEqual([]);
    const a = await put(h, 'schedule-2.csv', layoutA('04/03/2027', ['A5', 'A6']));
    expect(a.sent.sort()).toEqual(['NEW A5 2027-03-04T14:00', 'NEW A6 2027-03-04T15:00']);
  });

  it('layout B whose own data proves month-first (03/24/2027) goes by its data, 24 March', async (c) => {
    const h = await engine(c);
    expect((await put(h, 'schedule.csv', layoutA('25/03/2027'))).job.state).toBe('processed');
    const b = await put(h, 'lab-list.csv', layoutB('03/24/2027'));
    expect(b.job.state).toBe('processed');
    expect(b.sent.sort()).toEqual(['NEW B3 2027-03-24T13:00', 'NEW B4 2027-03-24T14:00']);
  });

  it('day-first proved at practice 1: practice 2’s same layout of 03/04/2027 is held (memory is per practice)', async (c) => {
    const h = await engine(c, 2);
    expect((await put(h, 'schedule.csv', layoutA('25/03/2027'))).job.state).toBe('processed');
    const other = await put(h, 'schedule.csv', layoutA('03/04/2027', ['A7', 'A8']), 1);
    expect(other.job.state).toBe('held');
    expect(other.sent).toEqual([]);
  });
});

describe('a status word answered from the command line', () => {
  const pend = (status2: string) =>
    crlf([
      A_HEAD,
      'P1,1001,"Smith, John",1961-02-11,2027-03-25,09:00,"Lee, Anna MD",Pend',
      `P2,1002,"Garcia, Maria",1962-03-12,2027-03-25,10:00,"Lee, Anna MD",${status2}`,
    ]);

  it('Pend answered booked at practice 1: practice 2’s held file of Pend stays held, nothing of it sent', async (c) => {
    const h = await engine(c, 2);
    const other = await put(h, 'pend.csv', pend('Pend'), 1);
    expect(other.job.state).toBe('held');
    const mine = await put(h, 'pend.csv', pend('Pend'));
    expect(mine.job.state).toBe('held');
    await confirmMapping(h, '--status', 'Pend=booked');
    await h.waitFor((js) => js.some((j) => j.id === mine.job.id && j.state === 'processed'), 30_000);
    await new Promise((r) => setTimeout(r, 800));
    expect((await settledJob(h, other.job.id)).state).toBe('held');
    expect(sentTo(h, [h.settings.practices[1]!.practiceId])).toEqual([]);
  });

  it('Pend answered booked, then the file edited (P2 now "Pend Cxl") and dropped again: held, P2 never booked', async (c) => {
    const h = await engine(c);
    const first = await put(h, 'pend.csv', pend('Pend'));
    expect(first.job.state).toBe('held');
    await confirmMapping(h, '--status', 'Pend=booked');
    await h.waitFor((js) => js.some((j) => j.id === first.job.id && j.state === 'processed'), 30_000);
    const edited = await put(h, 'pend.csv', pend('Pend Cxl'));
    expect(edited.job.state).toBe('held');
    expect(edited.sent).toEqual([]);
  });
});
