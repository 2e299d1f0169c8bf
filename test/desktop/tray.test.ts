// The tray follows engine status events only: icon and tooltip per state, theme-aware icons, and
// each menu item calling the right action.
import { beforeEach, describe, expect, it } from 'vitest';
import { FakeTray, fake, resetFakeElectron } from '../support/fake-electron.ts';
import { createStatusFeed, problem, status } from '../support/status-feed.ts';
import type { TrayActions } from '../../main/desktop/tray-menu.ts';
import type { PracticeStatus } from '../../main/model/status-and-jobs.ts';

const { setupTray } = await import('../../main/desktop/setup-tray.ts');

function actions(
  inboxes = [{ practice: 'Demo practice', folder: '/data/demo-inbox' }],
): TrayActions & { calls: string[]; loginOn: boolean } {
  const calls: string[] = [];
  const a = {
    calls,
    loginOn: false,
    inboxes: () => inboxes,
    openFolder: (folder: string) => calls.push(`open:${folder}`),
    openHistory: () => calls.push('history'),
    sendNow: () => calls.push('rescan'),
    pause: (length: string) => calls.push(`pause:${length}`),
    resume: () => calls.push('resume'),
    openSettings: () => calls.push('settings'),
    isStartAtLogin: () => a.loginOn,
    setStartAtLogin: (on: boolean) => {
      a.loginOn = on;
      calls.push(`login:${on}`);
    },
    quit: () => calls.push('quit'),
  };
  return a;
}

const NOW = new Date('2026-11-25T15:00:00');

function line(name: string, over: Partial<PracticeStatus> = {}): PracticeStatus {
  return {
    name,
    credentialKey: name.toLowerCase().replace(/\W+/g, '-'),
    testMode: false,
    watching: true,
    waitingInInbox: 0,
    inProgress: 0,
    signInRefused: false,
    problems: 0,
    ...over,
  };
}

