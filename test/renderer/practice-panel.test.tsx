// @vitest-environment happy-dom
// The status panel's practice lines in a DOM: one line per practice in plain words, the TEST MODE
// badge only on sandbox practices, a refused sign-in first with Fix credentials and Resume, each
// button calling the connector for ITS practice, and Show problems filtering the list.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import './async-timeout.ts';
import { HistoryWindow } from '../../renderer/history/history-window.tsx';
import { practiceWords, type PracticeStatus } from '../../renderer/history/practice-words.ts';
import { job, memoryConnector, type MemoryConnector } from './memory-connector.ts';

/** Calls that only read (the window reloads whenever it likes); the test counts actions. */
const READS = new Set(['listJobs', 'queryHistory', 'dailyCounts', 'getStatus', 'getSettings']);

afterEach(cleanup);

const TODAY = new Date();
const at = (h: number, m: number) => {
  const d = new Date(TODAY);
  d.setHours(h, m, 0, 0);
  return d.toISOString();
};
const clock = (h: number, m: number) =>
  new Date(at(h, m)).toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit' });

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

const MAIN = line('Main Street Clinic', {
  lastExport: { jobId: 'm1', file: 'monday.csv', at: at(7, 34), result: 'sent' },
});
const DEMO = line('Demo practice', {
  testMode: true,
  lastExport: { jobId: 'd1', file: 'demo.csv', at: at(7, 2), result: 'partly-refused' },
  problems: 1,
});

function setup(practices: PracticeStatus[], over: Partial<MemoryConnector['status']> = {}) {
  const c = memoryConnector([
    job('m1', { file: 'monday.csv', practice: 'Main Street Clinic', practiceKey: 'main-street-clinic' }),
    // Taken in before the practice was renamed Main Street Clinic: the same practice, by its key.
    job('m2', {
      file: 'broken.csv',
      practice: 'Main Street',
      practiceKey: 'main-street-clinic',
      state: 'failed',
      outcome: undefined,
    }),
    job('d1', {
      file: 'demo.csv',
      practice: 'Demo practice',
      practiceKey: 'demo-practice',
      counts: { rows: 3, sent: 2, unchanged: 0, skipped: 0, errors: 1 },
    }),
  ]);
  c.status = { ...c.status, ...over, practices };
  render(<HistoryWindow connector={c} />);
  return c;
}

const lines = () => within(screen.getByRole('list', { name: 'Practices' })).getAllByRole('listitem');
const rows = () => screen.getAllByRole('row').filter((r) => r.hasAttribute('data-job-id'));

