// @vitest-environment happy-dom
// The history window's behaviour in a DOM: search and filter, keyboard (Tab/Enter/Escape), live
// updates announced to screen readers, and the details panel's advice and actions.
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import './async-timeout.ts';
import { HistoryWindow } from '../../renderer/history/history-window.tsx';
import { job, memoryConnector } from './memory-connector.ts';

afterEach(cleanup);

function setup() {
  const c = memoryConnector([
    job('good', { file: 'monday.csv', dataJobIds: ['dj-111'], patientIds: ['2201'] }),
    job('bad', {
      file: 'tuesday.csv',
      state: 'failed',
      outcome: undefined,
      reason: 'No row could be read.',
      counts: { rows: 2, sent: 0, unchanged: 0, skipped: 0, errors: 2 },
      rowErrors: [
        {
          file: 'tuesday.csv',
          line: 2,
          column: 'Date',
          value: '2026-02-30',
          message: 'not a real date',
          hint: 'Fix the date in the scheduling software and export again.',
        },
      ],
    }),
  ]);
  render(<HistoryWindow connector={c} />);
  return c;
}

const rows = () => screen.getAllByRole('row').filter((r) => r.hasAttribute('data-job-id'));

describe('history window', () => {
  it('is one Tab stop: only the current row is tabbable, and arrows move which one', async () => {
    setup();
    await waitFor(() => expect(rows()).toHaveLength(2));
    const tabbable = () => rows().filter((r) => r.getAttribute('tabindex') === '0');
    expect(tabbable().map((r) => r.dataset.jobId)).toEqual(['good']);
    expect(rows()[1]!.getAttribute('tabindex')).toBe('-1');
    rows()[0]!.focus();
    fireEvent.keyDown(rows()[0]!, { key: 'ArrowDown' });
    await waitFor(() => expect(tabbable().map((r) => r.dataset.jobId)).toEqual(['bad']));
    expect(document.activeElement).toBe(rows()[1]);
  });

  it('lists jobs with their counts and verdicts, and filters to failures', async () => {
    const c = setup();
    await waitFor(() => expect(rows()).toHaveLength(2));
    expect(within(rows()[0]!).getByText('Processed')).toBeTruthy();
    expect(screen.getByTestId('history-count').textContent).toBe('1–2 of 2 files');
    fireEvent.change(screen.getByLabelText('Result'), { target: { value: 'problems' } });
    await waitFor(() => expect(rows().map((r) => r.dataset.jobId)).toEqual(['bad']));
    expect(screen.getByTestId('history-count').textContent).toBe('1–1 of 1 file');
    // The engine filtered: the window asked for the problems, from the first page.
    expect(c.calls).toContainEqual({
      method: 'queryHistory',
      arg: { result: 'problems', offset: 0, limit: 100 },
    });
  });

  it('searches by DataJobId and by patient id', async () => {
    setup();
    await waitFor(() => expect(rows()).toHaveLength(2));
    const box = screen.getByRole('searchbox');
    fireEvent.change(box, { target: { value: 'DJ-111' } });
    await waitFor(() => expect(rows().map((r) => r.dataset.jobId)).toEqual(['good']));
    fireEvent.change(box, { target: { value: 'nothing-like-this' } });
    await waitFor(() => expect(screen.getByText(/No file matches/)).toBeTruthy());
    fireEvent.change(box, { target: { value: '2201' } });
    await waitFor(() => expect(rows().map((r) => r.dataset.jobId)).toEqual(['good']));
  });

  it('opens details with Enter, shows what to do, and closes with Escape back to the row', async () => {
    const c = setup();
    await waitFor(() => expect(rows()).toHaveLength(2));
    const row = rows().find((r) => r.dataset.jobId === 'bad')!;
    expect(row.tabIndex).toBe(-1); // one Tab stop (the first row); the arrows reach this one
    row.focus();
    fireEvent.keyDown(row, { key: 'Enter' });
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByText('‘Date’ not readable — 1 row, line 2');
    expect(within(dialog).getByText('Line 2: ‘2026-02-30’: not a real date')).toBeTruthy();
    expect(
      within(dialog).getByText(
        'Nothing from this file reached the test sandbox (nothing reaches patients): its only appointment row has a problem.',
      ),
    ).toBeTruthy();
    expect(
      within(dialog).getByText('Fix the date in the scheduling software and export again.'),
    ).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Retry' }));
    await within(dialog).findByText('Queued again.');
    expect(c.calls.some((x) => x.method === 'retryJob' && x.arg === 'bad')).toBe(true);
    fireEvent.keyDown(window, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(rows().find((r) => r.dataset.jobId === 'bad')));
  });

  it('marks a failed file as handled: the row says so in a muted pill, the button goes, a good file has none', async () => {
    const c = setup();
    await waitFor(() => expect(rows()).toHaveLength(2));
    fireEvent.click(rows().find((r) => r.dataset.jobId === 'good')!);
    let dialog = await screen.findByRole('dialog');
    await within(dialog).findByRole('button', { name: 'Show in folder' });
    expect(within(dialog).queryByRole('button', { name: 'Mark as handled' })).toBeNull();
    fireEvent.click(rows().find((r) => r.dataset.jobId === 'bad')!);
    dialog = await screen.findByRole('dialog');
    fireEvent.click(await within(dialog).findByRole('button', { name: 'Mark as handled' }));
    await within(dialog).findByText('tuesday.csv is marked as handled.');
    expect(c.calls.some((x) => x.method === 'markHandled' && x.arg === 'bad')).toBe(true);
    act(() => c.emit('jobs:changed', { jobId: 'bad' }));
    const row = () => rows().find((r) => r.dataset.jobId === 'bad')!;
    await waitFor(() => expect(within(row()).getByText('Failed · handled').className).toBe('pill tone-done'));
    await waitFor(() => expect(within(dialog).queryByRole('button', { name: 'Mark as handled' })).toBeNull());
    expect(within(dialog).getByText(/^Marked as handled /)).toBeTruthy();
    // Still a failure, still found under "Needs attention".
    fireEvent.change(screen.getByLabelText('Result'), { target: { value: 'problems' } });
    await waitFor(() => expect(rows().map((r) => r.dataset.jobId)).toEqual(['bad']));
  });

  it('counts appointments Medfusion refused as Failed, not Sent, so the numbers add up', async () => {
    const c = memoryConnector([
      job('partial', {
        file: 'thursday.csv',
        outcome: 'PARTIAL',
        counts: { rows: 5, sent: 4, unchanged: 1, skipped: 0, errors: 0 },
        refusedByMedfusion: 1,
      }),
    ]);
    render(<HistoryWindow connector={c} />);
    await waitFor(() => expect(rows()).toHaveLength(1));
    const cells = within(rows()[0]!)
      .getAllByRole('cell')
      .map((td) => td.textContent);
    // Time, File, Practice, Sent, Unchanged, Skipped, Failed, Result: 3 + 1 + 0 + 1 = 5 rows.
    expect(cells.slice(3, 7)).toEqual(['3', '1', '0', '1']);
    fireEvent.click(rows()[0]!);
    const dialog = await screen.findByRole('dialog');
    const dd = (label: string) =>
      within(dialog).getByText(label, { selector: 'dt' }).nextSibling!.textContent;
    await waitFor(() => expect(dd('Failed')).toBe('1'));
    expect(dd('Sent')).toBe('3');
  });

  it('an older load that answers last does not put back the list from before a change', async () => {
    const c = memoryConnector([job('old', { file: 'monday.csv' })]);
    // The window's first list is read, then held back until a later load has been asked for.
    const query = c.queryHistory;
    let release: () => void = () => undefined;
    let first = true;
    let asked = 0;
    c.queryHistory = async (q) => {
      asked++;
      const answer = await query(q);
      if (first) {
        first = false;
        await new Promise<void>((r) => (release = r));
      }
      return answer;
    };
    render(<HistoryWindow connector={c} />);
    await waitFor(() => expect(first).toBe(false));
    c.jobs.unshift(job('new', { file: 'wednesday.csv', state: 'failed', outcome: undefined }));
    act(() => c.emit('jobs:changed', { jobId: 'new' }));
    // The later load asked for (after the 150 ms coalescing) before the first answer is let go:
    // waited for, not assumed within 400 ms (a loaded machine ran the timer later, and the test
    // then passed without the old answer ever landing last).
    await waitFor(() => expect(asked).toBeGreaterThan(1));
    act(() => release());
    await waitFor(() => expect(rows().map((r) => r.dataset.jobId)).toEqual(['new', 'old']));
    // Whatever is still in flight has landed: the list stays the new one.
    await act(() => new Promise((r) => setTimeout(r, 200)));
    expect(rows().map((r) => r.dataset.jobId)).toEqual(['new', 'old']);
  });

  it('an older answer for the open job that lands last does not put back its state from before a change', async () => {
    const c = memoryConnector([job('x', { file: 'monday.csv' })]);
    const get = c.getJob;
    let release: () => void = () => undefined;
    let first = true;
    c.getJob = async (id) => {
      const answer = await get(id); // the job as it is now, handed over later
      if (first) {
        first = false;
        await new Promise<void>((r) => (release = r));
      }
      return answer;
    };
    render(<HistoryWindow connector={c} />);
    await waitFor(() => expect(rows()).toHaveLength(1));
    fireEvent.click(rows()[0]!);
    await waitFor(() => expect(first).toBe(false));
    // The file fails while the panel's first answer is still on its way.
    c.jobs[0] = job('x', {
      file: 'monday.csv',
      state: 'failed',
      outcome: undefined,
      reason: 'No row could be read.',
      counts: { rows: 1, sent: 0, unchanged: 0, skipped: 0, errors: 1 },
      rowErrors: [
        {
          file: 'monday.csv',
          line: 2,
          column: 'Date',
          value: '2026-02-30',
          message: 'not a real date',
          hint: 'Fix the date in the scheduling software and export again.',
        },
      ],
    });
    act(() => c.emit('jobs:changed', { jobId: 'x' }));
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByText('‘Date’ not readable — 1 row, line 2');
    act(() => release());
    // The old answer has landed: the panel still shows the failed file.
    await act(() => new Promise((r) => setTimeout(r, 200)));
    expect(
      within(screen.getByRole('dialog')).queryByText('‘Date’ not readable — 1 row, line 2'),
    ).toBeTruthy();
  });

  it('reloads and announces a job when the engine says it changed', async () => {
    const c = setup();
    await waitFor(() => expect(rows()).toHaveLength(2));
    c.jobs.unshift(job('new', { file: 'wednesday.csv' }));
    act(() => c.emit('jobs:changed', { jobId: 'new' }));
    await waitFor(() => expect(rows()).toHaveLength(3));
    await waitFor(() =>
      expect(screen.getByTestId('announcer').textContent).toBe('wednesday.csv: Processed.'),
    );
    act(() =>
      c.emit('status:changed', {
        ...c.status,
        state: 'error',
        problems: [
          {
            id: 'p',
            kind: 'unreachable',
            message: 'Medfusion cannot be reached.',
            hint: 'Check the internet connection.',
          },
        ],
      }),
    );
    const banner = await screen.findByLabelText('Connector status');
    await waitFor(() => expect(banner.textContent).toMatch(/Not working.*Medfusion cannot be reached/));
  });

  it('explains skipped rows by reason with their lines, apart from the problems', async () => {
    const c = memoryConnector([
      job('slots', {
        file: 'wednesday.csv',
        counts: { rows: 14, sent: 2, unchanged: 0, skipped: 12, errors: 0 },
        skippedRows: [
          {
            reason: 'no patient (open slot or blocked time)',
            count: 11,
            lines: [3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
          },
          { reason: 'cancelled, but never sent to Medfusion (nothing to cancel)', count: 1, lines: [15] },
        ],
      }),
    ]);
    render(<HistoryWindow connector={c} />);
    await waitFor(() => expect(rows()).toHaveLength(1));
    fireEvent.keyDown(rows()[0]!, { key: 'Enter' });
    const dialog = await screen.findByRole('dialog');
    const section = await within(dialog).findByRole('region', { name: 'Skipped rows (12)' });
    const items = within(section)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      '11 no patient (open slot or blocked time) (lines 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, …)',
      '1 cancelled, but never sent to Medfusion (nothing to cancel) (line 15)',
    ]);
    expect(within(dialog).queryByText(/Problems/)).toBeNull();
  });
});
