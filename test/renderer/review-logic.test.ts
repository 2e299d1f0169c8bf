// The review's pure parts: which questions a held file's doubts ask, what is still unanswered,
// the answers as the service takes them, and the route the main process opens the review with.
import { describe, expect, it } from 'vitest';
import type { Doubt } from '../../renderer/shared/types.ts';
import {
  afterNoonWords,
  asksAfterNoon,
  asksNameOrder,
  asksBlankDate,
  asksMarkedUtc,
  asksMidnightUntimed,
  asksLocationZones,
  reviewAnswers,
  unanswered,
  uncertainFields,
  unknownStatusWords,
} from '../../renderer/settings/review-answers.ts';
import { reviewFromHash, windowFromHash } from '../../renderer/shared/route.ts';
import { reviewRoute } from '../../preload/ipc-contract.ts';
import { reviewWords, statusHeadline } from '../../renderer/history/status-banner.tsx';

function doubt(kind: Doubt['kind'], over: Partial<Doubt> = {}): Doubt {
  return { kind, message: 'm', samples: [], question: 'q', ...over };
}

const umgebucht = doubt('status', { samples: ['Umgebucht', ' Verschoben '] });
const again = doubt('status', { samples: ['Umgebucht'] });
const dates = doubt('date-order', { samples: ['03/04/2027'] });
const rowCounter = doubt('appointment-id', { column: 'Row' });
const column = doubt('column', { field: 'patientId' });
const identity = doubt('identity');

