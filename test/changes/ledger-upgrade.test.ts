// A practice's sent ledger as the release before the case-blind fingerprint wrote it (lines with
// `fp` only: previous-release-ledger.ts), opened by this one. What must hold: no appointment sent
// twice, no UPDATE for a name that changed only in capitals, a real change still an UPDATE, a
// cancelled visit stays cancelled and an active one is cancelled once; and the lines this release
// writes still carry the previous release's `fp`, so the app put back to it sends nothing again.
// Outcomes worked out by hand before the first run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LEDGER_FILE, SentLedger, type ChangeDecision } from '../../main/changes/index.ts';
import { reviveAppointment } from '../../main/changes/ledger-entry.ts';
import type { Appointment } from '../../main/model/appointment.ts';
import { appt } from './appointment-factory.ts';
import {
  previousReleaseFingerprint,
  previousReleaseLine,
  previousReleaseTombstone,
} from './previous-release-ledger.ts';

let dir: string;
const open: SentLedger[] = [];
async function openLedger(): Promise<SentLedger> {
  const l = await SentLedger.open(dir, { now: () => new Date('2027-02-26T12:00:00Z') });
  open.push(l);
  return l;
}
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-upgrade-'))));
afterEach(async () => {
  for (const l of open.splice(0)) await l.close().catch(() => undefined);
  fs.rmSync(dir, { recursive: true, force: true });
});
const file = () => path.join(dir, LEDGER_FILE);
const write = (lines: string[]) => fs.writeFileSync(file(), lines.join(''));
const metas = () =>
  fs
    .readFileSync(file(), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => ({
      meta: JSON.parse(l.slice(0, l.indexOf('\t'))) as Record<string, unknown>,
      body: l.slice(l.indexOf('\t') + 1),
    }));

/** Visit `id` of patient P-id, every 15 minutes from Monday 2027-03-01 14:00Z. */
const named = (id: number, lastName: string, firstName = 'Sina', over: Partial<Appointment> = {}) => {
  const a = appt(id, new Date(Date.UTC(2027, 2, 1, 14) + (id - 1) * 15 * 60_000).toISOString(), over);
  return { ...a, patient: { ...a.patient, firstName, lastName } };
};
const AT = '2027-02-25T09:00:00.000Z';
/** What the previous release sent for visit 1: FA'AMOANA in its proper case, Fa'Amoana. */
const SENT = named(1, "Fa'Amoana");

async function sendFile(ledger: SentLedger, rows: Appointment[]) {
  const ds = rows.map((a) => ledger.decide(a));
  const toSend = rows.flatMap((a, i) =>
    ds[i]!.send ? [{ ...a, status: ds[i]!.send as Appointment['status'] }] : [],
  );
  await ledger.record(toSend);
  return { ds, sent: toSend.map((a) => `${a.status} ${a.appointmentId}`) };
}
const what = (d: ChangeDecision) => (d.send ? d.send : d.reason);

