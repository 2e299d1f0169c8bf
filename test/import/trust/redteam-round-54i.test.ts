// Red-team probes (round 54i) of the answer "<location> keeps <zone> time" (map/location-clock.ts):
// every way that answer reaches a row it was not given for, or is given twice, sends a visit an
// hour off. Expected instants are worked out with @js-temporal/polyfill from the wall clock and
// the zone, and expected ranges by hand, before each probe first ran. A probe whose name starts
// with FAULT sent wrong (or would have cancelled wrong) before its fix.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Temporal } from '@js-temporal/polyfill';
import { describe, expect, it } from 'vitest';
import { SlotMoves } from '../../../main/engine/job/slot-moves.ts';
import { snapshotRange } from '../../../main/engine/job/snapshot-range.ts';
import { importExport } from '../../../main/import/import-export.ts';
import { checkProfile } from '../../../main/import/map/profile.ts';
import type { PatientSent } from '../../../main/changes/sent-ledger.ts';
import type { Appointment } from '../../../main/model/appointment.ts';
import type { ImportSummary } from '../../../main/model/import-summary.ts';
import { reviewPractice, type Practice } from './review-practice.ts';

const LOUISVILLE = 'America/Kentucky/Louisville';
const CHICAGO = 'America/Chicago';
const BG = 'Bowling Green - Scottsville Rd';
const LV = 'Louisville - Bardstown Rd';
const ID = '54e1c0de-54dd-4a0b-8f3e-0000000000';

/** `MM-DDTHH:MMZ` of a wall clock (`2027-03-11T09:00`) in `zone`. */
function utc(local: string, zone: string): string {
  const ms = Temporal.PlainDateTime.from(local).toZonedDateTime(zone).epochMilliseconds;
  return new Date(ms).toISOString().slice(5, 16) + 'Z';
}

/** The instant of a wall clock in `zone`, as an ISO string. */
function at(local: string, zone: string): string {
  return new Date(Temporal.PlainDateTime.from(local).toZonedDateTime(zone).epochMilliseconds).toISOString();
}

const PEOPLE = ['Whitfield, Marcy', 'Osei, Kwame', 'Pruitt, Lacey', 'Beasley, Jordan'];

/** Rows `[id, location, MM/DD/YYYY, time]`. */
function schedule(rows: Array<[string, string, string, string?]>, title: string[] = []): string[] {
  return [
    ...title,
    'Appt ID,Client,Client ID,DOB,Location,Date,Start Time,Status',
    ...rows.map(
      ([id, loc, date, time], i) =>
        `${id},"${PEOPLE[i % 4]}",CL-${2210 + (i % 4)},04/22/198${i % 4},${loc},${date},${time ?? '9:00 AM'},Scheduled`,
    ),
  ];
}

const FIRST: Array<[string, string, string, string?]> = [
  ['TN-1', LV, '03/11/2027'],
  ['TN-2', BG, '03/11/2027'],
];

/** A Louisville practice that answered the first file: Bowling Green keeps Chicago time. */
async function answered(): Promise<Practice> {
  const p = reviewPractice(os.tmpdir(), ID, LOUISVILLE);
  const first = p.file(schedule(FIRST));
  expect((await p.read(first)).held).toBe(true);
  await p.confirm(first, { locationZones: [{ location: BG, zone: CHICAGO }] });
  return p;
}

/** The file's summary as the engine gets it (its range of starts). */
async function summaryOf(p: Practice, f: string, timeZone: string): Promise<ImportSummary> {
  const gen = importExport(f, {
    practiceId: `${ID}99`,
    timeZone,
    // The mapping the review saved (the practice's mappingProfile after confirming).
    profile: path.join(
      p.dir,
      fs.readdirSync(p.dir).find((n) => n.endsWith('.profile.json'))!,
    ),
    savedProfileDir: p.dir,
  });
  for (;;) {
    const r = await gen.next();
    if (r.done) return r.value;
  }
}

