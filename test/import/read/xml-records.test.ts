// Which XML element is the record. The most repeated element was taken, even one holding only
// text: a record's two `<Provider>` leaves (hygienist and dentist) made `Appointment/Provider` the
// record and the file was refused, and `mysql --xml`'s `<field name="X">v</field>` (nine per
// `<row>`) made `field` the record. An element with text is one value; a record has child elements
// or attributes with no text. Files written here; expected columns and values by hand.
import { collect } from '../convert/support.ts';
import { readAll, refusal, tempDir } from './read-helpers.ts';

let t: ReturnType<typeof tempDir>;
beforeEach(() => (t = tempDir()));
afterEach(() => t.cleanup());

const write = (name: string, xml: string): string => t.write(name, xml);

const NY = { timeZone: 'America/New_York' };
const PATIENTS = ['Okafor, Chidi', 'Nguyen, Thomas', 'Garcia, Maria'];

describe('a repeated leaf is a value of its record, never the record', () => {
  const appointment = (id: number, time: string, providers: string[]) => `  <Appointment>
    <AptNum>${id}</AptNum><PatNum>${id - 39000}</PatNum><Patient>${PATIENTS[id % 3]}</Patient><Birthdate>198${id % 3}-06-11</Birthdate>
    <AptDateTime>2027-03-02T${time}:00</AptDateTime>
${providers.map((p) => `    <Provider>${p}</Provider>`).join('\n')}
    <AptStatus>Scheduled</AptStatus>
  </Appointment>`;
  const file = (records: string[]) =>
    write(
      'repeated.xml',
      `<?xml version="1.0" encoding="utf-8"?>\n<Appointments>\n${records.join('\n')}\n</Appointments>\n`,
    );

  it('two providers in one appointment are two columns, and which one is asked', async () => {
    const f = file([
      appointment(40211, '09:00', ['Smith, Joan RDH', 'Lee, Anna DDS']),
      appointment(40212, '10:00', ['Lee, Anna DDS']),
      appointment(40213, '11:00', ['Smith, Joan RDH', 'Lee, Anna DDS']),
    ]);
    const { info, rows } = await readAll(f);
    expect(info.recordPath).toBe('Appointment');
    expect(info.headers).toEqual([
      'AptNum',
      'PatNum',
      'Patient',
      'Birthdate',
      'AptDateTime',
      'Provider',
      'Provider (2)',
      'AptStatus',
    ]);
    expect(rows.map((r) => [r.record['Provider'], r.record['Provider (2)']])).toEqual([
      ['Smith, Joan RDH', 'Lee, Anna DDS'],
      ['Lee, Anna DDS', ''],
      ['Smith, Joan RDH', 'Lee, Anna DDS'],
    ]);
    const r = await collect(f, NY);
    expect(r.summary.doubts).toMatchObject([{ kind: 'column', field: 'providerName', column: 'Provider' }]);
  });

  it('text-only elements repeated more often than the records do not hide them', async () => {
    const f = file([
      appointment(40211, '09:00', ['Lee, Anna DDS', 'Lee, Anna DDS', 'Lee, Anna DDS']),
      appointment(40212, '10:00', ['Lee, Anna DDS', 'Lee, Anna DDS', 'Lee, Anna DDS']),
    ]);
    const { info, rows } = await readAll(f);
    expect(info.recordPath).toBe('Appointment');
    expect(rows).toHaveLength(2);
  });
});

