// IPC guards both ways: our window showing our page is answered; another webContents, a foreign
// origin, a subframe or a malformed argument is refused with a fixed message and never reaches
// the service; a failure inside the service does not leak its internals.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { FakeWebContents, fake, resetFakeElectron } from '../support/fake-electron.ts';
import { INVOKE_METHODS, invokeChannel } from '../../preload/ipc-contract.ts';
import type { ConnectorService } from '../../main/app-service/connector-service.ts';

const { registerIpcHandlers, REFUSED_ARGUMENT, REFUSED_SENDER } =
  await import('../../main/desktop/ipc-handlers.ts');
const { isTrustedSender } = await import('../../main/desktop/sender-check.ts');

const indexHtml = path.resolve('dist/renderer/index.html');
const OUR_URL = `${pathToFileURL(indexHtml).href}#history`;

/** Records which methods ran; `getJob('boom')` throws an internal error. */
function recordingService() {
  const calls: Array<[string, unknown]> = [];
  const service = new Proxy({} as ConnectorService, {
    get: (_t, method: string) => async (arg: unknown) => {
      if (method === 'getJob' && arg === 'boom') throw new Error('ENOENT /home/secret/path/history.jsonl');
      calls.push([method, arg]);
      return { ok: true, method };
    },
  });
  return { service, calls };
}

