// False holds left from round 49: questions a careful front desk would call obvious, each with the
// nearby case that must STILL be asked. Every right outcome was worked out by hand before the
// probe first ran. A probe whose name starts with FALSE HOLD was held before its fix.
// Calendar, by hand: 15 March 2027 is a Monday (1 Jan 2027 is a Friday, 15 March is day 74). Los
// Angeles is on daylight time from 14 March 2027 (UTC-7): 8:00 AM is 15:00Z, 9:00 AM 16:00Z, 9:30
// AM 16:30Z, 10:00 AM 17:00Z, 1:00 PM 20:00Z, 4:15 PM 23:15Z. Honolulu is UTC-10 all year.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';

const files = exportFiles('false-holds-round-50f');
type Result = Awaited<ReturnType<typeof collect>>;
const held = (r: Result): boolean => (r.summary.doubts ?? []).length > 0;
const checks = (r: Result): string[] => r.summary.doubts.map((d) => d.check ?? `${d.kind}:${d.field}`);
const run = (lines: string[], timeZone = 'America/Los_Angeles'): Promise<Result> =>
  collect(files.write(lines), { timeZone });
const named = files.named;
/** Each sent appointment as `start first|last status`, or `held`. */
const sent = (r: Result): string[] | 'held' =>
  held(r)
    ? 'held'
    : r.appointments.map(
        (a) =>
          `${a.start.toISOString().slice(0, 16)} ${a.patient.firstName}|${a.patient.lastName} ${a.status}`,
      );

