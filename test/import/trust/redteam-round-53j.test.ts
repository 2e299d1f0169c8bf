// Red-team probes, round 53j: the reading rules loosened in round 53 (statuses Expected and In
// lobby read as live, a Reasons header read as the reason, a year-first stamp ending UTC read as
// Z, a visit count after its word left out of the ids, SIU's PID-3 typed MRN and a resource span
// over before the start, the twelve-hour answer's morning, the status table keyed once per
// process) each met by a file made to draw a WRONG send from it. Every right outcome was worked
// out by hand before the probe first ran; held (or a row error) is never wrong. A probe named
// FAULT sent something wrong before its fix.
// Calendar, by hand: 16 March 2027 is a Tuesday; Los Angeles is on daylight time from 14 March
// (UTC-7): 8:00 AM is 15:00Z, 9:30 AM 16:30Z, 10:00 AM 17:00Z, 2:00 PM 21:00Z. Chicago is UTC-5
// after 14 March (CDT).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { neverAs, heldOr, type Practice, type Read, reviewPractice } from './review-practice.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'redteam-round-53j-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const practice = (timeZone?: string): Practice =>
  reviewPractice(root, '53j2c9a7-5b1d-4c8e-9a6f-2d7e8b1c4a', timeZone);

// ---------------------------------------------------------------------------------------------
// 1. Expected / In lobby with more written beside them
// ---------------------------------------------------------------------------------------------
const HEAD = 'Appt ID,Date,Time,Last Name,First Name,DOB,Provider,Status';
const list = (statuses: string[], head = HEAD): string[] => [
  head,
  `70100,03/16/2027,8:00 AM,Garcia,Elena,02/11/1966,Dr. Lee,Scheduled`,
  ...statuses.map((s, i) => `${70101 + i},03/16/2027,9:30 AM,Brown${i},Peter,07/23/1958,Dr. Lee,${s}`),
];

describe('1. Expected and In lobby beside other words', () => {
  it('plain Expected and In lobby go booked (the loosened rule itself)', async () => {
    const p = practice();
    const r = await p.read(p.file(list(['Expected', 'In lobby'])));
    heldOr(r, ['03-16T15:00Z NEW Garcia', '03-16T16:30Z NEW Brown0', '03-16T16:30Z NEW Brown1']);
  });
  for (const word of [
    'Not Expected',
    'No longer expected',
    'Expected - Rescheduled',
    'Expected (cancelled)',
    'Expected - Cancelled',
    'Was Expected',
    'Expected - Deleted',
    'Left lobby',
    'Lobby (cancelled)',
    'Not in lobby',
    'Expected - Bumped',
    'Expected - Waitlist',
    'Expected Reschedule',
  ])
    it(`'${word}' never goes booked`, async () => {
      const p = practice();
      neverAs(await p.read(p.file(list([word]))), 'NEW', ['Brown0']);
    });
});

describe('1b. a missed or left visit written after Expected / In lobby', () => {
  // By the product's rule a missed visit (No Show) or one left unseen (Left, LWBS) is still the
  // booking that was made: it goes NEW (marked missed), as the word alone does; and a trailing
  // question mark is read as the word (Scheduled? goes as Scheduled). My first guess here (never
  // booked) was wrong about that rule: these check only that Expected / In lobby change nothing.
  for (const [word, alone] of [
    ['Expected/No Show', 'No Show'],
    ['In lobby - no show', 'No Show'],
    ['In lobby - left', 'Left'],
    ['In lobby - LWBS', 'LWBS'],
    ['Expected?', 'Scheduled?'],
  ])
    it(`'${word}' goes as '${alone}' goes`, async () => {
      const p = practice();
      const a = await p.read(p.file(list([word])));
      const b = await p.read(p.file(list([alone])));
      expect({ held: a.held, sent: a.sent }).toEqual({ held: b.held, sent: b.sent });
    });
});

