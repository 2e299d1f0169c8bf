// A note, comment or memo column is the front desk's (`2nd no show - send letter`, `owes $40 -
// collect copay`): it is read for a cancellation in words, never sent to the portal, where the
// patient would read it as the appointment's description. The description sent is the export's
// description column, else the reason, else the type. Expected values written by hand.
import { describe, expect, it } from 'vitest';
import { collect, expectValidXml } from './support.ts';
import { exportFiles } from '../trust/export-files.ts';

const files = exportFiles('staff-notes');
const opts = { timeZone: 'America/New_York' };

describe('a notes column', () => {
  it.each(['Appointment Notes', 'Comments', 'Memo', 'Appt Note', 'Remarks', 'Bemerkung', 'Observaciones'])(
    "'%s' is never sent: the description is the reason, else the type",
    async (header) => {
      const r = await collect(
        files.write([
          `Appt ID,Patient ID,Last Name,First Name,DOB,Appt Date,Appt Time,Provider,Status,Type,${header},Reason`,
          '1001,P1,Smith,Anna,03/04/1980,12/08/2026,9:00 AM,"Lee, Kim",Scheduled,Office Visit,2nd no show - send letter,Follow-up',
          '1002,P2,Jones,Bob,05/06/1970,12/08/2026,9:30 AM,"Lee, Kim",Scheduled,Office Visit,owes $40 - collect copay,',
        ]),
        opts,
      );
      expect(r.summary.doubts).toEqual([]);
      expect(r.appointments.map((a) => a.description)).toEqual(['Follow-up', 'Office Visit']);
      const xml = expectValidXml(r.appointments);
      expect(xml).not.toContain('send letter');
      expect(xml).not.toContain('copay');
    },
  );

  it('a description column is sent as written', async () => {
    const r = await collect(
      files.write([
        'Appt ID,Patient ID,Last Name,First Name,DOB,Appt Date,Appt Time,Provider,Status,Description,Comments',
        '1001,P1,Smith,Anna,03/04/1980,12/08/2026,9:00 AM,"Lee, Kim",Scheduled,Annual physical,bring forms',
      ]),
      opts,
    );
    expect(r.appointments.map((a) => a.description)).toEqual(['Annual physical']);
  });

  it('still holds the file when a note beside a booked status says cancelled', async () => {
    const r = await collect(
      files.write([
        'Appt ID,Patient ID,Last Name,First Name,DOB,Appt Date,Appt Time,Provider,Status,Notes',
        '1001,P1,Smith,Anna,03/04/1980,12/08/2026,9:00 AM,"Lee, Kim",Scheduled,confirmed by text',
        '1002,P2,Jones,Bob,05/06/1970,12/08/2026,9:30 AM,"Lee, Kim",Scheduled,pt cancelled - will call back to resched',
      ]),
      opts,
    );
    expect(r.summary.doubts.map((d) => d.column)).toContain('Notes');
  });
});
