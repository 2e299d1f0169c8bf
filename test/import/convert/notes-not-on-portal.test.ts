// Notes written for each appointment under a header that reads as the type, reason or
// description: a calendar event's title, SimplePractice's `Details`, a booking page's "Reason for
// visit" typed by the patient. Before, `f/u depression - pt anxious about meds` went to the
// portal as the appointment's description (and a calendar title as its type), where the patient
// and anyone with proxy access read it. Such a column is left out: the appointment goes with the
// type column beside it, else APPOINTMENT. Expected values written by hand.
import { describe, expect, it } from 'vitest';
import { collect } from './support.ts';
import { exportFiles } from '../trust/export-files.ts';

const files = exportFiles('notes-not-on-portal');

describe('notes in a type, reason or description column never reach the portal', () => {
  it("a therapy practice's Details beside its Appointment Type", async () => {
    const f = files.write([
      'Appointment ID,Client,Client ID,DOB,Date,Time,Clinician,Appointment Type,Status,Details',
      '1001,"Smith, John",C100,03/14/1980,12/08/2026,9:00 AM,Dr. Ana Lopez,Psychotherapy 53 min,Scheduled,f/u depression - pt anxious about meds',
      '1002,"Doe, Mary",C101,05/02/1975,12/08/2026,10:00 AM,Dr. Ana Lopez,Intake,Scheduled,Intake',
      '1003,"Roe, Pat",C102,07/22/1990,12/08/2026,11:00 AM,Dr. Ana Lopez,Psychotherapy 53 min,Scheduled,discuss SSRI side effects; hx of panic attacks',
    ]);
    const r = await collect(f, { timeZone: 'America/New_York' });
    expect(r.summary.doubts).toEqual([]);
    // 9, 10 and 11 AM EST (UTC-5); the description is the type's, no row's note.
    expect(r.appointments.map((a) => [a.start.toISOString(), a.type, a.description])).toEqual([
      ['2026-12-08T14:00:00.000Z', 'Psychotherapy 53 min', 'Psychotherapy 53 min'],
      ['2026-12-08T15:00:00.000Z', 'Intake', 'Intake'],
      ['2026-12-08T16:00:00.000Z', 'Psychotherapy 53 min', 'Psychotherapy 53 min'],
    ]);
  });

  it("a calendar event's title naming the patient and the problem is not the type", async () => {
    const f = files.write([
      'Title,Start Date,Start Time,Patient ID,First Name,Last Name,DOB,Provider',
      'Smith J - f/u depression pt anxious about meds,12/08/2026,9:00 AM,P1,John,Smith,03/14/1980,"Lee, Kim"',
      'Jones B new pt,12/08/2026,9:30 AM,P2,Bob,Jones,05/06/1970,"Lee, Kim"',
    ]);
    const r = await collect(f, { timeZone: 'America/New_York' });
    expect(r.appointments.map((a) => [a.type, a.description])).toEqual([
      ['APPOINTMENT', 'APPOINTMENT'],
      ['APPOINTMENT', 'APPOINTMENT'],
    ]);
  });

  it("a booking page's reason for visit typed by the patient", async () => {
    const f = files.write([
      'Start Time,First Name,Last Name,Date of Birth,Type,Calendar,Reason for Visit,Appointment ID',
      '"December 8, 2026 9:00 am",Ana,Silva,02/11/1988,Initial Consultation,Dr. Amira Haddad,"Lower back pain for three weeks, worse at night",501',
      '"December 8, 2026 10:00 am",Tom,Reed,07/30/1979,Follow-up,Dr. Amira Haddad,checkup,502',
    ]);
    const r = await collect(f, { timeZone: 'America/New_York' });
    expect(r.appointments.map((a) => [a.type, a.description, a.reason ?? ''])).toEqual([
      ['Initial Consultation', 'Initial Consultation', ''],
      ['Follow-up', 'Follow-up', ''],
    ]);
  });

  it('short notes that no two rows share, over many rows', async () => {
    const notes = [
      'rash L forearm',
      'ear pain R',
      'cough x2 wks',
      'BP recheck',
      'knee swelling',
      'med refill',
      'sore throat',
      'headaches',
      'UTI sx',
      'mole check',
      'anxiety',
      'back pain',
      'dizziness',
      'wart removal',
      'insomnia',
      'fatigue',
      'chest tightness',
      'ankle sprain',
      'pink eye',
      'acne',
    ];
    const given = ['Ann', 'Ben', 'Cara', 'Dev', 'Eli', 'Fay', 'Gus', 'Hana', 'Ivo', 'Jade'];
    const rows = notes.map((n, i) => {
      const h = 8 + Math.floor(i / 4);
      const m = (i % 4) * 15;
      const last = i < 10 ? 'Moore' : 'Quinn';
      return `${2000 + i},P${i},${given[i % 10]},${last},01/15/1980,12/08/2026,${h}:${m === 0 ? '00' : m},Dr. Kim Lee,Scheduled,${n}`;
    });
    const f = files.write([
      'Appt ID,Patient ID,First Name,Last Name,DOB,Appt Date,Appt Time,Provider,Status,Reason',
      ...rows,
    ]);
    const r = await collect(f, { timeZone: 'America/New_York' });
    expect(r.appointments).toHaveLength(20);
    expect(new Set(r.appointments.map((a) => a.description))).toEqual(new Set(['APPOINTMENT']));
  });

  it('a list of visit kinds that rows repeat still goes as the description', async () => {
    const f = files.write([
      'Appt ID,Patient ID,First Name,Last Name,DOB,Appt Date,Appt Time,Provider,Status,Description',
      '3001,P1,Anna,Smith,03/04/1980,12/08/2026,9:00 AM,Dr. Kim Lee,Scheduled,Hygiene - Adult Prophy',
      '3002,P2,Bob,Jones,05/06/1970,12/08/2026,9:30 AM,Dr. Kim Lee,Scheduled,New Patient Exam 60 min',
    ]);
    const r = await collect(f, { timeZone: 'America/New_York' });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.description)).toEqual([
      'Hygiene - Adult Prophy',
      'New Patient Exam 60 min',
    ]);
  });

  it('a note left out is still read for a cancellation in words', async () => {
    const f = files.write([
      'Appointment ID,Client,Client ID,DOB,Date,Time,Clinician,Status,Details',
      '1001,"Smith, John",C100,03/14/1980,12/08/2026,9:00 AM,Dr. Ana Lopez,Scheduled,pt called to cancel - will call back to reschedule next week',
      '1002,"Doe, Mary",C101,05/02/1975,12/08/2026,10:00 AM,Dr. Ana Lopez,Scheduled,Intake',
    ]);
    const r = await collect(f, { timeZone: 'America/New_York' });
    expect(r.summary.doubts.map((d) => d.column)).toContain('Details');
  });
});
