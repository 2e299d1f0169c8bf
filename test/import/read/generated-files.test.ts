// Reader behaviour that needs files built on the fly: sizes past the sample and chunk sizes,
// a late encoding switch, very long lines, a stray quote deep in a file.
import fs from 'node:fs';
import path from 'node:path';
import { decodeFile, LineTooLongError } from '../../../main/import/read/decode.ts';
import { DelimitedRecordParser } from '../../../main/import/read/delimited-records.ts';
import { openTable } from '../../../main/import/read/index.ts';
import { ExportFileError } from '../../../main/import/read/export-file-error.ts';
import { readAll, refusal, tempDir } from './read-helpers.ts';

let t: ReturnType<typeof tempDir>;
beforeEach(() => (t = tempDir()));
afterEach(() => t.cleanup());

const write = (name: string, content: string | Buffer): string => t.write(name, content);

function manyRows(n: number, quoted: boolean): string {
  const q = (s: string) => (quoted ? `"${s}"` : s);
  const lines = [['Id', 'Date', 'Time', 'Patient'].map(q).join(',')];
  for (let i = 1; i <= n; i++)
    lines.push([String(i), '2026-12-14', '08:00', `Patient ${i}`].map(q).join(','));
  return lines.join('\n') + '\n';
}

describe('streaming past the sample and chunk boundaries', () => {
  it.each([false, true])('reads 20,000 rows (quoted=%s) with exact line numbers', async (quoted) => {
    const file = write('big.csv', manyRows(20_000, quoted));
    const { rows } = await readAll(file, { sampleBytes: 4096 });
    expect(rows).toHaveLength(20_000);
    expect(rows.every((r, i) => r.line === i + 2 && r.values[0] === String(i + 1))).toBe(true);
    expect(rows[19_999]!.record.Patient).toBe('Patient 20000');
  });

  it('the parser gives the same records whatever the piece boundaries', () => {
    const text = fs.readFileSync(
      path.resolve(__dirname, '../../fixtures/hazards/embedded-newlines.csv'),
      'utf8',
    );
    const whole = new DelimitedRecordParser(',', 'f').push(text, true);
    for (let cut = 0; cut <= text.length; cut++) {
      const p = new DelimitedRecordParser(',', 'f');
      const recs = p.push(text.slice(0, cut), false);
      p.push(text.slice(cut), true, recs);
      expect(recs).toEqual(whole);
    }
  });

  it('a Windows-1252 byte after an ASCII sample switches the decoding without losing text', async () => {
    const head = manyRows(3000, false);
    const tail = Buffer.from('3001,2026-12-15,09:00,Jos\xe9 N\xfa\xf1ez\n', 'latin1');
    const file = write('late-1252.csv', Buffer.concat([Buffer.from(head), tail]));
    const { info, rows } = await readAll(file, { sampleBytes: 1024 });
    expect(info.encoding).toBe('windows-1252');
    expect(rows.at(-1)!.record.Patient).toBe('José Núñez');
    expect(rows).toHaveLength(3001);
  });
});

