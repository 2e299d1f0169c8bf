// Excel's Save As "CSV (MS-DOS)" writes the DOS code page (437 on US Windows, 850 in Western
// Europe), with CRLF line ends. Read as Windows-1252 its names went to the portal garbled
// (`Ch vez`, `àSCAR Garcöa`, `Weiá`). Files written here as bytes; expected names by hand.
import { collect } from '../convert/support.ts';
import { answerOn, confirmedProfile, exportFiles } from '../trust/export-files.ts';
import { lineBytes, PLAIN_HEAD as HEAD, plainRows, ROWS_PAST_SAMPLE, tempDir } from './read-helpers.ts';

let t: ReturnType<typeof tempDir>;
beforeEach(() => (t = tempDir()));
afterEach(() => t.cleanup());

const write = (name: string, lines: Array<Array<number | string>>): string =>
  t.write(name, lineBytes(lines, 'crlf'));
const us = { timeZone: 'America/Chicago' };
const names = (r: Awaited<ReturnType<typeof collect>>): string[] =>
  r.appointments.map((a) => `${a.patient.firstName} ${a.patient.lastName}`);

describe('a file in a DOS code page', () => {
  it('is read so when its letters read right that way only (US, code page 437)', async () => {
    // ú 0xA3, ñ 0xA4, é 0x82, á 0xA0 (£, ¤, ‚ and a no-break space in Windows-1252).
    const r = await collect(
      write('us.csv', [
        [HEAD],
        ['03/02/2027,9:00 AM,"N', 0xa3, 0xa4, 'ez, Jos', 0x82, '",04/05/1980,101,Dr Ng'],
        ['03/02/2027,9:30 AM,"Ch', 0xa0, 'vez, Ra', 0xa3, 'l",04/05/1981,102,Dr Ng'],
      ]),
      us,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.errors).toEqual([]);
    expect(names(r)).toEqual(['José Núñez', 'Raúl Chávez']);
  });

  it('reads capitals in code page 850 (Spain: Í 0xD6, Ó 0xE0, Ú 0xE9; Ö, à, é in Windows-1252)', async () => {
    const r = await collect(
      write('es.csv', [
        ['N', 0xa7, ' Cita;Apellidos;Nombre;Fecha nacimiento;Fecha;Hora;Profesional'],
        ['30211;GARC', 0xd6, 'A RUIZ;', 0xe0, 'SCAR;14/03/1978;02/03/2027;09:30;Dra. Ana Ruiz'],
        ['30213;MART', 0xd6, 'N GIL;', 0xe9, 'RSULA;23/05/1990;02/03/2027;11:15;Dra. Ana Ruiz'],
      ]),
      { timeZone: 'Europe/Madrid' },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(names(r)).toEqual(['Óscar García Ruiz', 'Úrsula Martín Gil']);
  });

  it('reads ü and ß in code page 850 (Germany), where Windows-1252 had refused the ü rows and sent Weiá', async () => {
    // ß 0xE1 (á in Windows-1252), ü 0x81 (undefined there: an invisible control character).
    const r = await collect(
      write('de.csv', [
        ['Termin-Nr;Name;Vorname;Geburtsdatum;Datum;Uhrzeit;Behandler'],
        ['20611;Wei', 0xe1, ';Hans;14.03.1978;02.03.2027;09:30;Dr. Weber'],
        ['20613;M', 0x81, 'ller;J', 0x81, 'rgen;23.05.1990;02.03.2027;11:15;Dr. Weber'],
      ]),
      { timeZone: 'Europe/Berlin' },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.errors).toEqual([]);
    expect(names(r)).toEqual(['Hans Weiß', 'Jürgen Müller']);
  });

  it('is held when its letters read as well in Windows-1252 (ß alone: Weiß or Weiá)', async () => {
    const r = await collect(
      write('ss.csv', [
        [HEAD],
        ['03/02/2027,9:00 AM,"Wei', 0xe1, ', Hans",04/05/1980,101,Dr Ng'],
        ['03/02/2027,9:30 AM,"Gro', 0xe1, ', Anna",04/05/1981,102,Dr Ng'],
      ]),
      us,
    );
    expect(r.summary.doubts).toMatchObject([
      { kind: 'encoding', check: 'dos-code-page', samples: ['Weiß / Weiá', 'Groß / Groá'] },
    ]);
  });

  it('is held when a no-break space inside a name is all that tells (cp437 á, or a space pasted from a web page)', async () => {
    const r = await collect(
      write('nbsp.csv', [
        [HEAD],
        ['03/02/2027,9:00 AM,"Ch', 0xa0, 'vez, Carlos",04/05/1980,101,Dr Ng'],
        ['03/02/2027,9:30 AM,"Smith, John",04/05/1981,102,Dr Ng'],
      ]),
      us,
    );
    // (The name read with a space inside is asked about too: it does not look like a name.)
    expect(r.summary.doubts.filter((d) => d.kind === 'encoding')).toMatchObject([
      { kind: 'encoding', check: 'dos-code-page', samples: ['Chávez / Ch\u00a0vez'] },
    ]);
  });

  it('is read so when its first letters outside ASCII come after its first 64 KB', async () => {
    const r = await collect(
      write('late.csv', [
        [HEAD],
        ...plainRows(ROWS_PAST_SAMPLE),
        ['03/02/2027,9:00 AM,"M', 0x81, 'ller, J', 0x81, 'rgen",04/05/1980,101,Dr Ng'],
      ]),
      us,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.errors).toEqual([]);
    expect(names(r).at(-1)).toBe('Jürgen Müller');
  });
});

describe('a Windows-1252 file', () => {
  // Each read in code page 850 has a letter that does not fit: `Chßvez` (ß after a consonant),
  // `M³ller`, `ZoÙ` (a capital after a small letter); `O’Brien` reads `OÆBrien`, but an
  // apostrophe is no letter that a DOS page's `Æ` could compete with.
  it.each([
    [['Ch', 0xe1, 'vez'], 'Chávez'],
    [['M', 0xfc, 'ller'], 'Müller'],
    [['Zo', 0xeb], 'Zoë'],
    [['O', 0x92, 'Brien'], 'O’Brien'],
  ])('stays Windows-1252 with no question: %j is %s', async (last, want) => {
    const r = await collect(
      write('win.csv', [[HEAD], ['03/02/2027,9:00 AM,"', ...last, ', Anna",04/05/1980,101,Dr Ng']]),
      us,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.patient.lastName)).toEqual([want]);
  });

  it('is not held again once a person confirmed the mapping on one held for its code page', async () => {
    const files = exportFiles('dos-code-page');
    const profile = confirmedProfile(
      files,
      {
        date: 'Date',
        time: 'Time',
        patientName: 'Patient',
        dob: 'DOB',
        patientId: 'Chart #',
        providerName: 'Provider',
      },
      HEAD.split(','),
    );
    // Juárez: á 0xE1 after a vowel reads `Jußrez` in code page 850, which fits as well.
    const first = write('first.csv', [
      [HEAD],
      ['03/02/2027,9:00 AM,"Ju', 0xe1, 'rez, Ana",04/05/1980,101,Dr Ng'],
    ]);
    const held = await collect(first, { ...us, profile });
    expect(held.summary.doubts).toMatchObject([{ check: 'dos-code-page', samples: ['Jußrez / Juárez'] }]);
    await answerOn(profile, first, { ...us, profile });
    const later = write('later.csv', [
      [HEAD],
      ['03/02/2027,9:00 AM,"Su', 0xe1, 'rez, Ana",04/05/1980,101,Dr Ng'],
    ]);
    const r = await collect(later, { ...us, profile });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.patient.lastName)).toEqual(['Suárez']);
  });
});
