// Appointment lists of countries the connector had not met (Poland, Czechia, Hungary, Belgium,
// Chile, Finland, Turkey, Japan, China, Korea, the Netherlands' Tetra states, Italy's codice
// fiscale): each once refused or held, each beside its neighbour that must still be held or fail
// its row. Expected values worked out by hand from the lines below; the practice's zone is the
// country's.
import { describe, expect, it } from 'vitest';
import { carriesBirthDate } from '../../../main/import/map/birth-date-numbers.ts';
import { looksGarbled } from '../../../main/import/map/garbled-text.ts';
import { headerConcepts } from '../../../main/import/map/header-meaning.ts';
import { parseDate } from '../../../main/import/map/parse-date.ts';
import { parseTime } from '../../../main/import/map/parse-time.ts';
import { japaneseText } from '../../../main/import/read/shift-jis.ts';
import { collect, startsAndNames as summaryOf, tempFiles } from './support.ts';

const file = tempFiles();

const POLISH = [
  'Data wizyty;Godzina;Nazwisko;Imię;PESEL;Data urodzenia;Lekarz;Status wizyty',
  '15.03.2027;8:00;Kowalski;Jan;85042312345;23.04.1985;lek. Anna Nowak;Zrealizowana',
  '15.03.2027;8:20;Wiśniewska;Małgorzata;92110854321;08.11.1992;lek. Anna Nowak;Anulowana przez pacjenta',
  '15.03.2027;8:40;Zając;Łukasz;01270311118;03.07.2001;lek. Anna Nowak;Nie stawił się',
  '29.03.2027;12:00;Kowalski;Jan;85042312345;23.04.1985;lek. Anna Nowak;Zaplanowana',
];

