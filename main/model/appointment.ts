// The typed model of one appointment as Medfusion's AppointmentData v1 carries it.
// Field order here follows the spec's field table (shared/docs/medfusion-api.md §6.1);
// the XML writer emits elements in exactly that order.

export type AppointmentStatus = 'NEW' | 'UPDATE' | 'CANCEL';

export interface PostalAddress {
  address1: string;
  /** May be empty: Medfusion's samples always emit `<Address2/>`. */
  address2: string;
  city: string;
  state: string;
  zipCode: string;
}

export interface InsuranceInfo {
  status?: string;
  groupNumber?: string;
  memberId?: string;
}

/** The e-mail written for a patient without one (the schema requires one; it can receive nothing). */
export const NO_EMAIL = 'no-email@invalid';

export interface Patient {
  patientId: string;
  firstName: string;
  lastName: string;
  /** Calendar date of birth, `YYYY-MM-DD`; written as `YYYY-MM-DDT00:00:00`. */
  dob: string;
  email: string;
  address?: PostalAddress;
  insurance?: InsuranceInfo[];
}

export interface Participant {
  type: 'PROVIDER';
  identifier: string;
  providerName: string;
}

export interface Appointment {
  /** Medfusion practice integration id (UUID); the same value as in the URL. */
  practiceId: string;
  appointmentId: string;
  status: AppointmentStatus;
  type: string;
  reason?: string;
  description: string;
  /** The appointment's start as an instant; written in UTC with `Z`. */
  start: Date;
  location: string;
  appointmentAddress?: PostalAddress;
  patient: Patient;
  participant: Participant;
  copayment?: { amount: string };
  balance?: { dueBy: Date; amount: string };
}

/** The Sender header: who produced the document. */
export interface SenderInfo {
  vendorName: string;
  deviceName: string;
  deviceVersion: string;
  /** Message creation time; written as local time with its UTC offset. */
  localTime: Date;
}