describe('the answer given twice for one location', () => {
  it('FAULT: two zones for the same location (its words spelt two ways on the file) are refused, nothing saved', async () => {
    const p = reviewPractice(os.tmpdir(), ID, LOUISVILLE);
    const f = p.file(
      schedule([
        ['TN-1', LV, '03/11/2027'],
        ['TN-2', BG, '03/11/2027'],
        ['TN-3', 'BOWLING GREEN - SCOTTSVILLE RD.', '03/11/2027'],
      ]),
    );
    const held = await p.read(f);
    // Both spellings are asked (each as written).
    expect(held.doubts.find((d) => d.check === 'location-zone')?.subjects).toEqual([
      BG,
      'BOWLING GREEN - SCOTTSVILLE RD.',
    ]);
    const preview = await p.preview(f);
    // By hand: one place cannot keep Chicago and New York time; kept as given, the last answer
    // would silently win for both spellings.
    const r = await p.confirmShown(f, preview, {
      locationZones: [
        { location: BG, zone: CHICAGO },
        { location: 'BOWLING GREEN - SCOTTSVILLE RD.', zone: 'America/New_York' },
      ],
    });
    expect(r).toMatchObject({ ok: false });
    expect((r as { message: string }).message).toMatch(/two zones|twice/);
    expect(fs.readdirSync(p.dir).some((n) => n.endsWith('.profile.json'))).toBe(false);
    // The same zone for both spellings is one answer: saved, and both read on Chicago time.
    await p.confirm(f, {
      locationZones: [
        { location: BG, zone: CHICAGO },
        { location: 'BOWLING GREEN - SCOTTSVILLE RD.', zone: CHICAGO },
      ],
    });
    const again = await p.read(f);
    expect(again.held).toBe(false);
    expect(again.sent).toEqual([
      `${utc('2027-03-11T09:00', LOUISVILLE)} NEW Whitfield`,
      `${utc('2027-03-11T09:00', CHICAGO)} NEW Osei`,
      `${utc('2027-03-11T09:00', CHICAGO)} NEW Pruitt`,
    ]);
  });

  it('FAULT: the same location twice in one answer with two zones is refused', async () => {
    const p = reviewPractice(os.tmpdir(), ID, LOUISVILLE);
    const f = p.file(schedule(FIRST));
    const preview = await p.preview(f);
    const r = await p.confirmShown(f, preview, {
      locationZones: [
        { location: BG, zone: CHICAGO },
        { location: BG, zone: 'America/Denver' },
      ],
    });
    expect(r).toMatchObject({ ok: false });
  });
});

describe('the answered words reach only the answered location', () => {
  it('a longer name holding the answered words is asked, never read on Chicago time', async () => {
    const p = await answered();
    const r = await p.read(
      p.file(
        schedule([
          ['TN-5', `${BG} Annex`, '03/18/2027'],
          ['TN-6', BG, '03/18/2027'],
        ]),
      ),
    );
    expect(r.held).toBe(true);
    expect(r.doubts.find((d) => d.check === 'location-zone')?.subjects).toEqual([`${BG} Annex`]);
  });

  it("Bowling Green Pediatrics (another text) is asked; the practice's Louisville rows never move", async () => {
    const p = await answered();
    const r = await p.read(
      p.file(
        schedule([
          ['TN-7', 'Bowling Green Pediatrics', '03/18/2027'],
          ['TN-8', LV, '03/18/2027'],
        ]),
      ),
    );
    expect(r.held).toBe(true);
    // Held, and nothing is moved: the Louisville row still reads on Eastern time.
    expect(r.sent).toContain(`${utc('2027-03-18T09:00', LOUISVILLE)} NEW Osei`);
  });
});

