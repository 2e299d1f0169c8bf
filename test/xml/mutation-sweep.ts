// The "never looser than libxml2" sweep, shared by both batch builders' tests: every field the
// compiled checks guard, set to values at and past the XSD's edges. Whatever a builder accepts on
// its fast path (without libxml2) must be a document libxml2 accepts too.
import { expect } from 'vitest';
import type { Appointment, SenderInfo } from '../../main/model/appointment.ts';
import { validateAppointmentDataSync } from '../../main/xml/validate-appointment-data.ts';
import { sampleAppointment } from './sample-appointments.ts';

const VALUES = [
  '',
  ' ',
  '\u00a0',
  ' x ',
  'x'.repeat(10),
  'x'.repeat(11),
  'x'.repeat(50),
  'x'.repeat(51),
  'x'.repeat(101),
  'x'.repeat(256),
  'NEW',
  'new',
  'CANCEL ',
  'PROVIDER',
  '2026-02-29T00:00:00',
  '2028-02-29T10:00:00Z',
  '2026-13-01T00:00:00',
  '2026-12-01T24:00:00',
  '2026-12-01T10:00:00+15:00',
  '2026-12-01',
  '-1',
  '0',
  '1.',
  '.5',
  '+2',
  '1e3',
  'abc',
  '1c7ecf9f-9700-4e70-b976-9356db658274',
  '1C7ECF9F-9700-4E70-B976-9356DB65827Z',
  'a\u0001b',
  '😀'.repeat(30),
  'é'.repeat(50),
];

const SETTERS: Array<[string, (a: Appointment, v: string) => void]> = [
  ['practiceId', (a, v) => (a.practiceId = v)],
  ['appointmentId', (a, v) => (a.appointmentId = v)],
  ['status', (a, v) => (a.status = v as Appointment['status'])],
  ['type', (a, v) => (a.type = v)],
  ['description', (a, v) => (a.description = v)],
  ['location', (a, v) => (a.location = v)],
  ['zip', (a, v) => (a.appointmentAddress!.zipCode = v)],
  ['address2', (a, v) => (a.appointmentAddress!.address2 = v)],
  ['firstName', (a, v) => (a.patient.firstName = v)],
  ['dob', (a, v) => (a.patient.dob = v)],
  ['email', (a, v) => (a.patient.email = v)],
  ['participant', (a, v) => (a.participant.type = v as 'PROVIDER')],
  ['copay', (a, v) => (a.copayment = { amount: v })],
  ['vendor', () => undefined],
];

/** The appointment every mutation starts from (its shape must be certified before the sweep). */
export const sweepBase = (): Appointment => sampleAppointment(0, { copayment: { amount: '1' } });

/**
 * Run the sweep through `build`; fails on any document accepted on the fast path ('certified')
 * that libxml2 refuses. Returns how many were accepted on the fast path.
 */
export async function mutationSweep(
  sender: SenderInfo,
  build: (
    a: Appointment,
    sender: SenderInfo,
  ) => { checkedBy: string; xml: string } | Promise<{ checkedBy: string; xml: string }>,
): Promise<number> {
  let fast = 0;
  for (const [field, set] of SETTERS) {
    for (const v of VALUES) {
      const a = sweepBase();
      set(a, v);
      const r = await build(a, field === 'vendor' ? { ...sender, vendorName: v } : sender);
      if (r.checkedBy === 'certified') {
        fast++;
        expect({ field, v, ok: validateAppointmentDataSync(r.xml).ok }).toEqual({ field, v, ok: true });
      } // otherwise the verdict is libxml2's own already
    }
  }
  return fast;
}
