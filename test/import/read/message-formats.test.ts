// Text files that are no table: an interface message, a calendar or an API response saved into the
// folder as .txt or .csv. Read as delimited text they were refused as having no header row (or
// no appointment rows), which sent the practice looking for a missing header; now each is refused
// naming what it is. Files written here, in the shapes the standards give; messages by hand.
import { readAll, refusal, tempDir } from './read-helpers.ts';

let t: ReturnType<typeof tempDir>;
beforeEach(() => (t = tempDir()));
afterEach(() => t.cleanup());

const refusedXml = async (name: string, xml: string): Promise<string> =>
  (await refusal(t.write(name, xml))).message;

// HL7 v2.5 ADT^A04 (patient registered) and A08 (patient updated): segments end with a CR. An ADT
// feed holds no appointment; a feed of SIU messages is read (siu-table.test.ts).
const ADT = [
  'MSH|^~\\&|EPIC|CLINIC|PORTAL|MEDFUSION|20261207083000||ADT^A04|MSG00001|P|2.5',
  'EVN|A04|20261207083000',
  'PID|1||500123^^^CLINIC^MR||GARCIA^MARIA^L||19780314|F',
  'PV1|1|O|MAIN^^^CLINIC',
  'MSH|^~\\&|EPIC|CLINIC|PORTAL|MEDFUSION|20261207083100||ADT^A08|MSG00002|P|2.5',
  'EVN|A08|20261207083100',
  'PID|1||500124^^^CLINIC^MR||SMITH^JOHN^A||19650220|M',
];

const ICS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Practice//Scheduler//EN',
  'BEGIN:VEVENT',
  'UID:appt-10001@practice',
  'DTSTART;TZID=America/New_York:20261208T090000',
  'SUMMARY:Garcia, Maria - Follow-up',
  'STATUS:CONFIRMED',
  'END:VEVENT',
  'END:VCALENDAR',
];

const FHIR_JSON = JSON.stringify(
  {
    resourceType: 'Bundle',
    type: 'searchset',
    entry: [
      {
        resource: {
          resourceType: 'Appointment',
          id: '10001',
          status: 'booked',
          start: '2026-12-08T14:00:00Z',
          participant: [{ actor: { reference: 'Patient/500123', display: 'Maria Garcia' } }],
        },
      },
    ],
  },
  null,
  2,
);

