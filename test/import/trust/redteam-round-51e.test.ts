// Red team 51e: columns that look like what they are not. Each probe puts beside (or instead of)
// the real column one that a header word or its values make look like a patient id, an
// appointment id, the provider, the location, the start, the type or the status, and checks that
// the decoy's value is never SENT as that field. Every right outcome was worked out by hand from
// the file before the probe first ran: `heldOrSent` means the file may be held (asked) but, if
// sent, must be exactly the appointments written beside it; `sentAs` (a control) must go without
// a question. `DERIVED_P` / `DERIVED_A` are the ids the importer makes from name and birth date /
// patient, provider and day when no column holds one (identity.ts); `mustHold` means either reading
// could be wrong, so the file must be asked about.
// Before any fix 21 of 165 probes sent something wrong (fixed; the probes are unchanged):
// F7, F8, F11, F13, I17, I21: `Phone Type`, `Account Type`, `Referral Type`, `Contact Type`, `Blood
// Type`, `Tipo de documento` went as the appointment type (header-meaning.ts VISIT_KIND); I1-I3:
// `Dx Description`, `ICD Description`, `Plan Description` as the description; I4-I7: `Denial
// Reason`, `Adjustment Reason`, `Reschedule Reason`, `No Show Reason` as the reason (VISIT_REASON);
// I8, I9: `Pharmacy Location`, `Previous Location` as the location (VISIT_PLACE); H4: a bare `Type`
// of the patient's type beside `Visit Type` (bare-type.ts); A17: `Employee ID` as the provider id
// beside `Provider` (recognize.ts, setAsideGradedBesidePlain); C16, H2: `Provider` or `Appt
// Provider` beside a `Rendering Provider` naming other people, and H5, I31: two location columns
// read as surely naming other places, went with the first column (column-doubts.ts).
// Calendar, by hand: 15 March 2027 is a Monday (1 Jan 2027 is a Friday, 15 March is day 74).
// Los Angeles is on daylight time from 14 March 2027 (UTC-7): 8:00 AM is 15:00Z, 8:30 AM 15:30Z,
// 9:30 AM 16:30Z, 10:00 AM 17:00Z, 1:00 PM 20:00Z. Berlin is on CET (UTC+1) until 28 March 2027:
// 09:00 is 08:00Z, 10:30 09:30Z, 14:00 13:00Z. Madrid the same.
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';

const files = exportFiles('redteam-round-51e');
type Result = Awaited<ReturnType<typeof collect>>;
type Outcome = Result | 'refused';
const held = (r: Outcome): boolean => r === 'refused' || (r.summary.doubts ?? []).length > 0;
/** The file read, or 'refused' when the importer refused it as a whole (nothing sent). */
const run = async (lines: string[], timeZone = 'America/Los_Angeles'): Promise<Outcome> => {
  try {
    return await collect(files.write(lines), { timeZone });
  } catch (e) {
    if (e instanceof Error && !(e instanceof TypeError) && !(e instanceof RangeError)) return 'refused';
    throw e;
  }
};

const DERIVED_P = /^P-[0-9a-f]{12}$/;
const DERIVED_A = /^A-[0-9a-f]{16}$/;
const UNASSIGNED = 'Unassigned provider';

interface Want {
  start?: string;
  name?: string;
  pid?: string | RegExp;
  aid?: string | RegExp;
  prov?: string;
  provId?: string | RegExp;
  loc?: string;
  type?: string;
  status?: string;
  desc?: string;
  reason?: string;
}

/** The fields of a sent appointment a probe looks at. */
function view(r: Result): Array<Record<keyof Want, string>> {
  return r.appointments.map((a) => ({
    start: a.start.toISOString().slice(0, 16),
    name: `${a.patient.firstName} ${a.patient.lastName}`,
    pid: a.patient.patientId,
    aid: a.appointmentId,
    prov: a.participant.providerName,
    provId: a.participant.identifier,
    loc: a.location,
    type: a.type,
    status: a.status,
    desc: a.description,
    reason: a.reason ?? '',
  }));
}

function expectAs(r: Result, wants: Want[]): void {
  const got = view(r);
  const shown = JSON.stringify(got, null, 1);
  expect(got.length, shown).toBe(wants.length);
  got.forEach((g, i) => {
    for (const [k, w] of Object.entries(wants[i]!) as Array<[keyof Want, string | RegExp]>) {
      if (w instanceof RegExp) expect(g[k], `row ${i + 1} ${k}: ${shown}`).toMatch(w);
      else expect(g[k], `row ${i + 1} ${k}: ${shown}`).toBe(w);
    }
  });
}

/** Held (asked) or refused, or sent exactly as `wants`: never a wrong appointment. */
function heldOrSent(r: Outcome, wants: Want[]): void {
  if (held(r)) return;
  expectAs(r as Result, wants);
}

/** A control: the file proves its mapping and must go without a question, exactly as `wants`. */
function sentAs(r: Outcome, wants: Want[]): void {
  expect(r).not.toBe('refused');
  const res = r as Result;
  expect(res.summary.doubts.map((d) => d.check ?? `${d.kind}:${d.field}`)).toEqual([]);
  expectAs(res, wants);
}

/** Must be held (asked): sending either reading could be wrong. */
function mustHold(r: Outcome): void {
  expect(held(r)).toBe(true);
}

/** Held, or sent with `field` never taken from the decoy's values. */
function heldOrNever(r: Outcome, field: keyof Want, decoys: string[]): void {
  if (held(r)) return;
  const got = view(r as Result);
  expect(got.length).toBeGreaterThan(0);
  for (const g of got) expect(decoys, JSON.stringify(got, null, 1)).not.toContain(g[field]);
}

// The three standard rows' starts and names, by hand (see the calendar above).
const S1 = '2027-03-15T15:00';
const S2 = '2027-03-15T16:30';
const S3 = '2027-03-15T20:00';
const ELENA = 'Elena Garcia';
const PETER = 'Peter Brown';
const LINH = 'Linh Nguyen';

