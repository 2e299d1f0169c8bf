// Story 4, booted from the build: an export the connector is not sure of is held whole (nothing
// sent), reviewed in the settings preview and sent. The file writes its dates as 03/04/2027 (day
// or month first?) and uses a status word the importer does not know ('Umgebucht'). A person opens
// the file's details in the history, presses *Review*, answers both questions in the settings
// window (day first; 'Umgebucht' means booked) and presses *Confirm and send held files*. The
// sandbox then holds exactly the three appointments worked out by hand below, and nothing else
// from the file was ever sent.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_TIMEOUT, bootApp, until, type BootedApp } from './boot-app.ts';
import { hasChromium, hasSecretService } from '../support/system-components.ts';

const runs = hasChromium() && hasSecretService();

// Every date has day and month ≤ 12, so the file itself cannot settle the order; 'Umgebucht'
// (German: rebooked) is no status word the importer knows. Birth dates are ISO (not in doubt).
const HELD_FILE = [
  'Appointment ID,Patient ID,First Name,Last Name,Date of Birth,Appointment Date,Start Time,Provider,Status',
  'HR-1001,P-501,Ana,Example,1980-01-15,03/04/2027,09:00,Dr Demo Provider,Booked',
  'HR-1002,P-502,Ben,Example,1975-06-30,05/04/2027,10:30,Dr Demo Provider,Umgebucht',
  'HR-1003,P-503,Cleo,Example,1992-11-02,06/04/2027,14:15,Dr Demo Provider,Booked',
  '',
].join('\r\n');

// Worked out by hand. The practice's zone is UTC, which names no region, so nothing settles the
// order and the file must be held (a zone such as America/Denver would settle month-first).
// Day first: 3, 5 and 6 April 2027, at the file's times in UTC. 'Umgebucht' answered as booked:
// all three are NEW. Read month first they would have been 4 March, 4 May and 4 June: wrong
// appointments on the portal.
const EXPECTED = [
  { action: 'NEW', appointmentId: 'HR-1001', patientId: 'P-501', start: '2027-04-03T09:00:00.000Z' },
  { action: 'NEW', appointmentId: 'HR-1002', patientId: 'P-502', start: '2027-04-05T10:30:00.000Z' },
  { action: 'NEW', appointmentId: 'HR-1003', patientId: 'P-503', start: '2027-04-06T14:15:00.000Z' },
];

interface PracticeView {
  name: string;
  inbox: string;
  timeZone: string;
  secretsSet?: unknown;
}
interface Bridge {
  connector: {
    finishFirstRun(): Promise<unknown>;
    getSettings(): Promise<{ practices: PracticeView[] }>;
    savePractice(p: Omit<PracticeView, 'secretsSet'>): Promise<{ ok: boolean; message?: string }>;
  };
}

interface Accepted {
  type: string;
  job?: {
    appointmentIds: string[];
    items: Array<{
      action: string;
      appointment: { appointmentId: string; patientId: string; start: string };
    }>;
  };
}

/** Every document the sandbox accepted, from its event log (what it keeps across restarts). */
function acceptedDocuments(dataDir: string): NonNullable<Accepted['job']>[] {
  const file = path.join(dataDir, 'sandbox', 'sandbox-events.jsonl');
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Accepted)
    .filter((e) => e.type === 'accepted')
    .map((e) => e.job!);
}

