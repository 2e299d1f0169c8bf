// Headers of a record logged about an appointment (a reminder, a message, a call), of a schedule's
// slot, or of a listing's line: never the appointment id by their header, though they carry the
// appointment's word and an id word (header-meaning.ts ABOUT_THE_APPOINTMENT, 'slot', LINE_WORDS).
// A globally unique identifier is a record's own key (header-words.ts `guid`, `uuid`). Expected
// values decided by hand from the header words (62g).
import { describe, expect, it } from 'vitest';
import { headerConcepts, headerScore } from '../../../main/import/map/header-meaning.ts';
import { SURE } from '../../../main/import/trust/column-doubts.ts';

const score = (field: Parameters<typeof headerScore>[0], header: string): number =>
  headerScore(field, headerConcepts(header));

describe('another record beside the appointment’s word: never the appointment id', () => {
  it.each([
    'Appt Reminder ID',
    'Appointment Reminder ID',
    'Reminder ID',
    'Appt Message ID',
    'Visit Message #',
    'Appt SMS ID',
    'Appt Notification ID',
    'Appt Call ID',
    'Appt Task ID',
    'Appt Survey ID',
    'Appt Campaign ID',
    'Slot ID',
    'Appt Slot ID',
    'Appt Line #',
    'Visit Row ID',
    'Line Item No',
    'Appt Log ID',
    'Appt Audit ID',
    'Appt History ID',
    'Appt Change ID',
    'Appt Version ID',
    'Appt Note ID',
    'Appt Form ID',
  ])('%s', (header) => {
    expect(score('appointmentId', header)).toBe(0);
  });
});

describe('the appointment’s own key: read as it was', () => {
  it.each([
    ['Appt ID', 1],
    ['Appointment Number', 1],
    // a GUID: sure alone, below an `Appointment ID` beside it by more than a close call
    ['Appt GUID', 0.8],
    ['AppointmentUUID', 0.8],
    ['Booking ID', 1],
    // a word the vocabulary does not know beside the appointment's: 0.8, still sure
    ['Intake Appt ID', 0.8],
  ] as const)('%s: sure', (header, want) => {
    expect(score('appointmentId', header)).toBeCloseTo(want, 10);
    expect(score('appointmentId', header)).toBeGreaterThanOrEqual(SURE);
  });
  // A bare GUID says whose no more than a bare ID: read at its grade, below sure (asked).
  it.each(['GUID', 'UUID', 'ID'])('%s: below sure', (header) => {
    expect(score('appointmentId', header)).toBeGreaterThan(0);
    expect(score('appointmentId', header)).toBeLessThan(SURE);
  });
  it('Patient GUID: the patient id, surely', () => {
    expect(score('patientId', 'Patient GUID')).toBeGreaterThanOrEqual(SURE);
  });
  // A line word without a number word is no counter: an address line is an address.
  it('Address Line 1 stays an address', () => {
    expect(headerConcepts('Address Line 1').has('seq')).toBe(false);
    expect(headerConcepts('Address Line 1').has('address')).toBe(true);
  });
});
