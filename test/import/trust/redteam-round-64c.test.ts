// Red team, round 64c: the wrong sends and false holds 63r1 / 63r3 left, and their neighbours.
// Each probe is the three-row file (Hollis, Obi, Lindqvist; three-row-probes.ts) with one column
// changed, imported with only the practice's zone. Every outcome was worked out by hand before the
// first run.
// Calendar, by hand: 22 March 2027 is a Monday; Los Angeles is on PDT (UTC-7) from 14 March, so
// 9:00 / 10:00 on 22 March and 13:30 on 23 March are 16:00Z, 17:00Z, 20:30Z; 11:30 on 23 March is
// 18:30Z. Phoenix keeps MST (UTC-7) all year: the same instants. Window Rock (the Navajo Nation)
// keeps daylight time: MDT, UTC-6, an hour off Phoenix in March.
// Found and fixed: `Hora`/`Minuto`, `Stunde`/`Minute`, `Heure`/`Minute`, `Uur`/`Minuut`, `Hour
// (24h)`/`Minute` held (hour-minute-columns.ts); `verschoben von 15.3.` sent cancelled (its date's
// closing dot read as a word: status-vocabulary.ts, move-words.ts); `Locum Dr` / `Dr. Locum` sent
// as a provider so named (service-resources.ts); the practice's `office@…` on every patient sent
// as each one's e-mail (shared-emails.ts); `CAN` codes over `Scheduled` read by the words
// (recognize.ts codesAgreeWithWords); a site `Window Rock, AZ` held as a walk-in window
// (row-defaults.ts).
import { describe, expect, it } from 'vitest';
import { NO_EMAIL } from '../../../main/model/appointment.ts';
import { collect } from '../convert/support.ts';
import { exportFiles } from './export-files.ts';
import { expectNoWrong, MARCH, obiAt, type Want } from './start-probes.ts';
import {
  APPT,
  type Cols,
  DATE,
  DOB,
  held,
  lines,
  PATIENT,
  PID,
  PROVIDER,
  providerJudge,
  providerOnObi,
  type Run,
  TIME,
} from './three-row-probes.ts';

const files = exportFiles('redteam-round-64c');
const LA = 'America/Los_Angeles';
const run = (cols: Cols, timeZone = LA, title: string[] = []): Promise<Run> =>
  collect(files.write(lines(cols, title)), { timeZone }).catch(() => 'refused' as const);
const same = (v: string): string[] => [v, v, v];
const OTHERS: Cols = [PATIENT, DOB, PID, PROVIDER, APPT];
const NAMES = ['Hollis', 'Obi', 'Lindqvist'];

