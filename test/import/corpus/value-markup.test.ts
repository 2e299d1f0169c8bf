// The cells value-markup.ts finds in XML and web pages, and how it writes them back: typed values
// are no cells, escaping and character references keep the file valid in its own encoding, and a
// web page's columns follow its grid past a `rowspan`.
import { describe, expect, it } from 'vitest';
import type { ExpectedAppointment, ExpectedLayout } from './expected.ts';
import { readExportText, writeExportText } from './export-text.ts';
import { markupTable } from './value-markup.ts';

const appointment = (line: number, lastName: string): ExpectedAppointment => ({
  line,
  expect: 'appointment',
  appointmentId: null,
  patientId: null,
  firstName: 'Ann',
  lastName,
  dob: '1980-01-02',
  local: '2027-03-15T09:00',
  status: 'NEW',
});

const layout = (rows: ExpectedAppointment[]): ExpectedLayout => ({
  name: 'test',
  file: 'x',
  timeZone: 'America/Chicago',
  system: 's',
  source: 's',
  notes: 'n',
  rows,
});

const text = (s: string, form: 'utf8' | 'bytes' = 'utf8') => ({
  ...readExportText(Buffer.from(s, form === 'bytes' ? 'latin1' : 'utf8')),
  form,
});

describe('value-markup: cells of XML and web pages', () => {
  it('leaves a typed SpreadsheetML cell alone and escapes what it writes', () => {
    const xml = [
      '<Workbook xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Table>',
      '<Row><Cell><Data ss:Type="DateTime">2027-03-15T00:00:00.000</Data></Cell><Cell><Data ss:Type="String">Lee</Data></Cell></Row>',
      '<Row><Cell><Data ss:Type="DateTime">2027-03-15T00:00:00.000</Data></Cell><Cell><Data ss:Type="String">Ray</Data></Cell></Row>',
      '</Table></Workbook>',
    ].join('\n');
    const table = markupTable(text(xml), layout([appointment(2, 'Lee'), appointment(3, 'Ray')]))!;
    expect(table.rows.map((r) => r.cells.filter(Boolean))).toEqual([['Lee'], ['Ray']]);
    const out = table.rewrite((v) => `${v} & <Co>`)!;
    expect(out.lines[1]).toBe(
      '<Row><Cell><Data ss:Type="DateTime">2027-03-15T00:00:00.000</Data></Cell><Cell><Data ss:Type="String">Lee &amp; &lt;Co&gt;</Data></Cell></Row>',
    );
  });

  it('writes a letter outside ASCII as a reference in a Windows-1252 file, CDATA included', () => {
    const xml = [
      '<?xml version="1.0" encoding="windows-1252"?><A>',
      '<R id="1"><Nom><![CDATA[Lee]]></Nom></R>',
      '<R id="2"><Nom>Ray</Nom></R>',
      '</A>',
    ].join('\n');
    const table = markupTable(text(xml, 'bytes'), layout([appointment(2, 'Lee'), appointment(3, 'Ray')]))!;
    const out = table.rewrite((v) => (v === 'Lee' || v === 'Ray' ? `${v}é` : undefined))!;
    expect(writeExportText(out).toString('latin1').split('\n').slice(1, 3)).toEqual([
      '<R id="1"><Nom>Lee&#233;</Nom></R>',
      '<R id="2"><Nom>Ray&#233;</Nom></R>',
    ]);
  });

  it("numbers a web page's cells by grid column past a rowspan", () => {
    const html = [
      '<html><body><table>',
      '<tr><th>Provider</th><th>Patient</th><th>Time</th></tr>',
      '<tr><td rowspan="2">Dr Kim</td><td>Lee</td><td>9:00 AM</td></tr>',
      '<tr><td>Ray</td><td>9:30 AM</td></tr>',
      '</table></body></html>',
    ].join('\n');
    // The page's expectations count its own rows: lines 2 and 3 here.
    const table = markupTable(text(html), layout([appointment(2, 'Lee'), appointment(3, 'Ray')]))!;
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['Dr Kim', 'Lee', '9:00 AM'],
      ['', 'Ray', '9:30 AM'],
    ]);
  });
});
