// Rows an Excel sheet marks by colour: a direct fill unlike the column's other cells, and
// conditional formats that strike or fill (row-colours.ts, xlsx-fills.ts, xlsx-conditional.ts).
// Every sheet is rows on 15 March 2027 (serial 46461) at 9:00, 9:30, 10:00… (a day fraction
// 0.375 + k/48); Los Angeles is UTC-7 that day, so 9:00 is 16:00Z. Expected values by hand.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from '../trust/export-files.ts';
import { headerRow, SHEET_NS, writeBook, xRow, xText } from './xlsx-appointment-rows.ts';
import { ROW_PATIENTS } from './row-patients.ts';

const files = exportFiles('xlsx-fills');
const HEAD = ['Date', 'Time', 'Patient', 'DOB', 'Provider', 'Status', 'Flag'];
const LA = { timeZone: 'America/Los_Angeles' };
const NAMES = ROW_PATIENTS;

/** Styles: 0 General, 1 date, 2 time, 3 red fill (FFFF0000), 4 light grey fill (FFD9D9D9),
 *  5 theme 5 (Accent 2) lighter 60%, 6 white fill. Conditional styles: 0 strike, 1 fill BFBFBF. */
const STYLES =
  `<styleSheet ${SHEET_NS}><fonts count="1"><font><sz val="11"/></font></fonts><fills count="6">` +
  `<fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>` +
  `<fill><patternFill patternType="solid"><fgColor rgb="FFFF0000"/><bgColor indexed="64"/></patternFill></fill>` +
  `<fill><patternFill patternType="solid"><fgColor rgb="FFD9D9D9"/></patternFill></fill>` +
  `<fill><patternFill patternType="solid"><fgColor theme="5" tint="0.59999389629810485"/></patternFill></fill>` +
  `<fill><patternFill patternType="solid"><fgColor rgb="FFFFFFFF"/></patternFill></fill></fills>` +
  `<cellXfs count="7"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="20"/><xf numFmtId="0" fillId="2" applyFill="1"/>` +
  `<xf numFmtId="0" fillId="3" applyFill="1"/><xf numFmtId="0" fillId="4" applyFill="1"/><xf numFmtId="0" fillId="5"/></cellXfs>` +
  `<dxfs count="2"><dxf><font><strike/></font></dxf><dxf><fill><patternFill><bgColor rgb="FFBFBFBF"/></patternFill></fill></dxf></dxfs></styleSheet>`;

/** Row r (2, 3, …) at 9:00 + 30 min per row; `s` the style of its text cells; `flag` in G. */
const row = (r: number, status = 'Confirmed', s = '', flag = '') =>
  xRow(r, String(0.375 + (r - 2) / 48), NAMES[r - 2]!, status, { G: xText(`G${r}`, flag) }, s);
const book = (rows: string, after = '', head = headerRow(HEAD)) =>
  writeBook(files, head, `${rows}</sheetData>${after}<sheetData>`, { styles: STYLES });
const utc = (r: number) => new Date(Date.UTC(2027, 2, 15, 16, 30 * (r - 2))).toISOString();
type Result = Awaited<ReturnType<typeof collect>>;
const sent = (r: Result) => r.appointments.map((a) => `${a.start.toISOString()} ${a.status}`);
const errorLines = (r: Result) => r.errors.map((e) => e.line);

describe('a row filled by hand', () => {
  it('one red row among plain Confirmed rows is a row error naming the colour; the others go', async () => {
    const r = await collect(book(row(2) + row(3) + row(4, 'Confirmed', ' s="3"') + row(5)), LA);
    expect(sent(r)).toEqual([`${utc(2)} NEW`, `${utc(3)} NEW`, `${utc(5)} NEW`]);
    expect(errorLines(r)).toEqual([4]);
    expect(r.errors[0]!.column).toBe('Patient');
    expect(r.errors[0]!.value).toBe('Silva, Rosa');
    expect(r.errors[0]!.message).toContain('filled red (#FF0000) in Excel');
  });
  it('a red row whose status says Cancelled goes as a cancellation: text and colour agree', async () => {
    const r = await collect(book(row(2) + row(3) + row(4, 'Cancelled', ' s="3"') + row(5)), LA);
    expect(sent(r)).toEqual([`${utc(2)} NEW`, `${utc(3)} NEW`, `${utc(4)} CANCEL`, `${utc(5)} NEW`]);
    expect(r.errors).toEqual([]);
  });
  const EIGHT = [2, 3, 4, 5, 6, 7, 8, 9];
  it('zebra stripes (every other row grey, eight rows) are the look of the sheet: all eight go', async () => {
    const rows = EIGHT.map((n) => row(n, 'Confirmed', n % 2 ? ' s="4"' : '')).join('');
    const r = await collect(book(rows), LA);
    expect(sent(r)).toEqual(EIGHT.map((n) => `${utc(n)} NEW`));
    expect(r.errors).toEqual([]);
  });
  it('a red row in a striped sheet is still marked (line 6)', async () => {
    const rows = EIGHT.map((n) => row(n, 'Confirmed', n === 6 ? ' s="3"' : n % 2 ? ' s="4"' : '')).join('');
    const r = await collect(book(rows), LA);
    expect(errorLines(r)).toEqual([6]);
    expect(sent(r)).toHaveLength(7);
  });
  it('a filled header and a whole sheet filled grey mark nothing', async () => {
    const rows = [2, 3, 4].map((n) => row(n, 'Confirmed', ' s="4"')).join('');
    const r = await collect(book(rows, '', headerRow(HEAD, ' s="3"')), LA);
    expect(sent(r)).toEqual([2, 3, 4].map((n) => `${utc(n)} NEW`));
  });
  it('a white fill is no colour', async () => {
    const r = await collect(book(row(2) + row(3, 'Confirmed', ' s="6"') + row(4)), LA);
    expect(r.errors).toEqual([]);
    expect(sent(r)).toHaveLength(3);
  });
  it('a theme colour is named as Excel shows it: Accent 2 (ED7D31) lighter 60% is F8CBAD', async () => {
    const r = await collect(book(row(2) + row(3) + row(4, 'Confirmed', ' s="5"')), LA);
    expect(errorLines(r)).toEqual([4]);
    expect(r.errors[0]!.message).toContain('filled light orange (#F8CBAD) in Excel');
  });
});

