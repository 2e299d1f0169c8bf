// What the blind run of five US specialty exports (corpus 237-241: CS SoftDent, CentralReach,
// Sycle, PatientNow, Jasmine) found, each as a general rule. Values worked out by hand.
//
// - A lunch block printed in the patient column (`LUNCH`, no patient id, no birth date, no
//   status) is the block, skipped; a dummy chart (`LUNCH, LUNCH` with a birth date) stays refused.
// - `Appt Code` of words that repeat (`LASER`, `INJ`: PatientNow's appointment codes) is the kind
//   of visit, not an appointment id to ask about; a coded id with digits that repeats is asked.
// - A missed word said of the practice's side (`Provider No Show`, `Therapist Absent`) is no
//   patient's no-show: asked, never sent as booked. `Agency Cancellation` cancels, `Client
//   Absence` is the client's missed session.
import { describe, expect, it } from 'vitest';
import { statusClassifier } from '../../../main/import/map/status-vocabulary.ts';
import { exportFiles } from '../trust/export-files.ts';
import { collect } from './support.ts';

const files = exportFiles('us-specialty');
const classify = statusClassifier(undefined);

describe('a block written where the patient goes', () => {
  const list = (lunchRow: string): string =>
    files.write([
      'Date,Time,Len,Op,Pat ID,Patient Name,Birth Date,Status',
      '11/08/2027,8:00 AM,60,OP1,5120,"HALVORSEN, INGRID",12/01/1949,Confirmed',
      lunchRow,
      '11/08/2027,1:00 PM,60,OP1,6015,"WASHINGTON, DENISE",09/15/1970,Confirmed',
    ]);

  it.each(['LUNCH', 'Staff Meeting', 'Lunch Break'])(
    "'%s' with no id, birth date or status is skipped",
    async (word) => {
      const r = await collect(list(`11/08/2027,12:00 PM,60,OP1,,${word},,`), { timeZone: 'America/Chicago' });
      expect(r.errors).toEqual([]);
      expect(r.skipped.map((s) => s.line)).toEqual([3]);
      // 8:00 and 13:00 Central standard time (UTC-6) on 8 November 2027
      expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
        '2027-11-08T14:00:00.000Z',
        '2027-11-08T19:00:00.000Z',
      ]);
    },
  );

  it('a dummy chart named for lunch, with a birth date or a chart number, is still refused on its line', async () => {
    const r = await collect(list('11/08/2027,12:00 PM,60,OP1,,"LUNCH, LUNCH",01/01/1900,'), {
      timeZone: 'America/Chicago',
    });
    expect(r.errors.map((e) => [e.line, e.message])).toEqual([
      [3, 'not a patient: blocked time or a placeholder'],
    ]);
    const c = await collect(list('11/08/2027,12:00 PM,60,OP1,9001,LUNCH,,Confirmed'), {
      timeZone: 'America/Chicago',
    });
    expect(c.errors.map((e) => e.line)).toEqual([3]);
  });

  // 64b: a schedule that books its blocks as appointments gives them its booked status (a
  // Canadian EMR's lunch `58815,...,LUNCH,...,B`, corpus 471): a status is no chart, so the
  // block with no chart number and no birth date is skipped (it was a row error on every day).
  it('LUNCH with a booked status but no chart number or birth date is the block, skipped', async () => {
    const s = await collect(list('11/08/2027,12:00 PM,60,OP1,,LUNCH,,Confirmed'), {
      timeZone: 'America/Chicago',
    });
    expect(s.errors).toEqual([]);
    expect(s.skipped.map((x) => x.line)).toEqual([3]);
    expect(s.appointments).toHaveLength(2);
  });

  it('a block word and a name after a dash, with a status, is not skipped as a block', async () => {
    const s = await collect(list('11/08/2027,12:00 PM,60,OP1,,Hold - Smith,,Confirmed'), {
      timeZone: 'America/Chicago',
    });
    expect(s.skipped.map((x) => x.line)).not.toContain(3);
  });

  it('a real patient with a block word in the name is an appointment', async () => {
    const r = await collect(list('11/08/2027,12:00 PM,60,OP1,7001,"BLOCK, ANNA",03/04/1980,Confirmed'), {
      timeZone: 'America/Chicago',
    });
    expect(r.appointments.map((a) => `${a.patient.firstName} ${a.patient.lastName}`)).toContain('Anna Block');
  });
});

