// Red team, round 63g: what the blind corpus layouts 463-465 found (a UK Outlook calendar, a
// Sydney GP week typed in Excel, a Calendly page where parents book their children).
//   A. A day's date typed once, on its first row (the rows under it left empty): the file is held
//      to ask whether an empty date is the row above's. The file's other questions must be asked
//      in that same reading: corpus 464 was answered, read again and held a second time, on a
//      name typed without a comma ('Emily Tran') under an empty date, which the first reading
//      never saw. The rows under a date stay row errors until the practice answers.
//   B. 'DR OUT - conference' typed in the patient's column, with no birth date, status or time, is
//      the doctor's day away (blocked time, skipped), not a row error.
// Outcomes were worked out by hand before the first run; a hold is never a wrong send.
// Calendar, by hand: Los Angeles is on daylight time from 14 March 2027 (UTC-7); 22 and 23 March
// 2027 are a Monday and a Tuesday.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { confirmedProfile, exportFiles } from './export-files.ts';
import { held, linesRunner, type Run } from './three-row-probes.ts';

const files = exportFiles('redteam-round-63g');
const run = linesRunner(files);

const checks = (r: Run): string[] =>
  r === 'refused' ? [] : (r.summary.doubts ?? []).map((d) => d.check ?? d.kind);

// ---------------------------------------------------------------------------------------------
// A. A day's date typed once: every question in one reading
// ---------------------------------------------------------------------------------------------
describe('A. a date typed once per day, the rows under it empty', () => {
  // Lines 3, 4 and 6 have no date. Names are 'Last, First' except 'Emily Tran' (line 3, given
  // name first, no comma); times have no AM/PM: 9:00, 10:15, 8:45 mornings and 2:15, 2:30 (lines
  // 4 and 6) a doctor's afternoon.
  const WEEK = [
    'Date,Time,Provider,Patient,DOB,Status',
    '03/22/2027,9:00,Dr. Nina Patel,"Hollis, Grace",06/02/1970,Confirmed',
    ',10:15,Dr. Nina Patel,Emily Tran,11/22/1990,Confirmed',
    ',2:15,Dr. Nina Patel,"Obi, Adaeze",04/05/1999,Confirmed',
    '03/23/2027,8:45,Dr. Nina Patel,"Lindqvist, Sven",08/29/1963,Confirmed',
    ',2:30,Dr. Nina Patel,"Smith, Margaret",02/14/1951,Confirmed',
  ];

  it('asks the name order of the undated row in the same reading as the empty dates', async () => {
    const r = await run(WEEK);
    expect(held(r)).toBe(true);
    expect(checks(r)).toContain('date-gaps');
    expect(checks(r)).toContain('name-order');
  });

  it("asks the twelve-hour clock with the undated rows' afternoon times (2:15, 2:30) counted", async () => {
    const r = await run(WEEK);
    expect(r).not.toBe('refused');
    if (r === 'refused') return;
    const clock = (r.summary.doubts ?? []).find((d) => d.check === 'twelve-hour-clock');
    // Read from the dated rows alone (9:00, 8:45) the question had been about mornings only.
    expect(clock?.message).toMatch(/2 rows start between 1:00 and 6:59/);
  });

  it('leaves the rows under a date row errors of an empty date until the practice answers', async () => {
    const r = await run(WEEK);
    expect(r).not.toBe('refused');
    if (r === 'refused') return;
    expect(r.errors.map((e) => [e.line, e.column, e.message])).toEqual([
      [3, 'Date', 'the appointment date is empty'],
      [4, 'Date', 'the appointment date is empty'],
      [6, 'Date', 'the appointment date is empty'],
    ]);
    // Only the dated rows are appointments (the file is held: none is sent).
    expect(r.appointments.map((a) => a.patient.lastName)).toEqual(['Hollis', 'Lindqvist']);
  });

  it('once answered "leave them out", the undated rows are row errors no question reads', async () => {
    const headers = WEEK[0]!.split(',');
    const columns = {
      date: 'Date',
      time: 'Time',
      providerName: 'Provider',
      patientName: 'Patient',
      dob: 'DOB',
      status: 'Status',
    };
    const profile = confirmedProfile(files, columns, headers);
    // The practice confirmed without the blank-date answer: such rows are to be left out.
    const saved = JSON.parse(fs.readFileSync(profile, 'utf8'));
    saved.confirmed.answered = ['date-gaps@Date'];
    fs.writeFileSync(profile, JSON.stringify(saved));
    const r = await collect(files.write(WEEK), { timeZone: 'America/Los_Angeles', profile });
    expect(r.errors.map((e) => e.line)).toEqual([3, 4, 6]);
    // 'Emily Tran' is on a row left out: its name order is no question of this file.
    expect(checks(r)).not.toContain('name-order');
    expect(checks(r)).not.toContain('date-gaps');
  });
});

// ---------------------------------------------------------------------------------------------
// B. The doctor's day away typed in the patient's column
// ---------------------------------------------------------------------------------------------
describe("B. 'DR OUT' in the patient's column", () => {
  const rows = (patient: string, dob = ''): string[] => [
    'Date,Time,Provider,Patient,DOB,Status',
    '03/22/2027,9:00 AM,Dr. Nina Patel,"Hollis, Grace",06/02/1970,Confirmed',
    `03/23/2027,,Dr. Nina Patel,${patient},${dob},`,
    '03/23/2027,1:30 PM,Dr. Raj Lee,"Lindqvist, Sven",08/29/1963,Confirmed',
  ];

  it.each(['DR OUT - conference', 'Dr out', 'Doctor out', 'DR AWAY'])(
    "'%s' with no birth date, status or time is skipped as blocked time",
    async (patient) => {
      const r = await run(rows(patient));
      expect(r).not.toBe('refused');
      if (r === 'refused') return;
      expect(r.errors).toEqual([]);
      expect(r.skipped.map((s) => s.line)).toEqual([3]);
      // 22 March 9:00 PDT = 16:00Z; 23 March 13:30 = 20:30Z.
      expect(r.appointments.map((a) => a.start.toISOString().slice(0, 16))).toEqual([
        '2027-03-22T16:00',
        '2027-03-23T20:30',
      ]);
    },
  );

  it('a row named DR OUT with a birth date is a chart, never skipped', async () => {
    const r = await run(rows('DR OUT', '01/02/1970'));
    expect(r === 'refused' || !r.skipped.some((s) => s.line === 3)).toBe(true);
  });
});
