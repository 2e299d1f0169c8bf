// Excel "XML Spreadsheet 2003" files read as the sheet they are. Workbooks written here as Excel
// writes them; expected cells worked out by hand (serial 46364 is 2026-12-08: 46,364 days after
// 1899-12-30; 0.375 of a day is 09:00; 09:00 in Los Angeles on 8 December is 17:00 UTC).
import { formatShows } from '../../../main/import/read/spreadsheet-ml.ts';
import { collect } from '../convert/support.ts';
import { readAll, tempDir } from './read-helpers.ts';

let t: ReturnType<typeof tempDir>;
beforeEach(() => (t = tempDir()));
afterEach(() => t.cleanup());

const HEAD = `<?xml version="1.0"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"
 xmlns:o="urn:schemas-microsoft-com:office:office"
 xmlns:x="urn:schemas-microsoft-com:office:excel"
 xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
 <Styles>
  <Style ss:ID="Default" ss:Name="Normal"><Alignment ss:Vertical="Bottom"/></Style>
  <Style ss:ID="d"><NumberFormat ss:Format="Short Date"/></Style>
  <Style ss:ID="t"><NumberFormat ss:Format="h:mm AM/PM"/></Style>
  <Style ss:ID="t2" ss:Parent="t"><Font ss:Bold="1"/></Style>
  <Style ss:ID="dt"><NumberFormat ss:Format="m/d/yyyy h:mm"/></Style>
  <Style ss:ID="md"><NumberFormat ss:Format="mm/dd/yy"/></Style>
 </Styles>`;

const s = (v: string, attrs = '') => `<Cell${attrs}><Data ss:Type="String">${v}</Data></Cell>`;
const n = (v: string, style = '', attrs = '') =>
  `<Cell${style ? ` ss:StyleID="${style}"` : ''}${attrs}><Data ss:Type="Number">${v}</Data></Cell>`;
const dt = (v: string, style = '', attrs = '') =>
  `<Cell${style ? ` ss:StyleID="${style}"` : ''}${attrs}><Data ss:Type="DateTime">${v}</Data></Cell>`;
const row = (...cells: string[]) => `<Row>${cells.join('')}</Row>`;
const sheet = (name: string, ...rows: string[]) =>
  ` <Worksheet ss:Name="${name}">\n  <Table>\n   ${rows.join('\n   ')}\n  </Table>\n </Worksheet>`;

function write(name: string, ...sheets: string[]): string {
  return t.write(name, `${HEAD}\n${sheets.join('\n')}\n</Workbook>\n`);
}

const HEADER = row(
  s('Appt Date'),
  s('Appt Time'),
  s('Patient Name'),
  s('DOB'),
  s('Chart #'),
  s('Provider'),
  s('Status'),
);

/** Sarah Johnson's row as Excel writes it: a date cell, a time cell on day zero, a number. */
const JOHNSON = row(
  dt('2026-12-08T00:00:00.000', 'd'),
  dt('1899-12-31T09:00:00.000', 't'),
  s('Johnson, Sarah'),
  dt('1992-06-01T00:00:00.000', 'd'),
  n('10231'),
  s('Dr. Wilson'),
  s('Confirmed'),
);

