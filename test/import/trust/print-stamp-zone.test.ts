// A report printed by a user in another zone (a billing office in Nashville printing a Knoxville
// practice's schedule, OfficeEMR showing every time on the user's clock): the print stamp's zone
// is the only sign the times are not the practice's. 07:00 AM on 11 March 2027 read as New York's
// clock is 12:00Z; on the Central clock the visit is at 13:00Z, an hour later (worked out by hand:
// New York UTC-5, Chicago UTC-6 before the change of 14 March).
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';

const files = exportFiles('print-stamp-zone');

function report(stamp: string, date = '03/11/2027'): string {
  return files.write([
    'Appointment Report',
    'Smoky Mountain Family Medicine',
    `"${stamp}"`,
    'Appt Date,Appt Time,Resource,Location,Patient Name,Patient ID,DOB,Appt Type,Appt Status',
    `${date},07:00 AM,"Cates, Loren MD",Main Office,"Dunlap, Wanda",30118,03/05/1957,Follow Up,Confirmed`,
    `${date},09:30 AM,"Pham, Trinh NP",Main Office,"Sewell, Amos",30254,10/21/1949,Follow Up,Confirmed`,
  ]);
}

const zoneDoubts = (r: Awaited<ReturnType<typeof collect>>) =>
  r.summary.doubts?.filter((d) => d.kind === 'time-zone') ?? [];

describe('a print stamp in another zone than the practice’s', () => {
  it('CST over a New York practice’s schedule is held, naming the stamp', async () => {
    const r = await collect(report('Printed: 03/10/2027 04:12 PM CST   User: kwright'), {
      timeZone: 'America/New_York',
    });
    const [d] = zoneDoubts(r);
    expect(d?.message).toContain("'CST'");
    expect(d?.message).toContain('Printed: 03/10/2027 04:12 PM CST');
  });

  it('MDT over a Phoenix practice (no daylight time there) is held', async () => {
    const r = await collect(report('Printed: 03/16/2027 08:00 AM MDT', '03/17/2027'), {
      timeZone: 'America/Phoenix',
    });
    expect(zoneDoubts(r)).toHaveLength(1);
  });
});

describe('a print stamp on the practice’s own clock, or a server’s UTC', () => {
  it('EST over a New York practice goes: 07:00 is 12:00Z', async () => {
    const r = await collect(report('Printed: 03/10/2027 04:12 PM EST'), { timeZone: 'America/New_York' });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.start.toISOString())).toEqual([
      '2027-03-11T12:00:00.000Z',
      '2027-03-11T14:30:00.000Z',
    ]);
  });

  it('CST printed in winter over a Chicago practice’s July visits goes (the practice’s own name): 07:00 CDT is 12:00Z', async () => {
    const r = await collect(report('Printed: 01/10/2027 04:12 PM CST', '07/15/2027'), {
      timeZone: 'America/Chicago',
    });
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments[0]?.start.toISOString()).toBe('2027-07-15T12:00:00.000Z');
  });

  it('GMT (a server’s stamp) over a New York practice goes', async () => {
    const r = await collect(report('Printed: 03/10/2027 21:12 GMT'), { timeZone: 'America/New_York' });
    expect(r.summary.doubts).toEqual([]);
  });
});