describe('a ledger the previous release wrote', () => {
  it("Fa'Amoana as it was sent, read now as Fa'amoana, FA'AMOANA or with spaces: nothing to send", async () => {
    write([previousReleaseLine(SENT, AT, { job: 'j1' })]);
    const ledger = await openLedger();
    for (const lastName of ["Fa'amoana", "FA'AMOANA", " Fa'Amoana ", "fa'amoana"])
      expect(what(ledger.decide(named(1, lastName)))).toBe('unchanged');
    expect(what(ledger.decide(named(1, "Fa'Amoana", 'SINA')))).toBe('unchanged');
  });

  it('a real change of the name still goes: a married name, a typo fixed, an apostrophe', async () => {
    write([previousReleaseLine(SENT, AT, { job: 'j1' })]);
    const ledger = await openLedger();
    expect(what(ledger.decide(named(1, "Fa'amoana-Leota")))).toBe('UPDATE');
    expect(what(ledger.decide(named(1, "Fa'amoana", 'Sian')))).toBe('UPDATE');
    expect(what(ledger.decide(named(1, 'Faamoana')))).toBe('UPDATE');
  });

  it('200 visits sent, the same export again with every name in capitals: not one UPDATE; one moved: that one', async () => {
    const sent = Array.from({ length: 200 }, (_, i) => ({
      ...named(i + 1, `Lindholm-${i + 1}`, 'Greta'),
      status: 'NEW' as const,
    }));
    write(sent.map((a) => previousReleaseLine(a, AT, { job: 'j1' })));
    const ledger = await openLedger();
    const capitals = sent.map((a) => ({
      ...a,
      patient: { ...a.patient, firstName: 'GRETA', lastName: a.patient.lastName.toUpperCase() },
      participant: { ...a.participant, providerName: 'ELENA HARGREAVES' },
      location: 'MAIN STREET CLINIC',
    }));
    expect((await sendFile(ledger, capitals)).sent).toEqual([]);
    capitals[41] = { ...capitals[41]!, start: new Date('2027-03-09T15:00:00Z') };
    expect((await sendFile(ledger, capitals)).sent).toEqual(['UPDATE 42']);
  });

  it('a visit it cancelled stays cancelled; one it booked is cancelled once, the name in other capitals', async () => {
    const booked = named(2, "O'Neill", 'Patrick');
    write([
      previousReleaseLine(SENT, AT, { job: 'j1' }),
      previousReleaseLine(booked, AT, { job: 'j1' }),
      previousReleaseLine({ ...SENT, status: 'CANCEL' }, '2027-02-25T10:00:00.000Z', { job: 'j2' }),
    ]);
    const ledger = await openLedger();
    const cancel = (a: Appointment): Appointment => ({ ...a, status: 'CANCEL' });
    expect(what(ledger.decide(cancel(named(1, "FA'AMOANA"))))).toBe('already-cancelled');
    const once = await sendFile(ledger, [cancel(named(2, "O'NEILL", 'PATRICK'))]);
    expect(once.sent).toEqual(['CANCEL 2']);
    await ledger.close();
    const again = await openLedger();
    expect(what(again.decide(cancel(named(2, "O'Neill", 'Patrick'))))).toBe('already-cancelled');
    // booked again after the cancel: it comes back to the portal, whatever the capitals
    expect(what(again.decide(named(1, "Fa'amoana")))).toBe('UPDATE');
  });

  it('an UPDATE refused (ERROR) goes again with the same content; a forgotten id is NEW', async () => {
    write([
      previousReleaseLine(SENT, AT, { job: 'j1' }),
      previousReleaseLine({ ...SENT, status: 'UPDATE' }, '2027-02-25T10:00:00.000Z', {
        job: 'j2',
        unsettled: true,
      }),
      previousReleaseLine(named(3, 'Brown', 'Lisa'), AT, { job: 'j1' }),
      previousReleaseTombstone('3', '2027-02-25T11:00:00.000Z'),
    ]);
    const ledger = await openLedger();
    expect(what(ledger.decide(named(1, "Fa'Amoana")))).toBe('UPDATE');
    expect(what(ledger.decide(named(3, 'BROWN', 'LISA')))).toBe('NEW');
  });

  it('lines written since keep the previous release’s fp (put back, it sends nothing again) and carry fd; compaction keeps them; a reopen decides the same', async () => {
    write([
      previousReleaseLine(SENT, AT, { job: 'j1' }),
      previousReleaseLine(named(2, "O'Neill", 'Patrick'), AT, { job: 'j1' }),
    ]);
    const ledger = await openLedger();
    expect(what(ledger.decide(named(1, "Fa'amoana")))).toBe('unchanged'); // line 1 compared: fd worked out
    const moved = { ...named(4, 'Kim', 'Min'), status: 'NEW' as const };
    await ledger.record([moved]);
    await ledger.compact();
    const lines = metas();
    expect(lines.map((l) => l.meta.id)).toEqual(['1', '2', '4']);
    for (const l of lines) expect(l.meta.fp).toBe(previousReleaseFingerprint(reviveAppointment(l.body)));
    // fd where known: the line compared and the one written; line 2 was never asked
    expect(lines.map((l) => typeof l.meta.fd)).toEqual(['string', 'undefined', 'string']);
    await ledger.close();
    const again = await openLedger();
    expect(what(again.decide(named(1, "FA'AMOANA")))).toBe('unchanged');
    expect(what(again.decide(named(2, "O'NEILL", 'PATRICK')))).toBe('unchanged');
    expect(what(again.decide(named(4, 'KIM', 'MIN')))).toBe('unchanged');
    expect(what(again.decide(named(4, 'Kim', 'Min', { location: 'Lakeside Clinic' })))).toBe('UPDATE');
  });

  it('the previous release reading this one’s lines: each fp is its own fingerprint of the body as sent', async () => {
    const ledger = await openLedger();
    await ledger.record([
      { ...named(1, "Fa'amoana"), status: 'NEW' },
      { ...named(2, 'Brown', 'Lisa'), status: 'NEW' },
    ]);
    await ledger.record([{ ...named(2, 'Brown', 'Lisa'), status: 'CANCEL' }]);
    const lines = metas();
    expect(lines).toHaveLength(3);
    for (const l of lines) {
      expect(l.meta.v).toBe(1);
      expect(l.meta.fp).toBe(previousReleaseFingerprint(reviveAppointment(l.body)));
    }
    expect(lines.map((l) => l.meta.c)).toEqual([false, false, true]);
  });
});
