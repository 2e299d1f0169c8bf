// Red-team probes (round 48) against the status rules and the readers of other formats than CSV:
// status words and abbreviations in many languages, statuses with dates inside, colour-only and
// reminder-state columns, block rows that look like patients, group sessions, wait-list and
// recall rows; then web pages (tables per day, rowspan, hidden columns, struck rows, icons),
// XML (attributes, namespaces, nested records, HL7 v2 XML), Excel workbooks (merged cells,
// formulas, hidden rows) and printed reports (cut columns, wrapped lines, page breaks). Each file
// is small and modelled on a real export's shape; the right outcome was worked out by hand before
// the probe was run: the status each row must go with, or "held" where only a person can say (a
// hold is never wrong; a wrong status is). A probe whose name starts with FAULT was a wrong send
// before its fix. Calendar, by hand: 15 March 2027 is a Monday; Los Angeles is on daylight time
// from 14 March 2027 (UTC-7), so 8:00 AM there is 15:00Z.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { workbook } from '../read/xlsx-builder.ts';
import { exportFiles } from './export-files.ts';

const files = exportFiles('redteam-status-structure');
type Result = Awaited<ReturnType<typeof collect>>;
const held = (r: Result): boolean => (r.summary.doubts ?? []).length > 0;
const statuses = (r: Result): string[] => r.appointments.map((a) => a.status);
const who = (r: Result): string[] => r.appointments.map((a) => `${a.patient.lastName}:${a.status}`);

const PATIENTS = [
  ['"Okafor, Grace"', '04/02/1981'],
  ['"Nguyen, An"', '11/30/1975'],
  ['"Smith, Robert"', '01/12/1950'],
  ['"Garcia, Lucia"', '07/21/1990'],
  ['"Brown, Evan"', '02/14/1988'],
  ['"Kim, Joon"', '09/09/1979'],
] as const;

/** A day list, one row per status, half an hour apart from 8:00 AM on 15 March 2027. */
function dayList(words: readonly string[]): string {
  const rows = words.map((w, i) => {
    const [name, dob] = PATIENTS[i % PATIENTS.length]!;
    const h = 8 + Math.floor(i / 2);
    return `03/15/2027,${h > 12 ? h - 12 : h}:${i % 2 ? '30' : '00'} ${h >= 12 ? 'PM' : 'AM'},${name},${dob},Dr. Ames,${w}`;
  });
  return files.write(['Date,Time,Patient,DOB,Provider,Status', ...rows]);
}

const N = 'NEW';
const C = 'CANCEL';

