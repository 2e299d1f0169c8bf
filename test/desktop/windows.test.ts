// The window manager's routes: *Review* opens the settings window on a held file's route, or, when
// the settings window is already open, moves that same window to the route (one settings window).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { FakeBrowserWindow, resetFakeElectron } from '../support/fake-electron.ts';
import { reviewRoute } from '../../preload/ipc-contract.ts';

const { createWindowManager, pageUrl } = await import('../../main/desktop/windows.ts');

const pages = { indexHtml: path.resolve('dist/renderer/index.html') };
const page = pathToFileURL(pages.indexHtml).href;

describe('window routes', () => {
  beforeEach(() => resetFakeElectron());

  it('a route only applies to its own window', () => {
    const route = reviewRoute({ practice: 'North Clinic', jobId: 'job-7' });
    expect(pageUrl(pages, 'settings', route)).toBe(`${page}#settings?practice=North+Clinic&job=job-7`);
    expect(pageUrl(pages, 'history', route)).toBe(`${page}#history`);
    expect(pageUrl(pages, 'settings', 'settingsx')).toBe(`${page}#settings`);
  });

  it('opens the review in a new settings window, or moves the open one to it', async () => {
    const windows = createWindowManager({ pages, preload: '/preload.cjs' });
    const first = windows.open('settings', reviewRoute({ practice: 'North Clinic', jobId: 'job-7' }));
    expect(FakeBrowserWindow.created).toHaveLength(1);
    const fakeWin = FakeBrowserWindow.created[0]!;
    await Promise.resolve();
    expect(fakeWin.webContents.url).toBe(`${page}#settings?practice=North+Clinic&job=job-7`);
    const again = windows.open('settings', reviewRoute({ practice: 'South Clinic', jobId: 'job-9' }));
    expect(again).toBe(first);
    expect(FakeBrowserWindow.created).toHaveLength(1);
    await Promise.resolve();
    expect(fakeWin.webContents.url).toBe(`${page}#settings?practice=South+Clinic&job=job-9`);
    expect(fakeWin.focused).toBe(1);
    // Plain "Settings…" from the tray leaves an open review where it is.
    windows.open('settings');
    await Promise.resolve();
    expect(fakeWin.webContents.url).toBe(`${page}#settings?practice=South+Clinic&job=job-9`);
  });
});
