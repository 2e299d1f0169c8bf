// Proof of the day/month order in the birth dates settles the appointment dates only when both
// are written alike. Open Dental at a Sydney practice, opened and saved by Excel set to English
// (US): `2027-01-05 09:30:00` became `1/5/2027 9:30` (5 January, month-first), `05/03/1965`
// became `5/3/1965`, and `14/03/1978` (no date month-first) stayed. The birth dates proved
// day-first and the appointment went out on 1 May. Expected instants worked out by hand.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { answerOn, confirmedProfile, exportFiles } from './export-files.ts';

const files = exportFiles('start-date-style');
const next = new Date().getUTCFullYear() + 1;
const sydney = { timeZone: 'Australia/Sydney' };
const HEAD = 'AptNum,PatNum,Patient,Birthdate,AptDateTime,Provider,AptStatus';
const COLUMNS = {
  appointmentId: 'AptNum',
  patientId: 'PatNum',
  patientName: 'Patient',
  dob: 'Birthdate',
  dateTime: 'AptDateTime',
  providerName: 'Provider',
  status: 'AptStatus',
};
/** Rows of the four patients with these birth dates and starts. */
const rows = (dobs: string[], starts: string[]): string =>
  files.write([
    HEAD,
    `40211,1187,"Nguyen, Thi Lan",${dobs[0]},${starts[0]},DrPatel,Scheduled`,
    `40212,1190,"Walker, James",${dobs[1]},${starts[1]},DrPatel,Scheduled`,
  ]);
const excelled = (): string => rows(['14/03/1978', '5/3/1965'], [`1/5/${next} 9:30`, `1/5/${next} 10:00`]);

describe("another column's proof of the day/month order", () => {
  it('is not carried to appointment dates a spreadsheet rewrote: the file is held', async () => {
    const r = await collect(excelled(), sydney);
    expect(r.summary.doubts).toMatchObject([
      {
        kind: 'date-order',
        check: 'start-date-style',
        column: 'AptDateTime',
        samples: [`1/5/${next} 9:30`, '14/03/1978'],
      },
    ]);
  });

  it('settles appointment dates written alike, without a question', async () => {
    const r = await collect(
      rows(['14/03/1978', '05/03/1965'], [`05/01/${next} 09:30`, `05/01/${next} 10:00`]),
      sydney,
    );
    expect(r.summary.doubts).toEqual([]);
    // 5 January, 09:30 in Sydney (summer time, UTC+11) is 22:30Z the day before.
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      `${next}-01-04T22:30:00.000Z`,
      `${next}-01-04T23:00:00.000Z`,
    ]);
  });

  it('a person confirming the mapping on the held file answers it for later files', async () => {
    const profile = confirmedProfile(files, COLUMNS, HEAD.split(','));
    const first = excelled();
    expect((await collect(first, { ...sydney, profile })).summary.doubts).toHaveLength(1);
    await answerOn(profile, first, sydney);
    const again = await collect(excelled(), { ...sydney, profile });
    expect(again.summary.doubts).toEqual([]);
    // Confirmed as written like the birth dates: 1 May, 09:30 in Sydney (UTC+10) is 23:30Z.
    expect(again.appointments[0]!.start.toISOString()).toBe(`${next}-04-30T23:30:00.000Z`);
  });
});
