// The importer's trust gate on real files: a file is sure (no doubts) only when every field that
// decides what a patient sees is certain and the whole file passes its checks. Expected values are
// worked out by hand from the file text.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';

const { dir, write } = exportFiles('trust-gate');

const HEAD = 'Appt ID,Patient ID,Last Name,First Name,DOB,Appt Date,Start Time,Provider,Status';

describe('a sure file goes with no doubts', () => {
  it('named columns, ISO dates, known statuses', async () => {
    const f = write(
      [
        HEAD,
        'A-100,P-7,Okafor,Chidi,1980-02-29,2027-03-01,09:30,Dr Ann Lee,Confirmed',
        'A-101,P-8,Lund,Mia,1975-12-01,2027-03-01,10:00,Dr Ann Lee,Cancelled',
      ].join('\n'),
    );
    const r = await collect(f, { timeZone: 'America/Chicago' });
    expect(r.summary.doubts).toEqual([]);
    // 09:30 CST (UTC-6) on 2027-03-01 → 15:30 UTC
    expect(r.appointments.map((a) => [a.appointmentId, a.start.toISOString(), a.status])).toEqual([
      ['A-100', '2027-03-01T15:30:00.000Z', 'NEW'],
      ['A-101', '2027-03-01T16:00:00.000Z', 'CANCEL'],
    ]);
  });
});

describe('status words', () => {
  it('an unknown word holds the file and names the word; it is never taken for booked silently', async () => {
    const f = write(
      [
        HEAD,
        'A-1,P-1,Okafor,Chidi,1980-02-29,2027-03-01,09:30,Dr Ann Lee,Umgebucht',
        'A-2,P-2,Lund,Mia,1975-12-01,2027-03-01,10:00,Dr Ann Lee,Umgebucht',
        'A-3,P-3,Berg,Ola,1975-12-01,2027-03-01,11:00,Dr Ann Lee,Confirmed',
      ].join('\n'),
    );
    const r = await collect(f, { timeZone: 'Europe/Berlin' });
    const d = r.summary.doubts.find((x) => x.kind === 'status');
    expect(d?.samples).toEqual(['Umgebucht']);
    expect(d?.message).toContain("'Umgebucht' (2 rows)");
    expect(d?.question).toContain("'Umgebucht'");
  });
  it('a profile that says what unknown words mean is followed (no doubt)', async () => {
    const profile = path.join(dir, 'p-unknown-skip.json');
    fs.writeFileSync(
      profile,
      JSON.stringify({
        name: 'x',
        columns: {
          appointmentId: 'Appt ID',
          patientId: 'Patient ID',
          lastName: 'Last Name',
          firstName: 'First Name',
          dob: 'DOB',
          date: 'Appt Date',
          time: 'Start Time',
          status: 'Status',
        },
        status: { unknown: 'skip' },
      }),
    );
    const f = write(
      [HEAD, 'A-1,P-1,Okafor,Chidi,1980-02-29,2027-03-01,09:30,Dr Ann Lee,Umgebucht'].join('\n'),
    );
    const r = await collect(f, { timeZone: 'Europe/Berlin', profile });
    expect(r.summary.doubts).toEqual([]);
    expect(r.skipped).toHaveLength(1);
  });
});

describe('start times are never midnight by default', () => {
  it('a time column nobody can read in any row holds the file', async () => {
    const f = write(
      [
        HEAD,
        'A-1,P-1,Okafor,Chidi,1980-02-29,2027-03-01,morning,Dr Ann Lee,Confirmed',
        'A-2,P-2,Lund,Mia,1975-12-01,2027-03-01,afternoon,Dr Ann Lee,Confirmed',
      ].join('\n'),
    );
    const r = await collect(f, { timeZone: 'America/Chicago' });
    expect(r.appointments).toHaveLength(0);
    expect(r.errors.map((e) => e.line)).toEqual([2, 3]);
    // 'morning' does not fit a time column, so only the date is read: no row has a start.
    const d = r.summary.doubts.find((x) => x.kind === 'start-time');
    expect(d?.message).toContain('no row has a start time');
  });
  it('some rows unreadable: those are row errors, the rest go on, no doubt', async () => {
    const f = write(
      [
        HEAD,
        'A-1,P-1,Okafor,Chidi,1980-02-29,2027-03-01,morning,Dr Ann Lee,Confirmed',
        'A-2,P-2,Lund,Mia,1975-12-01,2027-03-01,14:15,Dr Ann Lee,Confirmed',
      ].join('\n'),
    );
    const r = await collect(f, { timeZone: 'America/Chicago' });
    expect(r.errors.map((e) => [e.line, e.value])).toEqual([[2, 'morning']]);
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual(['2027-03-01T20:15:00.000Z']);
    expect(r.summary.doubts.filter((x) => x.kind === 'start-time')).toEqual([]);
  });
  it('a date-time column holding a date only is a row error, not midnight', async () => {
    const f = write(
      [
        'Appt ID,Patient ID,Last Name,First Name,DOB,Appointment Date/Time,Status',
        'A-1,P-1,Okafor,Chidi,1980-02-29,2027-03-01 09:30,Confirmed',
        'A-2,P-2,Lund,Mia,1975-12-01,2027-03-02,Confirmed',
      ].join('\n'),
    );
    const r = await collect(f, { timeZone: 'America/Chicago' });
    expect(r.appointments.map((a) => a.appointmentId)).toEqual(['A-1']);
    expect(r.errors[0]).toMatchObject({ line: 3, message: 'has a date but no start time' });
  });
});

