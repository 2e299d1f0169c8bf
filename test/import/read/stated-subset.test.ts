// A report's title (or its file's name) saying it lists only part of its dates' appointments, by
// status or kind of visit: in snapshot mode what it leaves out is no sign of a cancellation.
// Expected values written by hand from the lines.
import { statedSubset } from '../../../main/import/read/stated-subset.ts';

const one = (...lines: string[]) => lines.map((l) => [l]);

describe('statedSubset', () => {
  it.each([
    'Status: Confirmed',
    'Appointment Status = Unconfirmed',
    'Appointment Type: Follow Up',
    'Appt Type: NP',
    'Visit Type: New Patient',
    'Reason: Physical',
    'Status: Scheduled, Confirmed',
    'Confirmed Appointments',
    'Unconfirmed appointments for 03/01/2027',
  ])('%s: a part of the schedule', (line) => {
    expect(statedSubset(one('Appointment List', line, 'Dates: 03/01/2027 - 03/01/2027'), 'day.csv')).toBe(
      line,
    );
  });

  it.each([
    'Status: All',
    'Appointment Type: (All)',
    'Type: <All>',
    'Status: *',
    'Status:',
    'Appointment Type: Any',
    'Scheduled Appointments',
    'Appointment List',
    'Confirmed and Unconfirmed Appointments',
    'Provider: Lee, Anna MD',
    'Location: North Clinic',
    'Printed: 03/01/2027 7:00 AM',
    'Insurance Status: Active',
    'Appointments (excluding cancelled)',
  ])('%s: not a part', (line) => {
    expect(statedSubset(one(line, 'Dates: 03/01/2027 - 03/01/2027'), 'day.csv')).toBeUndefined();
  });

  it('a label and its value in two cells', () => {
    expect(statedSubset([['Appointment List'], ['Status:', 'Confirmed']], 'day.csv')).toBe(
      'Status: Confirmed',
    );
    expect(statedSubset([['Status:', 'All']], 'day.csv')).toBeUndefined();
  });

  it("the file's name", () => {
    expect(statedSubset([], 'confirmed_only_0301.csv')).toBe('confirmed_only_0301.csv');
    expect(statedSubset([], 'Unconfirmed Appts.xlsx')).toBe('Unconfirmed Appts.xlsx');
    expect(statedSubset([], 'appointments_0301.csv')).toBeUndefined();
    expect(statedSubset([], 'confirmed_unconfirmed_0301.csv')).toBeUndefined();
  });
});