describe("an appointment's code of words is the kind of visit", () => {
  const codes = (values: string[]): string =>
    files.write([
      'Client,Client ID,Birthdate,Appt Date,Start,Appt Code,Provider,Flow Status',
      `"Alvarez, Marisol",20114,08/21/1986,03/10/2027,10:00 AM,${values[0]},"Patel, Nisha NP",Checked Out`,
      `"Beaumont, Claire",20388,01/30/1979,03/11/2027,02:00 PM,${values[1]},"Hargrove, Paul MD",No Show`,
      `"Kaplan, Jordan",20451,11/02/1992,03/16/2027,04:30 PM,${values[2]},"Chen, Grace RN",`,
    ]);

  it('LASER twice is no repeated id: nothing is asked and ids are derived', async () => {
    const r = await collect(codes(['LASER', 'CONS', 'LASER']), { timeZone: 'America/Los_Angeles' });
    expect(r.summary.doubts).toEqual([]);
    const ids = r.appointments.map((a) => a.appointmentId);
    expect(new Set(ids).size).toBe(3);
    expect(ids).not.toContain('LASER');
    // 10:00 PST (UTC-8) on 10 March; 16:30 PDT (UTC-7) on 16 March, after the 14 March change
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-10T18:00:00.000Z',
      '2027-03-11T22:00:00.000Z',
      '2027-03-16T23:30:00.000Z',
    ]);
  });

  it('a code with digits that repeats is still asked about', async () => {
    const r = await collect(codes(['A1042', 'A1043', 'A1042']), { timeZone: 'America/Los_Angeles' });
    expect(r.summary.doubts.map((d) => [d.kind, d.column])).toEqual([['appointment-id', 'Appt Code']]);
  });
});

describe("a missed word of the practice's side is asked", () => {
  it.each<[string, 'NEW' | 'CANCEL' | 'unknown']>([
    ['Provider No Show', 'unknown'],
    ['Therapist No-Show', 'unknown'],
    ['Staff Missed', 'unknown'],
    ['Clinician Absent', 'unknown'],
    ['Doctor Did Not Attend', 'unknown'],
    ['Agency No Show', 'unknown'],
    ['Patient No Show', 'NEW'],
    ['Client Absent', 'NEW'],
    ['Client Absence', 'NEW'],
    ['No Show', 'NEW'],
    ['Absence', 'unknown'],
    ['Agency Cancellation', 'CANCEL'],
    ['Cancelled by Agency', 'CANCEL'],
    ['Client Cancellation', 'CANCEL'],
    ['Provider Cancelled', 'CANCEL'],
  ])('%s → %s', (word, meaning) => {
    expect(classify(word)).toBe(meaning);
  });
});

describe("a 'Cancel Type' column is no visit type", () => {
  // CS SoftDent asks a cancel type (cancel, break, fail, delete) when an appointment is cancelled,
  // and the appointment goes to the pending list: `Pending` + `Fail` is a cancelled booking.
  const softDent = (status: string, cancelType: string): string =>
    files.write([
      'Date,Time,Len,Op,Prov,Pat ID,Patient Name,Birth Date,Status,Cancel Type',
      '11/04/2027,8:00 AM,60,OP1,DR1,1043,"KOWALCZYK, RENEE A",02/09/1961,Checked Out,',
      `11/04/2027,9:30 AM,50,OP2,HYG1,2210,"O'BRIEN, PATRICK",07/04/1975,${status},${cancelType}`,
      '11/05/2027,7:30 AM,60,OP2,HYG1,3302,"NGUYEN, THI MAI",05/06/1984,Unconfirmed,',
    ]);

  it.each([
    ['Pending', 'Fail'],
    ['Confirmed', 'Failed'],
  ])('%s beside a cancel type of %s holds the file on that column', async (status, type) => {
    const r = await collect(softDent(status, type), { timeZone: 'America/Chicago' });
    expect(r.summary.doubts.map((d) => [d.kind, d.column, d.samples])).toEqual([
      ['column', 'Cancel Type', [type]],
    ]);
    expect(r.appointments.every((a) => a.type !== type)).toBe(true);
  });

  it('an empty cancel type is not asked about, and every visit reads as booked', async () => {
    // An empty column headed for cancelling cancels no row read either way (red team 62e: it was
    // asked as the cancelled flag, a small false hold), and it is never read as the visit's type.
    const r = await collect(softDent('Confirmed', ''), { timeZone: 'America/Chicago' });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.status)).toEqual(['NEW', 'NEW', 'NEW']);
    // 9:30 Central daylight time (UTC-5) on 4 November 2027
    expect(r.appointments[1]!.start.toISOString()).toBe('2027-11-04T14:30:00.000Z');
  });
});
