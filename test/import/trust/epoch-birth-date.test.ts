// Birth dates on 1970-01-01, Unix time zero (1969-12-31 on a clock west of Greenwich): the date a
// program writes when it was given 0 or no date. One patient born on it is sent (a real birthday, and 1 January is the recorded birth date
// of many people whose day of birth was never registered); two or more different patients of one
// file born on it hold the file once, naming lines, never names. A confirmation answers it for those
// patients; another patient born on it later is asked about again. Outcomes worked out by hand.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { answerOn, confirmedProfile, exportFiles } from './export-files.ts';

const files = exportFiles('epoch-birth');
const { write } = files;
const NY = { timeZone: 'America/New_York' };
const HEAD = 'Appt Date,Appt Time,Last Name,First Name,DOB,Provider,Status';
const row = (time: string, last: string, first: string, dob: string) =>
  `03/02/2027,${time},${last},${first},${dob},Dr Lee,Confirmed`;
const heldFor = (r: Awaited<ReturnType<typeof collect>>) => r.summary.doubts.map((d) => d.check);

describe('patients born on 1970-01-01', () => {
  it('sends one such patient, on however many rows', async () => {
    const r = await collect(
      write([
        HEAD,
        row('9:00 AM', 'Fletcher', 'Diane', '04/17/1968'),
        row('10:00 AM', 'Okafor', 'Samuel', '01/01/1970'),
        row('2:00 PM', 'Okafor', 'Samuel', '01/01/1970'),
      ]),
      NY,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.patient.dob)).toEqual(['1968-04-17', '1970-01-01', '1970-01-01']);
  });

  it('holds two different patients born on it, naming the lines and the birth-date column', async () => {
    const r = await collect(
      write([
        HEAD,
        row('9:00 AM', 'Fletcher', 'Diane', '04/17/1968'),
        row('10:00 AM', 'Okafor', 'Samuel', '1970-01-01'), // line 3
        row('11:00 AM', 'Okafor', 'Samuel', '1970-01-01'), // the same patient again
        row('1:00 PM', 'Bauer', 'Helga', '1970-01-01'), // line 5: another patient
      ]),
      NY,
    );
    expect(r.summary.doubts).toMatchObject([
      { kind: 'column', check: 'epoch-birth-date', field: 'dob', column: 'DOB' },
    ]);
    const message = r.summary.doubts[0]!.message;
    expect(message).toContain('2 different patients');
    expect(message).toContain('lines 3 and 5');
    expect(message).not.toContain('Okafor');
  });

  it('counts 12/31/1969 with it: Unix time zero on a clock west of Greenwich', async () => {
    const r = await collect(
      write([
        HEAD,
        row('9:00 AM', 'Okafor', 'Samuel', '12/31/1969'), // line 2
        row('10:00 AM', 'Fletcher', 'Diane', '04/17/1968'),
        row('11:00 AM', 'Bauer', 'Helga', '01/01/1970'), // line 4
      ]),
      NY,
    );
    expect(heldFor(r)).toEqual(['epoch-birth-date']);
    expect(r.summary.doubts[0]!.message).toContain('lines 2 and 4');
  });

  it('is not asked again for the same patients once confirmed; a new one is asked about', async () => {
    const profile = confirmedProfile(
      files,
      {
        date: 'Appt Date',
        time: 'Appt Time',
        lastName: 'Last Name',
        firstName: 'First Name',
        dob: 'DOB',
        providerName: 'Provider',
        status: 'Status',
      },
      HEAD.split(','),
    );
    const first = write([
      HEAD,
      row('10:00 AM', 'Okafor', 'Samuel', '1970-01-01'),
      row('1:00 PM', 'Bauer', 'Helga', '1970-01-01'),
    ]);
    expect(heldFor(await collect(first, { ...NY, profile }))).toEqual(['epoch-birth-date']);
    await answerOn(profile, first, { ...NY, profile });
    expect((await collect(first, { ...NY, profile })).summary.doubts).toEqual([]);

    const later = write([
      HEAD,
      row('10:00 AM', 'Okafor', 'Samuel', '1970-01-01'),
      row('1:00 PM', 'Nguyen', 'Linh', '1970-01-01'),
    ]);
    expect(heldFor(await collect(later, { ...NY, profile }))).toEqual(['epoch-birth-date']);
  });
});
