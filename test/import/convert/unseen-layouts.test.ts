// Exports in layouts the code has never seen (invented headers a person would recognise):
// each converts with zero configuration — no preset fits them, recognition does the work.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { detectProfile } from '../../../main/import/import-export.ts';
import { formatRowError } from '../../../main/model/row-error.ts';
import {
  collect,
  EXPORTS,
  expectValidXml,
  PRACTICE,
  startsAndNames as summaryOf,
  tempDir,
} from './support.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('unseen layouts convert with zero configuration', () => {
  it('semicolon CSV, DD.MM.YYYY, `Appt Date;Start;Pt Name;Birthdate;Doctor;Visit Reason;State`, a blocked-time row', async () => {
    const file = path.join(EXPORTS, 'praxis_semicolon_dmy.csv');
    const r = await collect(file, { timeZone: 'Europe/Berlin' });
    expect(r.errors.map(formatRowError)).toEqual([]);
    expect(summaryOf(r)).toEqual([
      ['NEW', '2026-12-03T07:30:00.000Z', 'Lena', 'Vogel', '1985-02-14'],
      ['CANCEL', '2026-12-03T08:15:00.000Z', 'Jonas', 'Brandt', '1972-07-01'],
      ['NEW', '2026-12-17T13:00:00.000Z', 'Mia', 'Schreiber', '2001-11-23'],
    ]);
    expect(r.skipped).toEqual([{ line: 5, reason: 'no patient (open slot or blocked time)' }]);
    expect(r.appointments[0]).toMatchObject({
      reason: 'Kontrolle',
      description: 'Kontrolle',
      participant: { providerName: 'Dr. Anna Keller' },
    });
    expectValidXml(r.appointments);
  });

  it('pipe-delimited `PatientName|ApptDateTime|...` with `Last, First` names, 12 h date-times and a boolean cancelled column', async () => {
    const r = await collect(path.join(EXPORTS, 'pipe_lastfirst_datetime.txt'), {
      timeZone: 'America/Chicago',
    });
    expect(r.errors).toEqual([]);
    expect(summaryOf(r)).toEqual([
      ['NEW', '2026-03-14T19:15:00.000Z', 'Chidi', 'Okafor', '1990-07-22'],
      ['CANCEL', '2026-03-14T20:00:00.000Z', 'Astrid', 'Lindqvist', '1948-12-30'],
      ['NEW', '2026-03-15T14:00:00.000Z', 'Ken', 'Nakamura', '2015-01-05'], // after the 03-08 DST change: CDT
    ]);
    expect(r.appointments[0]!.participant).toEqual({
      type: 'PROVIDER',
      identifier: 'reyes-marisol',
      providerName: 'Marisol Reyes',
    });
    expectValidXml(r.appointments);
  });

  it('a report with title lines before the header, split names, 12 h times, vocabulary statuses and an open slot', async () => {
    const r = await collect(path.join(EXPORTS, 'title_line_report.csv'), { timeZone: 'America/Denver' });
    expect(r.errors).toEqual([]);
    expect(
      r.appointments.map((a) => [a.patient.patientId, a.status, a.start.toISOString(), a.location]),
    ).toEqual([
      ['100234', 'NEW', '2026-12-28T15:00:00.000Z', 'Sunrise North'],
      ['100311', 'NEW', '2026-12-28T17:30:00.000Z', 'Sunrise North'], // No Show is not a cancellation
      ['100402', 'CANCEL', '2026-12-29T20:45:00.000Z', 'Sunrise South'], // Late Cancelled
    ]);
    expect(r.skipped).toHaveLength(1);
    expectValidXml(r.appointments);
  });

  it('tab-delimited `Chart #, Name, Born, When, Seen By` with `Last, First` names and day-first birth dates settled by a day > 12', async () => {
    const r = await collect(path.join(EXPORTS, 'tab_lastfirst_dmy.txt'), { timeZone: 'Europe/London' });
    expect(r.errors).toEqual([]);
    expect(
      r.appointments.map((a) => [
        a.patient.patientId,
        a.patient.firstName,
        a.patient.lastName,
        a.patient.dob,
        a.participant.providerName,
      ]),
    ).toEqual([
      ['C-7781', 'Henrik', 'Berg', '1980-01-31', 'Nisha Patel'],
      [
        'C-7782',
        'Beatriz Maria', // given names stay whole after the comma
        'Silva',
        '1977-06-05',
        'Nisha Patel',
      ],
      ['C-7790', 'Siobhan', "O'Brien", '2003-09-19', 'Thanh Nguyen'],
    ]);
    expect(r.appointments[0]!.start.toISOString()).toBe('2026-12-03T14:30:00.000Z');
    expectValidXml(r.appointments);
  });

  it('booleans instead of a status, start as a date-time, dentist codes, a blocked row', async () => {
    const r = await collect(path.join(EXPORTS, 'dental_booleans.csv'), { timeZone: 'America/New_York' });
    expect(r.errors).toEqual([]);
    expect(
      r.appointments.map((a) => [a.appointmentId, a.status, a.start.toISOString(), a.participant.identifier]),
    ).toEqual([
      ['9001', 'NEW', '2026-12-07T13:00:00.000Z', 'DR02'],
      ['9002', 'CANCEL', '2026-12-07T14:00:00.000Z', 'DR02'],
      ['9004', 'NEW', '2026-12-08T21:20:00.000Z', 'DR05'],
    ]);
    expect(r.summary.skipped).toBe(1);
    expectValidXml(r.appointments);
  });

  it('an XML schedule that is not AppointmentData (record elements become rows)', async () => {
    const r = await collect(path.join(EXPORTS, 'schedule_export.xml'), { timeZone: 'America/Chicago' });
    expect(r.errors).toEqual([]);
    expect(r.appointments.map((a) => [a.appointmentId, a.status, a.start.toISOString(), a.type])).toEqual([
      ['LX-201', 'NEW', '2026-12-09T16:00:00.000Z', 'Well Child'],
      ['LX-202', 'CANCEL', '2026-12-09T16:30:00.000Z', 'Sick Visit'],
    ]);
    expectValidXml(r.appointments);
  });

  it('Excel "Unicode text" (UTF-16 with BOM, tabs) and Windows-1252 CSV: the first column keeps its name, accents survive', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const utf16 = path.join(dir, 'excel-unicode.txt');
    const text =
      'Patient Name\tAppointment Date\tAppointment Time\tDate of Birth\tProvider\r\nNúñez, José\t12/02/2026\t3:45 PM\t08/30/1975\tDr Zoë Brandão\r\n';
    fs.writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const a = await collect(utf16, { timeZone: 'America/New_York' });
    expect(a.errors).toEqual([]);
    expect(a.appointments[0]).toMatchObject({
      patient: { firstName: 'José', lastName: 'Núñez', dob: '1975-08-30' },
      participant: { providerName: 'Dr Zoë Brandão' },
    });
    expect(a.appointments[0]!.start.toISOString()).toBe('2026-12-02T20:45:00.000Z');
    const cp1252 = path.join(dir, 'old-windows.csv');
    fs.writeFileSync(
      cp1252,
      Buffer.from('Name;Date;Time;DOB\r\nM\xfcller, J\xfcrgen;24.12.2026;10:00;01.02.1960\r\n', 'latin1'),
    );
    const b = await collect(cp1252, { timeZone: 'Europe/Berlin' });
    expect(b.appointments[0]).toMatchObject({
      patient: { firstName: 'Jürgen', lastName: 'Müller', dob: '1960-02-01' },
    });
  });

  it('a row with more cells than the header is a row error; the rows around it convert', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const f = path.join(dir, 'ragged.csv');
    fs.writeFileSync(
      f,
      'Date,Time,Patient,DOB\n2026-12-01,09:00,Ann Lee,1970-01-01\n2026-12-01,10:00,Lee, Ann,1970-01-01\n2026-12-01,11:00,Bo Chan,1971-01-01\n',
    );
    const r = await collect(f, { timeZone: 'UTC' });
    expect(r.appointments.map((a) => a.patient.lastName)).toEqual(['Lee', 'Chan']);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.line).toBe(3);
  });

  it('detectProfile explains the mapping: fields with confidence, date order evidence, preview rows', async () => {
    const d = await detectProfile(path.join(EXPORTS, 'praxis_semicolon_dmy.csv'), {
      practiceId: PRACTICE,
      timeZone: 'Europe/Berlin',
    });
    expect(d.profileSource).toBe('auto');
    expect(d.delimiter).toBe(';');
    // Its dates are dotted (`03.12.2026`), read day-first wherever written: they prove no order
    // for slashed or dashed dates (nor for the practice's later files), so Berlin's region says it.
    expect(d.dateOrder).toMatchObject({ order: 'DMY', source: 'region' });
    expect(Object.fromEntries(d.fields.map((f) => [f.field, f.column]))).toEqual({
      patientName: 'Pt Name',
      dob: 'Birthdate',
      date: 'Appt Date',
      time: 'Start',
      providerName: 'Doctor',
      reason: 'Visit Reason',
      status: 'State',
    });
    expect(d.fields.every((f) => f.confidence > 0.3 && f.confidence <= 1)).toBe(true);
    expect(d.unmapped).toEqual([]);
    expect(d.preview.map((p) => p.kind)).toEqual(['appointment', 'appointment', 'appointment', 'skipped']);
  });
});