describe('IPC handlers', () => {
  let ours: FakeWebContents;
  let calls: Array<[string, unknown]>;
  const warnings: string[] = [];

  beforeEach(() => {
    resetFakeElectron();
    warnings.length = 0;
    ours = new FakeWebContents();
    const rec = recordingService();
    calls = rec.calls;
    const trusted = new Set([ours.id]);
    registerIpcHandlers(rec.service, (e) => isTrustedSender(e, trusted, { indexHtml }), {
      warn: (m) => warnings.push(m),
      error: () => {},
    });
  });

  it('registers exactly one handler per contract method', () => {
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual(INVOKE_METHODS.map(invokeChannel).sort());
  });

  it('answers a well-formed call from our window', async () => {
    await expect(fake.ipcMain.invoke('connector:getJob', ours, OUR_URL, 'job-1')).resolves.toEqual({
      ok: true,
      method: 'getJob',
    });
    await fake.ipcMain.invoke('connector:listJobs', ours, OUR_URL, { failedOnly: true, search: '2026' });
    await fake.ipcMain.invoke('connector:getSettings', ours, OUR_URL);
    expect(calls).toEqual([
      ['getJob', 'job-1'],
      ['listJobs', { failedOnly: true, search: '2026' }],
      ['getSettings', undefined],
    ]);
  });

  it('refuses a foreign webContents, a foreign origin, a subframe-less sender and a navigated page', async () => {
    const stranger = new FakeWebContents();
    await expect(fake.ipcMain.invoke('connector:getJob', stranger, OUR_URL, 'job-1')).rejects.toThrow(
      REFUSED_SENDER,
    );
    await expect(
      fake.ipcMain.invoke('connector:getJob', ours, 'https://evil.example/#history', 'job-1'),
    ).rejects.toThrow(REFUSED_SENDER);
    await expect(
      fake.ipcMain.invoke('connector:getJob', ours, 'file:///tmp/other.html', 'job-1'),
    ).rejects.toThrow(REFUSED_SENDER);
    await expect(fake.ipcMain.invoke('connector:getJob', ours, null, 'job-1')).rejects.toThrow(
      REFUSED_SENDER,
    );
    const subframe = fake.ipcMain.handlers.get('connector:getJob')!(
      {
        sender: ours,
        senderFrame: { url: OUR_URL, parent: {} },
      },
      'job-1',
    );
    await expect(subframe).rejects.toThrow(REFUSED_SENDER);
    expect(calls).toEqual([]);
    expect(warnings.length).toBe(5);
  });

  it('the review calls: ours is answered with its job id, a stranger is refused', async () => {
    const confirm = {
      practice: 'North Clinic',
      jobId: 'job-7',
      columns: [{ field: 'status', column: 'Status', confidence: 1 }],
      answers: { statusWords: [{ word: 'Umgebucht', meaning: 'cancel' }], sheet: 'Waitlist' },
    };
    const sheet = { jobId: 'job-7', sheet: 'Waitlist' };
    // The same call picks a sheet of the sample export in the settings (no job held yet).
    const sampleSheet = { file: '/home/frontdesk/lists.xlsx', practice: 'North Clinic', sheet: 'Waitlist' };
    await fake.ipcMain.invoke('connector:openReview', ours, OUR_URL, 'job-7');
    await fake.ipcMain.invoke('connector:previewHeldFile', ours, OUR_URL, 'job-7');
    await fake.ipcMain.invoke('connector:previewSheet', ours, OUR_URL, sheet);
    await fake.ipcMain.invoke('connector:previewSheet', ours, OUR_URL, sampleSheet);
    await fake.ipcMain.invoke('connector:confirmMapping', ours, OUR_URL, confirm);
    expect(calls).toEqual([
      ['openReview', 'job-7'],
      ['previewHeldFile', 'job-7'],
      ['previewSheet', sheet],
      ['previewSheet', sampleSheet],
      ['confirmMapping', confirm],
    ]);
    const stranger = new FakeWebContents();
    for (const [method, arg] of [
      ['openReview', 'job-7'],
      ['previewHeldFile', 'job-7'],
      ['previewSheet', sheet],
      ['previewSheet', sampleSheet],
      ['confirmMapping', confirm],
    ] as const) {
      await expect(fake.ipcMain.invoke(`connector:${method}`, stranger, OUR_URL, arg)).rejects.toThrow(
        REFUSED_SENDER,
      );
    }
    expect(calls).toHaveLength(5);
  });

  it('every method refuses a stranger, even with a well-formed argument', async () => {
    const stranger = new FakeWebContents();
    for (const method of INVOKE_METHODS) {
      await expect(fake.ipcMain.invoke(invokeChannel(method), stranger, OUR_URL), method).rejects.toThrow(
        REFUSED_SENDER,
      );
    }
    expect(calls).toEqual([]);
  });

  it('refuses malformed arguments for each kind of method', async () => {
    const bad: Array<[string, unknown[]]> = [
      ['getJob', [42]],
      ['getJob', ['']],
      ['getJob', ['a\u0000b']],
      ['getJob', ['job-1', 'extra']],
      ['getStatus', ['unexpected']],
      ['dailyCounts', [1.5]],
      ['dailyCounts', [10_000]],
      ['listJobs', [{ failedOnly: 'yes' }]],
      ['listJobs', [{ search: 'x', __proto__: { polluted: true }, extra: 1 }]],
      ['setRetentionDays', [-1]],
      ['setStartAtLogin', ['true']],
      ['setSecrets', [{ credentialKey: 'north', values: { password: 42 } }]],
      ['setSecrets', [{ credentialKey: 'north', values: { apiKey: 'x' } }]],
      ['savePractice', [{ name: 'North' }]],
      ['previewExport', [{ file: 5 }]],
      ['saveMapping', [{ practice: 'North', columns: [{ field: 'start', column: 'Date', confidence: 2 }] }]],
      ['openReview', [{ jobId: 'job-1' }]],
      ['openReview', ['/home/frontdesk/inbox/processing/job-1-export.csv'.repeat(10)]],
      ['previewHeldFile', [7]],
      ['previewSheet', [{ jobId: 'job-1', sheet: '' }]],
      ['previewSheet', [{ jobId: 'job-1', sheet: 'Waitlist', file: '/etc/passwd' }]],
      ['previewSheet', [{ file: '/srv/lists.xlsx', practice: 7, sheet: 'Waitlist' }]],
      [
        'confirmMapping',
        [{ practice: 'North', file: '/tmp/x.csv', jobId: 'job-1', columns: [], answers: {} }],
      ],
      ['confirmMapping', [{ practice: 'North', jobId: 'job-1', columns: [], answers: { dateOrder: 'dmy' } }]],
    ];
    for (const [method, args] of bad) {
      await expect(
        fake.ipcMain.invoke(`connector:${method}`, ours, OUR_URL, ...args),
        method,
      ).rejects.toThrow(REFUSED_ARGUMENT);
    }
    expect(calls).toEqual([]);
  });

  it('a failure inside the service comes back as a plain message without paths', async () => {
    const err = await fake.ipcMain.invoke('connector:getJob', ours, OUR_URL, 'boom').catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toMatch(/Something went wrong \(getJob\)/);
    expect((err as Error).message).not.toContain('/home/secret');
  });
});