// ---------------------------------------------------------------------------------------------
// 2. A Reasons column
// ---------------------------------------------------------------------------------------------
const REASONS = 'Appt ID,Date,Time,Patient,DOB,Provider,Status,Reasons';
describe('2. the Reasons column', () => {
  it("'Cancelled per pt' under Reasons on a Scheduled row: never booked", async () => {
    const p = practice();
    const r = await p.read(
      p.file([
        REASONS,
        '70100,03/16/2027,8:00 AM,"Garcia, Elena",02/11/1966,Dr. Lee,Scheduled,Follow up',
        '70101,03/16/2027,9:30 AM,"Brown, Peter",07/23/1958,Dr. Lee,Scheduled,Cancelled per pt',
      ]),
    );
    neverAs(r, 'NEW', ['Brown']);
  });
  it("'No show' under Reasons with no status column: never booked", async () => {
    const p = practice();
    const r = await p.read(
      p.file([
        'Appt ID,Date,Time,Patient,DOB,Provider,Reasons',
        '70100,03/16/2027,8:00 AM,"Garcia, Elena",02/11/1966,Dr. Lee,Follow up',
        '70101,03/16/2027,9:30 AM,"Brown, Peter",07/23/1958,Dr. Lee,No show',
      ]),
    );
    neverAs(r, 'NEW', ['Brown']);
  });
  it('a patientless row whose reason is a visit (Follow up) is never sent for the patient above', async () => {
    const p = practice();
    const r = await p.read(
      p.file([
        'Date,Time,Patient,DOB,Provider,Status,Reasons',
        '03/16/2027,8:00 AM,"Garcia, Elena",02/11/1966,Dr. Lee,Scheduled,Follow up',
        '03/16/2027,9:30 AM,,,Dr. Lee,Scheduled,Follow up',
        '03/16/2027,10:00 AM,"Brown, Peter",07/23/1958,Dr. Lee,Scheduled,New patient',
      ]),
    );
    if (!r.held) expect(r.sent.filter((s) => s.startsWith('03-16T16:30Z'))).toEqual([]);
  });
  it('Staff Meeting with a patient named on the row: held, or sent for that patient, never skipped as blocked time while another goes', async () => {
    const p = practice();
    const r = await p.read(
      p.file([
        'Date,Time,Patient,DOB,Provider,Status,Reasons',
        '03/16/2027,8:00 AM,"Garcia, Elena",02/11/1966,Dr. Lee,Scheduled,Follow up',
        '03/16/2027,9:30 AM,"Brown, Peter",07/23/1958,Dr. Lee,Scheduled,Staff Meeting',
      ]),
    );
    if (!r.held)
      for (const s of r.sent) expect(s.startsWith('03-16T16:30Z') ? s.endsWith('Brown') : true).toBe(true);
  });
  it('a patientless Staff Meeting row is never sent for the patient above it', async () => {
    const p = practice();
    const r = await p.read(
      p.file([
        'Date,Time,Patient,DOB,Provider,Status,Reasons',
        '03/16/2027,8:00 AM,"Garcia, Elena",02/11/1966,Dr. Lee,Scheduled,Follow up',
        '03/16/2027,12:00 PM,,,Dr. Lee,Scheduled,Staff Meeting',
        '03/16/2027,2:00 PM,"Brown, Peter",07/23/1958,Dr. Lee,Scheduled,New patient',
      ]),
    );
    heldOr(r, ['03-16T15:00Z NEW Garcia', '03-16T21:00Z NEW Brown']);
  });
});

