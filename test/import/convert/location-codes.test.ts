// A location column of site numbers or codes. Some schedules write the site's number in the system
// under `Location` (`1`, `2`, `LOC02`). Before, the portal told the patient to go to `1`. Now a
// column of numbers or codes only is left out (the practice name goes, as for a column of rooms),
// and a code on a row of a column of names gives way to the practice name on that row; names stay,
// in capitals or short too. Expected values written by hand.
import { describe, expect, it } from 'vitest';
import { collect } from './support.ts';
import { exportFiles } from '../trust/export-files.ts';

const files = exportFiles('location-codes');
const opts = { timeZone: 'America/New_York', practiceName: 'Lakeside Family Medicine' };
const HEAD = 'Appt ID,Patient ID,Last Name,First Name,DOB,Appt Date,Appt Time,Provider,Status,Location';

describe('a location column of numbers or codes', () => {
  it('bare site numbers are not sent: the practice name goes', async () => {
    const r = await collect(
      files.write([
        HEAD,
        '1001,P1,Smith,Anna,03/04/1980,12/08/2026,9:00 AM,"Lee, Kim",Scheduled,1',
        '1002,P2,Jones,Bob,05/06/1970,12/08/2026,9:30 AM,"Lee, Kim",Scheduled,2',
        '1003,P3,Brown,Amy,07/08/1990,12/08/2026,10:00 AM,"Lee, Kim",Scheduled,01',
      ]),
      opts,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.location)).toEqual([
      'Lakeside Family Medicine',
      'Lakeside Family Medicine',
      'Lakeside Family Medicine',
    ]);
  });

  it('a site code beside names gives way on its row; the names go', async () => {
    const r = await collect(
      files.write([
        HEAD,
        '1001,P1,Smith,Anna,03/04/1980,12/08/2026,9:00 AM,"Lee, Kim",Scheduled,MAIN',
        '1002,P2,Jones,Bob,05/06/1970,12/08/2026,9:30 AM,"Lee, Kim",Scheduled,LOC02',
        '1003,P3,Brown,Amy,07/08/1990,12/08/2026,10:00 AM,"Lee, Kim",Scheduled,Site 3',
      ]),
      opts,
    );
    expect(r.appointments.map((a) => a.location)).toEqual([
      'MAIN',
      'Lakeside Family Medicine',
      'Lakeside Family Medicine',
    ]);
  });

  it('names go as written: Main Street Clinic, North, Clinic 2', async () => {
    const r = await collect(
      files.write([
        HEAD,
        '1001,P1,Smith,Anna,03/04/1980,12/08/2026,9:00 AM,"Lee, Kim",Scheduled,Main Street Clinic',
        '1002,P2,Jones,Bob,05/06/1970,12/08/2026,9:30 AM,"Lee, Kim",Scheduled,North',
        '1003,P3,Brown,Amy,07/08/1990,12/08/2026,10:00 AM,"Lee, Kim",Scheduled,Clinic 2',
      ]),
      opts,
    );
    expect(r.appointments.map((a) => a.location)).toEqual(['Main Street Clinic', 'North', 'Clinic 2']);
  });
});