describe('a file that is no table is refused, naming what it is', () => {
  it.each([
    ['an HL7 v2 ADT feed saved as .txt', 'adt.txt', ADT.join('\r') + '\r', 'an HL7 v2 message (ADT^A04)'],
    [
      'an HL7 v2 ADT feed with LF line ends',
      'adt.hl7.txt',
      ADT.join('\n') + '\n',
      'an HL7 v2 message (ADT^A04)',
    ],
    [
      'an HL7 v2 ADT message in its MLLP frame',
      'mllp.txt',
      `\x0b${ADT.slice(0, 4).join('\r')}\r\x1c\r`,
      'HL7 v2',
    ],
    [
      'an X12 interchange',
      'x12.txt',
      'ISA*00*          *00*          *ZZ*SENDER         *ZZ*RECEIVER       *261207*0830*^*00501*000000001*0*P*:~GS*HC*SENDER*RECEIVER*20261207*0830*1*X*005010X222A1~\n',
      'an X12 EDI interchange',
    ],
    ['an iCalendar saved as .csv', 'calendar.csv', ICS.join('\r\n') + '\r\n', 'an iCalendar (.ics) calendar'],
    [
      'a vCard',
      'contact.txt',
      'BEGIN:VCARD\r\nVERSION:3.0\r\nN:Garcia;Maria;;;\r\nBDAY:1978-03-14\r\nEND:VCARD\r\n',
      'a vCard',
    ],
    ['a FHIR Bundle saved as .txt', 'bundle.txt', FHIR_JSON, 'FHIR JSON (a Bundle resource)'],
    [
      'JSON lines',
      'rows.txt',
      '{"appointment_id": "10001", "first_name": "Maria", "last_name": "Garcia", "dob": "1978-03-14", "date": "2026-12-08", "time": "09:00"}\n',
      'JSON data',
    ],
  ])('%s', async (_, name, content, what) => {
    const e = await refusal(t.write(name, content));
    expect(e.message).toContain(what);
    expect(e.message).toContain('not a table of appointments');
    expect(e.hint).toMatch(/one row per appointment/);
  });

  it('FHIR resources in XML', async () => {
    const e = await refusal(
      t.write(
        'bundle.xml',
        `<?xml version="1.0" encoding="UTF-8"?>
<Bundle xmlns="http://hl7.org/fhir">
  <type value="searchset"/>
${[1, 2, 3]
  .map(
    (i) => `  <entry><resource><Appointment>
    <id value="1000${i}"/><status value="booked"/><start value="2026-12-08T0${8 + i}:00:00-05:00"/>
    <participant><actor><reference value="Patient/50012${i}"/><display value="Maria Garcia"/></actor></participant>
    <participant><actor><reference value="Practitioner/1234"/><display value="Anna Lee"/></actor></participant>
  </Appointment></resource></entry>`,
  )
  .join('\n')}
</Bundle>
`,
      ),
    );
    expect(e.message).toContain('this is FHIR XML (a Bundle resource), not a table of appointments');
    expect(e.message).toContain(
      "its 3 Appointment resources name the patient only by a reference (Patient/500121, shown as 'Maria Garcia'), with no date of birth",
    );
  });

  // A patient the file names (contained here; an included Patient entry in fhir-appointments
  // tests) is a patient: the Appointment is read as a row (fhir-appointments.ts).
  it('FHIR Appointment with a contained Patient that has a name and birth date: read as a row', async () => {
    const file = t.write(
      'appointment.xml',
      `<?xml version="1.0" encoding="UTF-8"?>
<Appointment xmlns="http://hl7.org/fhir">
  <id value="10001"/>
  <contained><Patient><id value="p1"/><name><family value="Garcia"/><given value="Maria"/></name><birthDate value="1978-03-14"/></Patient></contained>
  <status value="booked"/>
  <start value="2026-12-08T09:00:00-05:00"/>
  <participant><actor><reference value="#p1"/></actor><status value="accepted"/></participant>
</Appointment>
`,
    );
    const { rows } = await readAll(file);
    expect(rows.map((r) => r.record)).toMatchObject([
      {
        'Appointment ID': '10001',
        Status: 'booked',
        Start: '2026-12-08T09:00:00-05:00',
        'Last Name': 'Garcia',
        'First Name': 'Maria',
        'Date of Birth': '1978-03-14',
        'Patient ID': 'p1',
      },
    ]);
  });

  // Mirth Connect's HL7 v2 data type: the non-strict parser writes <HL7Message> with <MSH.9.1>
  // components, the strict one <ADT_A01> with <MSG.1>, its namespace stripped by default. Its SIU
  // messages are read (hl7-xml.test.ts); any other message is refused naming its type.
  it('HL7 v2 in XML with no scheduling message is refused naming its type, with or without the namespace', async () => {
    const nonStrict = await refusedXml(
      'adt.xml',
      `<HL7Message>
<MSH><MSH.1>|</MSH.1><MSH.2>^~\\&amp;</MSH.2><MSH.3><MSH.3.1>EPIC</MSH.3.1></MSH.3><MSH.9><MSH.9.1>ADT</MSH.9.1><MSH.9.2>A08</MSH.9.2></MSH.9></MSH>
<PID><PID.5><PID.5.1>GARCIA</PID.5.1><PID.5.2>MARIA</PID.5.2></PID.5><PID.7><PID.7.1>19780314</PID.7.1></PID.7></PID>
</HL7Message>
`,
    );
    expect(nonStrict).toContain(
      'this is an HL7 v2 message in XML (ADT^A08), not a table of appointments, and no message in it is a scheduling (SIU) message',
    );
    const strict = await refusedXml(
      'adt2.xml',
      `<?xml version="1.0" encoding="UTF-8"?>
<ADT_A01 xmlns="urn:hl7-org:v2xml">
  <MSH><MSH.1>|</MSH.1><MSH.9><MSG.1>ADT</MSG.1><MSG.2>A04</MSG.2><MSG.3>ADT_A01</MSG.3></MSH.9></MSH>
  <PID><PID.5><XPN.1><FN.1>SMITH</FN.1></XPN.1><XPN.2>JOHN</XPN.2></PID.5></PID>
</ADT_A01>
`,
    );
    expect(strict).toContain(
      'this is an HL7 v2 message in XML (ADT^A04^ADT_A01), not a table of appointments',
    );
  });

  it('an XML table whose record holds an element named MSH is still a table', async () => {
    const { rows } = await readAll(
      t.write(
        'appts.xml',
        '<Appts><Appt><Date>12/08/2026</Date><MSH>no</MSH></Appt><Appt><Date>12/09/2026</Date><MSH>yes</MSH></Appt></Appts>',
      ),
    );
    expect(rows.map((r) => r.values)).toEqual([
      ['12/08/2026', 'no'],
      ['12/09/2026', 'yes'],
    ]);
  });

  it('a CSV whose column names are written in brackets is still a table', async () => {
    const { rows } = await readAll(
      t.write(
        'brackets.csv',
        '[Appt Date],[Appt Time],[Patient],[DOB]\r\n12/08/2026,9:00 AM,"Garcia, Maria",03/14/1978\r\n',
      ),
    );
    expect(rows.map((r) => r.values)).toEqual([['12/08/2026', '9:00 AM', 'Garcia, Maria', '03/14/1978']]);
  });
});
