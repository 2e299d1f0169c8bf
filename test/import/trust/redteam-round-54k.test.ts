// Red team, round 54k: the rules merged in round 54 that now SEND what was held, refused or a row
// error (VA FileMan dates, VistA statuses, cancel-text guards, an offset in a time column of its
// own), attacked for WRONG SENDS only. Each probe is a small file of three rows (Hollis, Obi,
// Lindqvist); the sign is on Obi's row (line 3) unless said. Outcomes were worked out by hand
// before the first run:
//   'held'  the file is held (a question), refused, or Obi's row is a row error: never sent booked
//           or at another time;
//   'sent'  the file goes without a question, every row as written beside it.
// Calendar, by hand: Los Angeles is on daylight time from 14 March 2027 (UTC-7). 22 March 2027 is
// a Monday. Hollis 22 March 9:00 = 16:00Z, Obi 22 March 10:00 = 17:00Z, Lindqvist 23 March
// 13:30 = 20:30Z. FileMan: 327 + 1700 = 2027, so 22 March 2027 is 3270322 and 10:00 is `.1`.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';
import {
  APPT,
  col,
  type Cols,
  DATE,
  DOB,
  held,
  obiNotBooked,
  PATIENT,
  PID,
  probeRunner,
  PROVIDER,
  type Result,
  sent,
  STARTS,
  status,
  TIME,
} from './three-row-probes.ts';
import { saysMovedAway } from '../../../main/import/map/move-words.ts';
import { wordsSayOff } from '../../../main/import/trust/cancel-text-columns.ts';

const files = exportFiles('redteam-round-54k');

const BASE: Cols = [DATE, TIME, PATIENT, DOB, PID, PROVIDER, APPT];

const run = probeRunner(files);
/** Held, or sent exactly as `expected`: a false hold is no wrong send. */
const heldOrSent = (r: Result | 'refused', expected: string[]): boolean =>
  held(r) || JSON.stringify(sent(r)) === JSON.stringify(expected);
/** Nothing went at a start other than the hand-worked one of its row. */
const noOtherStart = (r: Result | 'refused', starts = STARTS): boolean =>
  held(r) ||
  (r !== 'refused' && r.appointments.every((a) => starts.includes(a.start.toISOString().slice(0, 16))));