// ---------------------------------------------------------------------------------------------
// 3. A year-first stamp ending UTC
// ---------------------------------------------------------------------------------------------
const stamped = (starts: string[], head = 'Appt ID,Start,Last Name,First Name,DOB'): string[] => [
  head,
  ...starts.map((s, i) => `${80100 + i},${s},${['Garcia', 'Brown', 'Novak'][i]},Ana,02/11/1966`),
];
describe('3. UTC-ended stamps', () => {
  it('2027-03-16 17:00:00 UTC and 21:00:00 UTC go at 17:00Z and 21:00Z (the loosened rule itself)', async () => {
    const p = practice();
    const r = await p.read(p.file(stamped(['2027-03-16 17:00:00 UTC', '2027-03-16 21:00:00 UTC'])));
    heldOr(r, ['03-16T17:00Z NEW Garcia', '03-16T21:00Z NEW Brown']);
  });
  for (const [stamp, right] of [
    ['2027-03-16 17:00:00 UTC+2', '03-16T15:00Z'],
    ['2027-03-16 17:00:00 UTC-7', '03-17T00:00Z'],
    ['2027-03-16 17:00:00 +0100 UTC', '03-16T16:00Z'],
    ['2027-03-16 17:00:00 -0700 UTC', '03-17T00:00Z'],
    ['2027-03-16 17:00:00 EST', '03-16T22:00Z'],
    ['2027-03-16 5:00 PM UTC', '03-16T17:00Z'],
    ['2027-03-16 17:00:00 UTC UTC', '03-16T17:00Z'],
    ['2027-03-16 17:00:00 UTC (local)', '03-17T00:00Z'],
  ])
    it(`'${stamp}' is held or read as it says (${right})`, async () => {
      const p = practice();
      const r = await p.read(p.file(stamped([stamp, '2027-03-16 21:00:00 UTC'])));
      if (!r.held && r.sent.some((s) => s.endsWith('Garcia')))
        expect(r.sent.find((s) => s.endsWith('Garcia'))).toBe(`${right} NEW Garcia`);
    });
  it('a UTC stamp beside a local Date column of another day: held or the stamp, never the Date', async () => {
    const p = practice();
    const r = await p.read(
      p.file([
        'Appt ID,Date,Start,Last Name,First Name,DOB',
        '80100,03/17/2027,2027-03-16 17:00:00 UTC,Garcia,Ana,02/11/1966',
        '80101,03/16/2027,2027-03-16 21:00:00 UTC,Brown,Ana,02/11/1966',
      ]),
    );
    expect(r.sent.some((s) => s.startsWith('03-17T17:00Z'))).toBe(false);
  });
  it('a UTC stamp beside a local Time column that disagrees (10:00 AM = 17:00Z agrees, 3:00 PM does not): held', async () => {
    const p = practice();
    const r = await p.read(
      p.file([
        'Appt ID,Created,Date,Time,Last Name,First Name,DOB',
        '80100,2027-03-01 17:00:00 UTC,03/16/2027,10:00 AM,Garcia,Ana,02/11/1966',
        '80101,2027-03-02 18:12:00 UTC,03/16/2027,3:00 PM,Brown,Ana,02/11/1966',
      ]),
    );
    // Created is when it was booked: the start is Date + Time, 10:00 AM = 17:00Z, 3:00 PM = 22:00Z.
    heldOr(r, ['03-16T17:00Z NEW Garcia', '03-16T22:00Z NEW Brown']);
  });
  it('a day of UTC-marked starts 08:00 to 16:00 (1 to 9 AM in Los Angeles): held, never sent at 1 AM', async () => {
    const p = practice();
    const r = await p.read(
      p.file(stamped(['2027-03-16 08:00:00 UTC', '2027-03-16 09:00:00 UTC', '2027-03-16 16:00:00 UTC'])),
    );
    expect(r.held).toBe(true);
  });
  it('a day of 00:00:00 UTC stamps (no time): never sent at midnight', async () => {
    const p = practice();
    const r = await p.read(p.file(stamped(['2027-03-16 00:00:00 UTC', '2027-03-17 00:00:00 UTC'])));
    expect(r.held).toBe(true);
  });
  it("a 'Start (UTC)' header over local times without a mark: held, or read as UTC", async () => {
    const p = practice();
    const r = await p.read(
      p.file(
        stamped(
          ['2027-03-16 17:00:00', '2027-03-16 21:00:00'],
          'Appt ID,Start (UTC),Last Name,First Name,DOB',
        ),
      ),
    );
    heldOr(r, ['03-16T17:00Z NEW Garcia', '03-16T21:00Z NEW Brown']);
  });
});

