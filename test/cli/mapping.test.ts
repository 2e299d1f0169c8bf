// `mapping show|confirm` and `detect FILE --save --practice` as a person runs them, in this process
// (spawning costs seconds): a real settings file, a real job store with a held job whose file sits
// in the inbox's processing/ folder, and the real importer.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';
import { main } from '../../main/cli/index.ts';
import { JobStore } from '../../main/engine/job-store/index.ts';
import { dataPaths } from '../../main/engine/settings/index.ts';
import type { Settings } from '../../main/model/settings.ts';
import type { JobDetails } from '../../main/model/status-and-jobs.ts';
import type { Doubt } from '../../main/model/doubt.ts';
import { twoListsWorkbook } from '../import/read/xlsx-builder.ts';

const PRACTICE_ID = '1c7ecf9f-9700-4e70-b976-9356db658274';
const EXPORT = [
  'Appt ID,Patient ID,First Name,Last Name,DOB,Date,Time,Provider,Type,Location,Status',
  'A-1001,P-501,Anna,Berg,1980-02-03,2026-12-21,09:00,Dr Jane Smith,Checkup,Harbour Clinic,Umgebucht',
  'A-1002,P-502,Ben,Cole,1975-06-07,2026-12-21,09:30,Dr Jane Smith,Checkup,Harbour Clinic,Confirmed',
  '',
].join('\n');
const HEADERS = EXPORT.split('\n')[0]!.split(',');
const DOUBT: Doubt = {
  kind: 'status',
  field: 'status',
  column: 'Status',
  message: "the status 'Umgebucht' is not a word the connector knows",
  samples: ['Umgebucht'],
  question: "What does 'Umgebucht' mean: booked, or cancelled?",
};

