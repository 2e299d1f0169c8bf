// Excel workbooks (.xlsx): serials to dates, number formats, the 1904 system, shared and inline
// strings, cells left out, hidden rows and sheets, the sheet chosen, the unzip cap. The workbooks
// here are XML parts written by hand and zipped with fflate's zipSync (the zip is not what is
// tested); every expected value is worked out by hand from the parts.
import { zipSync, strToU8 } from 'fflate';
import { binaryReason, ENCRYPTED_REASON, OLE_REASON } from '../../../main/import/read/decode.ts';
import { cellFormat, numberText, type CellFormat } from '../../../main/import/read/xlsx-formats.ts';
import { MAX_UNZIPPED_BYTES, ZipPartError, ZipParts } from '../../../main/import/read/xlsx-zip.ts';
import { readAll, refusal, tempDir } from './read-helpers.ts';
import { BOOKINGS, HEADER, STRINGS, twoListsWorkbook, workbook } from './xlsx-builder.ts';
import { collect } from '../convert/support.ts';

const NONE = new Map<number, string>();
const DATE: CellFormat = { kind: 'date', shows: 'date' };
const TIME: CellFormat = { kind: 'date', shows: 'time' };
const BOTH: CellFormat = { kind: 'date', shows: 'both' };
const GENERAL: CellFormat = { kind: 'general' };

describe('serial numbers (1900 system unless said)', () => {
  it.each([
    // 46447 days after 1899-12-30 (Excel's day 0 once its 29 Feb 1900 is counted) is 2027-03-01.
    ['46447', DATE, false, '2027-03-01'],
    ['46448.395833333336', BOTH, false, '2027-03-02 09:30'],
    // Float noise: 0.395833333 is 34,199.99997 s, rounded to the second 09:30.
    ['0.395833333', TIME, false, '09:30'],
    ['0.5', TIME, false, '12:00'],
    ['0.70833333333333337', TIME, false, '17:00'],
    // A time with seconds keeps them: 0.3750115740740741 is 09:00:01.
    ['0.3750115740740741', TIME, false, '09:00:01'],
    // A date format shows the date alone, whatever time the serial also holds.
    ['46447.75', DATE, false, '2027-03-01'],
    // 1904 system: day 0 is 1904-01-01, so 2027-03-01 is 46447 - 1462 = 44985.
    ['44985', DATE, true, '2027-03-01'],
    ['44992.375', BOTH, true, '2027-03-08 09:00'],
  ])('%s as %j (1904: %s) is %s', (v, f, d1904, want) => {
    expect(numberText(v, f, d1904)).toBe(want);
  });
});

describe('number formats', () => {
  it.each([
    [14, DATE],
    [15, DATE],
    [17, DATE],
    [18, TIME],
    [20, TIME],
    [21, TIME],
    [22, BOTH],
    [45, TIME],
    [47, TIME],
    [0, GENERAL],
    [1, { kind: 'fixed', digits: 1, decimals: 0 }],
    [3, GENERAL],
    [49, GENERAL],
    [46, { kind: 'elapsed' }],
  ])('built-in id %d', (id, want) => {
    expect(cellFormat(id, NONE)).toEqual(want);
  });

  it.each([
    ['[$-409]h:mm\\ AM/PM;@', TIME],
    ['[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy', DATE],
    ['dd\\-mmm\\-yyyy', DATE],
    ['yyyy-mm-dd hh:mm', BOTH],
    ['[Red]m/d/yy;@', { ...DATE, order: 'MDY' }],
    ['mm:ss', TIME],
    ['[h]:mm', { kind: 'elapsed' }],
    ['00000', { kind: 'fixed', digits: 5, decimals: 0 }],
    ['0.00', { kind: 'fixed', digits: 1, decimals: 2 }],
    ['"Room "0', GENERAL],
    ['#,##0', GENERAL],
    ['0%', GENERAL],
    ['General', GENERAL],
    ['@', GENERAL],
  ])('custom %s', (code, want) => {
    expect(cellFormat(164, new Map([[164, code]]))).toEqual(want);
  });

  it('numbers are written as Excel shows them', () => {
    expect(numberText('48121', GENERAL, false)).toBe('48121');
    expect(numberText('48121.0', GENERAL, false)).toBe('48121');
    expect(numberText('0.30000000000000004', GENERAL, false)).toBe('0.3');
    expect(numberText('872', { kind: 'fixed', digits: 5, decimals: 0 }, false)).toBe('00872');
    expect(numberText('4.5', { kind: 'fixed', digits: 1, decimals: 2 }, false)).toBe('4.50');
    // [h]:mm: 1.0625 days is 25 hours 30 minutes.
    expect(numberText('1.0625', { kind: 'elapsed' }, false)).toBe('25:30 elapsed');
    expect(numberText('0.020833333333333332', { kind: 'elapsed' }, false)).toBe('0:30 elapsed');
  });
});

