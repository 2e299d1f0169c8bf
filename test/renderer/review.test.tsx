// @vitest-environment happy-dom
// A file held for review, as front-desk staff meet it: amber "Held for review" in the history
// (also under "Needs attention"), its doubts in plain words with Review, the banner's Review, then
// the settings review: one answer control per doubt, confirm sends the answers once. And the
// mapping saved in the preview survives "Save changes" on the practice.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import './async-timeout.ts';
import { HistoryWindow } from '../../renderer/history/history-window.tsx';
import { SettingsWindow } from '../../renderer/settings/settings-window.tsx';
import type { Doubt, ExportPreview } from '../../renderer/shared/types.ts';
import { job, memoryConnector } from './memory-connector.ts';

afterEach(cleanup);

const STATUS: Doubt = {
  kind: 'status',
  field: 'status',
  column: 'Appt Status',
  message: 'A status word the connector does not know',
  samples: ['Umgebucht'],
  question: 'What does ‘Umgebucht’ mean: booked, or cancelled?',
};
const DATES: Doubt = {
  kind: 'date-order',
  field: 'date',
  column: 'Visit Date',
  message: 'No date shows whether the day or the month comes first',
  samples: ['03/04/2027'],
  question: 'Is 03/04/2027 the 3rd of April or the 4th of March?',
};
const ID: Doubt = {
  kind: 'appointment-id',
  field: 'appointmentId',
  column: 'Row',
  message: 'This column counts rows 1, 2, 3…; it is not an appointment id',
  samples: ['1', '2', '3'],
  question: 'Which column holds the appointment id?',
};

const rows = () => screen.getAllByRole('row').filter((r) => r.hasAttribute('data-job-id'));

function historyWithHeldFile() {
  const c = memoryConnector([
    job('good', { file: 'monday.csv' }),
    job('20270330-130000-aaaaaa', {
      file: 'tuesday.csv',
      state: 'held',
      outcome: undefined,
      counts: { rows: 3, sent: 0, unchanged: 0, skipped: 0, errors: 0 },
      doubts: [STATUS, DATES],
      // What the engine may write for the command line: never shown to front-desk staff.
      reason: 'Held for review (job 20270330-130000-aaaaaa)',
      advice: 'Run `appt-connector mapping confirm --practice "Main Street"`.',
    }),
    job('bad', { file: 'wednesday.csv', state: 'failed', outcome: undefined }),
  ]);
  c.status = {
    state: 'attention',
    paused: false,
    counts: { sentToday: 3, queued: 0, failed: 0, held: 1 },
    problems: [
      {
        id: 'review:main-street',
        practice: 'Main Street',
        practiceKey: 'main-street',
        kind: 'review',
        message: 'tuesday.csv is held for review',
        hint: 'Run appt-connector mapping confirm',
      },
    ],
  };
  render(<HistoryWindow connector={c} />);
  return c;
}