describe('a later file of the practice', () => {
  it('Gallup answered on Denver in a Phoenix practice: each row on its own date across the 14 March change', async () => {
    const PHX = 'America/Phoenix';
    const DEN = 'America/Denver';
    const GALLUP = 'DCO Gallup NM';
    const p = reviewPractice(os.tmpdir(), ID, PHX);
    const rows: Array<[string, string, string, string?]> = [
      ['G-1', GALLUP, '03/12/2027'],
      ['G-2', GALLUP, '03/16/2027'],
      ['G-3', 'Main Clinic', '03/16/2027'],
    ];
    const f = p.file(schedule(rows));
    const held = await p.read(f);
    expect(held.doubts.find((d) => d.check === 'location-zone')?.subjects).toEqual([GALLUP]);
    await p.confirm(f, { locationZones: [{ location: GALLUP, zone: DEN }] });
    const r = await p.read(p.file(schedule(rows)));
    expect(r.held).toBe(false);
    // By hand: 9:00 MST (-7) is 16:00Z on the 12th; 9:00 MDT (-6) 15:00Z on the 16th; Phoenix
    // keeps -7 all year.
    expect(r.sent).toEqual([
      '03-12T16:00Z NEW Whitfield',
      '03-16T15:00Z NEW Osei',
      '03-16T16:00Z NEW Pruitt',
    ]);
    expect(r.sent).toEqual([
      `${utc('2027-03-12T09:00', DEN)} NEW Whitfield`,
      `${utc('2027-03-16T09:00', DEN)} NEW Osei`,
      `${utc('2027-03-16T09:00', PHX)} NEW Pruitt`,
    ]);
  });

  it("the practice's own zone changed in Settings to Chicago: the Louisville office is asked, not read on Chicago time unasked", async () => {
    const p = await answered();
    const f = p.file(
      schedule([
        ['TN-9', LV, '03/18/2027'],
        ['TN-10', BG, '03/18/2027'],
      ]),
    );
    const s = await summaryOf(p, f, CHICAGO);
    expect((s.doubts ?? []).some((d) => d.check === 'location-zone')).toBe(true);
  });
});

describe('what else reads the day of a row on another clock', () => {
  it("FAULT: a snapshot's range is the days the rows are written on: a Bowling Green visit at 11:30 PM does not reach the next Louisville day", async () => {
    const p = await answered();
    const f = p.file(
      schedule([
        ['TN-11', LV, '03/11/2027'],
        ['TN-12', BG, '03/11/2027', '11:30 PM'],
      ]),
    );
    const r = await p.read(f);
    expect(r.held).toBe(false);
    // 11:30 PM CST on the 11th is 05:30Z on the 12th (00:30 on the 12th in Louisville).
    expect(r.sent).toEqual([
      `${utc('2027-03-11T09:00', LOUISVILLE)} NEW Whitfield`,
      `${utc('2027-03-11T23:30', CHICAGO)} NEW Osei`,
    ]);
    expect(r.sent[1]).toBe('03-12T05:30Z NEW Osei');
    // The file lists 11 March. By hand, snapshot mode may cancel what it leaves out of 11 March
    // on both clocks: from 00:00 CST (06:00Z on the 11th; before it, 10 March in Bowling Green)
    // to 24:00 EST (04:59:59.999Z on the 12th; after it, 12 March in Louisville). Before the fix
    // the range took Louisville's whole 12 March (the day 05:30Z falls on there): every visit of
    // the 12th sent earlier would have been cancelled by a file that does not list that day.
    const s = await summaryOf(p, f, LOUISVILLE);
    const range = snapshotRange(s, LOUISVILLE);
    expect(range?.from.toISOString()).toBe(at('2027-03-11T00:00', CHICAGO));
    expect(range?.from.toISOString()).toBe('2027-03-11T06:00:00.000Z');
    expect(range?.to.toISOString()).toBe('2027-03-12T04:59:59.999Z');
    // The next day's file (both offices at 9:00 on the 12th) leaves out the 11 March Bowling
    // Green visit at 11:30 PM CST (05:30Z on the 12th, 00:30 on the 12th in Louisville): it is
    // not on the 12th where it takes place, and its range (06:00Z on the 12th on) leaves it.
    const next = p.file(
      schedule([
        ['TN-15', LV, '03/12/2027'],
        ['TN-16', BG, '03/12/2027'],
      ]),
    );
    const r2 = snapshotRange(await summaryOf(p, next, LOUISVILLE), LOUISVILLE);
    expect(r2?.from.toISOString()).toBe('2027-03-12T06:00:00.000Z');
    expect(r2!.from.getTime()).toBeGreaterThan(Date.parse(at('2027-03-11T23:30', CHICAGO)));
  });

  it("FAULT: the title's stated day still holds a file whose Bowling Green row ends the day on Chicago time", async () => {
    const p = await answered();
    const f = p.file(
      schedule(
        [
          ['TN-13', LV, '03/11/2027'],
          ['TN-14', BG, '03/11/2027', '11:30 PM'],
        ],
        ['Appointments,,,,,,,', 'Dates: 03/11/2027 - 03/11/2027,,,,,,,'],
      ),
    );
    const s = await summaryOf(p, f, LOUISVILLE);
    // By hand: the stated 11 March in Louisville, 05:00Z on the 11th to 05:00Z on the 12th less
    // 1 ms; the 11:30 PM Chicago row is on that day as written. Before the fix the row's instant
    // (05:30Z on the 12th) lay outside it, the stated range was dropped, and the whole days of the
    // rows' instants (11 and 12 March) were cancelled instead.
    const range = snapshotRange(s, LOUISVILLE);
    expect(s.statedRange?.from.toISOString()).toBe(at('2027-03-11T00:00', LOUISVILLE));
    expect(range?.from.toISOString()).toBe('2027-03-11T06:00:00.000Z');
    expect(range?.to.toISOString()).toBe('2027-03-12T04:59:59.998Z');
  });
});