describe('1. status words, abbreviations and languages', () => {
  // [probe, statuses in the file, zone, the statuses each row must go with, or 'held']
  it.each([
    ['CX is cancelled', ['Confirmed', 'CX', 'Arrived'], 'America/Los_Angeles', [N, C, N]],
    ['NS is a no-show (live)', ['Confirmed', 'NS', 'Arrived'], 'America/Los_Angeles', [N, N, N]],
    ['R/S is rescheduled: this slot gone', ['Confirmed', 'R/S', 'Arrived'], 'America/Los_Angeles', [N, C, N]],
    ['Arr, Conf, LM and CHK are live', ['Arr', 'Conf', 'LM', 'CHK'], 'America/Los_Angeles', [N, N, N, N]],
    [
      'PEND and Unconf are asked (no wrong send)',
      ['Confirmed', 'PEND', 'Unconf'],
      'America/Los_Angeles',
      'held',
    ],
    [
      'Cancelled 3/14: cancelled, the date its day',
      ['Confirmed', 'Cancelled 3/14'],
      'America/Los_Angeles',
      [N, C],
    ],
    [
      'a cancel date and time in the status',
      ['Confirmed', 'Canceled 03/14/2027 10:02 AM'],
      'America/Los_Angeles',
      [N, C],
    ],
    ['3/14 Cancelled, date first', ['3/14 Cancelled', 'Confirmed'], 'America/Los_Angeles', [C, N]],
    ['Confirmed 3/12 stays live', ['Confirmed 3/12', 'Conf 3/12 LM'], 'America/Los_Angeles', [N, N]],
    [
      'Resched to 3/22 is asked, never booked',
      ['Confirmed', 'Resched to 3/22'],
      'America/Los_Angeles',
      'held',
    ],
    [
      'Rescheduled from 3/10 (the NEW slot) is asked, never cancelled',
      ['Confirmed', 'Rescheduled from 3/10'],
      'America/Los_Angeles',
      'held',
    ],
    ['Moved from a date is asked', ['Confirmed', 'Moved from 03/10/2027'], 'America/Los_Angeles', 'held'],
    ['colour names as statuses are asked', ['Red', 'Green', 'Blue'], 'America/Los_Angeles', 'held'],
    [
      'Cancel Requested is not yet cancelled: asked',
      ['Confirmed', 'Cancel Requested'],
      'America/Los_Angeles',
      'held',
    ],
    ['Pending Cancellation: asked', ['Confirmed', 'Pending Cancellation'], 'America/Los_Angeles', 'held'],
    [
      'Uncancelled and Reinstated are live again',
      ['Uncancelled', 'Reinstated'],
      'America/Los_Angeles',
      [N, N],
    ],
    ['On Hold is asked', ['Confirmed', 'On Hold'], 'America/Los_Angeles', 'held'],
    ['C alone (Confirmed or Cancelled?) is asked', ['Confirmed', 'C'], 'America/Los_Angeles', 'held'],
    [
      'cancel abbreviations',
      ['CANC', 'Canc.', 'CNX', 'Cxl-Pt', 'Office Cxl'],
      'America/Los_Angeles',
      [C, C, C, C, C],
    ],
    ['FTA and DNA are missed (live)', ['FTA', 'DNA', 'LWBS'], 'America/Los_Angeles', [N, N, N]],
    ['Failed alone is asked', ['Confirmed', 'Failed'], 'America/Los_Angeles', 'held'],
    [
      'Arrived with a time is arrived',
      ['Arrived 8:25', 'Checked In 08:57 AM'],
      'America/Los_Angeles',
      [N, N],
    ],
    ['Excused (absence) is asked', ['Confirmed', 'Excused'], 'America/Los_Angeles', 'held'],
    ['Not Canceled is live', ['Not Canceled', 'Not Cancelled'], 'America/Los_Angeles', [N, N]],
    ['Cancelled - Waitlist is asked', ['Confirmed', 'Cancelled - Waitlist'], 'America/Los_Angeles', 'held'],
    ['No Show/Cancel is asked', ['Confirmed', 'No Show/Cancel'], 'America/Los_Angeles', 'held'],
    [
      'Spanish',
      ['Confirmada', 'Cancelada', 'No asistió', 'Reprogramada', 'Atendida'],
      'America/Mexico_City',
      [N, C, N, C, N],
    ],
    [
      'German',
      ['Bestätigt', 'Abgesagt', 'Nicht erschienen', 'Verschoben', 'Storniert'],
      'Europe/Berlin',
      [N, C, N, C, C],
    ],
    ['Dutch moved (verzet) is asked', ['Bevestigd', 'Geannuleerd', 'Verzet'], 'Europe/Amsterdam', 'held'],
    [
      'Portuguese moved (remarcado) is asked',
      ['Confirmado', 'Cancelado', 'Remarcado'],
      'America/Sao_Paulo',
      'held',
    ],
    ['Italian moved (spostato) is asked', ['Confermato', 'Annullato', 'Spostato'], 'Europe/Rome', 'held'],
    ['Polish', ['Potwierdzona', 'Odwołana', 'Nieobecność', 'Anulowana'], 'Europe/Warsaw', [N, C, N, C]],
    ['Swedish', ['Bekräftad', 'Avbokad', 'Uteblev', 'Bokad'], 'Europe/Stockholm', [N, C, N, N]],
    ['Romanian', ['Confirmat', 'Anulat', 'Neprezentat', 'Programat'], 'Europe/Bucharest', [N, C, N, N]],
  ] as const)('%s', async (_name, words, timeZone, want) => {
    const r = await collect(dayList(words), { timeZone });
    if (want === 'held') {
      expect(held(r)).toBe(true);
      return;
    }
    expect(held(r)).toBe(false);
    expect(statuses(r)).toEqual(want);
  });
});

