// One patient's occurrence of a series (`Weekly (4 of 8)`) at two starts: one visit at two slots, a
// moved visit's old slot left in the export. Since `Weekly (4 of 8)` and `Weekly (5 of 8)` are one
// rule (occurrence-place.ts), such a file went whole as booked; it is held. Values by hand.
import { describe, expect, it } from 'vitest';
import { occurrencePlace } from '../../../main/import/map/occurrence-place.ts';
import { OccurrenceDays } from '../../../main/import/trust/occurrence-days.ts';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';

const files = exportFiles('occurrence-days');
const HEAD = 'Date,Time,Client,DOB,Service,Repeats,Status';
const row = (day: string, who: string, dob: string, place: string) =>
  `03/${day}/2027,6:00 PM,"${who}",${dob},Physio Class,Weekly (${place}),Booked`;

describe('an occurrence place', () => {
  it('is read as N/M from the forms a rule writes it in', () => {
    expect(occurrencePlace('Weekly (4 of 8)')).toBe('4/8');
    expect(occurrencePlace('Every Tue - visit 03 of 10')).toBe('3/10');
    expect(occurrencePlace('Weekly until 4/8')).toBeUndefined();
    expect(occurrencePlace('Weekly')).toBeUndefined();
  });

  it('is noted twice only for one patient, one rule, one place, two starts', () => {
    const d = new OccurrenceDays();
    d.note('Repeats', 'Weekly (4 of 8)', 'obi', '2027-03-22', 2);
    d.note('Repeats', 'Weekly (4 of 8)', 'obi', '2027-03-22', 3); // the same start: a row repeated
    d.note('Repeats', 'Weekly (4 of 8)', 'hollis', '2027-03-24', 4); // another patient
    d.note('Repeats', 'Every 2 weeks (4 of 8)', 'obi', '2027-03-24', 5); // another rule
    d.note('Repeats', 'Weekly (5 of 8)', 'obi', '2027-03-29', 6); // the next place
    expect(d.twice).toBeUndefined();
    d.note('Repeats', 'Weekly (4 of 8)', 'obi', '2027-03-24', 7);
    expect(d.twice).toEqual({ column: 'Repeats', value: 'Weekly (4 of 8)', line: 7, otherLine: 2 });
  });
});

describe('a file with one occurrence at two starts', () => {
  it('is held, naming both lines; the visits of the series numbered 4, 5 still go', async () => {
    const twice = await collect(
      files.write([
        HEAD,
        row('22', 'Obi, Adaeze', '04/05/1999', '4 of 8'),
        row('24', 'Obi, Adaeze', '04/05/1999', '4 of 8'),
        row('29', 'Obi, Adaeze', '04/05/1999', '5 of 8'),
      ]),
      { timeZone: 'America/Chicago' },
    );
    const doubt = twice.summary.doubts?.find((d) => d.check === 'occurrence-twice');
    expect(doubt?.message).toMatch(/lines 2 and 3/);

    // The same day, 9:00 and 2:00 PM: moved within the day, the old slot left.
    const sameDay = await collect(
      files.write([
        HEAD,
        row('22', 'Obi, Adaeze', '04/05/1999', '4 of 8').replace('6:00 PM', '9:00 AM'),
        row('22', 'Obi, Adaeze', '04/05/1999', '4 of 8').replace('6:00 PM', '2:00 PM'),
        row('29', 'Obi, Adaeze', '04/05/1999', '5 of 8'),
      ]),
      { timeZone: 'America/Chicago' },
    );
    expect(sameDay.summary.doubts?.map((d) => d.check)).toContain('occurrence-twice');

    const series = await collect(
      files.write([
        HEAD,
        row('22', 'Obi, Adaeze', '04/05/1999', '4 of 8'),
        row('29', 'Obi, Adaeze', '04/05/1999', '5 of 8'),
        row('22', 'Hollis, Grace', '06/02/1970', '4 of 8'),
        row('29', 'Hollis, Grace', '06/02/1970', '5 of 8'),
      ]),
      { timeZone: 'America/Chicago' },
    );
    expect(series.summary.doubts).toEqual([]);
    // 6:00 PM CDT (UTC-5) = 23:00Z.
    expect(series.appointments.map((a) => a.start.toISOString().slice(0, 16))).toEqual([
      '2027-03-22T23:00',
      '2027-03-29T23:00',
      '2027-03-22T23:00',
      '2027-03-29T23:00',
    ]);
  });
});
