// Small AppointmentData v1 documents for the sandbox and client tests, in the element order of
// Medfusion's samples (test/fixtures/samples/appointmentdata_two.xml).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface DocAppointment {
  id: string;
  status?: 'NEW' | 'UPDATE' | 'CANCEL';
  patientId?: string;
  /** ISO instant (UTC with Z). */
  time?: string;
  description?: string;
  firstName?: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function appointmentXml(practiceId: string, list: DocAppointment[]): string {
  const items = list.map(
    (a) => `  <Appointments>
    <PracticeIdentifier><IntegrationPracticeId>${practiceId}</IntegrationPracticeId></PracticeIdentifier>
    <AppointmentId>${esc(a.id)}</AppointmentId>
    <Status>${a.status ?? 'NEW'}</Status>
    <Type>FOLLOW UP</Type>
    <Description>${esc(a.description ?? 'Blood pressure recheck')}</Description>
    <Time>${a.time ?? '2030-03-04T17:30:00.000Z'}</Time>
    <Location>Main Street Clinic</Location>
    <Patient>
      <PatientId>${esc(a.patientId ?? 'P-311')}</PatientId>
      <FirstName>${esc(a.firstName ?? 'Greta')}</FirstName>
      <LastName>Lindholm</LastName>
      <DOB>1957-04-11T00:00:00</DOB>
      <Email>greta.l@example.org</Email>
    </Patient>
    <Participant><Type>PROVIDER</Type><Identifier>eharg</Identifier><ProviderName>Elena Hargreaves</ProviderName></Participant>
  </Appointments>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<ns2:AppointmentData xmlns:ns2="http://schema.medfusion.com/appointmentsdata/v1">
  <AppointmentMessageHeader>
    <Sender VendorName="Test Vendor" DeviceLocalTime="2026-12-01T07:45:00-08:00" DeviceVersion="1.0" DeviceName="test"/>
  </AppointmentMessageHeader>
${items.join('\n')}
</ns2:AppointmentData>
`;
}

export const SAMPLES = path.resolve(import.meta.dirname, '../fixtures/samples');

export function readSample(name: string): string {
  return fs.readFileSync(path.join(SAMPLES, name), 'utf8');
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
}
