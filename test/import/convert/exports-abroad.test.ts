// Appointment lists of countries the connector had not met (Sweden, Norway, Denmark, the UK's
// physiotherapy diaries, South Africa, Switzerland, Portugal): each once refused, held or misread,
// each beside its neighbour that must still be held. Expected values worked out by hand from the
// lines below; the practice's zone is the country's.
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { headerConcepts, headerRowConcepts, headerScore } from '../../../main/import/map/header-meaning.ts';
import { beginsWithBirthDate } from '../../../main/import/map/birth-date-numbers.ts';
import { monthFromName, weekdayFromName } from '../../../main/import/map/month-names.ts';
import { looksLikePersonName } from '../../../main/import/map/names.ts';
import { formatRowError } from '../../../main/model/row-error.ts';
import { collect, startsAndNames as summaryOf, tempDir, writeLines } from './support.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function file(name: string, lines: string[]): string {
  const dir = tempDir();
  dirs.push(dir);
  return writeLines(dir, name, lines);
}

const SWEDISH = [
  'Datum;Tid;Personnummer;Efternamn;Förnamn;Födelsedatum;Behandlare;Status',
  '2027-03-02;08.30;19850612-2384;Lindqvist;Anna-Karin;1985-06-12;Dr Erik Holm;Ankommen',
  '2027-03-02;09.00;19720104-1117;af Klercker;Johan;1972-01-04;Dr Erik Holm;Uteblev',
  '2027-03-02;09.30;20011130-4426;Öberg;Märta;2001-11-30;Dr Erik Holm;Återbud',
  '2027-03-29;10.15;19850612-2384;Lindqvist;Anna-Karin;1985-06-12;Dr Erik Holm;Bokad',
];