// ---------------------------------------------------------------------------------------------
// A. VistA's statuses where the file does not prove VistA, or written otherwise
// ---------------------------------------------------------------------------------------------
describe('A. VistA statuses are read only in a VistA file, in capitals, alone', () => {
  it.each([
    ['NO ACTION TAKEN beside Scheduled', 'NO ACTION TAKEN', 'Scheduled', []],
    ['only #409.63 names, US dates, no VistA named', 'NO ACTION TAKEN', 'FUTURE', []],
    ['NON-COUNT under a Chula Vista title', 'NON-COUNT', 'FUTURE', ['Chula Vista Family Clinic']],
    ['INPATIENT under a CHULA VISTA title', 'INPATIENT', 'FUTURE', ['CHULA VISTA MEDICAL GROUP']],
  ])('%s: not sent booked unasked', async (_, obi, others, title) => {
    const r = await run([...BASE, status(obi, others)], title);
    expect(held(r)).toBe(true);
  });

  const VISTA_DATE: [string, string[]] = [
    'APPOINTMENT DATE/TIME',
    ['MAR 22,2027@09:00', 'MAR 22,2027@10:00', 'MAR 23,2027@13:30'],
  ];
  const VBASE: Cols = [VISTA_DATE, PATIENT, PID, PROVIDER, APPT];
  it.each([
    ['lower case', 'no action taken'],
    ['mixed case', 'No Action Taken'],
    ['with more words', 'NO ACTION TAKEN - LEFT'],
    ['a cancel word after', 'INPATIENT CANCELLED'],
  ])('FileMan dates, %s: never booked unasked', async (_, obi) => {
    const r = await run([...VBASE, status(obi, 'FUTURE')]);
    expect(obiNotBooked(r)).toBe(true);
  });

  it('FileMan dates and CANCELLED BY PATIENT & AUTO RE-BOOK: Obi goes cancelled (control)', async () => {
    const r = await run([...VBASE, status('CANCELLED BY PATIENT & AUTO RE-BOOK', 'FUTURE')]);
    expect(
      heldOrSent(r, [`${STARTS[0]} NEW Hollis`, `${STARTS[1]} CANCEL Obi`, `${STARTS[2]} NEW Lindqvist`]),
    ).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// B. FileMan internal dates
// ---------------------------------------------------------------------------------------------
describe('B. FileMan internal dates never send a visit at another time', () => {
  it('a timed FileMan start: 3270322.09, .1 and 3270323.133 go at 9:00, 10:00, 13:30 (control)', async () => {
    const r = await run([
      ['APPOINTMENT DATE/TIME', ['3270322.09', '3270322.1', '3270323.133']],
      PATIENT,
      PID,
      PROVIDER,
      APPT,
    ]);
    expect(
      heldOrSent(r, [`${STARTS[0]} NEW Hollis`, `${STARTS[1]} NEW Obi`, `${STARTS[2]} NEW Lindqvist`]),
    ).toBe(true);
  });

  it('one column mixing internal and external dates: Obi never at another time', async () => {
    const r = await run([
      ['APPOINTMENT DATE/TIME', ['MAR 22,2027@09:00', '3270322.1', 'MAR 23,2027@13:30']],
      PATIENT,
      PID,
      PROVIDER,
      APPT,
    ]);
    expect(noOtherStart(r)).toBe(true);
  });

  it('a date alone in FileMan form beside a Time: the date read, the time as written', async () => {
    const r = await run([
      ['Appt Date', ['3270322', '3270322', '3270323']],
      TIME,
      PATIENT,
      PID,
      PROVIDER,
      APPT,
    ]);
    expect(noOtherStart(r)).toBe(true);
  });

  it('seven-digit numbers under Date Entered beside a real start: the start is unchanged', async () => {
    const r = await run([...BASE, ['Date Entered', ['3120415', '3120877', '3120954']]]);
    expect(noOtherStart(r)).toBe(true);
  });

  it('seven-digit chart numbers under a Date header read as 2012 dates: never the start', async () => {
    // 3120415 is FileMan's 15 April 2012: a chart number that merely looks like one, under `Date`
    // while the real start is `Appt Date`.
    const r = await run([['Date', ['3120415', '3120417', '3120419']], ...BASE]);
    expect(noOtherStart(r)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// C. Cancel-text guards
// ---------------------------------------------------------------------------------------------
describe('C. a cancellation said beside Status = Scheduled is never sent booked', () => {
  it.each([
    ['Cancelled', 'X'],
    ['Canceled', 'X'],
    ['Cxl', 'X'],
    ['Cancelled', 'Y'],
    ['Cancelled', 'Yes'],
    ['Canceled?', 'X'],
    ['Cancel', '1'],
    ['Deleted', 'X'],
  ])('%s = %s on Obi', async (header, value) => {
    const r = await run([...BASE, status('Scheduled'), col(header, value)]);
    expect(obiNotBooked(r)).toBe(true);
  });

  it.each(['Cancellation', 'CANCELLATION', 'Cancellation - Pt', 'Cancelation'])(
    'Status = %s',
    async (obi) => {
      const r = await run([...BASE, status(obi)]);
      expect(obiNotBooked(r)).toBe(true);
    },
  );

  it.each(['Cancellation', 'Cancelled', 'Canceled Appt'])('Type = %s with no status column', async (obi) => {
    const r = await run([...BASE, col('Appt Type', obi, 'Follow Up')]);
    expect(obiNotBooked(r)).toBe(true);
  });

  it.each(['Dr. Cancelled', 'CANCELLED Dr. Raj Lee', 'Dr. Raj Lee (cancelled)', 'Raj Lee CANCELED'])(
    'Provider = %s with no status column',
    async (obi) => {
      const r = await run([DATE, TIME, PATIENT, DOB, PID, APPT, col('Provider', obi, 'Dr. Nina Patel')]);
      expect(obiNotBooked(r)).toBe(true);
    },
  );

  it.each(['changed to 3/29', 'Changed to Mon 3/29 10am', 'appt changed to 3/29'])(
    'Note = %s beside Status = Scheduled',
    async (obi) => {
      const r = await run([...BASE, status('Scheduled'), col('Notes', obi)]);
      expect(obiNotBooked(r)).toBe(true);
    },
  );
});

// ---------------------------------------------------------------------------------------------
// D. An offset in a time column of its own
// ---------------------------------------------------------------------------------------------
describe('D. +00:00 times beside a date', () => {
  it('a real UTC day: 16:00, 17:00, 20:30 +00:00 go at those instants (control)', async () => {
    const r = await run([
      DATE,
      ['Appt Time', ['16:00:00 +00:00', '17:00:00 +00:00', '20:30:00 +00:00']],
      PATIENT,
      DOB,
      PID,
      PROVIDER,
      APPT,
    ]);
    expect(sent(r)).toEqual([
      `${STARTS[0]} NEW Hollis`,
      `${STARTS[1]} NEW Obi`,
      `${STARTS[2]} NEW Lindqvist`,
    ]);
  });

  it('an evening visit past 00:00Z beside a date: the date may be the local one, never a day early unasked', async () => {
    // Lindqvist 22 March 17:30 in Los Angeles is 00:30Z on 23 March. Written `03/22/2027` (the
    // practice's day) beside `00:30:00 +00:00`, it would go as 22 March 00:30Z = 21 March 17:30 in
    // Los Angeles: a day early. Written `03/23/2027` (UTC's day) it is right. The file cannot say.
    const r = await run([
      ['Appt Date', ['03/22/2027', '03/22/2027', '03/22/2027']],
      ['Appt Time', ['16:00:00 +00:00', '17:00:00 +00:00', '00:30:00 +00:00']],
      PATIENT,
      DOB,
      PID,
      PROVIDER,
      APPT,
    ]);
    expect(
      held(r) ||
        (r !== 'refused' &&
          !r.appointments.some((a) => a.start.toISOString().startsWith('2027-03-22T00:30'))),
    ).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// E. Ranges across noon without AM/PM
// ---------------------------------------------------------------------------------------------
// By hand, Los Angeles on 22 March 2027 (UTC-7): 7:00 AM = 14:00Z, 11:00 AM = 18:00Z,
// 5:00 AM = 12:00Z (the wrong reading of an evening clinic's 5:00 PM = 00:00Z on the 23rd).
describe('E. a range across noon never moves its start', () => {
  const ranges = (times: string[]) => run([DATE, ['Appt Time', times], PATIENT, DOB, PID, PROVIDER, APPT]);
  it('7:00-1:00 (a 6-hour block) starts at 7:00 AM or is asked', async () => {
    const r = await ranges(['7:00-1:00', '10:00-10:30', '1:30-2:00']);
    expect(
      r === 'refused' ||
        held(r) ||
        !r.appointments.some((a) => a.start.toISOString().startsWith('2027-03-22T02:00')),
    ).toBe(true);
  });
  it('11:00-5:00 starts at 11:00 AM or is asked', async () => {
    const r = await ranges(['9:00-9:30', '11:00-5:00', '1:30-2:00']);
    expect(
      held(r) ||
        (r !== 'refused' && r.appointments.some((a) => a.start.toISOString().startsWith('2027-03-22T18:00'))),
    ).toBe(true);
  });
  it('an evening clinic 5:00-5:30, 6:00-6:30, 7:30-8:00 never goes in the small hours', async () => {
    const r = await ranges(['5:00-5:30', '6:00-6:30', '7:30-8:00']);
    expect(
      held(r) ||
        (r !== 'refused' &&
          !r.appointments.some((a) => /T1[2-4]:/.test(a.start.toISOString()) && a.start.getUTCDate() === 22)),
    ).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// F. The rules the fixes of this round added, alone
// ---------------------------------------------------------------------------------------------
describe('F. the rules behind the fixes', () => {
  it.each([
    ['changed to 3/29', true],
    ['appt changed to Tues', true],
    ['Changed', false],
    ['changed provider', false],
    ['not changed to 3/29', false],
  ])("saysMovedAway('%s') is %s", (text, moved) => {
    expect(saysMovedAway(text)).toBe(moved);
  });

  it.each([
    ['CANCELLED Dr. Raj Lee', true],
    ['Raj Lee CANCELED', true],
    ['Dr. Cancelled', true],
    ['Dr. Raj Lee - CXL', true],
    // A stem is never read in a name: Dr. Storn, Dr. Cancela (a Galician surname), Canceller.
    ['Dr. Storn', false],
    ['Dr. Maria Cancela', false],
    ['Cancellieri, Anna MD', false],
    ['Dr. Raj Lee', false],
  ])("a provider '%s' says cancelled: %s", (value, off) => {
    expect(wordsSayOff(value, 'parts')).toBe(off);
  });
});

// ---------------------------------------------------------------------------------------------
// G. A birth date in FileMan's internal form beside an ordinary appointment date
// ---------------------------------------------------------------------------------------------
// By hand: 2700602 is 2 June 1970 (270 + 1700), 2990405 5 April 1999, 2630829 29 August 1963.
// Their years are before 2000 and nothing else proves FileMan, so they may not be read as such;
// any birth date that goes must be the true one.
describe('G. an internal-form DOB never goes as another day', () => {
  it.each([
    ['DOB', ['2700602', '2990405', '2630829']],
    ['DOB', ['3000602', '3010405', '3020829']],
  ])('%s = %j', async (header, values) => {
    const r = await run([DATE, TIME, PATIENT, [header, values], PID, PROVIDER, APPT]);
    const truth: Record<string, string> = {
      '2700602': '1970-06-02',
      '2990405': '1999-04-05',
      '2630829': '1963-08-29',
      '3000602': '2000-06-02',
      '3010405': '2001-04-05',
      '3020829': '2002-08-29',
    };
    const names = ['Hollis', 'Obi', 'Lindqvist'];
    expect(
      held(r) ||
        (r !== 'refused' &&
          r.appointments.every((a) => a.patient.dob === truth[values[names.indexOf(a.patient.lastName)]!])),
    ).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// H. A date-time start beside an Appt Time that agrees on the wall clock only
// ---------------------------------------------------------------------------------------------
// By hand: `2027-03-22T09:00:00Z` is 2:00 AM in Los Angeles; the Appt Time beside it says 9:00 AM.
// The two agree only if the `Z` is the practice's own clock marked UTC by mistake: held, or sent
// at 9:00 in Los Angeles (16:00Z); never at 2:00 AM.
describe('H. a Z date-time beside a matching wall-clock time never goes in the small hours', () => {
  it('Start = 09:00Z beside Appt Time = 9:00 AM', async () => {
    const r = await run([
      ['Appt Start', ['2027-03-22T09:00:00Z', '2027-03-22T10:00:00Z', '2027-03-23T13:30:00Z']],
      TIME,
      PATIENT,
      DOB,
      PID,
      PROVIDER,
      APPT,
    ]);
    expect(noOtherStart(r)).toBe(true);
  });
  it('Start = 16:00Z beside Appt Time = 9:00 AM (the same instant): goes, or is asked', async () => {
    const r = await run([
      ['Appt Start', ['2027-03-22T16:00:00Z', '2027-03-22T17:00:00Z', '2027-03-23T20:30:00Z']],
      TIME,
      PATIENT,
      DOB,
      PID,
      PROVIDER,
      APPT,
    ]);
    expect(noOtherStart(r)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// I. HL7 SIU: PID-5's name among several, PID-3 beside an SSN
// ---------------------------------------------------------------------------------------------
// One S12 message, by hand: SCH-11 ^^30^202703020900 is 2 March 2027 9:00 in Chicago (CST, UTC-6)
// = 15:00Z. Name types of HL7 table 0200: L legal, A alias, M maiden, B name at birth, D display.
describe('I. SIU: the patient named is the legal one, never a guess among others', () => {
  const siu = (pid5: string, pid3 = '884512^^^CLINIC^MR', pid19 = ''): string =>
    [
      'MSH|^~\\&|PM|CLINIC|PORTAL|MF|20270301080000||SIU^S12|C1|P|2.3',
      'SCH|P7001|7001|||||ROUTINE^Routine|OFFICE^Office visit|30|MIN|^^30^202703020900',
      `PID|1||${pid3}||${pid5}||19610417|F|||||||||||${pid19}`,
      'AIP|1||1234^LEE^ANNA^^^^MD|ATT',
    ].join('\r') + '\r';
  const go = async (text: string) => {
    try {
      return await collect(files.write(text, 'hl7'), { timeZone: 'America/Chicago' });
    } catch {
      return 'refused' as const;
    }
  };
  it.each([
    ['maiden first, then legal', 'SMITH^JANE^^^^^M~WHITAKER^JANET^^^^^L', ['Whitaker']],
    ['alias first, then legal', 'JJ^^^^^^A~WHITAKER^JANET^^^^^L', ['Whitaker']],
    // Birth and maiden names only: no legal name, and neither may be the current one.
    ['a birth name and a maiden name, no legal one', 'SMITH^JANE^^^^^B~JONES^JANE^^^^^M', ['held']],
  ])('%s', async (_, pid5, want) => {
    const r = await go(siu(pid5));
    const got =
      r === 'refused' || held(r) || r.appointments.length === 0
        ? ['held']
        : r.appointments.map((a) => a.patient.lastName);
    expect(got).toEqual(want);
  });
  it('an SSN in PID-3 and PID-19 is never the patient id', async () => {
    const r = await go(siu('WHITAKER^JANET^^^^^L', '123456789^^^USSSA^SS', '123456789'));
    expect(r === 'refused' || r.appointments.every((a) => a.patient.patientId !== '123456789')).toBe(true);
  });
});