describe('review questions from doubts', () => {
  it('asks each unknown status word once, trimmed', () => {
    expect(unknownStatusWords([umgebucht, again, dates])).toEqual(['Umgebucht', 'Verschoben']);
  });

  it.each([
    [[identity], {}, []],
    [[dates], {}, ['how the dates are written']],
    [[dates], { dateOrder: 'MDY' as const }, []],
    [[umgebucht], { status: { Umgebucht: 'cancel' as const } }, ['what ‘Verschoben’ means']],
    [
      [umgebucht, dates],
      {},
      ['what ‘Umgebucht’ means', 'what ‘Verschoben’ means', 'how the dates are written'],
    ],
  ])('%j with %j still needs %j', (doubts, given, expected) => {
    expect(unanswered(doubts, { status: {}, ...given })).toEqual(expected);
  });

  it('a cancellation written in a note is asked as a word, its text sent as answered', () => {
    // The service keeps it for that column and text (note-statuses.ts withNoteStatus).
    const note = doubt('status', {
      check: 'off-book-text',
      column: 'Notes',
      samples: ['CANCELLED - pt called 3/15'],
    });
    expect(unknownStatusWords([note])).toEqual(['CANCELLED - pt called 3/15']);
    expect(unanswered([note], { status: {} })).toEqual(['what ‘CANCELLED - pt called 3/15’ means']);
    expect(reviewAnswers([note], { status: { 'CANCELLED - pt called 3/15': 'cancel' } })).toMatchObject({
      statusWords: [{ word: 'CANCELLED - pt called 3/15', meaning: 'cancel' }],
    });
  });

  it('sends only the answers the doubts asked for', () => {
    const answers = {
      status: { Umgebucht: 'cancel' as const, Verschoben: 'new' as const, Stale: 'skip' as const },
      dateOrder: 'DMY' as const,
    };
    expect(reviewAnswers([umgebucht, dates], answers)).toEqual({
      statusWords: [
        { word: 'Umgebucht', meaning: 'cancel' },
        { word: 'Verschoben', meaning: 'new' },
      ],
      dateOrder: 'DMY',
    });
    // No date question in this file: a stray date answer is not sent.
    expect(reviewAnswers([umgebucht], answers)).toEqual({
      statusWords: [
        { word: 'Umgebucht', meaning: 'cancel' },
        { word: 'Verschoben', meaning: 'new' },
      ],
    });
    expect(reviewAnswers([identity], answers)).toEqual({});
  });

  it('asks the name order where a name doubt offers it, and sends the answer only then', () => {
    const familyFirst = doubt('column', { check: 'family-first', field: 'patientName' });
    const withInitial = doubt('column', { check: 'name-order', field: 'patientName' });
    const twoSurnames = doubt('column', { check: 'two-surnames', field: 'patientName' });
    expect([familyFirst, withInitial, twoSurnames].map((d) => asksNameOrder([d]))).toEqual([
      true,
      true,
      false,
    ]);
    const given = { status: {}, nameOrder: 'last-first' as const };
    expect(reviewAnswers([familyFirst], given)).toEqual({ nameOrder: 'last-first' });
    // Two surnames are not settled by an order: a stray answer is not sent.
    expect(reviewAnswers([twoSurnames], given)).toEqual({});
  });

  it('asks about blank dates where a date-gaps doubt does, and sends only "the day above"', () => {
    const dateGaps = doubt('column', { check: 'date-gaps', field: 'date' });
    const providerGaps = doubt('column', { check: 'provider-gaps', field: 'providerName' });
    expect([dateGaps, providerGaps].map((d) => asksBlankDate([d]))).toEqual([true, false]);
    expect(reviewAnswers([dateGaps], { status: {}, blankDate: 'above' })).toEqual({ blankDate: 'above' });
    // Leaving the rows out is what confirming does anyway: nothing to keep.
    expect(reviewAnswers([dateGaps], { status: {}, blankDate: 'left-out' })).toEqual({});
    // A stray answer where no date is blank is not sent.
    expect(reviewAnswers([providerGaps], { status: {}, blankDate: 'above' })).toEqual({});
    // Not a required answer: confirming without it leaves the rows out, as before.
    expect(unanswered([dateGaps], { status: {} })).toEqual([]);
  });

  // The twelve-hour answer: hours written without AM/PM that are after noon.
  it('offers hours after noon where a twelve-hour doubt shows them, and sends a range in order only then', () => {
    const afternoon = doubt('start-time', {
      check: 'twelve-hour-clock',
      field: 'time',
      column: 'Appt Time',
      plainHours: { from: 1, to: 4 },
    });
    const minutes = doubt('start-time', { check: 'twelve-hour-clock', field: 'time', column: 'Appt Time' });
    expect(asksAfterNoon([afternoon])).toEqual({ column: 'Appt Time', from: 1, to: 4 });
    // '540' read as minutes after midnight: no hours to offer.
    expect(asksAfterNoon([minutes])).toBeUndefined();
    const given = { status: {}, afterNoon: { from: 1, to: 6 } };
    expect(reviewAnswers([afternoon], given)).toEqual({ afterNoon: { column: 'Appt Time', from: 1, to: 6 } });
    expect(reviewAnswers([minutes], given)).toEqual({});
    // 6 to 1 says nothing: not sent, and the button says what is missing.
    const backwards = { status: {}, afterNoon: { from: 6, to: 1 } };
    expect(reviewAnswers([afternoon], backwards)).toEqual({});
    expect(unanswered([afternoon], backwards)).toEqual([
      'which hours are after noon (the first not after the last)',
    ]);
    expect(unanswered([afternoon], given)).toEqual([]);
    expect(afterNoonWords({ from: 1, to: 6 })).toBe('1:00 to 6:59 after noon; 7:00 to 11:59 before noon');
    expect(afterNoonWords({ from: 8, to: 11 })).toBe('8:00 to 11:59 after noon; 1:00 to 7:59 asked again');
  });

  // Times written as UTC at odd hours: really UTC, or the practice's own clock marked UTC.
  it('asks of times marked UTC, requires one of the two readings, and sends it for the column asked', () => {
    const night = doubt('start-time', { check: 'utc-night', field: 'dateTime', column: 'start' });
    expect(asksMarkedUtc([night])).toBe('start');
    expect(asksMarkedUtc([dates, umgebucht])).toBeUndefined();
    // Neither reading is a default: confirming waits for one.
    expect(unanswered([night], { status: {} })).toEqual([
      'whether the times marked UTC are UTC or the practice’s own clock',
    ]);
    const local = { status: {}, markedUtc: 'local' as const };
    expect(unanswered([night], local)).toEqual([]);
    expect(reviewAnswers([night], local)).toEqual({ markedUtc: { column: 'start', reading: 'local' } });
    expect(reviewAnswers([night], { status: {}, markedUtc: 'utc' })).toEqual({
      markedUtc: { column: 'start', reading: 'utc' },
    });
    // An answer left over from another file's review is not sent for a file that did not ask.
    expect(reviewAnswers([dates], local)).toEqual({});
  });

  it('asks of starts at midnight only where no time can be answered, requires a reading, sends no-time for its column', () => {
    const offered = doubt('start-time', {
      check: 'midnight',
      field: 'time',
      column: 'Appt Time',
      midnightUntimed: true,
    });
    const night = doubt('start-time', { check: 'midnight', field: 'time', column: 'Appt Time' });
    expect(asksMidnightUntimed([offered])).toBe('Appt Time');
    // Starts at night (a sleep lab) or midnight alone: the choice is not offered.
    expect(asksMidnightUntimed([night])).toBeUndefined();
    expect(unanswered([night], { status: {} })).toEqual([]);
    // Neither reading is a default where it is offered.
    expect(unanswered([offered], { status: {} })).toEqual([
      'whether the starts at midnight are real or visits saved without a time',
    ]);
    const noTime = { status: {}, midnight: 'no-time' as const };
    expect(unanswered([offered], noTime)).toEqual([]);
    expect(reviewAnswers([offered], noTime)).toEqual({ midnightUntimed: { column: 'Appt Time' } });
    // Real midnight is what confirming as read says: nothing more is sent.
    expect(reviewAnswers([offered], { status: {}, midnight: 'midnight' })).toEqual({});
    // Left over from another file's review, it is not sent for a file that does not offer it.
    expect(reviewAnswers([night], noTime)).toEqual({});
  });

  it('asks each location on another clock for its clock, picks none, sends only zones offered', () => {
    const located = doubt('time-zone', {
      check: 'location-zone',
      subjects: ['Bowling Green - Scottsville Rd', 'Louisville - Bardstown Rd'],
      zoneChoices: ['America/Chicago', 'America/New_York'],
    });
    expect(asksLocationZones([located]).map((l) => l.location)).toEqual([
      'Bowling Green - Scottsville Rd',
      'Louisville - Bardstown Rd',
    ]);
    expect(unanswered([located], { status: {} })).toEqual([
      'which clock ‘Bowling Green - Scottsville Rd’ keeps',
      'which clock ‘Louisville - Bardstown Rd’ keeps',
    ]);
    const given = {
      status: {},
      locationZones: {
        'Bowling Green - Scottsville Rd': 'America/Chicago',
        'Louisville - Bardstown Rd': 'practice',
      },
    };
    expect(unanswered([located], given)).toEqual([]);
    // The practice's clock is what confirming says: only the zone of its own is sent.
    expect(reviewAnswers([located], given)).toEqual({
      locationZones: [{ location: 'Bowling Green - Scottsville Rd', zone: 'America/Chicago' }],
    });
    // A zone the question did not offer, or a location it did not ask about, is not sent.
    expect(
      reviewAnswers([located], {
        status: {},
        locationZones: { 'Bowling Green - Scottsville Rd': 'Asia/Tokyo' },
      }),
    ).toEqual({});
    expect(reviewAnswers([], given)).toEqual({});
  });

  it('marks the columns in doubt (an id doubt without a field is the appointment id)', () => {
    expect([...uncertainFields([rowCounter, column, dates, umgebucht])].sort()).toEqual([
      'appointmentId',
      'patientId',
    ]);
  });
});