describe('appointment ids', () => {
  it('a row counter is not taken for the id: ids are derived, with a note', async () => {
    const f = write(
      [
        'Appt #,Patient ID,Last Name,First Name,DOB,Appt Date,Start Time,Status',
        '1,P-1,Okafor,Chidi,1980-02-29,2027-03-01,09:30,Confirmed',
        '2,P-2,Lund,Mia,1975-12-01,2027-03-01,10:00,Confirmed',
        '3,P-3,Berg,Ola,1975-12-01,2027-03-01,10:30,Confirmed',
      ].join('\n'),
    );
    const r = await collect(f, { timeZone: 'America/Chicago' });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.every((a) => /^A-[0-9a-f]{16}$/.test(a.appointmentId))).toBe(true);
    expect(new Set(r.appointments.map((a) => a.appointmentId)).size).toBe(3);
  });
  it('a value reused for another appointment in the first rows holds the file (no switch to derived ids)', async () => {
    const f = write(
      [
        HEAD,
        '40000,P-1,Okafor,Chidi,1980-02-29,2027-03-01,09:30,Dr Ann Lee,Confirmed',
        '40001,P-2,Lund,Mia,1975-12-01,2027-03-01,10:00,Dr Ann Lee,Confirmed',
        '40000,P-3,Berg,Ola,1975-12-01,2027-03-01,11:00,Dr Ann Lee,Confirmed',
      ].join('\n'),
    );
    const r = await collect(f, { timeZone: 'America/Chicago' });
    expect(r.summary.doubts).toMatchObject([
      { kind: 'appointment-id', column: 'Appt ID', samples: ['40000'] },
    ]);
  });
  it('a value reused for another patient after the first rows holds the file', async () => {
    const rows = [HEAD];
    for (let i = 0; i < 520; i++)
      rows.push(`V${i},P-${i},Okafor,Chidi,1980-02-29,2027-03-01,09:30,Dr Ann Lee,Confirmed`);
    rows.push('V3,P-999,Lund,Mia,1975-12-01,2027-03-01,10:00,Dr Ann Lee,Confirmed');
    const r = await collect(write(rows.join('\n')), { timeZone: 'America/Chicago' });
    const d = r.summary.doubts.find((x) => x.kind === 'appointment-id');
    expect(d?.samples).toEqual(['V3']);
    expect(d?.message).toContain('line 522'); // header on line 1, 520 rows, then this one
  });
  it('a bare "ID" column is not a sure appointment id: the person is asked', async () => {
    const f = write(
      [
        'ID,Patient ID,Last Name,First Name,DOB,Appt Date,Start Time,Status',
        '88123,P-1,Okafor,Chidi,1980-02-29,2027-03-01,09:30,Confirmed',
        '88127,P-2,Lund,Mia,1975-12-01,2027-03-01,10:00,Confirmed',
      ].join('\n'),
    );
    const r = await collect(f, { timeZone: 'America/Chicago' });
    const d = r.summary.doubts.find((x) => x.field === 'appointmentId');
    expect(d?.kind).toBe('column');
    expect(d?.column).toBe('ID');
  });
  it('derived ids: a time moved within the day keeps the id; two that day get two ids', async () => {
    const head = 'Patient ID,Last Name,First Name,DOB,Appt Date,Start Time,Provider,Status';
    const day1 = await collect(
      write(
        [
          head,
          'P-1,Okafor,Chidi,1980-02-29,2027-03-01,09:30,Dr Ann Lee,Confirmed',
          'P-1,Okafor,Chidi,1980-02-29,2027-03-01,15:00,Dr Ann Lee,Confirmed',
        ].join('\n'),
      ),
      { timeZone: 'America/Chicago' },
    );
    const day2 = await collect(
      write(
        [
          head,
          'P-1,Okafor,Chidi,1980-02-29,2027-03-01,10:00,Dr Ann Lee,Confirmed',
          'P-1,Okafor,Chidi,1980-02-29,2027-03-01,15:00,Dr Ann Lee,Confirmed',
        ].join('\n'),
      ),
      { timeZone: 'America/Chicago' },
    );
    const [a, b] = day1.appointments.map((x) => x.appointmentId);
    expect(a).not.toBe(b);
    expect(day2.appointments.map((x) => x.appointmentId)).toEqual([a, b]);
  });
});

