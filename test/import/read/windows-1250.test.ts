// Central European Windows (code page 1250), what a Polish or Czech practice program writes for an
// "ANSI" export: read as Windows-1252, `Małgorzata Wiśniewska` had gone to the portal as
// `Ma³gorzata Wiœniewska` without a question (`³` was no garbling the row check knew), the
// provider `Łukasz Żak` as `£ukasz ¯ak`. Files written here as bytes; expected names by hand
// (ł 0xB3, ś 0x9C, Ł 0xA3, Ż 0xAF, ę 0xEA, ź 0x9F, ě 0xEC, ř 0xF8, č 0xE8 in code page 1250).
import { collect } from '../convert/support.ts';
import { lineBytes, tempDir } from './read-helpers.ts';

let t: ReturnType<typeof tempDir>;
beforeEach(() => (t = tempDir()));
afterEach(() => t.cleanup());

const write = (name: string, lines: Array<Array<number | string>>): string =>
  t.write(name, lineBytes(lines, 'crlf'));
const names = (r: Awaited<ReturnType<typeof collect>>): string[] =>
  r.appointments.map((a) => `${a.patient.firstName} ${a.patient.lastName}`);

describe('a file in code page 1250', () => {
  it('is read so when Windows-1252 misreads a letter and code page 1250 reads them all (Poland)', async () => {
    const r = await collect(
      write('pl.csv', [
        ['Date;Time;Patient;DOB;Provider;Status'],
        [
          '12.04.2027;08:00;Wi',
          0x9c,
          'niewska, Ma',
          0xb3,
          'gorzata;14.03.1978;dr ',
          0xa3,
          'ukasz ',
          0xaf,
          'ak;Confirmed',
        ],
        [
          '12.04.2027;08:30;Gr',
          0xea,
          0x9f,
          'lak, Pawe',
          0xb3,
          ';02.11.1985;dr ',
          0xa3,
          'ukasz ',
          0xaf,
          'ak;Confirmed',
        ],
        ['12.04.2027;09:00;Nowak, Anna;01.01.1981;dr ', 0xa3, 'ukasz ', 0xaf, 'ak;Confirmed'],
        ['12.04.2027;09:30;Kowalczyk, Zofia;02.02.1982;dr ', 0xa3, 'ukasz ', 0xaf, 'ak;Confirmed'],
      ]),
      { timeZone: 'Europe/Warsaw' },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.errors).toEqual([]);
    expect(names(r)).toEqual(['Małgorzata Wiśniewska', 'Paweł Gręźlak', 'Anna Nowak', 'Zofia Kowalczyk']);
    expect(r.appointments[0]!.participant.providerName).toBe('dr Łukasz Żak');
  });

  it('a Western file that reads right in Windows-1252 stays so (Peña is not Peńa, Adèle not Adčle)', async () => {
    // ñ 0xF1 (ń in code page 1250), è 0xE8 (č)
    const r = await collect(
      write('fr.csv', [
        ['Date;Time;Patient;DOB;Provider;Status'],
        ['12.04.2027;08:00;Pe', 0xf1, 'a, Ad', 0xe8, 'le;14.03.1978;Dr Martin;Confirmed'],
      ]),
      { timeZone: 'Europe/Paris' },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(names(r)).toEqual(['Adèle Peña']);
  });
});
