// Synthetic appointments for the XML tests and the build/validate measurement (no real people).
import type { Appointment } from '../../main/model/appointment.ts';

export const PRACTICE_ID = '1c7ecf9f-9700-4e70-b976-9356db658274';

export function sampleAppointment(i: number, over: Partial<Appointment> = {}): Appointment {
  return {
    practiceId: PRACTICE_ID,
    appointmentId: `A-${100000 + i}`,
    status: i % 7 === 0 ? 'CANCEL' : 'NEW',
    type: 'FOLLOW UP',
    ...(i % 2 === 0 ? { reason: 'Blood pressure recheck' } : {}),
    description: 'Follow-up visit',
    start: new Date(Date.UTC(2026, 11, 21, 17, 30) + i * 900_000),
    location: 'Main Street Clinic',
    appointmentAddress: {
      address1: '100 Main St',
      address2: '',
      city: 'Chico',
      state: 'CA',
      zipCode: '95928',
    },
    patient: {
      patientId: `P-${i}`,
      firstName: 'Greta',
      lastName: 'Lindholm',
      dob: '1957-04-11',
      email: `patient${i}@example.org`,
      ...(i % 3 === 0
        ? {
            address: {
              address1: '5 Elm Rd',
              address2: 'Apt 2',
              city: 'Chico',
              state: 'CA',
              zipCode: '95926',
            },
          }
        : {}),
    },
    participant: { type: 'PROVIDER', identifier: 'eharg', providerName: 'Elena Hargreaves' },
    ...over,
  };
}