describe('mysql --xml', () => {
  const row = (id: number, last: string, first: string, time: string, status: string) => `  <row>
	<field name="AptNum">${id}</field>
	<field name="PatNum">${id - 39000}</field>
	<field name="LName">${last}</field>
	<field name="FName">${first}</field>
	<field name="Birthdate">1984-06-11</field>
	<field name="AptDateTime">2027-03-02 ${time}:00</field>
	<field name="Provider">Lee, Anna DDS</field>
	<field name="AptStatus">${status}</field>
	<field name="Clinic" xsi:nil="true" />
  </row>`;

  it('each <field name="X"> is the column X; an xsi:nil field is empty', async () => {
    const f = write(
      'mysql.xml',
      `<?xml version="1.0"?>

<resultset statement="SELECT a.AptNum FROM appointment a
" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
${row(40211, 'Garcia', 'Maria', '09:00', 'Scheduled')}

${row(40212, 'Nguyen', 'Thomas', '10:30', 'Cancelled')}
</resultset>
`,
    );
    const { info, rows } = await readAll(f);
    expect(info.recordPath).toBe('row');
    expect(info.headers).toEqual([
      'AptNum',
      'PatNum',
      'LName',
      'FName',
      'Birthdate',
      'AptDateTime',
      'Provider',
      'AptStatus',
      'Clinic',
    ]);
    expect(rows.map((r) => r.values)).toEqual([
      [
        '40211',
        '1211',
        'Garcia',
        'Maria',
        '1984-06-11',
        '2027-03-02 09:00:00',
        'Lee, Anna DDS',
        'Scheduled',
        '',
      ],
      [
        '40212',
        '1212',
        'Nguyen',
        'Thomas',
        '1984-06-11',
        '2027-03-02 10:30:00',
        'Lee, Anna DDS',
        'Cancelled',
        '',
      ],
    ]);
    const r = await collect(f, NY);
    expect(r.summary.doubts).toEqual([]);
    // 09:00 in New York on 2 March 2027 (UTC-5) is 14:00 UTC.
    expect(r.appointments.map((a) => [a.patient.lastName, a.status, a.start.toISOString()])).toEqual([
      ['Garcia', 'NEW', '2027-03-02T14:00:00.000Z'],
      ['Nguyen', 'CANCEL', '2027-03-02T15:30:00.000Z'],
    ]);
  });
});

