// Reading AppointmentData back into the model: round trip through the writer, Medfusion's
// sample, and zone-less times read in the given zone (default UTC).
import { buildAppointmentData } from '../../main/xml/build-appointment-data.ts';
import {
  parseXsDateTime,
  readAppointmentData,
  readAppointmentDataDocument,
} from '../../main/xml/read-appointment-data.ts';
import { validateAppointmentData } from '../../main/xml/validate-appointment-data.ts';
import { readSample } from './xml-test-helpers.ts';
import { sampleAppointment } from './sample-appointments.ts';

const sender = {
  vendorName: 'V',
  deviceName: 'D',
  deviceVersion: '1',
  localTime: new Date('2026-12-01T15:45:00Z'),
};

describe('readAppointmentData', () => {
  it('round-trips the writer output, optional parts and special characters included', async () => {
    const a = sampleAppointment(0, {
      copayment: { amount: '23.50' },
      balance: { dueBy: new Date('2027-01-31T00:00:00Z'), amount: '120' },
      description: `<&>"' check`,
    });
    a.patient.firstName = 'Zoë';
    a.patient.insurance = [{ status: 'Complete', groupNumber: 'G1', memberId: 'M1' }, { memberId: 'M2' }];
    const appts = [a, sampleAppointment(1), sampleAppointment(3)];
    const xml = buildAppointmentData(appts, sender, { timeZone: 'Europe/Berlin' });
    expect((await validateAppointmentData(xml)).ok).toBe(true);
    expect(readAppointmentData(xml)).toEqual(appts);
    const doc = readAppointmentDataDocument(xml);
    expect(doc.sender).toEqual(sender);
  });

  it("reads Medfusion's sample; its zone-less Time is UTC by default or in the zone given", () => {
    const xml = readSample('medfusion_doc_sample.xml');
    const [a] = readAppointmentData(xml);
    expect(a).toMatchObject({
      practiceId: 'e60b6468-e585-4a1c-b0d3-e24d0ec76b3a',
      appointmentId: '123452',
      status: 'NEW',
      type: 'NEW APPOINTMENT',
      description: 'New Appointment Schedule',
      location: 'Chico',
      appointmentAddress: {
        address1: 'Chico',
        address2: '',
        city: 'California',
        state: 'California',
        zipCode: '12345',
      },
      patient: {
        patientId: '787',
        firstName: 'Chuck',
        dob: '2016-12-23',
        insurance: [{ status: 'Complete', groupNumber: '21231', memberId: '4445503' }],
      },
      participant: { type: 'PROVIDER', identifier: 'hwinston', providerName: 'Mickey Wal' },
      copayment: { amount: '23' },
    });
    expect(a!.reason).toBeUndefined();
    expect(a!.start.toISOString()).toBe('2016-12-23T00:00:00.000Z');
    const [la] = readAppointmentData(xml, { timeZone: 'America/Los_Angeles' });
    expect(la!.start.toISOString()).toBe('2016-12-23T08:00:00.000Z');
  });

  it('parses xs:dateTime with and without zones, across DST', () => {
    expect(parseXsDateTime('2026-12-01T07:45:00-08:00').toISOString()).toBe('2026-12-01T15:45:00.000Z');
    expect(parseXsDateTime('2026-12-01T07:45:00.5+05:30').toISOString()).toBe('2026-12-01T02:15:00.500Z');
    expect(parseXsDateTime('2026-07-01T09:00:00', 'America/Los_Angeles').toISOString()).toBe(
      '2026-07-01T16:00:00.000Z',
    );
    // 01:30 on the fall-back night happens twice in Los Angeles: the first (PDT) wins.
    expect(parseXsDateTime('2026-11-01T01:30:00', 'America/Los_Angeles').toISOString()).toBe(
      '2026-11-01T08:30:00.000Z',
    );
    expect(() => parseXsDateTime('12/23/2016')).toThrow(/not an xs:dateTime/);
  });

  it('refuses a DTD like every other reader', () => {
    expect(() => readAppointmentData(readSample('bad/xxe.xml'), { fileName: 'xxe.xml' })).toThrow(
      /xxe\.xml, line 2: refused/,
    );
  });
});