describe('history: a file held for review', () => {
  it('is labelled “Held for review” in amber, not failed, and “Needs attention” keeps it', async () => {
    historyWithHeldFile();
    await waitFor(() => expect(rows()).toHaveLength(3));
    const held = rows().find((r) => r.dataset.jobId === '20270330-130000-aaaaaa')!;
    const pill = within(held).getByText('Held for review');
    expect(pill.className).toContain('tone-warn');
    expect(held.textContent).not.toMatch(/Failed/);
    fireEvent.change(screen.getByLabelText('Result'), { target: { value: 'problems' } });
    await waitFor(() =>
      expect(rows().map((r) => r.dataset.jobId)).toEqual(['20270330-130000-aaaaaa', 'bad']),
    );
  });

  it('lists each doubt in plain words with its sample values, without job ids or commands, and Review opens it', async () => {
    const c = historyWithHeldFile();
    await waitFor(() => expect(rows()).toHaveLength(3));
    fireEvent.click(rows().find((r) => r.dataset.jobId === '20270330-130000-aaaaaa')!);
    const dialog = await screen.findByRole('dialog');
    const section = await within(dialog).findByRole('region', { name: /Waiting for you/ });
    const items = within(section).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]!.textContent).toContain(
      'Column ‘Appt Status’: A status word the connector does not know',
    );
    expect(items[0]!.textContent).toContain('For example: Umgebucht');
    expect(items[0]!.textContent).toContain('What does ‘Umgebucht’ mean: booked, or cancelled?');
    expect(items[1]!.textContent).toContain('03/04/2027');
    expect(section.textContent).toMatch(/Nothing from this file has been sent/);
    // Neither the engine's command-line advice nor the job id reaches the panel's words: they wait
    // under the collapsed *Technical details*, for a support call.
    const technical = dialog.querySelector('details.technical')!;
    expect(technical.hasAttribute('open')).toBe(false);
    expect(technical.textContent).toContain('20270330-130000-aaaaaa');
    expect(dialog.textContent!.replace(technical.textContent!, '')).not.toMatch(
      /appt-connector|mapping confirm|20270330-130000-aaaaaa/,
    );
    expect(within(dialog).queryByRole('button', { name: 'Retry' })).toBeNull();
    fireEvent.click(within(section).getByRole('button', { name: 'Review' }));
    await waitFor(() =>
      expect(c.calls.filter((x) => x.method === 'openReview')).toEqual([
        { method: 'openReview', arg: '20270330-130000-aaaaaa' },
      ]),
    );
  });

  it('the status banner says a file is waiting, in plain words, with its own Review button', async () => {
    const c = historyWithHeldFile();
    const banner = await screen.findByLabelText('Connector status');
    await waitFor(() =>
      expect(banner.textContent).toContain('Main Street: 1 file is waiting for you to check how it is read.'),
    );
    expect(banner.textContent).not.toMatch(/appt-connector/);
    fireEvent.click(within(banner).getByRole('button', { name: 'Review' }));
    await waitFor(() =>
      expect(c.calls.find((x) => x.method === 'openReview')?.arg).toBe('20270330-130000-aaaaaa'),
    );
  });
});

function heldPreview(doubts: Doubt[]): ExportPreview {
  return {
    file: 'tuesday.csv',
    headers: ['Row', 'Appt #', 'Pt Acct', 'Visit Date', 'Start', 'Appt Status'],
    columns: [
      { field: 'appointmentId', column: 'Row', confidence: 0.55 },
      { field: 'patientId', column: 'Pt Acct', confidence: 0.95 },
      { field: 'date', column: 'Visit Date', confidence: 0.95 },
      { field: 'time', column: 'Start', confidence: 0.95 },
      { field: 'status', column: 'Appt Status', confidence: 0.95 },
    ],
    missing: [],
    dateOrder: 'MDY',
    sampleRows: [],
    errors: [],
    mappableFields: ['appointmentId', 'patientId', 'date', 'time', 'status'],
    doubts,
    dateReadings: [{ text: '03/04/2027', dayFirst: 'Sat 3 April 2027', monthFirst: 'Thu 4 March 2027' }],
    review: { jobId: '20270330-130000-aaaaaa', practice: 'Main Street', heldFiles: 2 },
  };
}

