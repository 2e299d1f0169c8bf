// Each reading hazard of shared/docs/export-formats.md, one fixture each (test/fixtures/hazards).
import path from 'node:path';
import { readAll, refusal, HAZARDS } from './read-helpers.ts';

const hazard = (name: string) => path.join(HAZARDS, name);
const OPENEMR_HEADERS = ['Provider', 'Date', 'Time', 'Patient', 'DOB', 'Type', 'Status'];

describe('encodings', () => {
  it('UTF-8 with BOM: the BOM is stripped, so the first column keeps its name', async () => {
    const { info, rows } = await readAll(hazard('utf8-bom-excel.csv'));
    expect(info.encoding).toBe('utf-8-bom');
    expect(info.headers).toEqual(OPENEMR_HEADERS);
    expect(rows[0]!.record.Provider).toBe('Hargreaves,Elena M');
    expect(rows.map((r) => r.record.Patient)).toEqual(['José Núñez', 'Zoë Müller']);
  });

  it.each([
    ['utf16le-excel-unicode.txt', 'utf-16le'],
    ['utf16be-bom.txt', 'utf-16be'],
  ])('%s is read as %s, tab-delimited, accents intact', async (name, encoding) => {
    const { info, rows } = await readAll(hazard(name));
    expect(info).toMatchObject({ encoding, delimiter: '\t', headerLine: 1 });
    expect(info.headers).toEqual(OPENEMR_HEADERS);
    expect(rows.map((r) => [r.line, r.record.Patient, r.record.Status])).toEqual([
      [2, 'José Núñez', 'Scheduled'],
      [3, 'Zoë Müller', 'Broken'],
    ]);
  });

  it('Windows-1252 bytes are recognised (not UTF-8) and decoded, curly apostrophe included', async () => {
    const { info, rows } = await readAll(hazard('windows-1252-accents.csv'));
    expect(info.encoding).toBe('windows-1252');
    expect(rows.map((r) => `${r.record.FirstName} ${r.record.LastName}`)).toEqual([
      'José Núñez',
      'Zoë Müller',
      'Seán O\u2019Brien',
    ]);
    expect(rows[0]!.record.Provider).toBe('Dr Peña');
  });
});

describe('delimiters and quoting', () => {
  it('semicolon (European Excel), with a comma inside an unquoted cell', async () => {
    const { info, rows } = await readAll(hazard('semicolon-european.csv'));
    expect(info.delimiter).toBe(';');
    expect(info.headers).toEqual(['Datum', 'Uhrzeit', 'Patient', 'Geburtsdatum', 'Behandler', 'Status']);
    expect(rows[0]!.record.Patient).toBe('Müller, Zoë');
  });

  it('pipe', async () => {
    const { info, rows } = await readAll(hazard('pipe-delimited.txt'));
    expect(info.delimiter).toBe('|');
    expect(rows.map((r) => r.values)).toEqual([
      ['7001', '2026-12-14', '08:00', 'Delgado, Oscar', 'EHARG'],
      ['7002', '2026-12-14', '08:30', 'Kim, Walter', 'KBOSCH'],
    ]);
  });

  it('quoted line breaks and "" escapes: later rows keep their physical line numbers', async () => {
    const { rows } = await readAll(hazard('embedded-newlines.csv'));
    expect(rows.map((r) => r.line)).toEqual([2, 4, 5, 9]);
    expect(rows[0]!.record.Notes).toBe('first line\nsecond line');
    expect(rows[1]!.record.Notes).toBe('says "hello", then, commas');
    expect(rows[2]!.record.Notes).toBe('a\n\nb\nc');
    expect(rows[3]!.record).toMatchObject({ Id: '4', Notes: '' });
  });

  it('CRLF without quotes, empty last cell, no final line break', async () => {
    const { info, rows } = await readAll(hazard('crlf-unquoted.csv'));
    expect(info.lineEnding).toBe('crlf');
    expect(rows.map((r) => r.values)).toEqual([
      ['1', '2026-12-14', '08:00', 'Oscar Delgado'],
      ['2', '2026-12-14', '08:30', ''],
      ['3', '2026-12-15', '09:00', 'Walter Kim'],
    ]);
  });

  it('rows with too many or too few cells are yielded with a problem; good rows go on', async () => {
    const { rows } = await readAll(hazard('cell-count-mismatch.csv'));
    expect(rows.map((r) => [r.line, r.problem === undefined])).toEqual([
      [2, true],
      [3, false],
      [4, false],
      [5, true],
    ]);
    expect(rows[1]!.problem).toMatch(/5 cells but the header has 4/);
    expect(rows[2]!.problem).toMatch(/2 cells/);
    expect(rows[3]!.record.Patient).toBe('Priya Natarajan');
  });
});

describe('title lines and blank lines', () => {
  it('report title and print date before the header are skipped and returned; blank lines ignored', async () => {
    const { info, rows } = await readAll(hazard('title-lines.csv'));
    expect(info.headerLine).toBe(4);
    expect(info.titleLines).toEqual(['Appointments Report', 'Printed 12/14/2026 7:02 AM']);
    expect(info.headers).toEqual(['Date', 'Time', 'Patient', 'Provider', 'Status']);
    expect(rows.map((r) => r.line)).toEqual([5, 6]);
  });

  it('Excel-padded title (`Title,,,,`) and empty `,,,,` lines', async () => {
    const { info, rows } = await readAll(hazard('excel-padded.csv'));
    expect(info.headerLine).toBe(3);
    expect(info.titleLines).toEqual(['Appointments Report']);
    expect(rows.map((r) => r.record.Patient)).toEqual(['Oscar Delgado', 'Walter Kim']);
  });
});

describe('files that are not exports', () => {
  it('an .xlsx renamed to .csv is read as the workbook it is (this one has no sheet)', async () => {
    const e = await refusal(hazard('xlsx-renamed.csv'));
    expect(e.message).toBe('this Excel workbook has no sheet with rows in it');
    expect(e.hint).toMatch(/run the export again/);
  });
});

describe('XML exports that are not AppointmentData', () => {
  it('the repeated element becomes a row; attributes and nested children become columns', async () => {
    const { info, rows } = await readAll(hazard('schedule-export.xml'));
    expect(info).toMatchObject({ format: 'xml', recordPath: 'Appt', headerLine: 4 });
    expect(info.headers).toEqual([
      'id',
      'status',
      'Date',
      'Time',
      'Patient/FirstName',
      'Patient/LastName',
      'Provider',
    ]);
    expect(rows.map((r) => r.line)).toEqual([4, 10]);
    expect(rows[1]!.record).toMatchObject({ id: '9002', status: 'Cancelled', 'Patient/LastName': 'Kim' });
  });

  it('a record path can be given explicitly, with or without the root name', async () => {
    const a = await readAll(hazard('schedule-export.xml'), { recordPath: 'Schedule/Appt' });
    expect(a.rows).toHaveLength(2);
    const e = await refusal(hazard('schedule-export.xml'), { recordPath: 'Visit' });
    expect(e.message).toMatch(/no 'Visit' elements/);
  });
});
