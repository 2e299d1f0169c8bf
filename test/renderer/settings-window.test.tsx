// @vitest-environment happy-dom
// Settings and wizard in a DOM: secrets are write-only (sent, cleared, shown only as set/not set),
// a corrected column is saved as the mapping, a sample workbook's sheet is picked in the preview
// (the person's column choices carried to it, or said undone), and the wizard reaches "done" on the sandbox
// without credentials.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import './async-timeout.ts';
import { SettingsWindow } from '../../renderer/settings/settings-window.tsx';
import { Wizard } from '../../renderer/settings/wizard.tsx';
import type { Doubt, ExportPreview } from '../../renderer/shared/types.ts';
import { memoryConnector } from './memory-connector.ts';

afterEach(cleanup);

describe('settings window', () => {
  it('sends typed secrets, clears the inputs and then shows only “set”', async () => {
    const c = memoryConnector([]);
    render(<SettingsWindow connector={c} />);
    const token = (await screen.findByLabelText(/App token/)) as HTMLInputElement;
    expect(token.type).toBe('password');
    expect(screen.getByLabelText(/App token/).parentElement!.textContent).toMatch(/not set/);
    fireEvent.change(token, { target: { value: 's3cret-token' } });
    fireEvent.change(screen.getByLabelText(/Username/), { target: { value: 'frontdesk' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save credentials' }));
    await screen.findByText('Credentials saved.');
    expect(c.calls.find((x) => x.method === 'setSecrets')!.arg).toEqual({
      credentialKey: 'main-street',
      values: { appToken: 's3cret-token', username: 'frontdesk' },
    });
    await waitFor(() => expect(screen.getByText(/App token/).textContent).toMatch(/✓ set/));
    expect(token.value).toBe('');
    expect(document.body.innerHTML).not.toContain('s3cret-token');
  });

  it('lets a person correct a recognised column and saves it as the mapping', async () => {
    const c = memoryConnector([]);
    c.nextPick = '/tmp/sample.csv';
    render(<SettingsWindow connector={c} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Choose a sample export…' }));
    const select = (await screen.findByLabelText('Column for Patient id')) as HTMLSelectElement;
    expect(screen.getByText(/Still needed: Patient id/)).toBeTruthy();
    expect(screen.getByText(/95% · sure/)).toBeTruthy();
    fireEvent.change(select, { target: { value: 'pid' } });
    expect(screen.queryByText(/Still needed/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /Save this mapping/ }));
    await screen.findByText('Saved the column mapping.');
    const saved = c.calls.find((x) => x.method === 'saveMapping')!.arg as {
      practice: string;
      columns: unknown[];
    };
    expect(saved.practice).toBe('Main Street');
    expect(saved.columns).toContainEqual({ field: 'patientId', column: 'pid', confidence: 1 });
  });

  it('a sample workbook with two lists: the sheet is picked in the preview, the person’s columns carried or said undone', async () => {
    const SHEET: Doubt = {
      kind: 'sheet',
      message:
        "this Excel workbook has 2 sheets that could each be the appointment list: 'Bookings' (2 dated rows), 'Waitlist' (2 dated rows)",
      samples: ['Bookings', 'Waitlist'],
      question: 'Which sheet is the appointment list?',
    };
    const preview = (sheet: string, headers: string[], patient: string): ExportPreview => ({
      file: 'lists.xlsx',
      sheet,
      headers,
      columns: [
        { field: 'date', column: 'Date', confidence: 0.95 },
        { field: 'time', column: 'Time', confidence: 0.9 },
        { field: 'patientId', column: null, confidence: 0 },
      ],
      missing: [],
      sampleRows: [
        { line: 2, patient, day: 'Tue, Mar 2, 2027', time: '9:00 AM', provider: '', status: 'Booked' },
      ],
      errors: [],
      mappableFields: ['date', 'time', 'patientId'],
      doubts: [SHEET],
    });
    const c = memoryConnector([]);
    c.nextPick = '/tmp/lists.xlsx';
    c.samplePreview = preview('Bookings', ['Date', 'Time', 'Patient', 'pid'], 'Ann Lee');
    // The Waitlist has no 'pid' column.
    c.sheetPreviews = { Waitlist: preview('Waitlist', ['Date', 'Time', 'Patient'], 'Cy Dunn') };
    render(<SettingsWindow connector={c} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Choose a sample export…' }));
    const sheets = await screen.findByRole('group', { name: /The appointments are on the sheet/ });
    expect((within(sheets).getByLabelText('Bookings') as HTMLInputElement).checked).toBe(true);
    await screen.findByText('Ann Lee');
    fireEvent.change(screen.getByLabelText('Column for Patient id'), { target: { value: 'pid' } });
    fireEvent.change(screen.getByLabelText('Column for Start time'), { target: { value: 'Patient' } });
    fireEvent.click(within(sheets).getByLabelText('Waitlist'));
    await screen.findByText('Cy Dunn');
    expect(c.calls.find((x) => x.method === 'previewSheet')?.arg).toEqual({
      file: '/tmp/lists.xlsx',
      practice: 'Main Street',
      sheet: 'Waitlist',
    });
    // Kept where the sheet has the column, undone (and said so) where it has not.
    expect((screen.getByLabelText('Column for Start time') as HTMLSelectElement).value).toBe('Patient');
    expect((screen.getByLabelText('Column for Patient id') as HTMLSelectElement).value).toBe('');
    expect(
      screen.getByText(
        'The sheet ‘Waitlist’ has no column ‘pid’, so your choice for Patient id was undone: choose its column again. Your other column choices are kept.',
      ),
    ).toBeTruthy();
    const sheetsNow = screen.getByRole('group', { name: /The appointments are on the sheet/ });
    expect((within(sheetsNow).getByLabelText('Waitlist') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Save this mapping for Main Street' }));
    await waitFor(() =>
      expect(c.calls.find((x) => x.method === 'confirmMapping')?.arg).toEqual({
        practice: 'Main Street',
        file: '/tmp/lists.xlsx',
        columns: [
          { field: 'date', column: 'Date', confidence: 0.95 },
          { field: 'time', column: 'Patient', confidence: 1 },
          { field: 'patientId', column: null, confidence: 0 },
        ],
        answers: { sheet: 'Waitlist' },
      }),
    );
  });

  it('refuses to save a practice without a folder, saying what is missing', async () => {
    const c = memoryConnector([]);
    render(<SettingsWindow connector={c} />);
    fireEvent.click(await screen.findByRole('button', { name: '+ Add practice' }));
    const form = screen.getByRole('form', { name: 'New practice' });
    fireEvent.click(within(form).getByRole('button', { name: 'Add practice' }));
    await within(form).findByText(/Choose the folder/);
    expect(c.calls.some((x) => x.method === 'savePractice')).toBe(false);
    c.nextPick = '/srv/exports';
    fireEvent.click(within(form).getByRole('button', { name: 'Choose…' }));
    await waitFor(() =>
      expect((within(form).getByLabelText(/Inbox folder/) as HTMLInputElement).value).toBe('/srv/exports'),
    );
    fireEvent.click(within(form).getByRole('button', { name: 'Add practice' }));
    await screen.findByText('Saved Practice 2.');
    expect(c.settings.practices.map((p) => p.credentialKey)).toEqual(['main-street', 'practice-2']);
  });
});

describe('custom environment address', () => {
  it('keeps an engineer’s own https address instead of replacing it with a named one', async () => {
    const c = memoryConnector([]);
    c.settings.practices[0]!.environment = 'https://mf-test.example.org';
    render(<SettingsWindow connector={c} />);
    const address = (await screen.findByLabelText('Medfusion address')) as HTMLInputElement;
    expect(address.value).toBe('https://mf-test.example.org');
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByText('Saved Main Street.');
    const saved = c.calls.find((x) => x.method === 'savePractice')!.arg as { environment: string };
    expect(saved.environment).toBe('https://mf-test.example.org');
  });
});

describe('first-run wizard', () => {
  it('goes welcome → folder → preview → credentials (skipped on the sandbox) → done', async () => {
    const c = memoryConnector([]);
    render(<Wizard connector={c} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Start' }));
    expect((screen.getByLabelText(/Inbox folder/) as HTMLInputElement).value).toBe('/tmp/inbox');
    fireEvent.click(screen.getByRole('button', { name: 'Save and continue' }));
    await screen.findByRole('heading', { name: 'Check a sample export' });
    // The view's secretsSet flags must not travel back as settings.
    expect(c.calls.find((x) => x.method === 'savePractice')!.arg).not.toHaveProperty('secretsSet');
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { name: 'Medfusion credentials' });
    fireEvent.click(screen.getByRole('button', { name: 'Skip: not needed on the sandbox' }));
    await screen.findByRole('heading', { name: 'All set' });
    await waitFor(() => expect(c.calls.some((x) => x.method === 'finishFirstRun')).toBe(true));
    expect(
      screen.getByText('Done', { selector: 'li *, li' }).closest('li')!.getAttribute('aria-current'),
    ).toBe('step');
  });
});