describe('settings: the review of a held file', () => {
  it('loads the file by job id, asks one question per doubt, and confirms the answers once', async () => {
    const c = memoryConnector([]);
    c.heldPreview = heldPreview([STATUS, DATES, ID]);
    render(
      <SettingsWindow connector={c} review={{ practice: 'Main Street', jobId: '20270330-130000-aaaaaa' }} />,
    );
    // The settings window is slow to draw in happy-dom (hundreds of time zones): wait longer.
    const review = await screen.findByRole('region', { name: /Please check/ }, { timeout: 5000 });
    expect(c.calls.find((x) => x.method === 'previewHeldFile')?.arg).toBe('20270330-130000-aaaaaa');
    expect(c.calls.some((x) => x.method === 'pickFile')).toBe(false);
    expect(screen.getByText(/2 files of Main Street wait for the same answer/)).toBeTruthy();

    // Status word: booked / cancelled / not an appointment.
    const status = within(review).getByRole('group', { name: /Umgebucht’ means/ });
    expect(
      within(status)
        .getAllByRole('radio')
        .map((r) => r.parentElement!.textContent),
    ).toEqual(['Booked', 'Cancelled', 'Not an appointment']);
    // Date order: the file's own date shown both ways.
    const dates = within(review).getByRole('group', { name: /The dates in this file are written/ });
    expect(within(dates).getByRole('row', { name: /03\/04\/2027/ }).textContent).toBe(
      '03/04/2027Sat 3 April 2027Thu 4 March 2027',
    );
    // Column in doubt: marked in the column table.
    const mapping = screen.getByRole('table', { name: 'Recognised columns' });
    expect(within(mapping).getByRole('row', { name: /Appointment id/ }).textContent).toContain(
      'please check',
    );
    expect(within(mapping).getByRole('row', { name: /Patient id/ }).textContent).not.toContain(
      'please check',
    );

    const confirm = screen.getByRole('button', { name: 'Confirm and send held files' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    expect(screen.getByText(/First say what ‘Umgebucht’ means and how the dates are written/)).toBeTruthy();
    fireEvent.click(within(status).getByLabelText('Cancelled'));
    expect(confirm.disabled).toBe(true);
    fireEvent.click(within(dates).getByLabelText(/Day first/));
    expect(confirm.disabled).toBe(false);
    fireEvent.change(screen.getByLabelText('Column for Appointment id'), { target: { value: 'Appt #' } });
    expect(within(mapping).getByRole('row', { name: /Appointment id/ }).textContent).not.toContain(
      'please check',
    );
    fireEvent.click(confirm);
    await screen.findByText('2 held files of Main Street are being read again with it now.');
    expect(c.calls.filter((x) => x.method === 'confirmMapping').map((x) => x.arg)).toEqual([
      {
        practice: 'Main Street',
        jobId: '20270330-130000-aaaaaa',
        columns: [
          { field: 'appointmentId', column: 'Appt #', confidence: 1 },
          { field: 'patientId', column: 'Pt Acct', confidence: 0.95 },
          { field: 'date', column: 'Visit Date', confidence: 0.95 },
          { field: 'time', column: 'Start', confidence: 0.95 },
          { field: 'status', column: 'Appt Status', confidence: 0.95 },
        ],
        answers: { statusWords: [{ word: 'Umgebucht', meaning: 'cancel' }], dateOrder: 'DMY' },
      },
    ]);
    // The settings are read again: the practice now shows its confirmed mapping.
    await screen.findByText(/\/data\/profiles\/main-street\.profile\.json/);
    // Confirmed: nothing of it is left to lose (closing the window or Quit must not ask).
    await waitFor(() =>
      expect(document.querySelector('main.settings')?.getAttribute('data-unsaved') ?? '').not.toContain(
        'mapping',
      ),
    );
  });

  it('a workbook with two lists: picking the other sheet shows its rows, keeps the column chosen, and confirming sends both', async () => {
    const SHEET: Doubt = {
      kind: 'sheet',
      message:
        "this Excel workbook has 2 sheets that could each be the appointment list: 'Bookings' (2 dated rows), 'Waitlist' (2 dated rows); the rows shown are sheet 'Bookings''s",
      samples: ['Bookings', 'Waitlist'],
      question: 'Which sheet is the appointment list?',
    };
    const row = (line: number, patient: string) => ({
      line,
      patient,
      day: 'Tue, Mar 2, 2027',
      time: '9:00 AM',
      provider: 'Dr. Ames',
      status: 'Booked',
    });
    const c = memoryConnector([]);
    c.heldPreview = { ...heldPreview([SHEET]), sheet: 'Bookings', sampleRows: [row(2, 'Ann Abbot')] };
    c.sheetPreviews = {
      Waitlist: { ...heldPreview([SHEET]), sheet: 'Waitlist', sampleRows: [row(2, 'Dora Dunn')] },
    };
    render(
      <SettingsWindow connector={c} review={{ practice: 'Main Street', jobId: '20270330-130000-aaaaaa' }} />,
    );
    const review = await screen.findByRole('region', { name: /Please check/ }, { timeout: 5000 });
    const sheets = within(review).getByRole('group', { name: /The appointments are on the sheet/ });
    expect((within(sheets).getByLabelText('Bookings') as HTMLInputElement).checked).toBe(true);
    await screen.findByText('Ann Abbot');
    // A column chosen before the pick is the person's work: the Waitlist has it, so it stays.
    fireEvent.change(screen.getByLabelText('Column for Appointment id'), { target: { value: 'Appt #' } });
    fireEvent.click(within(sheets).getByLabelText('Waitlist'));
    await screen.findByText('Dora Dunn');
    expect(screen.queryByText('Ann Abbot')).toBeNull();
    expect((screen.getByLabelText('Column for Appointment id') as HTMLSelectElement).value).toBe('Appt #');
    const mapping = screen.getByRole('table', { name: 'Recognised columns' });
    expect(within(mapping).getByRole('row', { name: /Appointment id/ }).textContent).toContain(
      'chosen by you',
    );
    expect(screen.getByText('Your column choices are kept on the sheet ‘Waitlist’.')).toBeTruthy();
    expect(c.calls.find((x) => x.method === 'previewSheet')?.arg).toEqual({
      jobId: '20270330-130000-aaaaaa',
      sheet: 'Waitlist',
    });
    const picked = within(screen.getByRole('group', { name: /The appointments are on the sheet/ }));
    expect((picked.getByLabelText('Waitlist') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Confirm and send held files' }));
    await waitFor(() =>
      expect(c.calls.find((x) => x.method === 'confirmMapping')?.arg).toMatchObject({
        answers: { sheet: 'Waitlist' },
      }),
    );
    expect(
      (c.calls.find((x) => x.method === 'confirmMapping')?.arg as { columns: unknown[] }).columns,
    ).toContainEqual({ field: 'appointmentId', column: 'Appt #', confidence: 1 });
  });

  it('times marked UTC at odd hours: one of the two readings must be picked, and the practice’s own clock is sent for the column', async () => {
    const NIGHT: Doubt = {
      kind: 'start-time',
      check: 'utc-night',
      field: 'time',
      column: 'Start',
      message: 'every start, read as written, is between 07:00 and 18:59 (a day’s schedule)',
      samples: ['2027-01-12T10:00:00.000Z'],
      question: 'Are these times really UTC, or the practice’s own clock marked as UTC by mistake?',
    };
    const c = memoryConnector([]);
    c.heldPreview = heldPreview([NIGHT]);
    render(
      <SettingsWindow connector={c} review={{ practice: 'Main Street', jobId: '20270330-130000-aaaaaa' }} />,
    );
    const review = await screen.findByRole('region', { name: /Please check/ }, { timeout: 5000 });
    const times = within(review).getByRole('group', { name: /The times written as UTC/ });
    expect(
      within(times)
        .getAllByRole('radio')
        .map((r) => r.parentElement!.textContent),
    ).toEqual([
      'Really UTC (each converted to the practice’s time zone)',
      'The practice’s own clock, marked UTC by mistake (10:00Z is 10:00 at the practice)',
    ]);
    // Neither is picked for the person.
    expect(
      within(times)
        .getAllByRole('radio')
        .some((r) => (r as HTMLInputElement).checked),
    ).toBe(false);
    const confirm = screen.getByRole('button', { name: 'Confirm and send held files' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    expect(
      screen.getByText(/First say whether the times marked UTC are UTC or the practice’s own clock/),
    ).toBeTruthy();
    fireEvent.click(within(times).getByLabelText(/The practice’s own clock/));
    expect(within(times).getByText(/Kept for later files/)).toBeTruthy();
    expect(confirm.disabled).toBe(false);
    fireEvent.click(confirm);
    await waitFor(() =>
      expect(c.calls.find((x) => x.method === 'confirmMapping')?.arg).toMatchObject({
        answers: { markedUtc: { column: 'Start', reading: 'local' } },
      }),
    );
  });

  it('a file in doubt only about its columns can be confirmed without other answers', async () => {
    const c = memoryConnector([]);
    c.heldPreview = heldPreview([ID]);
    render(
      <SettingsWindow connector={c} review={{ practice: 'Main Street', jobId: '20270330-130000-aaaaaa' }} />,
    );
    const confirm = (await screen.findByRole(
      'button',
      { name: 'Confirm and send held files' },
      { timeout: 5000 },
    )) as HTMLButtonElement;
    expect(confirm.disabled).toBe(false);
    fireEvent.click(confirm);
    await waitFor(() =>
      expect(c.calls.find((x) => x.method === 'confirmMapping')?.arg).toMatchObject({ answers: {} }),
    );
  });
});

describe('settings: a second Review while the window holds unsaved corrections', () => {
  it('asks first; “Stay and save” keeps the corrections, “Leave without saving” opens the new file', async () => {
    const c = memoryConnector([]);
    c.heldPreview = heldPreview([ID]);
    const first = { practice: 'Main Street', jobId: '20270330-130000-aaaaaa' };
    const second = { practice: 'Main Street', jobId: '20270331-130000-bbbbbb' };
    const { rerender } = render(<SettingsWindow connector={c} review={first} />);
    const column = (await screen.findByLabelText(
      'Column for Appointment id',
      {},
      { timeout: 5000 },
    )) as HTMLSelectElement;
    fireEvent.change(column, { target: { value: 'Appt #' } });
    await waitFor(() =>
      expect(document.querySelector('main.settings')?.getAttribute('data-unsaved')).toContain('mapping'),
    );
    const previews = () => c.calls.filter((x) => x.method === 'previewHeldFile').map((x) => x.arg);
    expect(previews()).toEqual([first.jobId]);

    // *Review* on another held file, as the shell routes it into the open window.
    rerender(<SettingsWindow connector={c} review={second} />);
    const ask = await screen.findByRole('alertdialog', { name: 'Unsaved changes' });
    expect(within(ask).getByText(/Not saved yet for Main Street: the column mapping/)).toBeTruthy();
    fireEvent.click(within(ask).getByRole('button', { name: 'Stay and save' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect((screen.getByLabelText('Column for Appointment id') as HTMLSelectElement).value).toBe('Appt #');
    expect(previews()).toEqual([first.jobId]);

    // Routed back to the file shown: nothing to ask.
    rerender(<SettingsWindow connector={c} review={first} />);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    rerender(<SettingsWindow connector={c} review={second} />);
    fireEvent.click(
      within(await screen.findByRole('alertdialog', { name: 'Unsaved changes' })).getByRole('button', {
        name: 'Leave without saving',
      }),
    );
    await waitFor(() => expect(previews()).toEqual([first.jobId, second.jobId]));
  });
});

describe('settings: the saved mapping survives “Save changes”', () => {
  it('after “Save this mapping”, saving the practice keeps the mapping and the unsaved edits', async () => {
    const c = memoryConnector([]);
    c.nextPick = '/tmp/sample.csv';
    render(<SettingsWindow connector={c} />);
    const inbox = (await screen.findByLabelText(/Inbox folder/)) as HTMLInputElement;
    // An edit not saved yet must not be wiped when the mapping is saved.
    fireEvent.change(inbox, { target: { value: '/srv/new-exports' } });
    fireEvent.click(screen.getByRole('button', { name: 'Choose a sample export…' }));
    fireEvent.change(await screen.findByLabelText('Column for Patient id'), { target: { value: 'pid' } });
    fireEvent.click(screen.getByRole('button', { name: /Save this mapping/ }));
    await screen.findByText('Saved the column mapping.');
    await screen.findByText(/\/data\/profiles\/main-street\.profile\.json/);
    expect(inbox.value).toBe('/srv/new-exports');
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByText('Saved Main Street.');
    const saved = c.calls.filter((x) => x.method === 'savePractice').at(-1)!.arg as {
      mappingProfile: string;
      inbox: string;
    };
    expect(saved.mappingProfile).toBe('/data/profiles/main-street.profile.json');
    expect(saved.inbox).toBe('/srv/new-exports');
  });
});
