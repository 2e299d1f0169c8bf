// What the sandbox does with each appointment of an accepted document, after a short delay:
// the rules that turn a NEW / UPDATE / CANCEL into the portal's list, or into an ERROR message.
//
// Choices (Medfusion's behaviour here is undocumented, spec §8.12):
// - NEW for an AppointmentId the practice already has is accepted as an update (COMPLETED), so a
//   re-sent file does no harm; it also reinstates a cancelled appointment.
// - UPDATE or CANCEL for an AppointmentId never sent with NEW ends in ERROR with a Description.
// - UPDATE of a cancelled appointment makes it active again (the practice rescheduled it).
// - CANCEL of an already cancelled appointment is COMPLETED (nothing changes).
// - Any action for a patient deactivated in the portal (a test switch) ends in ERROR and changes
//   nothing: Medfusion does not store it.
// - The IntegrationPracticeId inside the document is not compared with the URL's practice id
//   (Medfusion's own documented sample differs); the URL decides the practice.
import type { AppointmentStatus } from '../model/appointment.ts';

export interface PortalAppointment {
  appointmentId: string;
  patientId: string;
  /** Shown only on the local portal page, as Medfusion's portal would show it to the patient. */
  patientName: string;
  /** ISO instant. */
  start: string;
  type: string;
  description: string;
  location: string;
  providerName: string;
  cancelled: boolean;
  updatedAt: string;
}

export interface JobItem {
  /** The per-appointment message id in the processing status. */
  messageId: string;
  action: AppointmentStatus;
  appointment: Omit<PortalAppointment, 'cancelled' | 'updatedAt'>;
}

export interface MessageError {
  code: string;
  description: string;
  severity: string;
}

export interface MessageResult {
  messageId: string;
  state: 'COMPLETED' | 'ERROR';
  error?: MessageError;
}

export type PracticeAppointments = Map<string, PortalAppointment>;

/** Decide one item against the practice's current appointments (pure). */
export function decide(
  appointments: PracticeAppointments,
  item: JobItem,
  isDeactivated: (patientId: string) => boolean = () => false,
): MessageResult {
  const id = item.appointment.appointmentId;
  if (isDeactivated(item.appointment.patientId)) {
    return {
      messageId: item.messageId,
      state: 'ERROR',
      error: {
        code: 'SANDBOX_PATIENT_INACTIVE',
        description: `The patient of AppointmentId '${id}' is deactivated in the patient portal.`,
        severity: 'FATAL',
      },
    };
  }
  if (item.action !== 'NEW' && !appointments.has(id)) {
    return {
      messageId: item.messageId,
      state: 'ERROR',
      error: {
        code: 'SANDBOX_APPT_NOT_FOUND',
        description:
          `${item.action} for AppointmentId '${id}', which this practice has never received with ` +
          'Status NEW. Send the appointment as NEW first.',
        severity: 'FATAL',
      },
    };
  }
  return { messageId: item.messageId, state: 'COMPLETED' };
}

/** Apply a COMPLETED item to the practice's appointments. */
export function apply(appointments: PracticeAppointments, item: JobItem, at: string): void {
  const id = item.appointment.appointmentId;
  const cancelled = item.action === 'CANCEL';
  appointments.set(id, { ...item.appointment, cancelled, updatedAt: at });
}