describe('Scandinavian appointment lists', () => {
  it('a Swedish Bokade tider list goes: names, birth date, dotted times and status words read', async () => {
    // It had been refused: no name column was found among Efternamn, Förnamn.
    const r = await collect(file('bokade.csv', SWEDISH), { timeZone: 'Europe/Stockholm' });
    expect(r.summary.doubts).toEqual([]);
    // Stockholm: CET (+01:00) on 2 March, CEST (+02:00) from 28 March
    expect(summaryOf(r)).toEqual([
      ['NEW', '2027-03-02T07:30:00.000Z', 'Anna-Karin', 'Lindqvist', '1985-06-12'],
      ['NEW', '2027-03-02T08:00:00.000Z', 'Johan', 'af Klercker', '1972-01-04'],
      ['CANCEL', '2027-03-02T08:30:00.000Z', 'Märta', 'Öberg', '2001-11-30'],
      ['NEW', '2027-03-29T08:15:00.000Z', 'Anna-Karin', 'Lindqvist', '1985-06-12'],
    ]);
    // the personnummer is the state's number, never sent as the patient id
    for (const a of r.appointments) expect(a.patient.patientId).not.toContain('19850612');
  });

  it('a moved booking (Ombokad) is still asked', async () => {
    const lines = SWEDISH.map((l) => l.replace('Återbud', 'Ombokad'));
    const r = await collect(file('bokade.csv', lines), { timeZone: 'Europe/Stockholm' });
    expect(r.summary.doubts).toMatchObject([{ kind: 'status', samples: ['Ombokad'] }]);
  });

  it('a Norwegian timeliste goes; the fødselsnummer is no patient id', async () => {
    const r = await collect(
      file('timeliste.csv', [
        'Dato;Klokkeslett;Etternavn;Fornavn;Fødselsdato;Fødselsnummer;Behandler;Status',
        '02.03.2027;08:30;Haugen;Ola;12.06.1985;12068512345;Lege Kari Lie;Møtt',
        '02.03.2027;08:50;Bakke-Øvrebø;Ingrid;04.01.1972;04017254321;Lege Kari Lie;Ikke møtt',
        '02.03.2027;09:10;Sæther;Kristian;30.09.2011;30091198765;Lege Kari Lie;Avlyst',
        '29.03.2027;10:15;Haugen;Ola;12.06.1985;12068512345;Lege Kari Lie;Bestilt',
      ]),
      { timeZone: 'Europe/Oslo' },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(summaryOf(r)).toEqual([
      ['NEW', '2027-03-02T07:30:00.000Z', 'Ola', 'Haugen', '1985-06-12'],
      ['NEW', '2027-03-02T07:50:00.000Z', 'Ingrid', 'Bakke-Øvrebø', '1972-01-04'],
      ['CANCEL', '2027-03-02T08:10:00.000Z', 'Kristian', 'Sæther', '2011-09-30'],
      ['NEW', '2027-03-29T08:15:00.000Z', 'Ola', 'Haugen', '1985-06-12'],
    ]);
    for (const a of r.appointments) expect(a.patient.patientId).not.toMatch(/^\d{11}$/);
  });

  it('dates written out in Danish and Swedish are read (it had been refused: no date column)', async () => {
    const r = await collect(
      file('aftaler.csv', [
        'Dato;Tid;Navn;Fødselsdato;Status',
        'tirsdag 2. marts 2027;08:30;Mette Sørensen;12. juni 1985;Booket',
        'tirsdag 2. marts 2027;08:45;Ida Møller;30. september 2011;Aflyst',
      ]),
      { timeZone: 'Europe/Copenhagen' },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(summaryOf(r)).toEqual([
      ['NEW', '2027-03-02T07:30:00.000Z', 'Mette', 'Sørensen', '1985-06-12'],
      ['CANCEL', '2027-03-02T07:45:00.000Z', 'Ida', 'Møller', '2011-09-30'],
    ]);
  });

  it('a Swedish weekday that is not the day of its date is a row error, never sent', async () => {
    // 2 March 2027 is a Tuesday (tisdag), not a Wednesday (onsdag)
    const r = await collect(
      file('bokade.csv', [
        'Datum;Tid;Efternamn;Förnamn;Födelsedatum;Status',
        'ons 2 mars 2027;08:30;Lindqvist;Anna;12 juni 1985;Bokad',
      ]),
      { timeZone: 'Europe/Stockholm' },
    );
    expect(r.appointments).toEqual([]);
    expect(r.errors).toHaveLength(1);
  });

  it('Scandinavian month and weekday names', () => {
    expect(['januari', 'marts', 'maj', 'augusti', 'desember'].map(monthFromName)).toEqual([1, 3, 5, 8, 12]);
    expect(['tisdag', 'tirsdag', 'ons', 'lørdag', 'söndag'].map(weekdayFromName)).toEqual([2, 2, 3, 6, 0]);
    // `sön` is German `Sonntag` (Sunday) and `Sonnabend` (Saturday) alike: refused, never guessed
    expect(weekdayFromName('sön')).toBeUndefined();
  });

  it('Danish headers with ø and æ are read (Fødselsdato, Læge, Kl.)', () => {
    expect(headerConcepts('Fødselsdato')).toEqual(new Set(['dob']));
    expect(headerConcepts('Læge')).toEqual(new Set(['provider']));
    expect(headerConcepts('Kl.')).toEqual(new Set(['time']));
    expect(headerScore('patientId', headerConcepts('CPR-nr.'))).toBe(0);
  });
});

describe('names longer than four words for their titles and particles only', () => {
  it('are names', () => {
    expect(looksLikePersonName('Mrs Anne-Marie van der Merwe')).toBe(true);
    expect(looksLikePersonName('Dr Johannes van der Berg')).toBe(true);
    expect(looksLikePersonName('Sra. María José de la Cruz')).toBe(true);
  });

  it('a note of as many words is none', () => {
    expect(looksLikePersonName('Control de la presión arterial')).toBe(false);
    expect(looksLikePersonName('Patient to bring the referral letter')).toBe(false);
  });

  it('a UK diary of titled names goes (it had been held: the patient column in doubt)', async () => {
    const r = await collect(
      file('diary.csv', [
        'Date,Start Time,Patient,Patient No.,Date of Birth,Clinician,Status',
        '01/03/2027,09:00,Mrs Anne-Marie van der Merwe,10442,05/06/1979,Tom Evans,Attended',
        '01/03/2027,10:00,Mr Callum McLeod,10517,12/11/1994,Tom Evans,Did Not Attend',
        '29/03/2027,09:30,Mrs Anne-Marie van der Merwe,10442,05/06/1979,Tom Evans,Cancelled',
      ]),
      { timeZone: 'Europe/London' },
    );
    expect(r.summary.doubts).toEqual([]);
    // London: GMT on 1 March, BST (+01:00) from 28 March
    expect(summaryOf(r)).toEqual([
      ['NEW', '2027-03-01T09:00:00.000Z', 'Anne-Marie', 'van der Merwe', '1979-06-05'],
      ['NEW', '2027-03-01T10:00:00.000Z', 'Callum', 'McLeod', '1994-11-12'],
      ['CANCEL', '2027-03-29T08:30:00.000Z', 'Anne-Marie', 'van der Merwe', '1979-06-05'],
    ]);
  });
});

const GOODX = [
  'Date,Time,Patient Surname,Patient Name,ID Number,Date of Birth,Doctor,Status',
  '2027/03/02,08:00,van Wyk,Pieter,8506125012088,1985/06/12,Dr T Naidoo,Arrived',
  '2027/03/02,08:15,Nkosi,Thandiwe,9201040234081,1992/01/04,Dr T Naidoo,Booked',
  '2027/03/02,08:30,du Plessis,Johanna,7009300123082,1970/09/30,Dr T Naidoo,Cancelled',
];

describe("'Surname' and 'Name', and national numbers that begin with the birth date", () => {
  it('a GoodX diary goes: Name beside Surname is the given name, the SA ID number is not asked about', async () => {
    const r = await collect(file('diary.csv', GOODX), { timeZone: 'Africa/Johannesburg' });
    expect(r.summary.doubts).toEqual([]);
    // Johannesburg is UTC+02:00 all year
    expect(summaryOf(r)).toEqual([
      ['NEW', '2027-03-02T06:00:00.000Z', 'Pieter', 'van Wyk', '1985-06-12'],
      ['NEW', '2027-03-02T06:15:00.000Z', 'Thandiwe', 'Nkosi', '1992-01-04'],
      ['CANCEL', '2027-03-02T06:30:00.000Z', 'Johanna', 'du Plessis', '1970-09-30'],
    ]);
  });

  it('`Patient Name` is no given name beside a `Last Svc` (a date) or beside a first-name column', () => {
    const [name] = headerRowConcepts(['Patient Name', 'Last Svc', 'Appt Date']);
    expect(name!.has('first')).toBe(false);
    expect(headerRowConcepts(['Name', 'Surname', 'First Name'])[0]!.has('first')).toBe(false);
    expect(headerRowConcepts(['Patient Name', 'Patient Surname'])[0]).toEqual(
      new Set(['patient', 'first', 'name']),
    );
  });

  it('a number that does not begin with the birth date is still asked about', async () => {
    const lines = GOODX.map((l) =>
      l
        .replace('ID Number', 'Reg No')
        .replace('8506125012088', 'F10023')
        .replace('9201040234081', 'F10077')
        .replace('7009300123082', 'F10102'),
    );
    const r = await collect(file('diary.csv', lines), { timeZone: 'Africa/Johannesburg' });
    expect(r.summary.doubts).toMatchObject([{ column: 'Reg No' }]);
  });

  it('tells national numbers from chart numbers by the birth date at their head', () => {
    expect(beginsWithBirthDate('8506125012088', '1985/06/12')).toBe(true); // SA: YYMMDD
    expect(beginsWithBirthDate('19850612-2384', '1985-06-12')).toBe(true); // SE: YYYYMMDD
    expect(beginsWithBirthDate('120685-1234', '12-06-1985')).toBe(true); // DK: DDMMYY
    expect(beginsWithBirthDate('12068512345', '12.06.1985')).toBe(true); // NO: DDMMYY
    expect(beginsWithBirthDate('850612', '1985/06/12')).toBe(false); // too short to be one
    expect(beginsWithBirthDate('5012088506', '1985/06/12')).toBe(false);
    expect(beginsWithBirthDate('8506125012088', '1985/06/13')).toBe(false);
  });
});

describe('a Swiss Terminliste', () => {
  const LINES = [
    'Datum;Zeit;Pat.-Nr.;Name;Vorname;Geburtsdatum;AHV-Nr.;Arzt;Status',
    '02.03.2027;08.30;4711;von Arx;Beat;12.06.1985;756.1234.5678.97;Dr. med. R. Keller;erschienen',
    '02.03.2027;09.00;5120;de Weck;Anne-Sophie;30.09.2011;756.5555.4444.33;Dr. med. R. Keller;abgesagt',
    '',
    '2 Termine',
  ];

  it('goes: the AHV number is no appointment id, the count footer no row', async () => {
    // The AHV-Nr. had been taken for the appointment id (held: "not sure"), the footer a row error.
    const r = await collect(file('Terminliste.csv', LINES), { timeZone: 'Europe/Zurich' });
    expect(r.summary.doubts).toEqual([]);
    expect(r.errors.map(formatRowError)).toEqual([]);
    expect(summaryOf(r)).toEqual([
      ['NEW', '2027-03-02T07:30:00.000Z', 'Beat', 'von Arx', '1985-06-12'],
      ['CANCEL', '2027-03-02T08:00:00.000Z', 'Anne-Sophie', 'de Weck', '2011-09-30'],
    ]);
    for (const a of r.appointments) expect(a.appointmentId).toMatch(/^A-/);
  });

  it('a number and a name alone after the rows is still a row error, not a footer', async () => {
    const r = await collect(file('Terminliste.csv', [...LINES.slice(0, 3), '4711 Müller']), {
      timeZone: 'Europe/Zurich',
    });
    expect(r.errors).toHaveLength(1);
  });

  it('AHV, AVS, SVNR, BSN, NINO are national numbers', () => {
    for (const h of ['AHV-Nr.', 'No AVS', 'SVNR', 'BSN', 'NINO'])
      expect(headerScore('appointmentId', headerConcepts(h)), h).toBe(0);
  });
});

describe('a Portuguese agenda', () => {
  const LINES = [
    'Data;Hora;N.º Utente;Utente;Data Nascimento;Médico;Estado',
    '02/03/2027;09:00;123456789;Rui Costa;05/06/1979;Dr. Paulo Reis;Efetivada',
    '02/03/2027;09:20;234567891;Ana Gonçalves;11/12/1964;Dr. Paulo Reis;Faltou',
    '29/03/2027;10:00;123456789;Rui Costa;05/06/1979;Dr. Paulo Reis;Desmarcada',
  ];

  it('goes with two-word names: Utente is the patient, Efetivada a visit that took place', async () => {
    const r = await collect(file('marcacoes.csv', LINES), { timeZone: 'Europe/Lisbon' });
    expect(r.summary.doubts).toEqual([]);
    // Lisbon: WET (+00:00) on 2 March, WEST (+01:00) from 28 March
    expect(summaryOf(r)).toEqual([
      ['NEW', '2027-03-02T09:00:00.000Z', 'Rui', 'Costa', '1979-06-05'],
      ['NEW', '2027-03-02T09:20:00.000Z', 'Ana', 'Gonçalves', '1964-12-11'],
      ['CANCEL', '2027-03-29T09:00:00.000Z', 'Rui', 'Costa', '1979-06-05'],
    ]);
  });

  it('asks where the given names end in Maria João Sousa Ferreira (it had gone as Maria Ferreira)', async () => {
    const lines = LINES.map((l) => l.replace('Rui Costa', 'Maria João Sousa Ferreira'));
    const r = await collect(file('marcacoes.csv', lines), { timeZone: 'Europe/Lisbon' });
    expect(r.summary.doubts).toMatchObject([{ column: 'Utente' }]);
  });
});
