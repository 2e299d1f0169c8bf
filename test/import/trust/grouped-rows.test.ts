// A report grouped under lines of their own (`*** Cancelled ***`, `Cancelled Appointments`,
// `Dr Lee`): the rows under such a line may not repeat what it says, so sending them would send
// cancelled appointments as booked, or without their provider. The file is held, naming the
// lines; text after the last row (a footer) does not count. Expected outcomes by hand.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { confirmedProfile, exportFiles } from './export-files.ts';

const files = exportFiles('grouped-rows');
const { write } = files;
const HEAD = 'Date,Time,Patient,DOB,Provider,Type';
const rows = [
  '03/02/2027,9:00 AM,"Smith, John",04/05/1980,Dr Lee,Exam',
  '03/02/2027,9:30 AM,"Brown, Carl",04/05/1970,Dr Lee,Exam',
];
const more = [
  '03/02/2027,10:00 AM,"White, Dana",04/05/1960,Dr Lee,Exam',
  '03/02/2027,11:00 AM,"Green, Eve",04/05/1950,Dr Lee,Cleaning',
];

describe('rows grouped under lines of their own', () => {
  it('holds a report grouped by status between asterisks, naming each heading', async () => {
    const r = await collect(
      write([HEAD, '*** Scheduled ***,,,,,', ...rows, '*** Cancelled ***,,,,,', ...more]),
      {
        timeZone: 'America/New_York',
      },
    );
    expect(r.summary.doubts).toMatchObject([
      { kind: 'grouped-rows', samples: ['*** Scheduled ***', '*** Cancelled ***'] },
    ]);
    expect(r.summary.doubts[0]!.message).toContain("line 2: '*** Scheduled ***'");
    // The headings are not rows: no row errors for them.
    expect(r.errors).toEqual([]);
  });

  it('holds a heading alone on its line after a blank line', async () => {
    const r = await collect(write([HEAD, ...rows, '', 'Cancelled Appointments', ...more]), {
      timeZone: 'America/New_York',
    });
    expect(r.summary.doubts).toMatchObject([{ kind: 'grouped-rows', samples: ['Cancelled Appointments'] }]);
  });

  it('a line of text after the last row is a footer, not a heading', async () => {
    const r = await collect(write([HEAD, ...rows, ...more, '', 'Thank you']), {
      timeZone: 'America/New_York',
    });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments).toHaveLength(4);
  });

  it('is not asked again once a person confirmed the mapping', async () => {
    const profile = confirmedProfile(
      files,
      {
        date: 'Date',
        time: 'Time',
        patientName: 'Patient',
        dob: 'DOB',
        providerName: 'Provider',
        type: 'Type',
      },
      HEAD.split(','),
    );
    const r = await collect(write([HEAD, 'Morning,,,,,', ...rows]), {
      timeZone: 'America/New_York',
      profile,
    });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments).toHaveLength(2);
  });
});