// ---------------------------------------------------------------------------------------------
// 4. Visit counts written after their word
// ---------------------------------------------------------------------------------------------
describe('4. visit counts', () => {
  const rows = (head: string, values: string[]): string[] => [
    `${head},Date,Time,Last Name,First Name,DOB,Provider`,
    ...values.map(
      (v, i) =>
        `${v},03/16/2027,${['8:00 AM', '9:30 AM', '2:00 PM'][i]},${['Garcia', 'Brown', 'Novak'][i]},Ana,02/11/1966,Dr. Lee`,
    ),
  ];
  const distinctIds = (r: Read): void => {
    if (r.held) return;
    const ids = r.ids.map((s) => s.split(' ')[0]);
    expect(new Set(ids).size).toBe(ids.length);
  };
  it('Session # with Session 12/13/12: left out, ids derived, each appointment its own id', async () => {
    const p = practice();
    distinctIds(await p.read(p.file(rows('Session #', ['Session 12', 'Session 13', 'Session 12']))));
  });
  it('Visit ID with Visit #3 twice (two patients): never one id for two patients', async () => {
    const p = practice();
    distinctIds(await p.read(p.file(rows('Visit ID', ['Visit #3', 'Visit #3', 'Visit #4']))));
  });
  it('Session # with Session 1204/1205/1206 (a real id): ids kept distinct', async () => {
    const p = practice();
    distinctIds(await p.read(p.file(rows('Session #', ['Session 1204', 'Session 1205', 'Session 1206']))));
  });
  it('Session # with A12/A13/A14: ids distinct', async () => {
    const p = practice();
    distinctIds(await p.read(p.file(rows('Session #', ['A12', 'A13', 'A14']))));
  });
  it('one patient twice on a day at two sessions (Visit # 3 and 4): two appointments, two ids', async () => {
    const p = practice();
    const r = await p.read(
      p.file([
        'Visit #,Date,Time,Last Name,First Name,DOB,Provider',
        'Visit #3,03/16/2027,8:00 AM,Garcia,Ana,02/11/1966,Dr. Lee',
        'Visit #4,03/16/2027,2:00 PM,Garcia,Ana,02/11/1966,Dr. Lee',
      ]),
    );
    if (!r.held) {
      expect(r.sent).toEqual(['03-16T15:00Z NEW Garcia', '03-16T21:00Z NEW Garcia']);
      distinctIds(r);
    }
  });
  it('an Appt ID beside Session # (Session 12): the Appt ID is the id', async () => {
    const p = practice();
    const r = await p.read(
      p.file([
        'Appt ID,Session #,Date,Time,Last Name,First Name,DOB',
        '90100,Session 12,03/16/2027,8:00 AM,Garcia,Ana,02/11/1966',
        '90101,Session 3,03/16/2027,9:30 AM,Brown,Ana,02/11/1966',
      ]),
    );
    if (!r.held) expect(r.ids.map((s) => s.split(' ')[0])).toEqual(['90100', '90101']);
  });
  it('Tx # holding the type (Tx 4 beside Eval): no id taken from it that two patients share', async () => {
    const p = practice();
    distinctIds(await p.read(p.file(rows('Tx #', ['Tx 4', 'Eval', 'Tx 4']))));
  });
});

// ---------------------------------------------------------------------------------------------
// 5. HL7 SIU
// ---------------------------------------------------------------------------------------------
interface Msg {
  id?: string;
  timing?: string;
  pid3?: string;
  name?: string;
  extra?: string[];
  length?: string;
}
function siu(m: Msg = {}): string {
  return (
    [
      `MSH|^~\\&|PM|CLINIC|PORTAL|MF|20270301080000||SIU^S12|C${m.id ?? '7001'}|P|2.3`,
      `SCH|P${m.id ?? '7001'}|${m.id ?? '7001'}|||||ROUTINE^Routine|OFFICE^Office visit|${m.length ?? '30'}|MIN|${m.timing ?? '^^30^202703160900'}||||||||||||||Booked`,
      `PID|1||${m.pid3 ?? '884512^^^CLINIC^MR'}||${m.name ?? 'WHITAKER^JANET^L'}||19610417|F`,
      ...(m.extra ?? []),
      'AIP|1||1234^LEE^ANNA^^^^MD|ATT',
    ].join('\r') + '\r'
  );
}
let feeds = 0;
async function readFeed(...messages: string[]): Promise<Read> {
  const p = practice('America/Chicago');
  return p.read(p.write(`feed-${++feeds}.hl7`, messages.join('')));
}
const patientIds = (r: Read): string[] => r.ids.map((s) => s.split(' ')[1]!);

