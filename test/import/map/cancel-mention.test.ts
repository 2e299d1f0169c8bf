// Whether a note, a reason or a free column says the appointment is cancelled (cancel-mention.ts).
// A reason that starts with no/not/never before the cancellation is no negation of it; a negation
// counts only in the cancel word's own clause, governing it. Expected values worked out by hand.
import { describe, expect, it } from 'vitest';
import { saysCancelled } from '../../../main/import/map/cancel-mention.ts';

describe('a cancellation after a reason that starts with a negation', () => {
  it.each([
    'No ride - cancelled; will call to reschedule', // WebPT appointment notes
    'Not feeling well - cxl per pt',
    'No childcare - pt cxl',
    'No transportation - cancelled',
    'Never confirmed - cancelled',
    'no show, then cancelled f/u',
    'No show/cancel - called 2x, no answer', // Dentrix appointment notes
    'no-show/canceled f/u',
    'no show no call cancelled', // no punctuation: `no` before a noun negates nothing after it
    'not sure if pt cancelled', // unclear: asked
  ])('%s says cancelled', (note) => {
    expect(saysCancelled(note)).toBe(true);
  });

  it.each([
    'not cancelled - pt confirmed',
    "pt didn't cancel",
    'did not want to cancel',
    'has not yet been cancelled',
    'do not cxl',
    'Not-cancelled',
    "n'a pas été annulé",
    'no se canceló',
    'nicht abgesagt',
    'No show',
    'No ride, will take bus',
  ])('%s does not', (note) => {
    expect(saysCancelled(note)).toBe(false);
  });
});

describe('short forms of a cancellation', () => {
  it.each([
    "cx'd by pt via text 12/7",
    'c/x per pt',
    'cx per pt',
    'pt broke appt - sick, will call back',
    'Brkn appt',
    'brkn',
    'pt brkn appt due to illness',
    'broken appt - no call',
    'brkn - sick',
    'pt cx',
    'cx by pt',
    'pt c/x - sick',
  ])('%s says cancelled', (note) => {
    expect(saysCancelled(note)).toBe(true);
  });

  // `cx` is also the cervical spine (chiropractic, physical therapy) and a culture; `broke` and
  // `broken` alone are an injury.
  it.each(['cx pain, rotation limited', 'Cx ROM f/u', 'broken wrist f/u', 'pt broke ankle'])(
    '%s does not',
    (note) => {
      expect(saysCancelled(note)).toBe(false);
    },
  );

  // Dental notes: `brkn` before any noun but an appointment is the tooth, the filling, the bracket.
  it.each([
    'pt brkn tooth #19 - prep crown', // Open Dental appointment notes
    'Brkn bracket LL - see ortho',
    'brkn tooth #30',
    'pt brkn filling UL',
    'brkn bracket - ortho',
    'Brkn retainer',
    'broken crown #8',
  ])('%s does not', (note) => {
    expect(saysCancelled(note)).toBe(false);
  });

  // `cx` cut off as a clause of its own by `-`, `/` or `:` is the culture or the cervix, not a
  // status phrase.
  it.each(['cx - neg', 'cx/bx results', 'Cx: cervical', 'Cx brkn tooth', 'f/u cx results - neg', 'cx'])(
    '%s does not',
    (note) => {
      expect(saysCancelled(note)).toBe(false);
    },
  );
});

describe('a label for the column that parks broken appointments (Eaglesoft chairs)', () => {
  it.each([
    'Broken Appts',
    'Broken Appointments',
    'Op 9 - Broken',
    'Brkn Appts',
    'Broken/Failed',
    'No Show/Cancel',
    'No Show/Cxl',
    'Failed/Cancelled',
    'BROKEN',
  ])('%s says cancelled', (label) => {
    expect(saysCancelled(label)).toBe(true);
  });

  it.each(['Op 9', 'Hyg 1', 'Chair 2', 'Op - X', 'R/S', 'Moved - Op 2'])('%s does not', (label) => {
    expect(saysCancelled(label)).toBe(false);
  });
});

describe('`Changed`, a move in a status column, is no cancellation in a note or a change log', () => {
  // Ortho2's status `Changed` cancels the old slot (status-words.ts); beside a status it is any
  // edit (Open Dental's HistApptAction `Changed`), as `Rescheduled` in a note may be the new slot.
  it.each(['Changed', 'CHANGED', 'time changed per pt', 'Changed - pt request'])('%s', (note) => {
    expect(saysCancelled(note)).toBe(false);
  });
  it('a cancel word beside it still reads as cancelled', () => {
    expect(saysCancelled('Changed, then cancelled by pt')).toBe(true);
  });
});
