// Which XML element is the record. The most repeated element was taken, even one holding only
// text: a record's two `<Provider>` leaves (hygienist and dentist) made `Appointment/Provider` the
// record and the file was refused, and `mysql --xml`'s `<field name="X">v</field>` (nine per
// `<row>`) made `field` the record. An element with text is one value; a record has child elements
// or attributes with no text. Files written here; expected columns and values by hand.
import { collect } from '../convert/support.ts';
import { readAll, tempDir } from './read-helpers.ts';

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