// ---------------------------------------------------------------------------------------------
// A. The patient id: an account, a guarantor's, an insurer's, another facility's, a phone, an SSN
// ---------------------------------------------------------------------------------------------
describe("A. a column that looks like the patient's id", () => {
  it('A1 `Pt Acct` shared by a mother and her child is a family account: never one patient id', async () => {
    heldOrSent(
      await run([
        'Appt Date,Appt Time,Pt Acct,Patient,DOB,Provider',
        '03/15/2027,8:00 AM,5001,"Garcia, Elena",02/11/1966,Nina Patel',
        '03/15/2027,8:30 AM,5001,"Garcia, Sofia",05/04/2015,Nina Patel',
        '03/15/2027,9:30 AM,5002,"Brown, Peter",07/23/1958,Nina Patel',
      ]),
      [
        { start: S1, name: ELENA, pid: DERIVED_P },
        { start: '2027-03-15T15:30', name: 'Sofia Garcia', pid: DERIVED_P },
        { start: S2, name: PETER, pid: DERIVED_P },
      ],
    );
  });
  it('A2 `Pt Acct` beside `Chart #`: the chart number is the patient id', async () => {
    heldOrSent(
      await run([
        'Appt Date,Appt Time,Chart #,Pt Acct,Patient,DOB,Provider',
        '03/15/2027,8:00 AM,C1021,88410,"Garcia, Elena",02/11/1966,Nina Patel',
        '03/15/2027,9:30 AM,C1022,88411,"Brown, Peter",07/23/1958,Nina Patel',
        '03/15/2027,1:00 PM,C1023,88412,"Nguyen, Linh",12/01/1990,Nina Patel',
      ]),
      [
        { start: S1, pid: 'C1021' },
        { start: S2, pid: 'C1022' },
        { start: S3, pid: 'C1023' },
      ],
    );
  });
  it('A3 `Guar #` (the guarantor written short) is never the patient id', async () => {
    heldOrSent(
      await run([
        'Appt Date,Appt Time,Guar #,Patient,DOB,Provider',
        '03/15/2027,8:00 AM,G-3301,"Garcia, Elena",02/11/1966,Nina Patel',
        '03/15/2027,9:30 AM,G-3302,"Brown, Peter",07/23/1958,Nina Patel',
        '03/15/2027,1:00 PM,G-3303,"Nguyen, Linh",12/01/1990,Nina Patel',
      ]),
      [
        { start: S1, pid: DERIVED_P, aid: DERIVED_A },
        { start: S2, pid: DERIVED_P, aid: DERIVED_A },
        { start: S3, pid: DERIVED_P, aid: DERIVED_A },
      ],
    );
  });
  it("A4 `Subscriber ID` (the insurer's member number) is never the patient id", async () => {
    heldOrSent(
      await run([
        'Appt Date,Appt Time,Patient,DOB,Subscriber ID,Provider',
        '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,XGH884102231,Nina Patel',
        '03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,XGH550913877,Nina Patel',
        '03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,W22817341,Nina Patel',
      ]),
      [
        { start: S1, pid: DERIVED_P, aid: DERIVED_A },
        { start: S2, pid: DERIVED_P, aid: DERIVED_A },
        { start: S3, pid: DERIVED_P, aid: DERIVED_A },
      ],
    );
  });
  it('A5 `Member #` is never the patient id nor the appointment id', async () => {
    heldOrSent(
      await run([
        'Appt Date,Appt Time,Member #,Patient,DOB,Provider',
        '03/15/2027,8:00 AM,M0093311,"Garcia, Elena",02/11/1966,Nina Patel',
        '03/15/2027,9:30 AM,M0093312,"Brown, Peter",07/23/1958,Nina Patel',
        '03/15/2027,1:00 PM,M0093313,"Nguyen, Linh",12/01/1990,Nina Patel',
      ]),
      [
        { start: S1, pid: DERIVED_P, aid: DERIVED_A },
        { start: S2, pid: DERIVED_P, aid: DERIVED_A },
        { start: S3, pid: DERIVED_P, aid: DERIVED_A },
      ],
    );
  });
  it("A6 `Outside MRN` (another facility's) beside `MRN`: the practice's MRN is the patient id", async () => {
    heldOrSent(
      await run([
        'Appt Date,Appt Time,Outside MRN,MRN,Patient,DOB,Provider',
        '03/15/2027,8:00 AM,H7700112,100234,"Garcia, Elena",02/11/1966,Nina Patel',
        '03/15/2027,9:30 AM,H7700113,100235,"Brown, Peter",07/23/1958,Nina Patel',
        '03/15/2027,1:00 PM,H7700114,100236,"Nguyen, Linh",12/01/1990,Nina Patel',
      ]),
      [
        { start: S1, pid: '100234' },
        { start: S2, pid: '100235' },
        { start: S3, pid: '100236' },
      ],
    );
  });
  it("A7 `Referring Facility MRN` alone is another facility's number: never the patient id", async () => {
    heldOrNever(
      await run([
        'Appt Date,Appt Time,Referring Facility MRN,Patient,DOB,Provider',
        '03/15/2027,8:00 AM,H7700112,"Garcia, Elena",02/11/1966,Nina Patel',
        '03/15/2027,9:30 AM,H7700113,"Brown, Peter",07/23/1958,Nina Patel',
        '03/15/2027,1:00 PM,H7700114,"Nguyen, Linh",12/01/1990,Nina Patel',
      ]),
      'pid',
      ['H7700112', 'H7700113', 'H7700114'],
    );
  });
  it("A8 `Old Chart #` (a former system's number) beside `Chart #`: the chart number", async () => {
    heldOrSent(
      await run([
        'Appt Date,Appt Time,Old Chart #,Chart #,Patient,DOB,Provider',
        '03/15/2027,8:00 AM,A-5512,20931,"Garcia, Elena",02/11/1966,Nina Patel',
        '03/15/2027,9:30 AM,A-5513,20932,"Brown, Peter",07/23/1958,Nina Patel',
        '03/15/2027,1:00 PM,A-5514,20933,"Nguyen, Linh",12/01/1990,Nina Patel',
      ]),
      [
        { start: S1, pid: '20931' },
        { start: S2, pid: '20932' },
        { start: S3, pid: '20933' },
      ],
    );
  });
  it('A9 a chart number each office counts from 1001: one number, two people, never one patient', async () => {
    const r = await run([
      'Location,Appt Date,Appt Time,Chart #,Patient,DOB,Provider',
      'North Clinic,03/15/2027,8:00 AM,1001,"Garcia, Elena",02/11/1966,Nina Patel',
      'South Clinic,03/15/2027,9:30 AM,1001,"Brown, Peter",07/23/1958,Nina Patel',
      'South Clinic,03/15/2027,1:00 PM,1002,"Nguyen, Linh",12/01/1990,Nina Patel',
    ]);
    if (!held(r)) {
      const [a, b] = view(r as Result);
      expect(a!.pid).not.toBe(b!.pid);
    }
  });
  it('A10 `Contact #` of ten bare digits is a phone: no id', async () => {
    heldOrSent(
      await run([
        'Appt Date,Appt Time,Patient,DOB,Contact #,Provider',
        '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,5035550142,Nina Patel',
        '03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,5035550187,Nina Patel',
        '03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,9715550123,Nina Patel',
      ]),
      [
        { start: S1, pid: DERIVED_P, aid: DERIVED_A },
        { start: S2, pid: DERIVED_P, aid: DERIVED_A },
        { start: S3, pid: DERIVED_P, aid: DERIVED_A },
      ],
    );
  });
  it('A11 `SSN Last 4` is part of a Social Security number: never an id', async () => {
    heldOrSent(
      await run([
        'Appt Date,Appt Time,Patient,DOB,SSN Last 4,Provider',
        '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,4821,Nina Patel',
        '03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,1937,Nina Patel',
        '03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,5520,Nina Patel',
      ]),
      [
        { start: S1, name: ELENA, pid: DERIVED_P, aid: DERIVED_A },
        { start: S2, name: PETER, pid: DERIVED_P, aid: DERIVED_A },
        { start: S3, name: LINH, pid: DERIVED_P, aid: DERIVED_A },
      ],
    );
  });
  it('A12 `Last 4` (of the SSN, beside the name) is neither the last name nor an id', async () => {
    heldOrSent(
      await run([
        'Appt Date,Appt Time,Patient,Last 4,DOB,Provider',
        '03/15/2027,8:00 AM,"Garcia, Elena",4821,02/11/1966,Nina Patel',
        '03/15/2027,9:30 AM,"Brown, Peter",1937,07/23/1958,Nina Patel',
        '03/15/2027,1:00 PM,"Nguyen, Linh",5520,12/01/1990,Nina Patel',
      ]),
      [
        { start: S1, name: ELENA, pid: DERIVED_P, aid: DERIVED_A },
        { start: S2, name: PETER, pid: DERIVED_P, aid: DERIVED_A },
        { start: S3, name: LINH, pid: DERIVED_P, aid: DERIVED_A },
      ],
    );
  });
  it('A13 `SS# (last 4)` written `XXX-XX-4821` is never an id', async () => {
    heldOrSent(
      await run([
        'Appt Date,Appt Time,Patient,DOB,SS# (last 4),Provider',
        '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,XXX-XX-4821,Nina Patel',
        '03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,XXX-XX-1937,Nina Patel',
        '03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,XXX-XX-5520,Nina Patel',
      ]),
      [
        { start: S1, pid: DERIVED_P, aid: DERIVED_A },
        { start: S2, pid: DERIVED_P, aid: DERIVED_A },
        { start: S3, pid: DERIVED_P, aid: DERIVED_A },
      ],
    );
  });
  it("A14 an Indian list's `S.No` (serial number 1, 2, 3) is a row counter: no id", async () => {
    heldOrSent(
      await run([
        'S.No,Appt Date,Appt Time,Patient,DOB,Doctor',
        '1,03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Nina Patel',
        '2,03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Nina Patel',
        '3,03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,Nina Patel',
      ]),
      [
        { start: S1, pid: DERIVED_P, aid: DERIVED_A },
        { start: S2, pid: DERIVED_P, aid: DERIVED_A },
        { start: S3, pid: DERIVED_P, aid: DERIVED_A },
      ],
    );
  });
  it('A15 `Sl. No.` the same', async () => {
    heldOrSent(
      await run([
        'Sl. No.,Appt Date,Appt Time,Patient,DOB,Doctor',
        '1,03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Nina Patel',
        '2,03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Nina Patel',
        '3,03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,Nina Patel',
      ]),
      [
        { start: S1, pid: DERIVED_P, aid: DERIVED_A },
        { start: S2, pid: DERIVED_P, aid: DERIVED_A },
        { start: S3, pid: DERIVED_P, aid: DERIVED_A },
      ],
    );
  });
  it("A16 an occupational-health list: `Employee ID` and `Employee Name` are the worker's, the patient's; the provider is `Provider`", async () => {
    heldOrSent(
      await run([
        'Appt Date,Appt Time,Employer,Employee ID,Employee Name,DOB,Provider',
        '03/15/2027,8:00 AM,Acme Freight,E10234,"Garcia, Elena",02/11/1966,Nina Patel',
        '03/15/2027,9:30 AM,Acme Freight,E10388,"Brown, Peter",07/23/1958,Nina Patel',
        '03/15/2027,1:00 PM,Birch Foods,E20017,"Nguyen, Linh",12/01/1990,Nina Patel',
      ]),
      [
        { start: S1, name: ELENA, prov: 'Nina Patel' },
        { start: S2, name: PETER, prov: 'Nina Patel' },
        { start: S3, name: LINH, prov: 'Nina Patel' },
      ],
    );
  });
  it("A17 `Employee ID` beside `Provider`: the provider id is never the worker's number", async () => {
    heldOrNever(
      await run([
        'Appt Date,Appt Time,Patient,DOB,Employee ID,Provider',
        '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,E10234,Nina Patel',
        '03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,E10388,Nina Patel',
        '03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,E20017,Nina Patel',
      ]),
      'provId',
      ['E10234', 'E10388', 'E20017'],
    );
  });
  it('A18 `Guar Acct` is never the patient id', async () => {
    heldOrSent(
      await run([
        'Appt Date,Appt Time,Patient,DOB,Guar Acct,Provider',
        '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,77120,Nina Patel',
        '03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,77121,Nina Patel',
        '03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,77122,Nina Patel',
      ]),
      [
        { start: S1, pid: DERIVED_P, aid: DERIVED_A },
        { start: S2, pid: DERIVED_P, aid: DERIVED_A },
        { start: S3, pid: DERIVED_P, aid: DERIVED_A },
      ],
    );
  });
});

