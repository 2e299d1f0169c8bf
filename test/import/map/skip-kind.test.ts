// What a skip status word says the row is instead of an appointment (status-words.ts SkipKind):
// only an appointment taken off the schedule may cancel a booked one, an open slot is asked beside
// a patient, and a practice's own answer is never asked again. Kinds decided by hand.
import { describe, expect, it } from 'vitest';
import { memoizedStatusClassifier } from '../../../main/import/map/row-memos.ts';

describe('skip kinds', () => {
  const builtIn = memoizedStatusClassifier(undefined);
  it.each([
    ['UnschedList', 'off-schedule'],
    ['Planned', 'off-schedule'],
    ['W/Call', 'off-schedule'],
    ['On waiting list', 'off-schedule'],
    ['Lista de espera', 'off-schedule'],
    ['Available', 'open-slot'],
    ['Free Slot', 'open-slot'],
    ['o - Open', 'open-slot'],
    ['Unbooked', 'open-slot'],
    ['Créneau libre', 'open-slot'],
    ['Blocked', 'blocked'],
    ['Lunch', 'blocked'],
    ['PtNote', 'blocked'],
    ['Urlaub', 'blocked'],
  ])('%s → %s', (word, kind) => {
    expect(builtIn(word)).toEqual({ meaning: 'skip', skipKind: kind });
  });

  it("a practice's own words: its answer stands", () => {
    // `said`: the practice's own list gave the meaning (never asked again, lone-status-mark.ts).
    // Open Dental's numeric AptStatus 3 = UnschedList, as the preset lists it: off the schedule.
    expect(memoizedStatusClassifier({ skip: ['3'] })('3')).toEqual({
      meaning: 'skip',
      skipKind: 'off-schedule',
      said: true,
    });
    // "Available" answered as not an appointment: skipped, never asked again, never a cancellation.
    expect(memoizedStatusClassifier({ skip: ['Available'] })('Available')).toEqual({
      meaning: 'skip',
      skipKind: 'blocked',
      said: true,
    });
    expect(memoizedStatusClassifier({ new: ['Available'] })('Available')).toEqual({
      meaning: 'NEW',
      said: true,
    });
  });
});
