// A detail the export leaves out (no e-mail column, no address columns) keeps what was sent,
// against a real ledger file: an appointment unchanged but for those is not sent again, and one
// sent for another reason carries them. Expected values written by hand.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SentLedger } from '../../main/changes/index.ts';
import { NO_EMAIL, type Appointment } from '../../main/model/appointment.ts';
import { appt } from './appointment-factory.ts';

let dir: string;
let ledger: SentLedger;
beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kept-details-test-'));
  ledger = await SentLedger.open(dir);
});
afterEach(async () => {
  await ledger.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const HOME = { address1: '12 Elm St', address2: '', city: 'Chico', state: 'CA', zipCode: '95928' };
const CLINIC = { address1: '100 Main St', address2: 'Suite 2', city: 'Chico', state: 'CA', zipCode: '95926' };
const full = appt(88001, '2026-12-18T16:00:00Z', {
  appointmentAddress: CLINIC,
  patient: {
    patientId: '2201',
    firstName: 'Hana',
    lastName: 'Yamamoto',
    dob: '1987-02-14',
    email: 'hana.y@example.org',
    address: HOME,
    insurance: [{ memberId: 'XK-1' }],
  },
});
/** The same appointment from a report without e-mail, address and insurance columns. */
const bare = (a: Appointment): Appointment => {
  const { address: _a, insurance: _i, ...patient } = a.patient;
  const { appointmentAddress: _p, ...rest } = a;
  return { ...rest, patient: { ...patient, email: NO_EMAIL } };
};

test('a report without the e-mail and address columns: nothing to send', async () => {
  await ledger.record([full]);
  // Before: UPDATE, carrying no-email@invalid and no address.
  expect(ledger.decide(bare(full))).toEqual({ send: false, reason: 'unchanged' });
});

test('moved in a report without them: an UPDATE that keeps the e-mail, addresses and insurance sent', async () => {
  await ledger.record([full]);
  const moved = { ...bare(full), start: new Date('2026-12-18T17:00:00Z') };
  const d = ledger.decide(moved);
  expect(d.send).toBe('UPDATE');
  const sent = d.send ? d.appointment! : undefined;
  expect(sent?.start.toISOString()).toBe('2026-12-18T17:00:00.000Z');
  expect(sent?.patient.email).toBe('hana.y@example.org');
  expect(sent?.patient.address).toEqual(HOME);
  expect(sent?.patient.insurance).toEqual([{ memberId: 'XK-1' }]);
  expect(sent?.appointmentAddress).toEqual(CLINIC);
});

test("a NEW appointment of a patient sent before keeps the patient's e-mail, not the other appointment's place", async () => {
  await ledger.record([full]);
  const next = bare(appt(88007, '2026-12-28T16:00:00Z', { patient: { ...full.patient } }));
  const d = ledger.decide(next);
  expect(d.send).toBe('NEW');
  const sent = d.send ? d.appointment! : undefined;
  expect(sent?.patient.email).toBe('hana.y@example.org');
  expect(sent?.patient.address).toEqual(HOME);
  expect(sent?.appointmentAddress).toBeUndefined();
});

test('a detail the file does give, changed, goes; another patient under the id keeps nothing', async () => {
  await ledger.record([full]);
  const changed = { ...bare(full), patient: { ...bare(full).patient, email: 'hana@new.example.org' } };
  const d = ledger.decide(changed);
  expect(d.send).toBe('UPDATE');
  expect(d.send && d.appointment!.patient.email).toBe('hana@new.example.org');
  const other = bare({ ...full, patient: { ...full.patient, patientId: '2299', firstName: 'Ken' } });
  const o = ledger.decide(other);
  expect(o.send).toBe('UPDATE');
  expect(o.send && (o.appointment ?? other).patient.email).toBe(NO_EMAIL);
  expect(o.send && (o.appointment ?? other).patient.address).toBeUndefined();
});

// A report with no column for the type, reason, location or provider (ImportItem.unstated): the
// same id keeps what was sent; the file's placeholders never replace it.
const described = appt(88101, '2026-12-18T16:00:00Z', {
  type: 'Follow Up',
  reason: 'Knee pain',
  description: 'Knee pain',
  location: 'North Clinic',
  participant: { type: 'PROVIDER', identifier: 'lee-anna', providerName: 'Anna Lee, MD' },
});
/** `described` as a day sheet with none of those columns reads it (row-defaults.ts placeholders). */
const { reason: _reason, ...unreasoned } = described;
const sheet: Appointment = {
  ...unreasoned,
  type: 'APPOINTMENT',
  description: 'APPOINTMENT',
  location: 'Practice 1',
  participant: { type: 'PROVIDER', identifier: 'unassigned', providerName: 'Unassigned provider' },
};
const ALL = ['type', 'description', 'reason', 'location', 'provider'] as const;

test('a day sheet with no type, reason, location or provider column: nothing to send', async () => {
  await ledger.record([described]);
  expect(ledger.decide(sheet, ALL)).toEqual({ send: false, reason: 'unchanged' });
  // Without the list of what the file does not state, the placeholders are news (an UPDATE).
  expect(ledger.decide(sheet).send).toBe('UPDATE');
});

test('moved in that day sheet: an UPDATE carrying the type, reason, location and provider sent', async () => {
  await ledger.record([described]);
  const d = ledger.decide({ ...sheet, start: new Date('2026-12-18T17:30:00Z') }, ALL);
  expect(d.send).toBe('UPDATE');
  const sent = d.send ? d.appointment! : undefined;
  expect(sent?.start.toISOString()).toBe('2026-12-18T17:30:00.000Z');
  expect([sent?.type, sent?.reason, sent?.description, sent?.location]).toEqual([
    'Follow Up',
    'Knee pain',
    'Knee pain',
    'North Clinic',
  ]);
  expect(sent?.participant.providerName).toBe('Anna Lee, MD');
});

test('a type the file states, changed, goes; a description that was only the type follows it', async () => {
  const plain = { ...described, description: 'Follow Up' };
  const { reason: _r, ...noReason } = plain;
  await ledger.record([noReason]);
  const d = ledger.decide({ ...sheet, type: 'New Patient', description: 'New Patient' }, [
    'description',
    'reason',
    'location',
    'provider',
  ]);
  expect(d.send).toBe('UPDATE');
  const sent = d.send ? d.appointment! : undefined;
  expect([sent?.type, sent?.description, sent?.location]).toEqual([
    'New Patient',
    'New Patient',
    'North Clinic',
  ]);
});

test("a NEW appointment takes nothing unstated from the patient's other visit", async () => {
  await ledger.record([described]);
  const next = { ...sheet, appointmentId: '88102', start: new Date('2026-12-28T16:00:00Z') };
  const d = ledger.decide(next, ALL);
  expect(d.send).toBe('NEW');
  expect(d.send && d.appointment ? d.appointment.location : next.location).toBe('Practice 1');
});
