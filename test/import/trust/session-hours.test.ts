// A column headed only for hours (`Hours`, `Hrs`) is the visit's time when every value is an AM/PM
// clock range and the file shows each range is the visit's own. Expected values worked out by hand:
// 09:00 AM to 12:00 PM lasts 180 minutes (3.00 Hrs), 01:30 PM to 04:00 PM 150 (2.50 Hrs), 12:00 PM
// to 01:00 PM 60 (1.00 Hrs).
import { describe, expect, it } from 'vitest';
import type { FieldGuess } from '../../../main/import/map/recognize.ts';
import { sessionHoursColumn } from '../../../main/import/trust/session-hours.ts';

function check(
  header: string,
  columns: Record<string, string[]>,
  fields: Array<[FieldGuess['field'], string]>,
): boolean {
  const recognition = {
    fields: fields.map(([field, column]) => ({ field, column, confidence: 0.9, why: '' })),
  };
  return sessionHoursColumn(recognition, header, Object.keys(columns), (c) => columns[c] ?? []);
}
const fields: Array<[FieldGuess['field'], string]> = [
  ['date', 'Scheduled Date'],
  ['providerName', 'Provider'],
];

describe('sessionHoursColumn', () => {
  const ranges = ['09:00 AM to 12:00 PM', '12:00 PM to 01:00 PM', '01:30 PM to 04:00 PM'];
  const days = ['03/11/2027', '03/11/2027', '03/12/2027'];
  const providers = ['Alyssa Romano RBT', 'Naomi Feld BCBA', 'Alyssa Romano RBT'];

  it('each range lasts its service’s stated hours (3.00, 1.00, 2.50 Hrs): the visit’s time', () => {
    const service = ['97153 Direct (3.00 Hrs)', '97155 Protocol (1.00 Hrs)', '97153 Direct (2.50 Hrs)'];
    const cols = { Service: service, Provider: providers, 'Scheduled Date': days, Hours: ranges };
    expect(check('Hours', cols, fields)).toBe(true);
  });

  it('a Duration column of minutes (180, 60, 150) agrees too', () => {
    const cols = { Duration: ['180', '60', '150'], Provider: providers, 'Scheduled Date': days, Hrs: ranges };
    expect(check('Hrs', cols, fields)).toBe(true);
  });

  it('one row’s length disagreeing (2.00 Hrs for 01:30 PM to 04:00 PM): not proven', () => {
    const service = ['97153 Direct (3.00 Hrs)', '97155 Protocol (1.00 Hrs)', '97153 Direct (2.00 Hrs)'];
    const cols = { Service: service, Provider: providers, 'Scheduled Date': days, Hours: ranges };
    expect(check('Hours', cols, fields)).toBe(false);
  });

  it('one provider’s two ranges on one day differ: the visits’, not opening hours', () => {
    const cols = {
      Provider: ['Alyssa Romano RBT', 'Alyssa Romano RBT'],
      'Scheduled Date': ['03/11/2027', '03/11/2027'],
      Hours: ['09:00 AM to 10:00 AM', '03:00 PM to 04:00 PM'],
    };
    expect(check('Hours', cols, fields)).toBe(true);
  });

  it('a split shift’s two blocks, each on two visits’ rows: opening hours, not the visits’ (FAULT before)', () => {
    const cols = {
      Provider: Array(4).fill('Alyssa Romano RBT'),
      'Scheduled Date': Array(4).fill('03/11/2027'),
      Hours: ['08:00 AM to 12:00 PM', '08:00 AM to 12:00 PM', '01:00 PM to 05:00 PM', '01:00 PM to 05:00 PM'],
    };
    expect(check('Hours', cols, fields)).toBe(false);
  });

  it('the same range for one provider and day (08:00 AM to 05:00 PM twice): opening hours may be', () => {
    const cols = {
      Provider: ['Alyssa Romano RBT', 'Alyssa Romano RBT'],
      'Scheduled Date': ['03/11/2027', '03/11/2027'],
      Hours: ['08:00 AM to 05:00 PM', '08:00 AM to 05:00 PM'],
    };
    expect(check('Hours', cols, fields)).toBe(false);
  });

  it('lengths (3.00), ranges without AM/PM, or a place’s hours header: not proven', () => {
    const day = ['03/11/2027', '03/11/2027'];
    const p = ['Alyssa Romano RBT', 'Alyssa Romano RBT'];
    expect(check('Hours', { Provider: p, 'Scheduled Date': day, Hours: ['3.00', '1.50'] }, fields)).toBe(
      false,
    );
    expect(
      check(
        'Hours',
        { Provider: p, 'Scheduled Date': day, Hours: ['9:00 to 10:00', '3:00 to 4:00'] },
        fields,
      ),
    ).toBe(false);
    const two = ['09:00 AM to 10:00 AM', '03:00 PM to 04:00 PM'];
    expect(check('Office Hours', { Provider: p, 'Scheduled Date': day, 'Office Hours': two }, fields)).toBe(
      false,
    );
    expect(check('Time', { Provider: p, 'Scheduled Date': day, Time: two }, fields)).toBe(false);
  });
});

describe('sessionHoursColumn: hours shared or per site (round 51h)', () => {
  const day = ['03/11/2027', '03/11/2027', '03/11/2027'];
  it('two sites’ opening hours differing on one day, no provider column: not proven', () => {
    const cols = {
      Location: ['North Clinic', 'South Clinic', 'North Clinic'],
      'Scheduled Date': day,
      Hours: ['08:00 AM to 05:00 PM', '10:00 AM to 06:00 PM', '08:00 AM to 05:00 PM'],
    };
    expect(
      check('Hours', cols, [
        ['date', 'Scheduled Date'],
        ['location', 'Location'],
      ]),
    ).toBe(false);
  });
  it('one provider’s two sessions, each on two rows (08:00 AM to 12:00 PM twice): not proven', () => {
    const cols = {
      Provider: ['Alyssa Romano RBT', 'Alyssa Romano RBT', 'Alyssa Romano RBT'],
      'Scheduled Date': day,
      Hours: ['08:00 AM to 12:00 PM', '08:00 AM to 12:00 PM', '01:00 PM to 05:00 PM'],
    };
    expect(check('Hours', cols, fields)).toBe(false);
  });
  it('one provider’s ranges that only touch (09:00 to 10:00, 10:00 to 11:00 AM): the visits’', () => {
    const cols = {
      Provider: ['Alyssa Romano RBT', 'Alyssa Romano RBT', 'Alyssa Romano RBT'],
      'Scheduled Date': day,
      Hours: ['09:00 AM to 10:00 AM', '10:00 AM to 11:00 AM', '01:00 PM to 02:00 PM'],
    };
    expect(check('Hours', cols, fields)).toBe(true);
  });
});