// ---------------------------------------------------------------------------------------------
// B. The appointment id: another record's number, a code, a count, a series
// ---------------------------------------------------------------------------------------------
describe("B. a column that looks like the appointment's id", () => {
  it('B1 `Enc No` (the encounter written short) is never the appointment id', async () => {
    heldOrSent(
      await run([
        'Enc No,Appt Date,Appt Time,Patient,DOB,Provider',
        '880011,03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Nina Patel',
        '880012,03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Nina Patel',
        '880013,03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,Nina Patel',
      ]),
      [
        { start: S1, aid: DERIVED_A, pid: DERIVED_P },
        { start: S2, aid: DERIVED_A, pid: DERIVED_P },
        { start: S3, aid: DERIVED_A, pid: DERIVED_P },
      ],
    );
  });
  it('B2 `Claim No.` is never the appointment id', async () => {
    heldOrSent(
      await run([
        'Claim No.,Appt Date,Appt Time,Patient,DOB,Provider',
        'CLM-20931,03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Nina Patel',
        'CLM-20932,03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Nina Patel',
        'CLM-20933,03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,Nina Patel',
      ]),
      [
        { start: S1, aid: DERIVED_A, pid: DERIVED_P },
        { start: S2, aid: DERIVED_A, pid: DERIVED_P },
        { start: S3, aid: DERIVED_A, pid: DERIVED_P },
      ],
    );
  });
  it("B3 `Confirmation Code` (a reminder's reply code) is never the appointment id", async () => {
    heldOrSent(
      await run([
        'Appt Date,Appt Time,Patient,DOB,Provider,Confirmation Code',
        '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Nina Patel,K7Q2XZ',
        '03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Nina Patel,M3P8RT',
        '03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,Nina Patel,B9W4LC',
      ]),
      [
        { start: S1, aid: DERIVED_A, pid: DERIVED_P },
        { start: S2, aid: DERIVED_A, pid: DERIVED_P },
        { start: S3, aid: DERIVED_A, pid: DERIVED_P },
      ],
    );
  });
  it('B4 `Conf #` the same', async () => {
    heldOrSent(
      await run([
        'Appt Date,Appt Time,Patient,DOB,Provider,Conf #',
        '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Nina Patel,55120',
        '03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Nina Patel,55187',
        '03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,Nina Patel,55203',
      ]),
      [
        { start: S1, aid: DERIVED_A, pid: DERIVED_P },
        { start: S2, aid: DERIVED_A, pid: DERIVED_P },
        { start: S3, aid: DERIVED_A, pid: DERIVED_P },
      ],
    );
  });
  it("B5 `Appt No` counting each patient's visits (1, 1, 2): one number, two appointments", async () => {
    const r = await run([
      'Appt No,Appt Date,Appt Time,Patient,DOB,Provider',
      '1,03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Nina Patel',
      '1,03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Nina Patel',
      '2,03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,Nina Patel',
    ]);
    if (!held(r)) {
      const ids = view(r as Result).map((v) => v.aid);
      expect(new Set(ids).size).toBe(3);
    }
  });
  it('B6 `Recurring Appt ID` shared by a weekly series: never one id for three visits', async () => {
    const r = await run([
      'Recurring Appt ID,Appt Date,Appt Time,Patient,DOB,Provider',
      'R-2201,03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Nina Patel',
      'R-2201,03/22/2027,8:00 AM,"Garcia, Elena",02/11/1966,Nina Patel',
      'R-2201,03/29/2027,8:00 AM,"Garcia, Elena",02/11/1966,Nina Patel',
      'R-2202,03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Nina Patel',
    ]);
    if (!held(r)) {
      const ids = view(r as Result).map((v) => v.aid);
      expect(new Set(ids).size, ids.join(' ')).toBe(4);
    }
  });
  it('B7 `Master Appt ID` (the series record) with one visit each: still not the appointment id', async () => {
    heldOrSent(
      await run([
        'Master Appt ID,Appt Date,Appt Time,Patient,DOB,Provider',
        'S-4410,03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Nina Patel',
        'S-4411,03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Nina Patel',
        'S-4412,03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,Nina Patel',
      ]),
      [
        { start: S1, aid: DERIVED_A },
        { start: S2, aid: DERIVED_A },
        { start: S3, aid: DERIVED_A },
      ],
    );
  });
  it('B8 `Case No.` (a course of therapy visits) is never the appointment id', async () => {
    heldOrSent(
      await run([
        'Case No.,Appt Date,Appt Time,Patient,DOB,Therapist',
        '3310,03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Nina Patel',
        '3311,03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Nina Patel',
        '3312,03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,Nina Patel',
      ]),
      [
        { start: S1, aid: DERIVED_A, pid: DERIVED_P },
        { start: S2, aid: DERIVED_A, pid: DERIVED_P },
        { start: S3, aid: DERIVED_A, pid: DERIVED_P },
      ],
    );
  });
  it('B9 `Invoice No` is never the appointment id', async () => {
    heldOrSent(
      await run([
        'Invoice No,Appt Date,Appt Time,Patient,DOB,Provider',
        'INV-7781,03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Nina Patel',
        'INV-7782,03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Nina Patel',
        'INV-7783,03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,Nina Patel',
      ]),
      [
        { start: S1, aid: DERIVED_A, pid: DERIVED_P },
        { start: S2, aid: DERIVED_A, pid: DERIVED_P },
        { start: S3, aid: DERIVED_A, pid: DERIVED_P },
      ],
    );
  });
  it('B10 `Txn ID` (a payment) is never the appointment id', async () => {
    heldOrSent(
      await run([
        'Txn ID,Appt Date,Appt Time,Patient,DOB,Provider',
        'T99120,03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Nina Patel',
        'T99121,03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Nina Patel',
        'T99122,03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,Nina Patel',
      ]),
      [
        { start: S1, aid: DERIVED_A, pid: DERIVED_P },
        { start: S2, aid: DERIVED_A, pid: DERIVED_P },
        { start: S3, aid: DERIVED_A, pid: DERIVED_P },
      ],
    );
  });
  it("B11 `Slot #` (the slot's place in a provider's day, 1 again for the next provider): one number, two visits", async () => {
    const r = await run([
      'Slot #,Appt Date,Appt Time,Patient,DOB,Provider',
      '1,03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Nina Patel',
      '2,03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Nina Patel',
      '1,03/15/2027,8:00 AM,"Nguyen, Linh",12/01/1990,Raj Shah',
    ]);
    if (!held(r)) {
      const ids = view(r as Result).map((v) => v.aid);
      expect(new Set(ids).size, ids.join(' ')).toBe(3);
    }
  });
  it('B12 a bare `ID` that is the row number 1, 2, 3, 4 (the report numbers its lines)', async () => {
    heldOrSent(
      await run([
        'ID,Appt Date,Appt Time,Patient,DOB,Provider',
        '1,03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Nina Patel',
        '2,03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Nina Patel',
        '3,03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,Nina Patel',
        '4,03/15/2027,2:30 PM,"Okafor, Ada",09/30/1972,Nina Patel',
      ]),
      [
        { start: S1, aid: DERIVED_A },
        { start: S2, aid: DERIVED_A },
        { start: S3, aid: DERIVED_A },
        { start: '2027-03-15T21:30', aid: DERIVED_A },
      ],
    );
  });
  it('B13 `Req #` (a lab requisition) is never the appointment id', async () => {
    heldOrSent(
      await run([
        'Req #,Appt Date,Appt Time,Patient,DOB,Provider',
        'RQ55001,03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Nina Patel',
        'RQ55002,03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Nina Patel',
        'RQ55003,03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,Nina Patel',
      ]),
      [
        { start: S1, aid: DERIVED_A, pid: DERIVED_P },
        { start: S2, aid: DERIVED_A, pid: DERIVED_P },
        { start: S3, aid: DERIVED_A, pid: DERIVED_P },
      ],
    );
  });
  it("B14 German `Fallnummer` (a hospital's case: the encounter) is never the appointment id", async () => {
    heldOrSent(
      await run(
        [
          'Fallnummer,Datum,Uhrzeit,Nachname,Vorname,Geburtsdatum,Arzt',
          '40012201,15.03.2027,09:00,Müller,Anna,12.06.1985,Dr. Weber',
          '40012202,15.03.2027,10:30,Schmidt,Jonas,03.09.1979,Dr. Weber',
          '40012203,15.03.2027,14:00,Wagner,Lea,21.01.1992,Dr. Weber',
        ],
        'Europe/Berlin',
      ),
      [
        { start: '2027-03-15T08:00', aid: DERIVED_A, pid: DERIVED_P },
        { start: '2027-03-15T09:30', aid: DERIVED_A, pid: DERIVED_P },
        { start: '2027-03-15T13:00', aid: DERIVED_A, pid: DERIVED_P },
      ],
    );
  });
  it('B15 Spanish `Nº Factura` (the invoice) is never the appointment id', async () => {
    heldOrSent(
      await run(
        [
          'Nº Factura,Fecha cita,Hora,Apellidos,Nombre,Fecha de nacimiento,Profesional',
          'F-2027-0091,15/03/2027,09:00,García López,Lucía,12/06/1985,Dra. Ruiz',
          'F-2027-0092,15/03/2027,10:30,Martín Pérez,Pablo,03/09/1979,Dra. Ruiz',
          'F-2027-0093,15/03/2027,14:00,Sánchez Gil,Marta,21/01/1992,Dra. Ruiz',
        ],
        'Europe/Madrid',
      ),
      [
        { start: '2027-03-15T08:00', aid: DERIVED_A },
        { start: '2027-03-15T09:30', aid: DERIVED_A },
        { start: '2027-03-15T13:00', aid: DERIVED_A },
      ],
    );
  });
  it('B16 control: `Booking ID` of one value per visit is the appointment id, without a question', async () => {
    sentAs(
      await run([
        'Booking ID,Appt Date,Appt Time,Patient,DOB,Provider',
        'BK-90311,03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Nina Patel',
        'BK-90312,03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Nina Patel',
        'BK-90313,03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,Nina Patel',
      ]),
      [
        { start: S1, aid: 'BK-90311' },
        { start: S2, aid: 'BK-90312' },
        { start: S3, aid: 'BK-90313' },
      ],
    );
  });
});