describe('reading a workbook', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('dates and times from serials, line N is row N, rows left out keep their numbers', async () => {
    const gap = BOOKINGS.replace(/r="3"/, 'r="5"').replace(/([ABCD])3"/g, '$15"');
    const file = tmp.write(
      'a.xlsx',
      workbook([{ name: 'Sheet1', xml: `<sheetData>${HEADER}${gap}</sheetData>` }], { strings: STRINGS }),
    );
    const { info, rows } = await readAll(file);
    expect(info).toMatchObject({ format: 'xlsx', sheet: 'Sheet1', headerLine: 1, titleLines: [] });
    expect(info.headers).toEqual(['Date', 'Time', 'Patient', 'Status']);
    expect(rows.map((r) => [r.line, ...r.values])).toEqual([
      [2, '2027-03-01', '09:00', 'Ann Lee', 'Booked'],
      [5, '2027-03-01', '13:30', 'Bo Chan', 'Booked'],
    ]);
  });

  it('a cell left out keeps its column; rich-text runs join and a phonetic reading is dropped', async () => {
    const strings =
      STRINGS +
      '<si><r><t>Mc</t></r><r><rPr><b/></rPr><t>Rae</t></r><rPh sb="0" eb="2"><t>makurei</t></rPh></si>';
    const xml = `<sheetData>${HEADER}<row r="2"><c r="A2" s="1"><v>46447</v></c><c r="C2" t="s"><v>7</v></c><c r="D2" t="inlineStr"><is><t>Booked</t></is></c></row></sheetData>`;
    const file = tmp.write('b.xlsx', workbook([{ name: 'Sheet1', xml }], { strings }));
    const { rows } = await readAll(file);
    expect(rows.map((r) => r.values)).toEqual([['2027-03-01', '', 'McRae', 'Booked']]);
  });

  it('an id with a 00000 format keeps its zeros; a plain number has no .0', async () => {
    const strings = '<si><t>Appt ID</t></si><si><t>Patient ID</t></si><si><t>Date</t></si>';
    const xml =
      '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>' +
      '<row r="2"><c r="A2"><v>880412</v></c><c r="B2" s="3"><v>872</v></c><c r="C2" s="1"><v>46447</v></c></row></sheetData>';
    const { rows } = await readAll(tmp.write('c.xlsx', workbook([{ name: 'Sheet1', xml }], { strings })));
    expect(rows[0]!.values).toEqual(['880412', '00872', '2027-03-01']);
  });

  it("text typed in other scripts' digits reads as ASCII digits, in shared and inline strings (the sheet's records are read as delimited text: other-digits.ts)", async () => {
    // Arabic-Indic ٠١/٠٣/٢٠٢٧ is 01/03/2027 and ٩:٣٠ is 9:30; fullwidth ８８０４１２ is 880412.
    const strings =
      '<si><t>Appt ID</t></si><si><t>Date</t></si><si><t>Time</t></si><si><t>٠١/٠٣/٢٠٢٧</t></si>';
    const xml =
      '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>' +
      '<row r="2"><c r="A2" t="inlineStr"><is><t>８８０４１２</t></is></c><c r="B2" t="s"><v>3</v></c><c r="C2" t="inlineStr"><is><t>٩:٣٠</t></is></c></row></sheetData>';
    const { rows } = await readAll(
      tmp.write('digits.xlsx', workbook([{ name: 'Sheet1', xml }], { strings })),
    );
    expect(rows[0]!.values).toEqual(['880412', '01/03/2027', '9:30']);
  });

  it('the 1904 date system when the workbook says so', async () => {
    const xml = `<sheetData>${HEADER}${BOOKINGS.replace(/46447/g, '44985')}</sheetData>`;
    const { rows } = await readAll(
      tmp.write('d.xlsx', workbook([{ name: 'Sheet1', xml }], { strings: STRINGS, date1904: true })),
    );
    expect(rows.map((r) => r.values[0])).toEqual(['2027-03-01', '2027-03-01']);
  });

  it('a hidden row is a row error naming the sheet and its row; hidden sheets are not read', async () => {
    const hidden = BOOKINGS.replace('<row r="3">', '<row r="3" hidden="1">');
    const file = tmp.write(
      'e.xlsx',
      workbook(
        [
          { name: 'Old', xml: `<sheetData>${HEADER}${BOOKINGS}</sheetData>`, state: 'hidden' },
          { name: 'Bookings', xml: `<sheetData>${HEADER}${hidden}</sheetData>` },
        ],
        { strings: STRINGS },
      ),
    );
    const { info, rows } = await readAll(file);
    expect(info.sheet).toBe('Bookings');
    expect(info.titleLines).toEqual(['Bookings']);
    expect(rows.map((r) => [r.line, r.problem])).toEqual([
      [2, undefined],
      [3, 'this row is hidden in Excel: whether it is an appointment to send is not guessed'],
    ]);
  });

  it('two visible sheets of dated rows: the first is read for the question, the one named is read', async () => {
    const sheet = { xml: `<sheetData>${HEADER}${BOOKINGS}</sheetData>` };
    const file = tmp.write(
      'f.xlsx',
      workbook(
        [
          { name: 'Monday', ...sheet },
          { name: 'Tuesday', ...sheet },
        ],
        { strings: STRINGS },
      ),
    );
    const shown = await readAll(file);
    expect(shown.info.sheet).toBe('Monday');
    expect(shown.info.sheetChoice).toEqual({
      sheets: [
        { name: 'Monday', rows: 2 },
        { name: 'Tuesday', rows: 2 },
      ],
    });
    const named = await readAll(file, { sheet: 'Tuesday' });
    expect(named.info.sheet).toBe('Tuesday');
    expect(named.info.sheetChoice).toBeUndefined();
    // A name the workbook does not have: asked again, saying so.
    const renamed = await readAll(file, { sheet: 'Wednesday' });
    expect(renamed.info.sheetChoice?.missing).toBe('Wednesday');
  });

  it('a second sheet of one booking under the same header is a list too: asked, never left unread', async () => {
    // Monday: two bookings; Tuesday: one (row 2 of BOOKINGS only), the same header.
    const one = BOOKINGS.slice(0, BOOKINGS.indexOf('<row r="3">'));
    const file = tmp.write(
      'one.xlsx',
      workbook(
        [
          { name: 'Monday', xml: `<sheetData>${HEADER}${BOOKINGS}</sheetData>` },
          { name: 'Tuesday', xml: `<sheetData>${HEADER}${one}</sheetData>` },
        ],
        { strings: STRINGS },
      ),
    );
    const { info } = await readAll(file);
    expect(info.sheet).toBe('Monday');
    expect(info.sheetChoice).toEqual({
      sheets: [
        { name: 'Monday', rows: 2 },
        { name: 'Tuesday', rows: 1 },
      ],
    });
    // A one-row sheet under another header (a note dated once) is no list.
    const note = '<row r="1"><c r="A1" t="s"><v>4</v></c></row>' + one;
    const other = tmp.write(
      'note.xlsx',
      workbook(
        [
          { name: 'Monday', xml: `<sheetData>${HEADER}${BOOKINGS}</sheetData>` },
          { name: 'Notes', xml: `<sheetData>${note}</sheetData>` },
        ],
        { strings: STRINGS },
      ),
    );
    expect((await readAll(other)).info.sheetChoice).toBeUndefined();
    // Two quiet days, one booking each under one header: both lists, asked (the first sheet
    // was read alone before, the second's booking never read nor asked about).
    const quiet = tmp.write(
      'quiet.xlsx',
      workbook(
        [
          { name: 'Monday', xml: `<sheetData>${HEADER}${one}</sheetData>` },
          { name: 'Tuesday', xml: `<sheetData>${HEADER}${one}</sheetData>` },
        ],
        { strings: STRINGS },
      ),
    );
    expect((await readAll(quiet)).info.sheetChoice).toEqual({
      sheets: [
        { name: 'Monday', rows: 1 },
        { name: 'Tuesday', rows: 1 },
      ],
    });
  });

  it('a pivot sheet and a sheet of dated counts are no candidates for the appointment list', async () => {
    // 'By day' holds dates with counts only (46447 = 2027-03-01: 2 booked); 'Pivot' the same rows
    // beside a pivot table; 'Bookings' the list with names.
    const counts =
      '<row r="2"><c r="A2" s="1"><v>46447</v></c><c r="B2"><v>2</v></c></row>' +
      '<row r="3"><c r="A3" s="1"><v>46448</v></c><c r="B3"><v>0</v></c></row>';
    const file = tmp.write(
      'p.xlsx',
      workbook(
        [
          { name: 'By day', xml: `<sheetData>${HEADER}${counts}</sheetData>` },
          { name: 'Pivot', xml: `<sheetData>${HEADER}${BOOKINGS}</sheetData>`, pivot: true },
          { name: 'Bookings', xml: `<sheetData>${HEADER}${BOOKINGS}</sheetData>` },
        ],
        { strings: STRINGS },
      ),
    );
    const { info } = await readAll(file);
    expect(info.sheet).toBe('Bookings');
    expect(info.sheetChoice).toBeUndefined();
  });

  it('a zip that is no workbook, and a Word document, are named as such', async () => {
    const zip = tmp.write('g.xlsx', Buffer.from(zipSync({ 'notes.txt': strToU8('hello') })));
    expect((await refusal(zip)).message).toBe('this is a zip archive, not an export or an Excel workbook');
    const docx = tmp.write('h.xlsx', Buffer.from(zipSync({ 'word/document.xml': strToU8('<w/>') })));
    expect((await refusal(docx)).message).toBe('this is a Word document, not a workbook of appointments');
  });
});

