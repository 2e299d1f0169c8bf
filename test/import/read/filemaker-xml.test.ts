// FileMaker's FMPXMLRESULT export: column names only in <METADATA>, values as bare <COL><DATA> in
// the fields' order, dates and times in the DATEFORMAT and TIMEFORMAT the file states. Read as
// generic XML the <COL> was the record and the file was refused. Expected values worked out by hand.
import { readAll, refusal, tempDir } from './read-helpers.ts';

let t: ReturnType<typeof tempDir>;
beforeEach(() => (t = tempDir()));
afterEach(() => t.cleanup());

const FIELDS: Array<[string, string]> = [
  ['Appt ID', 'NUMBER'],
  ['Appt Date', 'DATE'],
  ['Appt Time', 'TIME'],
  ['Patients::Surname', 'TEXT'],
  ['Booked At', 'TIMESTAMP'],
];

function fmp(rows: string[][], dateFormat = 'M/d/yyyy', timeFormat = 'h:mm:ss a', error = '0'): string {
  const meta = FIELDS.map(([n, ty]) => `<FIELD EMPTYOK="YES" MAXREPEAT="1" NAME="${n}" TYPE="${ty}"/>`).join(
    '\n',
  );
  const body = rows
    .map(
      (r, i) =>
        `<ROW MODID="${i + 3}" RECORDID="${900 + i}">\n${r.map((v) => `<COL><DATA>${v}</DATA></COL>`).join('\n')}\n</ROW>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8" ?>
<FMPXMLRESULT xmlns="http://www.filemaker.com/fmpxmlresult">
<ERRORCODE>${error}</ERRORCODE>
<PRODUCT BUILD="06-12-2023" NAME="FileMaker" VERSION="ProAdvanced 20.2.1"/>
<DATABASE DATEFORMAT="${dateFormat}" LAYOUT="List" NAME="Diary.fmp12" RECORDS="2" TIMEFORMAT="${timeFormat}"/>
<METADATA>
${meta}
</METADATA>
<RESULTSET FOUND="${rows.length}">
${body}
</RESULTSET>
</FMPXMLRESULT>
`;
}

describe('FileMaker FMPXMLRESULT', () => {
  it('names the columns from METADATA and reads dates and times in the formats the file states', async () => {
    const file = t.write(
      'a.xml',
      fmp([
        ['30114', '3/4/2027', '9:15:00 AM', 'Pemberton', '2/27/2027 4:05:09 PM'],
        ['30121', '12/11/2027', '12:30:00 AM', 'Achterberg', ''],
      ]),
    );
    const { info, rows } = await readAll(file);
    expect(info.headers).toEqual(['Appt ID', 'Appt Date', 'Appt Time', 'Patients::Surname', 'Booked At']);
    expect(rows.map((r) => r.line)).toEqual([14, 21]);
    // M/d/yyyy: 3/4/2027 is 4 March; 12:30 AM is half past midnight; RECORDID/MODID are no columns
    expect(rows[0]!.values).toEqual(['30114', '2027-03-04', '09:15:00', 'Pemberton', '2027-02-27 16:05:09']);
    expect(rows[1]!.values).toEqual(['30121', '2027-12-11', '00:30:00', 'Achterberg', '']);
    expect(rows.every((r) => r.problem === undefined)).toBe(true);
  });

  it('reads a day-first DATEFORMAT and a 24-hour TIMEFORMAT as stated', async () => {
    const file = t.write(
      'b.xml',
      fmp([['1', '03.04.2027', '14:05', 'Vogel', '01.04.2027 08:00']], 'dd.MM.yyyy', 'HH:mm'),
    );
    const { rows } = await readAll(file);
    expect(rows[0]!.values).toEqual(['1', '2027-04-03', '14:05', 'Vogel', '2027-04-01 08:00']);
  });

  it('a date that does not fit DATEFORMAT is a row problem naming the column and value, never read another way', async () => {
    const file = t.write('c.xml', fmp([['1', '2027-03-04', '9:15:00 AM', 'Vogel', '']]));
    const { rows } = await readAll(file);
    expect(rows[0]!.problem).toContain("'2027-03-04' in 'Appt Date'");
    expect(rows[0]!.problem).toContain('M/d/yyyy');
  });

  it('refuses two-digit years (the century is not guessed) and an export FileMaker reported an error for', async () => {
    const yy = await refusal(t.write('d.xml', fmp([['1', '3/4/27', '9:15:00 AM', 'Vogel', '']], 'M/d/yy')));
    expect(yy.message).toContain('two-digit years');
    const failed = await refusal(
      t.write('e.xml', fmp([['1', '3/4/2027', '9:15:00 AM', 'Vogel', '']], undefined, undefined, '802')),
    );
    expect(failed.message).toContain('error code 802');
  });
});
