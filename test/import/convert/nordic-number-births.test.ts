// Nordic clinic lists whose only birth date is in the patients' personal identity numbers: each
// once refused for want of a birth date. The birth dates below are worked out by hand from the
// numbers by each registry's rule (identity-number-births.ts); the practice's zone is the
// country's.
import { describe, expect, it } from 'vitest';
import { collect, startsAndNames as summaryOf, tempFiles } from './support.ts';

const file = tempFiles();

const LINES = [
  'Datum;Tid;Personnummer;Efternamn;Förnamn;Behandlare;Status',
  // 850612-1238: 1985-06-12 (Luhn over 8506121238 holds)
  '2027-03-15;08:00;850612-1238;Lindqvist;Karin;Dr Eva Berg;Bokad',
  // 850672-1235: a samordningsnummer, day 72 - 60 = 12: 1985-06-12
  '2027-03-15;08:30;850672-1235;Nordin;Erik;Dr Eva Berg;Bokad',
  // 251103+4569: '+', 100 or older this year: 1925-11-03
  '2027-03-15;09:00;251103+4569;Ström;Greta;Dr Eva Berg;Bokad',
  // 251103-4577: '-', under 100: 2025-11-03
  '2027-03-15;09:30;251103-4577;Ström;Alva;Dr Eva Berg;Bokad',
  // 198506121238: the century written: 1985-06-12
  '2027-03-16;10:00;198506121238;Holm;Lars;Dr Eva Berg;Bokad',
];

describe('a Swedish list with Personnummer and no Födelsedatum', () => {
  it('reads each birth date from the number, the number no patient id', async () => {
    const r = await collect(file('bokade.csv', LINES), { timeZone: 'Europe/Stockholm' });
    expect(r.errors).toEqual([]);
    // Stockholm: CET (+01:00) in mid-March
    expect(summaryOf(r)).toEqual([
      ['NEW', '2027-03-15T07:00:00.000Z', 'Karin', 'Lindqvist', '1985-06-12'],
      ['NEW', '2027-03-15T07:30:00.000Z', 'Erik', 'Nordin', '1985-06-12'],
      ['NEW', '2027-03-15T08:00:00.000Z', 'Greta', 'Ström', '1925-11-03'],
      ['NEW', '2027-03-15T08:30:00.000Z', 'Alva', 'Ström', '2025-11-03'],
      ['NEW', '2027-03-16T09:00:00.000Z', 'Lars', 'Holm', '1985-06-12'],
    ]);
    expect(r.summary.doubts).toEqual([]);
    for (const a of r.appointments) expect(a.patient.patientId).not.toMatch(/\d{6}[-+]?\d{4}/);
  });
});

describe('a saved mapping that names the number as the birth date', () => {
  it('reads it so, though the review saved the column alone', async () => {
    const profile = {
      name: 'Vårdcentral (confirmed in the review)',
      columns: {
        date: 'Datum',
        time: 'Tid',
        dob: 'Personnummer',
        lastName: 'Efternamn',
        firstName: 'Förnamn',
        providerName: 'Behandlare',
      },
    };
    const saved = file('profile.json', Buffer.from(JSON.stringify(profile)));
    const r = await collect(
      file(
        'bokade.csv',
        LINES.slice(0, 3)
          .map((l) => l.replace(/;Bokad$/, ''))
          .map((l, i) => (i ? l : l.replace(';Status', ''))),
      ),
      {
        timeZone: 'Europe/Stockholm',
        profile: saved,
      },
    );
    expect(r.errors).toEqual([]);
    expect(summaryOf(r)).toEqual([
      ['NEW', '2027-03-15T07:00:00.000Z', 'Karin', 'Lindqvist', '1985-06-12'],
      ['NEW', '2027-03-15T07:30:00.000Z', 'Erik', 'Nordin', '1985-06-12'],
    ]);
  });
});