describe('zip bombs and other binaries', () => {
  /** A zip whose directory declares `size` unzipped bytes for its one part. */
  function declaring(size: number): Uint8Array {
    const zip = zipSync({ 'xl/worksheets/sheet1.xml': strToU8('<worksheet/>') });
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    for (let i = 0; i + 4 <= zip.length; i++) {
      if (view.getUint32(i, true) === 0x04034b50) view.setUint32(i + 22, size, true);
      if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, size, true);
    }
    return zip;
  }

  it(`a part declared larger than ${MAX_UNZIPPED_BYTES / 1024 / 1024} MB is refused before it is inflated`, () => {
    const parts = new ZipParts(declaring(MAX_UNZIPPED_BYTES + 1));
    expect(() => parts.text('xl/worksheets/sheet1.xml')).toThrow(ZipPartError);
    expect(() => new ZipParts(declaring(MAX_UNZIPPED_BYTES + 1)).text('xl/worksheets/sheet1.xml')).toThrow(
      new RegExp(`more than ${MAX_UNZIPPED_BYTES / 1024 / 1024} MB`),
    );
  });

  it('a part within the cap is read', () => {
    expect(new ZipParts(declaring(12)).text('xl/worksheets/sheet1.xml')).toBe('<worksheet/>');
  });

  it('an old .xls and an encrypted workbook are told apart', () => {
    const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Array<number>(56).fill(0)];
    expect(binaryReason(Uint8Array.from(ole))).toBe(OLE_REASON);
    const encrypted = Buffer.concat([Buffer.from(ole), Buffer.from('EncryptedPackage', 'utf16le')]);
    expect(binaryReason(encrypted)).toBe(ENCRYPTED_REASON);
  });
});

