// Status words of general booking tools a small practice uses in place of a practice system.
// Zoho Bookings writes Upcoming, Ongoing, Completed, Canceled, No Show and 'Yet to Mark' (the
// appointment's time passed and staff has not marked it; help.zoho.com, bookings view-bookings
// status-14-3-2023). 'Yet to Mark' held every Zoho export whose past visits were not marked yet;
// decided by hand: an unmarked past booking is still a booking (NEW), never cancelled.
import { describe, expect, it } from 'vitest';
import { statusClassifier } from '../../../main/import/map/status-vocabulary.ts';

const classify = statusClassifier(undefined);

describe('Zoho Bookings appointment statuses', () => {
  it.each<[string, 'NEW' | 'CANCEL' | 'unknown']>([
    ['Yet to Mark', 'NEW'],
    ['YET TO MARK', 'NEW'],
    ['yet to mark', 'NEW'],
    ['Ongoing', 'NEW'],
    ['Upcoming', 'NEW'],
    ['Completed', 'NEW'],
    ['No Show', 'NEW'],
    ['Canceled', 'CANCEL'],
  ])('%s → %s', (word, meaning) => {
    expect(classify(word)).toBe(meaning);
  });

  it('a word that only starts like it stays unknown', () => {
    // 'Yet to' alone says nothing of the booking: asked, never booked by a guess.
    expect(classify('Yet to')).toBe('unknown');
  });
});

// Boulevard (salon, spa and med spa booking): an appointment's state is booked, confirmed,
// arrived, canceled or "completed (marked as final)" (support.boulevard.io/en/articles/5941389,
// Appointment State), written Final. 'Final' held every Boulevard report with a closed-out visit
// (corpus 309); decided by hand: a visit marked final took place (NEW), never a cancellation.
describe('Boulevard appointment states', () => {
  it.each<[string, 'NEW' | 'CANCEL' | 'unknown']>([
    ['Final', 'NEW'],
    ['FINAL', 'NEW'],
    ['Booked', 'NEW'],
    ['Confirmed', 'NEW'],
    ['Arrived', 'NEW'],
    ['Canceled', 'CANCEL'],
  ])('%s → %s', (word, meaning) => {
    expect(classify(word)).toBe(meaning);
  });

  it('a cancellation written with it is never read as a visit that took place', () => {
    expect(classify('Final - cancelled')).not.toBe('NEW');
    expect(classify('Not final')).not.toBe('NEW');
  });
});
