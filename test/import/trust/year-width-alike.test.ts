// Dates written alike but for the year's width: a US program prints visits `03/16/27` and birth
// dates `04/05/1961` (DentiMax, MEDENT, Luminello: layouts 143, 145, 147), one format of one
// program, so the visit dates' proof of month-first settles the birth dates even at a day-first
// practice (Berlin, Sydney). The year's width alone is relaxed only where both columns print every
// day and month with two digits and the column settled writes four-digit years: an unpadded
// column (`4/5/1961`, a spreadsheet's own short date), another separator (`04-05-1961`), an
// unpadded visit column (`3/16/27`), or two-digit years settled by four-digit proof is still asked.
// Expected values by hand: 04/05/1961 month-first is 5 April 1961; 09:30 on 16 March 2027 is
// 08:30Z in Berlin (CET, before 28 March) and 22:30Z on 15 March in Sydney (AEDT, UTC+11).
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';

const files = exportFiles('year-width-alike');
const HEAD = 'Appt ID,Patient ID,Last Name,First Name,DOB,Appt Date,Appt Time,Provider,Status';
const file = (dobs: [string, string], days: [string, string]): string =>
  files.write([
    HEAD,
    `6101,P12,Hansen,Kari,${dobs[0]},${days[0]},09:30,Dr Chen,Scheduled`,
    `6102,P15,Mcallister,Ryan,${dobs[1]},${days[1]},10:15,Dr Chen,Scheduled`,
  ]);
const DE = 'Europe/Berlin';
const AU = 'Australia/Sydney';
const dateOrderDoubts = (r: Awaited<ReturnType<typeof collect>>) =>
  r.summary.doubts.filter((d) => d.kind === 'date-order');

async function sends(timeZone: string, f: string, dobs: string[], days: string[]): Promise<void> {
  const r = await collect(f, { timeZone });
  expect(dateOrderDoubts(r)).toEqual([]);
  expect(r.errors).toEqual([]);
  expect(r.appointments.map((a) => a.patient.dob)).toEqual(dobs);
  expect(r.appointments.map((a) => a.start.toISOString().slice(0, 10))).toEqual(days);
}
async function holds(timeZone: string, f: string, sample: string): Promise<void> {
  const r = await collect(f, { timeZone });
  const doubts = dateOrderDoubts(r);
  expect(doubts.length).toBeGreaterThan(0);
  expect(doubts.flatMap((d) => d.samples)).toContain(sample);
}

describe('the year’s width alone does not set two date columns apart', () => {
  it('Berlin: 04/05/1961 beside 03/16/27 goes month-first (5 April 1961)', async () => {
    await sends(
      DE,
      file(['04/05/1961', '08/10/1999'], ['03/16/27', '03/11/27']),
      ['1961-04-05', '1999-08-10'],
      ['2027-03-16', '2027-03-11'],
    );
  });

  it('Sydney: the same file goes month-first', async () => {
    await sends(
      AU,
      file(['04/05/1961', '08/10/1999'], ['03/16/27', '03/11/27']),
      ['1961-04-05', '1999-08-10'],
      ['2027-03-15', '2027-03-10'],
    );
  });

  it('still asked: two-digit-year visits 03/04/27 are not settled by four-digit birth dates 12/25/1961', async () => {
    await holds(DE, file(['12/25/1961', '04/05/1970'], ['03/04/27', '03/05/27']), '03/04/27');
  });

  it('still asked: unpadded birth dates 4/5/1961 (a spreadsheet’s short date) beside 03/16/27', async () => {
    await holds(DE, file(['4/5/1961', '8/10/1999'], ['03/16/27', '03/11/27']), '4/5/1961');
  });

  it('still asked: dashed birth dates 04-05-1961 beside slashed 03/16/27', async () => {
    await holds(DE, file(['04-05-1961', '08-10-1999'], ['03/16/27', '03/11/27']), '04-05-1961');
  });

  it('still asked: padded birth dates 04/05/1961 beside unpadded visits 3/16/27', async () => {
    await holds(AU, file(['04/05/1961', '08/10/1999'], ['3/16/27', '3/11/27']), '04/05/1961');
  });

  it('still asked: birth dates of two digits in every part but no zero shown (10/11/1961) beside 03/16/27', async () => {
    await holds(DE, file(['10/11/1961', '12/10/1999'], ['03/16/27', '03/11/27']), '10/11/1961');
  });
});
