// Values named by an attribute, not by their element (xml-named-fields.ts, clixml.ts). PowerShell's
// Export-Clixml writes each property as an element named after its TYPE (`<S N="LastName">`,
// `<DT N="StartTime">`): read by element, the columns were `MS/S`, `MS/S (2)`, `MS/DT (3)` … and
// the file was held asking which `DT` was the start and whether a provider's name was the
// patient's (corpus 456). Its `RefId` object numbers were offered as the appointment id. Files
// written here; expected columns, values and instants worked out by hand.
import { collect } from '../convert/support.ts';
import { readAll, tempDir } from './read-helpers.ts';

let t: ReturnType<typeof tempDir>;
beforeEach(() => (t = tempDir()));
afterEach(() => t.cleanup());

const DENVER = { timeZone: 'America/Denver' };

/** Windows PowerShell 5.1 writes Export-Clixml as UTF-16 LE with a BOM, CRLF line ends. */
function utf16(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replace(/\n/g, '\r\n'), 'utf16le')]);
}

const clixmlObject = (ref: number, props: string, set = 'MS') => `  <Obj RefId="${ref}">
${
  ref === 0
    ? `    <TN RefId="0">
      <T>Selected.System.Data.DataRow</T>
      <T>System.Management.Automation.PSCustomObject</T>
      <T>System.Object</T>
    </TN>`
    : '    <TNRef RefId="0" />'
}
    <${set}>
${props}
    </${set}>
  </Obj>`;

const props = (id: number, start: string, patient: string, last: string, first: string, status: string) =>
  `      <I32 N="ApptID">${id}</I32>
      <DT N="StartTime">${start}</DT>
      <S N="PatientID">${patient}</S>
      <S N="LastName">${last}</S>
      <S N="FirstName">${first}</S>
      <DT N="DOB">1983-11-21T00:00:00</DT>
      <S N="Provider">Kyle Jansen, DC</S>
      <S N="Status">${status}</S>
      <Nil N="Notes" />
      <DT N="LastModified">2027-03-11T15:02:44.107</DT>`;

const objs = (objects: string[]) =>
  `<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">\n${objects.join('\n')}\n</Objs>\n`;

describe("PowerShell's Export-Clixml", () => {
  it('each property is the column its N attribute names; RefId and the type names are no cells', async () => {
    const f = t.write(
      'appts.xml',
      utf16(
        objs([
          clixmlObject(0, props(60412, '2027-03-12T08:00:00', 'P417', 'Begay', 'Lorraine', 'Scheduled')),
          clixmlObject(1, props(60420, '2027-03-15T07:30:00', 'P2213', 'Kowalczyk', 'Adam', 'Cancelled')),
        ]),
      ),
    );
    const { info, rows } = await readAll(f);
    expect(info.recordPath).toBe('Obj');
    expect(info.headers).toEqual([
      'ApptID',
      'StartTime',
      'PatientID',
      'LastName',
      'FirstName',
      'DOB',
      'Provider',
      'Status',
      'Notes',
      'LastModified',
    ]);
    expect(rows.map((r) => [r.line, r.record['ApptID'], r.record['StartTime'], r.record['Notes']])).toEqual([
      [2, '60412', '2027-03-12T08:00:00', ''],
      [21, '60420', '2027-03-15T07:30:00', ''],
    ]);
    const r = await collect(f, DENVER);
    expect(r.summary.doubts).toEqual([]);
    expect(r.errors).toEqual([]);
    // 08:00 on 12 March 2027 in Denver is MST (UTC-7): 15:00 UTC. 07:30 on 15 March is after the
    // DST change of 14 March, MDT (UTC-6): 13:30 UTC. LastModified is no start.
    expect(
      r.appointments.map((a) => [a.appointmentId, a.patient.lastName, a.status, a.start.toISOString()]),
    ).toEqual([
      ['60412', 'Begay', 'NEW', '2027-03-12T15:00:00.000Z'],
      ['60420', 'Kowalczyk', 'CANCEL', '2027-03-15T13:30:00.000Z'],
    ]);
  });

  it("a .NET object's own properties (<Props>) read the same as Select-Object's (<MS>)", async () => {
    const f = t.write(
      'props.xml',
      utf16(
        objs([
          clixmlObject(
            0,
            props(60412, '2027-03-12T08:00:00', 'P417', 'Begay', 'Lorraine', 'Scheduled'),
            'Props',
          ),
          clixmlObject(
            1,
            props(60420, '2027-03-15T07:30:00', 'P2213', 'Kowalczyk', 'Adam', 'Cancelled'),
            'Props',
          ),
        ]),
      ),
    );
    const { info } = await readAll(f);
    expect(info.headers.slice(0, 3)).toEqual(['ApptID', 'StartTime', 'PatientID']);
  });
});

