// Change detection against a real ledger file in a temp folder.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  fingerprint,
  LEDGER_FILE,
  LedgerLockedError,
  SentLedger,
  type ChangeDecision,
} from '../../main/changes/index.ts';
import type { Appointment } from '../../main/model/appointment.ts';
import { appt, schedule } from './appointment-factory.ts';

let dir: string;
const open: SentLedger[] = [];
async function openLedger(opts?: Parameters<typeof SentLedger.open>[1]): Promise<SentLedger> {
  const l = await SentLedger.open(dir, { now: () => new Date('2026-12-13T12:00:00Z'), ...opts });
  open.push(l);
  return l;
}
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-test-'))));
afterEach(async () => {
  for (const l of open.splice(0)) await l.close().catch(() => undefined);
  fs.rmSync(dir, { recursive: true, force: true });
});

/** What the engine does: decide each, send what must be sent, record after acceptance. */
async function sendFile(ledger: SentLedger, file: Appointment[]) {
  const decisions = file.map((a) => ({ a, d: ledger.decide(a) }));
  const toSend = decisions.flatMap(({ a, d }) => (d.send ? [{ ...a, status: d.send }] : []));
  await ledger.record(toSend);
  return { decisions: decisions.map(({ d }) => d), toSend };
}
const sends = (ds: ChangeDecision[]) => ds.map((d) => d.send);

describe('fingerprint', () => {
  it('ignores status and key order, sees every other field', () => {
    const a = appt(1, '2026-12-14T08:00:00Z');
    const reordered = Object.fromEntries(Object.entries(a).reverse()) as unknown as Appointment;
    expect(fingerprint({ ...a, status: 'CANCEL' })).toBe(fingerprint(a));
    expect(fingerprint(reordered)).toBe(fingerprint(a));
    expect(fingerprint({ ...a, start: new Date('2026-12-14T08:15:00Z') })).not.toBe(fingerprint(a));
    expect(fingerprint({ ...a, patient: { ...a.patient, email: 'x@example.org' } })).not.toBe(fingerprint(a));
    expect(fingerprint({ ...a, reason: 'checkup' })).not.toBe(fingerprint(a));
  });
});