describe('review route', () => {
  it('main builds it, the renderer reads it back, with any characters in the practice name', () => {
    const review = { practice: 'Dr. Müller & Söhne #2', jobId: '20270330-130000-aaaaaa' };
    const hash = `#${reviewRoute(review)}`;
    expect(windowFromHash(hash)).toBe('settings');
    expect(reviewFromHash(hash)).toEqual(review);
  });

  it.each(['#settings', '#history?practice=A&job=1', '#settings?practice=A', '#settings?job=1', ''])(
    '%s is not a review',
    (hash) => expect(reviewFromHash(hash)).toBeNull(),
  );
});

describe('status headline with files held for review', () => {
  const base = { paused: false, problems: [] };
  it.each([
    ['idle', 1, 'warn', 'Needs attention'],
    ['working', 2, 'warn', 'Needs attention'],
    ['idle', 0, 'good', 'All well'],
    ['error', 1, 'bad', 'Not working'],
  ] as const)('%s with %i held → %s “%s”', (state, held, tone, title) => {
    const h = statusHeadline({ ...base, state, counts: { sentToday: 0, queued: 0, failed: 0, held } });
    expect(h).toMatchObject({ tone, title });
  });

  it('says how many files wait, in plain words', () => {
    expect(reviewWords(1)).toBe('1 file is waiting for you to check how it is read.');
    expect(reviewWords(3)).toBe('3 files are waiting for you to check how they are read.');
  });
});