// SQL Server's FOR XML AUTO writes a join as the parent table's rows with the child table's rows
// inside: each `<Appt>` is an appointment, the `<Patient>` around it gives its patient, a patient
// with no appointment (a LEFT JOIN) stands alone, and a NULL column is an attribute left out.
// Read as one record, Garcia's two appointments were one: 5001 took 5007's CancelDate (sent as
// CANCEL) and 5007 was lost.
describe('appointments nested inside the rows of another table (FOR XML AUTO)', () => {
  const schedule = (patients: string) =>
    write('forxml.xml', `<?xml version="1.0" encoding="utf-8"?>\n<Schedule>\n${patients}</Schedule>\n`);
  // 9:00 and 10:00 on 2 March 2027 in New York (UTC-5) are 14:00 and 15:00 UTC; 14:30 on 4 March
  // is 19:30 UTC. Brown has no appointment.
  const expected = [
    ['5001', 'NEW', '2027-03-02T14:00:00.000Z', 'Garcia'],
    ['5007', 'CANCEL', '2027-03-04T19:30:00.000Z', 'Garcia'],
    ['5003', 'NEW', '2027-03-02T15:00:00.000Z', 'Nguyen'],
  ];

  it('each inner <Appt> is a row with its patient, and cells never pass from one to the other', async () => {
    const f = schedule(`  <Patient PatientID="1001" LastName="Garcia" FirstName="Maria" DOB="1984-05-02">
    <Appt ApptID="5001" StartTime="2027-03-02T09:00:00" Provider="Lee, Anna"/>
    <Appt ApptID="5007" StartTime="2027-03-04T14:30:00" Provider="Lee, Anna" CancelDate="2027-02-26T11:12:00"/>
  </Patient>
  <Patient PatientID="1004" LastName="Brown" FirstName="Ellen" DOB="1958-02-09"/>
  <Patient PatientID="1003" LastName="Nguyen" FirstName="Linh" DOB="1990-07-14">
    <Appt ApptID="5003" StartTime="2027-03-02T10:00:00" Provider="Patel, Raj"/>
  </Patient>
`);
    const { rows } = await readAll(f);
    expect(
      rows.map((r) => [r.line, r.record['PatientID'], r.record['Appt/ApptID'], r.record['Appt/CancelDate']]),
    ).toEqual([
      [4, '1001', '5001', ''],
      [5, '1001', '5007', '2027-02-26T11:12:00'],
      [9, '1003', '5003', ''],
    ]);
    const r = await collect(f, NY);
    expect(r.summary.doubts).toEqual([]);
    expect(r.errors).toEqual([]);
    expect(
      r.appointments.map((a) => [a.appointmentId, a.status, a.start.toISOString(), a.patient.lastName]),
    ).toEqual(expected);
  });

  it('the same with elements (FOR XML AUTO, ELEMENTS) goes without questions', async () => {
    const f =
      schedule(`  <Patient><PatientID>1001</PatientID><LastName>Garcia</LastName><FirstName>Maria</FirstName><DOB>1984-05-02</DOB>
    <Appt><ApptID>5001</ApptID><StartTime>2027-03-02T09:00:00</StartTime><Provider>Lee, Anna</Provider></Appt>
    <Appt><ApptID>5007</ApptID><StartTime>2027-03-04T14:30:00</StartTime><Provider>Lee, Anna</Provider><CancelDate>2027-02-26T11:12:00</CancelDate></Appt>
  </Patient>
  <Patient><PatientID>1004</PatientID><LastName>Brown</LastName><FirstName>Ellen</FirstName><DOB>1958-02-09</DOB></Patient>
  <Patient><PatientID>1003</PatientID><LastName>Nguyen</LastName><FirstName>Linh</FirstName><DOB>1990-07-14</DOB>
    <Appt><ApptID>5003</ApptID><StartTime>2027-03-02T10:00:00</StartTime><Provider>Patel, Raj</Provider></Appt>
  </Patient>
`);
    const r = await collect(f, NY);
    expect(r.summary.doubts).toEqual([]);
    expect(r.errors).toEqual([]);
    expect(
      r.appointments.map((a) => [a.appointmentId, a.status, a.start.toISOString(), a.patient.lastName]),
    ).toEqual(expected);
  });

  it('repeated parts of one appointment keep their own values, one row per appointment', async () => {
    // The appointment says its start itself: the two <Phone>s are parts of it, never rows.
    // Merged, the cell phone's missing number was filled from the home phone's.
    const f = write(
      'phones.xml',
      `<?xml version="1.0" encoding="utf-8"?>
<Appointments>
  <Appointment AptNum="40211" AptDateTime="2027-03-02T09:00:00" Patient="Garcia, Maria">
    <Phone Type="Home" Number="555-0101"/>
    <Phone Type="Cell"/>
  </Appointment>
  <Appointment AptNum="40212" AptDateTime="2027-03-02T10:00:00" Patient="Nguyen, Linh"/>
  <Appointment AptNum="40213" AptDateTime="2027-03-02T11:00:00" Patient="Okafor, James"/>
</Appointments>
`,
    );
    const { info, rows } = await readAll(f);
    expect(info.recordPath).toBe('Appointment');
    expect(info.headers).toEqual([
      'AptNum',
      'AptDateTime',
      'Patient',
      'Phone/Type',
      'Phone/Number',
      'Phone (2)/Type',
    ]);
    expect(rows.map((r) => r.values)).toEqual([
      ['40211', '2027-03-02T09:00:00', 'Garcia, Maria', 'Home', '555-0101', 'Cell'],
      ['40212', '2027-03-02T10:00:00', 'Nguyen, Linh', '', '', ''],
      ['40213', '2027-03-02T11:00:00', 'Okafor, James', '', '', ''],
    ]);
  });
});

