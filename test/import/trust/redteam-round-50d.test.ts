// Red-team probes, round 50d: answers remembered for the whole practice, and identity leftovers.
// Each probe of part 1 gives an answer through the review's own path
// (createReviewActions().confirmMapping, as the review window does) on a first file, then reads a
// later file as the engine reads it: a kept answer must never silence a NEW case in a later file
// that would have been asked on its own (another patient split over two providers or two ids,
// other letters of a doubtful code page, other words on rows without a patient). Part 2 reads
// one patient written two ways in one file, a first-name column beside a whole name, and the
// derived ids of a file whose columns were renamed or whose rows come in another order. Every
// right outcome was worked out by hand before the probe first ran; a probe named FAULT was a
// wrong send (a case silenced unasked) before its fix.
// Calendar, by hand: 15 March 2027 is a Monday; Los Angeles is on daylight time from 14 March 2027
// (UTC-7): 8:00 AM is 15:00Z, 9:30 AM 16:30Z, 10:00 AM 17:00Z, 2:00 PM 21:00Z, 3:00 PM 22:00Z.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ReviewAnswers } from '../../../preload/ipc-contract.ts';
import { asked, type Practice, type Read, reviewPractice } from './review-practice.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'redteam-round-50d-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const practice = (timeZone?: string): Practice =>
  reviewPractice(root, '5d2c9a7e-5b1d-4c8e-9a6f-2d7e8b1c4a', timeZone);

const checks = (r: Read): string[] => r.doubts.map((d) => d.check ?? d.kind);

/** `first` is held for `check`; the person confirms it (with `answers`); returns the practice. */
async function answered(
  check: string,
  first: (p: Practice) => string,
  answers: ReviewAnswers = {},
  p: Practice = practice(),
): Promise<Practice> {
  const f = first(p);
  const r = await p.read(f);
  expect(checks(r), `the first file is asked about ${check}`).toContain(check);
  await p.confirm(f, answers);
  const again = await p.read(f);
  expect(checks(again), 'the file confirmed is not asked again').not.toContain(check);
  return p;
}

const PEOPLE = [
  ['Garcia', 'Elena', '02/11/1966'],
  ['Brown', 'Peter', '07/23/1958'],
  ['Novak', 'Ivan', '01/30/1971'],
  ['Okafor', 'Ada', '09/09/1984'],
  ['Lindqvist', 'Annika', '05/06/2002'],
];
const who = (i: number): string => PEOPLE[i]!.join(',');

// ---------------------------------------------------------------------------------------------
// 1. One patient at one start with two providers (no id column): provider-split
// ---------------------------------------------------------------------------------------------
const SPLIT_HEAD = 'Date,Time,Last Name,First Name,DOB,Provider,Status';
const at = (date: string, time: string, i: number, provider: string, status = 'Scheduled'): string =>
  `${date},${time},${who(i)},${provider},${status}`;
/** Garcia at 8:00 AM on 15 March under Dr. Lee and Dr. Patel (one visit per procedure?), Brown alone. */
const garciaSplit = (p: Practice): string =>
  p.file([
    SPLIT_HEAD,
    at('03/15/2027', '8:00 AM', 0, 'Dr. Lee'),
    at('03/15/2027', '8:00 AM', 0, 'Dr. Patel'),
    at('03/15/2027', '9:30 AM', 1, 'Dr. Lee'),
  ]);

