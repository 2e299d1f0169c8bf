// Words that name a free slot (Available, Free, Open slot, Libre...) mean "not an appointment" only
// on a row without a patient: Planet DDS writes `Available` for a patient ready to be seated, so
// beside a patient the word is asked (the file held). And only a word that says the appointment was
// taken off the schedule (UnschedList, W/Call, a wait list) gives a skipped row its own id, which the
// engine cancels when it is booked on the portal: blocked time beside a patient cancels nothing.
// Expected outcomes worked out by hand from the rows.
import { describe, expect, it } from 'vitest';
import { exportFiles } from '../trust/export-files.ts';
import { collect } from './support.ts';

const files = exportFiles('open-slot-status');

// A Planet DDS (Denticon) appointment report, as the hunt found it.
const HEADER = 'Appt ID,Patient ID,Patient Name,Birth Date,Appt Date,Appt Time,Provider,Appt Status';
const rows = (status: string) => [
  HEADER,
  '88101,20417,"Smith, John",04/12/1975,03/02/2027,8:00 AM,"Patel, Nina DDS",Checked Out',
  '88102,20533,"Jones, Mary",11/30/1982,03/02/2027,9:00 AM,"Patel, Nina DDS",In Operatory',
  `88103,20611,"Brown, Peter",01/05/1960,03/02/2027,10:00 AM,"Patel, Nina DDS",${status}`,
];
const skippedWithIds = (r: Awaited<ReturnType<typeof collect>>) =>
  r.items.flatMap((i) => (i.kind === 'skipped' ? [[i.line, i.reason, i.appointmentId ?? '-']] : []));

describe('open-slot words beside a patient', () => {
  it.each(['Available', 'Free', 'Open slot', 'Disponible', 'Frei'])(
    "'%s' on a patient's row holds the file as an unknown status",
    async (word) => {
      const r = await collect(files.write(rows(word)), { timeZone: 'America/New_York' });
      expect(r.summary.doubts).toMatchObject([{ kind: 'status', samples: [word] }]);
    },
  );

  it('without an id column as well', async () => {
    const noIds = rows('Available').map((l) => l.slice(l.indexOf(',') + 1));
    const r = await collect(files.write(noIds), { timeZone: 'America/New_York' });
    expect(r.summary.doubts).toMatchObject([{ kind: 'status', samples: ['Available'] }]);
  });

  it('an open slot without a patient is still skipped, with no question', async () => {
    const r = await collect(
      files.write([...rows('Confirmed'), '88104,,,,03/02/2027,11:00 AM,"Patel, Nina DDS",Available']),
      { timeZone: 'America/New_York' },
    );
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.appointmentId)).toEqual(['88101', '88102', '88103']);
    expect(r.skipped.map((s) => s.line)).toEqual([5]);
  });
});

describe('which skipped rows name their appointment (an off-schedule cancel)', () => {
  it.each([
    // taken off the schedule: the id goes with the row
    ['UnschedList', '88103'],
    ['Wait/Will Call', '88103'],
    ['Waitlist', '88103'],
    // blocked time beside a patient: skipped, and says nothing about a booked appointment
    ['Blocked', '-'],
    ['Lunch', '-'],
    ['PtNote', '-'],
  ])("'%s' → id %s", async (word, id) => {
    const r = await collect(files.write(rows(word)), { timeZone: 'America/New_York' });
    expect(r.summary.doubts).toEqual([]);
    expect(skippedWithIds(r)).toEqual([[4, `status '${word}'`, id]]);
  });
});
