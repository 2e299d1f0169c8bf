// The corpus's own machinery must be able to fail: expectedUtc against hand-computed instants
// (DST edges included) and judgeOutcome against synthetic importer output that is right, held,
// wrong in one field, a midnight fallback, a row-number id, or an unexpected extra row.
import { describe, expect, it } from 'vitest';
import type { Appointment } from '../../../main/model/appointment.ts';
import type { ImportItem, ImportSummary } from '../../../main/model/import-summary.ts';
import { checkAnswers, expectedUtc, type ExpectedAnswers, type ExpectedLayout } from './expected.ts';
import { judgeOutcome } from './judge.ts';
import { answerProblems } from './judge-answered.ts';

describe('expectedUtc (hand-computed)', () => {
  it.each([
    ['2027-03-01T09:30', 'America/Chicago', '2027-03-01T15:30:00.000Z'], // CST, UTC-6
    ['2027-03-15T09:30', 'America/Chicago', '2027-03-15T14:30:00.000Z'], // CDT after 14 March
    ['2027-03-15T08:30', 'America/Phoenix', '2027-03-15T15:30:00.000Z'], // MST all year
    ['2027-03-02T09:00', 'Pacific/Auckland', '2027-03-01T20:00:00.000Z'], // NZDT, UTC+13
    ['2027-04-06T09:00', 'Pacific/Auckland', '2027-04-05T21:00:00.000Z'], // NZST after 4 April
    ['2027-03-05T16:10', 'Australia/Adelaide', '2027-03-05T05:40:00.000Z'], // ACDT, UTC+10:30
    ['2027-03-29T09:00', 'Europe/London', '2027-03-29T08:00:00.000Z'], // BST after 28 March
    ['2027-03-01T09:30', 'Asia/Kolkata', '2027-03-01T04:00:00.000Z'], // IST, UTC+5:30
  ])('%s in %s is %s', (local, zone, utc) => {
    expect(expectedUtc(local, zone)).toBe(utc);
  });
});

const layout: ExpectedLayout = {
  name: 'self-test',
  file: 'x.csv',
  timeZone: 'America/Chicago',
  system: 'synthetic',
  source: 'none',
  notes: 'none',
  rows: [
    {
      line: 2,
      expect: 'appointment',
      appointmentId: null,
      patientId: 'P1',
      firstName: 'Sean',
      lastName: "O'Brien",
      dob: '1977-06-09',
      local: '2027-03-01T09:00',
      status: 'NEW',
    },
    { line: 3, expect: 'not-a-row', why: 'footer' },
  ],
};

function appt(over: Partial<Appointment> = {}, patient: Partial<Appointment['patient']> = {}): Appointment {
  return {
    practiceId: 'p',
    appointmentId: 'A-1f2e3d',
    status: 'NEW',
    type: '',
    description: '',
    start: new Date('2027-03-01T15:00:00.000Z'),
    location: '',
    patient: {
      patientId: 'P1',
      firstName: 'Sean',
      lastName: "O'Brien",
      dob: '1977-06-09',
      email: '',
      ...patient,
    },
    participant: { type: 'PROVIDER', identifier: 'x', providerName: 'x' },
    ...over,
  };
}
const summary = (doubts: ImportSummary['doubts'] = []): ImportSummary => ({
  rowsRead: 2,
  appointments: 1,
  byStatus: { NEW: 1, UPDATE: 0, CANCEL: 0 },
  skipped: 0,
  errors: 0,
  doubts,
});
const one = (a: Appointment): ImportItem[] => [{ kind: 'appointment', line: 2, appointment: a }];

