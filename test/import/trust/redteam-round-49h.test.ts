// Red-team probes, round 49h: remembered answers, and words read from file names and titles. Each
// probe gives an answer through the review's own path (createReviewActions().confirmMapping, as the
// review window does) on a first file, then reads a later file as the engine reads it, and checks
// that the kept answer sends nothing wrong: columns renamed or re-ordered after the answer, a
// status column answered `Pend = booked` that later writes `Pend Cxl`, a day/month order answered
// at one practice or for one system, an accepted hold (a title, a location or provider split) that
// must not silence a new case, a workbook's sheet, a practice changing its mind. The second part
// reads names and titles practices really use (`cna_schedule.csv`, `Dr Cancel schedule.csv`,
// `NS clinic.csv`, `Noshow Pediatrics`). Every right outcome was worked out by hand before the
// probe first ran; a probe named FAULT was a wrong send (or a false hold) before its fix.
// Calendar, by hand: 15 March 2027 is a Monday; Los Angeles is on daylight time from 14 March 2027
// (UTC-7): 8:00 AM is 15:00Z, 9:30 AM 16:30Z, 10:00 AM 17:00Z, 2:00 PM 21:00Z.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { workbook } from '../read/xlsx-builder.ts';
import { asked, type Practice, type Read, reviewPractice } from './review-practice.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'redteam-round-49h-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const practice = (timeZone?: string): Practice =>
  reviewPractice(root, '3f2c9a7e-5b1d-4c8e-9a6f-2d7e8b1c4a', timeZone);

/** Held, or every appointment sent has `status` for the rows whose last name is in `names`. */
function neverAs(r: Read, status: string, names: string[]): void {
  if (r.held) return;
  for (const s of r.sent) {
    const [, st, last] = s.split(' ');
    if (names.includes(last!)) expect(s, `sent as ${status}`).not.toBe(s.replace(st!, status));
  }
}

const HEAD = 'Appt ID,Date,Time,Last Name,First Name,DOB,Status';
/** A schedule of 15 March 2027 (LA): one row per status, patients in order. */
const PEOPLE = [
  ['Garcia', 'Elena', '02/11/1966'],
  ['Brown', 'Peter', '07/23/1958'],
  ['Novak', 'Ivan', '01/30/1971'],
  ['Okafor', 'Ada', '09/09/1984'],
  ['Lindqvist', 'Annika', '05/06/2002'],
];
const TIMES = ['8:00 AM', '9:30 AM', '10:00 AM', '2:00 PM', '3:00 PM'];
function statusList(statuses: string[], head = HEAD, date = '03/15/2027'): string[] {
  return [
    head,
    ...statuses.map((s, i) => {
      const [last, first, dob] = PEOPLE[i]!;
      return `${70100 + i},${date},${TIMES[i]},${last},${first},${dob},${s}`;
    }),
  ];
}