describe('Central European lists', () => {
  it('a Polish visit list goes: Nazwisko, Imię read, PESEL no patient id', async () => {
    // It had been refused: no name column was found among Nazwisko, Imię.
    const r = await collect(file('wizyty.csv', POLISH), { timeZone: 'Europe/Warsaw' });
    expect(r.summary.doubts).toEqual([]);
    // Warsaw: CET (+01:00) on 15 March, CEST (+02:00) from 28 March
    expect(summaryOf(r)).toEqual([
      ['NEW', '2027-03-15T07:00:00.000Z', 'Jan', 'Kowalski', '1985-04-23'],
      ['CANCEL', '2027-03-15T07:20:00.000Z', 'Małgorzata', 'Wiśniewska', '1992-11-08'],
      ['NEW', '2027-03-15T07:40:00.000Z', 'Łukasz', 'Zając', '2001-07-03'],
      ['NEW', '2027-03-29T10:00:00.000Z', 'Jan', 'Kowalski', '1985-04-23'],
    ]);
    for (const a of r.appointments) expect(a.patient.patientId).not.toMatch(/^\d{11}$/);
  });

  it('a Polish visit not carried out (Niezrealizowana: missed, or called off?) is still asked', async () => {
    const lines = POLISH.map((l) => l.replace('Nie stawił się', 'Niezrealizowana'));
    const r = await collect(file('wizyty.csv', lines), { timeZone: 'Europe/Warsaw' });
    expect(r.summary.doubts).toMatchObject([{ kind: 'status', samples: ['Niezrealizowana'] }]);
  });

  it('a Hungarian list with year-first dotted dates goes', async () => {
    const r = await collect(
      file('idopontok.csv', [
        'Dátum;Időpont;Vezetéknév;Keresztnév;TAJ szám;Születési dátum;Orvos;Állapot',
        '2027. 03. 15.;8:00;Kovács;Anna;123 456 789;1979. 06. 04.;Dr. Nagy Péter;Megjelent',
        '2027. 03. 15.;8:30;Tóth;Gábor;987 654 321;1990. 02. 11.;Dr. Nagy Péter;Ügyfél által lemondva',
        '2027.03.29.;10:15;Szabó;Éva;456 789 123;1965.10.30.;Dr. Nagy Péter;Meg nem jelent',
      ]),
      { timeZone: 'Europe/Budapest' },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(summaryOf(r)).toEqual([
      ['NEW', '2027-03-15T07:00:00.000Z', 'Anna', 'Kovács', '1979-06-04'],
      ['CANCEL', '2027-03-15T07:30:00.000Z', 'Gábor', 'Tóth', '1990-02-11'],
      ['NEW', '2027-03-29T08:15:00.000Z', 'Éva', 'Szabó', '1965-10-30'],
    ]);
  });
});

describe('Czech names, Belgian bilingual headers, Chilean surnames', () => {
  it('a Czech list goes: Tomáš Černý is no garbled name, the rodné číslo no patient id', async () => {
    const r = await collect(
      file('objednavky.csv', [
        'Datum;Čas;Příjmení;Jméno;Rodné číslo;Datum narození;Lékař;Stav',
        '15.03.2027;8:00;Novák;Petr;800312/1234;12.03.1980;MUDr. Jana Dvořáková;Dorazil',
        '15.03.2027;8:20;Svobodová;Lucie;915624/5678;24.06.1991;MUDr. Jana Dvořáková;Zrušeno',
        '16.03.2027;9:00;Černý;Tomáš;751105/0012;05.11.1975;MUDr. Jana Dvořáková;Objednáno',
      ]),
      { timeZone: 'Europe/Prague' },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.errors).toEqual([]);
    // Prague: CET (+01:00)
    expect(summaryOf(r)).toEqual([
      ['NEW', '2027-03-15T07:00:00.000Z', 'Petr', 'Novák', '1980-03-12'],
      ['CANCEL', '2027-03-15T07:20:00.000Z', 'Lucie', 'Svobodová', '1991-06-24'],
      ['NEW', '2027-03-16T08:00:00.000Z', 'Tomáš', 'Černý', '1975-11-05'],
    ]);
  });

  it('š and ž after an accented letter are letters; after Ã, Ä, Å they are still UTF-8 read wrongly', () => {
    expect(looksGarbled('Tomáš')).toBe(false);
    expect(looksGarbled('Míša Kůžel')).toBe(false);
    expect(looksGarbled('Ãšrsula')).toBe(true); // Úrsula
    expect(looksGarbled('Åžahin')).toBe(true); // Şahin
    expect(looksGarbled('JosÃ©')).toBe(true);
  });

  it('a Belgian list with French/Dutch headers goes (Heure/Uur had been asked about)', async () => {
    const r = await collect(
      file('rdv.csv', [
        'Date/Datum;Heure/Uur;Nom/Naam;Prénom/Voornaam;Date de naissance/Geboortedatum;NISS/INSZ;Statut/Status',
        '15/03/2027;09:00;Peeters;Jan;12/06/1985;85.06.12-123.45;Confirmé',
        '16/03/2027;10:00;Dubois;Marie;03/01/1990;90.01.03-456.78;Annulé',
      ]),
      { timeZone: 'Europe/Brussels' },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(summaryOf(r)).toEqual([
      ['NEW', '2027-03-15T08:00:00.000Z', 'Jan', 'Peeters', '1985-06-12'],
      ['CANCEL', '2027-03-16T09:00:00.000Z', 'Marie', 'Dubois', '1990-01-03'],
    ]);
  });

  it('Apellido Paterno is the last name beside Apellido Materno (it had been asked which)', () => {
    expect(headerConcepts('Apellido Paterno')).toEqual(new Set(['last', 'name']));
    expect(headerConcepts('Apellido Materno')).toEqual(new Set(['last', 'name', 'second']));
    expect(headerConcepts('Segundo Apellido')).toEqual(headerConcepts('Apellido Materno'));
  });
});

describe('Finnish and Turkish lists', () => {
  it('a Finnish list goes: dotted times, henkilötunnus no patient id', async () => {
    const r = await collect(
      file('ajanvaraukset.csv', [
        'Päivämäärä;Aika;Sukunimi;Etunimi;Henkilötunnus;Syntymäaika;Lääkäri;Tila',
        '15.3.2027;8.30;Virtanen;Matti;120385-123A;12.3.1985;Laakso Liisa;Saapunut',
        '15.3.2027;9.00;Korhonen;Aino;050799-456B;5.7.1999;Laakso Liisa;Peruttu',
        '16.3.2027;13.15;Mäkinen;Eero;231160-789C;23.11.1960;Laakso Liisa;Ei saapunut',
      ]),
      { timeZone: 'Europe/Helsinki' },
    );
    expect(r.summary.doubts).toEqual([]);
    // Helsinki: EET (+02:00) until 28 March
    expect(summaryOf(r)).toEqual([
      ['NEW', '2027-03-15T06:30:00.000Z', 'Matti', 'Virtanen', '1985-03-12'],
      ['CANCEL', '2027-03-15T07:00:00.000Z', 'Aino', 'Korhonen', '1999-07-05'],
      ['NEW', '2027-03-16T11:15:00.000Z', 'Eero', 'Mäkinen', '1960-11-23'],
    ]);
    for (const a of r.appointments) expect(a.patient.patientId).not.toMatch(/^\d{6}[-+A]/);
  });

  it('a Turkish list goes: Hasta Adı is the patient, İptal cancels', async () => {
    const r = await collect(
      file('randevular.csv', [
        'Tarih;Saat;Hasta Adı;Hasta Soyadı;TC Kimlik No;Doğum Tarihi;Doktor;Durum',
        '15.03.2027;09:00;Ayşe;Yılmaz;10000000146;12.04.1985;Dr. Mehmet Demir;Geldi',
        '15.03.2027;09:30;Mehmet;Kaya;20000000182;03.11.1972;Dr. Mehmet Demir;Gelmedi',
        '16.03.2027;10:00;Zeynep;Çelik;30000000218;28.06.1999;Dr. Mehmet Demir;İptal',
      ]),
      { timeZone: 'Europe/Istanbul' },
    );
    expect(r.summary.doubts).toEqual([]);
    // Istanbul: +03:00 all year
    expect(summaryOf(r)).toEqual([
      ['NEW', '2027-03-15T06:00:00.000Z', 'Ayşe', 'Yılmaz', '1985-04-12'],
      ['NEW', '2027-03-15T06:30:00.000Z', 'Mehmet', 'Kaya', '1972-11-03'],
      ['CANCEL', '2027-03-16T07:00:00.000Z', 'Zeynep', 'Çelik', '1999-06-28'],
    ]);
  });

  it('Turkish Hasta is the patient only before a name word: Spanish Hasta stays the end', () => {
    expect(headerConcepts('Hasta Adı')).toEqual(new Set(['patient', 'first', 'name']));
    expect(headerConcepts('Hasta').has('end')).toBe(true);
    expect(headerConcepts('Hora hasta').has('patient')).toBe(false);
  });
});

const JAPANESE = [
  '予約日,開始時刻,患者番号,姓,名,生年月日,状態',
  '2027/03/15 (月),9:30,000123,山田,太郎,1975/04/02,来院済',
  '2027/03/15 (月),10:00,000456,鈴木,花子,1988/11/20,キャンセル',
  '2027/03/16 (火),11:00,000789,高橋,一郎,1950/01/08,無断キャンセル',
];

describe('Japanese, Chinese and Korean lists', () => {
  it('a Japanese reservation list goes: 姓 and 名, a weekday after the date, 無断キャンセル a no-show', async () => {
    const r = await collect(file('yoyaku.csv', JAPANESE), { timeZone: 'Asia/Tokyo' });
    expect(r.summary.doubts).toEqual([]);
    // Tokyo: +09:00, no summer time
    expect(summaryOf(r)).toEqual([
      ['NEW', '2027-03-15T00:30:00.000Z', '太郎', '山田', '1975-04-02'],
      ['CANCEL', '2027-03-15T01:00:00.000Z', '花子', '鈴木', '1988-11-20'],
      ['NEW', '2027-03-16T02:00:00.000Z', '一郎', '高橋', '1950-01-08'],
    ]);
    expect(r.appointments.map((a) => a.patient.patientId)).toEqual(['000123', '000456', '000789']);
  });

  it('a weekday that is not the date’s is a row error, never sent', async () => {
    const lines = JAPANESE.map((l) => l.replace('2027/03/16 (火)', '2027/03/16 (水)'));
    const r = await collect(file('yoyaku.csv', lines), { timeZone: 'Asia/Tokyo' });
    expect(r.appointments).toHaveLength(2);
    expect(r.errors.map((e) => e.line)).toEqual([4]);
  });

  it('保留 (on hold: will it take place?) is still asked', async () => {
    const lines = JAPANESE.map((l) => l.replace('来院済', '保留'));
    const r = await collect(file('yoyaku.csv', lines), { timeZone: 'Asia/Tokyo' });
    expect(r.summary.doubts).toMatchObject([{ kind: 'status', samples: ['保留'] }]);
  });

  it('a Shift_JIS file (Japanese Windows) is read as Japanese', async () => {
    // The first two lines of JAPANESE above, status キャンセル, in code page 932.
    const hex =
      '975c96f193fa2c8a4a8e6e8e9e8d8f2c8ab38ed294d48d862c90a92c96bc2c90b6944e8c8e93fa2c8ff391d40a' +
      '323032372f30332f313520288c8e292c393a33302c3030303132332c8e5293632c91be98592c313937352f30342f30322c834c83838393835a838b0a';
    const r = await collect(file('yoyaku.csv', Buffer.from(hex, 'hex')), { timeZone: 'Asia/Tokyo' });
    expect(r.summary.doubts).toEqual([]);
    expect(summaryOf(r)).toEqual([['CANCEL', '2027-03-15T00:30:00.000Z', '太郎', '山田', '1975-04-02']]);
  });

  it('Polish Windows-1250 bytes that decode as Shift_JIS too are no Japanese text', () => {
    // `Wiśniewska`: ś is 0x9C, which Shift_JIS reads with the `n` after it as one kanji.
    expect(japaneseText(Buffer.from('57699c6e696577736b61', 'hex'))).toBeUndefined();
    expect(japaneseText(Buffer.from('8e5293632c91be9859', 'hex'))).toBe('山田,太郎');
  });

  it('a Chinese list goes: 姓 and 名, 2027年3月15日 星期一, 病历号 the patient id', async () => {
    const r = await collect(
      file('yuyue.csv', [
        '预约日期,预约时间,病历号,姓,名,出生日期,状态',
        '2027年3月15日 星期一,09:30,A1001,王,小明,1985年6月1日,已到诊',
        '2027年3月16日 星期二,10:00,A1002,张,丽,1990年12月3日,已取消',
      ]),
      { timeZone: 'Asia/Shanghai' },
    );
    expect(r.summary.doubts).toEqual([]);
    // Shanghai: +08:00
    expect(summaryOf(r)).toEqual([
      ['NEW', '2027-03-15T01:30:00.000Z', '小明', '王', '1985-06-01'],
      ['CANCEL', '2027-03-16T02:00:00.000Z', '丽', '张', '1990-12-03'],
    ]);
    expect(r.appointments.map((a) => a.patient.patientId)).toEqual(['A1001', 'A1002']);
  });

  it('午前 and 午後 before the time are AM and PM (時間 had been asked about, its values unread)', async () => {
    const r = await collect(
      file('yoyaku.csv', [
        '予約日,時間,患者番号,姓,名,生年月日,状態',
        '2027/03/15 (月),午前9:30,000123,山田,太郎,1975/04/02,予約',
        '2027/03/15 (月),午後12:30,000789,高橋,一郎,1950/01/08,予約',
        '2027/03/15 (月),午後2:00,000456,鈴木,花子,1988/11/20,予約',
      ]),
      { timeZone: 'Asia/Tokyo' },
    );
    expect(r.summary.doubts).toEqual([]);
    // 9:30, 12:30 and 14:00 in Tokyo (+09:00)
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-15T00:30:00.000Z',
      '2027-03-15T03:30:00.000Z',
      '2027-03-15T05:00:00.000Z',
    ]);
    const at = (t: string) => {
      const p = parseTime(t);
      return p.ok ? `${p.time.hour}:${p.time.minute}` : 'no';
    };
    expect(at('오후 2:30')).toBe('14:30');
    expect(at('上午10:05')).toBe('10:5');
    expect(at('午後13:00')).toBe('no'); // no thirteen o'clock in the afternoon
  });

  it('year-first dates in Hungarian, Korean, Japanese and Chinese styles', () => {
    const read = (t: string) => {
      const r = parseDate(t, { order: 'MDY' });
      return r.ok ? `${r.date.year}-${r.date.month}-${r.date.day}` : r.reason;
    };
    expect(read('2027. 03. 15.')).toBe('2027-3-15');
    expect(read('2027. 3. 5.')).toBe('2027-3-5'); // Korean, no leading zeros
    expect(read('2027년 3월 15일 (월)')).toBe('2027-3-15');
    expect(read('2027年3月15日（月）')).toBe('2027-3-15');
    expect(read('2027-03-15 月曜日')).toBe('2027-3-15');
    expect(read('2027/03/15 (Mon)')).toBe('2027-3-15');
    expect(read('2027/03/15 周一')).toBe('2027-3-15');
    expect(read('2027/03/14 (日)')).toBe('2027-3-14'); // 14 March 2027 is a Sunday
    expect(read('2027/03/15 (日)')).toMatch(/Monday/);
    expect(read('2027. 02. 30.')).toMatch(/not a real date/);
    expect(read('2027/03/15 foo')).toBe('not a date');
  });
});

