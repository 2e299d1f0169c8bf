// Filtering, search, verdicts and advice: the logic the history window shows people.
import { filterJobs, matchesSearch } from '../../renderer/history/filter-jobs.ts';
import { jobResult, needsAttention } from '../../renderer/history/job-result.ts';
import { adviceForJob, adviceForServerText, adviceForStatus } from '../../renderer/history/advice.ts';
import { windowFromHash } from '../../renderer/shared/route.ts';
import { statusHeadline } from '../../renderer/history/status-banner.tsx';
import { chooseColumn } from '../../renderer/settings/export-preview.tsx';
import { draftProblems, newCredentialKey } from '../../renderer/settings/practice-draft.ts';
import { job } from './memory-connector.ts';

const ok = job('morning', {
  file: 'C:\\Exports\\morning.csv',
  dataJobIds: ['dj-AAA'],
  messageIds: ['m-1'],
  patientIds: ['12', '13'],
});
const failed = job('broken', { state: 'failed', outcome: undefined, reason: 'Line 3: bad date' });
const partial = job('partial', { outcome: 'PARTIAL', patientIds: ['120'] });
const rowErrors = job('rows', { counts: { rows: 4, sent: 3, unchanged: 0, skipped: 0, errors: 1 } });

describe('history filtering and search', () => {
  it('keeps only jobs that need a person when filtering to failures', () => {
    expect(
      filterJobs([ok, failed, partial, rowErrors], { failuresOnly: true, search: '' }).map((j) => j.id),
    ).toEqual(['broken', 'partial', 'rows']);
  });

  it('finds by file name, DataJobId and MessageId, case-insensitively', () => {
    expect(matchesSearch(ok, 'MORNING')).toBe(true);
    expect(matchesSearch(ok, 'dj-aaa')).toBe(true);
    expect(matchesSearch(ok, 'm-1')).toBe(true);
    expect(matchesSearch(failed, 'dj-aaa')).toBe(false);
  });

  it('matches patient ids whole, so 12 does not find patient 120', () => {
    expect(filterJobs([ok, partial], { failuresOnly: false, search: '12' }).map((j) => j.id)).toEqual([
      'morning',
    ]);
    expect(filterJobs([ok, partial], { failuresOnly: false, search: '120' }).map((j) => j.id)).toEqual([
      'partial',
    ]);
  });
});

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

  it('sends sign-in failures to Settings and server hiccups to patience', () => {
    expect(adviceForStatus(401).todo).toMatch(/Settings/);
    expect(adviceForStatus(503).todo).toMatch(/tries again by itself/);
  });

  it('lists our row errors first with line, column, value and hint', () => {
    const items = adviceForJob(
      job('x', {
        rowErrors: [
          {
            file: 'x.csv',
            line: 14,
            column: 'Date',
            value: '2026-13-45',
            message: 'not a date',
            hint: 'Check the date format setting.',
          },
        ],
        batches: [
          {
            index: 0,
            appointmentIds: ['7'],
            httpStatus: 202,
            outcomes: { '7': { state: 'ERROR', error: 'Bad Request' } },
          },
        ],
      }),
    );
    expect(items[0]).toEqual({
      where: 'Line 14, column ‘Date’',
      what: 'not a date (value ‘2026-13-45’)',
      todo: 'Check the date format setting.',
    });
    expect(items[1]!.where).toBe('Appointment 7');
    expect(items[1]!.detail).toBe('Bad Request');
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
