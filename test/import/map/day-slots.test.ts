// The slot of a derived appointment id: the order of a patient's distinct starts on one day with
// one provider, in file order. Expected values worked out by hand from that rule.
import { describe, expect, it } from 'vitest';
import { DaySlots } from '../../../main/import/map/day-slots.ts';

describe('DaySlots', () => {
  it('numbers the distinct starts of one group in file order; a repeated start keeps its slot', () => {
    const s = new DaySlots();
    expect(s.slot('P-1', 'dr-lee', '2026-12-14', '2026-12-14 09:00')).toBe(1);
    expect(s.slot('P-1', 'dr-lee', '2026-12-14', '2026-12-14 11:30')).toBe(2);
    expect(s.slot('P-1', 'dr-lee', '2026-12-14', '2026-12-14 09:00')).toBe(1);
    expect(s.slot('P-1', 'dr-lee', '2026-12-14', '2026-12-14 15:00')).toBe(3);
    expect(s.slot('P-1', 'dr-lee', '2026-12-14', '2026-12-14 11:30')).toBe(2);
  });

  it('another patient, provider or day is another group, also when the parts only shift', () => {
    const s = new DaySlots();
    expect(s.slot('P-1', 'dr-lee', '2026-12-14', '09:00')).toBe(1);
    expect(s.slot('P-1', 'dr-lee', '2026-12-15', '10:00')).toBe(1);
    expect(s.slot('P-2', 'dr-lee', '2026-12-14', '10:00')).toBe(1);
    expect(s.slot('P-1', 'dr-kim', '2026-12-14', '10:00')).toBe(1);
    // 'ab' + 'c' and 'a' + 'bc' are two groups: the parts are kept apart by a separator.
    expect(s.slot('ab', 'c', 'd', '09:00')).toBe(1);
    expect(s.slot('a', 'bc', 'd', '10:00')).toBe(1);
    expect(s.slot('ab', 'c', 'd', '10:00')).toBe(2);
  });

  it('keeps every group of a large file (the table grows past its first size)', () => {
    const s = new DaySlots();
    for (let i = 0; i < 5000; i++) expect(s.slot(`P-${i}`, 'dr', '2026-12-14', '09:00')).toBe(1);
    for (let i = 0; i < 5000; i++) expect(s.slot(`P-${i}`, 'dr', '2026-12-14', '10:00')).toBe(2);
  });
});
