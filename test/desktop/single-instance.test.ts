// A second copy of the app does not start a second engine on the same folder: it finds the lock
// taken, quits at once (the first copy gets 'second-instance' and shows its window).
import { describe, expect, it } from 'vitest';
import { FakeBrowserWindow, FakeTray, fake, resetFakeElectron } from '../support/fake-electron.ts';

describe('single instance', () => {
  it('a second copy quits without a tray, window or engine', async () => {
    resetFakeElectron();
    fake.app.lockAvailable = false;
    await import('../../main/desktop/main.ts');
    await new Promise((r) => setTimeout(r, 100));
    expect(fake.app.quitCalls).toBe(1);
    expect(FakeTray.created).toHaveLength(0);
    expect(FakeBrowserWindow.created).toHaveLength(0);
  });
});