describe('Korean headers and a Portuguese list', () => {
  it('Korean headers are known as written: NFKD had taken 환자명 apart into its letters', () => {
    expect(headerConcepts('환자명')).toEqual(new Set(['patient', 'name']));
    expect(headerConcepts('생년월일')).toEqual(new Set(['dob']));
    expect(headerConcepts('예약시간')).toEqual(new Set(['appt', 'time']));
  });

  it('a Portuguese list: Nome the given names, Apelidos the surnames, N.º Processo the patient id', async () => {
    // Apelidos unknown, `Maria João` had gone as given name Maria, surname João.
    const r = await collect(
      file('marcacoes.csv', [
        'Data;Hora;N.º Processo;Nome;Apelidos;NIF;Data Nasc.;Estado',
        '15/03/2027;09:00;P-00871;Maria João;Ferreira Santos;212345678;04/06/1972;Realizada',
        '29/03/2027;16:15;P-01305;Gonçalo;Araújo;245678901;08/12/2015;Desmarcada',
      ]),
      { timeZone: 'Europe/Lisbon' },
    );
    expect(r.summary.doubts).toEqual([]);
    // Lisbon: UTC+0 on 15 March, UTC+1 from 28 March
    expect(summaryOf(r)).toEqual([
      ['NEW', '2027-03-15T09:00:00.000Z', 'Maria João', 'Ferreira Santos', '1972-06-04'],
      ['CANCEL', '2027-03-29T15:15:00.000Z', 'Gonçalo', 'Araújo', '2015-12-08'],
    ]);
    expect(r.appointments.map((a) => a.patient.patientId)).toEqual(['P-00871', 'P-01305']);
  });

  it('the SNS user number beside the process number: which is the patient id is asked', async () => {
    const r = await collect(
      file('marcacoes.csv', [
        'Data;Hora;N.º Processo;Nome;Apelidos;N.º Utente;Data Nasc.;Estado',
        '15/03/2027;09:00;P-00871;Maria João;Ferreira Santos;123456789;04/06/1972;Realizada',
      ]),
      { timeZone: 'Europe/Lisbon' },
    );
    expect(r.summary.doubts).toMatchObject([{ kind: 'column', field: 'patientId' }]);
  });
});