describe('judgeOutcome', () => {
  it('right when every field matches and the footer yields nothing', () => {
    const r = judgeOutcome(layout, one(appt()), summary(), 500);
    expect([r.right, r.held, r.wrong]).toEqual([2, 0, 0]);
  });

  it('held (all rows) when the summary carries doubts', () => {
    const d = { kind: 'status' as const, message: 'unknown', samples: ['X7'], question: 'booked?' };
    const r = judgeOutcome(layout, one(appt({ status: 'CANCEL' })), summary([d]), 500);
    expect([r.right, r.held, r.wrong]).toEqual([0, 2, 0]);
  });

  it('wrong with the differing field named: a day off, midnight, a status, a name in capitals', () => {
    const cases: Array<[Appointment, string]> = [
      [appt({ start: new Date('2027-01-03T15:00:00.000Z') }), 'start'],
      [appt({ start: new Date('2027-03-01T06:00:00.000Z') }), 'start'],
      [appt({ status: 'CANCEL' }), 'status'],
      [appt({}, { lastName: "O'BRIEN" }), 'lastName'],
      [appt({}, { dob: '1977-09-06' }), 'dob'],
      [appt({}, { patientId: 'P-9' }), 'patientId'],
    ];
    for (const [a, field] of cases) {
      const r = judgeOutcome(layout, one(a), summary(), 500);
      expect(r.wrong).toBe(1);
      expect(r.rows[0]!.diffs[0]).toMatch(new RegExp(`^${field}:`));
    }
  });

  it('wrong when a derived id is a bare row number or is shared by two rows', () => {
    expect(judgeOutcome(layout, one(appt({ appointmentId: '1' })), summary(), 500).wrong).toBe(1);
    const twice: ImportItem[] = [...one(appt()), { kind: 'appointment', line: 3, appointment: appt() }];
    const r = judgeOutcome(layout, twice, summary(), 500);
    expect(r.rows.find((x) => x.line === 2)!.diffs.join()).toMatch(/more than one row/);
    expect(r.rows.find((x) => x.line === 3)!.verdict).toBe('wrong'); // the footer became a row
  });

  it('wrong when a must-hold file was sent, however plausible its rows', () => {
    const r = judgeOutcome({ ...layout, mustHold: 'unknown status' }, one(appt()), summary(), 500);
    expect(r.rows[0]!.verdict).toBe('wrong');
  });

  // The same visit on two lines (a reminder service's row per reminder): it goes once, from
  // either line; twice, or not at all, is wrong.
  describe('an appointment listed twice (sameAs)', () => {
    const twice: ExpectedLayout = {
      ...layout,
      rows: [layout.rows[0]!, { line: 3, expect: 'skip', sameAs: 2, why: 'reminded again' }],
    };
    const on = (line: number, a = appt()): ImportItem => ({ kind: 'appointment', line, appointment: a });
    const skipped = (line: number): ImportItem => ({ kind: 'skipped', line, reason: 'the same appointment' });

    it('right from the first line or from the second', () => {
      expect(judgeOutcome(twice, [on(2), skipped(3)], summary(), 500).wrong).toBe(0);
      expect(judgeOutcome(twice, [skipped(2), on(3)], summary(), 500).wrong).toBe(0);
    });

    it('right when both lines carry it under one id and patient: the engine sends it once', () => {
      expect(judgeOutcome(twice, [on(2), on(3)], summary(), 500).wrong).toBe(0);
      // A third line under that id is another visit on it: wrong.
      const third: ExpectedLayout = { ...twice, rows: [...twice.rows, { ...layout.rows[0]!, line: 4 }] };
      const r = judgeOutcome(third, [on(2), on(3), on(4)], summary(), 500);
      expect(r.rows.find((x) => x.line === 2)!.diffs.join()).toMatch(/more than one row/);
    });

    it('wrong when sent from both lines as two appointments, from neither, or with another start', () => {
      expect(
        judgeOutcome(twice, [on(2), on(3, appt({ appointmentId: 'A-2' }))], summary(), 500).wrong,
      ).toBeGreaterThan(0);
      expect(judgeOutcome(twice, [skipped(2), skipped(3)], summary(), 500).wrong).toBe(1);
      const late = appt({ start: new Date('2027-03-01T16:00:00.000Z') });
      expect(judgeOutcome(twice, [skipped(2), on(3, late)], summary(), 500).wrong).toBe(1);
    });
  });

  it('wrong when an appointment appears on a line nobody expected', () => {
    const extra: ImportItem[] = [
      ...one(appt()),
      { kind: 'appointment', line: 9, appointment: appt({ appointmentId: 'A-2' }) },
    ];
    const r = judgeOutcome(layout, extra, summary(), 500);
    expect(r.rows.some((x) => x.line === 9 && x.verdict === 'wrong')).toBe(true);
  });
});

describe('answers (expected.json): a typo fails, never passes', () => {
  const ok = { why: 'the vendor says so', statusWords: { Umgebucht: 'cancel' as const } };
  it('takes well-formed answers', () => {
    expect(() => checkAnswers('self-test', ok)).not.toThrow();
    expect(() => checkAnswers('self-test', { why: 'w', columns: { appointmentId: null } })).not.toThrow();
  });

  it.each([
    [{ ...ok, why: '' }, /why is required/],
    [{ ...ok, statusword: {} }, /unknown key 'statusword'/],
    [{ why: 'w', columns: { appointmentID: 'Appt #' } }, /'appointmentID' is not an appointment field/],
    [{ why: 'w', statusWords: { Umgebucht: 'cancelled' } }, /'cancelled' is not new\/cancel\/skip/],
    [{ why: 'w', dateOrder: 'DDMM' }, /dateOrder 'DDMM'/],
    [{ why: 'w', nameOrder: 'family-first' }, /nameOrder 'family-first'/],
    [{ why: 'w' }, /no answer given/],
    [{ why: 'w', unanswerable: 'cut', columns: {} }, /gives no other answer/],
  ])('%j is refused', (answers, message) => {
    expect(() => checkAnswers('self-test', answers as unknown as ExpectedAnswers)).toThrow(message);
  });

  it('an answer the review would not take (a header the file lacks, a word not asked) is a problem', () => {
    const asks = { dateOrder: false, nameOrder: false };
    expect(answerProblems(ok, ['Status'], ['Umgebucht'], asks)).toEqual([]);
    expect(answerProblems({ why: 'w', columns: { patientId: 'Acct' } }, ['Acct #'], [], asks)[0]).toMatch(
      /no column 'Acct'/,
    );
    expect(answerProblems(ok, ['Status'], ['Verschoben'], asks)[0]).toMatch(/'Umgebucht' was not asked/);
    expect(answerProblems({ why: 'w', dateOrder: 'DMY' }, [], [], asks)[0]).toMatch(/not asked/);
  });
});
