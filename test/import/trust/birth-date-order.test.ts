// The day/month order of the birth dates must be proved for dates written like them: by the birth
// dates themselves, a column written alike, the region, or a person's answer; never by a column
// written another way. A US practice whose program writes appointment dates with dots
// (`04.03.2027`, day-first wherever it is written) and birth dates with slashes (`04/07/1958`)
// sent 4 July 1958 for a patient born on 7 April. Every expected value is worked out by hand from
// the rows below: a US practice reads an unproved slashed birth date month-first, a UK, Australian
// or German one day-first; Canada writes both orders, so an unproved one is asked.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { answerOn, confirmedProfile, exportFiles } from './export-files.ts';

const files = exportFiles('birth-date-order');
const HEAD = 'Appt ID,Patient ID,Last Name,First Name,DOB,Appt Date,Appt Time,Provider,Status';
/** Two patients, their birth dates and appointment dates as written. */
const file = (dobs: [string, string], days: [string, string]): string =>
  files.write([
    HEAD,
    `5101,P88,Alvarez,Maria,${dobs[0]},${days[0]},09:30,Dr Chen,Scheduled`,
    `5102,P91,Brooks,Daniel,${dobs[1]},${days[1]},10:15,Dr Chen,Scheduled`,
  ]);

const US = 'America/New_York';
const UK = 'Europe/London';
const AU = 'Australia/Sydney';
const DE = 'Europe/Berlin';
const CA = 'America/Toronto';

const dateOrderDoubts = (r: Awaited<ReturnType<typeof collect>>): unknown[] =>
  r.summary.doubts.filter((d) => d.kind === 'date-order');

/** The file is sent with these birth dates (and no question about the order). */
async function sends(timeZone: string, f: string, dobs: string[], days?: string[]): Promise<void> {
  const r = await collect(f, { timeZone });
  expect(dateOrderDoubts(r)).toEqual([]);
  expect(r.errors).toEqual([]);
  expect(r.appointments.map((a) => a.patient.dob)).toEqual(dobs);
  if (days) expect(r.appointments.map((a) => a.start.toISOString().slice(0, 10))).toEqual(days);
}

/** The file is held with a day/month question naming `sample`. */
async function holds(timeZone: string, f: string, sample: string): Promise<void> {
  const r = await collect(f, { timeZone });
  const doubts = dateOrderDoubts(r) as Array<{ samples?: string[] }>;
  expect(doubts.length).toBeGreaterThan(0);
  expect(doubts.flatMap((d) => d.samples ?? [])).toContain(sample);
}