describe('which sheet is the appointment list: asked once, then read from the sheet named', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());
  const book = () => tmp.write('two-lists.xlsx', twoListsWorkbook());

  it('holds the workbook with one question naming the sheets and their rows', async () => {
    const c = await collect(book(), { timeZone: 'America/New_York' });
    const asked = c.summary.doubts.filter((d) => d.kind === 'sheet');
    expect(asked).toEqual([
      {
        kind: 'sheet',
        message:
          "this Excel workbook has 2 sheets that could each be the appointment list: 'Bookings' (2 dated rows), 'Waitlist' (2 dated rows); the rows shown are sheet 'Bookings''s",
        samples: ['Bookings', 'Waitlist'],
        question: expect.stringMatching(
          /^Which sheet is the appointment list\? If it is 'Bookings', confirm/,
        ),
      },
    ]);
  });

  it('reads the sheet a mapping names, with no question (Waitlist: 2 March 2027 10:00 and 12:00 New York, UTC-5)', async () => {
    const file = book();
    const profile = tmp.write(
      'practice.profile.json',
      JSON.stringify({
        name: 'p',
        columns: { date: 'Date', time: 'Time', patientName: 'Patient', dob: 'DOB', status: 'Status' },
        sheet: 'Waitlist',
      }),
    );
    const c = await collect(file, { timeZone: 'America/New_York', profile });
    expect(c.summary.doubts.filter((d) => d.kind === 'sheet')).toEqual([]);
    expect(c.appointments.map((a) => [a.patient.lastName, a.start.toISOString()])).toEqual([
      ['Dunn', '2027-03-02T15:00:00.000Z'],
      ['Egan', '2027-03-02T17:00:00.000Z'],
    ]);
  });
});