// Elements of one local name from two namespaces in one record, as a schema-generated export
// writes the patient's and the provider's parts (`<pt:Name>` beside `<dr:Name>`). By local name
// alone the first written became `Name`, the second `Name (2)`: a record that wrote the provider
// first put the provider's name in the patient's column, and the file was held asking which of the
// two mixed columns was the patient's.
describe('one local name in two namespaces', () => {
  const appt = (
    id: number,
    start: string,
    status: string,
    patient: string[],
    provider: string[],
    providerFirst: boolean,
  ): string => {
    const pt = `<pt:Name>${patient[0]}</pt:Name><pt:BirthDate>${patient[1]}</pt:BirthDate><pt:ID>${patient[2]}</pt:ID>`;
    const dr = `<dr:Name>${provider[0]}</dr:Name><dr:ID>${provider[1]}</dr:ID>`;
    return `  <s:Appointment s:ApptID="${id}"><s:Start>${start}</s:Start><s:Status>${status}</s:Status>${providerFirst ? dr + pt : pt + dr}</s:Appointment>`;
  };
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<s:Schedule xmlns:s="urn:example:schedule" xmlns:pt="urn:example:patient" xmlns:dr="urn:example:provider">
${appt(10001, '2026-12-08T09:00:00', 'Booked', ['Garcia, Maria', '1978-03-14', '500123'], ['Lee, Anna', '1234'], false)}
${appt(10002, '2026-12-08T10:00:00', 'Cancelled', ['Smith, John', '1965-02-20', '500124'], ['Patel, Raj', '1235'], true)}
${appt(10003, '2026-12-08T11:00:00', 'Booked', ['Lopez, Ana', '1990-07-01', '500125'], ['Lee, Anna', '1234'], false)}
</s:Schedule>
`;

  it('keeps each namespace in a column of its own, named with its prefix', async () => {
    const { info, rows } = await readAll(write('ns.xml', xml));
    // BirthDate comes from one namespace only: its plain name.
    expect(info.headers).toEqual([
      'ApptID',
      'Start',
      'Status',
      'pt:Name',
      'BirthDate',
      'pt:ID',
      'dr:Name',
      'dr:ID',
    ]);
    expect(rows.map((r) => [r.record['pt:Name'], r.record['dr:Name']])).toEqual([
      ['Garcia, Maria', 'Lee, Anna'],
      ['Smith, John', 'Patel, Raj'],
      ['Lopez, Ana', 'Lee, Anna'],
    ]);
  });

  it('sends each appointment with its own patient and provider', async () => {
    const r = await collect(write('ns.xml', xml), NY);
    expect(r.summary.doubts).toEqual([]);
    expect(
      r.appointments.map((a) => [a.appointmentId, a.patient.lastName, a.participant.providerName, a.status]),
    ).toEqual([
      ['10001', 'Garcia', 'Anna Lee', 'NEW'],
      ['10002', 'Smith', 'Raj Patel', 'CANCEL'],
      ['10003', 'Lopez', 'Anna Lee', 'NEW'],
    ]);
  });

  it('a local name in one namespace keeps its plain name (ID is still in two)', async () => {
    const { info } = await readAll(
      write(
        'plain.xml',
        xml.replace(/<dr:Name>/g, '<dr:FullName>').replace(/<\/dr:Name>/g, '</dr:FullName>'),
      ),
    );
    expect(info.headers).toEqual([
      'ApptID',
      'Start',
      'Status',
      'Name',
      'BirthDate',
      'pt:ID',
      'FullName',
      'dr:ID',
    ]);
  });
});

// Access's "Export XML" with related tables (and a .NET DataSet of two tables) writes each
// table's rows side by side under the root. The most repeated element was read as the records and
// the rest left unread: a `<tblCancellations>` row naming appointment 5002 by its ApptID, and 5002
// went as booked.
describe('a second table beside the appointments, joined to them by the appointment id', () => {
  const appt = (
    id: number,
    patient: string,
    first: string,
    time: string,
    provider: string,
  ) => `<tblAppointments>
<ApptID>${id}</ApptID>
<PatientID>${id + 5230}</PatientID>
<LastName>${patient}</LastName>
<FirstName>${first}</FirstName>
<DOB>1980-05-12T00:00:00</DOB>
<ApptDate>2027-03-04T00:00:00</ApptDate>
<ApptTime>1899-12-30T${time}:00</ApptTime>
<ProviderID>${provider}</ProviderID>
</tblAppointments>`;
  const file = (other: string) =>
    write(
      'access.xml',
      `<?xml version="1.0" encoding="UTF-8"?>
<dataroot xmlns:od="urn:schemas-microsoft-com:officedata" generated="2027-03-03T17:05:12">
${appt(5001, 'Garcia', 'Maria', '09:00', 'LEEA')}
${appt(5002, 'Nguyen', 'Thanh', '09:30', 'LEEA')}
${appt(5003, 'Brown', 'James', '10:15', 'PATR')}
${other}
</dataroot>
`,
    );
  const cancellation = (id: number) => `<tblCancellations>
<CancelID>77</CancelID>
<ApptID>${id}</ApptID>
<CancelDate>2027-03-03T00:00:00</CancelDate>
<CancelReason>Patient sick</CancelReason>
</tblCancellations>`;

  it('is refused, naming the table and the id, when one of its rows names an appointment of the file', async () => {
    const e = await refusal(file(cancellation(5002)));
    // The <tblCancellations> row opens on line 33: 2 lines of head, then 3 records of 10 lines.
    expect(e.line).toBe(33);
    expect(e.message).toContain(
      'this XML holds a second kind of record, <tblCancellations>, that names the <tblAppointments> records by ApptID (5002)',
    );
  });

  it('is refused when its rows outnumber the appointments too', async () => {
    const e = await refusal(
      file([cancellation(5002), cancellation(5003), cancellation(5001), cancellation(5001)].join('\n')),
    );
    expect(e.message).toContain('names the <tblCancellations> records by ApptID');
  });

  it('a table whose ids meet none of the appointments, and a lookup table of providers, are left aside', async () => {
    const providers = ['LEEA', 'PATR']
      .map(
        (p) =>
          `<tblProviders>\n<ProviderID>${p}</ProviderID>\n<ProviderName>Dr ${p}</ProviderName>\n</tblProviders>`,
      )
      .join('\n');
    const { info, rows } = await readAll(file(`${cancellation(4990)}\n${providers}`));
    expect(info.recordPath).toBe('tblAppointments');
    expect(rows.map((r) => r.record['ApptID'])).toEqual(['5001', '5002', '5003']);
  });

  it('is refused when joined by the patient id and the other kind says a start, whichever outnumbers', async () => {
    // Four patients (one with no appointment) outnumber the three appointments: the patients,
    // with their NextApptDate, were taken as the records, and appointment 5002's cancellation
    // was never read.
    const patients = [
      ['10231', 'Garcia', '2027-03-04T09:00:00'],
      ['10452', 'Nguyen', '2027-03-04T09:30:00'],
      ['10877', 'Brown', '2027-03-04T10:15:00'],
      ['10900', 'Kim', '2027-04-01T11:00:00'],
    ];
    const f = write(
      'access.xml',
      `<?xml version="1.0" encoding="UTF-8"?>
<dataroot xmlns:od="urn:schemas-microsoft-com:officedata">
${patients
  .slice(0, 3)
  .map(
    ([id, , at], i) =>
      `<tblAppointments><ApptID>${5001 + i}</ApptID><PatientID>${id}</PatientID><ApptDateTime>${at}</ApptDateTime><Status>${i === 1 ? 'Cancelled' : 'Scheduled'}</Status></tblAppointments>`,
  )
  .join('\n')}
${patients
  .map(
    ([id, last, at]) =>
      `<tblPatients><PatientID>${id}</PatientID><LastName>${last}</LastName><FirstName>Ann</FirstName><DOB>1980-05-12T00:00:00</DOB><NextApptDate>${at}</NextApptDate></tblPatients>`,
  )
  .join('\n')}
</dataroot>
`,
    );
    const e = await refusal(f);
    expect(e.message).toContain(
      'this XML holds two kinds of record joined by PatientID (10231), <tblPatients> and <tblAppointments>, and <tblAppointments> says a start of its own (ApptDateTime)',
    );
  });
});

describe('an XML export written on one line', () => {
  // A program's XML writer without indenting (.NET's XmlWriter, an API response) puts the whole
  // file on one line. Over the 64 KB sample, cutting the sample at its last line break left
  // nothing, and the file was refused as empty.
  it('is read when its one line is longer than the sample', async () => {
    const records = Array.from(
      { length: 600 },
      (_, i) =>
        `<Appointment><AptNum>${70000 + i}</AptNum><PatNum>${500 + i}</PatNum><Patient>${PATIENTS[i % 3]}</Patient>` +
        `<Birthdate>1980-06-11</Birthdate><AptDateTime>2027-03-02T09:00:00</AptDateTime><AptStatus>Scheduled</AptStatus></Appointment>`,
    );
    const xml = `<?xml version="1.0" encoding="utf-8"?><Appointments>${records.join('')}</Appointments>`;
    expect(xml.length).toBeGreaterThan(64 * 1024);
    expect(xml).not.toContain('\n');
    const read = await readAll(write('one-line.xml', xml));
    expect(read.rows).toHaveLength(600);
    expect(read.rows[599]!.record['AptNum']).toBe('70599');
  });
});
