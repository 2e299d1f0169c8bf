// An audit trail or change log lists one appointment once per change: Dentrix Enterprise's
// "Audit - Appointments" has Garcia's crown prep created at 12/08 9:00 and modified to 12/15
// 10:30, and both rows would go as booked appointments. Its title, its file name or a free column
// of edit verbs (`Action` = Created, Modified) says so, and the file is held. A schedule with an
// `Event` or `Action` column of other words is not. Expected outcomes worked out by hand.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { answerOn, confirmedProfile, exportFiles } from './export-files.ts';

const files = exportFiles('change-log');
const ny = { timeZone: 'America/New_York' };
const HEAD = 'Appt Date,Appt Time,Patient,DOB,Provider,Appt Type';
const ROWS = [
  '12/08/2026,9:00 AM,"Garcia, Maria",03/14/1978,"Lee, Anna DDS",Crown Prep',
  '12/15/2026,10:30 AM,"Garcia, Maria",03/14/1978,"Lee, Anna DDS",Crown Prep',
  '12/09/2026,1:00 PM,"Nguyen, Tom",07/02/1985,"Lee, Anna DDS",Prophy',
];
const named = files.named;
const withColumn = (header: string, values: string[], name = 'export.csv'): string =>
  named(name, [`${HEAD},${header}`, ...ROWS.map((r, i) => `${r},${values[i] ?? ''}`)]);

describe('a log of changes to appointments', () => {
  it('holds the Dentrix audit report: a moved appointment would go twice', async () => {
    const lines = fs
      .readFileSync(path.resolve('test/fixtures/off-book/dentrix-audit-appointments.csv'), 'utf8')
      .split('\r\n')
      .filter((l) => l && !l.includes(',Deleted,'));
    const r = await collect(named('report.csv', lines), ny);
    expect(r.summary.doubts).toMatchObject([{ kind: 'status', check: 'change-log', field: 'status' }]);
    expect(r.summary.doubts[0]!.message).toContain("its title says 'Audit - Appointments': a log of changes");
    expect(r.summary.doubts[0]!.message).toContain('one appointment may appear once per change');
  });

  it.each([
    ['its title', ['Appointment History', HEAD, ...ROWS], 'report.csv', 'its title says'],
    ['its title', ['Activity Log - Scheduling', HEAD, ...ROWS], 'report.csv', 'its title says'],
    ['its title', ['Audit Trail', HEAD, ...ROWS], 'report.csv', 'its title says'],
    ['its file name', [HEAD, ...ROWS], 'ApptChangeLog_20261207.csv', 'its file name says'],
    ['its file name', [HEAD, ...ROWS], 'appt_audit.csv', 'its file name says'],
  ])('held when %s says so', async (_place, lines, name, said) => {
    const r = await collect(named(name, lines), ny);
    expect(r.summary.doubts).toMatchObject([{ check: 'change-log' }]);
    expect(r.summary.doubts[0]!.message).toContain(said);
  });

  it.each([
    ['Action', ['Created', 'Modified', 'Created']],
    ['Change Type', ['INSERT', 'UPDATE', 'INSERT']],
    ['Event', ['Appointment Created', 'Appointment Updated', 'Appointment Created']],
  ])("held for a free '%s' column of edit verbs", async (header, values) => {
    const r = await collect(withColumn(header, values), ny);
    expect(r.summary.doubts).toMatchObject([{ check: 'change-log', column: header }]);
    expect(r.summary.doubts[0]!.message).toContain('this column says what was done to each appointment');
  });

  it('held beside a status column: each row is a version of an appointment', async () => {
    const r = await collect(
      named('histappointments.csv', [
        `${HEAD},AptStatus,HistApptAction`,
        ...ROWS.map((row, i) => `${row},Scheduled,${i === 1 ? 'Changed' : 'Created'}`),
      ]),
      ny,
    );
    expect(r.summary.doubts).toMatchObject([{ check: 'change-log', column: 'HistApptAction' }]);
  });

  it.each([
    ['Event', ['Consultation', 'Follow-up Visit', 'Consultation']],
    ['Action', ['Call', 'Text', 'Call']],
    ['Action', ['Moved', 'Deleted', '']],
  ])("not held for a '%s' column of other words", async (header, values) => {
    const r = await collect(withColumn(header, values), ny);
    expect(r.summary.doubts.filter((d) => d.check === 'change-log')).toEqual([]);
  });

  it.each([
    ['Appointment List', 'appointments_20261201.csv'],
    ['Day Sheet', 'schedule.csv'],
    ['Schedule for 12/01/2026', 'export.csv'],
  ])("a schedule titled '%s' goes", async (title, name) => {
    const r = await collect(named(name, [title, HEAD, ...ROWS]), ny);
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments).toHaveLength(3);
  });

  it('is not asked again once a person confirmed the mapping', async () => {
    const header = [...HEAD.split(','), 'Action'];
    const profile = confirmedProfile(
      files,
      { date: 'Appt Date', time: 'Appt Time', patientName: 'Patient', dob: 'DOB', providerName: 'Provider' },
      header,
    );
    const file = withColumn('Action', ['Created', 'Modified', 'Created'], 'changes.csv');
    const before = await collect(file, { ...ny, profile });
    expect(before.summary.doubts).toMatchObject([{ check: 'change-log', column: 'Action' }]);
    await answerOn(profile, file, { ...ny, profile });
    const after = await collect(file, { ...ny, profile });
    expect(after.summary.doubts).toEqual([]);
  });
});
