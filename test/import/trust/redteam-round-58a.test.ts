// Red team, round 58a: the hazards of the blind layouts 415 (ChiroHD, Detroit), 416 (MedEvolve,
// El Paso) and 417 (iPatientCare, Guam) pushed further, for WRONG SENDS only. Outcomes worked out
// by hand before the first run; a hold (a question, or a refused file) is never a wrong send.
// Calendar, by hand: 5 April 2027 9:00 is 2027-04-04T23:00Z in Guam and Saipan (UTC+10, no daylight
// saving), 2027-04-05T20:00Z in Pago Pago (UTC-11), 13:00Z in Puerto Rico and the US Virgin Islands
// (UTC-4, no daylight saving), 19:00Z in Honolulu (UTC-10); read day first it would be 4 May.
import { Temporal } from '@js-temporal/polyfill';
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';
import { held, linesRunner, type Run, sent, STARTS } from './three-row-probes.ts';

const files = exportFiles('redteam-round-58a');
const runLA = linesRunner(files);

async function runIn(rows: string[], timeZone: string): Promise<Run> {
  try {
    return await collect(files.write(rows), { timeZone });
  } catch {
    return 'refused';
  }
}

const utc = (local: string, zone: string): string =>
  Temporal.PlainDateTime.from(local).toZonedDateTime(zone).toInstant().toString().slice(0, 16);

// ---------------------------------------------------------------------------------------------
// 1. US territories on Pacific/* and America/* zones, every date with both parts 12 or less and no
//    weekday: the file proves no order, the region (the United States) writes month first. Held
//    or month first; never 4 May.
// ---------------------------------------------------------------------------------------------
describe('1. a US territory zone with no date that proves the order', () => {
  const rows = [
    'Appt ID,Appt Date,Appt Time,Patient,DOB,Patient ID,Status',
    '77120,04/05/2027,9:00 AM,"Cruz, Maria",07/04/1986,100112,Scheduled',
    '77124,04/06/2027,10:00 AM,"Perez, John",05/06/1975,100230,Scheduled',
    '77126,04/08/2027,1:30 PM,"Quinata, Elijah",12/01/2001,100301,Scheduled',
  ];
  const LOCALS = ['2027-04-05T09:00', '2027-04-06T10:00', '2027-04-08T13:30'];
  it.each([
    'Pacific/Guam',
    'Pacific/Saipan',
    'Pacific/Pago_Pago',
    'America/Puerto_Rico',
    'America/St_Thomas',
    'Pacific/Honolulu',
  ])('%s: held, or sent month first', async (zone) => {
    const r = await runIn(rows, zone);
    if (held(r)) return;
    const want = LOCALS.map((l, i) => `${utc(l, zone)} NEW ${['Cruz', 'Perez', 'Quinata'][i]}`);
    expect(sent(r)).toEqual(want);
  });
});