// ---------------------------------------------------------------------------------------------
// C. The provider: the referrer, whoever booked or changed it, the patient's own doctor, a room
// ---------------------------------------------------------------------------------------------
describe('C. a column that looks like the provider', () => {
  const rowsWith = (header: string, a: string, b: string, c: string): string[] => [
    `Appt Date,Appt Time,Patient,DOB,${header}`,
    `03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,${a}`,
    `03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,${b}`,
    `03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,${c}`,
  ];
  const UNASSIGNED_ROWS: Want[] = [
    { start: S1, prov: UNASSIGNED },
    { start: S2, prov: UNASSIGNED },
    { start: S3, prov: UNASSIGNED },
  ];
  it.each([
    ['C1', 'Ref Dr'],
    ['C2', 'Sched By'],
    ['C3', 'Last Modified By'],
    ['C4', 'Appt Made By'],
    ['C5', 'Ord Prov'],
    ['C6', 'Scheduler'],
    ['C7', 'Operator'],
    ['C8', 'Agent'],
    ['C9', 'Referred By'],
    ['C10', 'Checked In By'],
    ['C11', 'Supervising Phys'],
    ['C12', 'Ref Phys'],
    ['C13', 'Booked By Name'],
    ['C14', 'Rooming MA'],
  ])('%s `%s` alone is not whom the appointment is with', async (_id, header) => {
    heldOrSent(await run(rowsWith(header, 'Raj Shah', 'Karen Lee', 'Raj Shah')), UNASSIGNED_ROWS);
  });
  it('C15 `Ref Dr` before `Dr`: the appointment is with the Dr', async () => {
    heldOrSent(
      await run([
        'Appt Date,Appt Time,Patient,DOB,Ref Dr,Dr',
        '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Raj Shah,Nina Patel',
        '03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Karen Lee,Nina Patel',
        '03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,Raj Shah,Nina Patel',
      ]),
      [
        { start: S1, prov: 'Nina Patel' },
        { start: S2, prov: 'Nina Patel' },
        { start: S3, prov: 'Nina Patel' },
      ],
    );
  });
  it('C16 `Provider` beside `Rendering Provider` naming other people: never one of them silently', async () => {
    const r = await run([
      'Appt Date,Appt Time,Patient,DOB,Provider,Rendering Provider',
      '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Nina Patel,Raj Shah',
      '03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Nina Patel,Karen Lee',
      '03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,Nina Patel,Raj Shah',
    ]);
    expect(held(r)).toBe(true);
  });
  it('C17 control: `Provider` beside `Rendering Provider` naming the same people goes', async () => {
    heldOrSent(
      await run([
        'Appt Date,Appt Time,Patient,DOB,Provider,Rendering Provider',
        '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Nina Patel,Nina Patel',
        '03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Raj Shah,Raj Shah',
        '03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,Nina Patel,Nina Patel',
      ]),
      [
        { start: S1, prov: 'Nina Patel' },
        { start: S2, prov: 'Raj Shah' },
        { start: S3, prov: 'Nina Patel' },
      ],
    );
  });
  it('C18 `Provider` beside `MA` (the medical assistant who roomed the patient): the provider', async () => {
    heldOrSent(
      await run([
        'Appt Date,Appt Time,Patient,DOB,MA,Provider',
        '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Karen Lee,Nina Patel',
        '03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Tom Reyes,Nina Patel',
        '03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,Karen Lee,Raj Shah',
      ]),
      [
        { start: S1, prov: 'Nina Patel' },
        { start: S2, prov: 'Nina Patel' },
        { start: S3, prov: 'Raj Shah' },
      ],
    );
  });
  it("C19 Dutch `Huisarts` (the patient's GP) beside `Behandelaar`: the behandelaar", async () => {
    heldOrSent(
      await run(
        [
          'Datum,Tijd,Achternaam,Voornaam,Geboortedatum,Huisarts,Behandelaar',
          '15-03-2027,09:00,Jansen,Anna,12-06-1985,Dr. de Vries,Sanne Bakker',
          '15-03-2027,10:30,Visser,Tom,03-09-1979,Dr. Smit,Sanne Bakker',
          '15-03-2027,14:00,Mulder,Eva,21-01-1992,Dr. de Vries,Sanne Bakker',
        ],
        'Europe/Amsterdam',
      ),
      [
        { start: '2027-03-15T08:00', prov: 'Sanne Bakker' },
        { start: '2027-03-15T09:30', prov: 'Sanne Bakker' },
        { start: '2027-03-15T13:00', prov: 'Sanne Bakker' },
      ],
    );
  });
  it("C20 Dutch `Huisarts` alone is the patient's GP, not the visit's", async () => {
    heldOrSent(
      await run(
        [
          'Datum,Tijd,Achternaam,Voornaam,Geboortedatum,Huisarts',
          '15-03-2027,09:00,Jansen,Anna,12-06-1985,Dr. de Vries',
          '15-03-2027,10:30,Visser,Tom,03-09-1979,Dr. Smit',
          '15-03-2027,14:00,Mulder,Eva,21-01-1992,Dr. de Vries',
        ],
        'Europe/Amsterdam',
      ),
      [
        { start: '2027-03-15T08:00', prov: UNASSIGNED },
        { start: '2027-03-15T09:30', prov: UNASSIGNED },
        { start: '2027-03-15T13:00', prov: UNASSIGNED },
      ],
    );
  });
  it('C21 Dutch `Verwijzer` (the referrer) alone is not the provider', async () => {
    heldOrSent(
      await run(
        [
          'Datum,Tijd,Achternaam,Voornaam,Geboortedatum,Verwijzer',
          '15-03-2027,09:00,Jansen,Anna,12-06-1985,Dr. de Vries',
          '15-03-2027,10:30,Visser,Tom,03-09-1979,Dr. Smit',
          '15-03-2027,14:00,Mulder,Eva,21-01-1992,Dr. de Vries',
        ],
        'Europe/Amsterdam',
      ),
      [
        { start: '2027-03-15T08:00', prov: UNASSIGNED },
        { start: '2027-03-15T09:30', prov: UNASSIGNED },
        { start: '2027-03-15T13:00', prov: UNASSIGNED },
      ],
    );
  });
  it("C22 German `Hausarzt` (the family doctor) alone is not the visit's doctor", async () => {
    heldOrSent(
      await run(
        [
          'Datum,Uhrzeit,Nachname,Vorname,Geburtsdatum,Hausarzt',
          '15.03.2027,09:00,Müller,Anna,12.06.1985,Dr. Weber',
          '15.03.2027,10:30,Schmidt,Jonas,03.09.1979,Dr. Braun',
          '15.03.2027,14:00,Wagner,Lea,21.01.1992,Dr. Weber',
        ],
        'Europe/Berlin',
      ),
      [
        { start: '2027-03-15T08:00', prov: UNASSIGNED },
        { start: '2027-03-15T09:30', prov: UNASSIGNED },
        { start: '2027-03-15T13:00', prov: UNASSIGNED },
      ],
    );
  });
  it('C23 German `Überweiser` (the referring doctor) alone is not the provider', async () => {
    heldOrSent(
      await run(
        [
          'Datum,Uhrzeit,Nachname,Vorname,Geburtsdatum,Überweiser',
          '15.03.2027,09:00,Müller,Anna,12.06.1985,Dr. Weber',
          '15.03.2027,10:30,Schmidt,Jonas,03.09.1979,Dr. Braun',
          '15.03.2027,14:00,Wagner,Lea,21.01.1992,Dr. Weber',
        ],
        'Europe/Berlin',
      ),
      [
        { start: '2027-03-15T08:00', prov: UNASSIGNED },
        { start: '2027-03-15T09:30', prov: UNASSIGNED },
        { start: '2027-03-15T13:00', prov: UNASSIGNED },
      ],
    );
  });
  it('C24 German `Angelegt von` (who created the booking) alone is not the provider', async () => {
    heldOrSent(
      await run(
        [
          'Datum,Uhrzeit,Nachname,Vorname,Geburtsdatum,Angelegt von',
          '15.03.2027,09:00,Müller,Anna,12.06.1985,Petra Koch',
          '15.03.2027,10:30,Schmidt,Jonas,03.09.1979,Petra Koch',
          '15.03.2027,14:00,Wagner,Lea,21.01.1992,Jan Hof',
        ],
        'Europe/Berlin',
      ),
      [
        { start: '2027-03-15T08:00', prov: UNASSIGNED },
        { start: '2027-03-15T09:30', prov: UNASSIGNED },
        { start: '2027-03-15T13:00', prov: UNASSIGNED },
      ],
    );
  });
  it("C25 French `Médecin traitant` (the patient's declared GP) alone is not the visit's", async () => {
    heldOrSent(
      await run(
        [
          'Date,Heure,Nom,Prénom,Date de naissance,Médecin traitant',
          '15/03/2027,09:00,Martin,Claire,12/06/1985,Dr Lefèvre',
          '15/03/2027,10:30,Bernard,Louis,03/09/1979,Dr Moreau',
          '15/03/2027,14:00,Petit,Emma,21/01/1992,Dr Lefèvre',
        ],
        'Europe/Paris',
      ),
      [
        { start: '2027-03-15T08:00', prov: UNASSIGNED },
        { start: '2027-03-15T09:30', prov: UNASSIGNED },
        { start: '2027-03-15T13:00', prov: UNASSIGNED },
      ],
    );
  });
  it('C26 Spanish `Médico derivante` (the referrer) alone is not the provider', async () => {
    heldOrSent(
      await run(
        [
          'Fecha cita,Hora,Apellidos,Nombre,Fecha de nacimiento,Médico derivante',
          '15/03/2027,09:00,García López,Lucía,12/06/1985,Dr. Ortega',
          '15/03/2027,10:30,Martín Pérez,Pablo,03/09/1979,Dr. Ortega',
          '15/03/2027,14:00,Sánchez Gil,Marta,21/01/1992,Dra. Vidal',
        ],
        'Europe/Madrid',
      ),
      [
        { start: '2027-03-15T08:00', prov: UNASSIGNED },
        { start: '2027-03-15T09:30', prov: UNASSIGNED },
        { start: '2027-03-15T13:00', prov: UNASSIGNED },
      ],
    );
  });
  it('C27 Brazilian `Agendado por` (who booked it) alone is not the provider', async () => {
    heldOrSent(
      await run(
        [
          'Data,Hora,Paciente,Data de nascimento,Agendado por',
          '15/03/2027,09:00,Ana Souza,12/06/1985,Juliana Costa',
          '15/03/2027,10:30,Bruno Lima,03/09/1979,Juliana Costa',
          '15/03/2027,14:00,Carla Dias,21/01/1992,Marcos Reis',
        ],
        'America/Sao_Paulo',
      ),
      [
        { start: '2027-03-15T12:00', prov: UNASSIGNED },
        { start: '2027-03-15T13:30', prov: UNASSIGNED },
        { start: '2027-03-15T17:00', prov: UNASSIGNED },
      ],
    );
  });
  it('C28 `Created By` beside `Provider` and `Modified By`: the provider', async () => {
    heldOrSent(
      await run([
        'Created By,Appt Date,Appt Time,Patient,DOB,Modified By,Provider',
        'Karen Lee,03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Tom Reyes,Nina Patel',
        'Tom Reyes,03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Karen Lee,Raj Shah',
        'Karen Lee,03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,Karen Lee,Nina Patel',
      ]),
      [
        { start: S1, prov: 'Nina Patel' },
        { start: S2, prov: 'Raj Shah' },
        { start: S3, prov: 'Nina Patel' },
      ],
    );
  });
});