describe('stopping early', () => {
  it.skipIf(!fs.existsSync('/proc/self/fd'))(
    'closes the file when the reader stops after a few rows',
    async () => {
      const file = write('early.csv', manyRows(50_000, false));
      // Descriptors open on this file, not the process's count: other tests in the same worker
      // open and close files of their own meanwhile (a count read 22 against 21 at load 50).
      const openOnFile = () =>
        fs.readdirSync('/proc/self/fd').filter((fd) => {
          try {
            return fs.readlinkSync(`/proc/self/fd/${fd}`) === file;
          } catch {
            return false; // closed between the listing and the look
          }
        }).length;
      const readThree = async () => {
        const { rows } = await openTable(file, { sampleBytes: 1024 });
        let n = 0;
        for await (const _ of rows) if (++n === 3) break;
      };
      for (let k = 0; k < 5; k++) await readThree();
      // A destroyed stream closes its descriptor asynchronously: wait for it, up to 10 s under load.
      const until = Date.now() + 10_000;
      while (openOnFile() > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
      expect(openOnFile()).toBe(0);
    },
  );
});

describe('refusals deep in a file', () => {
  it('a stray quote far past the sample names its line', async () => {
    const lines = manyRows(5000, true).split('\n');
    lines[4000] = '"4000","2026-12-14","08:00","Patient 4000';
    const file = write('stray.csv', lines.join('\n'));
    const e = await refusal(file, { sampleBytes: 2048 });
    expect(e.line).toBe(4001);
  });

  it('a quote left open to the end of the file names its line', async () => {
    const file = write(
      'open.csv',
      'Id,Date,Patient\n1,2026-12-14,Oscar\n2,2026-12-14,"Walter\n3,2026-12-15,Priya\n',
    );
    const e = await refusal(file);
    expect(e.line).toBe(3);
  });

  it('a line over 1 MB with no line break is refused', async () => {
    const file = write('long.csv', manyRows(10, false) + 'x'.repeat(1_200_000));
    const e = await refusal(file);
    expect(e.line).toBe(12);
    expect(e.message).toMatch(/longer than 1 MB/);
  });

  it('a line over 1 MB followed by more rows is refused too, wherever the pieces of the file fall', async () => {
    // Before, such a line passed when a piece ended just after it: the length was only checked
    // for text with no line break yet. 1,200,000 bytes across 32 KB pieces, then one more row.
    const file = write(
      'long-mid.csv',
      manyRows(10, false) + 'x'.repeat(1_200_000) + '\n11,2026-12-14,Oscar\n',
    );
    const e = await refusal(file);
    expect(e.line).toBe(12);
    expect(e.message).toMatch(/longer than 1 MB/);
  });

  it('decodeFile refuses a line over the cap at every piece size, a line just under it never', async () => {
    const long = write('cap.csv', `a,b\n${'x'.repeat(1_048_577)}\nc,d\n`);
    const fits = write('fits.csv', `a,b\n${'x'.repeat(1_048_575)}\nc,d\n`);
    const read = async (file: string, chunkBytes: number) => {
      let text = '';
      for await (const piece of decodeFile(file, {
        encoding: 'utf-8',
        bomLength: 0,
        maxLineBytes: 1_048_576,
        chunkBytes,
      }))
        text += piece;
      return text.length;
    };
    for (const chunkBytes of [16_384, 32_768, 65_536, 262_144, 700_000]) {
      await expect(read(long, chunkBytes), `${chunkBytes}`).rejects.toBeInstanceOf(LineTooLongError);
      expect(await read(fits, chunkBytes), `${chunkBytes}`).toBe(1_048_575 + 9);
    }
  });

  it('a line over 1 MB followed by more rows, UTF-16: refused', async () => {
    const text = manyRows(10, false) + 'x'.repeat(600_000) + '\n11,2026-12-14,Oscar\n';
    const file = write(
      'long-mid-16.csv',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    );
    const e = await refusal(file);
    expect(e.message).toMatch(/longer than 1 MB|1 MB/);
  });

  it('a file with only values and no header row', async () => {
    const file = write('noheader.csv', '1,2026-12-14,08:00\n2,2026-12-14,08:30\n');
    const e = await refusal(file);
    expect(e.message).toMatch(/no header row/);
    expect(e.line).toBe(1);
  });

  it('data lines ending with a delimiter (one empty cell more than the header) read cleanly', async () => {
    const file = write(
      'trailing.csv',
      'Id,Date,Patient\n1,2026-12-14,Oscar,\n2,2026-12-14,Walter,\n3,2026-12-15,Priya,\n',
    );
    const { info, rows } = await readAll(file);
    expect(info.headers).toEqual(['Id', 'Date', 'Patient']);
    expect(rows.map((r) => [r.values, r.problem])).toEqual([
      [['1', '2026-12-14', 'Oscar'], undefined],
      [['2', '2026-12-14', 'Walter'], undefined],
      [['3', '2026-12-15', 'Priya'], undefined],
    ]);
  });

  it.each([false, true])(
    'old Mac line endings (CR only, quoted=%s) read with line numbers',
    async (quoted) => {
      const file = write('mac.csv', manyRows(3000, quoted).replace(/\n/g, '\r'));
      const { info, rows } = await readAll(file, { sampleBytes: 1000 });
      expect(info.lineEnding).toBe('cr');
      expect(rows).toHaveLength(3000);
      expect(rows[2999]).toMatchObject({
        line: 3001,
        values: ['3000', '2026-12-14', '08:00', 'Patient 3000'],
      });
    },
  );

  it('an Excel-padded print-date line before the header is a title, not data', async () => {
    const file = write(
      'padded-date.csv',
      'Printed,12/14/2026,,,\nDate,Time,Patient,Provider,Status\n2026-12-14,08:00,Oscar,EH,Booked\n',
    );
    const { info, rows } = await readAll(file);
    expect(info).toMatchObject({ headerLine: 2, titleLines: ['Printed 12/14/2026'] });
    expect(rows).toHaveLength(1);
  });

  it('a report lined up with spaces and underlined (sqlcmd, print to file) is read by its dashes', async () => {
    // Read for a delimiter, the comma in `SMITH, JOHN` made two cells of each data line; it was
    // then refused. The dashes say where each column is (printed-grid.ts).
    const file = write(
      'schedule.txt',
      [
        '                 RIVERSIDE FAMILY MEDICINE',
        'Time      Patient Name              DOB         Provider        Status',
        '--------  ------------------------  ----------  --------------  ----------',
        '09:00 AM  SMITH, JOHN               01/02/1970  LEE, ANNA MD    Scheduled',
        '09:30 AM  JONES, MARY ANN           05/06/1980  LEE, ANNA MD    Cancelled',
        '',
      ].join('\r\n'),
    );
    const { info, rows } = await readAll(file);
    expect(info).toMatchObject({
      headerLine: 2,
      headers: ['Time', 'Patient Name', 'DOB', 'Provider', 'Status'],
    });
    expect(rows.map((r) => [r.line, r.values, r.problem])).toEqual([
      [4, ['09:00 AM', 'SMITH, JOHN', '01/02/1970', 'LEE, ANNA MD', 'Scheduled'], undefined],
      [5, ['09:30 AM', 'JONES, MARY ANN', '05/06/1980', 'LEE, ANNA MD', 'Cancelled'], undefined],
    ]);
  });

  it('a CSV whose quoted note holds a line of spaced dashes is read, not refused as lined up with spaces', async () => {
    // A therapist's intake note drawn with a rule inside its quoted cell: the cell's text, no
    // underline of the file's columns (the refusal had named line 3, inside the note).
    const file = write(
      'notes.csv',
      [
        'Appt ID,Date,Time,Patient,Notes',
        '5001,2027-03-08,09:00,"Smith, John","Intake',
        '----  ----  ----',
        'bring medication list"',
        '5002,2027-03-08,10:30,"Okafor, James",',
        '',
      ].join('\r\n'),
    );
    const { info, rows } = await readAll(file);
    expect(info.headers).toEqual(['Appt ID', 'Date', 'Time', 'Patient', 'Notes']);
    expect(rows.map((r) => r.values[3])).toEqual(['Smith, John', 'Okafor, James']);
    expect(rows[0]!.values[4]).toBe('Intake\r\n----  ----  ----\r\nbring medication list');
  });

  it('lined up with spaces, not underlined, and no day anywhere: refused for the missing date, never a data line named as the header', async () => {
    const { importExport } = await import('../../../main/import/import-export.ts');
    const file = write(
      'printed.txt',
      [
        'Time      Patient Name              DOB         Provider        Status',
        '09:00 AM  SMITH, JOHN               01/02/1970  LEE, ANNA MD    Scheduled',
        '09:30 AM  JONES, MARY ANN           05/06/1980  LEE, ANNA MD    Cancelled',
        '',
      ].join('\r\n'),
    );
    const gen = importExport(file, {
      practiceId: '1c7ecf9f-9700-4e70-b976-9356db658274',
      timeZone: 'America/New_York',
    });
    const e = await gen.next().then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(ExportFileError);
    const { line, message } = (e as ExportFileError).error;
    expect(line).toBe(1);
    expect(message).toMatch(/cannot find appointment date/);
    expect(message).toMatch(/\(Time, Patient Name, DOB, Provider, Status\)/);
    expect(message).not.toMatch(/SMITH|JONES/);
  });

  it('lined up with spaces under a day heading with a comma (Crystal Text): the day heading gives the rows their day', async () => {
    // Crystal Reports' Text export: no underline, the day above the rows (`Monday, March 15,
    // 2027`). Split at its commas it was taken as the header, then the file was refused.
    const { importExport } = await import('../../../main/import/import-export.ts');
    const file = write(
      'ApptList.txt',
      [
        'Summit Ridge Dental                                  Printed: 3/12/2027',
        '   Time   Patient                    Chart #   Birth Date   Status',
        'Monday, March 15, 2027',
        ' 8:00AM   Archuleta, Dominic         ARC0112   6/7/1999     Complete',
        ' 9:00AM   Chavez, Rosalinda          CHA0098   1/30/1955    Confirmed',
        '10:30AM   Lindqvist, Erik            LIN0231   3/3/1988     Broken',
        '',
      ].join('\r\n'),
    );
    const items = [];
    for await (const i of importExport(file, {
      practiceId: '1c7ecf9f-9700-4e70-b976-9356db658274',
      timeZone: 'America/Denver',
    }))
      items.push(i);
    // Denver is UTC-6 on 15 March 2027 (daylight time from the 14th).
    expect(
      items.map((i) =>
        i.kind === 'appointment' ? [i.line, i.appointment.start.toISOString(), i.appointment.status] : i.kind,
      ),
    ).toEqual([
      [4, '2027-03-15T14:00:00.000Z', 'NEW'],
      [5, '2027-03-15T15:00:00.000Z', 'NEW'],
      [6, '2027-03-15T16:30:00.000Z', 'CANCEL'],
    ]);
  });

  it('a CSV whose rule line has commas (sqlcmd -s",") is read, the rule as furniture', async () => {
    const file = write(
      'sqlcmd.csv',
      'Id,Date,Patient\n--,----------,-------\n1,2026-12-14,Oscar\n2,2026-12-14,Walter\n',
    );
    const { info, rows } = await readAll(file);
    expect(info.headers).toEqual(['Id', 'Date', 'Patient']);
    expect(rows.map((r) => r.values[2])).toEqual(['Oscar', 'Walter']);
  });

  it('a single-column text is not a table', async () => {
    const e = await refusal(write('note.txt', 'hello\nworld\n'));
    expect(e.message).toMatch(/no columns found/);
  });

  it('only blank lines after the header counts as no rows; whitespace-only file as empty', async () => {
    expect((await refusal(write('h.csv', 'A,B,C\n\n,,\n\n'))).message).toMatch(/no appointment rows/);
    expect((await refusal(write('w.csv', '\n  \r\n'))).message).toMatch(/empty/);
  });

  it('UTF-16 without a BOM is still recognised', async () => {
    const file = write('u16.txt', Buffer.from('A\tB\n1\tJosé\n', 'utf16le'));
    const { info, rows } = await readAll(file);
    expect(info.encoding).toBe('utf-16le');
    expect(rows[0]!.record.B).toBe('José');
  });
});
