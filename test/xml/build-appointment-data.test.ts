// The AppointmentData writer: its output validates against our XSD, keeps element order,
// escapes text, writes times the way Medfusion's samples do, and round-trips.
import os from 'node:os';
import { buildAppointmentData, defaultSender } from '../../main/xml/build-appointment-data.ts';
import { formatLocalDateTime } from '../../main/xml/local-time.ts';
import { validateAppointmentData } from '../../main/xml/validate-appointment-data.ts';
import type { Appointment, SenderInfo } from '../../main/model/appointment.ts';
import { readAppointmentData } from '../../main/xml/read-appointment-data.ts';
import { sampleAppointment } from './sample-appointments.ts';
import { buildWithXmlbuilder2 } from './xmlbuilder2-reference.ts';

const sender: SenderInfo = {
  vendorName: 'Appointment Connector',
  deviceName: 'front-desk-1',
  deviceVersion: '0.1.0',
  localTime: new Date('2026-12-01T15:45:00Z'),
};

describe('buildAppointmentData', () => {
  it('writes a document that validates, with the ids in order', async () => {
    const appts = [0, 1, 2, 3].map((i) => sampleAppointment(i));
    const xml = buildAppointmentData(appts, sender, { timeZone: 'America/Los_Angeles' });
    expect(await validateAppointmentData(xml)).toEqual({
      ok: true,
      appointmentIds: appts.map((a) => a.appointmentId),
    });
  });

  it('writes the declaration, the ns2 root, UTC Time, DOB at midnight and an empty Address2', () => {
    const xml = buildAppointmentData([sampleAppointment(0)], sender, { timeZone: 'America/Los_Angeles' });
    expect(
      xml.startsWith(
        '<?xml version="1.0" encoding="UTF-8"?>\n<ns2:AppointmentData xmlns:ns2="http://schema.medfusion.com/appointmentsdata/v1">',
      ),
    ).toBe(true);
    expect(xml).toContain('<Time>2026-12-21T17:30:00.000Z</Time>');
    expect(xml).toContain('<DOB>1957-04-11T00:00:00</DOB>');
    expect(xml).toContain('<Address2/>');
    expect(xml).toContain('DeviceLocalTime="2026-12-01T07:45:00-08:00"');
    expect(xml).not.toContain('<Copayment>');
  });

  it('keeps the XSD element order, with optional parts where they belong', () => {
    const a = sampleAppointment(0, {
      copayment: { amount: '23.50' },
      balance: { dueBy: new Date('2027-01-01T00:00:00Z'), amount: '0' },
    });
    a.patient.insurance = [{ status: 'Complete', memberId: 'M1' }];
    const xml = buildAppointmentData([a], sender, { timeZone: 'UTC' });
    const names = [...xml.matchAll(/<([A-Za-z0-9]+)[ />]/g)].map((m) => m[1]);
    const appt = names.slice(names.indexOf('Appointments') + 1);
    expect(
      appt.filter((n) =>
        [
          'PracticeIdentifier',
          'AppointmentId',
          'Status',
          'Type',
          'Reason',
          'Description',
          'Time',
          'Location',
          'AppointmentAddress',
          'Patient',
          'Participant',
          'Copayment',
          'Balance',
        ].includes(n!),
      ),
    ).toEqual([
      'PracticeIdentifier',
      'AppointmentId',
      'Status',
      'Type',
      'Reason',
      'Description',
      'Time',
      'Location',
      'AppointmentAddress',
      'Patient',
      'Status',
      'Participant',
      'Type',
      'Copayment',
      'Balance',
    ]);
    expect(xml).toMatch(
      /<InsuranceInfo>\s*<Status>Complete<\/Status>\s*<MemberId>M1<\/MemberId>\s*<\/InsuranceInfo>/,
    );
    expect(xml).toContain('<DueBy>2027-01-01T00:00:00.000Z</DueBy>');
  });

  it('escapes <&>"\' and keeps non-ASCII names, and the result validates', async () => {
    const a = sampleAppointment(1, { description: `Check <&> "quoted" 'single'` });
    a.patient.firstName = 'Zoë Ångström';
    a.patient.lastName = "田中 & O'Brien";
    const s = { ...sender, vendorName: 'A "B" <C> & D' };
    const xml = buildAppointmentData([a], s, { timeZone: 'UTC' });
    expect(xml).toContain(`<Description>Check &lt;&amp;&gt; "quoted" 'single'</Description>`);
    expect(xml).toContain('<FirstName>Zoë Ångström</FirstName>');
    expect(xml).toContain("<LastName>田中 &amp; O'Brien</LastName>");
    expect(xml).toContain('VendorName="A &quot;B&quot; &lt;C&gt; &amp; D"');
    expect((await validateAppointmentData(xml)).ok).toBe(true);
  });

  it('refuses an empty list', () => {
    expect(() => buildAppointmentData([], sender)).toThrow(/at least one/);
  });
});

