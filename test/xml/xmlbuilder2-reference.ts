// Reference AppointmentData writer built with xmlbuilder2 (the library the project first used).
// Production uses the hand-written serializer in main/xml/build-appointment-data.ts because
// xmlbuilder2 measured ~100-1000x too slow for large exports (README, "AppointmentData and
// validation"); tests compare the two outputs byte for byte, so this stays the oracle for
// escaping and layout.

import { createCB } from 'xmlbuilder2';
import type { XMLBuilderCB } from 'xmlbuilder2/lib/interfaces';
import type { Appointment, PostalAddress, SenderInfo } from '../../main/model/appointment.ts';
import { APPOINTMENT_DATA_NS } from '../../main/xml/appointment-data-schema.ts';
import { formatLocalDateTime } from '../../main/xml/local-time.ts';

/** `YYYY-MM-DD` → `YYYY-MM-DDT00:00:00` (Medfusion's DOB is an xs:dateTime). Other input is kept as is. */
function dobDateTime(dob: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(dob) ? `${dob}T00:00:00` : dob;
}

function leaf(b: XMLBuilderCB, name: string, text: string): void {
  b.ele(name).txt(text).up();
}

function address(b: XMLBuilderCB, name: string, a: PostalAddress): void {
  b.ele(name);
  leaf(b, 'Address1', a.address1);
  if (a.address2) leaf(b, 'Address2', a.address2);
  else b.ele('Address2').up(); // always present, empty: as in every Medfusion sample
  leaf(b, 'City', a.city);
  leaf(b, 'State', a.state);
  leaf(b, 'ZipCode', a.zipCode);
  b.up();
}

function appointment(b: XMLBuilderCB, a: Appointment): void {
  b.ele('Appointments');
  b.ele('PracticeIdentifier');
  leaf(b, 'IntegrationPracticeId', a.practiceId);
  b.up();
  leaf(b, 'AppointmentId', a.appointmentId);
  leaf(b, 'Status', a.status);
  leaf(b, 'Type', a.type);
  if (a.reason) leaf(b, 'Reason', a.reason);
  leaf(b, 'Description', a.description);
  leaf(b, 'Time', a.start.toISOString()); // UTC, YYYY-MM-DDThh:mm:ss.SSSZ
  leaf(b, 'Location', a.location);
  if (a.appointmentAddress) address(b, 'AppointmentAddress', a.appointmentAddress);

  const p = a.patient;
  b.ele('Patient');
  leaf(b, 'PatientId', p.patientId);
  leaf(b, 'FirstName', p.firstName);
  leaf(b, 'LastName', p.lastName);
  leaf(b, 'DOB', dobDateTime(p.dob));
  leaf(b, 'Email', p.email);
  if (p.address) address(b, 'Address', p.address);
  if (p.insurance && p.insurance.length > 0) {
    b.ele('Insurance');
    for (const ins of p.insurance) {
      b.ele('InsuranceInfo');
      if (ins.status !== undefined) leaf(b, 'Status', ins.status);
      if (ins.groupNumber !== undefined) leaf(b, 'GroupNumber', ins.groupNumber);
      if (ins.memberId !== undefined) leaf(b, 'MemberId', ins.memberId);
      b.up();
    }
    b.up();
  }
  b.up();

  b.ele('Participant');
  leaf(b, 'Type', a.participant.type);
  leaf(b, 'Identifier', a.participant.identifier);
  leaf(b, 'ProviderName', a.participant.providerName);
  b.up();
  if (a.copayment) {
    b.ele('Copayment');
    leaf(b, 'Amount', a.copayment.amount);
    b.up();
  }
  if (a.balance) {
    b.ele('Balance');
    leaf(b, 'DueBy', a.balance.dueBy.toISOString());
    leaf(b, 'Amount', a.balance.amount);
    b.up();
  }
  b.up();
}

/** Same contract as buildAppointmentData, built with xmlbuilder2 (slow; tests only). */
export function buildWithXmlbuilder2(
  appointments: Appointment[],
  sender: SenderInfo,
  opts: { timeZone?: string } = {},
): string {
  if (appointments.length === 0) {
    throw new Error(
      'buildAppointmentData: no appointments given; an AppointmentData document needs at least one.',
    );
  }
  const chunks: string[] = [];
  const b = createCB({
    data: (chunk: string) => {
      chunks.push(chunk);
    },
    prettyPrint: true,
    indent: '  ',
    // Control characters are not allowed in XML 1.0 at all; drop them rather than fail the batch.
    invalidCharReplacement: '',
  });
  b.dec({ version: '1.0', encoding: 'UTF-8' });
  b.ele('ns2:AppointmentData', { 'xmlns:ns2': APPOINTMENT_DATA_NS });
  b.ele('AppointmentMessageHeader');
  b.ele('Sender', {
    VendorName: sender.vendorName,
    DeviceLocalTime: formatLocalDateTime(sender.localTime, opts.timeZone),
    DeviceVersion: sender.deviceVersion,
    DeviceName: sender.deviceName,
  }).up();
  b.up();
  for (const a of appointments) appointment(b, a);
  b.up();
  b.end();
  return chunks.join('');
}
