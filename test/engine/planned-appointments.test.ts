// The plan keeps appointments as JSON text until their batch is built (memory, issue 10 item 9):
// what comes back must send exactly what went in — same XML, same change-detection fingerprint.
import { PlannedAppointments } from '../../main/engine/job/planned-appointments.ts';
import { buildAppointmentData } from '../../main/xml/build-appointment-data.ts';
import { fingerprint } from '../../main/changes/fingerprint.ts';
import type { Appointment } from '../../main/model/appointment.ts';
import { appt } from '../changes/appointment-factory.ts';

const sender = {
  vendorName: 'Test',
  deviceName: 'host',
  deviceVersion: '1.0.0',
  localTime: new Date('2026-12-01T10:00:00Z'),
};

function full(): Appointment {
  return appt('A-1', '2026-12-14T08:15:00Z', {
    status: 'UPDATE',
    reason: 'Knee "pain" & <swelling>',
    copayment: { amount: '23.50' },
    balance: { dueBy: new Date('2027-02-01T00:00:00Z'), amount: '12.5' },
    appointmentAddress: { address1: '1 Main St', address2: '', city: 'Chico', state: 'CA', zipCode: '95926' },
    patient: {
      patientId: 'P-1',
      firstName: 'Zoë 田中 😀',
      lastName: 'Lindholm',
      dob: '1957-04-11',
      email: 'greta.l@example.org',
      insurance: [{ status: 'Complete' }, { groupNumber: 'G&1', memberId: '<M>' }, {}],
    },
  });
}

test('an appointment comes back with its dates as dates, the same XML and the same fingerprint', () => {
  const plan = new PlannedAppointments();
  const a = full();
  const b = appt('A-2', '2026-12-14T08:30:00Z', { reason: undefined });
  plan.set(a.appointmentId, a).set(b.appointmentId, b);
  const back = plan.get('A-1')!;
  expect(back.start).toBeInstanceOf(Date);
  expect(back.start.getTime()).toBe(a.start.getTime());
  expect(back.balance!.dueBy).toBeInstanceOf(Date);
  expect(back.balance!.dueBy.getTime()).toBe(Date.parse('2027-02-01T00:00:00Z'));
  expect(back).toEqual(a);
  expect(fingerprint(back)).toBe(fingerprint(a));
  expect(fingerprint(plan.get('A-2')!)).toBe(fingerprint(b));
  const opts = { timeZone: 'America/Los_Angeles' };
  expect(buildAppointmentData([back, plan.get('A-2')!], sender, opts)).toBe(
    buildAppointmentData([a, b], sender, opts),
  );
});

test('a later row for the same id replaces the earlier one; each get is a copy of its own', () => {
  const plan = new PlannedAppointments();
  plan.set('A-1', appt('A-1', '2026-12-14T08:15:00Z'));
  plan.set('A-1', appt('A-1', '2026-12-14T09:00:00Z'));
  expect(plan.size).toBe(1);
  const first = plan.get('A-1')!;
  first.status = 'CANCEL';
  expect(plan.get('A-1')!.status).toBe('NEW');
  expect(plan.get('A-1')!.start.toISOString()).toBe('2026-12-14T09:00:00.000Z');
  expect([...plan.keys()]).toEqual(['A-1']);
  plan.forget('A-1');
  expect(plan.has('A-1')).toBe(false);
  expect(plan.get('A-1')).toBeUndefined();
  expect(plan.size).toBe(0);
});
