// The status panel's practice buttons as the service runs them: the pause's end is worked out
// from the length the window names (never a time from the window), Resume ends the pause and
// retries a refused sign-in, Open inbox opens the practice's own folder and says so when it is gone.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createPracticeActions } from '../../main/app-service/practice-actions.ts';
import type { ConnectorServiceDeps, EngineControl } from '../../main/app-service/service-deps.ts';
import type { PracticeSettings } from '../../main/model/settings.ts';
import { createStatusFeed, problem, status } from '../support/status-feed.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function setup(over: Partial<EngineControl> = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'practice-actions-'));
  dirs.push(dir);
  const inbox = path.join(dir, 'inbox');
  fs.mkdirSync(inbox);
  const practice = { name: 'Main Street Clinic', credentialKey: 'main-street', inbox } as PracticeSettings;
  const calls: string[] = [];
  const opened: string[] = [];
  const feed = createStatusFeed();
  const engine = {
    ...feed,
    pausePractice: async (name: string, until: Date) => {
      calls.push(`pause:${name}:${until.toISOString()}`);
      return { ok: true as const };
    },
    endPracticePause: (name: string) => (calls.push(`end:${name}`), true),
    resumePractice: (name: string) => void calls.push(`signin:${name}`),
    checkPracticeNow: async (name: string) => (calls.push(`check:${name}`), { ok: true as const }),
    ...over,
  } as unknown as EngineControl;
  const now = new Date(2026, 10, 25, 15, 20);
  const deps = {
    engine,
    now: () => now,
    host: { openFolder: (f: string) => (opened.push(f), '') },
  } as unknown as ConnectorServiceDeps;
  const actions = createPracticeActions(deps, async (name) =>
    name === practice.name ? practice : undefined,
  );
  return { actions, calls, opened, feed, inbox, now };
}

describe('practice actions', () => {
  it('pauses for an hour or until 06:00 tomorrow, worked out here', async () => {
    const s = setup();
    const hour = await s.actions.pausePractice({ practice: 'Main Street Clinic', length: 'hour' });
    expect(hour.ok).toBe(true);
    const tomorrow = await s.actions.pausePractice({ practice: 'Main Street Clinic', length: 'tomorrow' });
    expect(tomorrow.message).toMatch(/^Main Street Clinic is paused until tomorrow .*wait in the inbox/);
    expect(s.calls).toEqual([
      `pause:Main Street Clinic:${new Date(2026, 10, 25, 16, 20).toISOString()}`,
      `pause:Main Street Clinic:${new Date(2026, 10, 26, 6, 0).toISOString()}`,
    ]);
    expect(await s.actions.pausePractice({ practice: 'Nobody', length: 'hour' })).toMatchObject({
      ok: false,
    });
  });

  it('Resume ends the pause, and tries a refused sign-in again (its problem found by key, whatever name it was raised under)', async () => {
    const s = setup();
    s.feed.push(
      status({
        problems: [
          // Raised before the practice was renamed Main Street Clinic: the key is what matches.
          problem('credentials:main-street', {
            kind: 'credentials',
            practice: 'Main Street',
            practiceKey: 'main-street',
          }),
        ],
      }),
    );
    expect(await s.actions.resumePractice('Main Street Clinic')).toMatchObject({ ok: true });
    expect(s.calls).toEqual(['end:Main Street Clinic', 'signin:Main Street Clinic']);
  });

  it('Send now and Open inbox act on the practice’s own inbox; a missing folder is said plainly', async () => {
    const s = setup();
    expect((await s.actions.sendNow('Main Street Clinic')).ok).toBe(true);
    expect(s.calls).toEqual(['check:Main Street Clinic']);
    expect(await s.actions.openInbox('Main Street Clinic')).toEqual({ ok: true });
    expect(s.opened).toEqual([s.inbox]);
    fs.rmSync(s.inbox, { recursive: true });
    const gone = await s.actions.openInbox('Main Street Clinic');
    expect(gone.ok).toBe(false);
    expect(gone.message).toContain(`The inbox folder ${s.inbox} of Main Street Clinic cannot be found`);
  });
});
