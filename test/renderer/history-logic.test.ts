// Verdicts, grouped problems, the one message per file, and advice: the logic the history window
// shows people. (Search and filters run in the engine: test/engine/job-store/history-query.test.ts.)
import { jobResult, needsAttention } from '../../renderer/history/job-result.ts';
import { adviceForServerText, adviceForStatus, problemGroups } from '../../renderer/history/advice.ts';
import { fileMessage } from '../../renderer/history/file-message.ts';
import { windowFromHash } from '../../renderer/shared/route.ts';
import { statusHeadline } from '../../renderer/history/status-banner.tsx';
import { chooseColumn } from '../../renderer/settings/export-preview.tsx';
import {
  draftProblems,
  newCredentialKey,
  practiceSettingsOf,
} from '../../renderer/settings/practice-draft.ts';
import { job } from './memory-connector.ts';

const ok = job('morning', {
  file: 'C:\\Exports\\morning.csv',
  dataJobIds: ['dj-AAA'],
  messageIds: ['m-1'],
  patientIds: ['12', '13'],
});
const failed = job('broken', { state: 'failed', outcome: undefined, reason: 'Line 3: bad date' });
const partial = job('partial', { outcome: 'PARTIAL', patientIds: ['120'] });

describe('job verdicts', () => {
  it('says in words what happened', () => {
    expect(jobResult(ok)).toEqual({ tone: 'good', label: 'Processed' });
    expect(jobResult(failed)).toEqual({ tone: 'bad', label: 'Failed' });
    expect(jobResult(partial).tone).toBe('warn');
    expect(jobResult(job('q', { state: 'accepted', outcome: 'PENDING' })).label).toMatch(
      /awaiting Medfusion/,
    );
    expect(needsAttention(ok)).toBe(false);
  });
});

describe('advice', () => {
  it('turns a deactivated-patient ERROR into what to do', () => {
    const a = adviceForServerText('APPNT_CORE_SRV_014 Patient is deactivated');
    expect(a.what).toMatch(/deactivated/);
    expect(a.todo).toMatch(/Reactivate/);
  });

  it('explains the sandbox’s UPDATE-before-NEW refusal', () => {
    const a = adviceForServerText(
      "UPDATE for AppointmentId '9', which this practice has never received with Status NEW.",
    );
    expect(a.todo).toMatch(/Export the appointment again/);
  });

  it('names a workbook’s rows as Excel does: rows of a sheet, not lines', () => {
    const hidden = { file: 'b.xlsx', sheet: 'Bookings', message: 'hidden in Excel', hint: 'Unhide it.' };
    const [g] = problemGroups(job('x', { rowErrors: [6, 9].map((line) => ({ ...hidden, line })) }));
    expect(g!.where).toBe('rows 6, 9 of sheet ‘Bookings’');
    expect(g!.examples).toEqual(['Row 6: hidden in Excel', 'Row 9: hidden in Excel']);
  });

  it('sends sign-in failures to Settings and server hiccups to patience', () => {
    expect(adviceForStatus(401).todo).toMatch(/Settings/);
    expect(adviceForStatus(503).todo).toMatch(/tries again by itself/);
  });

  it('groups 120 unreadable dates into one problem with its first lines, Medfusion’s refusals by kind', () => {
    const rowErrors = Array.from({ length: 120 }, (_, k) => ({
      file: 'x.csv',
      line: 4 + k * 5,
      column: 'Date',
      field: 'date',
      value: `2026-13-${k}`,
      message: 'not a date: there is no month 13',
      hint: 'Check the date format setting.',
    }));
    const groups = problemGroups(
      job('x', {
        rowErrors: [
          ...rowErrors,
          { file: 'x.csv', line: 7, column: 'Status', message: 'unknown status', hint: 'Map the status.' },
        ],
        batches: [
          {
            index: 0,
            appointmentIds: ['7', '8', '9'],
            httpStatus: 202,
            outcomes: {
              '7': { state: 'ERROR', error: 'APPNT_CORE_SRV_014 Patient is deactivated' },
              '8': { state: 'ERROR', error: 'APPNT_CORE_SRV_014 Patient is deactivated' },
              '9': { state: 'COMPLETED' },
            },
          },
          { index: 1, appointmentIds: ['10'], httpStatus: 401, serverText: 'invalid_token' },
        ],
      }),
    );
    expect(groups.map((g) => [g.title, g.count, g.unit])).toEqual([
      ['‘Date’ not readable', 120, 'row'],
      ['‘Status’ not usable', 1, 'row'],
      ['The patient is deactivated in the patient portal.', 2, 'appointment'],
      ['Medfusion refused the sign-in.', 1, 'batch'],
    ]);
    const dates = groups[0]!;
    // Lines 4, 9, 14 … (every 5th): the first 8, then an ellipsis.
    expect(dates.where).toBe('lines 4, 9, 14, 19, 24, 29, 34, 39 …');
    expect(dates.examples).toEqual([
      'Line 4: ‘2026-13-0’: not a date: there is no month 13',
      'Line 9: ‘2026-13-1’: not a date: there is no month 13',
      'Line 14: ‘2026-13-2’: not a date: there is no month 13',
    ]);
    expect(dates.todo).toBe('Check the date format setting.');
    expect(groups[2]!.where).toBe('appointments 7, 8');
    // Codes and server words are kept for *Technical details*, out of the plain words.
    expect(groups[2]!.technical).toEqual([
      'Appointment 7: APPNT_CORE_SRV_014 Patient is deactivated',
      'Appointment 8: APPNT_CORE_SRV_014 Patient is deactivated',
    ]);
    expect(groups[3]!.technical).toEqual(['Batch 2: HTTP 401 — invalid_token']);
    expect(groups.map((g) => `${g.title} ${g.todo}`).join(' ')).not.toMatch(/HTTP|\b40\d\b/);
  });
});

