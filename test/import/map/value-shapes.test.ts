// measureColumn reads each distinct value of a sample once and counts it as often as it occurs
// (issue 13's nineteenth pass): a value that repeats must weigh in every fraction and median as
// many times as it is in the column. Expected figures worked out by hand.
import { describe, expect, it } from 'vitest';
import { measureColumn } from '../../../main/import/map/value-shapes.ts';

const NOW = new Date('2026-12-04T12:00:00Z');

describe('a column whose values repeat', () => {
  it('counts each repeat in the fractions', () => {
    const s = measureColumn(['Smith, John', 'Smith, John', 'Smith, John', '12345'], NOW);
    expect(s.nonEmpty).toBe(4);
    expect(s.lastFirst).toBe(0.75);
    expect(s.integer).toBe(0.25);
  });

  it('counts each repeat in the time fraction, times on day zero too', () => {
    const s = measureColumn(['09:00', '09:00', '1899-12-30T10:00:00', 'Office Visit'], NOW);
    expect(s.time).toBe(0.75);
  });

  it('weighs each repeat in the medians', () => {
    // Three dates in 2025 and one in 2026: the median year is 2025 (read once each, it would be 2026).
    const s = measureColumn(['2025-01-02', '2025-01-02', '2025-01-02', '2026-12-01'], NOW);
    expect(s.medianYear).toBe(2025);
    expect(s.medianBirthYear).toBe(2025);
    expect(s.date).toBe(1);
    // 30, 30, 30, 900: the median is 30 (read once each, 900).
    expect(measureColumn(['30', '30', '30', '900'], NOW).medianInteger).toBe(30);
  });
});