describe('5. SIU', () => {
  it('PID-3 with an MRN of another facility first, then ours typed MR: ours', async () => {
    const r = await readFeed(siu({ pid3: '111^^^OTHERHOSP^MRN~222^^^CLINIC^MR' }));
    if (!r.held && r.sent.length) expect(patientIds(r)).toEqual(['222']);
  });
  it('PID-3 with two MRs, one of the sending facility (MSH-4 CLINIC): held, or that one', async () => {
    const r = await readFeed(siu({ pid3: '111^^^OTHERHOSP^MR~222^^^CLINIC^MR' }));
    if (!r.held && r.sent.length) expect(patientIds(r)).toEqual(['222']);
  });
  it('FAULT PID-3 with two MRNs of two facilities, neither the sender: never the first silently', async () => {
    const r = await readFeed(siu({ pid3: '111^^^HOSPA^MRN~222^^^HOSPB^MRN' }));
    expect(r.sent).toEqual([]);
  });
  it('FAULT PID-3 with an MRN of one facility first, an MR of another, neither the sender: never the first silently', async () => {
    const r = await readFeed(siu({ pid3: '111^^^HOSPA^MRN~222^^^HOSPB^MR' }));
    expect(r.sent).toEqual([]);
  });
  it('PID-3 the same MR number twice (two authorities, same number): sent with it', async () => {
    const r = await readFeed(siu({ pid3: '222^^^A^MR~222^^^B^MR' }));
    if (!r.held) expect(patientIds(r)).toEqual(['222']);
  });
  it('PID-3 an SSN typed MRN is never the patient id', async () => {
    const r = await readFeed(siu({ pid3: '123-45-6789^^^SSA^MRN' }));
    for (const id of patientIds(r)) expect(id).not.toBe('123-45-6789');
  });
  it('a resource in another zone at the same instant: sent at that instant', async () => {
    // 09:00-0500 = 14:00Z = 08:00-0600.
    const r = await readFeed(
      siu({
        timing: '^^30^202703160900-0500',
        extra: ['AIS|1||OV^Office visit|202703160800-0600|0|MIN|30|MIN'],
      }),
    );
    heldOr(r, ['03-16T14:00Z NEW Whitaker']);
  });
  it('a resource booked the next day (SCH-11 the change time 15:48, AIS-4 the exam 08:15 next day): never sent at 15:48', async () => {
    const r = await readFeed(
      siu({
        timing: '^^35^202703151548',
        length: '35',
        extra: ['AIS|1||XR^X-ray|202703160815|0|MIN|35|MIN'],
      }),
    );
    expect(r.sent).toEqual([]);
  });
  it('FAULT a resource starting after the appointment has ended the same day: never sent at either', async () => {
    const r = await readFeed(
      siu({ timing: '^^30^202703160900', extra: ['AIS|1||XR^X-ray|202703161500|0|MIN|30|MIN'] }),
    );
    expect(r.sent).toEqual([]);
  });
  it('a room booked from the second half of the appointment: sent at the appointment start', async () => {
    // Chicago CDT: 09:00 = 14:00Z.
    const r = await readFeed(
      siu({ timing: '^^60^202703160900', length: '60', extra: ['AIL|1||ROOM1|||202703160930|0|MIN|30|MIN'] }),
    );
    heldOr(r, ['03-16T14:00Z NEW Whitaker']);
  });
  it('a resource of another day, over before (yesterday 08:15): never sent', async () => {
    const r = await readFeed(
      siu({ timing: '^^35^202703161548', extra: ['AIS|1||XR^X-ray|202703150815|0|MIN|35|MIN'] }),
    );
    expect(r.sent).toEqual([]);
  });
  it('FAULT SCH-11 with an offset (15:48-0500, the change time) and AIS-4 without one (08:15, the exam): never sent at 15:48 unasked', async () => {
    // 15:48-0500 = 20:48Z. Chicago is CDT (UTC-5) on 16 March, so AIS-4's 08:15 is 13:15Z: over before.
    const r = await readFeed(
      siu({
        timing: '^^35^202703161548-0500',
        length: '35',
        extra: ['AIS|1||XR^X-ray|202703160815|0|MIN|35|MIN'],
      }),
    );
    expect(r.sent.some((s) => s.startsWith('03-16T20:48Z'))).toBe(false);
  });
  it('a TQ1-7 start and an AIS-4 of the same minute: sent at it (09:00 CDT = 14:00Z)', async () => {
    const r = await readFeed(
      siu({
        timing: '',
        extra: ['TQ1|1||||||202703160900|202703160930', 'AIS|1||OV^Office|202703160900|0|MIN|30|MIN'],
      }),
    );
    heldOr(r, ['03-16T14:00Z NEW Whitaker']);
  });
  it('masked PID-5 (*^*): no send', async () => {
    expect((await readFeed(siu({ name: '*^*' }))).sent).toEqual([]);
  });
  it("FAULT a masked family name with a given name ('*^JANET'): never sent for a patient called '*'", async () => {
    const r = await readFeed(siu({ name: '*^JANET' }));
    for (const s of r.sent) expect(s.split(' ')[2]).toMatch(/\p{L}/u);
  });
  it("FAULT a masked given name ('WHITAKER^***'): never sent for a patient with first name '***'", async () => {
    const r = await readFeed(siu({ name: 'WHITAKER^***' }));
    for (const s of r.ids) expect(s.split('/')[1]).not.toBe('***');
  });
});

