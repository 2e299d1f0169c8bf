// The appointments a plan says must go, by AppointmentId, held until their batch is sent.
// Memory (issue 10 item 9): a 200,000-row export plans 200,000 appointments before its first batch
// goes, and the engine must stay under 250 MB while it sends them. An Appointment as objects costs
// about 1 KB of heap; its JSON text (one-byte string) about 450 bytes, so each is kept as the text
// and revived only when its batch is built (50 at a time). The text is the same JSON the sent
// ledger stores (reviveAppointment reads both), so nothing is lost on the way: dates come back as
// dates, and fields left undefined read the same as absent ones everywhere they are used.
// sendBatches drops each appointment once its batch is settled (forget), so what the ledger
// learns while a file is sent is matched by what this releases.
import type { Appointment } from '../../model/appointment.ts';
import { reviveAppointment } from '../../changes/ledger-entry.ts';

export class PlannedAppointments {
  private readonly byId = new Map<string, string>();

  get size(): number {
    return this.byId.size;
  }

  /** Plan (or re-plan: a later row for the same id replaces the earlier one) an appointment. */
  set(appointmentId: string, a: Appointment): this {
    this.byId.set(appointmentId, JSON.stringify(a));
    return this;
  }

  has(appointmentId: string): boolean {
    return this.byId.has(appointmentId);
  }

  /** A fresh copy each call: callers may change it without changing the plan. */
  get(appointmentId: string): Appointment | undefined {
    const json = this.byId.get(appointmentId);
    return json === undefined ? undefined : reviveAppointment(json);
  }

  /** Its batch is settled: the appointment is not needed again by this plan. */
  forget(appointmentId: string): void {
    this.byId.delete(appointmentId);
  }

  keys(): IterableIterator<string> {
    return this.byId.keys();
  }
}
