// Story 6, booted from the build: *Quit* in the tray while a file's batch is out finishes that
// step, and nothing is lost or doubled. Medfusion (the sandbox) accepts the batch but answers
// slowly, as a busy server does; the person quits meanwhile. The app must wait for the answer and
// record it before it ends; otherwise the batch counts as unanswered and is sent AGAIN at the
// next start (Medfusion would then hold the same document twice). Then the app is started again
// on the same profile (a process of its own, as a person would start it): the file was received
// by Medfusion exactly once, it is in the archive (`processed/<day>/`), nothing is left in the
// inbox or `processing/`, and the history shows it once, processed.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  E2E_TIMEOUT,
  bootApp,
  bootAppInChild,
  sandboxUrl,
  until,
  type BootedApp,
  type ChildApp,
} from './boot-app.ts';
import { hasChromium, hasSecretService } from '../support/system-components.ts';
import { passWizard } from './first-run.ts';

const runs = hasChromium() && hasSecretService();
const SAMPLE = path.resolve('test/fixtures/samples/cliniko_appointments.csv');
const FILE = 'cliniko_appointments.csv';
/** How long the sandbox holds its answer to the accepted batch: far longer than the 0.5 s a
 *  request in flight gets when the command line is stopped, well within a desktop quit's wait. */
const ANSWER_DELAY_MS = 4000;

/** Documents the sandbox accepted, from its event log (kept across restarts), by file content. */
function acceptedHashes(dataDir: string): string[] {
  const file = path.join(dataDir, 'sandbox', 'sandbox-events.jsonl');
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { type: string; job?: { appointmentIds: string[] } })
    .filter((e) => e.type === 'accepted')
    .map((e) => e.job!.appointmentIds.join(','));
}

/** Files under a folder, recursively, as paths relative to it. */
function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => fs.statSync(path.join(dir, f)).isFile())
    .sort();
}

describe.skipIf(!runs)('Quit during a send', { timeout: E2E_TIMEOUT }, () => {
  let app: BootedApp;
  let again: ChildApp | undefined;
  let inbox: string;
  let demoIds: string;
  beforeAll(async () => {
    app = await bootApp();
    inbox = await passWizard(app);
    await until(() => acceptedHashes(app.dataDir).length === 1, 'the demo export being sent');
    demoIds = acceptedHashes(app.dataDir)[0]!;
  });
  afterAll(async () => {
    if (again) await again.quit();
    if (app) {
      await (await app.state.browser)?.close();
      fs.rmSync(app.root, { recursive: true, force: true });
    }
  });

  it('Quit while Medfusion has the batch but has not answered: the app waits for the answer, then ends', async () => {
    const faults = await fetch(`${await sandboxUrl()}/__sandbox/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      // Accepted and recorded at once; the answer comes ANSWER_DELAY_MS later.
      body: JSON.stringify({ route: 'appointmentsdata', phase: 'after', delayMs: ANSWER_DELAY_MS }),
    });
    expect(faults.status).toBe(200);
    fs.copyFileSync(SAMPLE, path.join(inbox, `.${FILE}.part`));
    fs.renameSync(path.join(inbox, `.${FILE}.part`), path.join(inbox, FILE));
    // The batch is out: Medfusion has it, its answer is on the way.
    await until(() => acceptedHashes(app.dataDir).length === 2, 'the batch reaching the sandbox');

    app.tray().clickItem('quit');
    const code = await Promise.race([
      app.state.ended,
      new Promise<string>((r) => setTimeout(() => r('still running after 60 s'), 60_000)),
    ]);
    expect(code).toBe(0);
    expect(app.state.problems).toEqual([]);
    expect(app.state.errorBoxes).toEqual([]);
    // The answer was waited for and recorded: the file is filed as sent, not left in processing/.
    expect(filesUnder(path.join(inbox, 'processing'))).toEqual([]);
  });

  it('started again on the same profile: sent exactly once, archived, shown once in the history', async () => {
    await (await app.state.browser)?.close();
    again = await bootAppInChild({ dataDir: app.dataDir });
    await again.clickTray('history');
    const rowsOf = () =>
      again!.evaluate<string[]>(
        'history',
        `[...document.querySelectorAll('tr[data-job-id]')].map((r) => r.textContent).filter((t) => t.includes(${JSON.stringify(FILE)}))`,
      );
    await expect
      .poll(async () => (await rowsOf().catch(() => [])).join(' | '), { timeout: 30_000 })
      .toMatch(/Processed/);
    // Whatever the second start does with the file is done once its row says Processed.
    const accepted = acceptedHashes(app.dataDir);
    expect(accepted[0]).toBe(demoIds);
    expect(accepted).toHaveLength(2); // the demo and this file, each once
    expect(await rowsOf()).toHaveLength(1);
    expect(fs.readdirSync(inbox).filter((f) => f === FILE)).toEqual([]);
    expect(filesUnder(path.join(inbox, 'processing'))).toEqual([]);
    const archived = filesUnder(path.join(inbox, 'processed')).filter((f) => path.basename(f) === FILE);
    expect(archived).toHaveLength(1);
    expect(fs.readFileSync(path.join(inbox, 'processed', archived[0]!))).toEqual(fs.readFileSync(SAMPLE));
    const s = await again.status();
    expect(s.problems).toEqual([]);
    expect(path.basename(s.tray!.image)).toBe('tray-ok-light.png');
    expect(await again.quit()).toBe(0);
    again = undefined;
  });
});
