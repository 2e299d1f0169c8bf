// ProviderRepeats (printed-once.ts): a filled provider the same as the row just above it on the
// same day, counted from the id and name cells as written. Each expectation is counted by hand
// from the rows fed.
import { describe, expect, it } from 'vitest';
import { ProviderRepeats } from '../../../main/import/trust/printed-once.ts';

describe('ProviderRepeats', () => {
  it('counts a provider repeated on the next line of the same day, id and name both alike', () => {
    const r = new ProviderRepeats();
    r.note('', 'Ng, Helen', 2, '2027-03-01');
    r.note('', 'Ng, Helen', 3, '2027-03-01'); // repeat 1
    r.note('', 'Ng, Helen', 4, '2027-03-02'); // another day
    r.note('', 'Ng, Helen', 6, '2027-03-02'); // a line between
    r.note('7', 'Ng, Helen', 7, '2027-03-02'); // the id differs
    r.note('7', 'Ng, Helen', 8, '2027-03-02'); // repeat 2
    expect(r.sameDayRepeats).toBe(2);
    expect(r.everyRow).toBe(true);
  });

  it('never counts empty providers, a row without a day, or the row after one', () => {
    const r = new ProviderRepeats();
    r.note('', '', 2, '2027-03-01');
    r.note('', '', 3, '2027-03-01'); // empty
    r.note('', 'Bosch, Karl', 4, undefined);
    r.note('', 'Bosch, Karl', 5, undefined); // no day
    r.note('', 'Bosch, Karl', 6, '2027-03-01'); // the row above had no day
    r.note('', 'Bosch', 7, '2027-03-01'); // another name
    r.note('Bosch', '', 8, '2027-03-01'); // the same text, as the id
    expect(r.sameDayRepeats).toBe(0);
    expect(r.everyRow).toBe(false);
  });
});
