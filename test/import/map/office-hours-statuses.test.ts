// Medisoft Office Hours' appointment statuses (Unconfirmed, Confirmed, Checked In, Being Seen,
// Checked Out, Missed, Cancelled, Rescheduled). `Being Seen` held the whole file before (corpus
// 380, blind): the one stage of the visit the vocabulary lacked. QuickEMR's check-in flow names the
// same stage (Check In, Being Seen, Check Out: quickemr.com/help, OptionsScheduling.htm).
// The loosening and the wrong send it could cause elsewhere: a system whose 'Being Seen' meant
// anything but a patient in the office now. None is known; the words say the visit is under way,
// so the booking is live (NEW), as `With Provider` and `In Progress` already read. The negation
// (`Not Being Seen`) stays a question, as does a word that only contains it with a free tail.
import { describe, expect, it } from 'vitest';
import { statusClassifier } from '../../../main/import/map/status-vocabulary.ts';

const classify = statusClassifier(undefined);
type Row = [string, 'NEW' | 'CANCEL' | 'unknown'];

describe("Medisoft Office Hours' status list", () => {
  it.each<Row>([
    ['Being Seen', 'NEW'],
    ['BEING SEEN', 'NEW'],
    ['being-seen', 'NEW'],
    ['Unconfirmed', 'NEW'],
    ['Confirmed', 'NEW'],
    ['Checked In', 'NEW'],
    ['Checked Out', 'NEW'],
    // a no-show: the booking stays, missed
    ['Missed', 'NEW'],
    ['Cancelled', 'CANCEL'],
    // this booking moved; the new time is a row of its own
    ['Rescheduled', 'CANCEL'],
    // the longer word keeps its own meaning: came, left unseen (missed, still NEW)
    ['Left Without Being Seen', 'NEW'],
    // a negation is never read as the word it negates
    ['Not Being Seen', 'unknown'],
    ['Being Rescheduled', 'unknown'],
  ])('%s → %s', (word, meaning) => {
    expect(classify(word)).toBe(meaning);
  });
});