describe('Sender and DeviceLocalTime', () => {
  it('gives the right offset for a zone, winter and summer', () => {
    expect(formatLocalDateTime(new Date('2026-12-15T20:00:00Z'), 'America/Los_Angeles')).toBe(
      '2026-12-15T12:00:00-08:00',
    );
    expect(formatLocalDateTime(new Date('2026-07-15T20:00:00Z'), 'America/Los_Angeles')).toBe(
      '2026-07-15T13:00:00-07:00',
    );
    expect(formatLocalDateTime(new Date('2026-07-15T20:00:00Z'), 'Asia/Kolkata')).toBe(
      '2026-07-16T01:30:00+05:30',
    );
    expect(formatLocalDateTime(new Date('2026-07-15T20:00:00Z'), 'UTC')).toBe('2026-07-15T20:00:00+00:00');
  });

  it('refuses an unknown zone with a clear message', () => {
    expect(() => formatLocalDateTime(new Date(), 'Mars/Olympus')).toThrow(
      /Unknown time zone 'Mars\/Olympus'.*IANA/,
    );
  });

  it('defaultSender names the product and this computer, nothing else', () => {
    const now = new Date('2026-12-01T15:45:00Z');
    const s = defaultSender(now, '1.2.3');
    expect(s).toEqual({
      vendorName: 'Appointment Connector',
      deviceName: os.hostname().slice(0, 100),
      deviceVersion: '1.2.3',
      localTime: now,
    });
  });
});

describe('the fast writer against the xmlbuilder2 reference', () => {
  const sameEmpty = (x: string): string => x.replace(/<(\w+)><\/\1>/g, '<$1/>');

  it('writes byte-identical XML for varied appointments (escaping, non-ASCII, optional parts)', () => {
    const appts = Array.from({ length: 12 }, (_, i) => sampleAppointment(i));
    appts[1]!.description = `Tom & Jerry's <b>"visit"</b> ]]> done`;
    appts[2]!.patient.firstName = 'Zoë 田中 😀';
    appts[3]!.patient.insurance = [{ status: 'Complete' }, { groupNumber: 'G&1', memberId: '<M>' }, {}];
    appts[4]!.copayment = { amount: '0' };
    appts[5]!.balance = { dueBy: new Date('2027-02-01T00:00:00Z'), amount: '12.5' };
    appts[7]!.appointmentAddress!.address2 = 'Suite 5';
    const s = { ...sender, vendorName: `A "B" <C> & 'D'` };
    const fast = buildAppointmentData(appts, s, { timeZone: 'Asia/Kolkata' });
    expect(fast).toBe(sameEmpty(buildWithXmlbuilder2(appts, s, { timeZone: 'Asia/Kolkata' })));
    // Characters XML forbids are dropped (xmlbuilder2's callback writer lets them through).
    appts[6]!.type = 'bell\u0007 and \uFFFE dropped';
    expect(buildAppointmentData([appts[6]!], s)).toContain('<Type>bell and  dropped</Type>');
  });

  it('escapes every field of an appointment with no optional parts (one scan decides for all)', () => {
    // The writer scans such an appointment's values joined, once: a special character in any one
    // field must still send that appointment through per-value escaping.
    const bare = (i: number): Appointment => {
      const { appointmentAddress: _drop, ...a } = sampleAppointment(i);
      const { address: _none, ...patient } = a.patient;
      return { ...a, patient };
    };
    const fields: Array<(a: Appointment, v: string) => void> = [
      (a, v) => (a.practiceId = v),
      (a, v) => (a.appointmentId = v),
      (a, v) => (a.type = v),
      (a, v) => (a.reason = v),
      (a, v) => (a.description = v),
      (a, v) => (a.location = v),
      (a, v) => (a.patient.patientId = v),
      (a, v) => (a.patient.firstName = v),
      (a, v) => (a.patient.lastName = v),
      (a, v) => (a.patient.dob = v),
      (a, v) => (a.patient.email = v),
      (a, v) => (a.participant.identifier = v),
      (a, v) => (a.participant.providerName = v),
    ];
    fields.forEach((set, i) => {
      const appts = [bare(0), bare(1), bare(2)];
      set(appts[1]!, `x & <y> "z"\r\u0007`);
      const fast = buildAppointmentData(appts, sender, { timeZone: 'UTC' });
      expect(fast, `field ${i}`).toContain('x &amp; &lt;y&gt; "z"&#xD;<');
      expect(fast, `field ${i}`).not.toContain('\u0007');
      appts[1]! = bare(1);
      set(appts[1]!, 'x & y');
      expect(buildAppointmentData(appts, sender, { timeZone: 'UTC' }), `field ${i}`).toBe(
        sameEmpty(buildWithXmlbuilder2(appts, sender, { timeZone: 'UTC' })),
      );
    });
  });

  it('keeps line breaks in text and attributes through a round trip', () => {
    const a = sampleAppointment(0, { description: 'line 1\r\nline 2\ttab' });
    const xml = buildAppointmentData([a], { ...sender, deviceName: 'desk\n1' }, { timeZone: 'UTC' });
    expect(xml).toContain('line 1&#xD;\nline 2\ttab');
    expect(xml).toContain('DeviceName="desk&#xA;1"');
    expect(readAppointmentData(xml)[0]!.description).toBe('line 1\r\nline 2\ttab');
  });
});
