// Files from Windows in Israel (1255), Korea (949), Turkey (1254) and Cyrillic countries (1251),
// and in code pages the connector does not read (Greek 1253): read as Windows-1252 all of them had gone to
// the portal as Latin-looking garbage (`Éåñé` for יוסי, `Ayþe` for Ayşe, `Ãéþñãïò` for Γιώργος).
// Bytes written here by hand from each code page's table; expected names by hand.
import { collect } from '../convert/support.ts';
import { lineBytes, tempDir } from './read-helpers.ts';

let t: ReturnType<typeof tempDir>;
beforeEach(() => (t = tempDir()));
afterEach(() => t.cleanup());

const HEAD = ['Date,Time,Chart,Last Name,First Name,DOB,Status'];
const write = (lines: Array<Array<number | string>>): string =>
  t.write('export.csv', lineBytes([HEAD, ...lines], 'crlf'));
const names = (r: Awaited<ReturnType<typeof collect>>): string[] =>
  r.appointments.map((a) => `${a.patient.firstName} ${a.patient.lastName}`);

describe('code pages of non-Western Windows', () => {
  it('Hebrew Windows (1255): יוסי כהן, not Éåñé Ëäï; a right-to-left mark before a date is no letter', async () => {
    // כ 0xEB, ה 0xE4, ן 0xEF; י 0xE9, ו 0xE5, ס 0xF1; ל 0xEC; מ 0xEE; RLM 0xFE
    const r = await collect(
      write([
        ['14/03/2027,08:30,5021,', 0xeb, 0xe4, 0xef, ',', 0xe9, 0xe5, 0xf1, 0xe9, ',03/07/1978,Booked'],
        [0xfe, '14/03/2027,09:00,5188,', 0xec, 0xe5, 0xe9, ',', 0xee, 0xe9, 0xeb, 0xec, ',21/11/1985,Booked'],
      ]),
      { timeZone: 'Asia/Jerusalem' },
    );
    expect(r.errors).toEqual([]);
    expect(names(r)).toEqual(['יוסי כהן', 'מיכל לוי']);
    // 14 March 2027 is before Israel's summer time (from 26 March): UTC+2
    expect(r.appointments[1]!.start.toISOString()).toBe('2027-03-14T07:00:00.000Z');
  });

  it('Korean Windows (949): 김민준, though its bytes are Shift_JIS half-width katakana too', async () => {
    // 김 B1E8, 민 B9CE, 준 C1D8; 이 C0CC, 서 BCAD, 연 BFAC
    const r = await collect(
      write([
        ['2027-03-15,09:30,412,', 0xb1, 0xe8, ',', 0xb9, 0xce, 0xc1, 0xd8, ',1975-05-12,Booked'],
        ['2027-03-15,10:00,587,', 0xc0, 0xcc, ',', 0xbc, 0xad, 0xbf, 0xac, ',1988-02-03,Booked'],
      ]),
      { timeZone: 'Asia/Seoul' },
    );
    expect(r.errors).toEqual([]);
    expect(names(r)).toEqual(['민준 김', '서연 이']);
  });

  it('Turkish Windows (1254): Ayşe Yılmaz and İsmail Şahin, not Ayþe Yýlmaz and Ýsmail Þahin', async () => {
    // ş 0xFE, ı 0xFD, İ 0xDD, Ş 0xDE (Windows-1252's þ, ý, Ý, Þ)
    const r = await collect(
      write([
        ['15.03.2027,09:00,20451,Y', 0xfd, 'lmaz,Ay', 0xfe, 'e,14.06.1983,Booked'],
        ['15.03.2027,09:30,20477,', 0xde, 'ahin,', 0xdd, 'smail,25.09.1958,Booked'],
      ]),
      { timeZone: 'Europe/Istanbul' },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(names(r)).toEqual(['Ayşe Yılmaz', 'İsmail Şahin']);
  });

  it('an Icelandic file in Windows-1252 is read so, and held: its ð and Þ are Turkish ğ and Ş in 1254', async () => {
    // ð 0xF0, ú 0xFA, Þ 0xDE, ó 0xF3: á, ó, ú are no Turkish letters, so Turkish is not taken
    const r = await collect(
      write([['15/03/2027,09:00,101,Gu', 0xf0, 'mundsd', 0xf3, 'ttir,', 0xde, 0xf3, 'ra,14/06/1983,Booked']]),
      { timeZone: 'Atlantic/Reykjavik' },
    );
    expect(names(r)).toEqual(['Þóra Guðmundsdóttir']);
    expect(r.summary.doubts).toMatchObject([
      {
        kind: 'encoding',
        check: 'turkish-code-page',
        samples: ['Guğmundsdóttir / Guðmundsdóttir', 'Şóra / Þóra'],
      },
    ]);
  });

  it('Greek (1253) is refused with the words that show it and how to save the file, never sent', async () => {
    // Γ 0xC3, ι 0xE9, ώ 0xFE, ρ 0xF1, γ 0xE3, ο 0xEF, ς 0xF2
    const file = write([
      [
        '15/03/2027,09:00,20451,Papadopoulos,',
        0xc3,
        0xe9,
        0xfe,
        0xf1,
        0xe3,
        0xef,
        0xf2,
        ',14/06/1983,Booked',
      ],
    ]);
    await expect(collect(file, { timeZone: 'Europe/Athens' })).rejects.toThrow(
      /not a Western language .*'Ãéþñãïò'.*CSV UTF-8/,
    );
  });

  it('Cyrillic (1251) after 64 KB of plain ASCII rows is read when it comes (Олена, not Îëåíà)', async () => {
    // О 0xCE, л 0xEB, е 0xE5, н 0xED, а 0xE0: read as Windows-1252 `Îëåíà`
    const ascii = Array.from({ length: 1500 }, (_, i) => [
      `15.03.2027,09:00,${10000 + i},Smith,Anna,14.06.1983,Booked`,
    ]);
    const file = write([
      ...ascii,
      ['15.03.2027,09:30,20477,Petrenko,', 0xce, 0xeb, 0xe5, 0xed, 0xe0, ',25.09.1958,Booked'],
    ]);
    const r = await collect(file, { timeZone: 'Europe/Kyiv' });
    expect(r.errors).toEqual([]);
    expect(names(r).at(-1)).toBe('Олена Petrenko');
  });
});
