// Nordic clinic lists whose only birth date is in the patients' personal identity numbers: each
// once refused for want of a birth date. The birth dates below are worked out by hand from the
// numbers by each registry's rule (identity-number-births.ts); the practice's zone is the
// country's.
import { describe, expect, it } from 'vitest';
import { collect, startsAndNames as summaryOf, tempFiles } from './support.ts';

const file = tempFiles();

describe('a Swedish list with Personnummer and no Födelsedatum', () => {
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
