// The slot of a derived appointment id: the order of a patient's distinct starts on one day with
// one provider, in file order. Expected values worked out by hand from that rule.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DaySlots } from '../../../main/import/map/day-slots.ts';

/** A group as the row mapper names it: the SHA-256 (hex) of its text. */
const group = (text: string): string => createHash('sha256').update(text).digest('hex');

describe('DaySlots', () => {
  it('numbers the distinct starts of one group in file order; a repeated start keeps its slot', () => {
    const s = new DaySlots();
    const g = group('P-1|dr-lee|2026-12-14');
    expect(s.slot(g, '2026-12-14 09:00')).toBe(1);
    expect(s.slot(g, '2026-12-14 11:30')).toBe(2);
    expect(s.slot(g, '2026-12-14 09:00')).toBe(1);
    expect(s.slot(g, '2026-12-14 15:00')).toBe(3);
    expect(s.slot(g, '2026-12-14 11:30')).toBe(2);
  });

  it('another group counts its own starts', () => {
    const s = new DaySlots();
    expect(s.slot(group('P-1|dr-lee|2026-12-14'), '09:00')).toBe(1);
    expect(s.slot(group('P-1|dr-lee|2026-12-15'), '10:00')).toBe(1);
    expect(s.slot(group('P-2|dr-lee|2026-12-14'), '10:00')).toBe(1);
    expect(s.slot(group('P-1|dr-lee|2026-12-14'), '10:00')).toBe(2);
  });

  it('reads the group from its first 16 hex digits, upper case too', () => {
    const s = new DaySlots();
    const g = group('P-1|dr-lee|2026-12-14');
    expect(s.slot(g, '09:00')).toBe(1);
    expect(s.slot(g.toUpperCase(), '10:00')).toBe(2);
    // Groups that differ only after the 16th digit are one group to the table.
    expect(s.slot(`${g.slice(0, 16)}${'0'.repeat(48)}`, '11:00')).toBe(3);
    // One digit changed in either half is another group.
    const other = (at: number) => `${g.slice(0, at)}${g[at] === 'f' ? 'e' : 'f'}${g.slice(at + 1)}`;
    expect(s.slot(other(3), '11:00')).toBe(1);
    expect(s.slot(other(12), '11:00')).toBe(1);
  });

  it('keeps every group of a large file (the table grows past its first size)', () => {
    const s = new DaySlots();
    const groups = Array.from({ length: 5000 }, (_, i) => group(`P-${i}|dr|2026-12-14`));
    for (const g of groups) expect(s.slot(g, '09:00')).toBe(1);
    for (const g of groups) expect(s.slot(g, '10:00')).toBe(2);
  });
});

describe('DaySlots marks', () => {
  it('notes a start that comes again in its group with another mark, never one with the same', () => {
    const s = new DaySlots();
    const g = group('P-1|dr-lee|2026-12-14');
    expect(s.slot(g, '09:00', 1)).toBe(1);
    expect(s.slot(g, '10:00', 2)).toBe(2);
    expect(s.slot(g, '09:00', 1)).toBe(1);
    expect(s.slot(g, '10:00', 2)).toBe(2);
    expect(s.clash).toBe(false);
    // Another group's start with another mark is not a clash.
    expect(s.slot(group('P-2|dr-lee|2026-12-14'), '09:00', 2)).toBe(1);
    expect(s.clash).toBe(false);
    expect(s.slot(g, '10:00', 1)).toBe(2); // a later start of the group, marked otherwise
    expect(s.clash).toBe(true);
  });

  it('compares the first start of a group too, and keeps marks when the table grows', () => {
    const s = new DaySlots();
    const groups = Array.from({ length: 3000 }, (_, i) => group(`P-${i}|dr|2026-12-14`));
    for (const g of groups) s.slot(g, '09:00', 1);
    expect(s.clash).toBe(false);
    expect(s.slot(groups[7]!, '09:00', 2)).toBe(1);
    expect(s.clash).toBe(true);
  });
});