describe.skipIf(!runs)(
  'a held file, reviewed in the settings preview and sent',
  { timeout: E2E_TIMEOUT },
  () => {
    let app: BootedApp;
    let inbox: string;
    beforeAll(async () => {
      app = await bootApp();
      const wizard = await app.window('wizard');
      const saved = await wizard.evaluate(async () => {
        const c = (window as unknown as Bridge).connector;
        await c.finishFirstRun();
        const { secretsSet: _ignored, ...practice } = (await c.getSettings()).practices[0]!;
        // The practice's own zone (not this computer's), so the expected instants are fixed.
        return c.savePractice({ ...practice, timeZone: 'UTC' });
      });
      expect(saved.ok).toBe(true);
      inbox = await wizard.evaluate(
        async () => (await (window as unknown as Bridge).connector.getSettings()).practices[0]!.inbox,
      );
      app.openWindows()[0]!.close();
      // The first start's demo export goes out first.
      await until(() => acceptedDocuments(app.dataDir).length === 1, 'the demo export being sent');
    });
    afterAll(async () => {
      if (app) expect(await app.quit()).toBe(0);
    });

    it('holds the file whole, with both questions, and sends nothing from it', async () => {
      fs.writeFileSync(path.join(inbox, '.week.csv.part'), HELD_FILE);
      fs.renameSync(path.join(inbox, '.week.csv.part'), path.join(inbox, 'week.csv'));
      app.tray().clickItem('history');
      const history = await app.window('history');
      const row = history.locator('tr[data-job-id]', { hasText: 'week.csv' });
      await row.getByText('Held for review').waitFor({ timeout: 30_000 });
      await row.click();
      const details = history.getByRole('dialog');
      await details.getByText('Waiting for you to check how this file is read').waitFor();
      const doubts = await details.locator('.doubt').allTextContents();
      expect(doubts).toHaveLength(2);
      expect(doubts.join('\n')).toContain('Umgebucht');
      expect(doubts.join('\n')).toMatch(/03\/04\/2027|05\/04\/2027|06\/04\/2027/);
      expect(acceptedDocuments(app.dataDir)).toHaveLength(1); // the demo only
      expect(app.state.problems).toEqual([]);
    });

    it('Review → answer both questions → Confirm: exactly the expected appointments reach the sandbox', async () => {
      const history = await app.window('history');
      await history.getByRole('dialog').getByRole('button', { name: 'Review', exact: true }).click();
      const settings = await app.window('settings');
      expect(new URL(settings.url()).hash).toMatch(/^#settings\?practice=.*&job=/);
      const preview = settings.getByRole('region', { name: 'Check how a held file is read' });
      await preview.getByText(/week\.csv.* is waiting for you: nothing from it has been sent/).waitFor();
      const confirm = preview.getByRole('button', { name: 'Confirm and send held files' });
      expect(await confirm.isDisabled()).toBe(true); // nothing answered yet

      await preview.getByRole('group', { name: '‘Umgebucht’ means:' }).getByLabel('Booked').check();
      const dates = preview.getByRole('group', { name: 'The dates in this file are written:' });
      // The file's own dates, read both ways, so the person can tell which is right.
      await dates.getByRole('cell', { name: '03/04/2027' }).waitFor();
      await dates.getByLabel('Day first (31/12/2026)').check();
      await settings.screenshot({ path: 'test/screenshots/e2e-settings-held-file-review.png' });
      await confirm.click();

      const row = history.locator('tr[data-job-id]', { hasText: 'week.csv' });
      await row.getByText('Processed', { exact: true }).first().waitFor({ timeout: 30_000 });
      const docs = acceptedDocuments(app.dataDir);
      expect(docs).toHaveLength(2);
      const sent = docs[1]!.items
        .map((i) => ({
          action: i.action,
          appointmentId: i.appointment.appointmentId,
          patientId: i.appointment.patientId,
          start: new Date(i.appointment.start).toISOString(),
        }))
        .sort((a, b) => a.appointmentId.localeCompare(b.appointmentId));
      expect(sent).toEqual(EXPECTED);
      // The file was filed as sent, once, and no copy is left waiting.
      expect(fs.readdirSync(inbox).filter((f) => f === 'week.csv')).toEqual([]);
      expect(await history.locator('tr[data-job-id]', { hasText: 'week.csv' }).count()).toBe(1);
      expect(app.state.problems).toEqual([]);
    });
  },
);
