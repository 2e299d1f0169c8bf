// XML nulls: SQL Server's `FOR XML … ELEMENTS XSINIL` writes `<CancelFlag xsi:nil="true"/>` and
// .NET's DataContractSerializer `<IsCancelled i:nil="true"/>` for a NULL. The nil attribute is no
// value: the element is the empty cell of its own column. Read as a column `IsCancelled/nil`
// holding 'true', it had sent every booked appointment as cancelled, and 'true' as the location
// and provider. Files written here; expected columns, statuses and values by hand.
import { collect } from '../convert/support.ts';
import { readAll, tempDir } from './read-helpers.ts';

let t: ReturnType<typeof tempDir>;
beforeEach(() => (t = tempDir()));
afterEach(() => t.cleanup());

const write = (name: string, xml: string): string => t.write(name, xml);

/** A SQL Server XSINIL export: one record per patient, `cancelled` the flag's XML or a nil. */
function xsinil(
  records: Array<{ id: number; last: string; first: string; time: string; cancelled: string }>,
): string {
  const rows = records.map(
    (r) => `  <Appointment>
    <ApptID>${r.id}</ApptID>
    <PatientID>${r.id + 100}</PatientID>
    <LastName>${r.last}</LastName>
    <FirstName>${r.first}</FirstName>
    <BirthDate>1984-06-11</BirthDate>
    <ApptDateTime>2027-03-02T${r.time}:00</ApptDateTime>
    <ProviderName xsi:nil="true" />
    <Location xsi:nil="true" />
    ${r.cancelled}
  </Appointment>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<Appointments xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
${rows.join('\n')}
</Appointments>
`;
}

describe('xsi:nil is an empty cell of its own column', () => {
  it('a flag nil on some records and 1 on another is one column, cells empty and 1', async () => {
    const file = write(
      'mixed.xml',
      xsinil([
        { id: 1, last: 'Garcia', first: 'Maria', time: '09:00', cancelled: '<IsCancelled xsi:nil="true" />' },
        { id: 2, last: 'Nguyen', first: 'Thomas', time: '10:30', cancelled: '<IsCancelled>1</IsCancelled>' },
        {
          id: 3,
          last: 'Okafor',
          first: 'Chidi',
          time: '11:00',
          cancelled: '<IsCancelled xsi:nil="true"></IsCancelled>',
        },
      ]),
    );
    const { info, rows } = await readAll(file);
    expect(info.headers).toEqual([
      'ApptID',
      'PatientID',
      'LastName',
      'FirstName',
      'BirthDate',
      'ApptDateTime',
      'ProviderName',
      'Location',
      'IsCancelled',
    ]);
    expect(
      rows.map((r) => [r.record['ProviderName'], r.record['Location'], r.record['IsCancelled']]),
    ).toEqual([
      ['', '', ''],
      ['', '', '1'],
      ['', '', ''],
    ]);

    // Booked rows go as NEW, the flagged one as CANCEL; no provider, and the default location.
    const r = await collect(file, { timeZone: 'America/New_York' });
    expect(r.errors).toEqual([]);
    expect(r.appointments.map((a) => [a.patient.lastName, a.status, a.start.toISOString()])).toEqual([
      ['Garcia', 'NEW', '2027-03-02T14:00:00.000Z'],
      ['Nguyen', 'CANCEL', '2027-03-02T15:30:00.000Z'],
      ['Okafor', 'NEW', '2027-03-02T16:00:00.000Z'],
    ]);
    for (const a of r.appointments) {
      expect(a.location).toBe('Main office');
      expect(a.participant).toMatchObject({ identifier: 'unassigned', providerName: 'Unassigned provider' });
    }
  });

  it('.NET DataContract i:nil (another prefix, default namespace): all booked, nothing reads true', async () => {
    const record = (id: number, time: string) => `  <AppointmentDto>
    <AppointmentId>${id}</AppointmentId>
    <Description i:nil="true"/>
    <IsCancelled i:nil="true"/>
    <PatientDob>1971-04-02T00:00:00</PatientDob>
    <PatientFirstName>Gustavo</PatientFirstName>
    <PatientId>${id + 100}</PatientId>
    <PatientLastName>Achong</PatientLastName>
    <ProviderName>Lee, Anna MD</ProviderName>
    <StartTime>2027-03-02T${time}:00</StartTime>
  </AppointmentDto>`;
    const file = write(
      'datacontract.xml',
      `<ArrayOfAppointmentDto xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://schemas.datacontract.org/2004/07/Clinic.Api.Models">
${record(1, '09:00')}
${record(2, '09:30')}
</ArrayOfAppointmentDto>
`,
    );
    const { info } = await readAll(file);
    expect(info.headers).toContain('IsCancelled');
    expect(info.headers).toContain('Description');
    expect(info.headers.filter((h) => /nil/.test(h))).toEqual([]);

    const r = await collect(file, { timeZone: 'America/New_York' });
    expect(r.appointments.map((a) => [a.start.toISOString(), a.status, a.description])).toEqual([
      ['2027-03-02T14:00:00.000Z', 'NEW', 'APPOINTMENT'],
      ['2027-03-02T14:30:00.000Z', 'NEW', 'APPOINTMENT'],
    ]);
  });

  it('xsi:type and xsi:schemaLocation are no columns; an element with xsi:type keeps its text', async () => {
    const file = write(
      'typed.xml',
      `<Export xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xs="http://www.w3.org/2001/XMLSchema" xsi:noNamespaceSchemaLocation="export.xsd">
  <Appt xsi:type="ApptRow"><When>2026-12-08 09:00</When><Room xsi:type="xs:string">3</Room></Appt>
  <Appt xsi:type="ApptRow"><When>2026-12-08 09:30</When><Room xsi:type="xs:string">4</Room></Appt>
</Export>
`,
    );
    const { info, rows } = await readAll(file);
    expect(info.headers).toEqual(['When', 'Room']);
    expect(rows.map((r) => r.values)).toEqual([
      ['2026-12-08 09:00', '3'],
      ['2026-12-08 09:30', '4'],
    ]);
    expect(info.titleLines).toEqual([]);
  });
});