describe('national numbers that carry the birth date', () => {
  it('in a shifted month, a century sign or letters', () => {
    expect(carriesBirthDate('01270311118', '03.07.2001')).toBe(true); // PESEL, month +20 after 2000
    expect(carriesBirthDate('855612/1234', '12.06.1985')).toBe(true); // rodné číslo, a woman: +50
    expect(carriesBirthDate('120385-123A', '12.3.1985')).toBe(true); // henkilötunnus
    expect(carriesBirthDate('010105A123B', '1.1.2005')).toBe(true); // henkilötunnus, 2000s sign A
    expect(carriesBirthDate('85.06.12-123.45', '12/06/1985')).toBe(true); // Belgian register number
    expect(carriesBirthDate('BNCGLI92M45F205X', '05/08/1992')).toBe(true); // codice fiscale, a woman
    expect(carriesBirthDate('RSSMRA80A01H50MU', '01/01/1980')).toBe(true); // omocodia: M for 1
    expect(carriesBirthDate('RSSMRA80A01H501U', '02/01/1980')).toBe(false);
    expect(carriesBirthDate('120385-123A', '13.3.1985')).toBe(false);
    expect(carriesBirthDate('F10023', '12.06.1985')).toBe(false);
  });

  it('an Italian CF column is not asked about as the patient id; codes of other birth dates still are', async () => {
    const lines = [
      'Data;Ora;Cognome;Nome;CF;Data di nascita;Stato',
      '15/03/2027;09:00;Rossi;Mario;RSSMRA80A01H501U;01/01/1980;Confermato',
      '15/03/2027;09:30;Bianchi;Giulia;BNCGLI92M45F205X;05/08/1992;Annullato',
      '16/03/2027;10:00;Verdi;Luca;VRDLCU70C12L219Q;12/03/1970;Confermato',
    ];
    const r = await collect(file('agenda.csv', lines), { timeZone: 'Europe/Rome' });
    expect(r.summary.doubts).toEqual([]);
    expect(summaryOf(r)).toEqual([
      ['NEW', '2027-03-15T08:00:00.000Z', 'Mario', 'Rossi', '1980-01-01'],
      ['CANCEL', '2027-03-15T08:30:00.000Z', 'Giulia', 'Bianchi', '1992-08-05'],
      ['NEW', '2027-03-16T09:00:00.000Z', 'Luca', 'Verdi', '1970-03-12'],
    ]);
    const other = lines.map((l) =>
      l.replace('/1980;', '/1981;').replace('/1992;', '/1993;').replace('/1970;', '/1971;'),
    );
    const held = await collect(file('agenda.csv', other), { timeZone: 'Europe/Rome' });
    expect(held.summary.doubts).toMatchObject([{ column: 'CF' }]);
  });
});

