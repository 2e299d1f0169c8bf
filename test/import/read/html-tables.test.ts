// Web pages holding the schedule in a table (a web system's "Export to Excel" that is HTML in an
// .xls file, Excel's "Save as Web Page"). They had been refused as XML that is not well-formed.
// Each page here is written by hand and its rows worked out by hand from how a browser shows it.
import { htmlRecords } from '../../../main/import/read/html-tables.ts';
import { isHtmlPage } from '../../../main/import/read/html-page.ts';
import { collect } from '../convert/support.ts';
import { readAll, refusal, tempDir } from './read-helpers.ts';

let t: ReturnType<typeof tempDir>;
beforeEach(() => (t = tempDir()));
afterEach(() => t.cleanup());

describe('htmlRecords: a page as the rows a person sees', () => {
  it('puts a cell spanning rows in each of them, and leaves a spanned column empty after its first cell', () => {
    const page = htmlRecords(
      '<table><tr><th>Provider</th><th>Time</th><th>Patient</th></tr>' +
        '<tr><td rowspan="2">Dr Lee</td><td>9:00</td><td>Ann</td></tr>' +
        '<tr><td>9:30</td><td>Bob</td></tr>' +
        '<tr><td colspan="2">Dr Kim</td><td>Cy</td></tr></table>',
    );
    expect(page.records).toEqual([
      ['Provider', 'Time', 'Patient'],
      ['Dr Lee', '9:00', 'Ann'],
      ['Dr Lee', '9:30', 'Bob'],
      ['Dr Kim', '', 'Cy'],
    ]);
    expect(page.tableRows).toBe(4);
  });

  it('spans a rowspan="0" cell to the end of its tbody, and no further (the HTML standard)', () => {
    const page = htmlRecords(
      '<table><thead><tr><th>Date</th><th>Time</th><th>Patient</th></tr></thead>' +
        '<tbody><tr><td rowspan="0">03/15/2027</td><td>9:00</td><td>Ann</td></tr>' +
        '<tr><td>9:30</td><td>Bob</td></tr>' +
        '<tr><td>10:00</td><td>Cy</td></tr></tbody>' +
        '<tbody><tr><td>03/16/2027</td><td>8:00</td><td>Di</td></tr></tbody></table>',
    );
    expect(page.records).toEqual([
      ['Date', 'Time', 'Patient'],
      ['03/15/2027', '9:00', 'Ann'],
      ['03/15/2027', '9:30', 'Bob'],
      ['03/15/2027', '10:00', 'Cy'],
      ['03/16/2027', '8:00', 'Di'],
    ]);
  });

  it('gives every row the width of its table (a row with cells left out shows them empty)', () => {
    const page = htmlRecords('<table><tr><td>a</td><td>b</td><td>c</td></tr><tr><td>d</td></tr></table>');
    expect(page.records).toEqual([
      ['a', 'b', 'c'],
      ['d', '', ''],
    ]);
  });

  it('reads text as shown: character references, no-break spaces, line breaks and indents are one space', () => {
    const page = htmlRecords(
      '<table><tr><td>O&#39;Neil,&nbsp;Brendan</td><td>9:30\n      AM</td><td>called<br>back</td><td>&amp;</td></tr></table>',
    );
    expect(page.records).toEqual([["O'Neil, Brendan", '9:30 AM', 'called back', '&']]);
  });

  it('reads unclosed cells and rows as a browser does, and leaves out scripts and styles', () => {
    const page = htmlRecords(
      '<html><head><style>td{color:red}</style><script>var x = "<tr><td>no</td></tr>";</script></head>' +
        '<body><table><tr><td>a<td>b<tr><td>c<td>d</table></body></html>',
    );
    expect(page.records).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('gives text outside the tables a row of its own, in page order, a heading between two tables included', () => {
    const page = htmlRecords(
      '<h2>Appointment Report</h2><p>From 03/15/2027<br>To 03/16/2027</p>' +
        '<table><caption>Dr Lee</caption><tr><td>x</td><td>y</td></tr></table>' +
        '<h3>Dr Kim</h3><table><tr><td>z</td><td>w</td></tr></table><p>Printed by front desk</p>',
    );
    expect(page.records).toEqual([
      ['Appointment Report'],
      ['From 03/15/2027'],
      ['To 03/16/2027'],
      ['Dr Lee'],
      ['x', 'y'],
      ['Dr Kim'],
      ['z', 'w'],
      ['Printed by front desk'],
    ]);
  });

  it("reads a table inside a cell as rows of its own after the row holding it, not as that cell's text", () => {
    const page = htmlRecords(
      '<table><tr><td>Layout</td><td><table><tr><td>Time</td><td>Patient</td></tr>' +
        '<tr><td>9:00</td><td>Ann</td></tr></table></td></tr></table>',
    );
    expect(page.records).toEqual([['Layout'], ['Time', 'Patient'], ['9:00', 'Ann']]);
  });

  it("reads a layout table's own rows (banner, menu, footer around a schedule) as lines of text", () => {
    const page = htmlRecords(
      '<table><tr><td colspan="2">Lakeside IM</td></tr><tr><td><ul><li>Home</li><li>Schedule</li></ul></td><td>' +
        '<table><tr><th>Time</th><th>Patient</th></tr><tr><td>9:00</td><td>Ann</td></tr><tr><td>9:30</td><td>Bea</td></tr></table></td></tr>' +
        '<tr><td colspan="2">&copy; 2027 PracticeWeb</td><td></td></tr></table><p>Printed 11/08/2027</p>',
    );
    expect(page.records).toEqual([
      ['Lakeside IM'],
      ['Home Schedule'],
      ['Time', 'Patient'],
      ['9:00', 'Ann'],
      ['9:30', 'Bea'],
      ['© 2027 PracticeWeb'],
      ['Printed 11/08/2027'],
    ]);
    // The footer and the text after the schedule's last row are no rows of it.
    expect(page.lastRow).toBe(4);
  });

  it('keeps a schedule whose cells hold a smaller table (phone numbers) as rows of cells', () => {
    const phones = '<table><tr><td>Cell</td><td>555-0101</td></tr></table>';
    const page = htmlRecords(
      `<table><tr><th>Time</th><th>Patient</th><th>Phones</th></tr><tr><td>9:00</td><td>Ann</td><td>${phones}</td></tr>` +
        `<tr><td>9:30</td><td>Bea</td><td>${phones}</td></tr></table>`,
    );
    expect(page.records).toEqual([
      ['Time', 'Patient', 'Phones'],
      ['9:00', 'Ann', ''],
      ['Cell', '555-0101'],
      ['9:30', 'Bea', ''],
      ['Cell', '555-0101'],
    ]);
  });

  it("empties an unnamed column of links or buttons (a grid's Check In | Edit | Cancel), and keeps named ones", () => {
    const page = htmlRecords(
      '<table><tr><th>Patient</th><th>Status</th><th>&nbsp;</th></tr>' +
        '<tr><td><a href="/chart?p=1">Doe, Jane</a></td><td>Scheduled</td><td><a href="javascript:checkIn(1)">Check In</a> | <a href="/cancel?a=1">Cancel</a></td></tr>' +
        '<tr><td><a href="/chart?p=2">Roe, Ann</a></td><td>Canceled</td><td><button>Edit</button></td></tr></table>',
    );
    expect(page.records).toEqual([
      ['Patient', 'Status', ''],
      ['Doe, Jane', 'Scheduled', ''],
      ['Roe, Ann', 'Canceled', ''],
    ]);
  });

  it('keeps an unnamed column that holds plain text, or links beside plain text', () => {
    const page = htmlRecords(
      '<table><tr><th>Patient</th><th></th></tr>' +
        '<tr><td>Doe, Jane</td><td><a href="/x">Edit</a></td></tr>' +
        '<tr><td>Roe, Ann</td><td>Cancelled by patient <a href="/x">Edit</a></td></tr></table>',
    );
    expect(page.records.map((r) => r[1])).toEqual(['', 'Edit', 'Cancelled by patient Edit']);
  });

  it('marks a note written across the columns after a time (blocked time), not a merged notes cell', () => {
    const page = htmlRecords(
      '<table><tr><th>Time</th><th>Patient</th><th>DOB</th><th>Status</th><th>Notes</th><th></th></tr>' +
        '<tr><td>9:00 AM</td><td colspan="5">*** BLOCKED: Staff Meeting ***</td></tr>' +
        '<tr><td>9:30 AM</td><td>Doe, Jane</td><td>04/02/1980</td><td>Scheduled</td><td colspan="2">call first</td></tr>' +
        '<tr><td colspan="6">Provider: Marsh, Helen MD</td></tr></table>',
    );
    expect([...page.across]).toEqual([1]);
    expect(page.records[1]).toEqual(['9:00 AM', '*** BLOCKED: Staff Meeting ***', '', '', '', '']);
  });

  it('marks rows with text struck through or hidden by the row, its section, a cell or an element in it', () => {
    const page = htmlRecords(
      '<table><tr><th>Time</th><th>Patient</th></tr>' +
        '<tr><td>9:00 AM</td><td>Doe, Jane</td></tr>' +
        '<tr style="text-decoration: line-through"><td>9:30 AM</td><td>Roe, Rick</td></tr>' +
        '<tr><td>10:00 AM</td><td>Poe, <del>Ed</del></td></tr>' +
        '<tr><td><s>10:30 AM</s> 11:00 AM</td><td>Loe, Al</td></tr>' +
        '<tr><td>11:30 AM</td><td style="display: none">Moe, Bo</td></tr>' +
        '<tr><td>12:00 PM</td><td><span style="visibility:hidden"> </span>Noe, Cy<s></s></td></tr>' +
        '<tbody hidden><tr><td>1:00 PM</td><td>Zoe, Di</td></tr></tbody></table>',
    );
    // Record 6 is marked by nothing with text: an empty struck or hidden element shows nothing.
    expect([...page.marked]).toEqual([
      [2, { column: 0, value: '9:30 AM', kind: 'struck' }],
      [3, { column: 1, value: 'Poe, Ed', kind: 'struck' }],
      [4, { column: 0, value: '10:30 AM 11:00 AM', kind: 'struck' }],
      [5, { column: 1, value: 'Moe, Bo', kind: 'hidden' }],
      [7, { column: 0, value: '1:00 PM', kind: 'hidden' }],
    ]);
  });

  it('tells a whole appointment merged across the row from a note across it, with the rows its rowspan covers', () => {
    const page = htmlRecords(
      '<table><tr><th>Time</th><th>Patient</th><th>DOB</th><th>Type</th></tr>' +
        '<tr><td>9:00 AM</td><td>Doe, Jane</td><td>04/02/1980</td><td>Checkup</td></tr>' +
        '<tr><td>9:30 AM</td><td colspan="3" rowspan="2">Roe, Rick 11/23/1975 New Patient</td></tr>' +
        '<tr><td>9:45 AM</td></tr>' +
        '<tr><td>10:00 AM</td><td colspan="3">Lunch - office closed</td></tr></table>',
    );
    expect([...page.across]).toEqual([4]);
    expect([...page.merged]).toEqual([[2, { text: 'Roe, Rick 11/23/1975 New Patient', below: [3] }]]);
  });

  it("marks rows by the classes the page's own <style> strikes through or hides, and by no other class", () => {
    // A web schedule's `tr.cancelled`, a `.strike` cell class, Excel's "Save as Web Page" cell
    // class with its strike-through (.xl66), a class hidden only when printed, and classes no
    // rule marks (their names alone say nothing the page draws).
    const page = htmlRecords(
      '<html><head><style><!--\n' +
        '.xl65 {mso-style-parent:style0; font-size:10.0pt;}\n' +
        '.xl66 {mso-style-parent:style0;\n\ttext-decoration:line-through;\n\ttext-line-through:single;}\n' +
        'tr.cancelled td { color: red }\n' +
        'tr.cancelled, .gone { text-decoration: line-through; }\n' +
        '.strike{display:none}\n' +
        '@media print { .no-print { display: none } }\n' +
        '/* .faded { display: none } */\n' +
        '--></style></head><body>' +
        '<table><tr><th>Time</th><th>Patient</th></tr>' +
        '<tr class="cancelled"><td>9:00 AM</td><td>Doe, Jane</td></tr>' +
        '<tr><td class="xl65">9:30 AM</td><td class=xl66>Roe, Rick</td></tr>' +
        '<tr><td>10:00 AM</td><td class="row Strike">Poe, Ed</td></tr>' +
        '<tr class="no-print faded"><td>10:30 AM</td><td>Loe, Al</td></tr>' +
        '<tr class="canceled"><td>11:00 AM</td><td>Moe, Bo</td></tr>' +
        '<tr><td class="cancelled">11:30 AM</td><td>Noe, Cy</td></tr></table></body></html>',
    );
    expect([...page.marked]).toEqual([
      [1, { column: 0, value: '9:00 AM', kind: 'struck' }],
      [2, { column: 1, value: 'Roe, Rick', kind: 'struck' }],
      [3, { column: 1, value: 'Poe, Ed', kind: 'hidden' }],
      // No rule draws `canceled`, but a row's class that says cancelled in words is the page
      // saying so (its stylesheet may be one the saved page left out): marked, never sent booked.
      [5, { column: 0, value: '11:00 AM', kind: 'classed' }],
    ]);
  });

  it('marks no cell of a hidden column: hidden on every row that has it, or by a <col>', () => {
    // ASP.NET GridView's hidden RowNum column (header and cells), and Excel's hidden column after
    // "Save as Web Page" (a <col> hides it; its header cell is hidden by a class, not read).
    const page = htmlRecords(
      '<table><colgroup><col span="2"><col style="display:none"></colgroup>' +
        '<tr><th>Time</th><th>Patient</th><th>SSN</th><th style="display:none">RowNum</th></tr>' +
        '<tr><td>9:00 AM</td><td>Doe, Jane</td><td style="display:none">XXX-XX-4821</td><td style="display:none">1</td></tr>' +
        '<tr><td>9:30 AM</td><td>Roe, Rick</td><td style="display:none">XXX-XX-0937</td><td style="display:none">2</td></tr>' +
        '<tr style="display:none"><td>10:00 AM</td><td>Poe, Ed</td><td></td><td>3</td></tr></table>',
    );
    expect([...page.marked]).toEqual([[3, { column: 0, value: '10:00 AM', kind: 'hidden' }]]);
  });

  it("marks no row of a layout table's own (its rows are lines of text)", () => {
    const inner = '<table><tr><td>9:00</td><td>Doe</td></tr></table>';
    const page = htmlRecords(`<table><tr><td><s>old banner</s>${inner}</td></tr></table>`);
    expect(page.marked.size).toBe(0);
  });

  it('counts no row for a page without a table', () => {
    expect(htmlRecords('<html><body><p>No appointments found</p></body></html>').tableRows).toBe(0);
  });
});

describe('isHtmlPage: a web page, not XML', () => {
  it('takes an html root or a bare table of rows', () => {
    expect(isHtmlPage('html', '<html><body>')).toBe(true);
    expect(isHtmlPage('HTML', '<!DOCTYPE html><HTML>')).toBe(true);
    expect(isHtmlPage('table', '<table border=1>\n<tr><td>a</td></tr>')).toBe(true);
  });

  it('leaves an XML export whose root is a table element to the XML reader', () => {
    expect(isHtmlPage('table', '<table name="appointments"><row><field>1</field></row></table>')).toBe(false);
    expect(isHtmlPage('Appointments', '<Appointments><Appointment/>')).toBe(false);
  });
});

describe('a web page export, read and imported', () => {
  const page = (rows: string) =>
    '<html><head><meta charset="utf-8"><title>Schedule</title></head><body>' +
    '<table><tr><th>Appt ID</th><th>Patient</th><th>Patient ID</th><th>DOB</th><th>Date</th><th>Time</th><th>Status</th></tr>' +
    rows +
    '</table></body></html>';

  it("sends the rows of an .xls file that is HTML on one line, numbering lines as the page's rows", async () => {
    const file = t.write(
      'Appointments.xls',
      page(
        '<tr><td>5001</td><td>Doe, Jane</td><td>A1001</td><td>04/02/1980</td><td>03/15/2027</td><td>9:00 AM</td><td>Scheduled</td></tr>' +
          '<tr><td>5002</td><td>Roe, Richard</td><td>A1002</td><td>11/23/1975</td><td>03/15/2027</td><td>2:30 PM</td><td>Cancelled</td></tr>',
      ),
    );
    const read = await readAll(file);
    expect(read.info.format).toBe('html');
    expect(read.info.headerLine).toBe(1);
    expect(read.rows.map((r) => r.line)).toEqual([2, 3]);
    const c = await collect(file, { timeZone: 'America/New_York' });
    expect(c.summary.doubts).toEqual([]);
    // 15 March 2027 is after the US change (14 March): EDT, UTC-4.
    expect(
      c.appointments.map((a) => [a.appointmentId, a.status, a.start.toISOString(), a.patient.lastName]),
    ).toEqual([
      ['5001', 'NEW', '2027-03-15T13:00:00.000Z', 'Doe'],
      ['5002', 'CANCEL', '2027-03-15T18:30:00.000Z', 'Roe'],
    ]);
  });

  it('skips a blocked slot written across the grid and reads no row in the text after the table', async () => {
    const file = t.write(
      'Schedule.xls',
      page(
        '<tr><td>5001</td><td>Doe, Jane</td><td>A1001</td><td>04/02/1980</td><td>03/15/2027</td><td>9:00 AM</td><td>Scheduled</td></tr>' +
          '<tr><td>5002</td><td colspan="6">Lunch - office closed</td></tr>',
      ).replace('</table>', '</table><p>Confidential: contains PHI</p><p>Page 1 of 1</p>'),
    );
    const c = await collect(file, { timeZone: 'America/New_York' });
    expect(c.summary.doubts).toEqual([]);
    expect(c.errors).toEqual([]);
    expect(c.appointments.map((a) => a.appointmentId)).toEqual(['5001']);
    expect(c.skipped.map((s) => s.line)).toEqual([3]);
  });

  it('a struck-out or hidden row is a row error naming its cell and what to do, never sent as booked', async () => {
    const file = t.write(
      'Struck.xls',
      page(
        '<tr><td>5001</td><td>Doe, Jane</td><td>A1001</td><td>04/02/1980</td><td>03/15/2027</td><td>9:00 AM</td><td>Scheduled</td></tr>' +
          '<tr><td><del>5002</del></td><td><del>Roe, Richard</del></td><td><del>A1002</del></td><td><del>11/23/1975</del></td><td><del>03/15/2027</del></td><td><del>2:30 PM</del></td><td><del>Scheduled</del></td></tr>' +
          '<tr style="display:none"><td>5003</td><td>Poe, Ed</td><td>A1003</td><td>01/05/1961</td><td>03/15/2027</td><td>3:00 PM</td><td>Scheduled</td></tr>',
      ),
    );
    const c = await collect(file, { timeZone: 'America/New_York' });
    expect(c.appointments.map((a) => a.appointmentId)).toEqual(['5001']);
    expect(c.errors.map((e) => [e.file, e.line, e.column, e.value])).toEqual([
      ['Struck.xls', 3, 'Appt ID', '5002'],
      ['Struck.xls', 4, 'Appt ID', '5003'],
    ]);
    expect(c.errors[0]!.message).toContain('struck through on the page');
    expect(c.errors[1]!.message).toContain('hidden on the page');
    expect(c.errors.every((e) => /Export the schedule/.test(e.hint))).toBe(true);
  });

  it("a row struck through by its class in the page's <style> is a row error like an inline strike", async () => {
    const styled = page(
      '<tr><td>5001</td><td>Doe, Jane</td><td>A1001</td><td>04/02/1980</td><td>03/15/2027</td><td>9:00 AM</td><td>Scheduled</td></tr>' +
        '<tr class="appt cancelled"><td>5002</td><td>Roe, Richard</td><td>A1002</td><td>11/23/1975</td><td>03/15/2027</td><td>2:30 PM</td><td>Scheduled</td></tr>',
    ).replace(
      '</title>',
      '</title><style>tr.cancelled { text-decoration: line-through; color: #999 }</style>',
    );
    const c = await collect(t.write('Classes.xls', styled), { timeZone: 'America/New_York' });
    expect(c.appointments.map((a) => a.appointmentId)).toEqual(['5001']);
    expect(c.errors.map((e) => [e.file, e.line, e.column, e.value])).toEqual([
      ['Classes.xls', 3, 'Appt ID', '5002'],
    ]);
    expect(c.errors[0]!.message).toContain('struck through on the page');
  });

  it('an appointment merged across the row is a row error and holds the file, never skipped as blocked time', async () => {
    const grid =
      '<html><body><h2>Day Sheet for Tuesday, March 16, 2027</h2><table>' +
      '<tr><th>Time</th><th>Patient</th><th>DOB</th><th>Type</th><th>Status</th></tr>' +
      '<tr><td>9:00 AM</td><td>Doe, Jane</td><td>04/02/1980</td><td>Checkup</td><td>Confirmed</td></tr>' +
      '<tr><td>9:30 AM</td><td colspan=4 rowspan=2>Roe, Rick 11/23/1975 New Patient</td></tr>' +
      '<tr><td>9:45 AM</td></tr>' +
      '<tr><td>11:00 AM</td><td>Poe, Ed</td><td>01/05/1961</td><td>Follow-up</td><td>Scheduled</td></tr>' +
      '</table></body></html>';
    const c = await collect(t.write('DaySheet.htm', grid), { timeZone: 'America/New_York' });
    expect(c.errors.map((e) => [e.file, e.line, e.column, e.value])).toEqual([
      ['DaySheet.htm', 4, 'Patient', 'Roe, Rick 11/23/1975 New Patient'],
    ]);
    expect(c.errors[0]!.hint).toMatch(/Export the schedule as a list/);
    expect(c.skipped.map((s) => [s.line, s.reason])).toEqual([
      [5, 'the rest of the appointment merged over line 4 (its length), no appointment of its own'],
    ]);
    const held = c.summary.doubts.filter((d) => d.kind === 'merged-cells');
    expect(held.map((d) => [d.check, d.samples])).toEqual([
      ['merged-appointment', ['Roe, Rick 11/23/1975 New Patient']],
    ]);
    // 16 March 2027 is after the US change (14 March): EDT, UTC-4.
    expect(c.appointments.map((a) => [a.patient.lastName, a.start.toISOString()])).toEqual([
      ['Doe', '2027-03-16T13:00:00.000Z'],
      ['Poe', '2027-03-16T15:00:00.000Z'],
    ]);
  });

  it('reads a page in Windows-1252 whose first 64 KB are plain ASCII', async () => {
    const ascii = Array.from(
      { length: 600 },
      (_, i) =>
        `<tr><td>${6000 + i}</td><td>Doe, Jane</td><td>A${1000 + i}</td><td>04/02/1980</td><td>03/15/2027</td><td>9:00 AM</td><td>Scheduled</td></tr>\n`,
    ).join('');
    const last =
      '<tr><td>5003</td><td>Delgado, Jos\u00e9</td><td>A1003</td><td>04/17/1952</td><td>03/16/2027</td><td>9:00 AM</td><td>Confirmed</td></tr>';
    expect(ascii.length).toBeGreaterThan(64 * 1024);
    const file = t.write('latin.htm', Buffer.from(page(ascii + last), 'latin1'));
    const read = await readAll(file);
    expect(read.info.encoding).toBe('windows-1252');
    expect(read.rows.at(-1)!.record['Patient']).toBe('Delgado, Jos\u00e9');
  });

  it('refuses a page with no table, saying what it is and what to do', async () => {
    const e = await refusal(t.write('empty.xls', '<html><body><p>No appointments found.</p></body></html>'));
    expect(e.message).toMatch(/web page \(HTML\) with no table/);
    expect(e.hint).toMatch(/CSV/);
  });

  it('refuses a page over 8 MB before parsing it, saying to save it as CSV', async () => {
    const head = '<html><body><table><tr><th>Patient</th><th>Date</th></tr>';
    const file = t.write('huge.xls', head + ' '.repeat(9 * 1024 * 1024) + '</table></body></html>');
    const e = await refusal(file);
    expect(e.message).toMatch(/web page \(HTML\) of 9\.0 MB: the connector reads web pages of at most 8 MB/);
    expect(e.hint).toMatch(/CSV/);
  });

  it('still reads an XML export whose root element is a table', async () => {
    const file = t.write(
      'export.xml',
      '<?xml version="1.0"?><table><row><Patient>Doe, Jane</Patient><Date>03/15/2027</Date></row>' +
        '<row><Patient>Roe, Richard</Patient><Date>03/16/2027</Date></row></table>',
    );
    const read = await readAll(file);
    expect(read.info.format).toBe('xml');
    expect(read.rows.map((r) => r.record['Patient'])).toEqual(['Doe, Jane', 'Roe, Richard']);
  });
});