describe('tray', () => {
  beforeEach(() => resetFakeElectron());

  it('changes icon and tooltip as the engine goes idle → working → attention → error', () => {
    const feed = createStatusFeed(status({ counts: { sentToday: 0, queued: 0, failed: 0 } }));
    setupTray(feed, actions(), { assetsDir: '/assets', now: () => NOW });
    const tray = FakeTray.created[0]!;
    expect(tray.images.at(-1)).toBe('/assets/tray/tray-ok-light.png');
    expect(tray.tooltip).toContain('All well');
    expect(tray.tooltip).toContain('Nothing sent yet');

    feed.push(status({ state: 'working', counts: { sentToday: 3, queued: 1, failed: 0 } }));
    expect(tray.images.at(-1)).toBe('/assets/tray/tray-working-light.png');
    expect(tray.tooltip).toContain('Sending');

    feed.push(
      status({
        state: 'attention',
        lastSuccessAt: new Date('2026-11-25T09:12:00').toISOString(),
        counts: { sentToday: 42, queued: 0, failed: 1 },
        problems: [problem('rows-1')],
      }),
    );
    expect(tray.images.at(-1)).toBe('/assets/tray/tray-attention-light.png');
    expect(tray.tooltip).toMatch(/Needs attention\nLast sent today 0?9:12[^\n]*\n42 appointments sent today/);

    feed.push(status({ state: 'error', problems: [problem('auth', { kind: 'credentials' })] }));
    expect(tray.images.at(-1)).toBe('/assets/tray/tray-error-light.png');
    expect(tray.tooltip).toContain('Sign-in refused'); // the problem named, not only 'Not working'
    expect(tray.tooltip.length).toBeLessThanOrEqual(127);
  });

  it('a file held for review turns the tray amber and says so, while the rest goes on', () => {
    const feed = createStatusFeed(
      status({ state: 'working', counts: { sentToday: 5, queued: 1, failed: 0 } }),
    );
    setupTray(feed, actions(), { assetsDir: '/assets', now: () => NOW });
    const tray = FakeTray.created[0]!;
    expect(tray.tooltip).not.toMatch(/review/);
    const review = problem('review:North Clinic', { kind: 'review', practice: 'North Clinic' });
    // Another file is still being sent: amber anyway, the held one waits for a person.
    feed.push(
      status({
        state: 'working',
        counts: { sentToday: 5, queued: 1, failed: 0, held: 1 },
        problems: [review],
      }),
    );
    expect(tray.images.at(-1)).toBe('/assets/tray/tray-attention-light.png');
    expect(tray.tooltip.split('\n')).toEqual([
      'Appointment Connector: Needs attention',
      '1 file waiting for review',
      'Nothing sent yet',
      '5 appointments sent today',
    ]);
    feed.push(
      status({ state: 'idle', counts: { sentToday: 5, queued: 0, failed: 0, held: 3 }, problems: [review] }),
    );
    expect(tray.tooltip).toContain('3 files waiting for review');
    // Not working is still red: the held files are not the worst news.
    feed.push(
      status({ state: 'error', counts: { sentToday: 5, queued: 0, failed: 0, held: 3 }, problems: [review] }),
    );
    expect(tray.images.at(-1)).toBe('/assets/tray/tray-error-light.png');
    expect(tray.tooltip.length).toBeLessThanOrEqual(127);
    feed.push(status({ counts: { sentToday: 8, queued: 0, failed: 0, held: 0 } }));
    expect(tray.images.at(-1)).toBe('/assets/tray/tray-ok-light.png');
    expect(tray.tooltip).not.toMatch(/review/);
  });

  it('uses the dark-theme icons when the OS theme turns dark', () => {
    const feed = createStatusFeed(status({ state: 'working' }));
    setupTray(feed, actions(), { assetsDir: '/a', now: () => NOW });
    const tray = FakeTray.created[0]!;
    fake.nativeTheme.shouldUseDarkColors = true;
    fake.nativeTheme.emit('updated');
    expect(tray.images.at(-1)).toBe('/a/tray/tray-working-dark.png');
  });

  it('menu: Send now → rescan, timed pauses, Resume once paused, Start at login, Quit', () => {
    const feed = createStatusFeed();
    const a = actions();
    setupTray(feed, a, { assetsDir: '/a', now: () => NOW });
    const tray = FakeTray.created[0]!;
    expect(tray.menu.map((i) => i.label).filter(Boolean)).toEqual([
      'Open history',
      'Send now',
      'Pause for 1 hour',
      'Pause until tomorrow',
      'Open inbox folder',
      'Settings…',
      'Start at login',
      'Quit',
    ]);
    tray.clickItem('send-now');
    tray.clickItem('pause-hour');
    tray.clickItem('pause-tomorrow');
    expect(a.calls).toEqual(['rescan', 'pause:hour', 'pause:tomorrow']);

    // Every practice paused: Resume instead of the pauses, and Send now is disabled.
    feed.push(status({ practices: [line('Demo practice', { pausedUntil: '2026-11-25T16:00:00.000Z' })] }));
    expect(tray.menu.map((i) => i.id)).not.toContain('pause-hour');
    expect(tray.menu.find((i) => i.id === 'resume')?.label).toBe('Resume');
    expect(() => tray.clickItem('send-now')).toThrow(/disabled/);
    // The app-wide pause too.
    feed.push(status({ paused: true }));
    expect(() => tray.clickItem('send-now')).toThrow(/disabled/);
    tray.clickItem('resume');
    tray.clickItem('history');
    tray.clickItem('inbox');
    tray.clickItem('settings');
    tray.clickItem('start-at-login');
    expect(tray.menu.find((i) => i.id === 'start-at-login')?.checked).toBe(false); // redrawn on next status
    feed.push(status());
    expect(tray.menu.find((i) => i.id === 'start-at-login')?.checked).toBe(true);
    tray.clickItem('quit');
    expect(a.calls).toEqual([
      'rescan',
      'pause:hour',
      'pause:tomorrow',
      'resume',
      'history',
      'open:/data/demo-inbox',
      'settings',
      'login:true',
      'quit',
    ]);
  });

  it('says TEST MODE honestly: for every practice, for one by name, or how many of how many', () => {
    const feed = createStatusFeed(status({ practices: [line('Demo practice', { testMode: true })] }));
    setupTray(feed, actions(), { assetsDir: '/a', now: () => NOW });
    const tray = FakeTray.created[0]!;
    expect(tray.tooltip.split('\n')[1]).toBe('TEST MODE: nothing reaches patients');
    feed.push(status({ practices: [line('Demo practice', { testMode: true }), line('Main Street Clinic')] }));
    expect(tray.tooltip.split('\n')[1]).toBe('TEST MODE for Demo practice: it reaches no patients');
    feed.push(
      status({
        practices: [line('A', { testMode: true }), line('B', { testMode: true }), line('Main Street Clinic')],
      }),
    );
    expect(tray.tooltip.split('\n')[1]).toBe('TEST MODE for 2 of 3 practices: they reach no patients');
    feed.push(status({ practices: [line('Main Street Clinic')] }));
    expect(tray.tooltip).not.toMatch(/TEST MODE/);
    expect(tray.tooltip.length).toBeLessThanOrEqual(127);
  });

  it('says which practice is paused and until when', () => {
    const until = new Date('2026-11-25T16:00:00').toISOString();
    const feed = createStatusFeed(
      status({ practices: [line('Main Street Clinic', { pausedUntil: until }), line('North Clinic')] }),
    );
    setupTray(feed, actions(), { assetsDir: '/a', now: () => NOW });
    const tray = FakeTray.created[0]!;
    expect(tray.tooltip.split('\n')[1]).toMatch(/^Main Street Clinic paused until (0?4:00|16:00)/);
    // A paused practice offers Resume, and the pauses stay for the others.
    expect(tray.menu.find((i) => i.id === 'resume')?.label).toBe('Resume');
    expect(tray.menu.map((i) => i.id)).toContain('pause-hour');
  });

  it('Open inbox folder: one submenu entry per practice when there are several', () => {
    const feed = createStatusFeed();
    const a = actions([
      { practice: 'North Clinic', folder: '\\\\share\\north' },
      { practice: 'South Clinic', folder: '/srv/south' },
    ]);
    setupTray(feed, a, { assetsDir: '/a', now: () => NOW });
    const tray = FakeTray.created[0]!;
    const inbox = tray.menu.find((i) => i.id === 'inbox')!;
    expect(inbox.submenu?.map((i) => i.label)).toEqual(['North Clinic', 'South Clinic']);
    tray.clickItem('inbox-1');
    expect(a.calls).toEqual(['open:/srv/south']);
  });

  it('stops listening when disposed', () => {
    const feed = createStatusFeed();
    const handle = setupTray(feed, actions(), { assetsDir: '/a', now: () => NOW });
    expect(feed.listenerCount()).toBe(1);
    handle.dispose();
    expect(feed.listenerCount()).toBe(0);
    expect(FakeTray.created[0]!.destroyed).toBe(true);
  });
});