describe('birth dates written unlike the dates that prove the order', () => {
  const dotted = (): string => file(['04/07/1958', '11/02/1990'], ['04.03.2027', '05.03.2027']);

  it('US practice, dotted appointment dates: slashed birth dates that read both ways are asked', async () => {
    // The program writes day-first with dots; whether its slashes are day-first too, or the
    // region's month-first, nothing in the file says (7 April or 4 July 1958).
    await holds(US, dotted(), '04/07/1958');
  });

  it('US practice, dotted birth dates: slashed appointment dates that read both ways are asked', async () => {
    await holds(US, file(['04.07.1958', '11.02.1990'], ['03/04/2027', '03/05/2027']), '03/04/2027');
  });

  it('US practice, dotted dates beside slashed ones that prove month-first: sent', async () => {
    await sends(
      US,
      file(['04.07.1958', '11.02.1990'], ['03/25/2027', '03/05/2027']),
      ['1958-07-04', '1990-02-11'],
      ['2027-03-25', '2027-03-05'],
    );
  });

  it('UK, Australian and German practices read them day-first by region', async () => {
    for (const zone of [UK, AU, DE]) await sends(zone, dotted(), ['1958-07-04', '1990-02-11']);
  });

  it('a Canadian practice (both orders written) is asked', async () => {
    await holds(CA, dotted(), '04/07/1958');
  });

  it('birth dates that prove their own order need no question, at a US practice too', async () => {
    await sends(US, file(['23/07/1958', '04/07/1958'], ['04.03.2027', '05.03.2027']), [
      '1958-07-23',
      '1958-07-04',
    ]);
  });

  it('slashed appointment dates proving day-first settle birth dates written alike', async () => {
    await sends(US, file(['04/07/1958', '11/02/1990'], ['25/03/2027', '26/03/2027']), [
      '1958-07-04',
      '1990-02-11',
    ]);
  });

  it('slashed appointment dates proving month-first settle birth dates written alike', async () => {
    await sends(UK, file(['04/07/1958', '11/02/1990'], ['03/25/2027', '03/26/2027']), [
      '1958-04-07',
      '1990-11-02',
    ]);
  });

  it('US practice, appointments proved day-first, birth dates with a two-digit year: asked', async () => {
    await holds(US, file(['04/07/58', '11/02/90'], ['25/03/2027', '26/03/2027']), '04/07/58');
  });

  it('US practice, appointments proved day-first, birth dates unpadded: asked', async () => {
    await holds(US, file(['4/7/1958', '11/2/1990'], ['25/03/2027', '26/03/2027']), '4/7/1958');
  });

  it('US practice, appointments proved day-first, birth dates dashed: asked', async () => {
    await holds(US, file(['04-07-1958', '11-02-1990'], ['25/03/2027', '26/03/2027']), '04-07-1958');
  });

  it('Canadian practice, appointments proved day-first, birth dates written otherwise: asked', async () => {
    await holds(CA, file(['4/7/58', '11/2/90'], ['25/03/2027', '26/03/2027']), '4/7/58');
  });

  it('UK practice, appointments proved day-first, dashed birth dates: the region agrees', async () => {
    await sends(UK, file(['04-07-1958', '11-02-1990'], ['25/03/2027', '26/03/2027']), [
      '1958-07-04',
      '1990-02-11',
    ]);
  });

  it('German practice, appointments proved month-first, dashed birth dates: asked', async () => {
    await holds(DE, file(['04-07-1958', '11-02-1990'], ['03/25/2027', '03/26/2027']), '04-07-1958');
  });

  it('ISO appointment dates prove nothing: the birth dates read by region', async () => {
    const f = (): string => file(['04/07/1958', '11/02/1990'], ['2027-03-04', '2027-03-05']);
    await sends(US, f(), ['1958-04-07', '1990-11-02']);
    await sends(AU, f(), ['1958-07-04', '1990-02-11']);
  });

  it('ISO birth dates are read as written whatever proves the appointment dates', async () => {
    await sends(US, file(['1958-04-07', '1990-11-02'], ['25/03/2027', '26/03/2027']), [
      '1958-04-07',
      '1990-11-02',
    ]);
  });

  it('two-digit years written alike: proof in the appointment dates settles the birth dates', async () => {
    await sends(UK, file(['04/07/58', '11/02/90'], ['25/03/27', '26/03/27']), ['1958-07-04', '1990-02-11']);
  });

  it('US program at a German practice: dotted birth dates are day-first, slashed appointments month-first', async () => {
    await sends(
      DE,
      file(['04.07.1958', '11.02.1990'], ['03/25/2027', '03/26/2027']),
      ['1958-07-04', '1990-02-11'],
      ['2027-03-25', '2027-03-26'],
    );
  });

  it('the question names the birth dates and the proof, and a confirmation is remembered', async () => {
    const twoDigit = (): string => file(['04/07/58', '11/02/90'], ['25/03/2027', '26/03/2027']);
    const held = await collect(twoDigit(), { timeZone: US });
    expect(dateOrderDoubts(held)).toMatchObject([
      { check: 'sent-date-style', column: 'DOB', samples: ['04/07/58', '25/03/2027'] },
    ]);
    const profile = confirmedProfile(
      files,
      {
        appointmentId: 'Appt ID',
        patientId: 'Patient ID',
        lastName: 'Last Name',
        firstName: 'First Name',
        dob: 'DOB',
        date: 'Appt Date',
        time: 'Appt Time',
        providerName: 'Provider',
        status: 'Status',
      },
      HEAD.split(','),
    );
    await answerOn(profile, twoDigit(), { timeZone: US });
    const again = await collect(twoDigit(), { timeZone: US, profile });
    expect(dateOrderDoubts(again)).toEqual([]);
    // Confirmed as written like the appointment dates: day-first, 4 July 1958 and 11 February 1990.
    expect(again.appointments.map((a) => a.patient.dob)).toEqual(['1958-07-04', '1990-02-11']);
  });
});

describe("birth dates beside a header's stated format", () => {
  const STATED = HEAD.replace('Appt Date', 'Appt Date (DD/MM/YYYY)');
  const stated = (dobs: [string, string]): string =>
    files.write([
      STATED,
      `5101,P88,Alvarez,Maria,${dobs[0]},04/03/2027,09:30,Dr Chen,Scheduled`,
      `5102,P91,Brooks,Daniel,${dobs[1]},05/03/2027,10:15,Dr Chen,Scheduled`,
    ]);

  it('settles birth dates written like the stated column, at a US practice too', async () => {
    await sends(US, stated(['04/07/1958', '11/02/1990']), ['1958-07-04', '1990-02-11']);
  });

  it('does not reach birth dates written otherwise at a US practice: asked', async () => {
    await holds(US, stated(['4/7/58', '11/2/90']), '4/7/58');
  });

  it('birth dates written otherwise at a UK practice read by the region, which agrees', async () => {
    await sends(UK, stated(['4/7/58', '11/2/90']), ['1958-07-04', '1990-02-11']);
  });
});