// ---------------------------------------------------------------------------------------------
// A. Hour and minute columns in other languages
// ---------------------------------------------------------------------------------------------
describe('A. hour and minute columns in other languages', () => {
  const H = ['9', '10', '13'];
  const M = ['00', '00', '30'];
  const hm = (hour: [string, string[]], minute: [string, string[]], extra: Cols = []): Cols => [
    DATE,
    hour,
    minute,
    ...extra,
    ...OTHERS,
  ];
  const MORNING: Want = ['2027-03-22T16:00', '2027-03-22T17:00', '2027-03-23T18:30'];
  // A 24-hour clock (13 among the hours, or the header says 24h): sent as written, nothing asked.
  it.each<[string, Cols, Want]>([
    ['Hora / Minuto', hm(['Hora', H], ['Minuto', M]), MARCH],
    ['HORA / MINUTO', hm(['HORA', H], ['MINUTO', M]), MARCH],
    ['Stunde / Minute', hm(['Stunde', H], ['Minute', M]), MARCH],
    ['Heure / Minute', hm(['Heure', H], ['Minute', M]), MARCH],
    ['Uur / Minuut', hm(['Uur', H], ['Minuut', M]), MARCH],
    ['Ora / Minuto', hm(['Ora', H], ['Minuto', M]), MARCH],
    ['Hour (24h) / Minute', hm(['Hour (24h)', H], ['Minute', M]), MARCH],
    ['Start Hour (24h) / Start Minute', hm(['Start Hour (24h)', H], ['Start Minute', M]), MARCH],
    ['Hour (24h) with morning hours only', hm(['Hour (24h)', ['9', '10', '11']], ['Minute', M]), MORNING],
    ['Stunde (24h) with morning hours only', hm(['Stunde (24h)', ['9', '10', '11']], ['Minute', M]), MORNING],
    [
      'Hora / Minuto, minute 5 is :05',
      hm(['Hora', H], ['Minuto', ['5', '0', '30']]),
      ['2027-03-22T16:05', MARCH[1]!, MARCH[2]!],
    ],
  ])('%s: sent as written', async (_what, cols, want) => {
    await expectNoWrong(run(cols), want, true);
  });
  // Hours of 1 to 12 alone under a bare header may have lost their AM/PM; an hour cell with words
  // of the half day, or a column of another hour, leaves which hour unsure: asked.
  it.each<[string, Cols]>([
    ['Stunde / Minute, morning hours only', hm(['Stunde', ['9', '10', '11']], ['Minute', M])],
    ['Hora / Minuto, hours 9, 10, 1', hm(['Hora', ['9', '10', '1']], ['Minuto', M])],
    ['Hora holding 9 AM beside Minuto', hm(['Hora', ['9 AM', '10 AM', '1 PM']], ['Minuto', M])],
    ['Heure holding 13:00 beside Minute', hm(['Heure', ['9:00', '10:00', '13:00']], ['Minute', M])],
    [
      'Heure / Minute with an AM/PM column',
      hm(['Heure', ['9', '10', '1']], ['Minute', M], [['AM/PM', ['AM', 'AM', 'PM']]]),
    ],
  ])('%s: asked', async (_what, cols) => {
    expect(held(await run(cols))).toBe(true);
  });
  // Neither wrong: held, or the right start; a row the pair cannot read is not sent.
  it.each<[string, Cols, Want]>([
    [
      'Hora / Minuto beside an Hora llegada',
      hm(['Hora', H], ['Minuto', M], [['Hora llegada', ['8', '9', '13']]]),
      MARCH,
    ],
    ['Obi minuto 60', hm(['Hora', H], ['Minuto', ['00', '60', '30']]), obiAt(null)],
    ['Obi Stunde 24', hm(['Stunde', ['9', '24', '13']], ['Minute', M]), obiAt(null)],
    [
      'Hora of whole times beside a Minutos duration',
      [DATE, ['Hora', TIME[1]], ['Minutos', ['30', '45', '60']], ...OTHERS],
      MARCH,
    ],
  ])('%s: no wrong send', async (_what, cols, want) => {
    await expectNoWrong(run(cols), want);
  });
  it("a Spanish 'Hora' of whole times, no minute column: sent as before", async () => {
    await expectNoWrong(run([DATE, ['Hora', TIME[1]], ...OTHERS]), MARCH, true);
  });
});

// ---------------------------------------------------------------------------------------------
// B. Moved from / moved to in German, Dutch, Italian and Portuguese
// ---------------------------------------------------------------------------------------------
describe('B. move words', () => {
  const withStatus = (obi: string): Cols => [
    DATE,
    TIME,
    ...OTHERS,
    ['Status', ['Scheduled', obi, 'Scheduled']],
  ];
  /** Obi's row: 'NEW', 'CANCEL', 'held' (the file asked), 'error' (a row error on line 3). */
  const obi = (r: Run): string => {
    if (held(r)) return 'held';
    if (r === 'refused') return 'held';
    const a = r.appointments.find((x) => x.patient.lastName === 'Obi');
    if (a) return a.status;
    return r.errors.some((e) => e.line === 3 && e.field === 'status') ? 'error' : 'lost';
  };
  // Moved FROM another day (15 March): this row is the visit's new slot, booked.
  it.each([
    'verschoben von 15.3.',
    'Verschoben von 15.03.',
    'verschoben von 15.3. (Patient)',
    'verlegt vom 15.3.',
    'verplaatst van 15-3',
    'spostato dal 15/3',
    'spostato da 15/3',
    'remarcado de 15/3',
  ])("'%s': booked", async (word) => {
    expect(obi(await run(withStatus(word)))).toBe('NEW');
  });
  // Moved TO another day: this row's slot is the one left, cancelled (as `Rescheduled to 3/29`).
  it.each(['verschoben auf 29.3.', 'verplaatst naar 29-3', 'Rescheduled to 3/29.'])(
    "'%s': cancelled",
    async (word) => {
      expect(obi(await run(withStatus(word)))).toBe('CANCEL');
    },
  );
  // From or to the row's own day (22 March): which slot the row is, is not sure.
  it.each(['verschoben von 22.3.', 'verschoben auf 22.3.'])("'%s': not sent", async (word) => {
    expect(['held', 'error']).toContain(obi(await run(withStatus(word))));
  });
  // A question, or a cancellation after the move: never booked on it.
  it.each(['verschoben von 15.3.?', 'verschoben von 15.3. - abgesagt'])(
    "'%s': never booked",
    async (word) => {
      expect(['held', 'error', 'CANCEL']).toContain(obi(await run(withStatus(word))));
    },
  );
  it("'verschoben' alone: the slot left, cancelled as before", async () => {
    expect(obi(await run(withStatus('verschoben')))).toBe('CANCEL');
  });
});

