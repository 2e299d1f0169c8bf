// Rows an Excel sheet marks by the colour of their text (xlsx-fills.ts fontColour, row-colours.ts):
// a front desk's "type the cancelled ones in red", a conditional format that writes them red, and
// Excel 2010's conditional formats (`<extLst>` … `<x14:cfRule>`). Every sheet is rows on 15 March
// 2027 (serial 46461) at 9:00, 9:30, 10:00… (0.375 + k/48); Los Angeles is UTC-7 that day, so
// 9:00 is 16:00Z. Expected values by hand.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from '../trust/export-files.ts';
import { headerRow, SHEET_NS, writeBook, xRow, xText } from './xlsx-appointment-rows.ts';
import { ROW_PATIENTS } from './row-patients.ts';

const files = exportFiles('xlsx-font-colours');
const HEAD = ['Date', 'Time', 'Patient', 'DOB', 'Provider', 'Status', 'Visit Link'];
const LA = { timeZone: 'America/Los_Angeles' };

/** Fonts: 0 Text 1 (theme 1, black), 1 red FF0000, 2 grey 808080, 3 black given as rgb, 4 Excel's
 *  Hyperlink style (underlined, theme 10), 5 a link's blue 0563C1 underlined, 6 bold white (a
 *  header on a dark fill), 7 dark grey 333333. Cell styles 0-2 General, date, time in font 0;
 *  3-9 General in fonts 1-7 (9 in font 6 with fill 2, navy). Conditional styles: 0 red text,
 *  1 strike. */
const STYLES =
  `<styleSheet ${SHEET_NS}><fonts count="8"><font><sz val="11"/><color theme="1"/></font>` +
  `<font><sz val="11"/><color rgb="FFFF0000"/></font><font><sz val="11"/><color rgb="FF808080"/></font>` +
  `<font><sz val="11"/><color rgb="FF000000"/></font><font><u/><sz val="11"/><color theme="10"/></font>` +
  `<font><u/><sz val="11"/><color rgb="FF0563C1"/></font><font><b/><sz val="11"/><color theme="0"/></font>` +
  `<font><sz val="11"/><color rgb="FF333333"/></font></fonts>` +
  `<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>` +
  `<fill><patternFill patternType="solid"><fgColor rgb="FF1F3864"/></patternFill></fill></fills>` +
  `<cellXfs count="10"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="20"/>` +
  `<xf numFmtId="0" fontId="1" applyFont="1"/><xf numFmtId="0" fontId="2" applyFont="1"/>` +
  `<xf numFmtId="0" fontId="3" applyFont="1"/><xf numFmtId="0" fontId="4" applyFont="1"/>` +
  `<xf numFmtId="0" fontId="5" applyFont="1"/><xf numFmtId="0" fontId="7" applyFont="1"/>` +
  `<xf numFmtId="0" fontId="6" fillId="2" applyFont="1" applyFill="1"/></cellXfs>` +
  `<dxfs count="2"><dxf><font><color rgb="FFFF0000"/></font></dxf><dxf><font><strike/></font></dxf></dxfs></styleSheet>`;

const LINK = 'https://telehealth.example.com/j/4417';

/** Row r (2, 3, …) at 9:00 + 30 min per row; `s` the style of its text cells; `link` in G in
 *  style `ls` (a telehealth visit's link, or In person). */
const row = (r: number, status = 'Confirmed', s = '', link = 'In person', ls = '') =>
  xRow(r, String(0.375 + (r - 2) / 48), ROW_PATIENTS[r - 2]!, status, { G: xText(`G${r}`, link, ls) }, s);
const book = (rows: string, after = '', head = headerRow(HEAD)) =>
  writeBook(files, head, `${rows}</sheetData>${after}<sheetData>`, { styles: STYLES });
const utc = (r: number) => new Date(Date.UTC(2027, 2, 15, 16, 30 * (r - 2))).toISOString();
type Result = Awaited<ReturnType<typeof collect>>;
const sent = (r: Result) => r.appointments.map((a) => `${a.start.toISOString()} ${a.status}`);
const errorLines = (r: Result) => r.errors.map((e) => e.line);
const FIVE = [2, 3, 4, 5, 6];