describe('the Netherlands: Tetra appointment states', () => {
  it('Gebeurd, Bezig, Niet aanwezig are appointments; Verplaatst is still asked', async () => {
    const lines = [
      'Datum;Tijd;Achternaam;Voornaam;Geboortedatum;Status',
      '15-03-2027;08.30;Visser;Sanne;04-11-1962;Gebeurd',
      '15-03-2027;08.40;Smit;Bram;23-02-1990;Bezig',
      '15-03-2027;08.50;Mulder;Eva;12-01-2003;Niet aanwezig',
    ];
    const r = await collect(file('agenda.csv', lines), { timeZone: 'Europe/Amsterdam' });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.status)).toEqual(['NEW', 'NEW', 'NEW']);
    const moved = await collect(
      file(
        'agenda.csv',
        lines.map((l) => l.replace('Bezig', 'Verplaatst')),
      ),
      {
        timeZone: 'Europe/Amsterdam',
      },
    );
    expect(moved.summary.doubts).toMatchObject([{ kind: 'status', samples: ['Verplaatst'] }]);
  });
});

describe('Portuguese surname columns', () => {
  const lines = (surname: string): string[] => [
    `Data;Hora;Nome;${surname};Data Nasc.;Médico;Estado`,
    '15/03/2027;09:00;Maria João;Ferreira;04/06/1972;Dr.ª Inês Rocha;Marcada',
    '15/03/2027;09:30;José;Pereira;11/02/1950;Dr.ª Inês Rocha;Marcada',
  ];

  it("a lone 'Apelido' (Portugal's surname, Brazil's nickname) is asked, never left out", async () => {
    // Unread, 'Maria João' had gone as given name Maria, surname João.
    const r = await collect(file('marcacoes.csv', lines('Apelido')), { timeZone: 'Europe/Lisbon' });
    expect(r.summary.doubts).toMatchObject([{ kind: 'column', field: 'lastName', column: 'Apelido' }]);
  });

  it("Brazil's 'Sobrenome' is the surname", async () => {
    const r = await collect(file('agenda.csv', lines('Sobrenome')), { timeZone: 'America/Sao_Paulo' });
    expect(r.summary.doubts).toEqual([]);
    // São Paulo: UTC-3 all year (no daylight saving since 2019)
    expect(summaryOf(r)).toEqual([
      ['NEW', '2027-03-15T12:00:00.000Z', 'Maria João', 'Ferreira', '1972-06-04'],
      ['NEW', '2027-03-15T12:30:00.000Z', 'José', 'Pereira', '1950-02-11'],
    ]);
  });
});