// ---------------------------------------------------------------------------------------------
// C. A locum with a title and no name
// ---------------------------------------------------------------------------------------------
describe('C. providers: a title beside a role', () => {
  it.each([
    'Locum Dr',
    'Dr. Locum',
    'DR LOCUM',
    'Dr Resident',
    'Registrar Dr',
    'Dra. Locum',
    'Dr. Locum (covering)',
  ])("'%s' names no one: Unassigned", async (cell) => {
    expect(providerJudge(await run(providerOnObi(cell)))).toBe('unassigned');
  });
  // A person's name beside the title or the role: the person goes.
  it.each(['Dr. Anna Locum', 'Locum, Anna', 'Dr Lab', 'Dr. Patel', 'Locum Dr Smith'])(
    "'%s' names someone: a provider",
    async (cell) => {
      const p = providerJudge(await run(providerOnObi(cell)));
      expect(p).not.toBe('unassigned');
      expect(p).not.toBe('');
    },
  );
});

// ---------------------------------------------------------------------------------------------
// D. One address on the patients of many families: the practice's
// ---------------------------------------------------------------------------------------------
describe("D. e-mails shared across a file's patients", () => {
  const withMail = (names: string[], mails: string[], extra: Cols = []): Cols => [
    DATE,
    TIME,
    ['Patient', names],
    DOB,
    PID,
    PROVIDER,
    APPT,
    ['Email', mails],
    ...extra,
  ];
  /** The three rows' e-mails as sent (null: no e-mail), or 'held'. */
  const mails = (r: Run): Array<string | null> | 'held' => {
    if (held(r) || r === 'refused') return 'held';
    return r.appointments.map((a) => (a.patient.email === NO_EMAIL ? null : a.patient.email));
  };
  // Three families, one address: no one's own, sent as none.
  it.each([
    same('office@drpatel.com'),
    same('info@drpatel.com'),
    same('hello@sunrisepeds.com'),
    ['Office@DrPatel.com', 'office@drpatel.com', 'OFFICE@DRPATEL.COM'],
    ['mailto:office@drpatel.com', 'office@drpatel.com', 'office@drpatel.com'],
  ])("'%s' on three families: no e-mail", async (...cells) => {
    expect(mails(await run(withMail(PATIENT[1], cells)))).toEqual([null, null, null]);
  });
  it('separate Last / First columns, three families: no e-mail', async () => {
    const cols: Cols = [
      DATE,
      TIME,
      ['Last Name', NAMES],
      ['First Name', ['Grace', 'Adaeze', 'Sven']],
      DOB,
      PID,
      PROVIDER,
      APPT,
      ['Email', same('office@drpatel.com')],
    ];
    expect(mails(await run(cols))).toEqual([null, null, null]);
  });
  // A family's address: siblings of one name, a parent's name joined to a child's.
  it.each<[string, string[], string[], Array<string | null>]>([
    [
      'three siblings of one family name',
      ['Hollis, Grace', 'Hollis, Tom', 'Hollis, Amy'],
      same('mom@example.com'),
      same('mom@example.com'),
    ],
    [
      'a hyphenated name joining two',
      ['Garcia, Ana', 'Garcia-Lopez, Luis', 'Lopez, Maria'],
      same('familia@example.com'),
      same('familia@example.com'),
    ],
    [
      'two of one family and another own',
      ['Hollis, Grace', 'Hollis, Tom', 'Lindqvist, Sven'],
      ['mom@example.com', 'mom@example.com', 'sven.l@example.com'],
      ['mom@example.com', 'mom@example.com', 'sven.l@example.com'],
    ],
    [
      'two families sharing one (a stepfamily)',
      ['Hollis, Grace', 'Obi, Tom', 'Lindqvist, Sven'],
      ['mom@example.com', 'mom@example.com', 'sven.l@example.com'],
      ['mom@example.com', 'mom@example.com', 'sven.l@example.com'],
    ],
    [
      'every patient their own',
      PATIENT[1],
      ['grace@example.com', 'adaeze@example.com', 'sven@example.com'],
      ['grace@example.com', 'adaeze@example.com', 'sven@example.com'],
    ],
  ])('%s: sent as written', async (_what, names, cells, want) => {
    expect(mails(await run(withMail(names, cells)))).toEqual(want);
  });
  it('one patient on three visits with their own address: sent', async () => {
    const one = same('Hollis, Grace');
    const r = await run([
      DATE,
      TIME,
      ['Patient', one],
      ['DOB', same('06/02/1970')],
      ['Patient ID', same('100415')],
      PROVIDER,
      APPT,
      ['Email', same('grace@example.com')],
    ]);
    expect(mails(r)).toEqual(same('grace@example.com'));
  });
});