// ---------------------------------------------------------------------------------------------
// 2. A status legend printed with the report that gives a short code another meaning than the
//    common one: the legend is the file's own word. Held, or read as the legend says.
// ---------------------------------------------------------------------------------------------
describe('2. a legend that gives a code its own meaning', () => {
  const body = (obi: string): string[] => [
    'Appt ID,Appt Date,Appt Time,Patient,DOB,Patient ID,Status',
    `88101,03/22/2027,9:00 AM,"Hollis, Grace",06/02/1970,100415,SCH`,
    `88102,03/22/2027,10:00 AM,"Obi, Adaeze",04/05/1999,100871,${obi}`,
    `88103,03/23/2027,1:30 PM,"Lindqvist, Sven",08/29/1963,100954,SCH`,
  ];
  const BOOKED = [`${STARTS[0]} NEW Hollis`, `${STARTS[1]} NEW Obi`, `${STARTS[2]} NEW Lindqvist`];
  const OBI_CANCEL = [`${STARTS[0]} NEW Hollis`, `${STARTS[1]} CANCEL Obi`, `${STARTS[2]} NEW Lindqvist`];
  it.each<[string, string, string[]]>([
    // CO is "checked out" in most schedulers; here the practice's legend says cancelled by the office
    [
      'CO',
      'Status Legend: SCH = Scheduled; CO = Cancelled - Office; CP = Cancelled - Patient; NS = No Show',
      OBI_CANCEL,
    ],
    // CX is "cancelled" in most schedulers; here it is checked out
    ['CX', 'Status Legend: SCH = Scheduled; CI = Checked In; CX = Checked Out; CAN = Cancelled', BOOKED],
    // the legend agrees with the common reading (a control)
    ['RS', 'Status Legend: SCH = Scheduled; CO = Checked Out; RS = Rescheduled', OBI_CANCEL],
    ['CO', 'Status Legend: SCH = Scheduled; CO = Checked Out; CAN = Cancelled', BOOKED],
  ])('%s under "%s"', async (obi, legend, want) => {
    for (const rows of [
      [...body(obi), 'Total Appointments: 3', legend],
      [legend, ...body(obi)],
    ]) {
      const r = await runLA(rows);
      if (!held(r)) expect(sent(r)).toEqual(want);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// 3. A guarantor's account number beside the patient's own number, each unique in the file (no
//    family to show which repeats): the patient's id is the patient's column, never the account.
// ---------------------------------------------------------------------------------------------
describe("3. a guarantor account beside the patient's own number", () => {
  it.each<[string, string]>([
    ['Account #', 'Patient #'],
    ['Acct No', 'Pt No'],
    ['Guarantor Acct #', 'Patient ID'],
    ['Account Number', 'MRN'],
    ['Guarantor ID', 'Chart #'],
  ])('%s before %s', async (acct, pat) => {
    const r = await runLA([
      `Appt Date,Appt Time,Appt #,Patient Name,${acct},${pat},DOB,Status`,
      `03/22/2027,9:00 AM,4410231,"HOLLIS, GRACE",A007731,P018842,06/02/1970,Scheduled`,
      `03/22/2027,10:00 AM,4410236,"OBI, ADAEZE",A005102,P015567,04/05/1999,Scheduled`,
      `03/23/2027,1:30 PM,4410240,"LINDQVIST, SVEN",A006218,P019004,08/29/1963,Scheduled`,
    ]);
    if (held(r) || r === 'refused') return;
    expect(r.appointments.map((a) => a.patient.patientId ?? '')).toEqual(['P018842', 'P015567', 'P019004']);
  });
});

// ---------------------------------------------------------------------------------------------
// 4. A legend under the table cut into cells at its commas, over half the table's width
//    (`Legend:,SCH = Scheduled,CO = Cancelled by Office,NS = No Show` under seven columns): the
//    file's own legend, so sent as it says with no row error (it was a row error and a hold on
//    SCH and CO before report-furniture.ts took a line shorter than the header as a legend too).
//    A line cut short that is not all code = words pairs is still a row.
// ---------------------------------------------------------------------------------------------
describe('4. a legend cut into cells under the table', () => {
  const HEAD = 'Appt ID,Appt Date,Appt Time,Patient,DOB,Patient ID,Status';
  const rows = (obi: string): string[] => [
    HEAD,
    `88101,03/22/2027,9:00 AM,"Hollis, Grace",06/02/1970,100415,SCH`,
    `88102,03/22/2027,10:00 AM,"Obi, Adaeze",04/05/1999,100871,${obi}`,
    `88103,03/23/2027,1:30 PM,"Lindqvist, Sven",08/29/1963,100954,SCH`,
  ];
  const OBI_CANCEL = [`${STARTS[0]} NEW Hollis`, `${STARTS[1]} CANCEL Obi`, `${STARTS[2]} NEW Lindqvist`];
  const BOOKED = [`${STARTS[0]} NEW Hollis`, `${STARTS[1]} NEW Obi`, `${STARTS[2]} NEW Lindqvist`];
  it.each<[string, string, string[]]>([
    ['CO', 'Legend:,SCH = Scheduled,CO = Cancelled by Office,NS = No Show', OBI_CANCEL],
    ['CO', 'SCH = Scheduled,CO = Cancelled by Office,NS = No Show,CI = Checked In', OBI_CANCEL],
  ])('%s under "%s": sent as the legend says', async (obi, legend, want) => {
    const r = await runLA([...rows(obi), 'Total Appointments: 3', legend]);
    expect(held(r)).toBe(false);
    if (r === 'refused') return;
    expect(sent(r)).toEqual(want);
    expect(r.errors).toEqual([]);
  });
  // A legend that contradicts the connector's own reading of a code (CX is cancelled in most
  // schedulers) is asked about (legend-statuses.ts), not followed: held, or booked as it says.
  it('CX = Checked Out cut into cells: held, or sent booked', async () => {
    const r = await runLA([
      ...rows('CX'),
      'Total Appointments: 3',
      'Status Legend:,SCH = Scheduled,CX = Checked Out,CAN = Cancelled,NS = No Show',
    ]);
    if (!held(r)) expect(sent(r)).toEqual(BOOKED);
  });
  it('a row cut short with an = in a cell is still a row (a row error), never a legend', async () => {
    const r = await runLA([
      'Appt ID,Appt Date,Appt Time,Patient,DOB,Patient ID,Status',
      `88101,03/22/2027,9:00 AM,"Hollis, Grace",06/02/1970,100415,Scheduled`,
      `88102,03/22/2027,10:00 AM,"Obi, Adaeze",04/05/1999,100871,Scheduled`,
      `88103,03/23/2027,1:30 PM,"Lindqvist, Sven",08/29/1963,100954,Scheduled`,
      `88104,03/24/2027,Note = call first,Ref = self`,
    ]);
    if (held(r) || r === 'refused') return;
    expect(sent(r)).toEqual([
      `${STARTS[0]} NEW Hollis`,
      `${STARTS[1]} NEW Obi`,
      `${STARTS[2]} NEW Lindqvist`,
    ]);
    expect(r.errors.map((e) => e.line)).toEqual([5]);
  });
});

// ---------------------------------------------------------------------------------------------
// 5. A legend under its own label written with a dash, a colon, two spaces or two cells
//    (`Status Legend` then `CO - Cancelled by Office`; `Status Codes: SCH: Scheduled  CO: ...`):
//    the file's own legend, read as it says (these were held on SCH and CO before status-legend.ts
//    read joins other than `=` under a legend's label). Without a legend's label a dash is a
//    heading's (`Dr - Lee`), never a legend; a legend that leaves a written code out explains
//    nothing (held).
// ---------------------------------------------------------------------------------------------
describe('5. a legend under its own label, joined by a dash, a colon or spaces', () => {
  const rows = (obi: string, others = 'SCH'): string[] => [
    'Appt ID,Appt Date,Appt Time,Patient,DOB,Patient ID,Status',
    `88101,03/22/2027,9:00 AM,"Hollis, Grace",06/02/1970,100415,${others}`,
    `88102,03/22/2027,10:00 AM,"Obi, Adaeze",04/05/1999,100871,${obi}`,
    `88103,03/23/2027,1:30 PM,"Lindqvist, Sven",08/29/1963,100954,${others}`,
  ];
  const OBI_CANCEL = [`${STARTS[0]} NEW Hollis`, `${STARTS[1]} CANCEL Obi`, `${STARTS[2]} NEW Lindqvist`];
  it.each<[string, string[]]>([
    ['one line, dashes', ['Legend: SCH - Scheduled, CO - Cancelled by Office, NS - No Show']],
    ['one line, colons', ['Status Codes: SCH: Scheduled  CO: Cancelled by Office  NS: No Show']],
    ['label line, dashes', ['Status Legend', 'SCH - Scheduled', 'CO - Cancelled - Office', 'NS - No Show']],
    ['label line, two spaces', ['Legend', 'SCH  Scheduled', 'CO  Cancelled by Office', 'NS  No Show']],
    ['label line, two cells', ['Key:', 'SCH,Scheduled', 'CO,Cancelled by Office', 'NS,No Show']],
  ])('%s under the table: Obi cancelled', async (_, legend) => {
    const r = await runLA([...rows('CO'), 'Total Appointments: 3', ...legend]);
    expect(held(r)).toBe(false);
    expect(sent(r)).toEqual(OBI_CANCEL);
  });
  it.each<[string, string[]]>([
    ['one line, dashes', ['Legend: SCH - Scheduled, CO - Cancelled by Office, NS - No Show']],
    ['label line, dashes', ['Status Legend', 'SCH - Scheduled', 'CO - Cancelled - Office', 'NS - No Show']],
  ])('%s above the table: held, or Obi cancelled', async (_, legend) => {
    const r = await runLA(['Appointment List', ...legend, ...rows('CO')]);
    if (!held(r)) expect(sent(r)).toEqual(OBI_CANCEL);
  });
  it('a legend that leaves out a code the column writes (CI): held, or Obi never booked', async () => {
    const r = await runLA([
      ...rows('CO', 'CI'),
      'Status Legend',
      'SCH - Scheduled',
      'CO - Cancelled by Office',
    ]);
    if (!held(r)) expect(sent(r)).toEqual(OBI_CANCEL);
  });
  it('a meaning with a number is no legend entry (held on the codes)', async () => {
    const r = await runLA([...rows('CO'), 'Legend', 'SCH - Scheduled', 'CO - Cancelled 24 hrs']);
    if (!held(r)) expect(sent(r)).toEqual(OBI_CANCEL);
  });
  it("unlabelled dash lines are a heading's, never a legend: held, or sent as the words say", async () => {
    const r = await runLA([
      'Appt ID,Appt Date,Appt Time,Patient,DOB,Patient ID,Status',
      'Dr - Lee',
      `88101,03/22/2027,9:00 AM,"Hollis, Grace",06/02/1970,100415,Scheduled`,
      `88102,03/22/2027,10:00 AM,"Obi, Adaeze",04/05/1999,100871,Cancelled`,
      'Dr - Patel',
      `88103,03/23/2027,1:30 PM,"Lindqvist, Sven",08/29/1963,100954,Scheduled`,
    ]);
    if (!held(r)) expect(sent(r)).toEqual(OBI_CANCEL);
  });
});
