// A bare `id` is the booking's when a sure patient id beside it shows one patient (id and name)
// under two ids at two starts, no patient and start has two ids, and no header names another
// record. Expected values worked out by hand from the tables below.
import { describe, expect, it } from 'vitest';
import type { FieldGuess } from '../../../main/import/map/recognize.ts';
import { bareIdPerBooking } from '../../../main/import/trust/bare-id-column.ts';

function check(columns: Record<string, string[]>, patientIdSure = 0.9, column = 'id'): boolean {
  const fields: FieldGuess[] = [
    { field: 'appointmentId', column, confidence: 0.6, why: '' },
    { field: 'patientId', column: 'emr_patient_id', confidence: patientIdSure, why: '' },
    { field: 'firstName', column: 'first_name', confidence: 0.9, why: '' },
    { field: 'lastName', column: 'last_name', confidence: 0.9, why: '' },
    { field: 'dateTime', column: 'appointment_date', confidence: 0.9, why: '' },
  ];
  return bareIdPerBooking({ fields }, column, Object.keys(columns), (c) => columns[c] ?? []);
}
const base = {
  id: ['Qd8kZr', 'Lm3pTw', 'Jc9uAs'],
  first_name: ['Marisol', 'Derek', 'Derek'],
  last_name: ['Ybarra', 'Haskins', 'Haskins'],
  appointment_date: ['2027-03-15T08:15:00-07:00', '2027-03-15T08:40:00-07:00', '2027-03-16T09:00:00-07:00'],
  emr_patient_id: ['E40112', 'E38870', 'E38870'],
};

describe('bareIdPerBooking', () => {
  it('Derek Haskins (E38870) under Lm3pTw and Jc9uAs at two starts: the booking’s id', () => {
    expect(check(base)).toBe(true);
  });
  it('the patient id read below sure: not proven', () => {
    expect(check(base, 0.6)).toBe(false);
  });
  it('no patient twice: not proven', () => {
    expect(check({ ...base, emr_patient_id: ['E40112', 'E38870', 'E38871'] })).toBe(false);
  });
  it('Derek’s second row under another name (a family’s shared id): not proven', () => {
    expect(check({ ...base, first_name: ['Marisol', 'Derek', 'Dana'] })).toBe(false);
  });
  it('a second id at the same patient and start (a row per reminder): refused', () => {
    const four = {
      id: [...base.id, 'Zt5kQa'],
      first_name: [...base.first_name, 'Derek'],
      last_name: [...base.last_name, 'Haskins'],
      appointment_date: [...base.appointment_date, '2027-03-15T08:40:00-07:00'],
      emr_patient_id: [...base.emr_patient_id, 'E38870'],
    };
    expect(check(four)).toBe(false);
  });
  it('a header naming a reminder, a message or a charge: not proven', () => {
    for (const h of ['reminder_type', 'message_status', 'charge_amount'])
      expect(check({ ...base, [h]: ['a', 'b', 'c'] })).toBe(false);
  });
  it('a header other than the bare id (booking_id is read by its words): not this rule', () => {
    expect(check({ ...base, record_id: base.id }, 0.9, 'record_id')).toBe(false);
  });
});