describe('decisions', () => {
  it('first file: all NEW; the same file again: nothing to send', async () => {
    const ledger = await openLedger();
    const file = schedule(50);
    expect(new Set(sends((await sendFile(ledger, file)).decisions))).toEqual(new Set(['NEW']));
    const again = await sendFile(ledger, schedule(50));
    expect(again.toSend).toHaveLength(0);
    expect(again.decisions.every((d) => d.send === false && d.reason === 'unchanged')).toBe(true);
  });

  it('one changed time gives exactly one UPDATE, carrying the previous record', async () => {
    const ledger = await openLedger();
    await sendFile(ledger, schedule(20));
    const file = schedule(20);
    file[7] = { ...file[7]!, start: new Date('2026-12-14T16:45:00Z') };
    const { toSend, decisions } = await sendFile(ledger, file);
    expect(toSend.map((a) => [a.appointmentId, a.status])).toEqual([['A-7', 'UPDATE']]);
    const d = decisions[7]!;
    expect(d.send === 'UPDATE' && d.previous?.appointment.start.toISOString()).toBe(
      '2026-12-14T09:45:00.000Z',
    );
  });

  it('CANCEL is sent once; again is already-cancelled; for an id never sent it is not sent', async () => {
    const ledger = await openLedger();
    await sendFile(ledger, schedule(3));
    const cancel = { ...schedule(3)[1]!, status: 'CANCEL' as const };
    expect(ledger.decide(cancel).send).toBe('CANCEL');
    await ledger.record([cancel]);
    expect(ledger.decide(cancel)).toEqual({ send: false, reason: 'already-cancelled' });
    expect(ledger.decide({ ...appt('never', '2026-12-14T10:00:00Z'), status: 'CANCEL' })).toEqual({
      send: false,
      reason: 'cancel-never-sent',
    });
  });

  it('an id cancelled and active again later is an UPDATE, even with the same content', async () => {
    const ledger = await openLedger();
    const a = appt(5, '2026-12-14T08:00:00Z');
    await ledger.record([a]);
    await ledger.record([{ ...a, status: 'CANCEL' }]);
    expect(ledger.decide(a).send).toBe('UPDATE');
    await ledger.record([{ ...a, status: 'UPDATE' }]);
    expect(ledger.decide(a)).toEqual({ send: false, reason: 'unchanged' });
  });

  it('forget: an id accepted but then reported as ERROR is NEW again, also after reopening', async () => {
    const ledger = await openLedger();
    const [a, b] = schedule(2);
    await ledger.record([a!, b!]);
    await ledger.forget(['A-0', 'unknown-id']);
    expect(ledger.decide(a!).send).toBe('NEW');
    expect(ledger.decide({ ...a!, status: 'CANCEL' })).toEqual({ send: false, reason: 'cancel-never-sent' });
    await ledger.close();
    const again = await openLedger();
    expect(again.size).toBe(1);
    expect(again.decide(a!).send).toBe('NEW');
    expect(again.decide(b!)).toEqual({ send: false, reason: 'unchanged' });
    await again.compact();
    expect(fs.readFileSync(path.join(dir, LEDGER_FILE), 'utf8').split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('decide writes nothing: a batch not recorded (failed send) is decided the same next time', async () => {
    const ledger = await openLedger();
    const a = appt(1, '2026-12-14T08:00:00Z');
    expect(ledger.decide(a).send).toBe('NEW');
    expect(ledger.decide(a).send).toBe('NEW');
    expect(fs.readFileSync(path.join(dir, LEDGER_FILE), 'utf8')).toBe('');
  });
});

describe('snapshot mode', () => {
  it('cancels exactly the sent appointments missing from the new file inside its range, once', async () => {
    const ledger = await openLedger();
    const mon = schedule(10, '2026-12-14', 'MON');
    const tue = schedule(10, '2026-12-15', 'TUE');
    await sendFile(ledger, [...mon, ...tue]);
    // Earlier cancellation of MON-9 was already sent: it must not be cancelled again.
    await ledger.record([{ ...mon[9]!, status: 'CANCEL' }]);

    // Next export covers Tuesday only and lacks TUE-3 and TUE-8; Monday is outside its range.
    const next = tue.filter((a) => a.appointmentId !== 'TUE-3' && a.appointmentId !== 'TUE-8');
    const range = { from: new Date('2026-12-15T00:00:00Z'), to: new Date('2026-12-15T23:59:59Z') };
    const present = new Set(next.map((a) => a.appointmentId));
    const cancels = ledger.cancellationsForSnapshot(range, present);
    expect(cancels.map((a) => [a.appointmentId, a.status])).toEqual([
      ['TUE-3', 'CANCEL'],
      ['TUE-8', 'CANCEL'],
    ]);
    expect(cancels[0]).toMatchObject({ patient: { patientId: 'P-TUE-3' }, type: 'Office Visit' });
    expect(cancels[0]!.start.toISOString()).toBe(tue[3]!.start.toISOString());

    await ledger.record(cancels);
    expect(ledger.cancellationsForSnapshot(range, present)).toEqual([]);
    // A whole-week range now: Monday's are present nowhere, but MON-9 is already cancelled.
    const week = { from: new Date('2026-12-14T00:00:00Z'), to: new Date('2026-12-20T23:59:59Z') };
    expect(ledger.cancellationsForSnapshot(week, present).map((a) => a.appointmentId)).toEqual(
      mon.slice(0, 9).map((a) => a.appointmentId),
    );
  });

  it('a re-dropped 5,000-appointment snapshot is decided quickly with nothing to send', async () => {
    const ledger = await openLedger();
    await ledger.record(schedule(5000));
    const file = schedule(5000);
    const t0 = performance.now();
    const sent = file.filter((a) => ledger.decide(a).send !== false);
    const cancels = ledger.cancellationsForSnapshot(
      { from: file[0]!.start, to: file.at(-1)!.start },
      new Set(file.map((a) => a.appointmentId)),
    );
    const ms = performance.now() - t0;
    expect(sent).toHaveLength(0);
    expect(cancels).toHaveLength(0);
    expect(ms).toBeLessThan(2000); // generous: it is ~50 ms; this only catches an accidental O(n²)
  });
});

describe('the appointment last sent for a patient id', () => {
  it('is the newest accepted, follows later records, and is looked up again once forgotten', async () => {
    let now = '2026-12-13T12:00:00Z';
    const ledger = await openLedger({ now: () => new Date(now) });
    const of = (id: string, start: string, first: string) => {
      const a = appt(id, start);
      return { ...a, patient: { ...a.patient, patientId: '10452', firstName: first } };
    };
    await ledger.record([of('1', '2027-03-01T09:00:00Z', 'Maria')]);
    now = '2026-12-14T12:00:00Z';
    await ledger.record([of('2', '2027-03-02T09:00:00Z', 'Marie')]);
    expect(ledger.lastForPatient('10452')?.appointmentId).toBe('2');
    expect(ledger.lastForPatient('10453')).toBeUndefined();
    // Reopened: built from the file, the newest wins whatever the order of the lines.
    await ledger.close();
    open.splice(0);
    const again = await openLedger();
    expect(again.lastForPatient('10452')?.appointment.patient.firstName).toBe('Marie');
    await again.forget(['2']);
    expect(again.lastForPatient('10452')?.appointmentId).toBe('1');
    await again.forget(['1']);
    expect(again.lastForPatient('10452')).toBeUndefined();
  });
});

describe("a patient's appointments sent within a range", () => {
  it('are those of the patient ids asked, booked or cancelled, with their provider and start, inclusive at both ends', async () => {
    const ledger = await openLedger();
    const other = { type: 'PROVIDER' as const, identifier: 'jlee', providerName: 'Jane Lee' };
    await ledger.record([
      appt(1, '2027-03-02T15:00:00Z'),
      appt(2, '2027-03-02T20:00:00Z', {
        patient: { ...appt(1, '2027-03-02T15:00:00Z').patient },
        participant: other,
      }),
      appt(3, '2027-03-02T16:00:00Z'), // patient P-3
      appt(4, '2027-03-03T15:00:00Z', { patient: { ...appt(1, '2027-03-02T15:00:00Z').patient } }), // next day
    ]);
    await ledger.record([{ ...appt(1, '2027-03-02T15:00:00Z'), status: 'CANCEL' }]);
    const from = Date.parse('2027-03-02T15:00:00Z');
    const to = Date.parse('2027-03-02T20:00:00Z');
    expect(ledger.sentOfPatients(new Set(['P-1']), { from, to })).toEqual([
      { appointmentId: '1', patientId: 'P-1', providerId: 'eharg', startMs: from, cancelled: true },
      { appointmentId: '2', patientId: 'P-1', providerId: 'jlee', startMs: to, cancelled: false },
    ]);
    expect(ledger.sentOfPatients(new Set(['P-9']), { from, to })).toEqual([]);
  });

  it('sentAny: a patient sent, else the first body passing the test; undefined with too little history', async () => {
    const ledger = await openLedger();
    const tested: string[] = [];
    const jlee = (a: { appointmentId: string; participant: { identifier: string } }) => {
      tested.push(a.appointmentId);
      return a.participant.identifier === 'jlee';
    };
    expect(ledger.sentAny(new Set(['P-1']), jlee, 1)).toBeUndefined();
    await ledger.record([appt(1, '2027-03-02T15:00:00Z'), appt(2, '2027-03-02T16:00:00Z')]);
    expect(ledger.sentAny(new Set(['P-1']), jlee, 3)).toBeUndefined();
    expect(ledger.sentAny(new Set(['P-2']), jlee, 2)).toBe(true);
    expect(tested).toEqual([]);
    expect(ledger.sentAny(new Set(['P-9']), jlee, 2)).toBe(false);
    expect(tested).toEqual(['1', '2']);
    const other = { type: 'PROVIDER' as const, identifier: 'jlee', providerName: 'Jane Lee' };
    await ledger.record([{ ...appt(2, '2027-03-02T16:00:00Z', { participant: other }), status: 'CANCEL' }]);
    expect(ledger.sentAny(new Set(['P-9']), jlee, 2)).toBe(true);
  });

  it('sentAny before a time: an id sent again later (moved) still counts from its first send, after a reopen too; a forgotten one not', async () => {
    let now = new Date('2026-12-13T12:00:00Z');
    const clock = { now: () => now };
    const any = () => true;
    const arrived = Date.parse('2026-12-13T13:00:00Z');
    const ledger = await openLedger(clock);
    await ledger.record([appt(1, '2027-03-02T15:00:00Z'), appt(2, '2027-03-02T16:00:00Z')]);
    now = new Date('2026-12-13T14:00:00Z');
    await ledger.record([
      appt(1, '2027-03-02T17:00:00Z'),
      appt(2, '2027-03-02T18:00:00Z'),
      appt(3, '2027-03-02T19:00:00Z'),
    ]);
    // Two were sent before 13:00 (moved at 14:00), one only after.
    expect(ledger.sentAny(new Set(), any, 2, undefined, arrived)).toBe(true);
    expect(ledger.sentAny(new Set(), any, 3, undefined, arrived)).toBeUndefined();
    await ledger.close();
    const again = await openLedger(clock);
    expect(again.sentAny(new Set(), any, 2, undefined, arrived)).toBe(true);
    await again.forget(['1']);
    expect(again.sentAny(new Set(), any, 2, undefined, arrived)).toBeUndefined();
  });

  it('sentAny before a time: the first send time survives a compaction and the restart after it (automatic and forced)', async () => {
    let now = new Date('2026-12-13T12:00:00Z');
    const clock = { now: () => now, compactMinLines: 4 };
    const any = () => true;
    const arrived = Date.parse('2026-12-13T13:00:00Z');
    const ledger = await openLedger(clock);
    await ledger.record([appt(1, '2027-03-02T15:00:00Z'), appt(2, '2027-03-02T16:00:00Z')]);
    // Moved at 14:00 and 15:00: six lines for two ids, so the ledger compacts (4 lines at least,
    // twice the live entries) and keeps only each id's last line.
    now = new Date('2026-12-13T14:00:00Z');
    await ledger.record([appt(1, '2027-03-02T17:00:00Z'), appt(2, '2027-03-02T18:00:00Z')]);
    now = new Date('2026-12-13T15:00:00Z');
    await ledger.record([
      { ...appt(1, '2027-03-02T17:00:00Z'), status: 'CANCEL' },
      { ...appt(2, '2027-03-02T19:00:00Z'), status: 'UPDATE' },
    ]);
    expect(fs.readFileSync(path.join(dir, LEDGER_FILE), 'utf8').trim().split('\n')).toHaveLength(2);
    await ledger.close();
    // Both were first sent at 12:00, before a file that arrived at 13:00.
    const again = await openLedger(clock);
    expect(again.sentAny(new Set(), any, 2, undefined, arrived)).toBe(true);
    // Forced again, the UPDATE of id 2 unsettled by an ERROR verdict meanwhile: still from 12:00.
    expect(await again.release(['2'], 'no-such-job')).toEqual(['2']);
    await again.compact();
    await again.close();
    const third = await openLedger(clock);
    expect(third.sentAny(new Set(), any, 2, undefined, arrived)).toBe(true);
    // Forgotten and sent again at 16:00: counted from then.
    await third.forget(['1']);
    now = new Date('2026-12-13T16:00:00Z');
    await third.record([appt(1, '2027-03-02T17:00:00Z')]);
    await third.compact();
    await third.close();
    const fourth = await openLedger(clock);
    expect(fourth.sentAny(new Set(), any, 2, undefined, arrived)).toBeUndefined();
    expect(fourth.sentAny(new Set(), any, 1, undefined, arrived)).toBe(true);
  });

  it("sentAny before a time: a ledger written before lines carried their first send time reads it from the id's earlier line", async () => {
    const any = () => true;
    const arrived = Date.parse('2026-12-13T13:00:00Z');
    const body = (start: string) => JSON.stringify(appt(1, start));
    const old = (at: string, start: string) => {
      const b = body(start);
      return `${JSON.stringify({ v: 1, id: '1', fp: at, c: false, t: Date.parse(start), at, n: b.length })}\t${b}\n`;
    };
    fs.writeFileSync(
      path.join(dir, LEDGER_FILE),
      old('2026-12-13T12:00:00.000Z', '2027-03-02T15:00:00Z') +
        old('2026-12-13T14:00:00.000Z', '2027-03-02T17:00:00Z'),
    );
    const ledger = await openLedger();
    expect(ledger.sentAny(new Set(), any, 1, undefined, arrived)).toBe(true);
    await ledger.compact();
    await ledger.close();
    const again = await openLedger();
    expect(again.sentAny(new Set(), any, 1, undefined, arrived)).toBe(true);
  });

  it('sentAny: a patient id counts only when samePerson agrees (a chart number of another practice)', async () => {
    const ledger = await openLedger();
    await ledger.record([appt(1, '2027-03-02T15:00:00Z'), appt(2, '2027-03-02T16:00:00Z')]);
    const nobody = () => false;
    expect(ledger.sentAny(new Set(['P-1']), nobody, 2, () => false)).toBe(false);
    expect(ledger.sentAny(new Set(['P-1']), nobody, 2, () => true)).toBe(true);
  });
});

describe('durability', () => {
  it('survives close and open', async () => {
    const first = await openLedger();
    await first.record(schedule(30));
    await first.record([{ ...schedule(30)[4]!, status: 'CANCEL' }]);
    await first.close();
    const second = await openLedger();
    expect(second.size).toBe(30);
    expect((await sendFile(second, schedule(30))).toSend.map((a) => [a.appointmentId, a.status])).toEqual([
      ['A-4', 'UPDATE'],
    ]);
    expect(second.get('A-5')?.appointment.patient.patientId).toBe('P-A-5');
  });

  it('a torn last line (crash mid-append) is dropped, not fatal, and appends go on cleanly', async () => {
    const l = await openLedger();
    await l.record(schedule(3));
    await l.close();
    const file = path.join(dir, LEDGER_FILE);
    const extra = appt('torn', '2026-12-14T12:00:00Z');
    const line = `{"v":1,"id":"torn","fp":"x","c":false,"t":0,"at":"","n":999}\t${JSON.stringify(extra)}`;
    fs.appendFileSync(file, line.slice(0, 60));
    const again = await openLedger();
    expect(again.loadReport).toMatchObject({ entries: 3, droppedLines: 1 });
    expect(again.decide(extra).send).toBe('NEW');
    await again.record([extra]);
    await again.close();
    const third = await openLedger();
    expect(third.loadReport.droppedLines).toBe(0);
    expect(third.decide(extra)).toEqual({ send: false, reason: 'unchanged' });
  });

  it('a complete last line missing only its line break is treated as torn too', async () => {
    const l = await openLedger();
    await l.record(schedule(2));
    await l.close();
    const file = path.join(dir, LEDGER_FILE);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/\n$/, ''));
    const again = await openLedger();
    expect(again.size).toBe(1);
    expect(fs.readFileSync(file, 'utf8').split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('compaction keeps the same answers and shrinks the file', async () => {
    const l = await openLedger({ compactMinLines: 10 });
    const file = path.join(dir, LEDGER_FILE);
    await l.record(schedule(8));
    for (let round = 0; round < 5; round++) {
      const changed = schedule(8).map((a) => ({
        ...a,
        description: `round ${round}`,
        status: 'UPDATE' as const,
      }));
      await l.record(changed);
    }
    const lines = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean);
    expect(lines.length).toBeLessThan(2 * 8 + 8); // compacted at least once along the way
    const latest = schedule(8).map((a) => ({ ...a, description: 'round 4' }));
    const before = latest.map((a) => l.decide(a));
    await l.compact();
    expect(fs.readFileSync(file, 'utf8').split('\n').filter(Boolean)).toHaveLength(8);
    expect(latest.map((a) => l.decide(a))).toEqual(before);
    expect(before.every((d) => d.send === false)).toBe(true);
    await l.close();
    const reopened = await openLedger();
    expect(latest.map((a) => reopened.decide(a).send)).toEqual(Array(8).fill(false));
    expect(fs.existsSync(`${file}.tmp`)).toBe(false);
  });

  it('holds 20,000 ids across close/open (100k+ is measured in ledger-speed.bench.ts)', async () => {
    const l = await openLedger();
    const all = schedule(20_000);
    await l.record(all);
    await l.close();
    const again = await openLedger();
    expect(again.size).toBe(20_000);
    expect(again.decide(all[19_999]!)).toEqual({ send: false, reason: 'unchanged' });
    expect(again.decide({ ...all[123]!, location: 'Annex' }).send).toBe('UPDATE');
  });
});

describe('one writer per ledger', () => {
  it('refuses a ledger held by another live process, takes it over once that process is gone', async () => {
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)'], { stdio: 'ignore' });
    try {
      const lock = path.join(dir, `${LEDGER_FILE}.lock`);
      fs.writeFileSync(
        lock,
        JSON.stringify({ pid: other.pid, host: os.hostname(), since: '2026-12-13T08:00:00Z' }),
      );
      const err = await openLedger().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(LedgerLockedError);
      expect((err as Error).message).toMatch(new RegExp(`process ${other.pid}`));
      other.kill();
      await new Promise((r) => other.once('exit', r));
      const l = await openLedger();
      expect(JSON.parse(fs.readFileSync(lock, 'utf8')).pid).toBe(process.pid);
      await l.close();
      expect(fs.existsSync(lock)).toBe(false);
    } finally {
      other.kill();
    }
  });

  it('refuses a lock from another computer (the data folder on a shared drive)', async () => {
    const lock = path.join(dir, `${LEDGER_FILE}.lock`);
    fs.writeFileSync(lock, JSON.stringify({ pid: 1, host: 'front-desk-2', since: '2026-12-13T08:00:00Z' }));
    await expect(openLedger()).rejects.toThrow(/front-desk-2/);
  });
});