// ---------------------------------------------------------------------------------------------
// 1. Date of Service holding the date and the start in one cell (SimplePractice, layout 280)
// ---------------------------------------------------------------------------------------------
describe('1. a visit-date header over date-times on the schedule grid is the start', () => {
  it('FALSE HOLD: Date of Service = 03/15/2027 9:00 AM … is the start, sent without a question', async () => {
    const r = await run([
      'Date of Service,Client,Client DOB,Clinician,Status',
      '03/15/2027 8:00 AM,Morgan Ellis,04/11/1989,Riley Shaw,Show',
      '03/15/2027 9:30 AM,Dakota Reyes,12/05/2003,Riley Shaw,Canceled',
      '03/15/2027 1:00 PM,Jamie Oconnor,02/08/1978,Casey Lin,Show',
    ]);
    expect(sent(r)).toEqual([
      '2027-03-15T15:00 Morgan|Ellis NEW',
      '2027-03-15T16:30 Dakota|Reyes CANCEL',
      '2027-03-15T20:00 Jamie|Oconnor NEW',
    ]);
  });

  it('FALSE HOLD: Service Date over ISO date-times (seconds zero) is the start', async () => {
    const r = await run([
      'Service Date,Patient,DOB,Provider,Status',
      '2027-03-15 08:00:00,"Ellis, Morgan",04/11/1989,Dr. Shaw,Scheduled',
      '2027-03-15 09:30:00,"Reyes, Dakota",12/05/2003,Dr. Shaw,Scheduled',
      '2027-03-15 16:15:00,"Oconnor, Jamie",02/08/1978,Dr. Lin,Scheduled',
    ]);
    expect(sent(r)).toEqual([
      '2027-03-15T15:00 Morgan|Ellis NEW',
      '2027-03-15T16:30 Dakota|Reyes NEW',
      '2027-03-15T23:15 Jamie|Oconnor NEW',
    ]);
  });

  it('still sure: a date-only DOS beside a Time column is the date, the Time column the start time', async () => {
    const r = await run([
      'DOS,Time,Patient,DOB,Provider,Status',
      '03/15/2027,8:00 AM,"Ellis, Morgan",04/11/1989,Dr. Shaw,Scheduled',
      '03/15/2027,9:30 AM,"Reyes, Dakota",12/05/2003,Dr. Shaw,Scheduled',
      '03/15/2027,1:00 PM,"Oconnor, Jamie",02/08/1978,Dr. Lin,Scheduled',
    ]);
    expect(sent(r)).toEqual([
      '2027-03-15T15:00 Morgan|Ellis NEW',
      '2027-03-15T16:30 Dakota|Reyes NEW',
      '2027-03-15T20:00 Jamie|Oconnor NEW',
    ]);
  });

  it('still asked: Date of Service whose clock times fall off the grid (9:07, 10:23, 2:41 PM: when charges were posted)', async () => {
    const r = await run([
      'Date of Service,Patient,DOB,Provider,Status',
      '03/15/2027 9:07 AM,"Ellis, Morgan",04/11/1989,Dr. Shaw,Scheduled',
      '03/15/2027 10:23 AM,"Reyes, Dakota",12/05/2003,Dr. Shaw,Scheduled',
      '03/15/2027 2:41 PM,"Oconnor, Jamie",02/08/1978,Dr. Lin,Scheduled',
    ]);
    expect(r.summary.doubts.some((d) => d.field === 'dateTime' && d.column === 'Date of Service')).toBe(true);
  });

  it('still asked: Date of Service of two clock times only (too few to show a grid)', async () => {
    const r = await run([
      'Date of Service,Patient,DOB,Provider,Status',
      '03/15/2027 9:00 AM,"Ellis, Morgan",04/11/1989,Dr. Shaw,Scheduled',
      '03/16/2027 9:00 AM,"Reyes, Dakota",12/05/2003,Dr. Shaw,Scheduled',
      '03/17/2027 10:00 AM,"Oconnor, Jamie",02/08/1978,Dr. Lin,Scheduled',
    ]);
    expect(held(r)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// 2. A bare `date` column beside record stamps (Luma Health, layout 269)
// ---------------------------------------------------------------------------------------------
describe('2. a bare Date of slot date-times beside a stamp', () => {
  const HEAD = 'date,patientFirstName,patientLastName,patientDateOfBirth,status,lastReminderSentAt';
  it('FALSE HOLD: date on the grid (19:00Z, 20:30Z, 01:00Z) beside lastReminderSentAt: the start', async () => {
    const r = await run(
      [
        HEAD,
        '2027-03-08T19:00:00.000Z,Kalani,Akana,1984-02-03,scheduled,2027-03-06T19:00:12.000Z',
        '2027-03-08T20:30:00.000Z,Leilani,Kahale,1991-11-20,cancelled,2027-03-06T20:30:09.000Z',
        '2027-03-09T01:00:00.000Z,Noah,Silva,2003-07-08,scheduled,2027-03-07T01:00:03.000Z',
      ],
      'Pacific/Honolulu',
    );
    // 19:00Z is 9:00 AM in Honolulu, 01:00Z on the 9th is 3:00 PM on the 8th: sent in UTC as read.
    expect(sent(r)).toEqual([
      '2027-03-08T19:00 Kalani|Akana NEW',
      '2027-03-08T20:30 Leilani|Kahale CANCEL',
      '2027-03-09T01:00 Noah|Silva NEW',
    ]);
  });

  it('still asked: a bare Date whose seconds are written and not zero (a record stamp: 14:32:11)', async () => {
    const r = await run([
      'Date,Patient,DOB,Provider,Status',
      '03/15/2027 14:32:11,"Ellis, Morgan",04/11/1989,Dr. Shaw,Scheduled',
      '03/15/2027 15:05:47,"Reyes, Dakota",12/05/2003,Dr. Shaw,Scheduled',
      '03/15/2027 16:40:02,"Oconnor, Jamie",02/08/1978,Dr. Lin,Scheduled',
    ]);
    expect(r.summary.doubts.some((d) => d.field === 'dateTime' && d.column === 'Date')).toBe(true);
  });

  it('still asked: a bare Date where every stamp is one batch moment (02:00:00)', async () => {
    const r = await run([
      'Date,Patient,DOB,Provider,Status',
      '03/15/2027 02:00:00,"Ellis, Morgan",04/11/1989,Dr. Shaw,Scheduled',
      '03/16/2027 02:00:00,"Reyes, Dakota",12/05/2003,Dr. Shaw,Scheduled',
      '03/17/2027 02:00:00,"Oconnor, Jamie",02/08/1978,Dr. Lin,Scheduled',
    ]);
    expect(held(r)).toBe(true);
  });

  it('still asked: a bare Date beside an Appt Date of its own (two columns could be the start)', async () => {
    const r = await run([
      'Date,Appt Date,Appt Time,Patient,DOB,Provider,Status',
      '03/10/2027 9:00 AM,03/15/2027,8:00 AM,"Ellis, Morgan",04/11/1989,Dr. Shaw,Scheduled',
      '03/10/2027 9:30 AM,03/15/2027,9:30 AM,"Reyes, Dakota",12/05/2003,Dr. Shaw,Scheduled',
      '03/11/2027 1:00 PM,03/15/2027,1:00 PM,"Oconnor, Jamie",02/08/1978,Dr. Lin,Scheduled',
    ]);
    // Whichever it does, it never sends the 10 March moments as the starts.
    if (!held(r))
      expect(r.appointments.every((a) => a.start.toISOString().startsWith('2027-03-15'))).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// 3–4. Did Not Keep / DNK and Prep Not Done: still asked, on purpose
// ---------------------------------------------------------------------------------------------
describe('3–4. statuses whose readings differ in what the portal is sent', () => {
  const withStatus = (status: string): Promise<Result> =>
    run([
      'Date,Time,Patient,DOB,Provider,Status',
      '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Dr. Ames,Scheduled',
      `03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Dr. Ames,${status}`,
    ]);
  // Dental: a broken appointment (missed or cancelled late), which the product reads as CANCEL
  // (`Broken`, taken off the book); medical: a no-show, which it reads as NEW (booked and missed).
  // Both readings agree the patient did not come, but not on what the portal is sent.
  it.each(['Did Not Keep', 'DNK', 'DNKA', 'Did Not Keep Appt'])('%s is asked, never guessed', async (s) => {
    const r = await withStatus(s);
    expect(r.summary.doubts.map((d) => d.kind)).toContain('status');
  });
  // A colonoscopy's prep not done says what went wrong, not whether the visit was called off:
  // endoscopy centres re-prep and scope later the same day as often as they rebook.
  it.each(['Prep Not Done', 'No Prep'])('%s is asked, never guessed', async (s) => {
    const r = await withStatus(s);
    expect(r.summary.doubts.map((d) => d.kind)).toContain('status');
  });
  it('still read: Cancelled - No Prep cancels (the status says cancelled, the prep is its reason)', async () => {
    const r = await withStatus('Cancelled - No Prep');
    expect(sent(r)).toEqual(['2027-03-15T15:00 Elena|Garcia NEW', '2027-03-15T16:30 Peter|Brown CANCEL']);
  });
  it('still read: Broken cancels and No Show books', async () => {
    expect(sent(await withStatus('Broken'))).toEqual([
      '2027-03-15T15:00 Elena|Garcia NEW',
      '2027-03-15T16:30 Peter|Brown CANCEL',
    ]);
    expect(sent(await withStatus('No Show'))).toEqual([
      '2027-03-15T15:00 Elena|Garcia NEW',
      '2027-03-15T16:30 Peter|Brown NEW',
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// 5–6. A cancel code in a file's name
// ---------------------------------------------------------------------------------------------
describe("5. a cancel code in a file's name counts only as the list's name", () => {
  const rows = [
    'Date,Time,Patient,DOB,Provider',
    '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Dr. Ames',
    '03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Dr. Ames',
  ];
  const booked = ['2027-03-15T15:00 Elena|Garcia NEW', '2027-03-15T16:30 Peter|Brown NEW'];
  it.each(['cna_schedule.csv', 'cx-clinic.csv', 'DNA lab.csv', 'late_cx_clinic.csv'])(
    'FALSE HOLD: %s is a schedule (the code qualifies the next word)',
    async (name) => {
      expect(sent(await collect(named(name, rows)))).toEqual(booked);
    },
  );
  it.each([
    'cancelled.csv',
    'cx_list.csv',
    'cx.csv',
    'todays_cx.csv',
    'cx_20270315.csv',
    'DNA report.csv',
    'dna.csv',
    'cxl appts.csv',
    'Cancelled clinic.csv',
    'NoShows.csv',
  ])('still held: %s names a list of cancelled or missed visits', async (name) => {
    expect(checks(await collect(named(name, rows)))).toContain('report-title');
  });
});

// ---------------------------------------------------------------------------------------------
// 6. One office written with and without punctuation
// ---------------------------------------------------------------------------------------------
describe('6. a location written two ways by punctuation alone is one place', () => {
  const file = (second: string): string[] => [
    'Appt ID,Date,Time,Patient,DOB,Provider,Location,Status',
    '1001,03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Dr. Ames,Main St. Clinic,Scheduled',
    `1001,03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Dr. Ames,${second},Scheduled`,
    '1002,03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Dr. Ames,Main St Clinic,Scheduled',
  ];
  it('FALSE HOLD: Main St. Clinic and Main St Clinic: not asked where the appointment is', async () => {
    expect(checks(await run(file('Main St Clinic')))).not.toContain('location-split');
  });
  it.each(['MAIN ST. CLINIC', 'Main St.  Clinic', 'Main St.Clinic'])(
    'not asked either: Main St. Clinic and %s (case, spaces, punctuation)',
    async (second) => {
      expect(checks(await run(file(second)))).not.toContain('location-split');
    },
  );
  it.each(['Main St North Clinic', 'Main St Clinic 2', 'Oak Ave Clinic'])(
    'still asked: Main St. Clinic and %s are two places',
    async (second) => {
      expect(checks(await run(file(second)))).toContain('location-split');
    },
  );
});

// ---------------------------------------------------------------------------------------------
// 6. A provider's line in capitals with a name-like credential (`AMES, JOHN DO`)
// ---------------------------------------------------------------------------------------------
describe('6. a provider line AMES, JOHN DO over rows with a blank provider', () => {
  const grouped = (line: string): string[] => [
    'Date,Time,Patient,DOB,Provider,Status',
    `"${line}",,,,,`,
    '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,,Scheduled',
    '03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,,Scheduled',
    '"LEE, ANNA MD",,,,,',
    '03/15/2027,10:00 AM,"Nguyen, Linh",12/01/1990,,Scheduled',
  ];
  it('FALSE HOLD: AMES, JOHN DO names a person either way (John Ames, DO or John Do Ames): John Ames', async () => {
    const r = await run(grouped('AMES, JOHN DO'));
    expect(held(r)).toBe(false);
    expect(r.appointments.map((a) => a.participant.providerName)).toEqual([
      'John Ames',
      'John Ames',
      'Anna Lee, MD',
    ]);
  });
  it.each(['AMES, JOHN', 'BETHESDA, PA', 'NORTH CLINIC'])(
    'still held: %s alone on a line names no provider for sure',
    async (line) => {
      expect(held(await run(grouped(line)))).toBe(true);
    },
  );
});

// ---------------------------------------------------------------------------------------------
// 6. A noon-to-8 PM clinic writing zone-less 24-hour times
// ---------------------------------------------------------------------------------------------
describe('6. a noon-to-8 PM clinic on the 24-hour clock', () => {
  const day = [
    'Date,Time,Patient,DOB,Provider,Status',
    '07/12/2027,12:00,"Garcia, Elena",02/11/1966,Dr. Ames,Scheduled',
    '07/12/2027,14:30,"Brown, Peter",07/23/1958,Dr. Ames,Scheduled',
    '07/12/2027,17:15,"Nguyen, Linh",12/01/1990,Dr. Ames,Scheduled',
    '07/12/2027,19:45,"Ortiz, Ana",05/30/1975,Dr. Ames,Scheduled',
  ];
  it('Los Angeles: read as UTC they would fall at 5:00 AM to 12:45 PM, no day clinic: sent as written', async () => {
    // 12 July 2027 is daylight time (UTC-7): 12:00 is 19:00Z, 19:45 is 02:45Z on the 13th.
    const r = await run(day);
    expect(r.appointments.map((a) => a.start.toISOString().slice(0, 16))).toEqual([
      '2027-07-12T19:00',
      '2027-07-12T21:30',
      '2027-07-13T00:15',
      '2027-07-13T02:45',
    ]);
  });
  it('still asked in New York: read as UTC the same times are 8:00 AM to 3:45 PM, a day clinic exactly', async () => {
    // Nothing in the file tells a noon-to-8 clinic from a database writing a day's UTC: asked.
    expect(checks(await run(day, 'America/New_York'))).toContain('unmarked-utc');
  });
});