/** A conditional format over A2:G7 with rule `rule` (its cfRule attributes and formula). */
const cf = (attrs: string, formula?: string) =>
  `<conditionalFormatting sqref="A2:G9"><cfRule ${attrs} priority="1">${
    formula === undefined ? '' : `<formula>${formula}</formula>`
  }</cfRule></conditionalFormatting>`;
const four = (flagged: number, status = 'Confirmed') =>
  [2, 3, 4, 5]
    .map((n) => row(n, n === flagged ? status : 'Confirmed', '', n === flagged ? 'X' : ''))
    .join('');

describe('conditional formats', () => {
  it('a rule striking rows whose Flag is X: that booked row is a row error, the others go', async () => {
    const r = await collect(book(four(3), cf('type="expression" dxfId="0"', '$G2="X"')), LA);
    expect(errorLines(r)).toEqual([3]);
    expect(r.errors[0]!.message).toContain('struck through in Excel by a conditional format (=$G2="X")');
    expect(sent(r)).toEqual([`${utc(2)} NEW`, `${utc(4)} NEW`, `${utc(5)} NEW`]);
  });
  it('Excel compares text without case: $G2="x" strikes the X row too', async () => {
    const r = await collect(book(four(4), cf('type="expression" dxfId="0"', '$G2="x"')), LA);
    expect(errorLines(r)).toEqual([4]);
  });
  it('a rule filling rows grey where Flag contains X (ISNUMBER(SEARCH)): line 5 is a row error', async () => {
    const r = await collect(
      book(four(5), cf('type="expression" dxfId="1"', 'ISNUMBER(SEARCH("x",$G2))')),
      LA,
    );
    expect(errorLines(r)).toEqual([5]);
    expect(r.errors[0]!.message).toContain('filled grey (#BFBFBF) in Excel');
  });
  it('a grey fill on Status = "Cancelled" (cellIs) sends the row as cancelled, with no error', async () => {
    const rows = [2, 3, 4].map((n) => row(n, n === 3 ? 'Cancelled' : 'Confirmed')).join('');
    const r = await collect(book(rows, cf('type="cellIs" dxfId="1" operator="equal"', '"Cancelled"')), LA);
    expect(r.errors).toEqual([]);
    expect(sent(r)).toEqual([`${utc(2)} NEW`, `${utc(3)} CANCEL`, `${utc(4)} NEW`]);
  });
  it('a fill on a booked word (Text that Contains "Confirmed") says only what the cell says', async () => {
    const rows = [2, 3, 4, 5].map((n) => row(n, n === 3 ? 'Pending' : 'Confirmed')).join('');
    const r = await collect(
      book(
        rows,
        cf(
          'type="containsText" dxfId="1" operator="containsText" text="Confirmed"',
          'NOT(ISERROR(SEARCH("Confirmed",A2)))',
        ),
      ),
      LA,
    );
    expect(r.errors).toEqual([]);
  });
  it('stripes by MOD(ROW(),2)=0 mark nothing', async () => {
    const rows = [2, 3, 4, 5, 6].map((n) => row(n)).join('');
    const r = await collect(book(rows, cf('type="expression" dxfId="1"', 'MOD(ROW(),2)=0')), LA);
    expect(r.errors).toEqual([]);
    expect(sent(r)).toHaveLength(5);
  });
  it('a strike by a rule that is not read ($B2<TODAY()) is said, never sent as booked', async () => {
    const r = await collect(book(four(0), cf('type="expression" dxfId="0"', '$A2&lt;TODAY()')), LA);
    expect(sent(r)).toEqual([]);
    expect(errorLines(r)).toEqual([2, 3, 4, 5]);
    expect(r.errors[0]!.message).toContain('a rule the connector does not read (=$A2<TODAY())');
  });
  it('a colour scale (no style of its own) marks nothing', async () => {
    const r = await collect(
      book(
        four(0),
        cf('type="colorScale"').replace(
          '</cfRule>',
          '<colorScale><cfvo type="min"/><cfvo type="max"/><color rgb="FFF8696B"/><color rgb="FF63BE7B"/></colorScale></cfRule>',
        ),
      ),
      LA,
    );
    expect(r.errors).toEqual([]);
    expect(sent(r)).toHaveLength(4);
  });
});