// ---------------------------------------------------------------------------------------------
// 6. The twelve-hour answer's morning
// ---------------------------------------------------------------------------------------------
const CLOCK = 'Appt ID,Date,Time,Last Name,First Name,DOB';
const clock = (times: string[], date = '03/15/2027'): string[] => [
  CLOCK,
  ...times.map(
    (t, i) => `${60100 + i},${date},${t},${['Garcia', 'Brown', 'Novak', 'Okafor'][i]},Ana,02/11/1966`,
  ),
];
async function answered(from: number, to: number): Promise<Practice> {
  const p = practice();
  const first = p.file(clock(['8:30', '9:15', '1:30', '3:15']));
  expect((await p.read(first)).held).toBe(true);
  await p.confirm(first, { afterNoon: { column: 'Time', from, to } });
  return p;
}
describe('6. the twelve-hour answer met by 12:30 and 0:30', () => {
  it('12:30 after 1 to 5 answered: held, or 12:30 PM (19:30Z), never 00:30', async () => {
    const p = await answered(1, 5);
    const r = await p.read(p.file(clock(['8:30', '12:30'], '03/16/2027')));
    heldOr(r, ['03-16T15:30Z NEW Garcia', '03-16T19:30Z NEW Brown']);
  });
  it('0:30 after 1 to 5 answered: never sent at half past midnight', async () => {
    const p = await answered(1, 5);
    const r = await p.read(p.file(clock(['8:30', '0:30'], '03/16/2027')));
    if (!r.held) expect(r.sent.some((s) => s.startsWith('03-16T07:30Z'))).toBe(false);
  });
  it('00:30 after 1 to 5 answered: never sent at half past midnight', async () => {
    const p = await answered(1, 5);
    const r = await p.read(p.file(clock(['8:30', '00:30'], '03/16/2027')));
    if (!r.held) expect(r.sent.some((s) => s.startsWith('03-16T07:30Z'))).toBe(false);
  });
  it('13:30 after 1 to 5 answered: 1:30 PM (20:30Z), or held', async () => {
    const p = await answered(1, 5);
    const r = await p.read(p.file(clock(['8:30', '13:30'], '03/16/2027')));
    heldOr(r, ['03-16T15:30Z NEW Garcia', '03-16T20:30Z NEW Brown']);
  });
  it('7:00 after 1 to 5 answered (the morning begins at 7 unless shown): 7 AM (14:00Z), or held', async () => {
    const p = await answered(1, 5);
    const r = await p.read(p.file(clock(['7:00', '2:00'], '03/16/2027')));
    heldOr(r, ['03-16T14:00Z NEW Garcia', '03-16T21:00Z NEW Brown']);
  });
  it('6:59 after 1 to 5 answered: never 6:59 AM unasked', async () => {
    const p = await answered(1, 5);
    const r = await p.read(p.file(clock(['8:30', '6:59'], '03/16/2027')));
    expect(r.held).toBe(true);
  });
  it('11:45 after 1 to 5 answered: 11:45 AM (18:45Z), or held', async () => {
    const p = await answered(1, 5);
    const r = await p.read(p.file(clock(['8:30', '11:45'], '03/16/2027')));
    heldOr(r, ['03-16T15:30Z NEW Garcia', '03-16T18:45Z NEW Brown']);
  });
});