describe('a Swedish number that says no birth date fails its row, naming it', () => {
  it('a list that writes every number as ten digits without separator is refused once, not row by row', async () => {
    // 8506121238 and 2511034577: Luhn holds on both, but neither says its century (1985 or 1885?
    // 2025 or 1925?); the century-written 198506121238 needs none.
    const lines = [
      'Datum;Tid;Personnummer;Efternamn;Förnamn;Behandlare',
      '2027-03-15;08:00;198506121238;Holm;Lars;Dr Eva Berg',
      '2027-03-15;08:30;8506121238;Lindqvist;Karin;Dr Eva Berg',
      '2027-03-15;09:00;2511034577;Ström;Alva;Dr Eva Berg',
    ];
    const refused = collect(file('bokade.csv', lines), { timeZone: 'Europe/Stockholm' });
    await expect(refused).rejects.toMatchObject({
      error: {
        file: 'bokade.csv',
        line: 3,
        message: expect.stringMatching(
          /'Personnummer', written as ten digits without their "-" or "\+".*century/,
        ),
        hint: expect.stringMatching(/YYMMDD-NNNN.*YYYYMMDD-NNNN/),
      },
    });
  });

  it('ten digits without separator (1925 or 2025?) and a wrong check digit', async () => {
    const r = await collect(
      file('bokade.csv', [
        'Datum;Tid;Personnummer;Efternamn;Förnamn;Behandlare',
        '2027-03-15;08:00;850612-1238;Lindqvist;Karin;Dr Eva Berg',
        '2027-03-15;08:30;2511034577;Ström;Alva;Dr Eva Berg',
        '2027-03-15;09:00;850612-1239;Nordin;Erik;Dr Eva Berg',
        '2027-03-15;09:30;198506121238;Holm;Lars;Dr Eva Berg',
      ]),
      { timeZone: 'Europe/Stockholm' },
    );
    expect(summaryOf(r)).toEqual([
      ['NEW', '2027-03-15T07:00:00.000Z', 'Karin', 'Lindqvist', '1985-06-12'],
      ['NEW', '2027-03-15T08:30:00.000Z', 'Lars', 'Holm', '1985-06-12'],
    ]);
    expect(r.errors).toMatchObject([
      {
        file: 'bokade.csv',
        line: 3,
        column: 'Personnummer',
        value: '2511034577',
        message: expect.stringMatching(/century/),
      },
      {
        file: 'bokade.csv',
        line: 4,
        column: 'Personnummer',
        value: '850612-1239',
        message: expect.stringMatching(/check digit/),
      },
    ]);
  });

  it('is not read in another country: a Swedish list in a Los Angeles practice still wants a birth date', async () => {
    const lines = [
      'Datum;Tid;Personnummer;Efternamn;Förnamn',
      '2027-03-15;08:00;850612-1238;Lindqvist;Karin',
      '2027-03-15;08:30;251103+4569;Ström;Greta',
    ];
    await expect(collect(file('bokade.csv', lines), { timeZone: 'America/Los_Angeles' })).rejects.toThrow(
      /date of birth/,
    );
  });
});