describe("PowerShell's ConvertTo-Xml", () => {
  it('<Property Name="X" Type="…"> is the column X, its Type no cell', async () => {
    const object = (
      id: number,
      start: string,
      last: string,
      status: string,
    ) => `  <Object Type="System.Data.DataRow">
    <Property Name="ApptID" Type="System.Int32">${id}</Property>
    <Property Name="StartTime" Type="System.DateTime">${start}</Property>
    <Property Name="PatientID" Type="System.String">P${id - 60000}</Property>
    <Property Name="LastName" Type="System.String">${last}</Property>
    <Property Name="FirstName" Type="System.String">Ana</Property>
    <Property Name="DOB" Type="System.DateTime">1990-07-14</Property>
    <Property Name="Status" Type="System.String">${status}</Property>
  </Object>`;
    const f = t.write(
      'converted.xml',
      `<?xml version="1.0" encoding="utf-8"?>\n<Objects>\n${object(60412, '2027-03-12 14:45', 'Reyes', 'Scheduled')}\n${object(60413, '2027-03-12 15:30', 'Lund', 'Scheduled')}\n</Objects>\n`,
    );
    const { info, rows } = await readAll(f);
    // The object's own Type attribute is a column of one value (kept: nothing marks it as
    // PowerShell's rather than a value); each Property is the column its Name says.
    expect(info.headers).toEqual([
      'Type',
      'ApptID',
      'StartTime',
      'PatientID',
      'LastName',
      'FirstName',
      'DOB',
      'Status',
    ]);
    expect(rows.map((r) => r.record['StartTime'])).toEqual(['2027-03-12 14:45', '2027-03-12 15:30']);
  });
});

describe('a name attribute among ordinary leaves stays a value', () => {
  it('<Provider name="…"> beside unnamed leaves is the column Provider, never one named after the provider', async () => {
    const appt = (id: number, provider: string) => `  <Appointment>
    <ApptID>${id}</ApptID><StartTime>2027-03-12T09:00:00</StartTime><LastName>Reyes</LastName>
    <Provider name="${provider}">Room 3</Provider>
  </Appointment>`;
    const f = t.write(
      'provider.xml',
      `<?xml version="1.0"?>\n<Appointments>\n${appt(1, 'Dr Lee')}\n${appt(2, 'Dr Kim')}\n</Appointments>\n`,
    );
    const { info, rows } = await readAll(f);
    expect(info.headers).toEqual(['ApptID', 'StartTime', 'LastName', 'Provider', 'Provider@name']);
    expect(rows.map((r) => r.record['Provider@name'])).toEqual(['Dr Lee', 'Dr Kim']);
  });
});

describe('a field named twice in one record', () => {
  // `mysql --xml` of `SELECT a.Time, b.Time …` writes two `<field name="Time">`: the second was
  // dropped and the first, an end written before the start, went as the start an hour early
  // (62r1). Both are columns, as two leaves of one name are, and which is the start is asked.
  const row = (id: number, date: string, end: string, start: string, last: string) =>
    `  <row><field name="AptNum">${id}</field><field name="AptDate">${date}</field><field name="Time">${end}</field><field name="Time">${start}</field><field name="LName">${last}</field><field name="FName">Ana</field><field name="Birthdate">1990-07-14</field><field name="PatNum">P${id}</field></row>`;
  const file = () =>
    t.write(
      'twice.xml',
      `<?xml version="1.0"?>\n<resultset>\n${row(41, '2027-03-22', '08:30', '09:00', 'Reyes')}\n${row(42, '2027-03-22', '09:30', '10:00', 'Lund')}\n</resultset>\n`,
    );
  it('each is a column: Time and Time (2)', async () => {
    const { info, rows } = await readAll(file());
    expect(info.headers).toContain('Time (2)');
    expect(rows.map((r) => [r.record['Time'], r.record['Time (2)']])).toEqual([
      ['08:30', '09:00'],
      ['09:30', '10:00'],
    ]);
  });
  it('the file is held asking which is the start', async () => {
    const r = await collect(file(), DENVER);
    expect(r.summary.doubts?.some((d) => d.message.includes("'Time (2)'"))).toBe(true);
  });
});
