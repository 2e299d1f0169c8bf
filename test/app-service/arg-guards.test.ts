// The runtime guards accept every well-formed argument the windows send (so a guard can't
// silently break a feature) and refuse look-alikes.
import { describe, expect, it } from 'vitest';
import { ARG_GUARDS, checkArgument, isInvokeMethod } from '../../main/app-service/arg-guards.ts';
import { INVOKE_METHODS, type InvokeMap, type InvokeMethod } from '../../preload/ipc-contract.ts';

const practice = {
  name: 'North Clinic',
  inbox: '\\\\frontdesk\\exports',
  practiceId: '3f2c9a7e-5b1d-4c8e-9a6f-2d7e8b1c4a90',
  environment: 'demo',
  mappingProfile: 'auto',
  timeZone: 'America/Chicago',
  snapshotMode: true,
  polling: true,
  credentialKey: 'north-clinic',
};

const VALID: { [M in InvokeMethod]: Array<InvokeMap[M][0]> } = {
  getStatus: [undefined],
  listJobs: [{}, { failedOnly: true, search: 'DJ-123', limit: 200, before: '20261125-093400-a5a89f' }],
  queryHistory: [
    {},
    { search: 'DJ-1', practiceKey: 'north-clinic', from: '2026-11-01', to: '2026-11-30', result: 'problems' },
    { result: 'in-progress', offset: 500, limit: 100 },
  ],
  exportHistory: [{}, { result: 'held', practiceKey: 'north-clinic' }],
  copyText: ['DJ-88342'],
  getJob: ['20261125-093400-a5a89f'],
  dailyCounts: [14, 1, 366],
  retryJob: ['job-1'],
  markHandled: ['20261125-093400-a5a89f'],
  showJobInFolder: ['job-1'],
  getSettings: [undefined],
  savePractice: [practice],
  removePractice: ['North Clinic'],
  setRetentionDays: [0, 90],
  setStartAtLogin: [true, false],
  finishFirstRun: [undefined],
  setSecrets: [
    { credentialKey: 'north-clinic', values: {} },
    { credentialKey: 'n', values: { appToken: 'a', password: '' } },
  ],
  testConnection: ['North Clinic'],
  pickFolder: [undefined],
  pickFile: [undefined],
  previewExport: [{ file: 'C:\\exports\\today.csv' }, { file: '/srv/x.csv', practice: 'North Clinic' }],
  saveMapping: [
    {
      practice: 'North Clinic',
      file: 'C:\\exports\\today.csv',
      columns: [
        { field: 'date', column: 'Appt Date', confidence: 0.8 },
        { field: 'dob', column: null, confidence: 0 },
      ],
    },
  ],
  openReview: ['20261125-093400-a5a89f'],
  resume: [undefined],
  openSettings: ['North Clinic'],
  pausePractice: [
    { practice: 'North Clinic', length: 'hour' },
    { practice: 'North Clinic', length: 'tomorrow' },
  ],
  resumePractice: ['North Clinic'],
  sendNow: ['North Clinic'],
  openInbox: ['North Clinic'],
  previewHeldFile: ['20261125-093400-a5a89f'],
  previewSheet: [
    { jobId: '20261125-093400-a5a89f', sheet: 'Cancelled' },
    { file: 'C:\\exports\\lists.xlsx', sheet: 'Waitlist' },
    { file: '/srv/lists.xlsx', practice: 'North Clinic', sheet: 'Waitlist' },
  ],
  confirmMapping: [
    {
      practice: 'North Clinic',
      jobId: '20261125-093400-a5a89f',
      columns: [{ field: 'status', column: 'Termin-Status', confidence: 1 }],
      answers: { statusWords: [{ word: 'Umgebucht', meaning: 'cancel' }], dateOrder: 'DMY' },
    },
    { practice: 'North Clinic', file: 'C:\\exports\\today.csv', columns: [], answers: {} },
  ],
};

