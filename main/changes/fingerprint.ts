// A stable hash of everything we send about an appointment except its status, so that a file
// dropped again with the same content is recognised as "already sent" whatever the order of
// fields or rows. Fields are listed explicitly (a generic sorted-keys walk was 10x slower on a
// 100k-appointment ledger); the mapped types below make tsc fail when the model gains a field
// that is not listed here.
import { createHash } from 'node:crypto';
import type {
  Appointment,
  InsuranceInfo,
  Participant,
  Patient,
  PostalAddress,
} from '../model/appointment.ts';

type Fields<T> = { [K in keyof Required<T>]: (x: T) => unknown };

const address = (p: PostalAddress | undefined) =>
  p ? [p.address1, p.address2, p.city, p.state, p.zipCode] : null;

const INSURANCE: Fields<InsuranceInfo> = {
  status: (i) => i.status ?? null,
  groupNumber: (i) => i.groupNumber ?? null,
  memberId: (i) => i.memberId ?? null,
};

const PATIENT: Fields<Patient> = {
  patientId: (p) => p.patientId,
  firstName: (p) => p.firstName,
  lastName: (p) => p.lastName,
  dob: (p) => p.dob,
  email: (p) => p.email,
  address: (p) => address(p.address),
  insurance: (p) => p.insurance?.map((i) => values(INSURANCE, i)) ?? null,
};

const PARTICIPANT: Fields<Participant> = {
  type: (p) => p.type,
  identifier: (p) => p.identifier,
  providerName: (p) => p.providerName,
};

const APPOINTMENT: Fields<Appointment> = {
  practiceId: (a) => a.practiceId,
  appointmentId: (a) => a.appointmentId,
  status: () => null, // what is sent changes with the decision, not with the appointment
  type: (a) => a.type,
  reason: (a) => a.reason ?? null,
  description: (a) => a.description,
  start: (a) => a.start.getTime(),
  location: (a) => a.location,
  appointmentAddress: (a) => address(a.appointmentAddress),
  patient: (a) => values(PATIENT, a.patient),
  participant: (a) => values(PARTICIPANT, a.participant),
  copayment: (a) => a.copayment?.amount ?? null,
  balance: (a) => (a.balance ? [a.balance.dueBy.getTime(), a.balance.amount] : null),
};

function values<T>(fields: Fields<T>, x: T): unknown[] {
  const out: unknown[] = [];
  for (const k in fields) out.push(fields[k](x));
  return out;
}

export function fingerprint(a: Appointment): string {
  return createHash('sha1')
    .update(JSON.stringify(values(APPOINTMENT, a)))
    .digest('base64url');
}