describe('status panel', () => {
  it('says each practice’s last export and what it does now, in plain words', () => {
    expect(practiceWords(MAIN, false, new Date(at(8, 0)))).toBe(
      `last export ${clock(7, 34)}, sent ✓ · watching the inbox`,
    );
    const paused = line('North', { pausedUntil: at(9, 15), waitingInInbox: 2 });
    expect(practiceWords(paused, false, new Date(at(8, 15)))).toBe(
      `no export yet · paused until ${clock(9, 15)}; 2 exports waiting in the inbox`,
    );
    // A file that cannot move while the sign-in is refused is not "sending…".
    const refused = line('East', {
      signInRefused: true,
      problems: 1,
      lastExport: { jobId: 'e1', file: 'e.csv', at: at(7, 34), result: 'in-progress' },
    });
    expect(practiceWords(refused, false, new Date(at(8, 0)))).toBe(
      `last export ${clock(7, 34)}, waiting · sign-in refused: nothing is sent · 1 problem`,
    );
    expect(
      practiceWords(line('South', { nextCheckAt: at(7, 40), problems: 1 }), false, new Date(at(7, 39))),
    ).toBe(`no export yet · Medfusion does not answer; next try ${clock(7, 40)} · 1 problem`);
  });

  it('one line per practice, TEST MODE only on the sandbox one', async () => {
    setup([MAIN, DEMO]);
    await waitFor(() => expect(lines()).toHaveLength(2));
    const [main, demo] = lines();
    expect(main!.textContent).toContain(`Main Street Clinic`);
    expect(main!.textContent).toContain(`last export ${clock(7, 34)}, sent ✓`);
    expect(within(main!).queryByRole('note')).toBeNull();
    expect(within(demo!).getByRole('note').textContent).toBe('TEST MODE — nothing reaches patients');
    expect(demo!.textContent).toContain('partly refused');
    expect(demo!.className).toContain('tone-warn');
    expect(main!.className).toContain('tone-good');
  });

  it('each button acts on its own practice', async () => {
    const c = setup([MAIN, DEMO]);
    await waitFor(() => expect(lines()).toHaveLength(2));
    const main = lines()[0]!;
    fireEvent.click(within(main).getByRole('button', { name: 'Send now' }));
    fireEvent.click(within(main).getByRole('button', { name: 'Open inbox' }));
    fireEvent.click(within(main).getByRole('button', { name: 'Settings' }));
    const pause = within(main).getByRole('button', { name: 'Pause…' });
    expect(pause.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(pause);
    expect(pause.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(within(main).getByRole('button', { name: 'For 1 hour' }));
    fireEvent.click(within(main).getByRole('button', { name: 'Pause…' }));
    fireEvent.click(within(main).getByRole('button', { name: 'Until tomorrow 6:00' }));
    await waitFor(() =>
      expect(c.calls.filter((x) => !READS.has(x.method))).toEqual([
        { method: 'sendNow', arg: 'Main Street Clinic' },
        { method: 'openInbox', arg: 'Main Street Clinic' },
        { method: 'openSettings', arg: 'Main Street Clinic' },
        { method: 'pausePractice', arg: { practice: 'Main Street Clinic', length: 'hour' } },
        { method: 'pausePractice', arg: { practice: 'Main Street Clinic', length: 'tomorrow' } },
      ]),
    );
  });

  it('a paused practice offers Resume instead of Send now and Pause', async () => {
    const c = setup([line('Main Street Clinic', { pausedUntil: at(23, 30) }), DEMO]);
    await waitFor(() => expect(lines()).toHaveLength(2));
    const main = lines()[0]!;
    expect(main.textContent).toContain(`paused until ${clock(23, 30)}`);
    expect(within(main).queryByRole('button', { name: 'Send now' })).toBeNull();
    expect(within(main).queryByRole('button', { name: 'Pause…' })).toBeNull();
    fireEvent.click(within(main).getByRole('button', { name: 'Resume' }));
    await waitFor(() =>
      expect(c.calls.at(-1)).toEqual({ method: 'resumePractice', arg: 'Main Street Clinic' }),
    );
  });

  it('a refused sign-in is red and first, with Fix credentials and Resume on its line only', async () => {
    const c = setup([MAIN, line('Demo practice', { testMode: true, signInRefused: true, problems: 1 })], {
      state: 'attention',
      problems: [
        {
          id: 'credentials:demo-practice',
          practice: 'Demo practice',
          practiceKey: 'demo-practice',
          kind: 'credentials',
          message: 'Medfusion refused the credentials of Demo practice; sending for this practice is paused.',
          hint: 'Open Settings → Credentials and enter them again, then choose Resume.',
        },
      ],
    });
    const banner = await screen.findByLabelText('Connector status');
    await waitFor(() => expect(banner.className).toContain('tone-bad'));
    const first = lines()[0]!;
    expect(first.textContent).toContain('Demo practice');
    expect(first.textContent).toContain('sign-in refused');
    expect(first.className).toContain('tone-bad');
    // Exactly one of each in the whole panel: on the refused practice's line.
    expect(within(banner).getAllByRole('button', { name: 'Fix credentials' })).toHaveLength(1);
    expect(within(banner).getAllByRole('button', { name: 'Resume' })).toHaveLength(1);
    fireEvent.click(within(first).getByRole('button', { name: 'Fix credentials' }));
    await waitFor(() => expect(c.calls.at(-1)).toEqual({ method: 'openSettings', arg: 'Demo practice' }));
  });

  it('Show problems lists that practice’s problems only, those taken in under its earlier name too', async () => {
    const c = setup([line('Main Street Clinic', { problems: 1 }), DEMO]);
    await waitFor(() => expect(rows()).toHaveLength(3));
    fireEvent.click(within(lines()[0]!).getByRole('button', { name: 'Show problems' }));
    // broken.csv arrived as "Main Street": found by the practice's key, not its name.
    await waitFor(() => expect(rows().map((r) => r.dataset.jobId)).toEqual(['m2']));
    expect(c.calls.filter((x) => x.method === 'queryHistory').map((x) => x.arg)).toContainEqual({
      practiceKey: 'main-street-clinic',
      result: 'problems',
      limit: 100,
      offset: 0,
    });
    // The filters say why the list is short: that practice (by its name now), files that need attention.
    const practice = screen.getByLabelText('Practice') as HTMLSelectElement;
    expect(practice.value).toBe('main-street-clinic');
    expect(practice.selectedOptions[0]!.textContent).toBe('Main Street Clinic');
    expect((screen.getByLabelText('Result') as HTMLSelectElement).value).toBe('problems');
    fireEvent.click(within(lines()[1]!).getByRole('button', { name: 'Show problems' }));
    await waitFor(() => expect(rows().map((r) => r.dataset.jobId)).toEqual(['d1']));
    // Back to every practice and every result: everything again.
    fireEvent.change(screen.getByLabelText('Practice'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Result'), { target: { value: '' } });
    await waitFor(() => expect(rows()).toHaveLength(3));
  });
});