// ---------------------------------------------------------------------------------------------
// E. Status codes that are short status words, beside the words
// ---------------------------------------------------------------------------------------------
describe('E. status codes beside their words', () => {
  const pair = (codes: string[], words: string[]): Cols => [
    DATE,
    TIME,
    ...OTHERS,
    ['Appt Status Cd', codes],
    ['Appt Status Desc', words],
  ];
  const statuses = (r: Run): string => {
    if (held(r) || r === 'refused') return 'held';
    return NAMES.map((n) => r.appointments.find((a) => a.patient.lastName === n)?.status ?? '-').join(' ');
  };
  // The codes spell the other rows' words: one of the two columns is wrong, which is not written.
  it.each<[string, string[], string[]]>([
    [
      'CAN over Scheduled, SCH over Cancelled',
      ['CAN', 'SCH', 'CAN'],
      ['Scheduled', 'Cancelled', 'Scheduled'],
    ],
    ['SCH over Cancelled on one row', ['SCH', 'SCH', 'SCH'], ['Scheduled', 'Cancelled', 'Scheduled']],
    ['CNL over Scheduled', ['CNL', 'SCH', 'SCH'], ['Scheduled', 'Cancelled', 'Scheduled']],
    ['CANC over Booked', ['BKD', 'BKD', 'CANC'], ['Booked', 'Cancelled', 'Booked']],
  ])('%s: asked', async (_what, codes, words) => {
    expect(statuses(await run(pair(codes, words)))).toBe('held');
  });
  // Codes that agree with the words, or say nothing alone: the words are read.
  it.each<[string, string[], string[], string]>([
    ['SCH / CAN agreeing', ['SCH', 'CAN', 'SCH'], ['Scheduled', 'Cancelled', 'Scheduled'], 'NEW CANCEL NEW'],
    [
      'CONF / CANC agreeing',
      ['CONF', 'CANC', 'CONF'],
      ['Confirmed', 'Cancelled', 'Confirmed'],
      'NEW CANCEL NEW',
    ],
    ['CNL agreeing', ['SCH', 'CNL', 'SCH'], ['Scheduled', 'Cancelled', 'Scheduled'], 'NEW CANCEL NEW'],
    ['numbers', ['1', '3', '1'], ['Booked', 'Cancelled', 'Booked'], 'NEW CANCEL NEW'],
    ['one letter for two words', ['C', 'C', 'S'], ['Confirmed', 'Cancelled', 'Scheduled'], 'NEW CANCEL NEW'],
  ])('%s: the words', async (_what, codes, words, want) => {
    expect(statuses(await run(pair(codes, words)))).toBe(want);
  });
});

// ---------------------------------------------------------------------------------------------
// F. A town whose name holds an off-book word
// ---------------------------------------------------------------------------------------------
describe('F. sites', () => {
  const PHX = 'America/Phoenix';
  const starts = (r: Run): string[] | 'held' =>
    held(r) || r === 'refused' ? 'held' : r.appointments.map((a) => a.start.toISOString().slice(0, 16));
  it("'Window Rock, AZ' under a start header naming Phoenix's clock: sent on it", async () => {
    const r = await run(
      [DATE, ['Start Time (America/Phoenix)', TIME[1]], ...OTHERS, ['Site', same('Window Rock, AZ')]],
      PHX,
    );
    expect(starts(r)).toEqual(MARCH);
  });
  // Window Rock keeps daylight time, Phoenix does not: which clock the times are on is asked.
  it("'Window Rock, AZ' at a Phoenix practice, no clock named: asked", async () => {
    expect(starts(await run([DATE, TIME, ...OTHERS, ['Site', same('Window Rock, AZ')]], PHX))).toBe('held');
  });
  // A walk-in window, and a town with no state: still asked.
  it.each(['Walk-in Window', 'Clinic Window', 'Lab Window'])("Site '%s': asked", async (site) => {
    expect(starts(await run([DATE, TIME, ...OTHERS, ['Site', same(site)]]))).toBe('held');
  });
  it("'Flagstaff, AZ' at a Phoenix practice: sent", async () => {
    expect(starts(await run([DATE, TIME, ...OTHERS, ['Site', same('Flagstaff, AZ')]], PHX))).toEqual(MARCH);
  });
});
