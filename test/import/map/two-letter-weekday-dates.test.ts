// A Finnish or Dutch date with its two-letter weekday in front (`pe 26.3.2027`, `ma 29-03-2027`):
// Finnish has no other short weekday (moment.js fi: `su ma ti ke to pe la`). The Finnish list's
// date column had not been found at all and the file was refused. Weekdays worked out by hand:
// 2027-03-01 is a Monday, so 26 March is a Friday, 29 March a Monday, 31 March a Wednesday.
import { describe, expect, it } from 'vitest';
import { formatDate, orderEvidence, parseDate } from '../../../main/import/map/parse-date.ts';
import { collect } from '../convert/support.ts';
import { exportFiles } from '../trust/export-files.ts';

const files = exportFiles('two-letter-weekday');
const read = (text: string): string => {
  const r = parseDate(text, { order: 'DMY' });
  return r.ok ? formatDate(r.date) : `refused: ${r.reason}`;
};

describe('a two-letter weekday in front of a date', () => {
  it('is read in Finnish and Dutch, and checked against the date', () => {
    expect(read('pe 26.3.2027')).toBe('2027-03-26');
    expect(read('ke 31.3.2027')).toBe('2027-03-31');
    expect(read('ma 29-03-2027')).toBe('2027-03-29');
    expect(read('vr 26-03-2027')).toBe('2027-03-26');
    // `to` (Thursday) before a Friday: the date or the day is wrong, never either sent
    expect(read('to 26.3.2027')).toMatch(/^refused: 'to' but 2027-03-26 is a Friday/);
  });

  it('`ma` may be Monday (Finnish, Dutch) or Tuesday (French, Spanish): both fit, neither proves', () => {
    expect(read('ma 30/03/2027')).toBe('2027-03-30');
    expect(orderEvidence('ma 03/02/2027')).toBeUndefined();
  });

  it('after a date the words stay words: `to` in a range proves no order', () => {
    // Read as Thursday, `to` would prove day-first: 4 March 2027 is a Thursday, 3 April a Saturday.
    expect(orderEvidence('04/03/2027 to 04/10/2027')).toBeUndefined();
  });

  it('a Finnish list with weekdays goes, on summer time after 28 March', async () => {
    const f = files.write([
      'Päivämäärä;Klo;Asiakasnumero;Sukunimi;Etunimi;Syntymäaika;Tila',
      'pe 26.3.2027;9.00;10482;Virtanen;Aino;15.3.1985;Vahvistettu',
      'ma 29.3.2027;14.30;10517;Kärkkäinen;Jyrki;2.11.1962;Peruttu',
    ]);
    const r = await collect(f, { timeZone: 'Europe/Helsinki' });
    expect(r.summary.doubts).toEqual([]);
    // Helsinki is UTC+2 on 26 March, UTC+3 from 28 March.
    expect(r.appointments.map((a) => [a.start.toISOString(), a.patient.patientId, a.status])).toEqual([
      ['2027-03-26T07:00:00.000Z', '10482', 'NEW'],
      ['2027-03-29T11:30:00.000Z', '10517', 'CANCEL'],
    ]);
  });
});