describe('a row typed in a colour by hand', () => {
  it('one row in red text among black Confirmed rows is a row error naming line, column, value, colour', async () => {
    const r = await collect(book(FIVE.map((n) => row(n, 'Confirmed', n === 4 ? ' s="3"' : '')).join('')), LA);
    expect(sent(r)).toEqual([2, 3, 5, 6].map((n) => `${utc(n)} NEW`));
    expect(errorLines(r)).toEqual([4]);
    expect(r.errors[0]!.column).toBe('Patient');
    expect(r.errors[0]!.value).toBe('Silva, Rosa');
    expect(r.errors[0]!.message).toContain('written in red (#FF0000) text in Excel');
  });
  it('a row in grey text (808080) is marked the same: line 5', async () => {
    const r = await collect(book(FIVE.map((n) => row(n, 'Confirmed', n === 5 ? ' s="4"' : '')).join('')), LA);
    expect(errorLines(r)).toEqual([5]);
    expect(r.errors[0]!.message).toContain('grey (#808080) text');
    expect(sent(r)).toHaveLength(4);
  });
  it('a red row whose status says Cancelled goes as a cancellation', async () => {
    const rows = FIVE.map((n) => (n === 3 ? row(n, 'Cancelled', ' s="3"') : row(n))).join('');
    const r = await collect(book(rows), LA);
    expect(r.errors).toEqual([]);
    expect(sent(r)).toEqual([
      `${utc(2)} NEW`,
      `${utc(3)} CANCEL`,
      `${utc(4)} NEW`,
      `${utc(5)} NEW`,
      `${utc(6)} NEW`,
    ]);
  });
});

describe('controls: text colours that mark nothing', () => {
  it('black given as rgb on one row, Text 1 on the others: all go', async () => {
    const r = await collect(book(FIVE.map((n) => row(n, 'Confirmed', n === 3 ? ' s="5"' : '')).join('')), LA);
    expect(r.errors).toEqual([]);
    expect(sent(r)).toEqual(FIVE.map((n) => `${utc(n)} NEW`));
  });
  it('dark grey 333333 on one row is black to the eye: all go', async () => {
    const r = await collect(book(FIVE.map((n) => row(n, 'Confirmed', n === 6 ? ' s="8"' : '')).join('')), LA);
    expect(r.errors).toEqual([]);
    expect(sent(r)).toHaveLength(5);
  });
  it('a telehealth link in the Hyperlink style (theme 10) and in an underlined blue beside "In person": all go', async () => {
    const rows = FIVE.map((n) =>
      n === 3
        ? row(n, 'Confirmed', '', LINK, ' s="6"')
        : n === 5
          ? row(n, 'Confirmed', '', LINK, ' s="7"')
          : row(n),
    ).join('');
    const r = await collect(book(rows), LA);
    expect(r.errors).toEqual([]);
    expect(sent(r)).toEqual(FIVE.map((n) => `${utc(n)} NEW`));
  });
  it('a bold white header on a navy fill marks nothing', async () => {
    const r = await collect(book(FIVE.map((n) => row(n)).join(''), '', headerRow(HEAD, ' s="9"')), LA);
    expect(r.errors).toEqual([]);
    expect(sent(r)).toHaveLength(5);
  });
  it('every row in red text is the sheet’s look: all go', async () => {
    const r = await collect(
      book(FIVE.map((n) => row(n, 'Confirmed', ' s="3"', 'In person', ' s="3"')).join('')),
      LA,
    );
    expect(r.errors).toEqual([]);
    expect(sent(r)).toHaveLength(5);
  });
});

/** A conditional format over A2:G9 (`attrs`, `formula`). */
const cf = (attrs: string, formula: string) =>
  `<conditionalFormatting sqref="A2:G9"><cfRule ${attrs} priority="1"><formula>${formula}</formula></cfRule></conditionalFormatting>`;
/** The same rule as Excel 2010 writes it, its style inside it (x14). */
const x14 = (attrs: string, formula: string, dxf: string) =>
  `<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">` +
  `<x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">` +
  `<x14:cfRule ${attrs} priority="1" id="{3C1B7A4E-0D2B-4B8E-9C55-2B7F0C6D9A11}"><xm:f>${formula}</xm:f><x14:dxf>${dxf}</x14:dxf></x14:cfRule>` +
  `<xm:sqref>A2:G9</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst>`;
/** Rows 2-5, row `flagged` with `X` in G. */
const four = (flagged: number) =>
  [2, 3, 4, 5].map((n) => row(n, 'Confirmed', '', n === flagged ? 'X' : '')).join('');