describe('IPC argument guards', () => {
  it('there is one guard per contract method', () => {
    expect(Object.keys(ARG_GUARDS).sort()).toEqual([...INVOKE_METHODS].sort());
    expect(isInvokeMethod('getJob')).toBe(true);
    expect(isInvokeMethod('constructor')).toBe(false);
  });

  it.each(INVOKE_METHODS)('%s accepts the arguments the windows send', (method) => {
    for (const arg of VALID[method]) expect(checkArgument(method, arg), JSON.stringify(arg)).toBe(true);
  });

  it('refuses look-alikes: extra keys, wrong types, class instances, oversized text', () => {
    expect(checkArgument('savePractice', { ...practice, password: 'x' })).toBe(false);
    expect(checkArgument('savePractice', { ...practice, polling: 'yes' })).toBe(false);
    // The fields come from the settings schema: its optional snapshot guard is accepted in range,
    // a missing required field or an out-of-range number is not.
    expect(checkArgument('savePractice', { ...practice, maxSnapshotCancelPercent: 35 })).toBe(true);
    expect(checkArgument('savePractice', { ...practice, maxSnapshotCancelPercent: 101 })).toBe(false);
    expect(checkArgument('savePractice', { ...practice, inbox: undefined })).toBe(false);
    expect(checkArgument('listJobs', new (class Q {})())).toBe(false);
    expect(checkArgument('listJobs', [])).toBe(false);
    // A pause names a length, never a time or anything else from the window.
    expect(checkArgument('pausePractice', { practice: 'North Clinic', length: 'week' })).toBe(false);
    expect(
      checkArgument('pausePractice', { practice: 'North Clinic', length: 'hour', until: '2099-01-01' }),
    ).toBe(false);
    expect(checkArgument('pausePractice', { practice: '', length: 'hour' })).toBe(false);
    expect(checkArgument('openInbox', { practice: 'North Clinic' })).toBe(false);
    expect(checkArgument('getJob', 'x'.repeat(201))).toBe(false);
    expect(checkArgument('setSecrets', { credentialKey: 'n', values: { password: 'x'.repeat(9000) } })).toBe(
      false,
    );
    expect(checkArgument('previewExport', { file: '' })).toBe(false);
    const confirm = { practice: 'North Clinic', jobId: 'job-1', columns: [], answers: {} };
    // Exactly one source, known answers only, no stray keys.
    expect(checkArgument('confirmMapping', confirm)).toBe(true);
    expect(checkArgument('confirmMapping', { ...confirm, file: '/srv/x.csv' })).toBe(false);
    expect(checkArgument('confirmMapping', { practice: 'p', columns: [], answers: {} })).toBe(false);
    expect(checkArgument('confirmMapping', { ...confirm, answers: { dateOrder: 'YMD' } })).toBe(false);
    expect(
      checkArgument('confirmMapping', {
        ...confirm,
        answers: { statusWords: [{ word: 'Umgebucht', meaning: 'booked' }] },
      }),
    ).toBe(false);
    expect(checkArgument('confirmMapping', { ...confirm, answers: { statusWords: [{ word: '' }] } })).toBe(
      false,
    );
    expect(checkArgument('confirmMapping', { ...confirm, path: '/etc/passwd' })).toBe(false);
    expect(checkArgument('openReview', { jobId: 'job-1' })).toBe(false);
    // The mapping is checked against the sample it was chosen on: no sample, no save.
    expect(checkArgument('saveMapping', { practice: 'p', columns: [] })).toBe(false);
    expect(checkArgument('previewHeldFile', '')).toBe(false);
    // A sheet is picked by its name, of a held job or of a sample export: exactly one of the two
    // (a held job's file is never named by the window), and a practice only with a sample.
    expect(checkArgument('previewSheet', { jobId: 'job-1', sheet: '' })).toBe(false);
    expect(checkArgument('previewSheet', { sheet: 'Cancelled' })).toBe(false);
    expect(checkArgument('previewSheet', { jobId: 'job-1', sheet: 'Cancelled', file: '/etc/passwd' })).toBe(
      false,
    );
    expect(checkArgument('previewSheet', { jobId: 'job-1', practice: 'North', sheet: 'Cancelled' })).toBe(
      false,
    );
    expect(checkArgument('previewSheet', { file: '', sheet: 'Cancelled' })).toBe(false);
    expect(checkArgument('previewSheet', { file: '/srv/lists.xlsx', sheet: 7 })).toBe(false);
    expect(checkArgument('confirmMapping', { ...confirm, answers: { sheet: 'Cancelled' } })).toBe(true);
    expect(checkArgument('confirmMapping', { ...confirm, answers: { sheet: 7 } })).toBe(false);
    // the review's name-order answer (family name first) crosses the boundary; nothing else does
    expect(checkArgument('confirmMapping', { ...confirm, answers: { nameOrder: 'last-first' } })).toBe(true);
    expect(checkArgument('confirmMapping', { ...confirm, answers: { nameOrder: 'first-last' } })).toBe(true);
    expect(checkArgument('confirmMapping', { ...confirm, answers: { nameOrder: 'family-first' } })).toBe(
      false,
    );
    // the blank dates answer (an empty date is the day above) crosses the boundary; nothing else does
    expect(checkArgument('confirmMapping', { ...confirm, answers: { blankDate: 'above' } })).toBe(true);
    expect(checkArgument('confirmMapping', { ...confirm, answers: { blankDate: 'below' } })).toBe(false);
    expect(checkArgument('confirmMapping', { ...confirm, answers: { blankDate: true } })).toBe(false);
    // the twelve-hour answer: a column and hours 1-11 after noon, the first not after the last
    const hours = (afterNoon: unknown) =>
      checkArgument('confirmMapping', { ...confirm, answers: { afterNoon } });
    expect(hours({ column: 'Time', from: 1, to: 6 })).toBe(true);
    expect(hours({ column: 'Time', from: 6, to: 1 })).toBe(false);
    expect(hours({ column: 'Time', from: 0, to: 6 })).toBe(false);
    expect(hours({ column: 'Time', from: 1, to: 12 })).toBe(false);
    expect(hours({ column: 'Time', from: 1.5, to: 6 })).toBe(false);
    expect(hours({ from: 1, to: 6 })).toBe(false);
    expect(hours({ column: 'Time', from: 1, to: 6, pm: true })).toBe(false);
    // times marked UTC: a column, and its clock the practice's own (local) or really UTC
    const marked = (markedUtc: unknown) =>
      checkArgument('confirmMapping', { ...confirm, answers: { markedUtc } });
    expect(marked({ column: 'start', reading: 'local' })).toBe(true);
    expect(marked({ column: 'start', reading: 'utc' })).toBe(true);
    expect(marked({ column: 'start', reading: 'Europe/Berlin' })).toBe(false);
    expect(marked({ reading: 'local' })).toBe(false);
    expect(marked({ column: 'start', reading: 'local', offset: '+01:00' })).toBe(false);
    expect(marked('local')).toBe(false);
    // midnight as no time saved: a column only (a real midnight is confirming as read)
    const midnight = (midnightUntimed: unknown) =>
      checkArgument('confirmMapping', { ...confirm, answers: { midnightUntimed } });
    expect(midnight({ column: 'Appt Time' })).toBe(true);
    expect(midnight({})).toBe(false);
    expect(midnight({ column: '' })).toBe(false);
    expect(midnight({ column: 'Appt Time', from: 0 })).toBe(false);
    expect(midnight('no-time')).toBe(false);
    expect(checkArgument('dailyCounts', Number.NaN)).toBe(false);
    expect(checkArgument('queryHistory', { result: 'everything' })).toBe(false);
    expect(checkArgument('queryHistory', { from: '25/11/2026' })).toBe(false);
    expect(checkArgument('queryHistory', { offset: -1 })).toBe(false);
    expect(checkArgument('exportHistory', { path: '/etc/passwd' })).toBe(false);
    expect(checkArgument('copyText', '')).toBe(false);
    expect(checkArgument('copyText', 'x'.repeat(2001))).toBe(false);
    expect(
      checkArgument('saveMapping', {
        practice: 'p',
        file: '/srv/x.csv',
        columns: Array(101).fill({ field: 'date', column: 'A', confidence: 1 }),
      }),
    ).toBe(false);
  });
});
