// import/join-files.ts: the one place that knows a companion table by its name and finds it for
// the export that needs it (OpenEMR's EHI preset: patient table joined on pc_pid = pid). Real
// files in a temp folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  companionTablesInDir,
  findJoinFile,
  isCompanionTable,
  missingTableMessage,
} from '../../main/import/join-files.ts';
import { ExportFileError } from '../../main/import/read/export-file-error.ts';
import { collect } from './convert/support.ts';

const JOIN = {
  name: 'patient_data',
  files: ['openemr_patient_data.csv', 'patient_data*.csv', '*patient_data*.csv'],
  on: { column: 'pc_pid', joinColumn: 'pid' },
};

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'join-files-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const touch = (name: string) => fs.writeFileSync(path.join(dir, name), 'pid,fname\n1,A\n');

test('a companion table is known by the preset patterns, whole name, any case; an export is not', () => {
  expect(isCompanionTable('/x/openemr_patient_data.csv')).toBe(true);
  expect(isCompanionTable('PATIENT_DATA_2027.CSV')).toBe(true);
  expect(isCompanionTable('site1_patient_data_full.csv')).toBe(true);
  expect(isCompanionTable('openemr_postcalendar_events.csv')).toBe(false);
  // `.` is literal, not "any character".
  expect(isCompanionTable('patient_data_csv')).toBe(false);
});

test('the engine and the importer find the same table: first pattern first, then the first name in order', () => {
  const events = path.join(dir, 'openemr_postcalendar_events.csv');
  fs.writeFileSync(events, 'pc_pid\n1\n');
  touch('x_patient_data.csv');
  touch('patient_data_b.csv');
  touch('patient_data_a.csv');
  const want = path.join(dir, 'patient_data_a.csv');
  expect(companionTablesInDir(dir)).toEqual({ patient_data: want });
  expect(findJoinFile(events, JOIN, { practiceId: 'p' })).toBe(want);
});

test('a missing table is an ExportFileError whose message starts with the words the engine waits on', () => {
  const events = path.join(dir, 'openemr_postcalendar_events.csv');
  fs.writeFileSync(events, 'pc_pid\n1\n');
  let err: unknown;
  try {
    findJoinFile(events, JOIN, { practiceId: 'p' });
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(ExportFileError);
  const e = (err as ExportFileError).error;
  expect(e.file).toBe('openemr_postcalendar_events.csv');
  expect(e.line).toBe(0);
  expect(e.message.startsWith(missingTableMessage('patient_data'))).toBe(true);
  expect(e.message).toBe(
    'this export needs its patient_data table (openemr_patient_data.csv or patient_data*.csv or *patient_data*.csv) next to it, and none was found',
  );
});

test('the export finds its key column as every header is found: PC_PID written in capitals is pc_pid', async () => {
  // The corpus's OpenEMR EHI layout with its header upper-cased (a query tool's default); the
  // patient table is joined on it, so each row gets its patient's name and birth date.
  const src = path.resolve('test/fixtures/exports/02-openemr-ehi-postcalendar');
  const [head, ...rows] = fs
    .readFileSync(path.join(src, 'openemr_postcalendar_events.csv'), 'utf8')
    .split('\n');
  const events = path.join(dir, 'openemr_postcalendar_events.csv');
  fs.writeFileSync(events, [head!.toUpperCase(), ...rows].join('\n'));
  fs.copyFileSync(path.join(src, 'patient_data.csv'), path.join(dir, 'patient_data.csv'));
  const r = await collect(events, { timeZone: 'America/New_York' });
  expect(r.errors).toEqual([]);
  expect(r.appointments[0]!.patient).toMatchObject({
    patientId: '1041',
    firstName: 'Desmond',
    lastName: 'Achterberg',
    dob: '1962-04-30',
  });
});
