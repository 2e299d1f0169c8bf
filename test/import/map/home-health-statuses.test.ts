// Home health and hospice task statuses (Axxess): `Not Yet Due` (a visit before its day) and
// `Not Yet Started` (its day, not begun) are scheduled visits, the only tasks Axxess lets an
// agency reassign (axxess.com/help/axxess-central/scheduling/reassigning-patient-visits);
// `Missed Visit` is a scheduled visit that did not take place: booked and missed, as No Show.
// Before, each held the file. Meanings decided by hand from the vendor's help.
import { describe, expect, it } from 'vitest';
import { statusClassifier } from '../../../main/import/map/status-vocabulary.ts';

const classify = statusClassifier(undefined);

describe('home health task statuses', () => {
  it.each<[string, 'NEW' | 'CANCEL' | 'unknown']>([
    ['Not Yet Due', 'NEW'],
    ['Not Yet Started', 'NEW'],
    ['NOT YET STARTED', 'NEW'],
    ['Missed Visit', 'NEW'],
    ['missed visit', 'NEW'],
    // the words around them keep their meaning
    ['Completed', 'NEW'],
    ['Cancelled', 'CANCEL'],
  ])('%s → %s', (word, meaning) => {
    expect(classify(word)).toBe(meaning);
  });
});
