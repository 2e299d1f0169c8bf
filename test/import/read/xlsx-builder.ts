// A workbook's bytes for the tests: the XML parts Excel writes, written by hand and zipped with
// fflate's zipSync (the zip is not what is tested), so every expected value can be worked out by
// hand from the parts.
import { zipSync, strToU8 } from 'fflate';

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const RNS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface SheetSpec {
  name: string;
  xml: string;
  state?: string;
  /** The sheet holds a pivot table (Excel relates it to the sheet). */
  pivot?: boolean;
}

/** A workbook's bytes: the parts Excel writes, sheets and strings as given. */
export function workbook(
  sheets: SheetSpec[],
  /** `styles`: the whole styles part, for a test of other number formats than the four below. */
  opts: { strings?: string; date1904?: boolean; styles?: string } = {},
): Buffer {
  const parts: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    '_rels/.rels': strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `<workbook ${NS} ${RNS}><workbookPr${opts.date1904 ? ' date1904="1"' : ''}/><sheets>${sheets
        .map(
          (s, i) =>
            `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`,
        )
        .join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
        .map(
          (_s, i) =>
            `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
        )
        .join(
          '',
        )}<Relationship Id="rId90" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId91" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
    // Styles: 0 General, 1 built-in 14 (date), 2 built-in 20 (h:mm), 3 custom 00000.
    'xl/styles.xml': strToU8(
      opts.styles ??
        `<styleSheet ${NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="00000"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="20"/><xf numFmtId="164"/></cellXfs></styleSheet>`,
    ),
    'xl/sharedStrings.xml': strToU8(`<sst ${NS}>${opts.strings ?? ''}</sst>`),
  };
  sheets.forEach((s, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(`<worksheet ${NS}>${s.xml}</worksheet>`);
    if (s.pivot)
      parts[`xl/worksheets/_rels/sheet${i + 1}.xml.rels`] = strToU8(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/pivotTable" Target="../pivotTables/pivotTable1.xml"/></Relationships>`,
      );
  });
  return Buffer.from(zipSync(parts));
}

export const STRINGS = ['Date', 'Time', 'Patient', 'Status', 'Ann Lee', 'Booked', 'Bo Chan']
  .map((s) => `<si><t>${s}</t></si>`)
  .join('');
export const HEADER =
  '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>';
/** Two bookings on 2027-03-01 (46447) at 9:00 (0.375) and 13:30 (0.5625). */
export const BOOKINGS =
  '<row r="2"><c r="A2" s="1"><v>46447</v></c><c r="B2" s="2"><v>0.375</v></c><c r="C2" t="s"><v>4</v></c><c r="D2" t="s"><v>5</v></c></row>' +
  '<row r="3"><c r="A3" s="1"><v>46447</v></c><c r="B3" s="2"><v>0.5625</v></c><c r="C3" t="s"><v>6</v></c><c r="D3" t="s"><v>5</v></c></row>';

const text = (ref: string, t: string) => `<c r="${ref}" t="inlineStr"><is><t>${t}</t></is></c>`;
/** A row: the date as a serial (style 1), the time as a day fraction (style 2), then text. */
const row = (r: number, day: number, time: string, name: string, dob: string) =>
  `<row r="${r}"><c r="A${r}" s="1"><v>${day}</v></c><c r="B${r}" s="2"><v>${time}</v></c>` +
  `${text(`C${r}`, name)}${text(`D${r}`, dob)}${text(`E${r}`, 'Booked')}</row>`;
const LIST_HEADER = `<row r="1">${['Date', 'Time', 'Patient', 'DOB', 'Status'].map((h, i) => text(`${'ABCDE'[i]}1`, h)).join('')}</row>`;

/** Two sheets that could each be the appointment list: 'Bookings' (2027-03-01, serial 46447, at
 *  9:00 Ann Lee and 13:30 Bo Chan) and 'Waitlist' (2027-03-02, 46448, at 10:00 Cy Dunn and 12:00
 *  Di Egan); columns Date, Time, Patient, DOB, Status (all Booked). */
export function twoListsWorkbook(): Buffer {
  const bookings =
    row(2, 46447, '0.375', 'Ann Lee', '1980-04-02') + row(3, 46447, '0.5625', 'Bo Chan', '1975-11-23');
  const waitlist =
    row(2, 46448, '0.41666666666666669', 'Cy Dunn', '1961-01-05') +
    row(3, 46448, '0.5', 'Di Egan', '1990-07-30');
  return workbook([
    { name: 'Bookings', xml: `<sheetData>${LIST_HEADER}${bookings}</sheetData>` },
    { name: 'Waitlist', xml: `<sheetData>${LIST_HEADER}${waitlist}</sheetData>` },
  ]);
}