describe('conditional formats that colour text', () => {
  it('a rule writing rows red where G is X: that booked row is a row error, the others go', async () => {
    const r = await collect(book(four(3), cf('type="expression" dxfId="0"', '$G2="X"')), LA);
    expect(errorLines(r)).toEqual([3]);
    expect(r.errors[0]!.message).toContain('written in red (#FF0000) text in Excel');
    expect(sent(r)).toEqual([`${utc(2)} NEW`, `${utc(4)} NEW`, `${utc(5)} NEW`]);
  });
  it('a red-text rule on Status = "Cancelled" sends the row as cancelled, with no error', async () => {
    const rows = [2, 3, 4].map((n) => row(n, n === 4 ? 'Cancelled' : 'Confirmed')).join('');
    const r = await collect(book(rows, cf('type="cellIs" dxfId="0" operator="equal"', '"Cancelled"')), LA);
    expect(r.errors).toEqual([]);
    expect(sent(r)).toEqual([`${utc(2)} NEW`, `${utc(3)} NEW`, `${utc(4)} CANCEL`]);
  });
});

describe('Excel 2010 conditional formats (x14)', () => {
  it('an x14 rule striking rows where G is X: line 4 is a row error', async () => {
    const r = await collect(book(four(4), x14('type="expression"', '$G2="X"', '<font><strike/></font>')), LA);
    expect(errorLines(r)).toEqual([4]);
    expect(r.errors[0]!.message).toContain('struck through in Excel by a conditional format (=$G2="X")');
    expect(sent(r)).toEqual([`${utc(2)} NEW`, `${utc(3)} NEW`, `${utc(5)} NEW`]);
  });
  it('an x14 rule filling red (its background colour) where G is X: line 2 is a row error', async () => {
    const dxf = '<fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill>';
    const r = await collect(book(four(2), x14('type="expression"', '$G2="X"', dxf)), LA);
    expect(errorLines(r)).toEqual([2]);
    expect(r.errors[0]!.message).toContain('filled light red (#FFC7CE) in Excel');
  });
  it('an x14 rule striking by a formula not read (a date before today): every covered row is a row error', async () => {
    const r = await collect(
      book(four(0), x14('type="expression"', '$A2&lt;TODAY()', '<font><strike/></font>')),
      LA,
    );
    expect(sent(r)).toEqual([]);
    expect(errorLines(r)).toEqual([2, 3, 4, 5]);
    expect(r.errors[0]!.message).toContain('a rule the connector does not read (=$A2<TODAY())');
  });
  it('an x14 data bar (no style that marks) marks nothing', async () => {
    const bar = x14('type="dataBar"', '0', '').replace(
      '<x14:dxf></x14:dxf>',
      '<x14:dataBar minLength="0" maxLength="100"/>',
    );
    const r = await collect(book(four(0), bar), LA);
    expect(r.errors).toEqual([]);
    expect(sent(r)).toHaveLength(4);
  });
});

describe('text coloured run by run (typed in the cell, then coloured)', () => {
  /** Shared strings: 0 'Berg, Tom' all in one red run, 1 'Ito, Ken' half red half plain. */
  const STRINGS =
    '<si><r><rPr><color rgb="FFFF0000"/><sz val="11"/></rPr><t>Berg, Tom</t></r></si>' +
    '<si><r><rPr><color rgb="FFFF0000"/></rPr><t>Ito,</t></r><r><rPr><sz val="11"/></rPr><t xml:space="preserve"> Ken</t></r></si>';
  const shared = (r: number, i: number) => ({ C: `<c r="C${r}" t="s"><v>${i}</v></c>` });
  const rows = [2, 3, 4, 5, 6]
    .map((n) =>
      n === 5
        ? xRow(n, String(0.375 + 3 / 48), 'x', 'Confirmed', { ...shared(5, 0), G: xText('G5', 'In person') })
        : n === 6
          ? xRow(n, String(0.375 + 4 / 48), 'x', 'Confirmed', {
              ...shared(6, 1),
              G: xText('G6', 'In person'),
            })
          : row(n),
    )
    .join('');
  it('a name all in a red run (line 5) is a row error; one half red (line 6) is not one colour and goes', async () => {
    const file = writeBook(files, headerRow(HEAD), rows, { styles: STYLES, strings: STRINGS });
    const r = await collect(file, LA);
    expect(errorLines(r)).toEqual([5]);
    expect(r.errors[0]!.value).toBe('Berg, Tom');
    expect(r.errors[0]!.message).toContain('written in red (#FF0000) text in Excel');
    expect(sent(r)).toEqual([2, 3, 4, 6].map((n) => `${utc(n)} NEW`));
  });
});
