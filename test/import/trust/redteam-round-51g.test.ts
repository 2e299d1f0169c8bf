// Red team, round 51g: the rules the last blind rounds loosened, attacked for WRONG SENDS only.
// Each probe tries to make a loosened rule send something wrong; its outcome was worked out by
// hand before it first ran (the expectation is the hand-worked one; where more than one outcome
// is right, e.g. asked or cancelled, the probe accepts each and refuses the wrong one).
// A. Status words read as booked: Performed, Pre-Op, PACU, Final... (status-words.ts).
// B. A deposit note after a status (fee-notes.ts).
// C. A front desk's note after the status: LM x2, cxl - called, r/s to Thurs, moved to 4/2.
// D. A bare hour starting a range (9-9:30) read as a time; a total of an added column.
// E. DICOM/HL7 caret names (caret-names.ts).
// F. An email or phone number in the name cell (name-contacts.ts).
// G. Dates without a year placed by the column's own full dates (yearless-dates.ts).
// Calendar, by hand: Los Angeles is on daylight time from 14 March 2027 (UTC-7). 22 March 2027 is
// a Monday, 23 a Tuesday, 25 a Thursday; 1 April 2027 a Thursday; 31 December 2026 a Thursday,
// 1 January 2027 a Friday; 7 January and 1 July 2027 both Thursdays.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';

const files = exportFiles('redteam-round-51g');
type Result = Awaited<ReturnType<typeof collect>>;
const run = (lines: string[], timeZone = 'America/Los_Angeles'): Promise<Result> =>
  collect(files.write(lines), { timeZone });
const held = (r: Result): boolean => (r.summary.doubts ?? []).length > 0;
/** What became of the row of the patient whose last name is `last`: the file held, the status
 *  it was sent with, or not sent (a row error or skipped). */
const outcome = (r: Result, last: string): string => {
  if (held(r)) return 'held';
  const a = r.appointments.find((x) => x.patient.lastName.toLowerCase() === last.toLowerCase());
  return a ? a.status : 'not sent';
};
const startOf = (r: Result, last: string): string | undefined =>
  r.appointments
    .find((x) => x.patient.lastName.toLowerCase() === last.toLowerCase())
    ?.start.toISOString()
    .slice(0, 16);

/** Three rows of a clinic's day; the second's status is the probe. */
const statusFile = (probe: string, date = '03/22/2027', time = '10:00 AM'): string[] => [
  'Date,Time,Patient,DOB,Status',
  '03/22/2027,9:00 AM,"Hollis, Grace",06/02/1970,Scheduled',
  `${date},${time},"Obi, Adaeze",04/05/1999,"${probe}"`,
  '03/23/2027,1:30 PM,"Lindqvist, Sven",08/29/1963,Confirmed',
];

