// Red-team probes (round 62d): a name, provider, location or type that changes only in how it is
// written (capitals, spaces) sends nothing, also against a sent ledger the previous release wrote,
// whose fingerprints compared words as written (main/changes/fingerprint.ts). The real engine on
// the local sandbox; the day of ten visits of day-visits.ts (Chicago, Monday 2027-03-01, CST:
// patient k at 07:00 + k h). Worked out by hand before the first run:
// - the day with Fa'Amoana, O'Neill, D'Angelo in mixed case: 10 NEW. The engine put back to the
//   ledger the previous release would have left (each line's `fd` taken out; `fp` is already its
//   fingerprint), then the same day in capitals (FA'AMOANA → Fa'amoana now): nothing; the portal
//   still shows `Sina Fa'Amoana` (what was sent), each visit once.
// - then a married name for visit 1 (Leota): UPDATE A1, the portal shows Sina Leota.
// - then visit 2 cancelled, its name in capitals: CANCEL A2; the same file again: nothing; A2
//   stays cancelled.
// - the day with the names in capitals, the provider written `Lee, ANNA MD` (read `ANNA Lee, MD`;
//   `Anna Lee, MD` was sent), the location `Main st Clinic` and the type `Follow up   `: nothing
//   (before: 10 UPDATEs, for the provider's capitals); visit 1 moved 30 minutes in that file: one
//   UPDATE A1, carrying the patient's name as the file writes it (Fa'amoana) and the provider's
//   as sent (Anna Lee, MD: the words the portal shows stay, README "What gets sent"; the first
//   run showed the file's `ANNA Lee, MD`, fixed in sent-wording.ts); A2 keeps what was sent.
// - Muñoz, José in mixed case, then an ASCII-only report in capitals (MUNOZ, JOSE): nothing; the
//   portal keeps José Muñoz.
import fs from 'node:fs';
import path from 'node:path';
import { LEDGER_FILE } from '../../main/changes/index.ts';
import { reviveAppointment } from '../../main/changes/ledger-entry.ts';
import { ledgerDir } from '../../main/engine/practice-folder.ts';
import { previousReleaseFingerprint } from '../changes/previous-release-ledger.ts';
import { DAY, DAY_PORTAL, OWN, csv, type Visit } from './support/day-visits.ts';
import { dropAll, engine, portal, sandboxDir, type Outcome } from './support/portal-drops.ts';
import { portalAppointments } from './support/sandbox-log.ts';
import { acts } from './support/sending-probes.ts';
import type { Harness } from './support/engine-harness.ts';

/** Patients 1 to 3: [mixed case, capitals]. */
const NAMES: Array<[string, string]> = [
  ["Fa'Amoana, Sina", "FA'AMOANA, SINA"],
  ["O'Neill, Patrick", "O'NEILL, PATRICK"],
  ["D'Angelo, Maria", "D'ANGELO, MARIA"],
];
const day = (form: 0 | 1, o: (k: number) => Partial<Visit> = () => ({})) =>
  csv(
    OWN,
    DAY((k) => ({ ...(k <= NAMES.length ? { patient: NAMES[k - 1]![form] } : {}), ...o(k) })),
  );
const sentActs = (o: Outcome) => acts(o.sent);
/** What the portal shows of each appointment id asked: `id patient | provider`. */
const names = (h: Harness, ...ids: string[]) => {
  const all = portalAppointments(sandboxDir(h), h.settings.practices[0]!.practiceId);
  return ids.map((id) => {
    const a = all.find((x) => x.appointmentId === id);
    return `${id} ${a?.patientName} | ${a?.providerName}`;
  });
};

/** The engine stopped, its ledger made what the previous release wrote (no `fd`), started again. */
async function asPreviousRelease(h: Harness) {
  await h.stopEngine();
  const file = path.join(ledgerDir(h.dataDir, h.settings.practices[0]!), LEDGER_FILE);
  const lines = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean);
  const old = lines.map((l) => {
    const tab = l.indexOf('\t');
    const meta = JSON.parse(l.slice(0, tab)) as Record<string, unknown>;
    const body = l.slice(tab + 1);
    // its fp is the previous release's fingerprint of what was sent, as that release wrote it
    expect(meta.fp).toBe(previousReleaseFingerprint(reviveAppointment(body)));
    delete meta.fd;
    return `${JSON.stringify(meta)}\t${body}\n`;
  });
  expect(old.length).toBeGreaterThanOrEqual(10);
  fs.writeFileSync(file, old.join(''));
  await h.start();
}

