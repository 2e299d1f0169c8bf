// XML exports whose elements carry attributes: the record's own attributes, an element with
// attributes and text (`<Status code="5">Cancelled</Status>`), and elements with attributes
// only. Files written here; expected columns and values by hand.
import fs from 'node:fs';
import path from 'node:path';
import { readAll, tempDir } from './read-helpers.ts';

let t: ReturnType<typeof tempDir>;
beforeEach(() => (t = tempDir()));
afterEach(() => t.cleanup());

function write(name: string, xml: string): string {
  const p = path.join(t.dir, name);
  fs.writeFileSync(p, xml);
  return p;
}

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
