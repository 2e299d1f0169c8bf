// Red team 50k: the questions round 50 stopped asking (slot clocks, cancel codes in a file's name,
// locations compared by letters and digits, LAST, FIRST DO|PA|OD group lines, a bare Confirmed
// column, newly live statuses, a start's day at midnight beside it), probed for WRONG SENDS only.
// Every right outcome was worked out by hand before the probe first ran; `heldOrRight` means the
// file may be held (asked) but, if sent, must be exactly the right appointments. A probe whose name
// Before any fix 16 of 69 probes sent something wrong (fixed; the probes below are unchanged):
// A: DOS / Service Date date-times on the grid beside Appt Time, Time or Scheduled Time of other
// times went at the DOS clock (slot-clocks.ts slotClocksAgree); B: cx_Dr_Ames, cx_ames, cx_monday,
// cx_march, cx_today, cx_tomorrow, cx_week_11, cxl_ames_clinic, CNA_ward_7_jones went as booked
// (report-title.ts QUALIFIED_NOUNS); D: GEISINGER, DANVILLE PA went as provider Danville Geisinger
// (in-column-groups.ts STATE_TOO); E: Confirmed = Declined / Will reschedule went as booked
// (confirmation-refusals.ts). A 69th (Discharged on a client's later weekly sessions) is left: see
// the report, no rule tells it from urgent care's Discharged without the export's own date.
// Calendar, by hand: 15 March 2027 is a Monday (1 Jan 2027 is a Friday, 15 March is day 74). Los
// Angeles is on daylight time from 14 March 2027 (UTC-7): 8:00 AM is 15:00Z, 9:30 AM 16:30Z,
// 10:00 AM 17:00Z, 1:00 PM 20:00Z, 2:30 PM 21:30Z, 3:45 PM 22:45Z.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';

const files = exportFiles('redteam-round-50k');
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
/** Held, or sent exactly `right`: never a wrong appointment. */
const heldOrRight = (r: Result, right: string[]): void => {
  const s = sent(r);
  if (s !== 'held') expect(s).toEqual(right);
};