// ---------------------------------------------------------------------------------------------
// D. The location: the patient's city or address, the billing place, a place-of-service code, a room
// ---------------------------------------------------------------------------------------------
describe('D. a column that looks like the location', () => {
  const office = (loc = 'Main office'): Want[] => [
    { start: S1, loc },
    { start: S2, loc },
    { start: S3, loc },
  ];
  it("D1 `Pt City` is the patient's city, not where the visit is", async () => {
    heldOrSent(
      await run([
        'Appt Date,Appt Time,Patient,DOB,Pt City,Provider',
        '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Fresno,Nina Patel',
        '03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Clovis,Nina Patel',
        '03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,Madera,Nina Patel',
      ]),
      office(),
    );
  });
  it('D2 `Bill Loc` (the billing location written short) is never the location', async () => {
    heldOrSent(
      await run([
        'Appt Date,Appt Time,Patient,DOB,Bill Loc,Provider',
        '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Central Billing Office,Nina Patel',
        '03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Central Billing Office,Nina Patel',
        '03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,Central Billing Office,Nina Patel',
      ]),
      office(),
    );
  });
  it('D3 `POS` of place-of-service codes (11 office, 02 telehealth) names no place to go', async () => {
    heldOrNever(
      await run([
        'Appt Date,Appt Time,Patient,DOB,POS,Provider',
        '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,11,Nina Patel',
        '03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,02,Nina Patel',
        '03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,11,Nina Patel',
      ]),
      'loc',
      ['11', '02'],
    );
  });
  it('D4 `Place of Service` of codes with their words (`11 - Office`) names no place to go', async () => {
    heldOrNever(
      await run([
        'Appt Date,Appt Time,Patient,DOB,Place of Service,Provider',
        '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,11 - Office,Nina Patel',
        '03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,02 - Telehealth,Nina Patel',
        '03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,11 - Office,Nina Patel',
      ]),
      'loc',
      ['11 - Office', '02 - Telehealth', '11', '02', 'Office', 'Telehealth'],
    );
  });
  it("D5 `Home Address` is the patient's, never the location", async () => {
    heldOrSent(
      await run([
        'Appt Date,Appt Time,Patient,DOB,Home Address,Provider',
        '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,12 Oak St,Nina Patel',
        '03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,48 Elm Ave,Nina Patel',
        '03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,7 Pine Rd,Nina Patel',
      ]),
      office(),
    );
  });
  it("D6 `Pharmacy` is the patient's pharmacy, never the location", async () => {
    heldOrSent(
      await run([
        'Appt Date,Appt Time,Patient,DOB,Pharmacy,Provider',
        '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Walgreens #4410,Nina Patel',
        '03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,CVS Pharmacy 1123,Nina Patel',
        '03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,Rite Aid 202,Nina Patel',
      ]),
      office(),
    );
  });
  it("D7 `Pt Home Clinic` (the patient's usual site) beside `Appt Location`: the appointment's", async () => {
    heldOrSent(
      await run([
        'Appt Date,Appt Time,Patient,DOB,Pt Home Clinic,Appt Location,Provider',
        '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,North Clinic,South Clinic,Nina Patel',
        '03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,North Clinic,South Clinic,Nina Patel',
        '03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,East Clinic,South Clinic,Nina Patel',
      ]),
      office('South Clinic'),
    );
  });
  it("D8 `Primary Location` (the patient's registered site) beside `Location`: the location", async () => {
    heldOrSent(
      await run([
        'Appt Date,Appt Time,Patient,DOB,Primary Location,Location,Provider',
        '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,North Clinic,South Clinic,Nina Patel',
        '03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,East Clinic,South Clinic,Nina Patel',
        '03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,North Clinic,South Clinic,Nina Patel',
      ]),
      office('South Clinic'),
    );
  });
  it('D9 `Exam Rm` alone is a room, never the location', async () => {
    heldOrSent(
      await run([
        'Appt Date,Appt Time,Patient,DOB,Exam Rm,Provider',
        '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Exam 3,Nina Patel',
        '03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Exam 1,Nina Patel',
        '03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,Exam 3,Nina Patel',
      ]),
      office(),
    );
  });
  it("D10 `Employer` (the patient's) is never the location", async () => {
    heldOrSent(
      await run([
        'Appt Date,Appt Time,Patient,DOB,Employer,Provider',
        '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Acme Freight,Nina Patel',
        '03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Birch Foods,Nina Patel',
        '03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,Acme Freight,Nina Patel',
      ]),
      office(),
    );
  });
  it("D11 `School` (a pediatric list: the child's school) is never the location", async () => {
    heldOrSent(
      await run([
        'Appt Date,Appt Time,Patient,DOB,School,Provider',
        '03/15/2027,8:00 AM,"Garcia, Sofia",05/04/2015,Lincoln Elementary,Nina Patel',
        '03/15/2027,9:30 AM,"Brown, Max",07/23/2016,Roosevelt Middle,Nina Patel',
        '03/15/2027,1:00 PM,"Nguyen, An",12/01/2017,Lincoln Elementary,Nina Patel',
      ]),
      office(),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// E. The start: another moment's date or time
// ---------------------------------------------------------------------------------------------
describe('E. a column that looks like the start', () => {
  const RIGHT: Want[] = [
    { start: S1, name: ELENA },
    { start: S2, name: PETER },
    { start: S3, name: LINH },
  ];
  it('E1 `Orig Appt Date` and `Orig Appt Time` (before a reschedule) before `Appt Date` and `Appt Time`', async () => {
    heldOrSent(
      await run([
        'Orig Appt Date,Orig Appt Time,Appt Date,Appt Time,Patient,DOB,Provider',
        '03/08/2027,10:00 AM,03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Nina Patel',
        '03/09/2027,11:15 AM,03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Nina Patel',
        '03/10/2027,3:00 PM,03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,Nina Patel',
      ]),
      RIGHT,
    );
  });
  it('E2 `Last Appt` date-times before `Appt Date` and `Appt Time`', async () => {
    heldOrSent(
      await run([
        'Last Appt,Appt Date,Appt Time,Patient,DOB,Provider',
        '01/04/2027 10:00 AM,03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Nina Patel',
        '12/14/2026 11:15 AM,03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Nina Patel',
        '02/01/2027 3:00 PM,03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,Nina Patel',
      ]),
      RIGHT,
    );
  });
  it('E3 `Next Appt Date` beside `Appt Date` and `Appt Time`', async () => {
    heldOrSent(
      await run([
        'Appt Date,Appt Time,Next Appt Date,Patient,DOB,Provider',
        '03/15/2027,8:00 AM,04/12/2027,"Garcia, Elena",02/11/1966,Nina Patel',
        '03/15/2027,9:30 AM,06/14/2027,"Brown, Peter",07/23/1958,Nina Patel',
        '03/15/2027,1:00 PM,03/29/2027,"Nguyen, Linh",12/01/1990,Nina Patel',
      ]),
      RIGHT,
    );
  });
  it('E4 `Follow-up Due` beside a bare `Date` and `Time`', async () => {
    heldOrSent(
      await run([
        'Date,Time,Patient,DOB,Provider,Follow-up Due',
        '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Nina Patel,04/12/2027',
        '03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Nina Patel,06/14/2027',
        '03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,Nina Patel,03/29/2027',
      ]),
      RIGHT,
    );
  });
  it('E5 a patient list: `Last Visit` date-times are no appointments to send', async () => {
    heldOrSent(
      await run([
        'Patient,DOB,Provider,Last Visit',
        '"Garcia, Elena",02/11/1966,Nina Patel,03/01/2027 9:00 AM',
        '"Brown, Peter",07/23/1958,Nina Patel,02/15/2027 10:30 AM',
        '"Nguyen, Linh",12/01/1990,Nina Patel,01/20/2027 2:00 PM',
      ]),
      [],
    );
  });
  it('E6 a recall list: `Recall Due` dates beside `Pref Time` are no appointments to send', async () => {
    heldOrSent(
      await run([
        'Patient,DOB,Provider,Recall Due,Pref Time',
        '"Garcia, Elena",02/11/1966,Nina Patel,04/12/2027,9:00 AM',
        '"Brown, Peter",07/23/1958,Nina Patel,06/14/2027,10:30 AM',
        '"Nguyen, Linh",12/01/1990,Nina Patel,03/29/2027,2:00 PM',
      ]),
      [],
    );
  });
  it("E7 `Created` date beside `Appt Time` alone: the booking's day is not the visit's", async () => {
    heldOrSent(
      await run([
        'Created,Appt Time,Patient,DOB,Provider',
        '03/01/2027,8:00 AM,"Garcia, Elena",02/11/1966,Nina Patel',
        '03/02/2027,9:30 AM,"Brown, Peter",07/23/1958,Nina Patel',
        '03/09/2027,1:00 PM,"Nguyen, Linh",12/01/1990,Nina Patel',
      ]),
      [],
    );
  });
  it("E8 `Entered` date beside `Time`: the entry's day is not the visit's", async () => {
    heldOrSent(
      await run([
        'Entered,Time,Patient,DOB,Provider',
        '03/01/2027,8:00 AM,"Garcia, Elena",02/11/1966,Nina Patel',
        '03/02/2027,9:30 AM,"Brown, Peter",07/23/1958,Nina Patel',
        '03/09/2027,1:00 PM,"Nguyen, Linh",12/01/1990,Nina Patel',
      ]),
      [],
    );
  });
  it('E9 `Wait Time` (0:15) beside a date alone: never the start time', async () => {
    heldOrSent(
      await run([
        'Appt Date,Patient,DOB,Provider,Wait Time',
        '03/15/2027,"Garcia, Elena",02/11/1966,Nina Patel,0:15',
        '03/15/2027,"Brown, Peter",07/23/1958,Nina Patel,0:40',
        '03/15/2027,"Nguyen, Linh",12/01/1990,Nina Patel,0:05',
      ]),
      [],
    );
  });
  it('E10 `Wait Time` beside `Appt Date` and `Appt Time`: the appointment time', async () => {
    heldOrSent(
      await run([
        'Appt Date,Wait Time,Appt Time,Patient,DOB,Provider',
        '03/15/2027,0:15,8:00 AM,"Garcia, Elena",02/11/1966,Nina Patel',
        '03/15/2027,0:40,9:30 AM,"Brown, Peter",07/23/1958,Nina Patel',
        '03/15/2027,0:05,1:00 PM,"Nguyen, Linh",12/01/1990,Nina Patel',
      ]),
      RIGHT,
    );
  });
  it('E11 `Appt Length` (00:30) beside a date alone: a duration, never the start time', async () => {
    heldOrSent(
      await run([
        'Appt Date,Appt Length,Patient,DOB,Provider',
        '03/15/2027,00:30,"Garcia, Elena",02/11/1966,Nina Patel',
        '03/15/2027,01:00,"Brown, Peter",07/23/1958,Nina Patel',
        '03/15/2027,00:45,"Nguyen, Linh",12/01/1990,Nina Patel',
      ]),
      [],
    );
  });
  it('E12 `Minutes Late` beside a date alone: never the start', async () => {
    heldOrSent(
      await run([
        'Appt Date,Patient,DOB,Provider,Minutes Late',
        '03/15/2027,"Garcia, Elena",02/11/1966,Nina Patel,900',
        '03/15/2027,"Brown, Peter",07/23/1958,Nina Patel,1030',
        '03/15/2027,"Nguyen, Linh",12/01/1990,Nina Patel,1400',
      ]),
      [],
    );
  });
  it('E13 German `Erstellt am` date-times before `Termin` and `Uhrzeit`', async () => {
    heldOrSent(
      await run(
        [
          'Erstellt am,Termin,Uhrzeit,Nachname,Vorname,Geburtsdatum,Arzt',
          '01.03.2027 11:05,15.03.2027,09:00,Müller,Anna,12.06.1985,Dr. Weber',
          '02.03.2027 14:40,15.03.2027,10:30,Schmidt,Jonas,03.09.1979,Dr. Weber',
          '09.03.2027 16:20,15.03.2027,14:00,Wagner,Lea,21.01.1992,Dr. Weber',
        ],
        'Europe/Berlin',
      ),
      [
        { start: '2027-03-15T08:00', name: 'Anna Müller' },
        { start: '2027-03-15T09:30', name: 'Jonas Schmidt' },
        { start: '2027-03-15T13:00', name: 'Lea Wagner' },
      ],
    );
  });
  it('E14 German `Nächster Termin` (the next one) before `Termin` and `Uhrzeit`', async () => {
    heldOrSent(
      await run(
        [
          'Nächster Termin,Termin,Uhrzeit,Nachname,Vorname,Geburtsdatum,Arzt',
          '12.04.2027,15.03.2027,09:00,Müller,Anna,12.06.1985,Dr. Weber',
          '14.06.2027,15.03.2027,10:30,Schmidt,Jonas,03.09.1979,Dr. Weber',
          '29.03.2027,15.03.2027,14:00,Wagner,Lea,21.01.1992,Dr. Weber',
        ],
        'Europe/Berlin',
      ),
      [
        { start: '2027-03-15T08:00', name: 'Anna Müller' },
        { start: '2027-03-15T09:30', name: 'Jonas Schmidt' },
        { start: '2027-03-15T13:00', name: 'Lea Wagner' },
      ],
    );
  });
  it("E15 Spanish `Fecha de alta` (the patient's registration) before `Fecha cita` and `Hora`", async () => {
    heldOrSent(
      await run(
        [
          'Fecha de alta,Fecha cita,Hora,Apellidos,Nombre,Fecha de nacimiento,Profesional',
          '02/01/2019,15/03/2027,09:00,García López,Lucía,12/06/1985,Dra. Ruiz',
          '14/05/2021,15/03/2027,10:30,Martín Pérez,Pablo,03/09/1979,Dra. Ruiz',
          '30/11/2024,15/03/2027,14:00,Sánchez Gil,Marta,21/01/1992,Dra. Ruiz',
        ],
        'Europe/Madrid',
      ),
      [{ start: '2027-03-15T08:00' }, { start: '2027-03-15T09:30' }, { start: '2027-03-15T13:00' }],
    );
  });
  it('E16 `Rescheduled From` date-times beside `Appt Date` and `Appt Time`', async () => {
    heldOrSent(
      await run([
        'Appt Date,Appt Time,Patient,DOB,Provider,Rescheduled From',
        '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Nina Patel,03/08/2027 10:00 AM',
        '03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Nina Patel,03/09/2027 11:15 AM',
        '03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,Nina Patel,03/10/2027 3:00 PM',
      ]),
      RIGHT,
    );
  });
  it('E17 `Booked Date` (date only) before `Appt Date` and `Time`', async () => {
    heldOrSent(
      await run([
        'Booked Date,Appt Date,Time,Patient,DOB,Provider',
        '03/01/2027,03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Nina Patel',
        '03/02/2027,03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Nina Patel',
        '03/09/2027,03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,Nina Patel',
      ]),
      RIGHT,
    );
  });
  it('E18 `Reminder Call` date-times on the half hour beside `Date` and `Time`', async () => {
    heldOrSent(
      await run([
        'Reminder Call,Date,Time,Patient,DOB,Provider',
        '03/13/2027 10:00 AM,03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Nina Patel',
        '03/13/2027 10:30 AM,03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Nina Patel',
        '03/13/2027 11:00 AM,03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,Nina Patel',
      ]),
      RIGHT,
    );
  });
  it('E19 `Check-In` time beside a date and no booked time: the arrival is not the start', async () => {
    heldOrSent(
      await run([
        'Date,Check-In,Patient,DOB,Provider',
        '03/15/2027,7:52 AM,"Garcia, Elena",02/11/1966,Nina Patel',
        '03/15/2027,9:41 AM,"Brown, Peter",07/23/1958,Nina Patel',
        '03/15/2027,12:58 PM,"Nguyen, Linh",12/01/1990,Nina Patel',
      ]),
      [],
    );
  });
  it('E20 `EDD` (an obstetric due date) beside `Time` alone is not the visit date', async () => {
    heldOrSent(
      await run([
        'EDD,Time,Patient,DOB,Provider',
        '07/04/2027,8:00 AM,"Garcia, Elena",02/11/1986,Nina Patel',
        '08/19/2027,9:30 AM,"Nguyen, Linh",12/01/1990,Nina Patel',
        '06/02/2027,1:00 PM,"Okafor, Ada",09/30/1992,Nina Patel',
      ]),
      [],
    );
  });
});

// ---------------------------------------------------------------------------------------------
// F. The type: insurance, diagnosis, a code, the kind of something else
// ---------------------------------------------------------------------------------------------
describe('F. a column that looks like the appointment type', () => {
  const typed = (type = 'APPOINTMENT'): Want[] => [
    { start: S1, type },
    { start: S2, type },
    { start: S3, type },
  ];
  const rowsWith = (header: string, a: string, b: string, c: string): string[] => [
    `Appt Date,Appt Time,Patient,DOB,Provider,${header}`,
    `03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Nina Patel,${a}`,
    `03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Nina Patel,${b}`,
    `03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,Nina Patel,${c}`,
  ];
  it.each([
    ['F1', 'Ins Plan', 'Aetna PPO', 'Medicare Part B', 'Blue Shield HMO'],
    ['F2', 'Dx', 'J06.9', 'E11.9', 'I10'],
    ['F3', 'Diagnosis', 'Acute sinusitis', 'Type 2 diabetes', 'Hypertension'],
    ['F4', 'CPT', '99213', '99214', '99203'],
    ['F5', 'Fin Class', 'Commercial', 'Medicare', 'Self Pay'],
    ['F6', 'Payer Type', 'Commercial', 'Medicare', 'Self Pay'],
    ['F7', 'Phone Type', 'Mobile', 'Home', 'Mobile'],
    ['F8', 'Account Type', 'Personal', 'Workers Comp', 'Personal'],
    ['F9', 'Pt Type', 'Established', 'Established', 'New'],
    ['F10', 'ICD-10', 'J06.9', 'E11.9', 'I10'],
    ['F11', 'Referral Type', 'Self', 'Physician', 'Insurance'],
    ['F12', 'Plan', 'Aetna PPO', 'Medicare Part B', 'Blue Shield HMO'],
    ['F13', 'Contact Type', 'Text', 'Call', 'Email'],
    ['F14', 'Relationship', 'Self', 'Child', 'Spouse'],
  ])('%s `%s` is never the appointment type', async (_id, header, a, b, c) => {
    heldOrSent(await run(rowsWith(header, a, b, c)), typed());
  });
  it('F15 `Pt Type` beside `Appt Type`: the appointment type', async () => {
    heldOrSent(
      await run([
        'Appt Date,Appt Time,Patient,DOB,Pt Type,Appt Type,Provider',
        '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Established,Follow Up,Nina Patel',
        '03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Established,Annual Physical,Nina Patel',
        '03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,New,New Patient Visit,Nina Patel',
      ]),
      [
        { start: S1, type: 'Follow Up' },
        { start: S2, type: 'Annual Physical' },
        { start: S3, type: 'New Patient Visit' },
      ],
    );
  });
  it('F16 `Ins Type` before `Visit Type`: the visit type', async () => {
    heldOrSent(
      await run([
        'Appt Date,Appt Time,Patient,DOB,Ins Type,Visit Type,Provider',
        '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,PPO,Follow Up,Nina Patel',
        '03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Medicare,Annual Physical,Nina Patel',
        '03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,HMO,New Patient Visit,Nina Patel',
      ]),
      [
        { start: S1, type: 'Follow Up' },
        { start: S2, type: 'Annual Physical' },
        { start: S3, type: 'New Patient Visit' },
      ],
    );
  });
  it("F17 Brazil's `Convênio` (the health plan) is never the appointment type", async () => {
    heldOrSent(
      await run(
        [
          'Data,Hora,Paciente,Data de nascimento,Profissional,Convênio',
          '15/03/2027,09:00,Ana Souza,12/06/1985,Dra. Lima,Unimed',
          '15/03/2027,10:30,Bruno Lima,03/09/1979,Dra. Lima,Bradesco Saúde',
          '15/03/2027,14:00,Carla Dias,21/01/1992,Dra. Lima,Particular',
        ],
        'America/Sao_Paulo',
      ),
      [
        { start: '2027-03-15T12:00', type: 'APPOINTMENT' },
        { start: '2027-03-15T13:30', type: 'APPOINTMENT' },
        { start: '2027-03-15T17:00', type: 'APPOINTMENT' },
      ],
    );
  });
});

// ---------------------------------------------------------------------------------------------
// G. The status: of the insurance, the payment, the reminder, the patient
// ---------------------------------------------------------------------------------------------
describe('G. a column that looks like the status', () => {
  const booked: Want[] = [
    { start: S1, status: 'NEW' },
    { start: S2, status: 'NEW' },
    { start: S3, status: 'NEW' },
  ];
  const rowsWith = (header: string, a: string, b: string, c: string): string[] => [
    `Appt Date,Appt Time,Patient,DOB,Provider,${header}`,
    `03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Nina Patel,${a}`,
    `03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Nina Patel,${b}`,
    `03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,Nina Patel,${c}`,
  ];
  it.each([
    ['G1', 'Elig Status', 'Active', 'Terminated', 'Active'],
    ['G2', 'Ins Verif', 'Verified', 'Failed', 'Cancelled'],
    ['G3', 'Pmt Status', 'Paid', 'Void', 'Cancelled'],
    ['G4', 'Pt Status', 'Active', 'Inactive', 'Inactive'],
    ['G5', 'Claim Status', 'Denied', 'Void', 'Paid'],
    ['G6', 'Acct Status', 'Collections', 'Closed', 'Active'],
    ['G7', 'Text Status', 'Delivered', 'Failed', 'Opted Out'],
    ['G8', 'Ins Status', 'Active', 'Cancelled', 'Inactive'],
    ['G9', 'Card Status', 'Declined', 'Expired', 'Valid'],
    ['G10', 'Portal Status', 'Enrolled', 'Not Enrolled', 'Deactivated'],
    ['G11', 'Pre-Auth', 'Approved', 'Denied', 'Cancelled'],
    ['G12', 'Forms Status', 'Completed', 'Cancelled', 'Not Started'],
    ['G13', 'Referral', 'Received', 'Cancelled', 'Expired'],
    ['G14', 'Copay Status', 'Paid', 'Waived', 'Refunded'],
  ])('%s `%s` is not the appointment status: never a cancel', async (_id, header, a, b, c) => {
    heldOrSent(await run(rowsWith(header, a, b, c)), booked);
  });
  it('G15 `Status` beside `Elig Status` of Cancelled: the appointment status', async () => {
    heldOrSent(
      await run([
        'Appt Date,Appt Time,Patient,DOB,Provider,Elig Status,Status',
        '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Nina Patel,Cancelled,Scheduled',
        '03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Nina Patel,Active,Cancelled',
        '03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,Nina Patel,Cancelled,Confirmed',
      ]),
      [
        { start: S1, status: 'NEW' },
        { start: S2, status: 'CANCEL' },
        { start: S3, status: 'NEW' },
      ],
    );
  });
  it("G16 `Status` of a patient's account (Active / Inactive) beside `Appt Status`: the appointment's", async () => {
    heldOrSent(
      await run([
        'Appt Date,Appt Time,Patient,DOB,Status,Provider,Appt Status',
        '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Active,Nina Patel,Scheduled',
        '03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Inactive,Nina Patel,Cancelled',
        '03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,Active,Nina Patel,Confirmed',
      ]),
      [
        { start: S1, status: 'NEW' },
        { start: S2, status: 'CANCEL' },
        { start: S3, status: 'NEW' },
      ],
    );
  });
  it('G17 `Reminder` of Cancelled beside `Appt Status` of Scheduled: booked', async () => {
    heldOrSent(
      await run([
        'Appt Date,Appt Time,Patient,DOB,Provider,Appt Status,Reminder',
        '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Nina Patel,Scheduled,Cancelled',
        '03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Nina Patel,Scheduled,Sent',
        '03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,Nina Patel,Scheduled,Cancelled',
      ]),
      booked,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// H. Two columns that could each be the thing
// ---------------------------------------------------------------------------------------------
describe('H. two columns that could each be the thing', () => {
  it('H1 `Date` (when the line was printed or booked) and `Appt Date` on other days, with `Time`', async () => {
    heldOrSent(
      await run([
        'Date,Appt Date,Time,Patient,DOB,Provider',
        '03/10/2027,03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Nina Patel',
        '03/11/2027,03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Nina Patel',
        '03/12/2027,03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,Nina Patel',
      ]),
      [{ start: S1 }, { start: S2 }, { start: S3 }],
    );
  });
  it('H2 `Appt Provider` beside `Rendering Provider` naming other people: held', async () => {
    const r = await run([
      'Appt Date,Appt Time,Patient,DOB,Appt Provider,Rendering Provider',
      '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Nina Patel,Raj Shah',
      '03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Nina Patel,Nina Patel',
      '03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,Karen Lee,Raj Shah',
    ]);
    expect(held(r)).toBe(true);
  });
  it('H3 `Doctor` beside `Physician` naming other people: held', async () => {
    const r = await run([
      'Appt Date,Appt Time,Patient,DOB,Physician,Doctor',
      '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Nina Patel,Raj Shah',
      '03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Nina Patel,Karen Lee',
      '03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,Karen Lee,Raj Shah',
    ]);
    expect(held(r)).toBe(true);
  });
  it('H4 `Type` (the patient type) beside `Visit Type`: the visit type', async () => {
    heldOrSent(
      await run([
        'Appt Date,Appt Time,Patient,DOB,Type,Visit Type,Provider',
        '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Established,Follow Up,Nina Patel',
        '03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Established,Annual Physical,Nina Patel',
        '03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,New,New Patient Visit,Nina Patel',
      ]),
      [
        { start: S1, type: 'Follow Up' },
        { start: S2, type: 'Annual Physical' },
        { start: S3, type: 'New Patient Visit' },
      ],
    );
  });
  it('H5 `Location` beside `Service Location` naming other sites: never one of them silently', async () => {
    const r = await run([
      'Appt Date,Appt Time,Patient,DOB,Provider,Location,Service Location',
      '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Nina Patel,North Clinic,South Clinic',
      '03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Nina Patel,North Clinic,North Clinic',
      '03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,Nina Patel,East Clinic,South Clinic',
    ]);
    expect(held(r)).toBe(true);
  });
  it('H6 `Appt Date` and `Service Date` on other days (a charge posted later): never one silently', async () => {
    heldOrSent(
      await run([
        'Service Date,Appt Date,Appt Time,Patient,DOB,Provider',
        '03/18/2027,03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Nina Patel',
        '03/19/2027,03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Nina Patel',
        '03/19/2027,03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,Nina Patel',
      ]),
      [{ start: S1 }, { start: S2 }, { start: S3 }],
    );
  });
});

// ---------------------------------------------------------------------------------------------
// I. More of the same: the description and reason, places, and headers in other languages
// ---------------------------------------------------------------------------------------------
describe('I. the description, the reason, places and other languages', () => {
  const rowsWith = (header: string, a: string, b: string, c: string): string[] => [
    `Appt Date,Appt Time,Patient,DOB,Provider,${header}`,
    `03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Nina Patel,${a}`,
    `03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Nina Patel,${b}`,
    `03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,Nina Patel,${c}`,
  ];
  // With no type, reason or description column the description is the type (row-defaults.ts).
  const plain: Want[] = [
    { start: S1, type: 'APPOINTMENT', desc: 'APPOINTMENT', reason: '', loc: 'Main office' },
    { start: S2, type: 'APPOINTMENT', desc: 'APPOINTMENT', reason: '', loc: 'Main office' },
    { start: S3, type: 'APPOINTMENT', desc: 'APPOINTMENT', reason: '', loc: 'Main office' },
  ];
  it.each([
    ['I1', 'Dx Description', 'Acute sinusitis', 'Type 2 diabetes mellitus', 'Essential hypertension'],
    ['I2', 'ICD Description', 'Acute sinusitis', 'Type 2 diabetes mellitus', 'Essential hypertension'],
    ['I3', 'Plan Description', 'Aetna Choice POS II', 'Medicare Part B', 'Blue Shield PPO'],
    ['I4', 'Denial Reason', 'Eligibility', 'Timely filing', 'Eligibility'],
    ['I5', 'Adjustment Reason', 'Contractual', 'Write off', 'Contractual'],
    ['I6', 'Reschedule Reason', 'Patient request', 'Provider out', 'Weather'],
    ['I7', 'No Show Reason', 'Forgot', 'Transportation', 'Forgot'],
    ['I8', 'Pharmacy Location', 'Walgreens Fresno', 'CVS Clovis', 'Rite Aid Madera'],
    ['I9', 'Previous Location', 'North Clinic', 'East Clinic', 'North Clinic'],
    ['I10', 'Payer Name', 'Aetna', 'Medicare', 'Blue Shield'],
    ['I11', 'Payment Method', 'Card', 'Cash', 'Check'],
    ['I12', 'Allergies', 'Penicillin', 'None', 'Sulfa'],
    ['I13', 'Gender', 'F', 'M', 'F'],
    ['I14', 'Language', 'Spanish', 'English', 'Vietnamese'],
    ['I15', 'Race', 'White', 'Black', 'Asian'],
    ['I16', 'Preferred Pharmacy', 'Walgreens Fresno', 'CVS Clovis', 'Rite Aid Madera'],
    ['I17', 'Blood Type', 'O+', 'A-', 'B+'],
    ['I18', 'Marital Status', 'Married', 'Single', 'Divorced'],
  ])('%s `%s` is never the type, description, reason or location', async (_id, header, a, b, c) => {
    heldOrSent(await run(rowsWith(header, a, b, c)), plain);
  });
  it('I19 `Orig Location` (before a move) beside `Location`: the location', async () => {
    heldOrSent(
      await run([
        'Appt Date,Appt Time,Patient,DOB,Provider,Orig Location,Location',
        '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Nina Patel,North Clinic,South Clinic',
        '03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Nina Patel,East Clinic,South Clinic',
        '03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,Nina Patel,North Clinic,South Clinic',
      ]),
      [
        { start: S1, loc: 'South Clinic' },
        { start: S2, loc: 'South Clinic' },
        { start: S3, loc: 'South Clinic' },
      ],
    );
  });
  it('I20 control: `Visit Reason` is the reason, sent without a question', async () => {
    sentAs(await run(rowsWith('Visit Reason', 'Knee pain', 'Annual physical', 'Follow-up')), [
      { start: S1, reason: 'Knee pain' },
      { start: S2, reason: 'Annual physical' },
      { start: S3, reason: 'Follow-up' },
    ]);
  });
  it("I21 Spanish `Tipo de documento` (the patient's ID document: DNI, NIE) is never the type", async () => {
    heldOrSent(
      await run(
        [
          'Fecha cita,Hora,Apellidos,Nombre,Fecha de nacimiento,Profesional,Tipo de documento',
          '15/03/2027,09:00,García López,Lucía,12/06/1985,Dra. Ruiz,DNI',
          '15/03/2027,10:30,Martín Pérez,Pablo,03/09/1979,Dra. Ruiz,NIE',
          '15/03/2027,14:00,Sánchez Gil,Marta,21/01/1992,Dra. Ruiz,DNI',
        ],
        'Europe/Madrid',
      ),
      [
        { start: '2027-03-15T08:00', type: 'APPOINTMENT' },
        { start: '2027-03-15T09:30', type: 'APPOINTMENT' },
        { start: '2027-03-15T13:00', type: 'APPOINTMENT' },
      ],
    );
  });
  it('I22 Spanish `Tipo de seguro` (the insurance kind) is never the type', async () => {
    heldOrSent(
      await run(
        [
          'Fecha cita,Hora,Apellidos,Nombre,Fecha de nacimiento,Profesional,Tipo de seguro',
          '15/03/2027,09:00,García López,Lucía,12/06/1985,Dra. Ruiz,Privado',
          '15/03/2027,10:30,Martín Pérez,Pablo,03/09/1979,Dra. Ruiz,Mutua',
          '15/03/2027,14:00,Sánchez Gil,Marta,21/01/1992,Dra. Ruiz,Privado',
        ],
        'Europe/Madrid',
      ),
      [
        { start: '2027-03-15T08:00', type: 'APPOINTMENT' },
        { start: '2027-03-15T09:30', type: 'APPOINTMENT' },
        { start: '2027-03-15T13:00', type: 'APPOINTMENT' },
      ],
    );
  });
  it('I23 Swiss German `Zuweiser` (the referring doctor) alone is not the provider', async () => {
    heldOrSent(
      await run(
        [
          'Datum,Uhrzeit,Nachname,Vorname,Geburtsdatum,Zuweiser',
          '15.03.2027,09:00,Müller,Anna,12.06.1985,Dr. Weber',
          '15.03.2027,10:30,Schmidt,Jonas,03.09.1979,Dr. Braun',
          '15.03.2027,14:00,Wagner,Lea,21.01.1992,Dr. Weber',
        ],
        'Europe/Zurich',
      ),
      [
        { start: '2027-03-15T08:00', prov: UNASSIGNED },
        { start: '2027-03-15T09:30', prov: UNASSIGNED },
        { start: '2027-03-15T13:00', prov: UNASSIGNED },
      ],
    );
  });
  it('I24 Spanish `Médico de cabecera` (the family doctor) alone is not the provider', async () => {
    heldOrSent(
      await run(
        [
          'Fecha cita,Hora,Apellidos,Nombre,Fecha de nacimiento,Médico de cabecera',
          '15/03/2027,09:00,García López,Lucía,12/06/1985,Dr. Ortega',
          '15/03/2027,10:30,Martín Pérez,Pablo,03/09/1979,Dr. Ortega',
          '15/03/2027,14:00,Sánchez Gil,Marta,21/01/1992,Dra. Vidal',
        ],
        'Europe/Madrid',
      ),
      [
        { start: '2027-03-15T08:00', prov: UNASSIGNED },
        { start: '2027-03-15T09:30', prov: UNASSIGNED },
        { start: '2027-03-15T13:00', prov: UNASSIGNED },
      ],
    );
  });
  it('I25 French `Médecin adresseur` (the referrer) alone is not the provider', async () => {
    heldOrSent(
      await run(
        [
          'Date,Heure,Nom,Prénom,Date de naissance,Médecin adresseur',
          '15/03/2027,09:00,Martin,Claire,12/06/1985,Dr Lefèvre',
          '15/03/2027,10:30,Bernard,Louis,03/09/1979,Dr Moreau',
          '15/03/2027,14:00,Petit,Emma,21/01/1992,Dr Lefèvre',
        ],
        'Europe/Paris',
      ),
      [
        { start: '2027-03-15T08:00', prov: UNASSIGNED },
        { start: '2027-03-15T09:30', prov: UNASSIGNED },
        { start: '2027-03-15T13:00', prov: UNASSIGNED },
      ],
    );
  });
  it('I26 German `Auftragsnummer` (an order) and `Rechnungsnr.` (an invoice) are never the appointment id', async () => {
    heldOrSent(
      await run(
        [
          'Auftragsnummer,Rechnungsnr.,Datum,Uhrzeit,Nachname,Vorname,Geburtsdatum,Arzt',
          'A-77120,R-2027-0031,15.03.2027,09:00,Müller,Anna,12.06.1985,Dr. Weber',
          'A-77121,R-2027-0032,15.03.2027,10:30,Schmidt,Jonas,03.09.1979,Dr. Weber',
          'A-77122,R-2027-0033,15.03.2027,14:00,Wagner,Lea,21.01.1992,Dr. Weber',
        ],
        'Europe/Berlin',
      ),
      [
        { start: '2027-03-15T08:00', aid: DERIVED_A },
        { start: '2027-03-15T09:30', aid: DERIVED_A },
        { start: '2027-03-15T13:00', aid: DERIVED_A },
      ],
    );
  });
  it('I27 Portuguese `Data de marcação` (when it was booked) before `Data da consulta` and `Hora`', async () => {
    heldOrSent(
      await run(
        [
          'Data de marcação,Data da consulta,Hora,Utente,Data de nascimento,Médico',
          '01/03/2027,15/03/2027,09:00,Ana Sousa,12/06/1985,Dra. Lima',
          '02/03/2027,15/03/2027,10:30,Bruno Silva,03/09/1979,Dra. Lima',
          '09/03/2027,15/03/2027,14:00,Carla Dias,21/01/1992,Dra. Lima',
        ],
        'Europe/Lisbon',
      ),
      [{ start: '2027-03-15T09:00' }, { start: '2027-03-15T10:30' }, { start: '2027-03-15T14:00' }],
    );
  });
  it('I28 Spanish `Fecha de solicitud` (the request) beside `Hora` alone is not the visit date', async () => {
    heldOrSent(
      await run(
        [
          'Fecha de solicitud,Hora,Apellidos,Nombre,Fecha de nacimiento,Profesional',
          '01/03/2027,09:00,García López,Lucía,12/06/1985,Dra. Ruiz',
          '02/03/2027,10:30,Martín Pérez,Pablo,03/09/1979,Dra. Ruiz',
          '09/03/2027,14:00,Sánchez Gil,Marta,21/01/1992,Dra. Ruiz',
        ],
        'Europe/Madrid',
      ),
      [],
    );
  });
  it('I29 `Staff ID` (the clerk who keyed it) beside `Doctor`: never the provider id', async () => {
    heldOrNever(
      await run([
        'Appt Date,Appt Time,Patient,DOB,Staff ID,Doctor',
        '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,FD02,Nina Patel',
        '03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,FD07,Nina Patel',
        '03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,FD02,Raj Shah',
      ]),
      'provId',
      ['FD02', 'FD07'],
    );
  });
  it('I30 `User ID` beside `Provider`: never the provider id', async () => {
    heldOrNever(
      await run([
        'Appt Date,Appt Time,Patient,DOB,Provider,User ID',
        '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Nina Patel,jsmith',
        '03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Nina Patel,kdoe',
        '03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,Raj Shah,jsmith',
      ]),
      'provId',
      ['jsmith', 'kdoe'],
    );
  });
  it('I31 `Appt Location` beside `Location` naming other sites: never one of them silently', async () => {
    mustHold(
      await run([
        'Appt Date,Appt Time,Patient,DOB,Provider,Appt Location,Location',
        '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Nina Patel,North Clinic,South Clinic',
        '03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Nina Patel,North Clinic,North Clinic',
        '03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,Nina Patel,East Clinic,South Clinic',
      ]),
    );
  });
  it('I32 control: `Location` beside `Service Location` naming the same sites goes', async () => {
    sentAs(
      await run([
        'Appt Date,Appt Time,Patient,DOB,Provider,Location,Service Location',
        '03/15/2027,8:00 AM,"Garcia, Elena",02/11/1966,Nina Patel,North Clinic,North Clinic',
        '03/15/2027,9:30 AM,"Brown, Peter",07/23/1958,Nina Patel,South Clinic,South Clinic',
        '03/15/2027,1:00 PM,"Nguyen, Linh",12/01/1990,Nina Patel,North Clinic,North Clinic',
      ]),
      [
        { start: S1, loc: 'North Clinic' },
        { start: S2, loc: 'South Clinic' },
        { start: S3, loc: 'North Clinic' },
      ],
    );
  });
});