// ---------------------------------------------------------------------------------------------
// 1. Status words answered, then written otherwise
// ---------------------------------------------------------------------------------------------
describe('1. a status answer and the later words of its column', () => {
  /** A practice that answered `word` (held as unknown) as `meaning` on a first file. */
  async function answered(word: string, meaning: 'new' | 'cancel' | 'skip'): Promise<Practice> {
    const p = practice();
    const first = p.write('schedule-0315.csv', statusList(['Scheduled', word, 'Cancelled']));
    const before = await p.read(first);
    expect(before.held, `${word} is asked first`).toBe(true);
    await p.confirm(first, { statusWords: [{ word, meaning }] });
    return p;
  }

  it('Pend answered booked: a later Pend goes as booked, Pend Cxl never does', async () => {
    const p = await answered('Pend', 'new');
    const r = await p.read(p.write('schedule-0316.csv', statusList(['Pend', 'Pend Cxl', 'Scheduled'])));
    neverAs(r, 'NEW', ['Brown']);
    if (!r.held) expect(r.sent[0]).toContain('NEW Garcia');
  });
  it('Pend answered booked: Pend - cancelled by pt is never booked', async () => {
    const p = await answered('Pend', 'new');
    const r = await p.read(p.write('schedule-0316.csv', statusList(['Pend', 'Pend - cancelled by pt'])));
    neverAs(r, 'NEW', ['Brown']);
  });
  it('Pend answered booked: PEND CANCELLED is never booked', async () => {
    const p = await answered('Pend', 'new');
    const r = await p.read(p.write('schedule-0316.csv', statusList(['Scheduled', 'PEND CANCELLED'])));
    neverAs(r, 'NEW', ['Brown']);
  });
  it('Pend answered booked: Pend? is never cancelled (a booked word doubted is still on the book)', async () => {
    // Predicted held; it goes as booked, which is right too: the question mark doubts the
    // pending, not the booking (status-vocabulary.ts keeps `?` apart only for the practice's own
    // `Cancelled?`).
    const p = await answered('Pend', 'new');
    const r = await p.read(p.write('schedule-0316.csv', statusList(['Scheduled', 'Pend?'])));
    neverAs(r, 'CANCEL', ['Brown']);
  });
  it('Okd answered booked: Okd Cxl is never booked', async () => {
    const p = await answered('Okd', 'new');
    const r = await p.read(p.write('schedule-0316.csv', statusList(['Okd', 'Okd Cxl'])));
    neverAs(r, 'NEW', ['Brown']);
  });
  it('Hr answered booked: Not Hr is never booked unasked', async () => {
    const p = await answered('Hr', 'new');
    const r = await p.read(p.write('schedule-0316.csv', statusList(['Hr', 'Not Hr'])));
    neverAs(r, 'NEW', ['Brown']);
  });
  it('Q answered cancelled: q and "Q " (other case, a trailing space) cancel too', async () => {
    const p = await answered('Q', 'cancel');
    const r = await p.read(p.write('schedule-0316.csv', statusList(['q', 'Q ', 'Scheduled'])));
    neverAs(r, 'NEW', ['Garcia', 'Brown']);
    if (!r.held) expect(r.sent.slice(0, 2).every((s) => s.includes(' CANCEL '))).toBe(true);
  });
  it('Q answered cancelled: Q-Fee (cancelled with a fee) is never booked, Q-Rebook never cancelled unasked', async () => {
    const p = await answered('Q', 'cancel');
    const r = await p.read(p.write('schedule-0316.csv', statusList(['Scheduled', 'Q-Fee', 'Q-Rebook'])));
    neverAs(r, 'NEW', ['Brown']);
    neverAs(r, 'CANCEL', ['Novak']);
  });
  it('Bmpd answered cancelled: Un-Bmpd is never cancelled unasked', async () => {
    const p = await answered('Bmpd', 'cancel');
    const r = await p.read(p.write('schedule-0316.csv', statusList(['Scheduled', 'Un-Bmpd'])));
    neverAs(r, 'CANCEL', ['Brown']);
  });
  it('Pend answered booked, the columns re-ordered in a later file: Pend booked, Cancelled cancelled, no question', async () => {
    const p = await answered('Pend', 'new');
    const r = await p.read(
      p.write('schedule-0316.csv', [
        'Status,Last Name,First Name,DOB,Appt ID,Date,Time',
        'Pend,Garcia,Elena,02/11/1966,70100,03/16/2027,8:00 AM',
        'Cancelled,Brown,Peter,07/23/1958,70101,03/16/2027,9:30 AM',
      ]),
    );
    expect(r.doubts).toEqual([]);
    expect(r.sent).toEqual(['03-16T15:00Z NEW Garcia', '03-16T16:30Z CANCEL Brown']);
  });
  it('Pend answered booked, the status column renamed (Appt Status): a Cancelled row is never booked', async () => {
    const p = await answered('Pend', 'new');
    const r = await p
      .read(
        p.write(
          'schedule-0316.csv',
          statusList(['Pend', 'Cancelled'], HEAD.replace('Status', 'Appt Status')),
        ),
      )
      .catch(() => ({ sent: [], ids: [], places: [], errors: [], doubts: [], held: true }) as Read);
    neverAs(r, 'NEW', ['Brown']);
  });
  it('Pend answered booked, the status column now holds visit types: held', async () => {
    const p = await answered('Pend', 'new');
    const r = await p.read(
      p.write('schedule-0316.csv', statusList(['Pend', 'Post-op check', 'Annual physical'])),
    );
    expect(r.held).toBe(true);
  });
  it('the practice changes its mind: Pend cancelled, then booked on a later file: booked from then on', async () => {
    const p = await answered('Pend', 'cancel');
    const second = p.write('schedule-0316.csv', statusList(['Pend', 'Scheduled']));
    const before = await p.read(second);
    expect(before.sent[0]).toContain('CANCEL Garcia');
    await p.confirm(second, { statusWords: [{ word: 'Pend', meaning: 'new' }] });
    const r = await p.read(p.write('schedule-0317.csv', statusList(['Pend', 'Cancelled'])));
    expect(r.doubts).toEqual([]);
    expect(r.sent).toEqual(['03-15T15:00Z NEW Garcia', '03-15T16:30Z CANCEL Brown']);
  });
  it("an answer at one practice is not another practice's: Pend is asked at the second", async () => {
    await answered('Pend', 'cancel');
    const other = practice();
    const r = await other.read(other.write('schedule-0316.csv', statusList(['Pend', 'Scheduled'])));
    expect(r.held).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// 2. Holds accepted once, and a new case in a later file
// ---------------------------------------------------------------------------------------------
const PLACE_HEAD = 'Appt ID,Date,Time,Last Name,First Name,DOB,Location,Provider';
const row = (
  id: number,
  time: string,
  who: number,
  place: string,
  provider = 'Dr. Lee',
  date = '03/15/2027',
) => {
  const [last, first, dob] = PEOPLE[who]!;
  return `${id},${date},${time},${last},${first},${dob},${place},${provider}`;
};

describe('2. an accepted hold does not silence a new case', () => {
  it('FAULT location split accepted for appointment 70100: a later file splitting 70300 is asked', async () => {
    const p = practice();
    const first = p.write('schedule-0315.csv', [
      PLACE_HEAD,
      row(70100, '8:00 AM', 0, 'North Clinic'),
      row(70100, '8:00 AM', 0, 'South Clinic'),
      row(70101, '9:30 AM', 1, 'North Clinic'),
    ]);
    expect(asked(await p.read(first), 'location-split')).toBe(true);
    await p.confirm(first);
    // The same appointment split again the next day goes: it is the one the person accepted.
    const again = await p.read(
      p.write('schedule-0315b.csv', [
        PLACE_HEAD,
        row(70100, '8:00 AM', 0, 'North Clinic'),
        row(70100, '8:00 AM', 0, 'South Clinic'),
      ]),
    );
    expect(again.doubts).toEqual([]);
    const later = await p.read(
      p.write('schedule-0316.csv', [
        PLACE_HEAD,
        row(70300, '10:00 AM', 2, 'North Clinic', 'Dr. Lee', '03/16/2027'),
        row(70300, '10:00 AM', 2, 'Downtown Annex', 'Dr. Lee', '03/16/2027'),
        row(70301, '2:00 PM', 3, 'North Clinic', 'Dr. Lee', '03/16/2027'),
      ]),
    );
    expect(asked(later, 'location-split')).toBe(true);
  });
  it('FAULT provider split of one id accepted for 70100: a later file splitting 70300 is asked', async () => {
    const p = practice();
    const first = p.write('schedule-0315.csv', [
      PLACE_HEAD,
      row(70100, '8:00 AM', 0, 'North Clinic', 'Dr. Lee'),
      row(70100, '8:00 AM', 0, 'North Clinic', 'Dr. Patel'),
      row(70101, '9:30 AM', 1, 'North Clinic'),
    ]);
    expect(asked(await p.read(first), 'id-provider-split')).toBe(true);
    await p.confirm(first);
    const later = await p.read(
      p.write('schedule-0316.csv', [
        PLACE_HEAD,
        row(70300, '10:00 AM', 2, 'North Clinic', 'Dr. Lee', '03/16/2027'),
        row(70300, '10:00 AM', 2, 'North Clinic', 'Dr. Okoye', '03/16/2027'),
        row(70301, '2:00 PM', 3, 'North Clinic', 'Dr. Lee', '03/16/2027'),
      ]),
    );
    expect(asked(later, 'id-provider-split')).toBe(true);
  });
  it('FAULT a title accepted once (Dr Cancel schedule: a surname): a later Cancelled appointments file is asked', async () => {
    const p = practice();
    const rows = (date: string) => [
      'Appt ID,Date,Time,Last Name,First Name,DOB',
      `70100,${date},8:00 AM,Garcia,Elena,02/11/1966`,
      `70101,${date},9:30 AM,Brown,Peter,07/23/1958`,
    ];
    const first = p.write('Dr Cancel schedule 2027-03-15.csv', rows('03/15/2027'));
    const r1 = await p.read(first);
    if (r1.held) await p.confirm(first);
    // The same title the next day is the same list: not asked again.
    const same = await p.read(p.write('Dr Cancel schedule 2027-03-16.csv', rows('03/16/2027')));
    expect(same.doubts).toEqual([]);
    // Another practice's list of cancellations dropped in the inbox: asked, never sent booked.
    const later = await p.read(p.write('Cancelled appointments 2027-03-16.csv', rows('03/16/2027')));
    expect(later.held).toBe(true);
  });
  it('FAULT a title line accepted once: a later report titled Broken Appointments is asked', async () => {
    const p = practice();
    const body = [
      'Appt ID,Date,Time,Last Name,First Name,DOB',
      '70100,03/15/2027,8:00 AM,Garcia,Elena,02/11/1966',
    ];
    const first = p.write('report-0315.csv', ['Recall Dental Group - Day Sheet', '', ...body]);
    const r1 = await p.read(first);
    expect(r1.held).toBe(true); // `Recall` names a recall list, here a practice's name
    await p.confirm(first);
    expect(
      (await p.read(p.write('report-0316.csv', ['Recall Dental Group - Day Sheet', '', ...body]))).doubts,
    ).toEqual([]);
    const later = await p.read(p.write('report-0317.csv', ['Broken Appointments', '', ...body]));
    expect(later.held).toBe(true);
  });
  it("a patient twice at one start under two ids accepted (resource split): a later file's new pair is asked", async () => {
    const p = practice();
    const first = p.write('schedule-0315.csv', [
      PLACE_HEAD,
      row(70100, '8:00 AM', 0, 'North Clinic', 'Dr. Lee'),
      row(70199, '8:00 AM', 0, 'North Clinic', 'Room 2'),
      row(70101, '9:30 AM', 1, 'North Clinic'),
    ]);
    const r1 = await p.read(first);
    if (!r1.held) return; // not asked: nothing remembered
    await p.confirm(first);
    const later = await p.read(
      p.write('schedule-0316.csv', [
        PLACE_HEAD,
        row(70300, '10:00 AM', 2, 'North Clinic', 'Dr. Lee', '03/16/2027'),
        row(70399, '10:00 AM', 2, 'North Clinic', 'Room 2', '03/16/2027'),
      ]),
    );
    // The person said such pairs are separate bookings of this export (a doctor and a room):
    // a rule of the export, kept. Either way, nothing goes under one id twice.
    expect(later.sent.length === 0 || later.sent.length === 2).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// 3. Questions about the whole file (no column): answered for what the file said, not for good
// ---------------------------------------------------------------------------------------------
const BODY = [
  'Appt ID,Date,Time,Last Name,First Name,DOB',
  '70100,03/15/2027,8:00 AM,Garcia,Elena,02/11/1966',
  '70101,03/15/2027,9:30 AM,Brown,Peter,07/23/1958',
];

describe('3. a question about the whole file, answered once', () => {
  it('FAULT a log title accepted once (Audit Dental Group: a name): a later "Appointment change log" title is asked', async () => {
    const p = practice();
    const first = p.write('dayplan-0315.csv', ['Audit Dental Group - Appointments', '', ...BODY]);
    const r1 = await p.read(first);
    if (r1.held) await p.confirm(first);
    expect(
      (await p.read(p.write('dayplan-0316.csv', ['Audit Dental Group - Appointments', '', ...BODY]))).doubts,
    ).toEqual([]);
    const later = await p.read(p.write('dayplan-0317.csv', ['Appointment Change Log', '', ...BODY]));
    expect(later.held).toBe(true);
  });
  it('FAULT a title zone accepted once (EST stated, the practice in Los Angeles): a later title stating CET is asked', async () => {
    const p = practice();
    const first = p.write('dayplan-0315.csv', ['Daily Schedule - all times EST', '', ...BODY]);
    const r1 = await p.read(first);
    expect(asked(r1, 'title-zone')).toBe(true);
    await p.confirm(first);
    expect(
      (await p.read(p.write('dayplan-0316.csv', ['Daily Schedule - all times EST', '', ...BODY]))).doubts,
    ).toEqual([]);
    const later = await p.read(p.write('dayplan-0317.csv', ['Daily Schedule - all times CET', '', ...BODY]));
    expect(asked(later, 'title-zone')).toBe(true);
  });
  it('FAULT rows grouped under provider lines accepted: a later file grouped under Cancelled lines never books them unasked', async () => {
    const p = practice();
    const first = p.write('dayplan-0315.csv', [BODY[0]!, 'Dr. Lee', BODY[1]!, 'Dr. Patel', BODY[2]!]);
    const r1 = await p.read(first);
    if (r1.held) await p.confirm(first);
    const later = await p.read(
      p.write('dayplan-0316.csv', [BODY[0]!, 'Scheduled', BODY[1]!, 'Cancelled', BODY[2]!]),
    );
    neverAs(later, 'NEW', ['Brown']);
  });
  it('FAULT rows grouped under provider lines accepted: a later file grouped under Wait List lines is never sent unasked', async () => {
    const p = practice();
    const first = p.write('dayplan-0315.csv', [BODY[0]!, 'Dr. Lee', BODY[1]!, 'Dr. Patel', BODY[2]!]);
    const r1 = await p.read(first);
    if (r1.held) await p.confirm(first);
    const later = await p.read(
      p.write('dayplan-0316.csv', [BODY[0]!, 'Dr. Lee', BODY[1]!, 'Wait List', BODY[2]!]),
    );
    if (!later.held) expect(later.sent.join()).not.toContain('Brown');
  });
  it('a twelve-hour question confirmed as read (8 to 11 in the morning): a later 1:30 and 2:00 is asked', async () => {
    const p = practice();
    const head = 'Appt ID,Date,Time,Last Name,First Name,DOB';
    const first = p.write('dayplan-0315.csv', [
      head,
      '70100,03/15/2027,8:00,Garcia,Elena,02/11/1966',
      '70101,03/15/2027,11:30,Brown,Peter,07/23/1958',
    ]);
    const r1 = await p.read(first);
    if (r1.held) await p.confirm(first);
    const later = await p.read(
      p.write('dayplan-0316.csv', [
        head,
        '70102,03/16/2027,1:30,Novak,Ivan,01/30/1971',
        '70103,03/16/2027,2:00,Okafor,Ada,09/09/1984',
      ]),
    );
    // 1:30 at night for a clinic: asked, or (if ever sent) never at 01:30 as written.
    if (!later.held) expect(later.sent.join()).not.toContain('T08:30Z');
  });
  it('hours after noon answered 1 to 5 for Time: a later file of the column renamed Start is asked, never read by the old answer unasked', async () => {
    const p = practice();
    const head = 'Appt ID,Date,Time,Last Name,First Name,DOB';
    const first = p.write('dayplan-0315.csv', [
      head,
      '70100,03/15/2027,8:00,Garcia,Elena,02/11/1966',
      '70101,03/15/2027,2:30,Brown,Peter,07/23/1958',
    ]);
    const r1 = await p.read(first);
    expect(asked(r1, 'twelve-hour-clock')).toBe(true);
    await p.confirm(first, { afterNoon: { column: 'Time', from: 1, to: 5 } });
    const same = await p.read(
      p.write('dayplan-0316.csv', [
        head,
        '70102,03/16/2027,9:00,Novak,Ivan,01/30/1971',
        '70103,03/16/2027,3:00,Okafor,Ada,09/09/1984',
      ]),
    );
    // 9:00 PDT = 16:00Z; 3:00 answered after noon = 15:00 PDT = 22:00Z.
    expect(same.doubts).toEqual([]);
    expect(same.sent).toEqual(['03-16T16:00Z NEW Novak', '03-16T22:00Z NEW Okafor']);
    // The column renamed: the answer is for `Time`, and the mapping no longer fits the file.
    const renamed = p.write('dayplan-0317.csv', [
      head.replace('Time', 'Start'),
      '70104,03/17/2027,9:00,Novak,Ivan,01/30/1971',
      '70105,03/17/2027,3:00,Okafor,Ada,09/09/1984',
    ]);
    const later = await p.read(renamed).catch(() => undefined);
    if (later) expect(later.held).toBe(true);
  });
  it('midnight answered as "no time saved" for Time: a later file writing its night clinic at 11 PM and 12:00 AM is asked', async () => {
    const p = practice();
    const head = 'Appt ID,Date,Time,Last Name,First Name,DOB';
    const first = p.write('dayplan-0315.csv', [
      head,
      '70100,03/15/2027,8:00 AM,Garcia,Elena,02/11/1966',
      '70101,03/15/2027,12:00 AM,Brown,Peter,07/23/1958',
      '70102,03/15/2027,2:00 PM,Novak,Ivan,01/30/1971',
    ]);
    expect(asked(await p.read(first), 'midnight')).toBe(true);
    await p.confirm(first, { midnightUntimed: { column: 'Time' } });
    const later = await p.read(
      p.write('dayplan-0316.csv', [
        head,
        '70103,03/16/2027,11:00 PM,Okafor,Ada,09/09/1984',
        '70104,03/16/2027,12:00 AM,Lindqvist,Annika,05/06/2002',
      ]),
    );
    expect(later.held).toBe(true);
  });
  it('midnight answered as "no time saved", then the practice changes its mind (midnight is real): a later midnight goes at midnight', async () => {
    const p = practice();
    const head = 'Appt ID,Date,Time,Last Name,First Name,DOB';
    const day = (id: number, date: string) => [
      head,
      `${id},${date},8:00 AM,Garcia,Elena,02/11/1966`,
      `${id + 1},${date},12:00 AM,Brown,Peter,07/23/1958`,
      `${id + 2},${date},2:00 PM,Novak,Ivan,01/30/1971`,
    ];
    const first = p.write('dayplan-0315.csv', day(70100, '03/15/2027'));
    await p.confirm(first, { midnightUntimed: { column: 'Time' } });
    // The answer kept: the midnight row is a row error.
    const kept = await p.read(p.write('dayplan-0316.csv', day(70200, '03/16/2027')));
    expect(kept.errors).toHaveLength(1);
    // A person confirms a held night file with midnight as real (no answer): the answer is dropped.
    const night = p.write('dayplan-0317.csv', [
      head,
      '70300,03/17/2027,11:00 PM,Okafor,Ada,09/09/1984',
      '70301,03/17/2027,12:00 AM,Lindqvist,Annika,05/06/2002',
    ]);
    await p.confirm(night);
    expect(p.profile().midnightUntimed).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------
// 4. Day/month order answered, and a later file that says otherwise
// ---------------------------------------------------------------------------------------------
const DM_HEAD = 'Appt ID,Date,Time,Last Name,First Name,DOB';
/** Dates whose day and month are both 12 or less: no order is proved (birth dates too). */
const dmRows = (dates: string[]) => [
  DM_HEAD,
  ...dates.map(
    (d, i) =>
      `${70100 + i},${d},${TIMES[i]},${PEOPLE[i]![0]},${PEOPLE[i]![1]},0${i + 1}/0${i + 2}/19${70 + i}`,
  ),
];

/** A region that writes both orders (Canada): an ambiguous file is asked (region-date-order.ts). */
const TORONTO = 'America/Toronto';

describe('4. a day/month order answered', () => {
  async function dayFirst(p: Practice): Promise<void> {
    const first = p.write('dayplan-a.csv', dmRows(['03/04/2027', '05/04/2027']));
    const r = await p.read(first);
    expect(asked(r, 'date-order')).toBe(true);
    await p.confirm(first, { dateOrder: 'DMY' });
  }

  it('answered day-first: a later file of the layout goes day-first (3 April), no question', async () => {
    const p = practice(TORONTO);
    await dayFirst(p);
    const r = await p.read(p.write('dayplan-b.csv', dmRows(['03/04/2027', '06/04/2027'])));
    // 3 April 8:00 EDT = 12:00Z, 6 April 9:30 EDT = 13:30Z.
    expect(r.doubts).toEqual([]);
    expect(r.sent).toEqual(['04-03T12:00Z NEW Garcia', '04-06T13:30Z NEW Brown']);
  });
  it('answered day-first: a later file whose dates prove month-first (03/25/2027) never sends 03/04 as 3 April', async () => {
    const p = practice(TORONTO);
    await dayFirst(p);
    const r = await p.read(p.write('dayplan-b.csv', dmRows(['03/04/2027', '03/25/2027'])));
    // Held: the file's 25 says month-first against the answer (a held file sends nothing).
    expect(asked(r, 'date-order')).toBe(true);
  });
  it('answered month-first: a later file whose dates prove day-first (25/03/2027) never sends 04/03 as 3 April', async () => {
    const p = practice(TORONTO);
    const first = p.write('dayplan-a.csv', dmRows(['03/04/2027', '05/04/2027']));
    await p.confirm(first, { dateOrder: 'MDY' });
    const r = await p.read(p.write('dayplan-b.csv', dmRows(['04/03/2027', '25/03/2027'])));
    expect(asked(r, 'date-order')).toBe(true);
  });
  it("answered day-first at one practice: another practice's same file is asked", async () => {
    await dayFirst(practice(TORONTO));
    const other = practice(TORONTO);
    const r = await other.read(other.write('dayplan-a.csv', dmRows(['03/04/2027', '05/04/2027'])));
    expect(asked(r, 'date-order')).toBe(true);
  });
  it('answered day-first: a later file from another system (its own columns) is never read by the answer unasked', async () => {
    const p = practice(TORONTO);
    await dayFirst(p);
    const other = p.write('export-other.csv', [
      'Appointment Date,Start,Patient Name,Birth Date,Visit Status',
      '03/04/2027,8:00 AM,"Garcia, Elena",01/02/1970,Booked',
      '05/04/2027,9:30 AM,"Brown, Peter",02/03/1971,Booked',
    ]);
    const r = await p.read(other).catch(() => undefined);
    if (r && !r.held) expect(r.sent).toEqual([]);
  });
  it('answered day-first: a later file of ISO dates goes as written, no question', async () => {
    const p = practice(TORONTO);
    await dayFirst(p);
    const r = await p.read(
      p.write('dayplan-b.csv', [DM_HEAD, '70100,2027-03-04,8:00 AM,Garcia,Elena,1970-01-02']),
    );
    // 4 March: still standard time in Toronto (UTC-5): 8:00 = 13:00Z.
    expect(r.doubts).toEqual([]);
    expect(r.sent).toEqual(['03-04T13:00Z NEW Garcia']);
  });
  it('the practice changes its mind: day-first, then month-first on a later file: month-first from then on', async () => {
    const p = practice(TORONTO);
    await dayFirst(p);
    const second = p.write('dayplan-b.csv', dmRows(['03/04/2027', '05/04/2027']));
    await p.confirm(second, { dateOrder: 'MDY' });
    const r = await p.read(p.write('dayplan-c.csv', dmRows(['03/04/2027'])));
    // 4 March 8:00 EST = 13:00Z.
    expect(r.doubts).toEqual([]);
    expect(r.sent).toEqual(['03-04T13:00Z NEW Garcia']);
  });
});

// ---------------------------------------------------------------------------------------------
// 5. A workbook's sheet answered
// ---------------------------------------------------------------------------------------------
const cell = (ref: string, t: string): string => `<c r="${ref}" t="inlineStr"><is><t>${t}</t></is></c>`;
/** A sheet of text rows (the first the headers). */
function sheetXml(rows: string[][]): string {
  return `<sheetData>${rows
    .map(
      (r, i) =>
        `<row r="${i + 1}">${r.map((v, j) => cell(`${String.fromCharCode(65 + j)}${i + 1}`, v)).join('')}</row>`,
    )
    .join('')}</sheetData>`;
}
const XL_HEAD = ['Appt ID', 'Date', 'Time', 'Last Name', 'First Name', 'DOB', 'Status'];
const xlRows = (date: string, statuses: string[], from = 70100) => [
  XL_HEAD,
  ...statuses.map((st, i) => [
    String(from + i),
    date,
    TIMES[i]!,
    PEOPLE[i]![0]!,
    PEOPLE[i]![1]!,
    PEOPLE[i]![2]!,
    st,
  ]),
];

describe('5. a workbook sheet answered', () => {
  it('answered the Mon 15 sheet: a later workbook without it is asked, never read from another sheet unasked', async () => {
    const p = practice();
    const first = p.write(
      'week-11.xlsx',
      workbook([
        { name: 'Mon 15', xml: sheetXml(xlRows('03/15/2027', ['Scheduled', 'Scheduled'])) },
        { name: 'Tue 16', xml: sheetXml(xlRows('03/16/2027', ['Scheduled'], 70200)) },
      ]),
    );
    const r1 = await p.read(first);
    if (!r1.held) return; // no sheet question: nothing remembered
    await p.confirm(first, { sheet: 'Mon 15' });
    const later = p.write(
      'week-12.xlsx',
      workbook([
        { name: 'Mon 22', xml: sheetXml(xlRows('03/22/2027', ['Scheduled'], 70300)) },
        { name: 'Cancellations', xml: sheetXml(xlRows('03/22/2027', ['Scheduled'], 70400)) },
      ]),
    );
    const r = await p.read(later).catch(() => undefined);
    if (r && !r.held) expect(r.sent.join()).not.toContain('70400');
    if (r && !r.held) expect(r.sent).toEqual([]);
  });
  it('answered the Schedule sheet: a later workbook whose Schedule sheet is a cancellation list under its title is asked', async () => {
    const p = practice();
    const book = (title: string, extra: string) =>
      workbook([
        {
          name: 'Schedule',
          xml: sheetXml([
            [title],
            [],
            ...xlRows('03/15/2027', ['Scheduled', 'Scheduled']).map((r) => r.slice(0, 6)),
          ]),
        },
        { name: extra, xml: sheetXml(xlRows('03/15/2027', ['Scheduled'], 70500)) },
      ]);
    const first = p.write('book-a.xlsx', book('Daily Schedule', 'Notes'));
    const r1 = await p.read(first);
    if (r1.held) await p.confirm(first, { sheet: 'Schedule' });
    const r = await p.read(p.write('book-b.xlsx', book('Cancelled Appointments', 'Notes')));
    expect(r.held).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// 6. Note texts answered, answers reused elsewhere
// ---------------------------------------------------------------------------------------------
const NOTE_HEAD = 'Appt ID,Date,Time,Last Name,First Name,DOB,Notes';
const noteRows = (notes: string[], date = '03/15/2027') => [
  NOTE_HEAD,
  ...notes.map(
    (n, i) => `${70100 + i},${date},${TIMES[i]},${PEOPLE[i]![0]},${PEOPLE[i]![1]},${PEOPLE[i]![2]},${n}`,
  ),
];

describe('6. note texts and answers kept elsewhere', () => {
  async function noted(text: string, meaning: 'new' | 'cancel'): Promise<Practice> {
    const p = practice();
    const first = p.write('dayplan-0315.csv', noteRows(['', text, 'bring x-rays']));
    const r = await p.read(first);
    expect(r.held, `'${text}' is asked first`).toBe(true);
    await p.confirm(first, { statusWords: [{ word: text, meaning }] });
    return p;
  }
  it('FAULT a note answered booked (cancelled last visit - rebooked): a later "cancelled - not rebooked" is never booked unasked', async () => {
    const p = await noted('cancelled last visit - rebooked', 'new');
    const r = await p.read(
      p.write('dayplan-0316.csv', noteRows(['', 'cancelled - not rebooked'], '03/16/2027')),
    );
    neverAs(r, 'NEW', ['Brown']);
  });
  it('a note answered cancelled: the same text goes cancelled, another note about a cancellation is asked', async () => {
    const p = await noted('CANCELLED - pt called', 'cancel');
    const same = await p.read(
      p.write('dayplan-0316.csv', noteRows(['', 'CANCELLED - pt called'], '03/16/2027')),
    );
    expect(same.doubts).toEqual([]);
    // 16 March 9:30 PDT = 16:30Z.
    expect(same.sent[1]).toBe('03-16T16:30Z CANCEL Brown');
    const other = await p.read(
      p.write('dayplan-0317.csv', noteRows(['', 'pt cancelled then came in'], '03/17/2027')),
    );
    neverAs(other, 'CANCEL', ['Brown']);
  });
  it('a title answered at one practice (Recall Dental Group) is asked at another practice', async () => {
    const body = ['Recall Dental Group - Day Sheet', '', ...BODY];
    const a = practice();
    const first = a.write('report-0315.csv', body);
    await a.confirm(first);
    const b = practice();
    expect((await b.read(b.write('report-0315.csv', body))).held).toBe(true);
  });
  it('a location split accepted at one practice is asked at another (an engineer installing several)', async () => {
    const rows = [
      PLACE_HEAD,
      row(70100, '8:00 AM', 0, 'North Clinic'),
      row(70100, '8:00 AM', 0, 'South Clinic'),
    ];
    const a = practice();
    await a.confirm(a.write('schedule-0315.csv', rows));
    const b = practice();
    expect(asked(await b.read(b.write('schedule-0315.csv', rows)), 'location-split')).toBe(true);
  });
  it('FAULT a location split without ids accepted for one patient: another patient split in a later file is asked', async () => {
    const head = 'Date,Time,Last Name,First Name,DOB,Location,Provider';
    const line = (t: string, who: number, place: string, date = '03/15/2027') =>
      `${date},${t},${PEOPLE[who]![0]},${PEOPLE[who]![1]},${PEOPLE[who]![2]},${place},Dr. Lee`;
    const p = practice();
    const first = p.write('schedule-0315.csv', [
      head,
      line('8:00 AM', 0, 'North Clinic'),
      line('8:00 AM', 0, 'South Clinic'),
      line('9:30 AM', 1, 'North Clinic'),
    ]);
    const r1 = await p.read(first);
    expect(asked(r1, 'location-split')).toBe(true);
    await p.confirm(first);
    const later = await p.read(
      p.write('schedule-0316.csv', [
        head,
        line('10:00 AM', 2, 'North Clinic', '03/16/2027'),
        line('10:00 AM', 2, 'Downtown Annex', '03/16/2027'),
      ]),
    );
    expect(asked(later, 'location-split')).toBe(true);
  });
  it('Pend answered booked with the status column first in the file: a later file with the columns shuffled and renamed in case (STATUS) still reads it', async () => {
    const p = practice();
    const first = p.write('schedule-0315.csv', statusList(['Scheduled', 'Pend', 'Cancelled']));
    await p.confirm(first, { statusWords: [{ word: 'Pend', meaning: 'new' }] });
    const r = await p.read(
      p.write('schedule-0316.csv', [
        'DOB,STATUS,Appt ID,Time,Date,First Name,Last Name',
        '02/11/1966,Pend,70100,8:00 AM,03/16/2027,Elena,Garcia',
        '07/23/1958,Cancelled,70101,9:30 AM,03/16/2027,Peter,Brown',
      ]),
    );
    expect(r.doubts).toEqual([]);
    expect(r.sent).toEqual(['03-16T15:00Z NEW Garcia', '03-16T16:30Z CANCEL Brown']);
  });
});

// ---------------------------------------------------------------------------------------------
// 7. Words read from file names and titles (report-title.ts): a schedule of booked rows, no
//    status column. `sends`: a schedule, sent with no question; `holds`: the name or title says
//    the rows are cancelled or not booked appointments (or may be), never sent as booked unasked.
// ---------------------------------------------------------------------------------------------
describe('7. words in file names and titles', () => {
  const title = (name: string, titleLine?: string) => {
    const p = practice();
    return p.read(p.write(name, titleLine ? [titleLine, '', ...BODY] : BODY));
  };
  const sends = async (name: string, titleLine?: string) => {
    const r = await title(name, titleLine);
    expect(r.doubts, name).toEqual([]);
    // 8:00 and 9:30 PDT on 15 March = 15:00Z and 16:30Z.
    expect(r.sent).toEqual(['03-15T15:00Z NEW Garcia', '03-15T16:30Z NEW Brown']);
  };
  const holds = async (name: string, titleLine?: string) => {
    const r = await title(name, titleLine);
    expect(asked(r, 'report-title') || asked(r, 'change-log'), name).toBe(true);
  };

  it('NS clinic.csv (neurosurgery, Nova Scotia) is a schedule: NS is a no-show only in a status cell', () =>
    sends('NS clinic.csv'));
  // Fixed in round 50f (report-title.ts, qualifiesNoun): a code of a few letters before another
  // word qualifies that word; `UTA list.csv`, `cx_appts.csv` still name lists of cancellations.
  it('cna_schedule.csv (certified nursing assistants; CNA is could-not-attend in the UK) is a schedule', () =>
    sends('cna_schedule_0315.csv'));
  it('cx-clinic.csv is a schedule (cx qualifies clinic)', () => sends('cx-clinic.csv'));
  it("DNA lab.csv is a schedule (DNA qualifies lab; DNA report.csv is the UK's did-not-attend list)", () =>
    sends('DNA lab.csv'));
  it.each(['UTA list.csv', 'cx_appts.csv'])('%s still names a list of cancellations: asked', (name) =>
    holds(name),
  );
  it('a title line naming a clinic Noshow Pediatrics is asked once, then its next day goes', async () => {
    const p = practice();
    const first = p.write('report-0315.csv', ['Noshow Pediatrics - Daily Schedule 03/15/2027', '', ...BODY]);
    expect((await p.read(first)).held).toBe(true);
    await p.confirm(first);
    const next = await p.read(
      p.write('report-0316.csv', ['Noshow Pediatrics - Daily Schedule 03/16/2027', '', ...BODY]),
    );
    expect(next.doubts).toEqual([]);
  });
  it('Dr Cancel schedule.csv (a surname) is asked (a false hold kept: cancel is the word)', () =>
    holds('Dr Cancel schedule.csv'));
  it("appointments (1).csv, a browser's second download, is a schedule", () => sends('appointments (1).csv'));
  it('Not cancelled.csv says what it leaves out: a schedule', () => sends('Not cancelled.csv'));
  it('Cancer Center schedule.csv: cancer is no cancel word', () => sends('Cancer Center schedule.csv'));
  it('Schedule excluding cancellations.csv is a schedule', () =>
    sends('Schedule excluding cancellations.csv'));
  it('Appointments_x2.csv: a lone letter beside a number is a numbering', () => sends('Appointments_x2.csv'));
  it('noshow_followups.csv lists no-shows: held', () => holds('noshow_followups.csv'));
  it('Cancelled_appts_reinstated.csv may list cancellations: held', () =>
    holds('Cancelled_appts_reinstated.csv'));
  it('Missed appointments 2027-03-15.csv: held', () => holds('Missed appointments 2027-03-15.csv'));
  it('Cancellations_and_reschedules_0315.csv: held', () => holds('Cancellations_and_reschedules_0315.csv'));
  it('Recall due list.csv: held', () => holds('Recall due list.csv'));
  it('Wait list.csv: held', () => holds('Wait list.csv'));
  it('a title line Broken Appointments: held', () => holds('report-0315.csv', 'Broken Appointments'));
  it("FAULT DNA - did not attend.csv (the UK's missed visits, as a No Show Report): held", () =>
    holds('DNA - did not attend.csv'));
  it('FAULT Did not attend March.csv: held', () => holds('Did not attend March.csv'));
  it('a title line "Daily Appointments - Excluding Cancelled": a schedule', () =>
    sends('report-0315.csv', 'Daily Appointments - Excluding Cancelled'));
});