// ---------------------------------------------------------------------------------------------
// A. Statuses of a case or exam under way or done
// ---------------------------------------------------------------------------------------------
describe('A. a case or exam stage is booked only when nothing beside it undoes it', () => {
  it.each<[string, string[]]>([
    ['Not Performed', ['held', 'CANCEL']], // the case did not take place
    ['Performed - Cancelled', ['held', 'CANCEL']],
    ['Pre-Op Cancelled', ['held', 'CANCEL']],
    ['In OR - Cancelled', ['held', 'CANCEL']],
    ['PACU - Expired', ['held']], // the patient died: never a booked visit sent on a guess
    ['Performed Elsewhere', ['held']], // done at another facility: not this one's visit
    ['Not Yet Performed', ['held', 'NEW']],
    ['Exam Started - Aborted', ['held', 'CANCEL']],
    ['Scanning Not Done', ['held', 'CANCEL']],
    ['Final - Cancelled', ['held', 'CANCEL']],
    ['Cancelled - Final', ['held', 'CANCEL']],
    ['Finalized', ['held']], // a bill or a report finalized: no visit state
    ['Final Bill', ['held']],
    ['Final Notice', ['held']], // a recall's or a collection's last letter: no visit
    ['Final Read', ['held']], // a radiology report's stage
    ['Final - Signed', ['held']],
    ['Pre-Admit Cancelled', ['held', 'CANCEL']],
    ['Final - No Show', ['held', 'NEW']], // a missed visit is booked (and missed)
  ])('%s → one of %j', async (probe, right) => {
    expect(right).toContain(outcome(await run(statusFile(probe)), 'Obi'));
  });

  it('a hospital admissions list (Pre-Admit, Admitted, Discharged) is never sent as visits on a guess', async () => {
    // By hand: Discharged is asked (discharged from care elsewhere), so the file is held.
    const r = await run([
      'Admit Date,Admit Time,Patient,MRN,DOB,Unit,Status',
      '03/22/2027,6:00 AM,"Hollis, Grace",200415,06/02/1970,4 West,Pre-Admit',
      '03/22/2027,7:15 AM,"Obi, Adaeze",201290,04/05/1999,4 West,Admitted',
      '03/21/2027,2:00 PM,"Lindqvist, Sven",201502,08/29/1963,ICU,Discharged',
    ]);
    expect(held(r)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// B. A deposit note after a status
// ---------------------------------------------------------------------------------------------
describe('B. a deposit note leaves the status to decide only where the two agree', () => {
  it.each<[string, string[]]>([
    ['Confirmed - Deposit Paid', ['NEW']],
    ['No Show - Deposit Forfeited', ['NEW']], // missed: booked and missed, the deposit kept
    ['Cancelled - Deposit Kept', ['CANCEL']],
    // A forfeit follows a no-show or a late cancellation; beside a booked status the two disagree:
    // sent booked, a visit called off late would stay on the portal.
    ['Confirmed - Deposit Forfeited', ['held']],
    ['Scheduled - Forfeited', ['held']],
    ['Booked - Deposit Kept', ['held']],
    ['Confirmed - Deposit Retained', ['held']],
    ['Confirmed - Deposit Refunded', ['held']], // a refund: maybe the visit was called off
    ['Deposit Refunded', ['held']],
    ['Deposit Forfeited', ['held']], // a note alone is no status
    ['Cancelled - Deposit Applied to next visit', ['held', 'CANCEL']],
    ['Scheduled - Deposit Paid - Cancelled', ['held', 'CANCEL']],
    ['Confirmed - Deposit Paid (cancelled)', ['held', 'CANCEL']],
    ['Confirmed - Deposit Returned', ['held']],
  ])('%s → one of %j', async (probe, right) => {
    expect(right).toContain(outcome(await run(statusFile(probe)), 'Obi'));
  });
});

// ---------------------------------------------------------------------------------------------
// C. A front desk's note after the status
// ---------------------------------------------------------------------------------------------
describe('C. a typed note after the status never cancels a visit it may be', () => {
  it.each<[string, string[]]>([
    ['LM x2', ['NEW']], // a message left twice: booked
    ['Cancelled - LM x2', ['held', 'CANCEL']],
    ['cxl - called to confirm', ['held']], // which one? asked
    ['Confirmed - pt called to cancel', ['held']],
    ['Confirmed - LM x2, wants to cxl', ['held']],
    ['r/s to Thurs?', ['held']],
    ['Scheduled - r/s to Thurs', ['held']],
    ['r/s to Thurs - conf', ['held']],
    ['pt wants to r/s to Thurs', ['held']],
    ['moved to Dr. Lee', ['held']], // another provider, same slot: no move of the slot
    ['moved to room 3', ['held']],
    ['moved to 4/2 - cancelled', ['held', 'CANCEL']],
  ])('%s on Monday 22 March → one of %j', async (probe, right) => {
    expect(right).toContain(outcome(await run(statusFile(probe)), 'Obi'));
  });

  it('r/s to Thurs on a Thursday of another week: the row may be the new booking (not cancelled)', async () => {
    // 25 March 2027 is a Thursday; "Thurs" may be this very day.
    const r = await run(statusFile('r/s to Thurs', '03/25/2027'));
    expect(['held', 'not sent']).toContain(outcome(r, 'Obi'));
  });

  it('moved to 4/2 on a row of 2 April in a day-first file (02/04/2027): its own day', async () => {
    // The file is day-first: 22/03/2027 proves it. 02/04/2027 is 2 April; "4/2" read either way
    // is 4 February or 2 April: the row's own day in one reading, never a cancellation to send.
    const r = await run([
      'Date,Time,Patient,DOB,Status',
      '22/03/2027,09:00,"Hollis, Grace",06/02/1970,Booked',
      '02/04/2027,10:00,"Obi, Adaeze",04/05/1999,moved to 4/2',
      '23/03/2027,13:30,"Lindqvist, Sven",29/08/1963,Booked',
    ]);
    expect(['held', 'not sent']).toContain(outcome(r, 'Obi'));
  });

  it.each<[string, string]>([
    ['moved to 10am', '10:00 AM'],
    ['r/s to 10 am', '10:00 AM'],
    ['moved to 2:30pm', '2:30 PM'],
    ['resched to 3p', '3:00 PM'],
  ])('%s on a row at %s: the row is where the visit went, never cancelled', async (probe, time) => {
    // The desk moved the visit within the day and typed where to on the row it moved: the row's
    // own time. Cancelled on the word, the visit still booked would leave the portal.
    const r = await run(statusFile(probe, '03/22/2027', time));
    expect(['held', 'not sent']).toContain(outcome(r, 'Obi'));
  });

  it('moved to 3/23 @ 10am on a row of 22 March at 10:00 AM: another day, the old slot (cancelled)', async () => {
    const r = await run(statusFile('moved to 3/23 @ 10am', '03/22/2027', '10:00 AM'));
    expect(['held', 'CANCEL']).toContain(outcome(r, 'Obi'));
  });

  it('moved to 10am on a 10:00 row in Toronto: the row’s own time in the practice’s zone', async () => {
    const r = await run(statusFile('moved to 10am', '03/22/2027', '10:00 AM'), 'America/Toronto');
    expect(['held', 'not sent']).toContain(outcome(r, 'Obi'));
  });

  it('the row error names the row’s time and says what to do', async () => {
    const r = await run(statusFile('moved to 10am', '03/22/2027', '10:00 AM'));
    const e = r.errors.find((x) => x.line === 3);
    expect(e?.message).toMatch(/own time \(2027-03-22 10:00\)/);
    expect(e?.hint ?? '').toMatch(/rows of their own/);
  });

  it('moved to 10am on a row at 9:00 AM: the 9:00 slot is the one left (cancelled)', async () => {
    const r = await run(statusFile('moved to 10am', '03/22/2027', '9:00 AM'));
    expect(['held', 'CANCEL']).toContain(outcome(r, 'Obi'));
  });

  it('moved to 4/2 on a row of 22 March: the old slot, cancelled', async () => {
    const r = await run(statusFile('moved to 4/2'));
    expect(outcome(r, 'Obi')).toBe('CANCEL');
  });
});

// ---------------------------------------------------------------------------------------------
// D. A bare hour starting a range; a total of an added column
// ---------------------------------------------------------------------------------------------
describe('D. 9-9:30 is a time only where the hour is sure; a total row is no visit', () => {
  const slots = (times: string[]): string[] => [
    'Date,Slot,Patient,DOB,Status',
    ...times.map(
      (t, i) =>
        `03/22/2027,${t},"${['Hollis, Grace', 'Obi, Adaeze', 'Lindqvist, Sven', 'Nakagawa, Ren'][i]}",06/02/1970,Booked`,
    ),
  ];

  it('1-1:30 without AM or PM among morning slots is never 1 in the night', async () => {
    const r = await run(slots(['9-9:30', '10-10:30', '1-1:30', '2-2:30']));
    // By hand: 1:00 PM is 20:00Z; 1:00 AM would be 08:00Z. Held (afternoon asked) or 1 PM.
    if (!held(r)) expect(startOf(r, 'Lindqvist')).toBe('2027-03-22T20:00');
  });

  it('12-1 (two bare numbers) is no time: never midnight', async () => {
    const r = await run(slots(['9-9:30', '10-10:30', '12-1', '2-2:30']));
    expect(startOf(r, 'Lindqvist')).not.toBe('2027-03-22T07:00');
    if (!held(r)) expect(r.appointments.map((a) => a.patient.lastName)).not.toContain('Lindqvist');
  });

  it('12-12:30 is noon (19:00Z) or asked, never midnight', async () => {
    const r = await run(slots(['9-9:30', '10-10:30', '12-12:30', '2-2:30']));
    if (!held(r)) expect(startOf(r, 'Lindqvist')).toBe('2027-03-22T19:00');
  });

  it('7-7:30 in an evening clinic that writes PM elsewhere is asked or 7 PM, never 7 AM', async () => {
    const r = await run(slots(['5:00 PM', '6:00 PM', '7-7:30', '8:00 PM']));
    // 7:00 PM PDT is 02:00Z on 23 March; 7:00 AM would be 14:00Z on 22 March.
    if (!held(r)) expect(startOf(r, 'Lindqvist')).not.toBe('2027-03-22T14:00');
  });

  it('9-12 in a 24 h clinic (two bare numbers) is no time', async () => {
    const r = await run(slots(['08:00', '9-12', '13:00', '14:30']));
    expect(startOf(r, 'Obi')).toBeUndefined();
  });

  it('a Slot column of bare-hour ranges beside the Time column: the Time column is the start', async () => {
    const r = await run([
      'Date,Time,Block,Patient,DOB,Status',
      '03/22/2027,9:15 AM,9-9:30,"Hollis, Grace",06/02/1970,Booked',
      '03/22/2027,10:40 AM,10-11:00,"Obi, Adaeze",04/05/1999,Booked',
    ]);
    if (!held(r)) expect(startOf(r, 'Obi')).toBe('2027-03-22T17:40');
  });

  it('Total copays $115.00 under the list is no visit; the visits above it are sent', async () => {
    const r = await run([
      'Date,Time,Patient,DOB,Copay,Status',
      '03/22/2027,9:00 AM,"Hollis, Grace",06/02/1970,$40.00,Booked',
      '03/22/2027,10:00 AM,"Obi, Adaeze",04/05/1999,$75.00,Booked',
      ',,Total copays $115.00,,,',
    ]);
    // Held or not (the column may be asked about), the name each row would go with is checked.
    expect(r.appointments.map((a) => a.patient.lastName)).toEqual(['Hollis', 'Obi']);
  });
});

// ---------------------------------------------------------------------------------------------
// E. Caret names
// ---------------------------------------------------------------------------------------------
describe('E. a caret name is read family first, and nothing else is taken for a name part', () => {
  const worklist = (name: string): string[] => [
    'Exam Date,Exam Time,Patient Name,MRN,DOB,Procedure,Status',
    '03/22/2027,9:00 AM,HOLLIS^GRACE^M,200415,06/02/1970,MRI KNEE,Scheduled',
    `03/22/2027,10:00 AM,${name},201290,04/05/1999,CT HEAD,Scheduled`,
    '03/23/2027,1:30 PM,LINDQVIST^SVEN,201502,08/29/1963,US ABD,Scheduled',
  ];
  const person = (r: Result, mrn: string): string | undefined => {
    const a = r.appointments.find((x) => x.patient.patientId === mrn);
    return a && `${a.patient.lastName}/${a.patient.firstName}`;
  };

  it.each<[string, string]>([
    ['OBI^ADAEZE^^^JR', 'Obi/Adaeze'], // DICOM suffix dropped
    ['OBI^ADAEZE^^DR', 'Obi/Adaeze'], // DICOM prefix dropped
    ['OBI^ADAEZE^N^JR^DR', 'Obi/Adaeze'],
    ['OBI^ADAEZE=オビ^アダエゼ', 'Obi/Adaeze'], // another script after =
    ['VAN DER BERG^ANNA', 'Van Der Berg/Anna'],
  ])('%s → %s (or the row not sent)', async (name, want) => {
    const r = await run(worklist(name));
    const got = person(r, '201290');
    if (got !== undefined) expect(got.toLowerCase()).toMatch(new RegExp(`^${want.toLowerCase()}`));
  });

  it.each([
    'OBI^ADAEZE^N^^^^L', // HL7 XPN with a name type code: seven parts
    '^ADAEZE', // no family name
    'OBI^', // no given name
    'OBI^ADAEZE^2', // a number where a name goes
  ])('%s is never sent as a made-up name', async (name) => {
    const r = await run(worklist(name));
    const got = person(r, '201290');
    if (got !== undefined) expect(got).toMatch(/^Obi\/Adaeze$/i);
  });

  it('a caret in a note never makes the note a name', async () => {
    const r = await run([
      'Date,Time,Patient,DOB,Comment,Status',
      '03/22/2027,9:00 AM,"Hollis, Grace",06/02/1970,BP^ recheck,Booked',
      '03/22/2027,10:00 AM,"Obi, Adaeze",04/05/1999,f/u^2 wks,Booked',
    ]);
    if (!held(r)) expect(r.appointments.map((a) => a.patient.firstName)).toEqual(['Grace', 'Adaeze']);
  });
});

// ---------------------------------------------------------------------------------------------
// F. An email or phone number in the name cell
// ---------------------------------------------------------------------------------------------
describe('F. a contact left out of the name never leaves another person’s name behind', () => {
  const clients = (name: string): string[] => [
    'Date,Time,Client,DOB,Service,Status',
    '03/22/2027,9:00 AM,"Grace Hollis (g.hollis@example.com)",06/02/1970,Botox,Confirmed',
    `03/22/2027,10:00 AM,"${name}",04/05/2012,Facial,Confirmed`,
    '03/23/2027,1:30 PM,"Sven Lindqvist - (813) 555-0199",08/29/1963,Filler,Confirmed',
  ];
  /** The probe row's person as read (its birth date is 2012-04-05), or undefined. The other
   *  rows are read (names with a contact beside them), so the file is read, not refused. */
  const probe = async (name: string): Promise<string | undefined> => {
    const r = await run(clients(name));
    // Held or not (the column may be asked about), the name each row would go with is checked.
    expect(r.appointments.map((a) => a.patient.lastName)).toEqual(
      expect.arrayContaining(['Hollis', 'Lindqvist']),
    );
    const a = r.appointments.find((x) => x.patient.dob === '2012-04-05');
    return a && `${a.patient.lastName}/${a.patient.firstName}`;
  };

  it.each([
    'Emma Hale (guardian Victoria Hale 813-555-0142)',
    'Emma Hale c/o Victoria Hale (813) 555-0142',
    'Hale, Emma / Hale, Victoria - (813) 555-0142 / (813) 555-0199',
    'Emma Hale (mom: v.hale@example.com)',
  ])('%s: sent as Emma Hale or not at all', async (name) => {
    const got = await probe(name);
    if (got !== undefined) expect(got).toBe('Hale/Emma');
  });

  it('an email that is the only name is never a name', async () => {
    const got = await probe('emma.hale@example.com');
    expect(got).toBeUndefined();
  });

  it('a phone with an extension leaves no "ext 12" in the name', async () => {
    const got = await probe('Hale, Emma - (813) 555-0142 ext 12');
    if (got !== undefined) expect(got).toBe('Hale/Emma');
  });
});

// ---------------------------------------------------------------------------------------------
// G. Dates without a year placed by the column's own full dates
// ---------------------------------------------------------------------------------------------
describe('G. a year-less date takes a year only where the column proves it', () => {
  const sheet = (dates: string[]): string[] => [
    'Date,Time,Patient,DOB,Status',
    ...dates.map(
      (d, i) =>
        `${d},${['9:00 AM', '10:00 AM', '11:00 AM', '1:00 PM'][i]},"${['Hollis, Grace', 'Obi, Adaeze', 'Lindqvist, Sven', 'Nakagawa, Ren'][i]}",06/02/1970,Booked`,
    ),
  ];

  it('Fri 12/31 beside 29 December 2026 and 3 January 2027: 31 December 2026 is a Thursday', async () => {
    const r = await run(sheet(['2026-12-29', 'Fri 12/31', '2027-01-03']));
    expect(startOf(r, 'Obi')).toBeUndefined();
  });

  it('Thu 12/31 in the same span is 31 December 2026 (10:00 PST = 18:00Z)', async () => {
    const r = await run(sheet(['2026-12-29', 'Thu 12/31', '2027-01-03']));
    if (!held(r)) expect(startOf(r, 'Obi')).toBe('2026-12-31T18:00');
  });

  it('Thu 1/7 between 5 January and 20 July 2027 (both Thursdays) in Toronto, whose region writes both orders: never sent', async () => {
    // Canada writes day-first and month-first: nothing decides 7 January or 1 July.
    const r = await run(sheet(['2027-01-05', 'Thu 1/7', '2027-07-20']), 'America/Toronto');
    if (!held(r)) expect(startOf(r, 'Obi')).toBeUndefined();
  });

  it('the same in Los Angeles is 7 January: the US region writes month-first (as for any a/b date)', async () => {
    // 10:00 PST on 7 January is 18:00Z.
    const r = await run(sheet(['2027-01-05', 'Thu 1/7', '2027-07-20']));
    if (!held(r)) expect(startOf(r, 'Obi')).toBe('2027-01-07T18:00');
  });

  it('a span over a year (March 2026 to April 2027): Tue 3/23 is not placed by a guess', async () => {
    // 23 March 2027 is a Tuesday, 23 March 2026 a Monday: only 2027 fits the weekday.
    const r = await run(sheet(['2026-03-01', 'Tue 3/23', '2027-04-01']));
    const s = startOf(r, 'Obi');
    if (!held(r) && s !== undefined) expect(s).toBe('2027-03-23T17:00');
  });

  it('Thu 1/4 in a day-first sheet (29/03/2027, 06/04/2027) is 1 April 2027', async () => {
    const r = await run(sheet(['29/03/2027', 'Thu 1/4', '06/04/2027']));
    // 10:00 PDT on 1 April is 17:00Z.
    if (!held(r)) expect(startOf(r, 'Obi')).toBe('2027-04-01T17:00');
  });

  it('a Day column that disagrees (Fri beside 12/31, between 29 December 2026 and 3 January 2027)', async () => {
    const r = await run([
      'Day,Date,Time,Patient,DOB,Status',
      'Tue,2026-12-29,9:00 AM,"Hollis, Grace",06/02/1970,Booked',
      'Fri,12/31,10:00 AM,"Obi, Adaeze",06/02/1970,Booked',
      'Sun,2027-01-03,11:00 AM,"Lindqvist, Sven",06/02/1970,Booked',
    ]);
    expect(startOf(r, 'Obi')).toBeUndefined();
  });

  it('a weekday that disagrees with the only reading (Mon 3/23) is a row error', async () => {
    const r = await run(sheet(['2027-03-22', 'Mon 3/23', '2027-03-24']));
    expect(startOf(r, 'Obi')).toBeUndefined();
  });

  it('a full date that is last year’s stray row does not place this year’s (Tue 3/23 beside 2026 only)', async () => {
    const r = await run(sheet(['2026-03-20', 'Tue 3/23', '2026-03-26']));
    // 23 March 2026 is a Monday: the weekday written does not fit the only year the column gives.
    expect(startOf(r, 'Obi')).toBeUndefined();
  });
});