describe("2. rows that are not one patient's booking", () => {
  const la = { timeZone: 'America/Los_Angeles' };
  const H = 'Date,Time,Patient,DOB,Provider,Status';
  it('block rows written as names (HOLD, BLOCK OUT, Out of Office, Do Not Book, Lunch, Staff Meeting) are never sent', async () => {
    const r = await collect(
      files.write([
        H,
        '03/15/2027,8:30 AM,"Okafor, Grace",04/02/1981,Dr. Ames,Confirmed',
        '03/15/2027,9:00 AM,"HOLD, HOLD",,Dr. Ames,Scheduled',
        '03/15/2027,9:30 AM,"BLOCK, OUT",,Dr. Ames,Scheduled',
        '03/15/2027,10:00 AM,Out of Office,,Dr. Ames,Scheduled',
        '03/15/2027,10:30 AM,Do Not Book,,Dr. Ames,Scheduled',
        '03/15/2027,12:00 PM,"Lunch, Dr Ames",,Dr. Ames,Scheduled',
        '03/15/2027,1:00 PM,"Meeting, Staff",,Dr. Ames,Scheduled',
        '03/15/2027,2:00 PM,"NO SHOW, NO SHOW",,Dr. Ames,Scheduled',
        '03/15/2027,2:30 PM,"EMERGENCY, SLOT",,Dr. Ames,Scheduled',
        '03/15/2027,4:00 PM,"Smith, Robert",01/12/1950,Dr. Ames,Confirmed',
      ]),
      la,
    );
    expect(who(r)).toEqual(['Okafor:NEW', 'Smith:NEW']);
  });
  it('test charts (Test, Patient) are never sent', async () => {
    const r = await collect(
      files.write([
        H,
        '03/15/2027,8:30 AM,"Okafor, Grace",04/02/1981,Dr. Ames,Confirmed',
        '03/15/2027,9:00 AM,"Test, Patient",01/01/1900,Dr. Ames,Scheduled',
        '03/15/2027,9:30 AM,"Patient, Test",01/01/2000,Dr. Ames,Scheduled',
      ]),
      la,
    );
    expect(who(r)).toEqual(['Okafor:NEW']);
  });
  it('a group session id shared by its members is no appointment id: held, never one booking for three people', async () => {
    const r = await collect(
      files.write([
        'Date,Time,Appt ID,Patient,DOB,Provider,Type,Status',
        '03/15/2027,9:00 AM,5501,"Okafor, Grace",04/02/1981,Dr. Ames,Group Therapy,Confirmed',
        '03/15/2027,9:00 AM,5501,"Nguyen, An",11/30/1975,Dr. Ames,Group Therapy,Confirmed',
        '03/15/2027,9:00 AM,5501,"Smith, Robert",01/12/1950,Dr. Ames,Group Therapy,Cancelled',
        '03/15/2027,11:00 AM,5502,"Garcia, Lucia",07/21/1990,Dr. Ames,Individual,Confirmed',
      ]),
      la,
    );
    expect(held(r)).toBe(true);
  });
  it("a group's own row (GROUP: Anxiety Skills) is no patient; its members are", async () => {
    const r = await collect(
      files.write([
        'Date,Time,Patient,DOB,Provider,Type,Status',
        '03/15/2027,9:00 AM,"GROUP: Anxiety Skills (4)",,Dr. Ames,Group,Scheduled',
        '03/15/2027,9:00 AM,"Okafor, Grace",04/02/1981,Dr. Ames,Group,Confirmed',
        '03/15/2027,9:00 AM,"Nguyen, An",11/30/1975,Dr. Ames,Group,Confirmed',
      ]),
      la,
    );
    expect(who(r)).toEqual(['Okafor:NEW', 'Nguyen:NEW']);
    expect(new Set(r.appointments.map((a) => a.appointmentId)).size).toBe(2);
  });
  it('wait-list and recall-due rows are skipped, never sent as bookings', async () => {
    const r = await collect(dayList(['Confirmed', 'Waitlist', 'Recall Due', 'Wait List']), la);
    expect(who(r)).toEqual(['Okafor:NEW']);
  });
  it('a status column holding the reminder state (Delivered, Undeliverable, Opted Out) is asked', async () => {
    const r = await collect(dayList(['Delivered', 'Undeliverable', 'Sent', 'Opted Out']), la);
    expect(held(r)).toBe(true);
  });
  it('a confirmation column saying cancelled beside a status saying Scheduled is asked', async () => {
    const r = await collect(
      files.write([
        'Date,Time,Patient,DOB,Provider,Appt Status,Confirmation',
        '03/15/2027,8:30 AM,"Okafor, Grace",04/02/1981,Dr. Ames,Scheduled,Confirmed',
        '03/15/2027,9:00 AM,"Nguyen, An",11/30/1975,Dr. Ames,Scheduled,Cancelled via text',
        '03/15/2027,9:30 AM,"Smith, Robert",01/12/1950,Dr. Ames,Scheduled,No Response',
      ]),
      la,
    );
    expect(held(r)).toBe(true);
  });
  it('a visit type saying CANCELLED with no status column is asked', async () => {
    const r = await collect(
      files.write([
        'Date,Time,Patient,DOB,Provider,Appointment Type',
        '03/15/2027,8:30 AM,"Okafor, Grace",04/02/1981,Dr. Ames,Follow-up',
        '03/15/2027,9:00 AM,"Nguyen, An",11/30/1975,Dr. Ames,CANCELLED - Follow-up',
        '03/15/2027,9:30 AM,"Smith, Robert",01/12/1950,Dr. Ames,New Patient',
      ]),
      la,
    );
    expect(held(r)).toBe(true);
  });
  it('a cancel mark inside the patient name (no status column) is never sent as booked', async () => {
    const r = await collect(
      files.write([
        'Date,Time,Patient,DOB,Provider',
        '03/15/2027,8:30 AM,"Okafor, Grace",04/02/1981,Dr. Ames',
        '03/15/2027,9:00 AM,"Nguyen, An (cancelled)",11/30/1975,Dr. Ames',
        '03/15/2027,9:30 AM,"Smith, Robert",01/12/1950,Dr. Ames',
      ]),
      la,
    );
    expect(held(r)).toBe(true);
  });
});