describe('one plain message per file', () => {
  const noJargon = (text: string) => expect(text).not.toMatch(/HTTP|\b[45]\d\d\b|job-|connector retry|`/);

  it('says in plain words what happened to the file and what to do', () => {
    const refused = job('r', {
      state: 'failed',
      outcome: undefined,
      counts: { rows: 3, sent: 0, unchanged: 0, skipped: 0, errors: 0 },
      batches: [{ index: 0, appointmentIds: ['1'], httpStatus: 401, serverText: 'bad token' }],
      reason: 'HTTP 401 from Medfusion',
      advice: 'Run `appt-connector retry job-r` after fixing the credentials.',
    });
    const m = fileMessage(refused, problemGroups(refused));
    expect(m.text).toBe('Medfusion refused the sign-in. Nothing from this file reached the patient portal.');
    expect(m.todo).toMatch(/^Open Settings/);
    noJargon(`${m.text} ${m.todo}`);

    const rows = job('p', { counts: { rows: 10, sent: 7, unchanged: 0, skipped: 0, errors: 3 } });
    expect(fileMessage(rows, []).text).toBe(
      '7 appointments reached the patient portal; 3 rows of the export could not be used.',
    );
    expect(fileMessage(job('ok'), []).text).toBe('All 3 appointments reached the patient portal.');
    // On the sandbox it must not say patients see it.
    expect(fileMessage(job('ok'), [], { testMode: true }).text).toBe(
      'All 3 appointments reached the test sandbox (nothing reaches patients).',
    );
    const waiting = job('w', { state: 'sending', outcome: undefined });
    expect(fileMessage(waiting, [], { stopped: () => 'sign-in refused' }).todo).toMatch(/Fix credentials/);
  });
});

describe('settings helpers and routing', () => {
  it('routes by hash and falls back to the history', () => {
    expect(windowFromHash('#settings')).toBe('settings');
    expect(windowFromHash('#/wizard')).toBe('wizard');
    expect(windowFromHash('')).toBe('history');
    expect(windowFromHash('#nonsense')).toBe('history');
  });

  it('makes unique keychain-safe credential keys', () => {
    expect(newCredentialKey('Dr. Müller & Partners', [])).toBe('dr-m-ller-partners');
    expect(newCredentialKey('Main St', ['main-st', 'main-st-2'])).toBe('main-st-3');
  });

  it('saves every setting of a practice, also one the window has no control for, and never secretsSet', () => {
    const view = {
      name: 'Main St',
      inbox: '/srv/exports',
      practiceId: '3f2c9a7e-5b1d-4c8e-9a6f-2d7e8b1c4a90',
      environment: 'production',
      mappingProfile: 'auto',
      timeZone: 'America/Chicago',
      snapshotMode: true,
      polling: false,
      credentialKey: 'main-st',
      maxSnapshotCancelPercent: 35,
      secretsSet: { clientId: true, clientSecret: true },
    };
    const saved = practiceSettingsOf(view);
    expect(saved).not.toHaveProperty('secretsSet');
    expect(saved.maxSnapshotCancelPercent).toBe(35);
    expect(saved.timeZone).toBe('America/Chicago');
  });

  it('asks for the folder and a UUID practice id before saving', () => {
    const problems = draftProblems({
      name: 'A',
      inbox: '',
      practiceId: '123',
      environment: 'demo',
      mappingProfile: 'auto',
      timeZone: '',
      snapshotMode: false,
      polling: false,
      credentialKey: 'a',
    });
    expect(problems.join(' ')).toMatch(/folder/);
    expect(problems.join(' ')).toMatch(/practice id/);
  });

  it('treats a column the person chose as certain', () => {
    const cols = chooseColumn([{ field: 'patientId', column: null, confidence: 0 }], 'patientId', 'pid');
    expect(cols).toEqual([{ field: 'patientId', column: 'pid', confidence: 1 }]);
  });
});

describe('status headline', () => {
  const base = {
    state: 'idle' as const,
    paused: false,
    counts: { sentToday: 1, queued: 0, failed: 0 },
    problems: [],
  };

  it('speaks in words for every state', () => {
    expect(statusHeadline(base)).toMatchObject({
      tone: 'good',
      title: 'All well',
      text: '1 appointment sent today.',
    });
    expect(statusHeadline({ ...base, state: 'working' }).text).toMatch(/^Working on a file\./);
    expect(statusHeadline({ ...base, state: 'working', counts: { ...base.counts, queued: 2 } }).text).toMatch(
      /^2 files in progress/,
    );
    expect(statusHeadline({ ...base, paused: true })).toMatchObject({ tone: 'warn', title: 'Paused' });
    expect(statusHeadline({ ...base, state: 'error' })).toMatchObject({ tone: 'bad', title: 'Not working' });
    expect(statusHeadline({ ...base, state: 'attention', counts: { ...base.counts, failed: 1 } }).text).toBe(
      '1 file could not be sent completely.',
    );
  });
});
