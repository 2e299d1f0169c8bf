// Builds model appointments for the change-detection tests.
import type { Appointment } from '../../main/model/appointment.ts';

export const PRACTICE = '1c7ecf9f-9700-4e70-b976-9356db658274';

export function appt(id: string | number, start: string, over: Partial<Appointment> = {}): Appointment {
  return {
    practiceId: PRACTICE,
    appointmentId: String(id),
    status: 'NEW',
    type: 'Office Visit',
    description: 'Office Visit',
    start: new Date(start),
    location: 'Main Street Clinic',
    patient: {
      patientId: `P-${id}`,
      firstName: 'Greta',
      lastName: 'Lindholm',
      dob: '1957-04-11',
      email: 'greta.l@example.org',
    },
    participant: { type: 'PROVIDER', identifier: 'eharg', providerName: 'Elena Hargreaves' },
    ...over,
  };
}

/** A day's schedule: `n` appointments, ids `prefix-0..n-1`, every 15 minutes from 08:00Z. */
export function schedule(n: number, day = '2026-12-14', prefix = 'A'): Appointment[] {
  const base = new Date(`${day}T08:00:00Z`).getTime();
  return Array.from({ length: n }, (_, i) =>
    appt(`${prefix}-${i}`, new Date(base + i * 15 * 60_000).toISOString()),
  );
}
