// The preload exposes exactly the contract as `window.connector`: one method per contract entry
// on its `connector:<method>` channel, events only on the listed channels, no ipcRenderer leak.
import { beforeAll, describe, expect, it } from 'vitest';
import { fake, resetFakeElectron } from '../support/fake-electron.ts';
import { INVOKE_METHODS, type ConnectorApi } from '../../preload/ipc-contract.ts';

describe('preload', () => {
  let api: ConnectorApi;
  beforeAll(async () => {
    resetFakeElectron();
    await import('../../preload/preload.ts');
    api = fake.exposed.get('connector') as ConnectorApi;
  });

  it('exposes one function per contract method plus on(), and nothing else', () => {
    expect([...fake.exposed.keys()]).toEqual(['connector']);
    expect(Object.keys(api).sort()).toEqual([...INVOKE_METHODS, 'on'].sort());
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('invokes connector:<method> with at most one argument', async () => {
    fake.ipcRenderer.reply = (channel, args) => ({ channel, args });
    await expect(api.getJob('job-7')).resolves.toEqual({ channel: 'connector:getJob', args: ['job-7'] });
    const loose = api.getStatus as unknown as (...a: unknown[]) => Promise<unknown>;
    await expect(loose('x', 'y')).resolves.toEqual({ channel: 'connector:getStatus', args: ['x'] });
  });

  it('delivers event payloads without the IPC event, unsubscribes, and refuses unknown channels', () => {
    const got: unknown[] = [];
    const off = api.on('jobs:changed', (p) => got.push(p));
    fake.ipcRenderer.emit('jobs:changed', { sender: 'secret' }, { jobId: 'j1' });
    off();
    fake.ipcRenderer.emit('jobs:changed', { sender: 'secret' }, { jobId: 'j2' });
    expect(got).toEqual([{ jobId: 'j1' }]);
    const anyOn = api.on as unknown as (c: string, l: () => void) => void;
    expect(() => anyOn('connector:getJob', () => {})).toThrow(/Unknown event channel/);
  });
});