describe('SpreadsheetML', () => {
  it('reads the header row and typed cells as the text a person sees', async () => {
    const file = write(
      'schedule.xml',
      sheet(
        'Sheet1',
        HEADER,
        JOHNSON,
        // Serial numbers formatted as a date and a time (through a parent style), a skipped cell.
        row(
          n('46364', 'md'),
          n('0.375', 't2'),
          s('Garcia, Maria'),
          n('33756', 'd'),
          n('10232'),
          s('Cancelled', ' ss:Index="7"'),
        ),
      ),
    );
    const { info, rows } = await readAll(file);
    expect(info.headers).toEqual([
      'Appt Date',
      'Appt Time',
      'Patient Name',
      'DOB',
      'Chart #',
      'Provider',
      'Status',
    ]);
    expect(info.titleLines).toEqual([]);
    expect(rows.map((r) => r.values)).toEqual([
      ['2026-12-08', '09:00', 'Johnson, Sarah', '1992-06-01', '10231', 'Dr. Wilson', 'Confirmed'],
      ['2026-12-08', '09:00', 'Garcia, Maria', '1992-06-01', '10232', '', 'Cancelled'],
    ]);
    expect(rows.every((r) => r.problem === undefined)).toBe(true);
  });

  it("gives a cell merged down (ss:MergeDown) to each row it covers, the rows below naming their cells' columns", async () => {
    // The day merged over two rows, and a cell merged over the Chart # and Provider columns and
    // two rows (its text in the first, Chart #; the Provider cell it covers empty). Excel leaves
    // the covered cells out and writes the next one with ss:Index.
    const file = write(
      'merged.xml',
      sheet(
        'Sheet1',
        HEADER,
        row(
          dt('2026-12-08T00:00:00.000', 'd', ' ss:MergeDown="1"'),
          dt('1899-12-31T09:00:00.000', 't'),
          s('Johnson, Sarah'),
          dt('1992-06-01T00:00:00.000', 'd'),
          s('Dr. Wilson', ' ss:MergeAcross="1" ss:MergeDown="1"'),
          s('Confirmed'),
        ),
        row(
          dt('1899-12-31T09:30:00.000', 't', ' ss:Index="2"'),
          s('Garcia, Maria'),
          dt('1980-02-29T00:00:00.000', 'd'),
          s('Cancelled', ' ss:Index="7"'),
        ),
        row(dt('2026-12-09T00:00:00.000', 'd'), dt('1899-12-31T10:00:00.000', 't'), s('Lee, Ann')),
      ),
    );
    const { rows } = await readAll(file);
    expect(rows.map((r) => r.values)).toEqual([
      ['2026-12-08', '09:00', 'Johnson, Sarah', '1992-06-01', 'Dr. Wilson', '', 'Confirmed'],
      ['2026-12-08', '09:30', 'Garcia, Maria', '1980-02-29', 'Dr. Wilson', '', 'Cancelled'],
      ['2026-12-09', '10:00', 'Lee, Ann', '', '', '', ''],
    ]);
  });

  it('keeps a date and time shown together, and a midnight with no time format as the date alone', async () => {
    const file = write(
      'starts.xml',
      sheet(
        'Appointments',
        row(s('Start'), s('Patient'), s('Booked On')),
        row(dt('2026-12-08T14:30:00.000', 'dt'), s('Linh Nguyen'), dt('2026-11-02T00:00:00.000')),
      ),
    );
    const { info, rows } = await readAll(file);
    expect(info.titleLines).toEqual(['Appointments']);
    expect(rows[0]!.values).toEqual(['2026-12-08 14:30', 'Linh Nguyen', '2026-11-02']);
  });

  it('takes the lines above the header as titles and report furniture under it out of the rows', async () => {
    const file = write(
      'report.xml',
      sheet(
        'Cancelled Appointments',
        row(s('Cancellations for 12/08/2026', ' ss:MergeAcross="6"')),
        row(),
        HEADER,
        row(
          dt('2026-12-08T00:00:00.000', 'd'),
          dt('1899-12-31T10:15:00.000', 't'),
          s('Linh Nguyen'),
          dt('2001-08-09T00:00:00.000', 'd'),
          n('10233'),
          s('Dr. Wilson'),
          s('Cancelled'),
        ),
        row(s('Total appointments: 1')),
      ),
    );
    const { info, rows } = await readAll(file);
    expect(info.titleLines).toEqual(['Cancelled Appointments', 'Cancellations for 12/08/2026']);
    expect(rows.map((r) => r.values[2])).toEqual(['Linh Nguyen']);
    expect(info.furnitureLines).toHaveLength(1);
  });

  it('two worksheets of dated rows: the first is read for the question, the one named is read', async () => {
    const cancelled = row(
      dt('2026-12-09T00:00:00.000', 'd'),
      dt('1899-12-31T14:30:00.000', 't'),
      s('Garcia, Maria'),
      dt('1975-11-23T00:00:00.000', 'd'),
      n('10232'),
      s('Dr. Patel'),
      s('Cancelled'),
    );
    const file = write(
      'two.xml',
      sheet('Booked', HEADER, JOHNSON, JOHNSON),
      sheet('Cancelled', HEADER, cancelled, cancelled),
    );
    const shown = await readAll(file);
    expect(shown.info.sheet).toBe('Booked');
    // Each sheet's two rows hold a date and a name; the header rows hold neither a date nor a number.
    expect(shown.info.sheetChoice).toEqual({
      sheets: [
        { name: 'Booked', rows: 2 },
        { name: 'Cancelled', rows: 2 },
      ],
    });
    const named = await readAll(file, { sheet: 'Cancelled' });
    expect(named.info.sheetChoice).toBeUndefined();
    expect(named.rows.map((r) => r.values[2])).toEqual(['Garcia, Maria', 'Garcia, Maria']);
    expect((await readAll(file, { sheet: 'Old' })).info.sheetChoice?.missing).toBe('Old');
  });

  it('reads the one sheet of dated rows beside sheets without dates or hidden in Excel', async () => {
    const hidden = (name: string, ...rows: string[]) =>
      sheet(name, ...rows).replace(
        ' </Worksheet>',
        '  <WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel"><Visible>SheetHidden</Visible></WorksheetOptions>\n </Worksheet>',
      );
    const file = write(
      'one.xml',
      sheet('Providers', row(s('Name'), s('Room'), s('Phone')), row(s('Dr. Wilson'), s('2'), s('555-0100'))),
      hidden('Last week', HEADER, JOHNSON, JOHNSON),
      sheet('Bookings', HEADER, JOHNSON, JOHNSON),
    );
    const { info } = await readAll(file);
    expect(info.sheet).toBe('Bookings');
    expect(info.sheetChoice).toBeUndefined();
  });

  it('converts: the cancelled row goes as CANCEL at the sheet time in the practice zone', async () => {
    const file = write(
      'convert.xml',
      sheet(
        'Sheet1',
        HEADER,
        JOHNSON,
        row(
          dt('2026-12-08T00:00:00.000', 'd'),
          dt('1899-12-31T14:30:00.000', 't'),
          s('Garcia, Maria'),
          dt('1975-11-23T00:00:00.000', 'd'),
          n('10232'),
          s('Dr. Patel'),
          s('Cancelled'),
        ),
      ),
    );
    const { appointments, errors } = await collect(file);
    expect(errors).toEqual([]);
    expect(
      appointments.map((a) => [a.status, a.start.toISOString(), a.patient.patientId, a.patient.dob]),
    ).toEqual([
      ['NEW', '2026-12-08T17:00:00.000Z', '10231', '1992-06-01'],
      ['CANCEL', '2026-12-08T22:30:00.000Z', '10232', '1975-11-23'],
    ]);
  });

  it("gives each row the office its group line states, as a CSV report's rows take it", async () => {
    const header = row(
      s('Appt Date'),
      s('Appt Time'),
      s('Patient Name'),
      s('DOB'),
      s('Chart #'),
      s('Status'),
    );
    const rowOf = (time: string, name: string, chart: string) =>
      row(
        dt('2026-12-08T00:00:00.000', 'd'),
        dt(`1899-12-31T${time}:00.000`, 't'),
        s(name),
        dt('1992-06-01T00:00:00.000', 'd'),
        n(chart),
        s('Confirmed'),
      );
    const file = write(
      'by-office.xml',
      sheet(
        'Schedule',
        header,
        row(s('Location: North Clinic')),
        rowOf('09:00', 'Johnson, Sarah', '10231'),
        row(s('Location: South Clinic')),
        rowOf('10:00', 'Lee, Tom', '10232'),
      ),
    );
    const { appointments, summary } = await collect(file);
    expect(summary.doubts).toEqual([]);
    // 09:00 and 10:00 in Los Angeles on 8 December: 17:00 and 18:00 UTC.
    expect(appointments.map((a) => [a.start.toISOString(), a.patient.patientId, a.location])).toEqual([
      ['2026-12-08T17:00:00.000Z', '10231', 'North Clinic'],
      ['2026-12-08T18:00:00.000Z', '10232', 'South Clinic'],
    ]);
  });

  it('tells what a number format shows: months from minutes, AM/PM as time, quoted text as nothing', () => {
    const cases: Array<[string, string]> = [
      ['Short Date', 'date'],
      ['General Date', 'both'],
      ['h:mm AM/PM', 'time'],
      ['[$-409]h:mm:ss AM/PM', 'time'],
      ['mm:ss', 'time'],
      ['hh:mm', 'time'],
      ['mm/dd/yy', 'date'],
      ['d-mmm-yy', 'date'],
      ['m/d/yyyy h:mm', 'both'],
      ['"Seen at" h:mm', 'time'],
      ['@', 'unknown'],
      ['0', 'unknown'],
    ];
    expect(cases.map(([f]) => [f, formatShows(f)])).toEqual(cases);
  });
});