let root: string;
let dataDir: string;
let inbox: string;
let heldFile: string;

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((m: unknown) => void out.push(String(m)));
  const error = vi.spyOn(console, 'error').mockImplementation((m: unknown) => void err.push(String(m)));
  try {
    const code = await main(args);
    return { code, out: out.join('\n'), err: err.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

/** `mapping confirm` for Harbour Clinic in this data folder, with `args` added. */
const confirmCli = (...args: string[]) =>
  cli('mapping', 'confirm', '--practice', 'Harbour Clinic', '--data-dir', dataDir, ...args);

function heldJob(over: Partial<JobDetails> = {}): JobDetails {
  return {
    id: '20261201-100000-aaaaaa',
    file: 'week.csv',
    practice: 'Harbour Clinic',
    receivedAt: '2026-12-01T10:00:00.000Z',
    state: 'held',
    counts: { rows: 2, sent: 0, unchanged: 0, skipped: 0, errors: 0 },
    dataJobIds: [],
    messageIds: [],
    rowErrors: [],
    batches: [],
    doubts: [DOUBT],
    reason: 'Held for review: 1 thing to confirm — nothing was sent.',
    archivedPath: heldFile,
    ...over,
  };
}

beforeEach(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'mapping-cli-'));
  dataDir = path.join(root, 'data');
  inbox = path.join(root, 'inbox');
  heldFile = path.join(inbox, 'processing', '20261201-100000-aaaaaa-week.csv');
  fs.mkdirSync(path.dirname(heldFile), { recursive: true });
  fs.writeFileSync(heldFile, EXPORT);
  const settings: Settings = {
    version: 1,
    practices: [
      {
        name: 'Harbour Clinic',
        inbox,
        practiceId: PRACTICE_ID,
        environment: 'sandbox',
        mappingProfile: 'auto',
        timeZone: 'Europe/Berlin',
        snapshotMode: false,
        polling: false,
        credentialKey: 'harbour-clinic',
      },
    ],
    retentionDays: 0,
    stabilityMs: 1000,
    batchSize: 50,
  };
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(dataPaths(dataDir).settings, JSON.stringify(settings));
  const store = await JobStore.open(dataPaths(dataDir).jobs);
  await store.create(heldJob());
  await store.create(
    heldJob({ id: '20261130-090000-bbbbbb', state: 'processed', doubts: undefined, reason: undefined }),
  );
  await store.close();
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

const profilePath = () => path.join(dataDir, 'profiles', 'harbour-clinic.profile.json');
const memoryPath = () => path.join(dataDir, 'ledger', `sandbox-${PRACTICE_ID}`, 'practice-memory.json');
const settingsNow = () => JSON.parse(fs.readFileSync(dataPaths(dataDir).settings, 'utf8')) as Settings;

test('mapping show: the mapping, the remembered date order, and each held file with what is uncertain', async () => {
  const r = await cli('mapping', 'show', '--practice', 'harbour clinic', '--data-dir', dataDir);
  expect(r.code, r.err).toBe(0);
  expect(r.out).toContain('mapping: auto: the columns are recognised in each file (nothing confirmed yet)');
  expect(r.out).toContain('dates: no day/month order settled yet');
  expect(r.out).toContain('1 file is held for review (nothing from it was sent):');
  expect(r.out).toContain('week.csv  (job 20261201-100000-aaaaaa');
  expect(r.out).toContain(
    "- column 'Status': the status 'Umgebucht' is not a word the connector knows (e.g. 'Umgebucht')",
  );
  expect(r.out).toContain("? What does 'Umgebucht' mean: booked, or cancelled?");
  expect(r.out).toContain('appt-connector mapping confirm --practice "Harbour Clinic"');
  const j = await cli('mapping', 'show', '--practice', 'Harbour Clinic', '--data-dir', dataDir, '--json');
  const doc = JSON.parse(j.out) as { held: Array<{ id: string; doubts: Doubt[] }>; memory: unknown };
  expect(doc.held.map((h) => h.id)).toEqual(['20261201-100000-aaaaaa']);
  expect(doc.held[0]!.doubts).toEqual([DOUBT]);
  expect(doc.memory).toEqual({ version: 1 });
});

test('mapping confirm: writes the confirmed profile, points the setting at it, remembers the answer, says what goes', async () => {
  const r = await confirmCli(
    '--set',
    'appointmentId=appt id',
    '--status',
    'Umgebucht=booked',
    '--date-order',
    'dmy',
  );
  expect(r.code, r.err).toBe(0);
  const profile = JSON.parse(fs.readFileSync(profilePath(), 'utf8')) as {
    name: string;
    columns: Record<string, unknown>;
    status: { new: string[] };
    confirmed: { headers: string[]; at: string };
    dateOrder: string;
  };
  expect(profile.name).toBe('Harbour Clinic (confirmed)');
  expect(profile.columns.appointmentId).toBe('Appt ID');
  expect(profile.status.new).toContain('Umgebucht');
  expect(profile.confirmed.headers).toEqual(HEADERS);
  expect(Date.parse(profile.confirmed.at)).toBeGreaterThan(Date.now() - 60_000);
  expect(profile.dateOrder).toBe('DMY');
  expect(settingsNow().practices[0]!.mappingProfile).toBe(profilePath());
  const memory = JSON.parse(fs.readFileSync(memoryPath(), 'utf8')) as {
    dateOrder: { order: string; source: string };
    mapping: { profile: string; at: string };
  };
  expect(memory.dateOrder).toMatchObject({ order: 'DMY', source: 'person' });
  expect(memory.mapping.profile).toBe(profilePath());
  expect(memory.mapping.at).toBe(profile.confirmed.at);
  expect(r.out).toContain(`Confirmed the mapping of Harbour Clinic on week.csv: saved to ${profilePath()}`);
  expect(r.out).toContain(
    '1 of 1 held file will now go: a running connector takes them at its next inbox check',
  );
  expect(r.out).toContain('week.csv: goes');

  // `show` now reads the confirmed profile back.
  const s = await cli('mapping', 'show', '--practice', 'Harbour Clinic', '--data-dir', dataDir);
  expect(s.out).toContain(`mapping: profile file ${profilePath()}`);
  expect(s.out).toMatch(/confirmed .* on the columns: Appt ID, Patient ID/);
  expect(s.out).toMatch(/status words read as booked: +.*Umgebucht/);
  expect(s.out).toContain('dates: DMY (day first), confirmed by a person');
});

test.each([
  [['--set', 'nosuch=Status'], /'nosuch' is not a field \(fields: appointmentId, patientId/],
  [['--set', 'appointmentId=Ticket'], /the file has no column 'Ticket' \(columns: 'Appt ID', 'Patient ID'/],
  [['--set', 'appointmentId'], /--set must be NAME=VALUE/],
  [['--status', 'Umgebucht=maybe'], /say WORD=booked, WORD=cancelled or WORD=skip/],
  [['--date-order', 'YMD'], /--date-order must be MDY or DMY/],
  [['--file', 'a.csv', '--job', 'x'], /give --file or --job, not both/],
  // Mappings that make no sense on the file (mapping-sense.ts), refused with field, column, example.
  [
    ['--set', 'date=DOB'],
    /nothing was saved\. The appointment date cannot be read from column 'DOB' \(e\.g\. '1980-02-03'\): it holds dates of birth\. Choose the column with the appointment date, or leave it out\. \(--set FIELD=COLUMN/,
  ],
  [
    ['--set', 'patientId=Date'],
    /The patient id cannot be read from column 'Date' \(e\.g\. '2026-12-21'\): it holds dates, not ids\./,
  ],
  [
    ['--set', 'firstName=Provider', '--set', 'lastName=Last Name'],
    /The patient first name cannot be read from column 'Provider' \(e\.g\. 'Dr Jane Smith'\): it holds the provider's name, not the patient's\./,
  ],
])('mapping confirm %j: exit 2 with what to write, nothing saved', async (extra, why) => {
  const r = await confirmCli(...extra);
  expect(r.code).toBe(2);
  expect(r.err).toMatch(why);
  expect(fs.existsSync(profilePath())).toBe(false);
  expect(settingsNow().practices[0]!.mappingProfile).toBe('auto');
});

test('mapping: an unknown practice or nothing held says so', async () => {
  const none = await cli('mapping', 'show', '--practice', 'Elsewhere', '--data-dir', dataDir);
  expect(none.code).toBe(2);
  expect(none.err).toContain("there is no practice 'Elsewhere'");
  expect(none.err).toContain("(practices: 'Harbour Clinic')");
  const wrongJob = await confirmCli('--job', 'nope');
  expect(wrongJob.code).toBe(1);
  expect(wrongJob.err).toContain('job nope is not a held file of Harbour Clinic');
  const bad = await cli('mapping', 'review', '--practice', 'Harbour Clinic', '--data-dir', dataDir);
  expect(bad.code).toBe(2);
});

test('detect FILE --save --practice NAME confirms the mapping for that practice from any export', async () => {
  const file = path.join(root, 'sample.csv');
  fs.writeFileSync(file, EXPORT);
  const r = await cli(
    'detect',
    file,
    '--save',
    '--practice',
    'Harbour Clinic',
    '--data-dir',
    dataDir,
    '--status',
    'Umgebucht=cancelled',
  );
  expect(r.code, r.err).toBe(0);
  const profile = JSON.parse(fs.readFileSync(profilePath(), 'utf8')) as {
    status: { cancel: string[] };
    confirmed: { headers: string[] };
  };
  expect(profile.status.cancel).toContain('Umgebucht');
  expect(profile.confirmed.headers).toEqual(HEADERS);
  expect(settingsNow().practices[0]!.mappingProfile).toBe(profilePath());
  expect(r.out).toContain(`Confirmed the mapping of Harbour Clinic on sample.csv: saved to ${profilePath()}`);
  expect(r.out).toContain('1 of 1 held file will now go');
  // --practice without --save is a mistake, not a silent preview.
  const noSave = await cli('detect', file, '--practice', 'Harbour Clinic', '--data-dir', dataDir);
  expect(noSave.code).toBe(2);
  expect(noSave.err).toContain('--practice goes with --save');
});

test('history lists a held file as held (not failed) and --job shows what is uncertain', async () => {
  const list = await cli('history', '--data-dir', dataDir);
  expect(list.code, list.err).toBe(0);
  expect(list.out).toMatch(
    /week\.csv .* HELD for review +20261201-100000-aaaaaa +Held for review: 1 thing to confirm/,
  );
  expect(list.out).toContain('0 failed, 1 held for review, 0 in progress');
  const one = await cli('history', '--data-dir', dataDir, '--job', '20261201-100000-aaaaaa');
  expect(one.code).toBe(0);
  expect(one.out).toContain('  state       held');
  expect(one.out).toContain('  uncertain (1):');
  expect(one.out).toContain(
    "    - column 'Status': the status 'Umgebucht' is not a word the connector knows (e.g. 'Umgebucht')",
  );
  expect(one.out).toContain("      ? What does 'Umgebucht' mean: booked, or cancelled?");
});

describe('mapping confirm on a file whose columns the mapping no longer names', () => {
  /** The practice's mapping as confirmed on an earlier export whose status column was `Appt
   *  Status` (this one writes `Status`), plus `extra`. */
  function oldMapping(extra: Record<string, string> = {}): void {
    const file = path.join(dataDir, 'profiles', 'old.profile.json');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const columns = {
      appointmentId: 'Appt ID',
      patientId: 'Patient ID',
      firstName: 'First Name',
      lastName: 'Last Name',
      dob: 'DOB',
      date: 'Date',
      time: 'Time',
      providerName: 'Provider',
      status: 'Appt Status',
      ...extra,
    };
    const headers = [...HEADERS.filter((h) => h !== 'Status'), 'Appt Status'];
    fs.writeFileSync(
      file,
      JSON.stringify({ name: 'old', columns, confirmed: { headers, at: '2026-11-01T00:00:00Z' } }),
    );
    const settings = settingsNow();
    settings.practices[0]!.mappingProfile = file;
    fs.writeFileSync(dataPaths(dataDir).settings, JSON.stringify(settings));
  }

  test('takes the renamed column recognition finds, never keeps the old name (the field would be read from no column)', async () => {
    oldMapping();
    const r = await confirmCli('--status', 'Umgebucht=cancelled');
    expect(r.code, r.err).toBe(0);
    const profile = JSON.parse(fs.readFileSync(profilePath(), 'utf8')) as { columns: Record<string, string> };
    expect(profile.columns.status).toBe('Status');
  });

  test('refuses, naming the field, when no column of the file reads as it', async () => {
    oldMapping({ email: 'E-Mail' });
    const r = await confirmCli('--status', 'Umgebucht=cancelled');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /nothing was saved: the mapping reads email from 'E-Mail', which this file does not have.*--set email=COLUMN/,
    );
    // `--set email=` says the export has none: then it is saved.
    const ok = await confirmCli('--status', 'Umgebucht=cancelled', '--set', 'email=');
    expect(ok.code, ok.err).toBe(0);
  });
});

test('confirms a file whose layout recognition matched to a preset with an optional column it does not have', async () => {
  // OpenEMR's appointments report is `Provider,Date,Time,Patient,[Address,]DOB,Type,Status`: this
  // export has no Address. The confirm had refused until told `--set address1=`.
  fs.writeFileSync(
    heldFile,
    [
      'Date,Time,Patient,DOB,Provider,Type,Status',
      '03/02/2027,9:00 AM,"Smith, John",04/12/1961,"Lee, Anna MD",Lab Draw,Scheduled',
      '03/02/2027,10:00 AM,"Garcia, Maria",11/30/1975,"Lee, Anna MD",New Patient,Umgebucht',
      '',
    ].join('\n'),
  );
  const r = await confirmCli('--status', 'Umgebucht=cancelled');
  expect(r.code, r.err).toBe(0);
  const profile = JSON.parse(fs.readFileSync(profilePath(), 'utf8')) as { columns: Record<string, string> };
  expect(profile.columns.address1).toBeUndefined();
  expect(profile.columns.status).toBe('Status');
  expect(profile.columns.patientName).toBe('Patient');
});

test('detect shows what would hold the file, and says that saving answers it', async () => {
  const file = path.join(root, 'week.csv');
  fs.writeFileSync(file, EXPORT);
  const r = await cli('detect', file, '--tz', 'Europe/Berlin');
  expect(r.code, r.err).toBe(0);
  expect(r.out).toContain('the connector is not sure of one thing (the file would be held for review):');
  expect(r.out).toMatch(/- Column 'Status': a status the connector does not know: 'Umgebucht'/);
  const saved = await cli('detect', file, '--tz', 'Europe/Berlin', '--save');
  expect(saved.out).toContain(
    'Saving confirmed it: the checks above are taken as answered yes for later files.',
  );
});

test('mapping confirm says which checks of the file it also answers for later files', async () => {
  // The held file: an unknown status word, and times without AM/PM of which 1:30 would go at night.
  fs.writeFileSync(
    heldFile,
    [
      HEADERS.join(','),
      'A-1001,P-501,Anna,Berg,1980-02-03,2026-12-21,9:00,Dr Jane Smith,Checkup,Harbour Clinic,Umgebucht',
      'A-1002,P-502,Ben,Cole,1975-06-07,2026-12-21,1:30,Dr Jane Smith,Checkup,Harbour Clinic,Confirmed',
      '',
    ].join('\n'),
  );
  const r = await confirmCli('--status', 'Umgebucht=booked');
  expect(r.code, r.err).toBe(0);
  expect(r.out).toContain(
    "It also answers, for this practice's later files (they are not held for these again):",
  );
  expect(r.out).toMatch(/- column 'Time': times are written without AM\/PM/);
  const profile = JSON.parse(fs.readFileSync(profilePath(), 'utf8')) as { confirmed: { answered: string[] } };
  expect(profile.confirmed.answered).toEqual(['twelve-hour-clock@Time']);
});

test('mapping confirm says a names-apart answer is for the twins of the file only', async () => {
  // Twins told apart only by their middle-name column, and no patient-id column: one made-up id,
  // `P-` and the first 12 hex of SHA-256 over `khan U+001F mohammed U+001F 2026-11-20`, worked
  // out by hand with sha256sum.
  fs.writeFileSync(
    heldFile,
    [
      'Appt ID,First Name,Middle Name,Last Name,DOB,Date,Time,Provider,Type,Location,Status',
      'A-1001,Mohammed,Ali,Khan,2026-11-20,2026-12-21,09:00,Dr Jane Smith,Checkup,Harbour Clinic,Confirmed',
      'A-1002,Mohammed,Omar,Khan,2026-11-20,2026-12-21,09:15,Dr Jane Smith,Checkup,Harbour Clinic,Confirmed',
      'A-1003,Ben,,Cole,1975-06-07,2026-12-21,09:30,Dr Jane Smith,Checkup,Harbour Clinic,Confirmed',
      '',
    ].join('\n'),
  );
  const r = await confirmCli();
  expect(r.code, r.err).toBe(0);
  expect(r.out).toMatch(/- .*the patient on line 3 has .*\(for patient ids P-922f6999fd35 only\)/);
  const profile = JSON.parse(fs.readFileSync(profilePath(), 'utf8')) as { confirmed: { answered: string[] } };
  expect(profile.confirmed.answered).toEqual(['names-apart#P-922f6999fd35']);
});

describe('mapping confirm on a workbook with two sheets that could each be the list', () => {
  const sheetOf = () => (JSON.parse(fs.readFileSync(profilePath(), 'utf8')) as { sheet?: string }).sheet;

  test('confirming keeps the sheet shown (the first); --sheet names another; either is not asked again', async () => {
    const book = path.join(inbox, 'lists.xlsx');
    fs.writeFileSync(book, twoListsWorkbook());
    const shown = await cli('detect', book);
    expect(shown.out).toContain("the rows shown are sheet 'Bookings''s");

    const r = await confirmCli('--file', book);
    expect(r.code, r.err).toBe(0);
    expect(sheetOf()).toBe('Bookings');

    const other = await confirmCli('--file', book, '--sheet', 'Waitlist');
    expect(other.code, other.err).toBe(0);
    expect(sheetOf()).toBe('Waitlist');
    const again = await cli('detect', book, '--profile', profilePath());
    expect(again.out).not.toContain('could each be the appointment list');
    expect(again.out).toContain('Cy Dunn');

    const wrong = await confirmCli('--file', book, '--sheet', 'Archive');
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain(
      '--sheet Archive: the workbook has no visible sheet of that name with rows in it',
    );
  });
});

describe('mapping confirm --after-noon', () => {
  // An afternoon clinic's list written without AM/PM (12:30 to 4:15, corpus 156): the hours after
  // noon are answered once and kept for the start column; confirming as read would send 1:30 AM.
  const LIST = [
    'Appt ID,Date,Time,Patient,DOB,Provider,Status',
    'T-1,2026-12-21,12:30,"Keller, Dana",1979-04-22,Megan Holt,Confirmed',
    'T-2,2026-12-21,1:30,"Ortiz, Luis",1984-11-30,Megan Holt,Confirmed',
    'T-3,2026-12-21,4:15,"Walsh, Brendan",1962-07-14,Megan Holt,Confirmed',
    '',
  ].join('\n');

  test("1-6 is kept as the profile's afterNoon (1:30 then reads 13:30); 6-1 is refused, nothing saved", async () => {
    const list = path.join(inbox, 'afternoon.csv');
    fs.writeFileSync(list, LIST);
    const bad = await confirmCli('--file', list, '--after-noon', '6-1');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain(
      "--after-noon must be two hours from 1 to 11, the first not after the last, e.g. 1-6 (got '6-1')",
    );
    expect(fs.existsSync(profilePath())).toBe(false);

    const r = await confirmCli('--file', list, '--after-noon', '1-6');
    expect(r.code, r.err).toBe(0);
    const profile = JSON.parse(fs.readFileSync(profilePath(), 'utf8')) as {
      afterNoon?: unknown;
      confirmed: { answered?: string[] };
    };
    expect(profile.afterNoon).toEqual({ column: 'Time', from: 1, to: 6, morning: 7 });
    // Not kept as answered as read: a later 7:30 or 0:45 is judged again.
    expect(profile.confirmed.answered ?? []).not.toContain('twelve-hour-clock@Time');
    const read = await cli('detect', list, '--tz', 'Europe/Berlin', '--profile', profilePath());
    // 13:30 in Berlin (UTC+1 in December) is 12:30 UTC; 12:30 stays noon's (11:30 UTC).
    expect(read.out).toContain('2026-12-21T12:30:00.000Z  id T-2');
    expect(read.out).toContain('2026-12-21T11:30:00.000Z  id T-1');
    expect(read.out).not.toContain('times are written without AM/PM');
  });
});

describe('mapping confirm --marked-utc', () => {
  // A Los Angeles clinic's day as written (09:00 to 16:00) marked Z by the script that exports it
  // (corpus 93): read as UTC, 09:00Z is 1:00 AM there (UTC-8 in December), so the file asks.
  const LIST = [
    'Appt ID,Patient ID,Patient,DOB,Start,Provider,Status',
    'Z-1,P-1,"Keller, Dana",1979-04-22,2026-12-21T09:00:00.000Z,Megan Holt,Confirmed',
    'Z-2,P-2,"Ortiz, Luis",1984-11-30,2026-12-21T10:30:00.000Z,Megan Holt,Confirmed',
    'Z-3,P-3,"Walsh, Brendan",1962-07-14,2026-12-21T16:00:00+00:00,Megan Holt,Confirmed',
    '',
  ].join('\n');
  const inLosAngeles = () => {
    const s = settingsNow();
    s.practices[0]!.timeZone = 'America/Los_Angeles';
    fs.writeFileSync(dataPaths(dataDir).settings, JSON.stringify(s));
  };

  test('local is kept for the start column and the times read as written there; a wrong word, or a file that did not ask, is refused', async () => {
    inLosAngeles();
    const list = path.join(inbox, 'pandas.csv');
    fs.writeFileSync(list, LIST);
    const bad = await confirmCli('--file', list, '--marked-utc', 'maybe');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain(
      "--marked-utc must be local (the practice's own clock marked UTC by mistake) or utc (got 'maybe')",
    );
    expect(fs.existsSync(profilePath())).toBe(false);
    // The week.csv export writes no UTC times: nothing to answer, nothing saved.
    const unasked = await confirmCli(
      '--file',
      heldFile,
      '--marked-utc',
      'local',
      '--status',
      'Umgebucht=cancelled',
    );
    expect(unasked.code).toBe(2);
    expect(unasked.err).toContain('asks no question about times written as UTC');
    expect(fs.existsSync(profilePath())).toBe(false);

    const r = await confirmCli('--file', list, '--marked-utc', 'local');
    expect(r.code, r.err).toBe(0);
    const profile = JSON.parse(fs.readFileSync(profilePath(), 'utf8')) as {
      markedUtc?: unknown;
      confirmed: { answered?: string[] };
    };
    // With the marks and the hours as written (9:00 is 540, 16:00 is 960), checked on later files.
    expect(profile.markedUtc).toEqual({ column: 'Start', marks: ['+00:00', 'Z'], from: 540, to: 960 });
    expect(profile.confirmed.answered ?? []).not.toContain('utc-night@Start');
    const read = await cli('detect', list, '--tz', 'America/Los_Angeles', '--profile', profilePath());
    // By hand: 09:00, 10:30 and 16:00 in Los Angeles (UTC-8 on 21 December) are 17:00, 18:30
    // and 00:00 the next day in UTC.
    expect(read.out).toContain('2026-12-21T17:00:00.000Z  id Z-1');
    expect(read.out).toContain('2026-12-21T18:30:00.000Z  id Z-2');
    expect(read.out).toContain('2026-12-22T00:00:00.000Z  id Z-3');
  });

  test('mapping show offers --marked-utc where a held file asks about times marked UTC, and only there', async () => {
    const before = await cli('mapping', 'show', '--practice', 'Harbour Clinic', '--data-dir', dataDir);
    expect(before.out).not.toContain('--marked-utc');
    const store = await JobStore.open(dataPaths(dataDir).jobs);
    await store.create(
      heldJob({
        id: '20261202-100000-cccccc',
        file: 'pandas.csv',
        doubts: [
          {
            kind: 'start-time',
            check: 'utc-night',
            field: 'dateTime',
            column: 'Start',
            message: 'every start, read as written, is between 07:00 and 18:59',
            samples: ['2026-12-21T09:00:00.000Z'],
            question: 'Are these times really UTC?',
          },
        ],
      }),
    );
    await store.close();
    const r = await cli('mapping', 'show', '--practice', 'Harbour Clinic', '--data-dir', dataDir);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain(' [--marked-utc local|utc]');
  });

  test('utc keeps the UTC reading, as confirming without it does: 09:00Z goes as 1:00 AM there', async () => {
    inLosAngeles();
    const list = path.join(inbox, 'night-shift.csv');
    fs.writeFileSync(list, LIST);
    const r = await confirmCli('--file', list, '--marked-utc', 'utc');
    expect(r.code, r.err).toBe(0);
    const profile = JSON.parse(fs.readFileSync(profilePath(), 'utf8')) as {
      markedUtc?: unknown;
      confirmed: { answered?: string[] };
    };
    expect(profile.markedUtc).toBeUndefined();
    expect(profile.confirmed.answered).toContain('utc-night@Start');
    const read = await cli('detect', list, '--tz', 'America/Los_Angeles', '--profile', profilePath());
    expect(read.out).toContain('2026-12-21T09:00:00.000Z  id Z-1');
  });
});

describe('mapping confirm --status for a cancellation written in a note', () => {
  // A front desk's sheet with no status column (corpus 131): Tom Nguyen's visit is cancelled only
  // in its Notes, so the file asks about that text.
  const TOM = 'CANCELLED - pt called 3/15';
  const SHEET = [
    'Date,Time,Patient,DOB,Notes',
    '3/16/2027,8:45 AM,Maria Gonzalez,4/9/1962,',
    `3/16/2027,11:00 AM,Tom Nguyen,2/2/1999,${TOM}`,
    '3/17/2027,12:30 PM,Rosa Delgado,1/15/1944,daughter drives',
    '',
  ].join('\n');

  test('the text answered cancelled is kept for its column and text only; that row is then cancelled', async () => {
    const list = path.join(inbox, 'patel.csv');
    fs.writeFileSync(list, SHEET);
    const r = await confirmCli('--file', list, '--status', `${TOM}=cancelled`);
    expect(r.code, r.err).toBe(0);
    const profile = JSON.parse(fs.readFileSync(profilePath(), 'utf8')) as {
      noteStatus?: unknown;
      status?: { cancel?: string[] };
      confirmed: { answered?: string[] };
    };
    expect(profile.noteStatus).toEqual([{ column: 'Notes', cancel: [TOM] }]);
    // Not a status column's word, and the question not answered for every later note.
    expect(profile.status?.cancel ?? []).not.toContain(TOM);
    expect(profile.confirmed.answered ?? []).not.toContain('off-book-text@Notes');
    const read = await cli(
      'detect',
      list,
      '--tz',
      'America/Los_Angeles',
      '--profile',
      profilePath(),
      '--json',
    );
    const report = JSON.parse(read.out) as {
      doubts: unknown[];
      preview: Array<{ kind: string; appointment?: { status: string } }>;
    };
    expect(report.doubts).toEqual([]);
    expect(report.preview.map((i) => i.appointment?.status)).toEqual(['NEW', 'CANCEL', 'NEW']);
  });
});

describe('mapping confirm --name-order', () => {
  // A list that writes names 'Keller, Dana' and, with the comma left out, 'Ortiz Luis' (corpus 181):
  // which word of a name without a comma is the family name is asked, and answered once.
  const LIST = [
    'Appt ID,Date,Time,Client,DOB,Therapist,Status',
    'T-1,2026-12-21,08:00,"Keller, Dana",1979-04-22,Megan Holt,Confirmed',
    'T-2,2026-12-21,09:00,Ortiz Luis,1984-11-30,Megan Holt,Confirmed',
    'T-3,2026-12-21,10:00,"Walsh, Brendan",1962-07-14,Megan Holt,Confirmed',
    'T-4,2026-12-22,08:00,"Keller, Dana",1979-04-22,Megan Holt,Confirmed',
    '',
  ].join('\n');
  const orderOf = () =>
    (JSON.parse(fs.readFileSync(profilePath(), 'utf8')) as { patientNameOrder?: string }).patientNameOrder;

  test('last-first is kept in the profile: Ortiz Luis is then Luis Ortiz; first-last drops it again', async () => {
    const list = path.join(inbox, 'clients.csv');
    fs.writeFileSync(list, LIST);
    const asked = await cli('detect', list, '--tz', 'Europe/Berlin');
    expect(asked.out).toContain('Are the names without a comma first name first?');
    expect(asked.out).toContain('Ortiz Luis (DOB 1984-11-30');

    const r = await confirmCli('--file', list, '--name-order', 'LAST-FIRST');
    expect(r.code, r.err).toBe(0);
    expect(orderOf()).toBe('last-first');
    const read = await cli('detect', list, '--tz', 'Europe/Berlin', '--profile', profilePath());
    expect(read.out).toContain('Luis Ortiz (DOB 1984-11-30');
    expect(read.out).toContain('Dana Keller (DOB 1979-04-22');
    expect(read.out).not.toContain('Are the names without a comma first name first?');

    const back = await confirmCli('--file', list, '--name-order', 'first-last');
    expect(back.code, back.err).toBe(0);
    expect(orderOf()).not.toBe('last-first');
  });

  test('an order it does not know is refused, nothing saved', async () => {
    const r = await confirmCli('--name-order', 'family-first');
    expect(r.code).toBe(2);
    expect(r.err).toContain("--name-order must be first-last or last-first (got 'family-first')");
    expect(fs.existsSync(profilePath())).toBe(false);
  });
});

describe('mapping confirm --blank-date', () => {
  test('above is kept in the profile (an empty date is the day above); another value is refused', async () => {
    // A report that prints each day's date once (corpus 191): line 3 has no date.
    const list = path.join(inbox, 'days.csv');
    fs.writeFileSync(
      list,
      [
        'Appt ID,Date,Time,Client,DOB,Therapist,Status',
        'T-1,2026-12-21,08:00,"Keller, Dana",1979-04-22,Megan Holt,Confirmed',
        'T-2,,09:00,"Walsh, Brendan",1962-07-14,Megan Holt,Confirmed',
        '',
      ].join('\n'),
    );
    const wrong = await confirmCli('--file', list, '--blank-date', 'below');
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain("--blank-date must be above (got 'below')");
    expect(fs.existsSync(profilePath())).toBe(false);

    const r = await confirmCli('--file', list, '--blank-date', 'above');
    expect(r.code, r.err).toBe(0);
    const saved = JSON.parse(fs.readFileSync(profilePath(), 'utf8')) as { blankDate?: string };
    expect(saved.blankDate).toBe('above');
  });
});

describe('mapping confirm --midnight', () => {
  // A day clinic whose report prints a walk-in saved without a time as 12:00 AM (corpus 223).
  const DAY = [
    'Appt ID,Chart #,Patient,DOB,Appt Date,Appt Time,Provider,Status',
    'M-1,SV1,"Haugen, Tessa",02/11/1987,03/08/2027,8:30 AM,Anita Patel,Confirmed',
    'M-2,SV2,"Ferris, Wade",10/14/1948,03/08/2027,12:00 AM,Anita Patel,Confirmed',
    'M-3,SV3,"Moreau, Celeste",08/19/1971,03/08/2027,1:15 PM,Anita Patel,Confirmed',
    '',
  ].join('\n');
  const inChicago = () => {
    const s = settingsNow();
    s.practices[0]!.timeZone = 'America/Chicago';
    fs.writeFileSync(dataPaths(dataDir).settings, JSON.stringify(s));
  };

  test('no-time is kept for the start column: the midnight row is a row error, the others read; a wrong word or a night file is refused', async () => {
    inChicago();
    const list = path.join(inbox, 'day.csv');
    fs.writeFileSync(list, DAY);
    const bad = await confirmCli('--file', list, '--midnight', 'maybe');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--midnight must be no-time');
    // A sleep lab's night (11:00 PM and 1:00 AM beside 12:00 AM): midnight may be real.
    const lab = path.join(inbox, 'lab.csv');
    fs.writeFileSync(lab, DAY.replace('8:30 AM', '11:00 PM').replace('1:15 PM', '1:00 AM'));
    const night = await confirmCli('--file', lab, '--midnight', 'no-time');
    expect(night.code).toBe(2);
    expect(night.err).toContain('cannot be answered so');
    expect(fs.existsSync(profilePath())).toBe(false);

    const r = await confirmCli('--file', list, '--midnight', 'no-time');
    expect(r.code, r.err).toBe(0);
    const profile = JSON.parse(fs.readFileSync(profilePath(), 'utf8')) as {
      midnightUntimed?: unknown;
      confirmed: { answered?: string[] };
    };
    expect(profile.midnightUntimed).toEqual({ column: 'Appt Time' });
    expect(profile.confirmed.answered ?? []).not.toContain('midnight@Appt Time');
    const read = await cli('detect', list, '--tz', 'America/Chicago', '--profile', profilePath());
    // By hand: Chicago is UTC-6 on 8 March 2027: 8:30 AM is 14:30Z, 1:15 PM 19:15Z; never 06:00Z.
    expect(read.out).toContain('2027-03-08T14:30:00.000Z  id M-1');
    expect(read.out).toContain('2027-03-08T19:15:00.000Z  id M-3');
    expect(read.out).not.toContain('2027-03-08T06:00:00.000Z');
    expect(read.out).not.toContain('exactly midnight');
  });
});

describe('mapping confirm --location-zone', () => {
  // A Kentucky group's Louisville and Bowling Green offices, each on its own clock (corpus 370).
  const TWO = [
    'Appointment ID,Client,Client ID,DOB,Location,Date,Start Time,Status',
    'TN-1,"Whitfield, Marcy",CL-2210,04/22/1986,Louisville - Bardstown Rd,03/11/2027,9:00 AM,Scheduled',
    'TN-2,"Osei, Kwame",CL-2231,11/02/1979,Bowling Green - Scottsville Rd,03/11/2027,9:00 AM,Scheduled',
    '',
  ].join('\n');

  test('the location keeps its zone: its rows read on it, the other on the practice clock; a bad value or a location not asked is refused', async () => {
    const s = settingsNow();
    s.practices[0]!.timeZone = 'America/Kentucky/Louisville';
    fs.writeFileSync(dataPaths(dataDir).settings, JSON.stringify(s));
    const list = path.join(inbox, 'two.csv');
    fs.writeFileSync(list, TWO);
    const bad = await confirmCli('--file', list, '--location-zone', 'Bowling Green');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--location-zone must be LOCATION=ZONE');
    const other = await confirmCli(
      '--file',
      list,
      '--location-zone',
      'Louisville - Bardstown Rd=America/Chicago',
    );
    expect(other.code).toBe(2);
    expect(other.err).toContain("does not ask which clock the location 'Louisville - Bardstown Rd'");
    expect(fs.existsSync(profilePath())).toBe(false);
    // One location given two zones (spelt another way the second time): refused, nothing saved.
    const twice = await confirmCli(
      '--file',
      list,
      '--location-zone',
      'Bowling Green - Scottsville Rd=America/Chicago',
      '--location-zone',
      'BOWLING GREEN SCOTTSVILLE RD=America/New_York',
    );
    expect(twice.code).toBe(2);
    expect(twice.err).toContain('is answered twice, with two zones');
    expect(fs.existsSync(profilePath())).toBe(false);

    const r = await confirmCli(
      '--file',
      list,
      '--location-zone',
      'Bowling Green - Scottsville Rd=America/Chicago',
    );
    expect(r.code, r.err).toBe(0);
    const profile = JSON.parse(fs.readFileSync(profilePath(), 'utf8')) as { locationZones?: unknown };
    expect(profile.locationZones).toEqual([
      { location: 'Bowling Green - Scottsville Rd', zone: 'America/Chicago' },
    ]);
    const read = await cli('detect', list, '--tz', 'America/Kentucky/Louisville', '--profile', profilePath());
    // By hand: 11 March 2027 is before the change: Louisville UTC-5, Bowling Green (Central) UTC-6.
    expect(read.out).toContain('2027-03-11T14:00:00.000Z  id TN-1');
    expect(read.out).toContain('2027-03-11T15:00:00.000Z  id TN-2');
  }, 120_000);
});