describe('day and month order over the whole file', () => {
  const head = 'Appt ID,Patient ID,Last Name,First Name,DOB,Appt Date,Start Time,Status';
  const text = [
    head,
    'A-1,P-1,Okafor,Chidi,03/04/1980,02/03/2027,09:30,Confirmed',
    'A-2,P-2,Lund,Mia,01/12/1975,02/03/2027,10:00,Confirmed',
  ].join('\n');
  it('no day above 12 in a UK practice: day-first from the zone', async () => {
    const r = await collect(write(text), { timeZone: 'Europe/London' });
    expect(r.summary.doubts).toEqual([]);
    expect(r.summary.dateOrder).toMatchObject({ order: 'DMY', source: 'region' });
    // 2 March 2027 09:30 GMT
    expect(r.appointments[0]!.start.toISOString()).toBe('2027-03-02T09:30:00.000Z');
    expect(r.appointments[0]!.patient.dob).toBe('1980-04-03');
  });
  it('the same file in a practice on UTC: held, nothing can tell', async () => {
    const r = await collect(write(text), { timeZone: 'UTC' });
    expect(r.summary.doubts.map((d) => d.kind)).toContain('date-order');
  });
  it('a practice whose earlier exports were month-first: a day-first file is held', async () => {
    const f = write([head, 'A-1,P-1,Okafor,Chidi,25/04/1980,02/03/2027,09:30,Confirmed'].join('\n'));
    const r = await collect(f, { timeZone: 'America/Chicago', dateOrder: 'MDY', dateOrderSource: 'data' });
    expect(r.summary.doubts.find((d) => d.kind === 'date-order')?.samples).toEqual(['25/04/1980']);
  });
  it('a date after the first rows that only reads the other way holds the file', async () => {
    const rows = [head];
    for (let i = 0; i < 510; i++)
      rows.push(`A-${i},P-${i},Okafor,Chidi,1980-02-01,02/03/2027,09:30,Confirmed`);
    rows.push('A-999,P-999,Lund,Mia,1975-12-01,02/13/2027,10:00,Confirmed');
    const r = await collect(write(rows.join('\n')), { timeZone: 'Europe/London' });
    expect(r.summary.doubts.find((d) => d.kind === 'date-order')?.samples).toEqual(['02/13/2027']);
  });
});

/** The columns of HEAD, as a practice's mapping names them. */
const HEAD_COLUMNS = {
  appointmentId: 'Appt ID',
  patientId: 'Patient ID',
  lastName: 'Last Name',
  firstName: 'First Name',
  dob: 'DOB',
  date: 'Appt Date',
  time: 'Start Time',
  status: 'Status',
};

/** A profile file `name` with HEAD's columns (and `over`), confirmed on HEAD unless `confirmed` is false. */
function headProfile(name: string, over: Record<string, string> = {}, confirmed = true): string {
  const profile = path.join(dir, name);
  const doc = {
    name: 'x',
    columns: { ...HEAD_COLUMNS, ...over },
    ...(confirmed ? { confirmed: { headers: HEAD.split(','), at: '2027-01-01T00:00:00Z' } } : {}),
  };
  fs.writeFileSync(profile, JSON.stringify(doc));
  return profile;
}

describe('a confirmed mapping', () => {
  it('is held again when the export columns change', async () => {
    const profile = headProfile('confirmed.json');
    const same = await collect(
      write([HEAD, 'A-1,P-1,Okafor,Chidi,1980-02-29,2027-03-01,09:30,Dr Ann Lee,Confirmed'].join('\n')),
      { timeZone: 'America/Chicago', profile },
    );
    expect(same.summary.doubts).toEqual([]);
    const changed = await collect(
      write(
        [
          `${HEAD},Email`,
          'A-1,P-1,Okafor,Chidi,1980-02-29,2027-03-01,09:30,Dr Ann Lee,Confirmed,c@example.org',
        ].join('\n'),
      ),
      { timeZone: 'America/Chicago', profile },
    );
    expect(changed.summary.doubts).toMatchObject([{ kind: 'layout-changed', samples: ['Email'] }]);
  });

  it('a file the confirmed mapping cannot read at all (a second system into the same inbox) is held as a changed layout, not failed', async () => {
    const profile = headProfile('other-system.profile.json');
    // Acuity's export: other names for every column.
    const acuity = write(
      [
        'Start Time,End Time,First Name,Last Name,Phone,Email,Type,Calendar,Appointment ID,Date of Birth',
        'March 1 2027 9:00am,March 1 2027 9:30am,Chidi,Okafor,555-0100,c@example.org,Consult,Dr Ann Lee,41001,1980-02-29',
      ].join('\n'),
    );
    const r = await collect(acuity, { timeZone: 'America/Chicago', profile });
    expect(r.summary.doubts.map((d) => d.kind)).toContain('layout-changed');
  });

  it("a practice's own mapping naming a column the file lacks holds it (a typo, or a column renamed and confirmed again)", async () => {
    // `Staus` for `Status`: read from no column, every Cancelled row would go as booked.
    const profile = headProfile('typo.profile.json', { status: 'Staus' }, false);
    const r = await collect(
      write([HEAD, 'A-1,P-1,Okafor,Chidi,1980-02-29,2027-03-01,09:30,Dr Ann Lee,Cancelled'].join('\n')),
      { timeZone: 'America/Chicago', profile },
    );
    expect(r.summary.doubts).toMatchObject([{ kind: 'layout-changed', field: 'status', samples: ['Staus'] }]);
  });
});
