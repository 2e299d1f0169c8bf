// Exports in layouts the code has never seen (invented headers a person would recognise):
// each converts with zero configuration — no preset fits them, recognition does the work.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectProfile } from '../../../main/import/import-export.ts';
import { formatRowError } from '../../../main/model/row-error.ts';
import { collect, EXPORTS, expectValidXml, PRACTICE } from './support.ts';

const summaryOf = (r: Awaited<ReturnType<typeof collect>>) =>
  r.appointments.map((a) => [
    a.status,
    a.start.toISOString(),
    a.patient.firstName,
    a.patient.lastName,
    a.patient.dob,
  ]);

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
      participant: { providerName: 'Anna Keller' },
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
      ['C-7782', 'Beatriz', 'Silva', '1977-06-05', 'Nisha Patel'],
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

  it('detectProfile explains the mapping: fields with confidence, date order evidence, preview rows', async () => {
    const d = await detectProfile(path.join(EXPORTS, 'praxis_semicolon_dmy.csv'), {
      practiceId: PRACTICE,
      timeZone: 'Europe/Berlin',
    });
    expect(d.profileSource).toBe('auto');
    expect(d.delimiter).toBe(';');
    expect(d.dateOrder).toMatchObject({ order: 'DMY', source: 'data' });
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