describe('what else reads the clock of a row on another clock', () => {
  it("FAULT: a derived id moved to 11:30 PM at Bowling Green is judged among that patient's Bowling Green day, not Louisville's next one", async () => {
    // Sent earlier for patient P-7 with DR-1, both on 11 March on Chicago's clock: A-…01 at
    // 10:00 CST (16:00Z) and A-…02 at 2:00 PM CST (20:00Z). The file lists only A-…01, now at
    // 11:30 PM CST (05:30Z on the 12th, the 12th in Louisville). By hand: the ids number the
    // patient's 11 March (Bowling Green's day) with DR-1, A-…02 is that day's and not in the
    // file: the move is unsure (held). Judged on Louisville's 12 March, A-…02 was outside it and
    // A-…01 went to 11:30 PM, maybe the wrong one of the two.
    const sent: PatientSent[] = [
      {
        appointmentId: 'A-0000000000000001',
        patientId: 'P-7',
        providerId: 'DR-1',
        startMs: Date.parse(at('2027-03-11T10:00', CHICAGO)),
        cancelled: false,
      },
      {
        appointmentId: 'A-0000000000000002',
        patientId: 'P-7',
        providerId: 'DR-1',
        startMs: Date.parse(at('2027-03-11T14:00', CHICAGO)),
        cancelled: false,
      },
    ];
    const ledger = {
      sentOfPatients: async (ids: ReadonlySet<string>, range: { from: number; to: number }) =>
        sent.filter((x) => ids.has(x.patientId) && x.startMs >= range.from && x.startMs <= range.to),
    };
    const a = {
      appointmentId: 'A-0000000000000001',
      start: new Date(at('2027-03-11T23:30', CHICAGO)),
      patient: { patientId: 'P-7' },
      participant: { identifier: 'DR-1' },
    } as unknown as Appointment;
    expect(a.start.toISOString()).toBe('2027-03-12T05:30:00.000Z');
    const moves = new SlotMoves();
    moves.note(a, sent[0]!.startMs, 2, CHICAGO);
    const unsure = await moves.unaccounted(ledger as never, () => false, LOUISVILLE);
    expect(unsure.map((u) => u.leftOut)).toEqual([['A-0000000000000002']]);
  });

  it("'Rescheduled to 9:00 AM' on a Bowling Green row written at 9:00 AM is its own time on Chicago's clock: a row error, never a CANCEL", async () => {
    const p = await answered();
    const f = p.file([
      'Appt ID,Client,Client ID,DOB,Location,Date,Start Time,Status',
      `TN-21,"Whitfield, Marcy",CL-2210,04/22/1980,${LV},03/18/2027,9:00 AM,Scheduled`,
      `TN-22,"Osei, Kwame",CL-2211,04/22/1981,${BG},03/18/2027,9:00 AM,Rescheduled to 9:00 AM`,
    ]);
    const r = await p.read(f);
    // By hand: the row's own time on its clock is 9:00 (540 minutes); read on Louisville's it
    // would be 10:00 and the status taken as a move away from this slot (a CANCEL).
    expect(r.sent.filter((x) => x.includes('Osei'))).toEqual([]);
    expect(r.errors.join('\n')).toMatch(/moved to this row's own time/);
  });

  it('FAULT: a Time Zone column saying EDT on a Bowling Green row is never overridden by the answer: that row is refused', async () => {
    const p = await answered();
    const f = p.file([
      'Appt ID,Client,Client ID,DOB,Location,Date,Start Time,Time Zone,Status',
      `TN-23,"Whitfield, Marcy",CL-2210,04/22/1980,${LV},03/18/2027,9:00 AM,EDT,Scheduled`,
      `TN-24,"Osei, Kwame",CL-2211,04/22/1981,${BG},03/18/2027,9:00 AM,EDT,Scheduled`,
      `TN-25,"Pruitt, Lacey",CL-2212,04/22/1982,${BG},03/18/2027,10:00 AM,CDT,Scheduled`,
      `TN-26,"Beasley, Jordan",CL-2213,04/22/1983,${BG},03/18/2027,11:00 AM,,Scheduled`,
    ]);
    // Held for its new column; the person confirms it as shown (the column says nothing asked).
    expect((await p.read(f)).held).toBe(true);
    await p.confirm(f);
    const r = await p.read(p.file(fs.readFileSync(f)));
    // By hand: 9:00 EDT (-4) on 18 March is 13:00Z; read on the answered Chicago clock it went at
    // 14:00Z, an hour off what the row says. The row is refused (its system wrote another clock
    // than the answer's on it). 10:00 CDT (-5) is 15:00Z, the answered clock: it goes; so does
    // the row with no zone written, 11:00 CDT, 16:00Z.
    expect(r.sent).not.toContain('03-18T14:00Z NEW Osei');
    expect(r.sent).toEqual([
      '03-18T13:00Z NEW Whitfield',
      `${utc('2027-03-18T10:00', CHICAGO)} NEW Pruitt`,
      `${utc('2027-03-18T11:00', CHICAGO)} NEW Beasley`,
    ]);
    expect(r.sent[1]).toBe('03-18T15:00Z NEW Pruitt');
    expect(r.errors).toEqual([
      expect.stringMatching(/^line 3: .*America\/Chicago time, but the row's time zone is 'EDT'/),
    ]);
  });
});

describe('a mapping written by hand', () => {
  const base = {
    name: 'kentucky',
    columns: { date: 'Date', time: 'Start Time', patientName: 'Client', dob: 'DOB', location: 'Location' },
  };
  it('FAULT: one location given two zones (spelt two ways) is refused, naming both; the same zone twice is kept', () => {
    expect(() =>
      checkProfile(
        {
          ...base,
          locationZones: [
            { location: BG, zone: CHICAGO },
            { location: 'BOWLING GREEN SCOTTSVILLE RD', zone: 'America/New_York' },
          ],
        },
        'kentucky.profile.json',
      ),
    ).toThrow(
      /locationZones\/1: the location 'BOWLING GREEN SCOTTSVILLE RD' is given two zones \(America\/Chicago at locationZones\/0, America\/New_York here\)/,
    );
    const same = [
      { location: BG, zone: CHICAGO },
      { location: 'BOWLING GREEN SCOTTSVILLE RD', zone: CHICAGO },
    ];
    expect(checkProfile({ ...base, locationZones: same }, 'kentucky.profile.json').locationZones).toEqual(
      same,
    );
  });
});