// ---------------------------------------------------------------------------------------------
// A. Slot clocks: a bare Date / Time / DOS of date-times on the five-minute grid
// ---------------------------------------------------------------------------------------------
describe('A. a bare Date, Time or DOS on the grid that is not the start', () => {
  const RIGHT = [
    '2027-03-15T15:00 Elena|Garcia NEW',
    '2027-03-15T16:30 Peter|Brown NEW',
    '2027-03-15T20:00 Linh|Nguyen NEW',
  ];
  it('a reminder tool: Date = when the reminder goes out (on the hour) beside Appointment', async () => {
    heldOrRight(
      await run([
        'Date,Appointment,Patient,DOB,Provider,Status',
        '03/13/2027 09:00,03/15/2027 8:00 AM,"Garcia, Elena",02/11/1966,Dr. Ames,Scheduled',
        '03/13/2027 10:00,03/15/2027 9:30 AM,"Brown, Peter",07/23/1958,Dr. Ames,Scheduled',
        '03/14/2027 18:00,03/15/2027 1:00 PM,"Nguyen, Linh",12/01/1990,Dr. Ames,Scheduled',
      ]),
      RIGHT,
    );
  });
  it('a reminder tool: Date on the hour beside Appointment written in words', async () => {
    heldOrRight(
      await run([
        'Date,Appointment,Patient,DOB,Provider,Status',
        '03/13/2027 09:00,"Monday, March 15, 2027 at 8:00 AM","Garcia, Elena",02/11/1966,Dr. Ames,Scheduled',
        '03/13/2027 10:00,"Monday, March 15, 2027 at 9:30 AM","Brown, Peter",07/23/1958,Dr. Ames,Scheduled',
        '03/14/2027 18:00,"Monday, March 15, 2027 at 1:00 PM","Nguyen, Linh",12/01/1990,Dr. Ames,Scheduled',
      ]),
      RIGHT,
    );
  });
  it('a reminder tool: Date on the hour beside Appt Date and Appt Time columns', async () => {
    heldOrRight(
      await run([
        'Date,Appt Date,Appt Time,Patient,DOB,Provider,Status',
        '03/13/2027 09:00,03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Dr. Ames,Scheduled',
        '03/13/2027 10:00,03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Dr. Ames,Scheduled',
        '03/14/2027 18:00,03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,Dr. Ames,Scheduled',
      ]),
      RIGHT,
    );
  });
  it('a claims export: DOS = charge entry times on the grid beside Appt Time', async () => {
    heldOrRight(
      await run([
        'DOS,Appt Time,Patient,DOB,Provider,CPT,Status',
        '03/15/2027 17:00,8:00 AM,"Garcia, Elena",02/11/1966,Dr. Ames,99213,Scheduled',
        '03/15/2027 17:30,9:30 AM,"Brown, Peter",07/23/1958,Dr. Ames,99214,Scheduled',
        '03/15/2027 18:15,1:00 PM,"Nguyen, Linh",12/01/1990,Dr. Ames,99213,Scheduled',
      ]),
      RIGHT,
    );
  });
  it('DOS on the grid beside a Time column of other times (DOS the entry, Time the visit)', async () => {
    heldOrRight(
      await run([
        'DOS,Time,Patient,DOB,Provider,Status',
        '03/15/2027 17:00,8:00 AM,"Garcia, Elena",02/11/1966,Dr. Ames,Scheduled',
        '03/15/2027 17:30,9:30 AM,"Brown, Peter",07/23/1958,Dr. Ames,Scheduled',
        '03/15/2027 18:15,1:00 PM,"Nguyen, Linh",12/01/1990,Dr. Ames,Scheduled',
      ]),
      RIGHT,
    );
  });
  it('still sure: Date of Service date-times beside a Time column of the same clock times', async () => {
    expect(
      sent(
        await run([
          'Date of Service,Time,Patient,DOB,Provider,Status',
          '03/15/2027 8:00 AM,8:00 AM,"Garcia, Elena",02/11/1966,Dr. Ames,Scheduled',
          '03/15/2027 9:30 AM,9:30 AM,"Brown, Peter",07/23/1958,Dr. Ames,Scheduled',
          '03/15/2027 1:00 PM,1:00 PM,"Nguyen, Linh",12/01/1990,Dr. Ames,Scheduled',
        ]),
      ),
    ).toEqual(RIGHT);
  });
  it('a check-in Time of date-times on the grid beside Appt Date and Appt Time', async () => {
    heldOrRight(
      await run([
        'Appt Date,Appt Time,Time,Patient,DOB,Provider,Status',
        '03/15/2027,8:00 AM,03/15/2027 7:50 AM,"Garcia, Elena",02/11/1966,Dr. Ames,Checked In',
        '03/15/2027,9:30 AM,03/15/2027 9:15 AM,"Brown, Peter",07/23/1958,Dr. Ames,Checked In',
        '03/15/2027,1:00 PM,03/15/2027 12:55 PM,"Nguyen, Linh",12/01/1990,Dr. Ames,Checked In',
      ]),
      RIGHT,
    );
  });
  it('Date = the booking moment rounded by the system, beside a Start date-time', async () => {
    heldOrRight(
      await run([
        'Date,Start,Patient,DOB,Provider,Status',
        '03/01/2027 11:05,03/15/2027 8:00 AM,"Garcia, Elena",02/11/1966,Dr. Ames,Scheduled',
        '03/02/2027 14:40,03/15/2027 9:30 AM,"Brown, Peter",07/23/1958,Dr. Ames,Scheduled',
        '03/09/2027 16:20,03/15/2027 1:00 PM,"Nguyen, Linh",12/01/1990,Dr. Ames,Scheduled',
      ]),
      RIGHT,
    );
  });
  it('Date = the booking moment beside Appointment Date and Appointment Time', async () => {
    heldOrRight(
      await run([
        'Patient,DOB,Date,Appointment Date,Appointment Time,Provider,Status',
        '"Garcia, Elena",02/11/1966,03/01/2027 11:05,03/15/2027,8:00 AM,Dr. Ames,Scheduled',
        '"Brown, Peter",07/23/1958,03/02/2027 14:40,03/15/2027,9:30 AM,Dr. Ames,Scheduled',
        '"Nguyen, Linh",12/01/1990,03/09/2027 16:20,03/15/2027,1:00 PM,Dr. Ames,Scheduled',
      ]),
      RIGHT,
    );
  });
  it('a same-morning reminder Date on the grid beside Appt Date at midnight and Appt Time', async () => {
    heldOrRight(
      await run([
        'Date,Appt Date,Appt Time,Patient,DOB,Provider,Status',
        '03/15/2027 06:00:00,03/15/2027 00:00:00,8:00 AM,"Garcia, Elena",02/11/1966,Dr. Ames,Scheduled',
        '03/15/2027 07:00:00,03/15/2027 00:00:00,9:30 AM,"Brown, Peter",07/23/1958,Dr. Ames,Scheduled',
        '03/15/2027 11:00:00,03/15/2027 00:00:00,1:00 PM,"Nguyen, Linh",12/01/1990,Dr. Ames,Scheduled',
      ]),
      RIGHT,
    );
  });
  it('a nightly batch Date on the grid after midnight (00:05, 00:10, 00:15) is no clinic: held', async () => {
    const r = await run([
      'Date,Patient,DOB,Provider,Status',
      '03/15/2027 00:05,"Garcia, Elena",02/11/1966,Dr. Ames,Scheduled',
      '03/15/2027 00:10,"Brown, Peter",07/23/1958,Dr. Ames,Scheduled',
      '03/15/2027 00:15,"Nguyen, Linh",12/01/1990,Dr. Ames,Scheduled',
    ]);
    expect(held(r)).toBe(true);
  });
  it('a Service Date on the grid beside Scheduled Time: the scheduled time is the start', async () => {
    heldOrRight(
      await run([
        'Service Date,Scheduled Time,Patient,DOB,Provider,Status',
        '03/15/2027 17:00,8:00 AM,"Garcia, Elena",02/11/1966,Dr. Ames,Scheduled',
        '03/15/2027 17:30,9:30 AM,"Brown, Peter",07/23/1958,Dr. Ames,Scheduled',
        '03/15/2027 18:15,1:00 PM,"Nguyen, Linh",12/01/1990,Dr. Ames,Scheduled',
      ]),
      RIGHT,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// B. A cancel code in a file's name
// ---------------------------------------------------------------------------------------------
describe("B. a cancel code in a file's name", () => {
  const rows = [
    'Date,Time,Patient,DOB,Provider',
    '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Dr. Ames',
    '03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Dr. Ames',
  ];
  // A list of cancelled visits sent as booked puts them back on the portal: each must be held.
  it.each([
    'cx_0315.csv',
    'cna.csv',
    'pt cx.csv',
    'CX Clinic - cancellations.csv',
    'cx (1).csv',
    'cx-2027-03-15.csv',
    'Clinic_CX.csv',
    'Dr Ames cx.csv',
    'cxl-appointments-0315.csv',
    'CNA-DNA.csv',
    'cx_Dr_Ames.csv',
    'cx_ames.csv',
    'cx_monday.csv',
    'cx_march.csv',
    'cx_today.csv',
    'cx_tomorrow.csv',
    'cx_week_11.csv',
    'cxl_ames_clinic.csv',
    'CNA_ward_7_jones.csv',
  ])('%s may be a list of cancellations: held', async (name) => {
    expect(checks(await collect(named(name, rows)))).toContain('report-title');
  });
});

// ---------------------------------------------------------------------------------------------
// C. Locations compared by letters and digits only
// ---------------------------------------------------------------------------------------------
describe('C. one appointment id at two places', () => {
  const file = (a: string, b: string): string[] => [
    'Appt ID,Date,Time,Patient,DOB,Provider,Location,Status',
    `1001,03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Dr. Ames,${a},Scheduled`,
    `1001,03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Dr. Ames,${b},Scheduled`,
    `1002,03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Dr. Ames,${a},Scheduled`,
  ];
  it.each([
    ['Suite 1', 'Suite 1A'],
    ['Bldg 2', 'Bldg 20'],
    ['Clinic 1', 'Clinic 11'],
    ['Москва', 'Казань'],
    ['東京', '大阪'],
    ['תל אביב', 'חיפה'],
    ['Clínica Norte', 'Clinica Sur'],
  ])('%s and %s are two places: asked', async (a, b) => {
    expect(checks(await run(file(a, b)))).toContain('location-split');
  });
  it.each([
    ["St. Mary's", 'St Marys'],
    ['Main-St', 'Main St'],
  ])('%s and %s are one place: not asked where', async (a, b) => {
    expect(checks(await run(file(a, b)))).not.toContain('location-split');
  });
});

// ---------------------------------------------------------------------------------------------
// D. A LAST, FIRST DO|PA|OD line over rows with a blank provider
// ---------------------------------------------------------------------------------------------
describe('D. a group line that looks like LAST, FIRST PA', () => {
  const grouped = (line: string): string[] => [
    'Date,Time,Patient,DOB,Provider,Status',
    `"${line}",,,,,`,
    '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,,Scheduled',
    '03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,,Scheduled',
    '"LEE, ANNA MD",,,,,',
    '03/15/2027,10:00 AM,"Nguyen, Linh",12/01/1990,,Scheduled',
  ];
  it.each(['GEISINGER, DANVILLE PA', 'PENN STATE HEALTH, HERSHEY PA', 'MAIN LINE, BRYN MAWR PA'])(
    '%s (a site and its Pennsylvania town) names no provider for sure: held',
    async (line) => {
      expect(held(await run(grouped(line)))).toBe(true);
    },
  );
  it("SMITH, JOHN PA: asked (PA ends a Pennsylvania town's line too) or, if sent, John Smith", async () => {
    const r = await run(grouped('SMITH, JOHN PA'));
    if (!held(r)) expect(r.appointments[0]!.participant.providerName).toMatch(/John Smith/);
  });
});

// ---------------------------------------------------------------------------------------------
// E. A column headed only Confirmed
// ---------------------------------------------------------------------------------------------
describe('E. a bare Confirmed column', () => {
  const withConfirmed = (word: string): Promise<Result> =>
    run([
      'Date,Time,Patient,DOB,Provider,Confirmed',
      '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Dr. Ames,Yes',
      `03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Dr. Ames,${word}`,
      '03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,Dr. Ames,Confirmed',
    ]);
  const booked = [
    '2027-03-15T15:00 Elena|Garcia NEW',
    '2027-03-15T16:30 Peter|Brown NEW',
    '2027-03-15T20:00 Linh|Nguyen NEW',
  ];
  const cancelled = [
    '2027-03-15T15:00 Elena|Garcia NEW',
    '2027-03-15T16:30 Peter|Brown CANCEL',
    '2027-03-15T20:00 Linh|Nguyen NEW',
  ];
  it.each(['No', 'N', 'Unable to confirm', 'Left Message'])(
    'Confirmed = %s: not confirmed yet, still booked',
    async (w) => {
      heldOrRight(await withConfirmed(w), booked);
    },
  );
  it.each(['Cancelled via text', 'Pt cancelled', 'Canceled'])(
    'Confirmed = %s cancels: never NEW',
    async (w) => {
      heldOrRight(await withConfirmed(w), cancelled);
    },
  );
  it.each(['Declined', 'Will reschedule', 'Rescheduled'])(
    'Confirmed = %s may call the visit off: held, never NEW unasked',
    async (w) => {
      expect(held(await withConfirmed(w))).toBe(true);
    },
  );
});

// ---------------------------------------------------------------------------------------------
// F. Statuses now live: Discharged, Called Back, Seated, Early, On Time, Departed, Rendered…
// ---------------------------------------------------------------------------------------------
describe('F. statuses read as booked in round 50', () => {
  const withStatus = (status: string): Promise<Result> =>
    run([
      'Date,Time,Patient,DOB,Provider,Status',
      '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Dr. Ames,Scheduled',
      `03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Dr. Ames,${status}`,
    ]);
  const cancel = ['2027-03-15T15:00 Elena|Garcia NEW', '2027-03-15T16:30 Peter|Brown CANCEL'];
  it.each([
    'Early Cancel',
    'Early Cancellation',
    'Cancelled Early',
    'Seated - Cancelled',
    'Called Back - Cancelled',
  ])('%s cancels: CANCEL or asked, never NEW', async (s) => {
    heldOrRight(await withStatus(s), cancel);
  });
  it.each([
    'Not Seated',
    'Not Rendered',
    'Never Seated',
    'Departed Without Being Seen',
    'Called Back - Will Reschedule',
  ])('%s says the visit did not happen as booked: asked', async (s) => {
    expect(checks(await withStatus(s)).length).toBeGreaterThan(0);
  });
  it('Early / On Time / Late punctuality beside a real Status column: the Status is read', async () => {
    heldOrRight(
      await run([
        'Date,Time,Patient,DOB,Provider,Arrival,Status',
        '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Dr. Ames,Early,Scheduled',
        '03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Dr. Ames,On Time,Cancelled',
        '03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,Dr. Ames,Late,Scheduled',
      ]),
      [
        '2027-03-15T15:00 Elena|Garcia NEW',
        '2027-03-15T16:30 Peter|Brown CANCEL',
        '2027-03-15T20:00 Linh|Nguyen NEW',
      ],
    );
  });
  it('an unheaded flow column of Early / On Time beside Appt Status reading Canceled', async () => {
    heldOrRight(
      await run([
        'Date,Time,Patient,DOB,Provider,Flow,Appt Status',
        '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Dr. Ames,Early,Confirmed',
        '03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Dr. Ames,On Time,Canceled',
        '03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,Dr. Ames,Seated,Confirmed',
      ]),
      [
        '2027-03-15T15:00 Elena|Garcia NEW',
        '2027-03-15T16:30 Peter|Brown CANCEL',
        '2027-03-15T20:00 Linh|Nguyen NEW',
      ],
    );
  });
});

// ---------------------------------------------------------------------------------------------
// G. A second column holding the start's day at midnight
// ---------------------------------------------------------------------------------------------
describe("G. the start's day at midnight beside a timed column that is not the start", () => {
  it('appointment_date at midnight beside check_in_time the same day: not sent at the check-in', async () => {
    const r = await run([
      'appointment_date,check_in_time,patient_name,dob,provider,status',
      '3/15/2027 00:00:00,3/15/2027 07:50:00,"Garcia, Elena",02/11/1966,Dr. Ames,Checked In',
      '3/15/2027 00:00:00,3/15/2027 09:15:00,"Brown, Peter",07/23/1958,Dr. Ames,Checked In',
      '3/15/2027 00:00:00,3/15/2027 12:55:00,"Nguyen, Linh",12/01/1990,Dr. Ames,Checked In',
    ]);
    expect(held(r)).toBe(true);
  });
  it('appointment_date at midnight beside created_at the same day (walk-ins booked that morning)', async () => {
    const r = await run([
      'appointment_date,created_at,patient_name,dob,provider,status',
      '3/15/2027 00:00:00,3/15/2027 07:05:00,"Garcia, Elena",02/11/1966,Dr. Ames,Scheduled',
      '3/15/2027 00:00:00,3/15/2027 08:40:00,"Brown, Peter",07/23/1958,Dr. Ames,Scheduled',
      '3/15/2027 00:00:00,3/15/2027 11:20:00,"Nguyen, Linh",12/01/1990,Dr. Ames,Scheduled',
    ]);
    expect(held(r)).toBe(true);
  });
  it('a bare Date at midnight beside a Time of date-times (SQL extract): Time is the start', async () => {
    heldOrRight(
      await run([
        'Date,Time,Patient,DOB,Provider,Status',
        '3/15/2027 00:00:00,3/15/2027 08:00:00,"Garcia, Elena",02/11/1966,Dr. Ames,Scheduled',
        '3/15/2027 00:00:00,3/15/2027 09:30:00,"Brown, Peter",07/23/1958,Dr. Ames,Scheduled',
        '3/15/2027 00:00:00,3/15/2027 13:00:00,"Nguyen, Linh",12/01/1990,Dr. Ames,Scheduled',
      ]),
      [
        '2027-03-15T15:00 Elena|Garcia NEW',
        '2027-03-15T16:30 Peter|Brown NEW',
        '2027-03-15T20:00 Linh|Nguyen NEW',
      ],
    );
  });
});