describe('an XML Spreadsheet with two lists: the sheet is asked once, then read on the next file', () => {
  // Johnson on 'Booked' (8 December 09:00); Garcia on 'Cancelled' (9 December 14:30 and 15:30 in Los
  // Angeles, UTC-8: 22:30 and 23:30 UTC), two rows each so each sheet has two dated rows with a name.
  const garcia = (time: string) =>
    row(
      dt('2026-12-09T00:00:00.000', 'd'),
      dt(`1899-12-31T${time}:00.000`, 't'),
      s('Garcia, Maria'),
      dt('1975-11-23T00:00:00.000', 'd'),
      n('10232'),
      s('Dr. Patel'),
      s('Cancelled'),
    );
  const book = (name: string) =>
    write(
      name,
      sheet('Booked', HEADER, JOHNSON, JOHNSON),
      sheet('Cancelled', HEADER, garcia('14:30'), garcia('15:30')),
    );

  it('holds the workbook with the sheet question, as an .xlsx is held', async () => {
    const c = await collect(book('monday.xml'));
    expect(c.summary.doubts.filter((d) => d.kind === 'sheet')).toEqual([
      expect.objectContaining({
        message:
          "this Excel workbook has 2 sheets that could each be the appointment list: 'Booked' (2 dated rows), 'Cancelled' (2 dated rows); the rows shown are sheet 'Booked''s",
        samples: ['Booked', 'Cancelled'],
      }),
    ]);
  });

  it("reads the next day's workbook from the sheet the mapping remembers, with no question", async () => {
    const profile = t.write(
      'practice.profile.json',
      JSON.stringify({
        name: 'p',
        columns: {
          date: 'Appt Date',
          time: 'Appt Time',
          patientName: 'Patient Name',
          dob: 'DOB',
          patientId: 'Chart #',
          status: 'Status',
        },
        sheet: 'Cancelled',
      }),
    );
    const c = await collect(book('tuesday.xml'), { profile });
    expect(c.summary.doubts.filter((d) => d.kind === 'sheet')).toEqual([]);
    expect(c.appointments.map((a) => [a.status, a.start.toISOString(), a.patient.patientId])).toEqual([
      ['CANCEL', '2026-12-09T22:30:00.000Z', '10232'],
      ['CANCEL', '2026-12-09T23:30:00.000Z', '10232'],
    ]);
  });
});