describe('1. provider split accepted for one patient', () => {
  it('FAULT a later file splitting another patient (Novak at 10:00 under two providers) is asked', async () => {
    const p = await answered('provider-split', garciaSplit);
    const r = await p.read(
      p.file([
        SPLIT_HEAD,
        at('03/16/2027', '10:00 AM', 2, 'Dr. Lee'),
        at('03/16/2027', '10:00 AM', 2, 'Dr. Patel'),
      ]),
    );
    expect(asked(r, 'provider-split')).toBe(true);
  });
  it('FAULT the same patient split again on another day is asked (another visit)', async () => {
    const p = await answered('provider-split', garciaSplit);
    const r = await p.read(
      p.file([
        SPLIT_HEAD,
        at('03/22/2027', '8:00 AM', 0, 'Dr. Lee'),
        at('03/22/2027', '8:00 AM', 0, 'Dr. Patel'),
      ]),
    );
    expect(asked(r, 'provider-split')).toBe(true);
  });
  it('FAULT the file answered, then a new split among its rows: asked', async () => {
    const p = await answered('provider-split', garciaSplit);
    const r = await p.read(
      p.file([
        SPLIT_HEAD,
        at('03/15/2027', '8:00 AM', 0, 'Dr. Lee'),
        at('03/15/2027', '8:00 AM', 0, 'Dr. Patel'),
        at('03/15/2027', '9:30 AM', 1, 'Dr. Lee'),
        at('03/15/2027', '9:30 AM', 1, 'Dr. Nguyen'),
      ]),
    );
    expect(asked(r, 'provider-split')).toBe(true);
  });
  it('the same split in the next export (the day re-exported) is not asked again: two appointments', async () => {
    const p = await answered('provider-split', garciaSplit);
    const r = await p.read(
      p.file([
        SPLIT_HEAD,
        at('03/15/2027', '8:00 AM', 0, 'Dr. Lee'),
        at('03/15/2027', '8:00 AM', 0, 'Dr. Patel'),
        at('03/15/2027', '9:30 AM', 1, 'Dr. Lee', 'Confirmed'),
      ]),
    );
    expect(r.doubts).toEqual([]);
    expect(r.sent).toEqual(['03-15T15:00Z NEW Garcia', '03-15T15:00Z NEW Garcia', '03-15T16:30Z NEW Brown']);
  });
  it('a later file with no split goes without a question', async () => {
    const p = await answered('provider-split', garciaSplit);
    const r = await p.read(p.file([SPLIT_HEAD, at('03/16/2027', '10:00 AM', 2, 'Dr. Lee')]));
    expect(r.doubts).toEqual([]);
    expect(r.sent).toEqual(['03-16T17:00Z NEW Novak']);
  });
  it('accepted at one practice, asked at another', async () => {
    await answered('provider-split', garciaSplit);
    const q = practice();
    expect(asked(await q.read(garciaSplit(q)), 'provider-split')).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// 2. One patient at one start under two appointment ids: resource-split
// ---------------------------------------------------------------------------------------------
const ID_HEAD = 'Appt ID,Date,Time,Last Name,First Name,DOB,Provider';
const idRow = (id: number, date: string, time: string, i: number, provider: string): string =>
  `${id},${date},${time},${who(i)},${provider}`;
const twoIds = (p: Practice): string =>
  p.file([
    ID_HEAD,
    idRow(70100, '03/15/2027', '8:00 AM', 0, 'Dr. Lee'),
    idRow(70199, '03/15/2027', '8:00 AM', 0, 'Hygienist Room 2'),
    idRow(70101, '03/15/2027', '9:30 AM', 1, 'Dr. Lee'),
  ]);

describe('2. two ids at one start accepted for one patient', () => {
  it('FAULT a later pair of another patient (Novak: 70300 and 70399 at 10:00) is asked', async () => {
    const p = await answered('resource-split', twoIds);
    const r = await p.read(
      p.file([
        ID_HEAD,
        idRow(70300, '03/16/2027', '10:00 AM', 2, 'Dr. Lee'),
        idRow(70399, '03/16/2027', '10:00 AM', 2, 'Hygienist Room 2'),
      ]),
    );
    expect(asked(r, 'resource-split')).toBe(true);
  });
  it('FAULT the same patient under two other ids on another day is asked', async () => {
    const p = await answered('resource-split', twoIds);
    const r = await p.read(
      p.file([
        ID_HEAD,
        idRow(70500, '03/22/2027', '8:00 AM', 0, 'Dr. Lee'),
        idRow(70599, '03/22/2027', '8:00 AM', 0, 'Hygienist Room 2'),
      ]),
    );
    expect(asked(r, 'resource-split')).toBe(true);
  });
  it('the same pair re-exported is not asked again: both ids go', async () => {
    const p = await answered('resource-split', twoIds);
    const r = await p.read(twoIds(p));
    expect(r.doubts).toEqual([]);
    expect(r.ids.map((s) => s.split(' ')[0])).toEqual(['70100', '70199', '70101']);
  });
  it('a third id at the accepted start (a new row of that visit) is asked', async () => {
    const p = await answered('resource-split', twoIds);
    const r = await p.read(
      p.file([
        ID_HEAD,
        idRow(70100, '03/15/2027', '8:00 AM', 0, 'Dr. Lee'),
        idRow(70199, '03/15/2027', '8:00 AM', 0, 'Hygienist Room 2'),
        idRow(70188, '03/15/2027', '8:00 AM', 0, 'X-ray'),
      ]),
    );
    // Read as it stands: the 70188 row is at a start already split, which the answer covered (a
    // start of that patient under several ids). Either asked or the three ids go apart, never one.
    expect(r.held || new Set(r.ids.map((s) => s.split(' ')[0])).size === 3).toBe(true);
  });
  it('accepted at one practice, asked at another', async () => {
    await answered('resource-split', twoIds);
    const q = practice();
    expect(asked(await q.read(twoIds(q)), 'resource-split')).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// 3. A code page answered once (Windows-1252 confirmed as read)
// ---------------------------------------------------------------------------------------------
/** Lines of text and bytes, ended by `eol`. */
function bytesOf(lines: Array<Array<number | string>>, eol: 'cr' | 'crlf'): Uint8Array {
  const end = eol === 'cr' ? [0x0d] : [0x0d, 0x0a];
  return Buffer.from(
    lines.flatMap((parts) => [
      ...parts.flatMap((x) => (typeof x === 'number' ? [x] : [...Buffer.from(x, 'latin1')])),
      ...end,
    ]),
  );
}
const ENC_HEAD = 'Date,Time,Patient,DOB,Chart #,Provider';
/** One row of `name` (text and bytes) at 9:00 AM on 2 March 2027, chart `chart`. */
const encRow = (name: Array<number | string>, chart: number, time = '9:00 AM'): Array<number | string> => [
  `03/02/2027,${time},"`,
  ...name,
  `",04/05/1980,${chart},Dr Ng`,
];

describe('3. a code page confirmed for the letters a file showed', () => {
  // DOS: á 0xE1 after a vowel reads ß in code page 850 (Juárez / Jußrez): both fit, held.
  const juarez = (p: Practice): string =>
    p.file(bytesOf([[ENC_HEAD], encRow(['Ju', 0xe1, 'rez, Ana'], 101)], 'crlf'));
  it('the same letter in a later file (Suárez) goes as Windows-1252, no question', async () => {
    const p = await answered('dos-code-page', juarez);
    const r = await p.read(p.file(bytesOf([[ENC_HEAD], encRow(['Su', 0xe1, 'rez, Ana'], 102)], 'crlf')));
    expect(r.doubts).toEqual([]);
    expect(r.ids.map((s) => s.split(' ')[2])).toEqual(['Suárez/Ana']);
  });
  it('FAULT another letter in doubt (0xA0: a no-break space, or á in code page 437: Ch vez / Chávez) is asked', async () => {
    const p = await answered('dos-code-page', juarez);
    const r = await p.read(p.file(bytesOf([[ENC_HEAD], encRow(['Ch', 0xa0, 'vez, Carlos'], 103)], 'crlf')));
    expect(asked(r, 'dos-code-page')).toBe(true);
  });
  it('FAULT the answered letter beside a new one in doubt is asked', async () => {
    const p = await answered('dos-code-page', juarez);
    const r = await p.read(
      p.file(
        bytesOf(
          [
            [ENC_HEAD],
            encRow(['Su', 0xe1, 'rez, Ana'], 102),
            encRow(['Ch', 0xa0, 'vez, Carlos'], 103, '9:30 AM'),
          ],
          'crlf',
        ),
      ),
    );
    expect(asked(r, 'dos-code-page')).toBe(true);
  });
  it('a letter that reads right only as Windows-1252 (Müller) goes without a question', async () => {
    const p = await answered('dos-code-page', juarez);
    const r = await p.read(p.file(bytesOf([[ENC_HEAD], encRow(['M', 0xfc, 'ller, Anna'], 104)], 'crlf')));
    expect(r.doubts).toEqual([]);
    expect(r.ids.map((s) => s.split(' ')[2])).toEqual(['Müller/Anna']);
  });
  // Old Mac (CR alone): 0xE9 0xE8 read `éè` in Windows-1252 and `ÈË` in Mac Roman.
  const macFirst = (p: Practice): string =>
    p.file(bytesOf([[ENC_HEAD], encRow(['Lee, ', 0xe9, 0xe8], 101)], 'cr'));
  it('Mac Roman answered for éè: the same letters later go, no question', async () => {
    const p = await answered('mac-roman', macFirst);
    const r = await p.read(p.file(bytesOf([[ENC_HEAD], encRow(['Kim, ', 0xe8, 0xe9], 105)], 'cr')));
    expect(r.doubts).toEqual([]);
  });
  it('FAULT Mac Roman answered for éè: a later file whose doubt is another letter (0xE7: ç, or Á in Mac Roman) is asked', async () => {
    const p = await answered('mac-roman', macFirst);
    const later = p.file(bytesOf([[ENC_HEAD], encRow(['Kim, ', 0xe7], 105)], 'cr'));
    const alone = practice();
    const own = await alone.read(alone.file(bytesOf([[ENC_HEAD], encRow(['Kim, ', 0xe7], 105)], 'cr')));
    // Only a probe if that file is asked on its own.
    expect(asked(own, 'mac-roman')).toBe(true);
    expect(asked(await p.read(later), 'mac-roman')).toBe(true);
  });
  it('Mac Roman answered at one practice is asked at another', async () => {
    await answered('mac-roman', macFirst);
    const q = practice();
    expect(asked(await q.read(macFirst(q)), 'mac-roman')).toBe(true);
  });
  // Icelandic in Windows-1252: ð 0xF0 and Þ 0xDE are Turkish ğ and Ş in 1254.
  const iceHead = 'Date,Time,Chart,Last Name,First Name,DOB,Status';
  const ice = (p: Practice): string =>
    p.file(
      bytesOf(
        [
          [iceHead],
          ['15/03/2027,09:00,101,Gu', 0xf0, 'mundsd', 0xf3, 'ttir,', 0xde, 0xf3, 'ra,14/06/1983,Booked'],
        ],
        'crlf',
      ),
    );
  it('Turkish page answered for ð and Þ: a later Guðrún goes, no question', async () => {
    const p = await answered('turkish-code-page', ice, {}, practice('Atlantic/Reykjavik'));
    const r = await p.read(
      p.file(
        bytesOf(
          [
            [iceHead],
            ['16/03/2027,09:00,102,J', 0xf3, 'nsd', 0xf3, 'ttir,Gu', 0xf0, 'r', 0xfa, 'n,01/02/1990,Booked'],
          ],
          'crlf',
        ),
      ),
    );
    expect(r.doubts).toEqual([]);
  });
  it('FAULT Turkish page answered for ð and Þ: a later Ýr (0xDD: İ in 1254) is asked', async () => {
    const p = await answered('turkish-code-page', ice, {}, practice('Atlantic/Reykjavik'));
    const body = ['16/03/2027,09:00,102,J', 0xf3, 'nsd', 0xf3, 'ttir,', 0xdd, 'r,01/02/1990,Booked'];
    const alone = practice('Atlantic/Reykjavik');
    const own = await alone.read(alone.file(bytesOf([[iceHead], body], 'crlf')));
    expect(asked(own, 'turkish-code-page')).toBe(true);
    expect(asked(await p.read(p.file(bytesOf([[iceHead], body], 'crlf'))), 'turkish-code-page')).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// 4. Rows with no patient answered as open slots; an empty status answered as booked
// ---------------------------------------------------------------------------------------------
const ROW_HEAD = 'Date,Time,Patient,DOB,Provider,Status';
const named = (date: string, time: string, i: number, status: string): string =>
  `${date},${time},"${PEOPLE[i]![0]}, ${PEOPLE[i]![1]}",${PEOPLE[i]![2]},Dr. Lee,${status}`;
const nobody = (date: string, time: string, status: string): string => `${date},${time},,,Dr. Lee,${status}`;
/** Two rows with no patient but `Scheduled` (a book that marks its open slots so). */
const openSlots = (p: Practice): string =>
  p.file([
    ROW_HEAD,
    named('03/15/2027', '8:00 AM', 0, 'Scheduled'),
    nobody('03/15/2027', '8:30 AM', 'Scheduled'),
    named('03/15/2027', '9:30 AM', 1, 'Confirmed'),
    nobody('03/15/2027', '10:30 AM', 'Scheduled'),
  ]);

describe('4. printed once: the patient, the status', () => {
  it('FAULT rows without a patient answered as open slots (Scheduled): later rows without a patient that are Checked In are asked', async () => {
    const p = await answered('patient-printed-once', openSlots);
    const r = await p.read(
      p.file([
        ROW_HEAD,
        named('03/16/2027', '8:00 AM', 2, 'Checked In'),
        nobody('03/16/2027', '9:00 AM', 'Checked In'),
        named('03/16/2027', '10:00 AM', 3, 'Scheduled'),
      ]),
    );
    expect(asked(r, 'patient-printed-once')).toBe(true);
  });
  it('FAULT answered as open slots (Scheduled): later rows without a patient that are Cancelled are asked', async () => {
    const p = await answered('patient-printed-once', openSlots);
    const r = await p.read(
      p.file([
        ROW_HEAD,
        named('03/16/2027', '8:00 AM', 2, 'Cancelled'),
        nobody('03/16/2027', '9:00 AM', 'Cancelled'),
        named('03/16/2027', '10:00 AM', 3, 'Scheduled'),
      ]),
    );
    expect(asked(r, 'patient-printed-once')).toBe(true);
  });
  it('answered as open slots (Scheduled): later Scheduled rows without a patient are slots again, no question', async () => {
    const p = await answered('patient-printed-once', openSlots);
    const r = await p.read(
      p.file([
        ROW_HEAD,
        named('03/16/2027', '8:00 AM', 2, 'Scheduled'),
        nobody('03/16/2027', '9:00 AM', 'Scheduled'),
      ]),
    );
    expect(r.doubts).toEqual([]);
    expect(r.sent).toEqual(['03-16T15:00Z NEW Novak']);
  });
  it('answered as open slots (Scheduled), written SCHEDULED later: the same word, no question', async () => {
    const p = await answered('patient-printed-once', openSlots);
    const r = await p.read(
      p.file([
        ROW_HEAD,
        named('03/16/2027', '8:00 AM', 2, 'SCHEDULED'),
        nobody('03/16/2027', '9:00 AM', 'SCHEDULED'),
      ]),
    );
    expect(r.doubts).toEqual([]);
  });
  it('answered at one practice, asked at another', async () => {
    await answered('patient-printed-once', openSlots);
    const q = practice();
    expect(asked(await q.read(openSlots(q)), 'patient-printed-once')).toBe(true);
  });

  /** A status printed once under Cancelled, then rows of other words. */
  const underCancelled = (p: Practice): string =>
    p.file([
      ROW_HEAD,
      named('03/15/2027', '8:00 AM', 0, 'Cancelled'),
      named('03/15/2027', '9:30 AM', 1, ''),
      named('03/15/2027', '10:00 AM', 2, 'Confirmed'),
      named('03/15/2027', '2:00 PM', 3, 'Scheduled'),
    ]);
  it('an empty status answered as booked (under Cancelled): the same file again goes, Brown booked', async () => {
    const p = await answered('status-printed-once', underCancelled);
    const r = await p.read(underCancelled(p));
    expect(r.doubts).toEqual([]);
    expect(r.sent).toContain('03-15T16:30Z NEW Brown');
  });
  it('FAULT an empty status answered as booked under Cancelled: a later empty status under Rescheduled is asked', async () => {
    const p = await answered('status-printed-once', underCancelled);
    const later = [
      ROW_HEAD,
      named('03/16/2027', '8:00 AM', 0, 'Rescheduled'),
      named('03/16/2027', '9:30 AM', 1, ''),
      named('03/16/2027', '10:00 AM', 2, 'Confirmed'),
      named('03/16/2027', '2:00 PM', 3, 'Scheduled'),
    ];
    const alone = practice();
    expect(asked(await alone.read(alone.file(later)), 'status-printed-once')).toBe(true);
    expect(asked(await p.read(p.file(later)), 'status-printed-once')).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// 5. A date printed once per day, answered
// ---------------------------------------------------------------------------------------------
const GAP_HEAD = 'Date,Time,Client,Chart #,DOB,Therapist,Status';
const PRINTED_ONCE = [
  GAP_HEAD,
  '03/08/2027,8:00 AM,"Price, Harold",A10455,02/06/1950,"Lopez, A. (PT)",Kept',
  ',9:00 AM,"Quinn, Maeve",A10872,10/15/1996,"Lopez, A. (PT)",Scheduled',
  ',10:00 AM,"Rossi, Marco",A10391,07/07/1971,"Lopez, A. (PT)",Cancelled',
  '03/09/2027,2:00 PM,"Singh, Harpreet",A11020,12/01/1983,"Dunn, K. (PTA)",Scheduled',
];
describe('5. blank dates answered once', () => {
  const gaps = (p: Practice): string => p.file(PRINTED_ONCE);
  it('answered "the date above": a later file of that report goes with each day\'s date, no question', async () => {
    const p = await answered('date-gaps', gaps, { blankDate: 'above' });
    const r = await p.read(
      p.file([
        GAP_HEAD,
        '03/10/2027,8:00 AM,"Price, Harold",A10455,02/06/1950,"Lopez, A. (PT)",Scheduled',
        ',9:00 AM,"Quinn, Maeve",A10872,10/15/1996,"Lopez, A. (PT)",Scheduled',
      ]),
    );
    expect(r.doubts).toEqual([]);
    // Los Angeles, standard time until 14 March 2027 (UTC-8): 8:00 AM is 16:00Z.
    expect(r.sent).toEqual(['03-10T16:00Z NEW Price', '03-10T17:00Z NEW Quinn']);
  });
  it('answered "the date above": a later file whose first row has no date sends it on no day (a row error)', async () => {
    const p = await answered('date-gaps', gaps, { blankDate: 'above' });
    const r = await p.read(
      p.file([
        GAP_HEAD,
        ',8:00 AM,"Price, Harold",A10455,02/06/1950,"Lopez, A. (PT)",Scheduled',
        '03/10/2027,9:00 AM,"Quinn, Maeve",A10872,10/15/1996,"Lopez, A. (PT)",Scheduled',
      ]),
    );
    expect(r.sent.some((s) => s.includes('Price'))).toBe(false);
  });
  it("confirmed without the answer (rows without a date left out): a later file's rows without a date are never sent", async () => {
    const p = await answered('date-gaps', gaps);
    const r = await p.read(
      p.file([
        GAP_HEAD,
        '03/10/2027,8:00 AM,"Price, Harold",A10455,02/06/1950,"Lopez, A. (PT)",Scheduled',
        ',9:00 AM,"Quinn, Maeve",A10872,10/15/1996,"Lopez, A. (PT)",Scheduled',
      ]),
    );
    expect(r.sent.some((s) => s.includes('Quinn'))).toBe(false);
  });
  it('answered at one practice, asked at another', async () => {
    await answered('date-gaps', gaps, { blankDate: 'above' });
    const q = practice();
    expect(asked(await q.read(gaps(q)), 'date-gaps')).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// 6. Ids and dates answered once: a column's answer and a later file's other values
// ---------------------------------------------------------------------------------------------
const MRN_HEAD = 'Date,Time,MRN,Last Name,First Name,DOB,Provider';
const mrnRow = (date: string, time: string, mrn: string, last: string, first: string, dob: string): string =>
  `${date},${time},${mrn},${last},${first},${dob},Dr. Lee`;
/** MRN 5001 on two people of one family (a family number?), Brown on his own. */
const familyMrn = (p: Practice): string =>
  p.file([
    MRN_HEAD,
    mrnRow('03/15/2027', '8:00 AM', '5001', 'Garcia', 'Elena', '02/11/1966'),
    mrnRow('03/15/2027', '8:30 AM', '5001', 'Garcia', 'Sofia', '06/14/2012'),
    mrnRow('03/15/2027', '9:30 AM', '5002', 'Brown', 'Peter', '07/23/1958'),
  ]);

describe('6. ids and dates answered for a column', () => {
  it('FAULT one MRN on two people accepted (5001: Elena and Sofia Garcia): a later MRN on two other people (6002) is asked', async () => {
    const p = await answered('patient-id-shared', familyMrn);
    const later = [
      MRN_HEAD,
      mrnRow('03/16/2027', '8:00 AM', '6002', 'Novak', 'Ivan', '01/30/1971'),
      mrnRow('03/16/2027', '9:00 AM', '6002', 'Okafor', 'Ada', '09/09/1984'),
    ];
    const alone = practice();
    expect(asked(await alone.read(alone.file(later)), 'patient-id-shared')).toBe(true);
    expect(asked(await p.read(p.file(later)), 'patient-id-shared')).toBe(true);
  });
  it('one MRN on two people accepted: the same two people under it later go, no question', async () => {
    const p = await answered('patient-id-shared', familyMrn);
    const r = await p.read(familyMrn(p));
    expect(r.doubts).toEqual([]);
  });
  /** Brown under two MRNs (a visit or claim number?). */
  const twoMrns = (p: Practice): string =>
    p.file([
      MRN_HEAD,
      mrnRow('03/15/2027', '8:00 AM', '5002', 'Brown', 'Peter', '07/23/1958'),
      mrnRow('03/15/2027', '2:00 PM', '5077', 'Brown', 'Peter', '07/23/1958'),
      mrnRow('03/15/2027', '9:30 AM', '5003', 'Garcia', 'Elena', '02/11/1966'),
    ]);
  it('FAULT one person under two MRNs accepted (Brown): a later person under two MRNs (Novak) is asked', async () => {
    const p = await answered('patient-id-per-visit', twoMrns);
    const later = [
      MRN_HEAD,
      mrnRow('03/16/2027', '8:00 AM', '6100', 'Novak', 'Ivan', '01/30/1971'),
      mrnRow('03/16/2027', '2:00 PM', '6101', 'Novak', 'Ivan', '01/30/1971'),
    ];
    const alone = practice();
    expect(asked(await alone.read(alone.file(later)), 'patient-id-per-visit')).toBe(true);
    expect(asked(await p.read(p.file(later)), 'patient-id-per-visit')).toBe(true);
  });
  it('one person under two MRNs accepted: the same two MRNs later go, no question', async () => {
    const p = await answered('patient-id-per-visit', twoMrns);
    const r = await p.read(twoMrns(p));
    expect(r.doubts).toEqual([]);
  });

  /** Appointment 70100 on two rows of Garcia at one start (a row per procedure). */
  const sameIdTwice = (p: Practice): string =>
    p.file([
      ID_HEAD,
      idRow(70100, '03/15/2027', '8:00 AM', 0, 'Dr. Lee'),
      idRow(70100, '03/15/2027', '8:00 AM', 0, 'Dr. Lee'),
      idRow(70101, '03/15/2027', '9:30 AM', 1, 'Dr. Lee'),
    ]);
  it('an id repeated on one appointment, then an id on two patients at two starts is never sent as one', async () => {
    const p = practice();
    const first = sameIdTwice(p);
    const r1 = await p.read(first);
    if (r1.held) await p.confirm(first);
    const r = await p.read(
      p.file([
        ID_HEAD,
        idRow(70300, '03/16/2027', '10:00 AM', 2, 'Dr. Lee'),
        idRow(70300, '03/16/2027', '2:00 PM', 3, 'Dr. Lee'),
      ]),
    );
    // Held, or two appointments under two ids: never 70300 moved from Novak to Okafor.
    expect(r.held || new Set(r.ids.map((s) => s.split(' ')[0])).size === 2).toBe(true);
  });

  const DATE_HEAD = 'Appt ID,Date,Time,Last Name,First Name,DOB';
  const far = (p: Practice): string =>
    p.file([
      DATE_HEAD,
      `70100,03/15/2027,8:00 AM,${who(0)}`,
      `70101,03/15/2030,9:30 AM,${who(1)}`, // a standing yearly booking three years out
    ]);
  it('a date three years ahead accepted (2030): a later year of another calendar (2570, the Thai year of 2027) is never sent', async () => {
    const p = await answered('far-ahead', far);
    const r = await p.read(
      p.file([DATE_HEAD, `70200,03/16/2570,8:00 AM,${who(2)}`, `70201,03/16/2027,9:30 AM,${who(3)}`]),
    );
    // A row error (a year past any booking) or asked: never an appointment in 2570.
    expect(r.sent.some((s) => s.includes('Novak'))).toBe(false);
  });
  it('a date three years ahead accepted: the same year later goes, no question', async () => {
    const p = await answered('far-ahead', far);
    const r = await p.read(p.file([DATE_HEAD, `70300,04/20/2030,8:00 AM,${who(2)}`]));
    expect(r.doubts).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// 7. More of the kept answers: the same case written again, and a new one beside it
// ---------------------------------------------------------------------------------------------
describe('7. kept answers, the same case again and a new one beside it', () => {
  it('a provider split accepted: the same split with the columns in another order is not asked again', async () => {
    const p = await answered('provider-split', garciaSplit);
    const r = await p.read(
      p.file([
        'Provider,Status,Date,Time,Last Name,First Name,DOB',
        `Dr. Lee,Scheduled,03/15/2027,8:00 AM,${who(0)}`,
        `Dr. Patel,Scheduled,03/15/2027,8:00 AM,${who(0)}`,
      ]),
    );
    expect(checks(r)).not.toContain('provider-split');
  });
  it('FAULT a provider split accepted: the same patient at the accepted start with a third provider beside a new patient split is asked', async () => {
    const p = await answered('provider-split', garciaSplit);
    const r = await p.read(
      p.file([
        SPLIT_HEAD,
        at('03/15/2027', '8:00 AM', 0, 'Dr. Lee'),
        at('03/15/2027', '8:00 AM', 0, 'Dr. Patel'),
        at('03/15/2027', '2:00 PM', 3, 'Dr. Lee'),
        at('03/15/2027', '2:00 PM', 3, 'Dr. Patel'),
      ]),
    );
    expect(asked(r, 'provider-split')).toBe(true);
  });
  it('FAULT rows without a patient answered for Scheduled: a later file of Scheduled and Arrived rows without a patient is asked', async () => {
    const p = await answered('patient-printed-once', openSlots);
    const r = await p.read(
      p.file([
        ROW_HEAD,
        named('03/16/2027', '8:00 AM', 2, 'Arrived'),
        nobody('03/16/2027', '8:30 AM', 'Scheduled'),
        nobody('03/16/2027', '9:00 AM', 'Arrived'),
        named('03/16/2027', '10:00 AM', 3, 'Scheduled'),
      ]),
    );
    expect(asked(r, 'patient-printed-once')).toBe(true);
  });
  it('an empty status answered under Cancelled: a later CANCELLED (capitals) with empties under it is not asked again', async () => {
    const underCancelled = [
      ROW_HEAD,
      named('03/15/2027', '8:00 AM', 0, 'Cancelled'),
      named('03/15/2027', '9:30 AM', 1, ''),
      named('03/15/2027', '10:00 AM', 2, 'Confirmed'),
      named('03/15/2027', '2:00 PM', 3, 'Scheduled'),
    ];
    const p = await answered('status-printed-once', (q) => q.file(underCancelled));
    const r = await p.read(p.file(underCancelled.map((l) => l.replace('Cancelled', 'CANCELLED'))));
    expect(checks(r)).not.toContain('status-printed-once');
  });
  it('FAULT a shared MRN accepted: the accepted MRN and a new shared one in one file is asked', async () => {
    const p = await answered('patient-id-shared', familyMrn);
    const r = await p.read(
      p.file([
        MRN_HEAD,
        mrnRow('03/16/2027', '8:00 AM', '5001', 'Garcia', 'Elena', '02/11/1966'),
        mrnRow('03/16/2027', '8:30 AM', '5001', 'Garcia', 'Sofia', '06/14/2012'),
        mrnRow('03/16/2027', '9:00 AM', '6002', 'Novak', 'Ivan', '01/30/1971'),
        mrnRow('03/16/2027', '9:30 AM', '6002', 'Okafor', 'Ada', '09/09/1984'),
      ]),
    );
    expect(asked(r, 'patient-id-shared')).toBe(true);
  });
  it('a code page answered: the same letters in a file saved as UTF-8 later go, no question', async () => {
    const p = practice();
    const first = p.file(bytesOf([[ENC_HEAD], encRow(['Ju', 0xe1, 'rez, Ana'], 101)], 'crlf'));
    expect(asked(await p.read(first), 'dos-code-page')).toBe(true);
    await p.confirm(first);
    const r = await p.read(p.file([ENC_HEAD, '03/02/2027,9:00 AM,"Chávez, Ana",04/05/1980,102,Dr Ng']));
    expect(r.doubts).toEqual([]);
    expect(r.ids.map((s) => s.split(' ')[2])).toEqual(['Chávez/Ana']);
  });
  it('a two-ids split accepted, then the practice exports one row per visit: no question, one id each', async () => {
    const p = await answered('resource-split', twoIds);
    const r = await p.read(
      p.file([
        ID_HEAD,
        idRow(70100, '03/15/2027', '8:00 AM', 0, 'Dr. Lee'),
        idRow(70101, '03/15/2027', '9:30 AM', 1, 'Dr. Lee'),
      ]),
    );
    expect(r.doubts).toEqual([]);
    expect(r.ids.map((s) => s.split(' ')[0])).toEqual(['70100', '70101']);
  });
});

// ---------------------------------------------------------------------------------------------
// 8. Identity leftovers: one patient written two ways in one file
// ---------------------------------------------------------------------------------------------
/** Patient ids of the appointments sent, by last name as sent. */
const patientIds = (r: Read): string[] => r.ids.map((s) => s.split(' ')[1]!);
const apptIds = (r: Read): string[] => r.ids.map((s) => s.split(' ')[0]!);
const SPLIT_NAMES = 'Date,Time,Last Name,First Name,DOB,Provider';

describe('8. one patient written two ways in one file', () => {
  /** Held, or both rows went under one patient id. */
  const onePatient = (r: Read): void => {
    if (r.held) return;
    expect(r.sent).toHaveLength(2);
    expect(new Set(patientIds(r)).size, r.ids.join('\n')).toBe(1);
  };
  it('FAULT Garcia-Lopez and Garcia Lopez, one first name and birth date: one patient (or asked)', async () => {
    const p = practice();
    onePatient(
      await p.read(
        p.file([
          SPLIT_NAMES,
          '03/15/2027,8:00 AM,Garcia-Lopez,Maria,04/12/1975,Dr. Lee',
          '03/15/2027,2:00 PM,Garcia Lopez,Maria,04/12/1975,Dr. Lee',
        ]),
      ),
    );
  });
  it('FAULT GARCIA-LOPEZ and Garcia Lopez (capitals and a hyphen): one patient (or asked)', async () => {
    const p = practice();
    onePatient(
      await p.read(
        p.file([
          SPLIT_NAMES,
          '03/15/2027,8:00 AM,GARCIA-LOPEZ,MARIA,04/12/1975,Dr. Lee',
          '03/16/2027,2:00 PM,Garcia Lopez,Maria,04/12/1975,Dr. Lee',
        ]),
      ),
    );
  });
  it('FAULT "Garcia-Lopez, Maria" and "Garcia Lopez, Maria" in one name column: one patient (or asked)', async () => {
    const p = practice();
    onePatient(
      await p.read(
        p.file([
          'Date,Time,Patient,DOB,Provider',
          '03/15/2027,8:00 AM,"Garcia-Lopez, Maria",04/12/1975,Dr. Lee',
          '03/15/2027,2:00 PM,"Garcia Lopez, Maria",04/12/1975,Dr. Lee',
        ]),
      ),
    );
  });
  it('Garcia-Lopez and Garcia Lopez of different birth dates stay two patients', async () => {
    const p = practice();
    const r = await p.read(
      p.file([
        SPLIT_NAMES,
        '03/15/2027,8:00 AM,Garcia-Lopez,Maria,04/12/1975,Dr. Lee',
        '03/15/2027,2:00 PM,Garcia Lopez,Maria,09/30/2001,Dr. Lee',
      ]),
    );
    expect(r.held || new Set(patientIds(r)).size === 2).toBe(true);
  });
  it("O'Brien and O Brien, one first name and birth date: one patient (or asked)", async () => {
    const p = practice();
    onePatient(
      await p.read(
        p.file([
          SPLIT_NAMES,
          "03/15/2027,8:00 AM,O'Brien,Sean,01/02/1980,Dr. Lee",
          '03/15/2027,2:00 PM,O Brien,Sean,01/02/1980,Dr. Lee',
        ]),
      ),
    );
  });
  it('a patient sent as Garcia Lopez keeps the patient id when a later file writes Garcia-Lopez', async () => {
    const p = practice();
    const one = await p.read(
      p.file([SPLIT_NAMES, '03/15/2027,8:00 AM,Garcia Lopez,Maria,04/12/1975,Dr. Lee']),
    );
    const two = await p.read(
      p.file([SPLIT_NAMES, '03/15/2027,8:00 AM,Garcia-Lopez,Maria,04/12/1975,Dr. Lee']),
    );
    // The ledger (engine/job/same-person.ts) settles a spelling across files; here the
    // importer's own ids: if they differ, the engine's name-spelling check must see it.
    expect(one.held || two.held || one.ids.length === 1).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// 9. A first-name column beside a whole patient name
// ---------------------------------------------------------------------------------------------
describe('9. a First Name column beside a whole Patient Name (no Last Name)', () => {
  const HEAD2 = 'Date,Time,Patient Name,First Name,DOB,Provider';
  const one = async (name: string, first: string): Promise<Read> => {
    const p = practice();
    return p.read(p.file([HEAD2, `03/15/2027,8:00 AM,"${name}",${first},04/12/1975,Dr. Lee`]));
  };
  it('"Smith, John" beside John: Smith / John', async () => {
    const r = await one('Smith, John', 'John');
    expect(r.held || r.ids[0]!.endsWith(' Smith/John')).toBe(true);
  });
  it('"John Smith" beside John: Smith / John', async () => {
    const r = await one('John Smith', 'John');
    expect(r.held || r.ids[0]!.endsWith(' Smith/John')).toBe(true);
  });
  it('"Mary Ann Smith" beside Mary Ann: Smith / Mary Ann', async () => {
    const r = await one('Mary Ann Smith', 'Mary Ann');
    expect(r.held || r.ids[0]!.endsWith(' Smith/Mary Ann')).toBe(true);
  });
  it('"Smith, John" beside Emma: the column headed as the patient\'s decides (Smith / John), never Emma', async () => {
    // By hand: 'Patient Name' says whose name it is; a First Name that disagrees may be a
    // preferred name or another person's, and is never taken over the patient's own.
    const r = await one('Smith, John', 'Emma');
    expect(r.held || (r.ids.length === 1 && r.ids[0]!.endsWith(' Smith/John'))).toBe(true);
  });
  it('a Name column of family names only beside First Name: Smith / John, never Smith as the whole name', async () => {
    const p = practice();
    const r = await p.read(
      p.file(['Date,Time,Name,First Name,DOB,Provider', '03/15/2027,8:00 AM,Smith,John,04/12/1975,Dr. Lee']),
    );
    expect(r.held || r.ids[0]!.endsWith(' Smith/John')).toBe(true);
  });
  it('one patient on two rows, the First Name empty on one: one patient (or asked)', async () => {
    const p = practice();
    const r = await p.read(
      p.file([
        HEAD2,
        '03/15/2027,8:00 AM,"Smith, John",John,04/12/1975,Dr. Lee',
        '03/16/2027,9:00 AM,"Smith, John",,04/12/1975,Dr. Lee',
      ]),
    );
    if (!r.held) expect(new Set(patientIds(r)).size).toBe(1);
  });
});

// ---------------------------------------------------------------------------------------------
// 10. Derived ids from one export to the next: columns renamed, rows in another order
// ---------------------------------------------------------------------------------------------
describe('10. derived ids of the same appointments in a later export', () => {
  const ROWS = [
    '03/15/2027,9:00 AM,"Garcia, Elena",02/11/1966,"Lee, Anna MD"',
    '03/15/2027,2:00 PM,"Garcia, Elena",02/11/1966,"Lee, Anna MD"',
    '03/15/2027,10:00 AM,"Brown, Peter",07/23/1958,"Lee, Anna MD"',
  ];
  const first = async (p: Practice): Promise<Read> =>
    p.read(p.file(['Date,Time,Patient,DOB,Provider', ...ROWS]));
  it('the columns renamed (Appt Date, Start Time, Patient Name, Birth Date, Doctor): the same ids', async () => {
    const p = practice();
    const a = await first(p);
    const b = await p.read(p.file(['Appt Date,Start Time,Patient Name,Birth Date,Doctor', ...ROWS]));
    expect(b.held || b.ids.join('\n') === a.ids.join('\n')).toBe(true);
    if (!b.held) expect(b.ids).toEqual(a.ids);
  });
  it('the columns in another order: the same ids', async () => {
    const p = practice();
    const a = await first(p);
    const moved = ROWS.map((l) => {
      const [d, t, n1, n2, dob, pr1, pr2] = l.split(',');
      return [pr1, pr2, dob, n1, n2, t, d].join(',');
    });
    const b = await p.read(p.file(['Provider,DOB,Patient,Time,Date', ...moved]));
    expect(b.held).toBe(false);
    expect([...b.ids].sort()).toEqual([...a.ids].sort());
  });
  it('the birth date written ISO and the name in capitals next time: the same patient ids', async () => {
    const p = practice();
    const a = await first(p);
    const b = await p.read(
      p.file([
        'Date,Time,Patient,DOB,Provider',
        '03/15/2027,9:00 AM,"GARCIA, ELENA",1966-02-11,"Lee, Anna MD"',
        '03/15/2027,2:00 PM,"GARCIA, ELENA",1966-02-11,"Lee, Anna MD"',
        '03/15/2027,10:00 AM,"BROWN, PETER",1958-07-23,"Lee, Anna MD"',
      ]),
    );
    if (!b.held) expect(apptIds(b)).toEqual(apptIds(a));
  });
  it("one patient's two visits of a day in the other order: the importer numbers them in file order (the engine keeps the ids sent, derived-slots.ts)", async () => {
    // By hand: ids number a patient's distinct starts of a day with one provider in file order,
    // so the importer alone swaps them; the engine gives each row the id already sent at its
    // start (DerivedSlots.settle) before the slot counts, so the portal's ids stay (probed
    // through the engine in test/engine/redteam-round-50d-ledger.test.ts).
    const p = practice();
    const a = await first(p);
    const b = await p.read(p.file(['Date,Time,Patient,DOB,Provider', ROWS[1]!, ROWS[0]!, ROWS[2]!]));
    const nine = (r: Read, rows: Read['sent']) => r.ids[rows.findIndex((s) => s.startsWith('03-15T16:00Z'))];
    expect(nine(a, a.sent)).toBe(a.ids[0]);
    expect(b.ids[0]!.split(' ')[0]).toBe(a.ids[0]!.split(' ')[0]);
  });
});