// ---------------------------------------------------------------------------------------------
// 7. Status words of two practices in one process
// ---------------------------------------------------------------------------------------------
const statusList = (words: string[]): string[] => [
  'Appt ID,Date,Time,Last Name,First Name,DOB,Status',
  ...words.map(
    (w, i) =>
      `${50100 + i},03/16/2027,${['8:00 AM', '9:30 AM', '2:00 PM'][i]},${['Garcia', 'Brown', 'Novak'][i]},Ana,02/11/1966,${w}`,
  ),
];
describe('7. one process, two practices', () => {
  it('Pndg answered booked at practice A: practice B is asked', async () => {
    const a = practice();
    const fa = a.file(statusList(['Scheduled', 'Pndg']));
    expect((await a.read(fa)).held).toBe(true);
    await a.confirm(fa, { statusWords: [{ word: 'Pndg', meaning: 'new' }] });
    expect((await a.read(a.file(statusList(['Pndg'])))).sent).toEqual(['03-16T15:00Z NEW Garcia']);
    const b = practice();
    expect((await b.read(b.file(statusList(['Scheduled', 'Pndg'])))).held).toBe(true);
  });
  it('Expected answered cancelled at practice A (its own word): practice B reads the built-in, A keeps its answer', async () => {
    const a = practice();
    const fa = a.file(statusList(['Scheduled', 'Pndg']));
    await a.confirm(fa, {
      statusWords: [
        { word: 'Pndg', meaning: 'cancel' },
        { word: 'Expected', meaning: 'cancel' },
      ],
    });
    const b = practice();
    heldOr(await b.read(b.file(statusList(['Scheduled', 'Expected']))), [
      '03-16T15:00Z NEW Garcia',
      '03-16T16:30Z NEW Brown',
    ]);
    neverAs(await a.read(a.file(statusList(['Scheduled', 'Expected']))), 'NEW', ['Brown']);
    neverAs(await a.read(a.file(statusList(['Scheduled', 'Pndg']))), 'NEW', ['Brown']);
  });
  it('Pndg answered booked at A, then A reads a file again after B was asked: B unchanged, still asked', async () => {
    const a = practice();
    const fa = a.file(statusList(['Scheduled', 'Pndg']));
    await a.confirm(fa, { statusWords: [{ word: 'Pndg', meaning: 'new' }] });
    await a.read(a.file(statusList(['Pndg'])));
    const b = practice();
    expect((await b.read(b.file(statusList(['Pndg', 'Pndg'])))).held).toBe(true);
    expect((await b.read(b.file(statusList(['Pndg', 'Scheduled'])))).held).toBe(true);
  });
});
