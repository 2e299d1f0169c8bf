// XML exports whose elements carry attributes: the record's own attributes, an element with
// attributes and text (`<Status code="5">Cancelled</Status>`), and elements with attributes
// only. Files written here; expected columns and values by hand.
import { readAll, tempDir } from './read-helpers.ts';

let t: ReturnType<typeof tempDir>;
beforeEach(() => (t = tempDir()));
afterEach(() => t.cleanup());

const write = (name: string, xml: string): string => t.write(name, xml);

describe('XML attributes become columns', () => {
  it('an element with attributes and text keeps its text; its attributes become Element@name', async () => {
    const file = write(
      'vendor.xml',
      `<?xml version="1.0" encoding="UTF-8"?>
<Export>
  <Appointment id="991" date="2026-12-08">
    <Time>09:00</Time>
    <Status code="5">Cancelled</Status>
    <Patient mrn="P-17"><Name>Oscar Delgado</Name></Patient>
    <Provider npi="1234567893" role="PT">Amy Chen</Provider>
    <Room number="3"/>
  </Appointment>
  <Appointment id="992" date="2026-12-08">
    <Time>09:30</Time>
    <Status code="1">Booked</Status>
    <Patient mrn="P-18"><Name>Walter Kim</Name></Patient>
    <Provider npi="1234567893" role="PT">Amy Chen</Provider>
    <Room number="4"/>
  </Appointment>
</Export>
`,
    );
    const { info, rows } = await readAll(file);
    expect(info.recordPath).toBe('Appointment');
    expect(info.headers).toEqual([
      'id',
      'date',
      'Time',
      'Status',
      'Status@code',
      'Patient/mrn',
      'Patient/Name',
      'Provider',
      'Provider@npi',
      'Provider@role',
      'Room/number',
    ]);
    expect(rows.map((r) => r.record)).toEqual([
      {
        id: '991',
        date: '2026-12-08',
        Time: '09:00',
        Status: 'Cancelled',
        'Status@code': '5',
        'Patient/mrn': 'P-17',
        'Patient/Name': 'Oscar Delgado',
        Provider: 'Amy Chen',
        'Provider@npi': '1234567893',
        'Provider@role': 'PT',
        'Room/number': '3',
      },
      {
        id: '992',
        date: '2026-12-08',
        Time: '09:30',
        Status: 'Booked',
        'Status@code': '1',
        'Patient/mrn': 'P-18',
        'Patient/Name': 'Walter Kim',
        Provider: 'Amy Chen',
        'Provider@npi': '1234567893',
        'Provider@role': 'PT',
        'Room/number': '4',
      },
    ]);
  });

  it('one record with text is enough: the column keeps one name in every row', async () => {
    const file = write(
      'mixed.xml',
      `<Appts>
  <Appt><When>2026-12-08 09:00</When><Status code="X"/></Appt>
  <Appt><When>2026-12-08 09:30</When><Status code="B">Booked</Status></Appt>
  <Appt><When>2026-12-08 10:00</When><Status>Arrived</Status></Appt>
</Appts>
`,
    );
    const { info, rows } = await readAll(file);
    expect(info.headers).toEqual(['When', 'Status', 'Status@code']);
    expect(rows.map((r) => r.values)).toEqual([
      ['2026-12-08 09:00', '', 'X'],
      ['2026-12-08 09:30', 'Booked', 'B'],
      ['2026-12-08 10:00', 'Arrived', ''],
    ]);
  });
});

// A schema written inline before the data has an element per column: in a short export they
// outnumber the records, and had been taken for them.
describe('an inline schema is never the records', () => {
  const fields = ['ApptDate', 'ApptTime', 'PatientName', 'DOB', 'MRN', 'Provider'];
  const values = (i: number): string[] => [
    '2026-12-08',
    `9:0${i}`,
    `Lee, Ann${i}`,
    '1980-04-15',
    `${i}`,
    'Dr Ng',
  ];

  it(".NET DataSet's xs:schema", async () => {
    const file = write(
      'dataset.xml',
      `<?xml version="1.0" standalone="yes"?>
<NewDataSet>
  <xs:schema id="NewDataSet" xmlns="" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:msdata="urn:schemas-microsoft-com:xml-msdata">
    <xs:element name="NewDataSet" msdata:IsDataSet="true"><xs:complexType><xs:choice minOccurs="0" maxOccurs="unbounded">
      <xs:element name="Table"><xs:complexType><xs:sequence>
${fields.map((f) => `        <xs:element name="${f}" type="xs:string" minOccurs="0" />`).join('\n')}
      </xs:sequence></xs:complexType></xs:element>
    </xs:choice></xs:complexType></xs:element>
  </xs:schema>
${[1, 2].map((i) => `  <Table>${fields.map((f, j) => `<${f}>${values(i)[j]}</${f}>`).join('')}</Table>`).join('\n')}
</NewDataSet>
`,
    );
    const { info, rows } = await readAll(file);
    expect(info.recordPath).toBe('Table');
    expect(info.headers).toEqual(fields);
    expect(rows.map((r) => r.record['PatientName'])).toEqual(['Lee, Ann1', 'Lee, Ann2']);
  });

  it("ADO's persisted recordset s:Schema", async () => {
    const file = write(
      'ado.xml',
      `<xml xmlns:s="uuid:BDC6E3F0-6DA3-11d1-A2A3-00AA00C14882" xmlns:dt="uuid:C2F41010-65B3-11d1-A29F-00AA00C14882" xmlns:rs="urn:schemas-microsoft-com:rowset" xmlns:z="#RowsetSchema">
<s:Schema id="RowsetSchema">
  <s:ElementType name="row" content="eltOnly">
${fields.map((f, j) => `    <s:AttributeType name="${f}" rs:number="${j + 1}"><s:datatype dt:type="string"/></s:AttributeType>`).join('\n')}
  </s:ElementType>
</s:Schema>
<rs:data>
${[1, 2].map((i) => `  <z:row ${fields.map((f, j) => `${f}="${values(i)[j]}"`).join(' ')}/>`).join('\n')}
</rs:data>
</xml>
`,
    );
    const { info, rows } = await readAll(file);
    expect(info.recordPath).toBe('data/row');
    expect(info.headers).toEqual(fields);
    expect(rows.map((r) => r.record['MRN'])).toEqual(['1', '2']);
  });
});
