// A status column whose header qualifies the status by a word the vocabulary does not know, with
// codes for values: MOSAIQ's vw_Schedule `SysDefStatus` (the system-defined status: SC completed,
// N no show, X cancelled, blank unresolved), as cancer centres' SQL extracts select it. Not read
// as the visit's status (an unknown qualifier may make it another thing's), and with no status
// beside it the file had gone out with the X rows booked: it is asked about. The wrong send this
// rules out: Montoya-Garcia's cancelled hydration (X) on a patient portal as booked. Expected
// outcomes worked out by hand from the rows.
import { describe, expect, it } from 'vitest';
import { recognizeColumns } from '../../../main/import/map/recognize.ts';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';

const files = exportFiles('qualified-status-codes');
const denver = { timeZone: 'America/Denver' };
const HEAD = 'Appointment ID,Appointment Date,Appointment Time,MRN,Patient Name,DOB,Activity';

describe("a status qualified by an unknown word ('SysDefStatus')", () => {
  it('is asked about when no status column is recognised, never passed over', async () => {
    const r = await collect(
      files.write([
        `${HEAD},SysDefStatus`,
        '1184402,03/15/2027,7:30 AM,00412877,"Chavez, Rosa",08/14/1956,Lab Draw,SC',
        '1184431,03/15/2027,9:30 AM,00398120,"Yazzie, Herbert",01/27/1949,Blood Transfusion,N',
        '1184460,03/15/2027,1:00 PM,00420556,"Montoya-Garcia, Lucia",11/03/1968,Hydration,X',
      ]),
      denver,
    );
    const asked = r.summary.doubts.filter((d) => d.column === 'SysDefStatus');
    expect(asked.map((d) => d.field)).toEqual(['status']);
    expect(asked[0]!.question).toBe("Does 'SysDefStatus' say whether an appointment is booked or cancelled?");
  });

  it('is not asked about when empty on every row', async () => {
    const r = await collect(
      files.write([
        `${HEAD},SysDefStatus`,
        '1184402,03/15/2027,7:30 AM,00412877,"Chavez, Rosa",08/14/1956,Lab Draw,',
        '1184431,03/15/2027,9:30 AM,00398120,"Yazzie, Herbert",01/27/1949,Blood Transfusion,',
      ]),
      denver,
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.status)).toEqual(['NEW', 'NEW']);
  });

  it("beside the appointment's own status, is not asked about", async () => {
    const r = await collect(
      files.write([
        `${HEAD},Appt Status,SysDefStatus`,
        '1184402,03/15/2027,7:30 AM,00412877,"Chavez, Rosa",08/14/1956,Lab Draw,Completed,SC',
        '1184460,03/15/2027,1:00 PM,00420556,"Montoya-Garcia, Lucia",11/03/1968,Hydration,Cancelled,X',
      ]),
      denver,
    );
    expect(r.summary.doubts.filter((d) => d.column === 'SysDefStatus')).toEqual([]);
    expect(r.appointments.map((a) => a.status)).toEqual(['NEW', 'CANCEL']);
  });
});

describe("MOSAIQ's user-defined status ('UserDefStatus' = RS, PR)", () => {
  it('is never the provider, though its header says user', () => {
    // 'user' reads as the staff member; a status is never a person's name, and `RS` had gone to
    // the portal as the provider (the file was held: the guess was asked about).
    const r = recognizeColumns(
      ['Appointment Date', 'Appointment Time', 'Patient Name', 'DOB', 'UserDefStatus'],
      [
        ['03/15/2027', '7:30 AM', 'Chavez, Rosa', '08/14/1956', 'RS'],
        ['03/15/2027', '1:00 PM', 'Montoya-Garcia, Lucia', '11/03/1968', 'PR'],
      ],
      { now: new Date('2027-01-15T00:00:00Z') },
    );
    expect(r.profile.columns.providerName).toBeUndefined();
  });
});
