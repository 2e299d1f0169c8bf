// One native notification per problem id until it is resolved; never one per retry.
import { beforeEach, describe, expect, it } from 'vitest';
import { FakeNotification, resetFakeElectron } from '../support/fake-electron.ts';
import { createStatusFeed, problem, status } from '../support/status-feed.ts';

const { setupNotifications } = await import('../../main/desktop/setup-notifications.ts');

describe('failure notifications', () => {
  beforeEach(() => resetFakeElectron());

  it('the same problem id 5 times → 1 notification; resolved and back → a new one', () => {
    const feed = createStatusFeed();
    setupNotifications(feed, { onClick: () => {} });
    const unreachable = problem('unreachable:north', { kind: 'unreachable', practice: 'North Clinic' });
    for (let attempt = 0; attempt < 5; attempt++) {
      feed.push(
        status({
          state: 'error',
          problems: [unreachable],
          counts: { sentToday: 0, queued: 1, failed: attempt },
        }),
      );
    }
    expect(FakeNotification.shown).toHaveLength(1);
    expect(FakeNotification.shown[0]!.title).toBe('North Clinic: Problem unreachable:north');
    expect(FakeNotification.shown[0]!.body).toBe('Open the history for details.');

    feed.push(status({ state: 'working' })); // resolved
    expect(FakeNotification.shown).toHaveLength(1);
    feed.push(status({ state: 'error', problems: [unreachable] }));
    expect(FakeNotification.shown).toHaveLength(2);
  });

  it('a second, different problem is announced while the first lasts', () => {
    const feed = createStatusFeed(status({ state: 'attention', problems: [problem('a')] }));
    setupNotifications(feed, { onClick: () => {} });
    expect(FakeNotification.shown).toHaveLength(1); // a problem already present at start is announced once
    feed.push(status({ state: 'attention', problems: [problem('a'), problem('b')] }));
    feed.push(status({ state: 'attention', problems: [problem('b'), problem('a')] }));
    expect(FakeNotification.shown.map((n) => n.title)).toEqual(['Problem a', 'Problem b']);
  });

  it('files held for review: one notification per practice, however many files or problem ids', () => {
    const feed = createStatusFeed();
    setupNotifications(feed, { onClick: () => {} });
    const north = (id: string) =>
      problem(id, {
        kind: 'review',
        practice: 'North Clinic',
        message: 'export.csv held for review',
        hint: 'Run `appt-connector mapping confirm --practice "North Clinic"`.',
      });
    feed.push(status({ state: 'attention', problems: [north('review:north:a')] }));
    // A second held file of the same practice (whatever id the engine gives it): no new notification.
    feed.push(status({ state: 'attention', problems: [north('review:north:a'), north('review:north:b')] }));
    feed.push(status({ state: 'attention', problems: [north('review:north:b')] }));
    // In the front desk's words, whatever the engine wrote for the command line.
    expect(FakeNotification.shown).toEqual([
      {
        title: 'North Clinic: a file is waiting for you to check how it is read',
        body: 'Nothing from it is sent until then. Open the history and press Review.',
      },
    ]);
    // Another practice has its own question.
    const south = problem('review:south', { kind: 'review', practice: 'South Clinic' });
    feed.push(status({ state: 'attention', problems: [north('review:north:b'), south] }));
    expect(FakeNotification.shown).toHaveLength(2);
    // Confirmed and released, then held again later: the person hears about it again.
    feed.push(status());
    feed.push(status({ state: 'attention', problems: [north('review:north:c')] }));
    expect(FakeNotification.shown).toHaveLength(3);
  });

  it('a practice renamed while its files wait for review: the same question, no second notification', () => {
    const feed = createStatusFeed();
    setupNotifications(feed, { onClick: () => {} });
    const review = (practice: string) =>
      problem('review:north', { kind: 'review', practice, practiceKey: 'north', message: 'held' });
    feed.push(status({ state: 'attention', problems: [review('North Clinic')] }));
    feed.push(status({ state: 'attention', problems: [review('North Street Clinic')] }));
    expect(FakeNotification.shown.map((n) => n.title)).toEqual([
      'North Clinic: a file is waiting for you to check how it is read',
    ]);
  });
});