describe('a ledger the previous release wrote, then names in capitals', () => {
  it("FAULT: Fa'Amoana sent, FA'AMOANA read: nothing; a married name: UPDATE; a cancel: once", async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished);
    const [one] = await dropAll(h, [{ name: 'appts.csv', text: day(0) }]);
    expect(sentActs(one!)).toHaveLength(10);
    await asPreviousRelease(h);
    const [two, married, cancel, again] = await dropAll(h, [
      { name: 'appts-2.csv', text: day(1) },
      { name: 'appts-3.csv', text: day(1, (k) => (k === 1 ? { patient: 'Leota, Sina' } : {})) },
      {
        name: 'appts-4.csv',
        text: day(1, (k) => (k === 1 ? { patient: 'Leota, Sina' } : k === 2 ? { status: 'Cancelled' } : {})),
      },
      {
        name: 'appts-5.csv',
        text: day(1, (k) => (k === 1 ? { patient: 'Leota, Sina' } : k === 2 ? { status: 'Cancelled' } : {})),
      },
    ]);
    expect(sentActs(two!)).toEqual([]);
    expect(sentActs(married!)).toEqual(['UPDATE A1']);
    expect(sentActs(cancel!)).toEqual(['CANCEL A2']);
    expect(sentActs(again!)).toEqual([]);
    expect(names(h, 'A1', 'A2', 'A3')).toEqual([
      'A1 Sina Leota | Anna Lee, MD',
      "A2 Patrick O'Neill | Anna Lee, MD",
      "A3 Maria D'Angelo | Anna Lee, MD",
    ]);
    expect(portal(h)).toEqual(
      DAY_PORTAL.map((l) => (l.startsWith('1002 ') ? l.replace('active', 'cancelled') : l)),
    );
  }, 90_000);
});

describe('provider, location and type written otherwise', () => {
  it('FAULT: names in capitals, the provider as Lee, ANNA MD, location and type in other case (type with spaces after it): nothing; one visit moved: that UPDATE, with the patient’s newest writing, the provider’s as sent', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished);
    const loud = (): Partial<Visit> => ({
      provider: 'Lee, ANNA MD',
      location: 'Main st Clinic',
      type: 'Follow up   ',
    });
    const [one, two, moved] = await dropAll(h, [
      { name: 'appts.csv', text: day(0) },
      { name: 'appts-2.csv', text: day(1, loud) },
      { name: 'appts-3.csv', text: day(1, (k) => ({ ...loud(), ...(k === 1 ? { time: '08:30' } : {}) })) },
    ]);
    expect(sentActs(one!)).toHaveLength(10);
    expect(sentActs(two!)).toEqual([]);
    expect(sentActs(moved!)).toEqual(['UPDATE A1']);
    expect(names(h, 'A1', 'A2')).toEqual([
      "A1 Sina Fa'amoana | Anna Lee, MD",
      "A2 Patrick O'Neill | Anna Lee, MD",
    ]);
  }, 90_000);
});

describe('an ASCII-only report', () => {
  it('FAULT: Muñoz, José sent, MUNOZ, JOSE read: nothing; the portal keeps José Muñoz', async ({
    onTestFinished,
  }) => {
    const h = await engine(onTestFinished);
    const munoz = (patient: string) =>
      csv(
        OWN,
        DAY((k) => (k === 4 ? { patient } : {})),
      );
    const [one, two] = await dropAll(h, [
      { name: 'appts.csv', text: munoz('Muñoz, José') },
      { name: 'appts-2.csv', text: munoz('MUNOZ, JOSE') },
    ]);
    expect(sentActs(one!)).toHaveLength(10);
    expect(sentActs(two!)).toEqual([]);
    expect(names(h, 'A4')).toEqual(['A4 José Muñoz | Anna Lee, MD']);
    expect(portal(h)).toEqual(DAY_PORTAL);
  }, 90_000);
});