describe('Norwegian, Danish and Finnish lists', () => {
  it('a Norwegian list reads fødselsnummer and D-nummer', async () => {
    const r = await collect(
      file('timeliste.csv', [
        'Dato;Tid;Fødselsnummer;Etternavn;Fornavn;Lege',
        // 123: 1900-1999
        '15.03.2027;08:00;15038512363;Hansen;Ingrid;Dr Ola Nordmann',
        // a D-nummer (55 - 40 = 15), 123: 1900-1999
        '15.03.2027;08:30;55038512357;Kowalski;Jan;Dr Ola Nordmann',
        // 512 with year 05: 2000-2039
        '16.03.2027;09:00;15030551262;Berg;Nora;Dr Ola Nordmann',
        // 912 with year 45: 1940-1999
        '16.03.2027;09:30;15034591226;Dahl;Per;Dr Ola Nordmann',
      ]),
      { timeZone: 'Europe/Oslo' },
    );
    expect(r.errors).toEqual([]);
    expect(r.summary.doubts).toEqual([]);
    // Oslo: CET (+01:00) in mid-March
    expect(summaryOf(r)).toEqual([
      ['NEW', '2027-03-15T07:00:00.000Z', 'Ingrid', 'Hansen', '1985-03-15'],
      ['NEW', '2027-03-15T07:30:00.000Z', 'Jan', 'Kowalski', '1985-03-15'],
      ['NEW', '2027-03-16T08:00:00.000Z', 'Nora', 'Berg', '2005-03-15'],
      ['NEW', '2027-03-16T08:30:00.000Z', 'Per', 'Dahl', '1945-03-15'],
    ]);
    for (const a of r.appointments) expect(a.patient.patientId).not.toMatch(/^\d{11}$/);
  });

  it('a Danish list reads the CPR number by its 7th digit, with or without modulus 11', async () => {
    const r = await collect(
      file('aftaler.csv', [
        'Dato;Kl.;CPR-nr.;Efternavn;Fornavn;Behandler',
        // 1: 1900-1999 (no modulus-11 check asked: numbers without it are issued since 2007)
        '15.03.2027;08:00;150385-1234;Jensen;Mette;Læge Anne Holm',
        // 4 with year 05: 2000-2036
        '15.03.2027;08:30;150305-4123;Nielsen;Sofie;Læge Anne Holm',
        // 4 with year 45: 1937-1999
        '16.03.2027;09:00;1503454123;Larsen;Poul;Læge Anne Holm',
        // 31 February: no date
        '16.03.2027;09:30;310285-1234;Møller;Jens;Læge Anne Holm',
      ]),
      { timeZone: 'Europe/Copenhagen' },
    );
    // Copenhagen: CET (+01:00) in mid-March
    expect(summaryOf(r)).toEqual([
      ['NEW', '2027-03-15T07:00:00.000Z', 'Mette', 'Jensen', '1985-03-15'],
      ['NEW', '2027-03-15T07:30:00.000Z', 'Sofie', 'Nielsen', '2005-03-15'],
      ['NEW', '2027-03-16T08:00:00.000Z', 'Poul', 'Larsen', '1945-03-15'],
    ]);
    expect(r.errors).toMatchObject([
      { file: 'aftaler.csv', line: 5, column: 'CPR-nr.', value: '310285-1234' },
    ]);
    expect(r.summary.doubts).toEqual([]);
  });

  it('a Finnish list reads the henkilötunnus by its century sign', async () => {
    const r = await collect(
      file('ajanvaraukset.csv', [
        'Päivämäärä;Aika;Sukunimi;Etunimi;Henkilötunnus;Lääkäri',
        // `-`: 1900s; 131052308 mod 31 = 25, T
        '15.03.2027;8:00;Virtanen;Aino;131052-308T;LL Mikko Laine',
        // `A`: 2000s
        '15.03.2027;8:30;Korhonen;Eero;020322A234X;LL Mikko Laine',
        // `Y` (since 2023): 1900s
        '16.03.2027;9:00;Mäkinen;Liisa;220790Y456S;LL Mikko Laine',
        // a wrong check character
        '16.03.2027;9:30;Nieminen;Juha;131052-308U;LL Mikko Laine',
      ]),
      { timeZone: 'Europe/Helsinki' },
    );
    // Helsinki: EET (+02:00) in mid-March
    expect(summaryOf(r)).toEqual([
      ['NEW', '2027-03-15T06:00:00.000Z', 'Aino', 'Virtanen', '1952-10-13'],
      ['NEW', '2027-03-15T06:30:00.000Z', 'Eero', 'Korhonen', '2022-03-02'],
      ['NEW', '2027-03-16T07:00:00.000Z', 'Liisa', 'Mäkinen', '1990-07-22'],
    ]);
    expect(r.errors).toMatchObject([
      {
        file: 'ajanvaraukset.csv',
        line: 5,
        column: 'Henkilötunnus',
        value: '131052-308U',
        message: expect.stringMatching(/check character/),
      },
    ]);
    expect(r.summary.doubts).toEqual([]);
  });
});
