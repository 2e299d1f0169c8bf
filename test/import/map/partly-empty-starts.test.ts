// A bare `Time` (the check-in time, written only once the patient came) beside the booked `Start`:
// the column filled on every row is the start, whichever header reads better (layout 187).
import { describe, expect, it } from 'vitest';
import { recognizeColumns } from '../../../main/import/map/recognize.ts';

const NOW = new Date('2027-03-01T00:00:00Z');
const HEADERS = ['Date', 'Start', 'Time', 'Patient', 'MRN', 'Status'];
const ROWS = [
  ['03/10/2027', '8:00 AM', '7:48 AM', 'Kowalczyk, Anna', 'MRN004417', 'Checked Out'],
  ['03/10/2027', '8:20 AM', '8:31 AM', 'Tran, Minh', 'MRN005102', 'Checked Out'],
  ['03/10/2027', '9:00 AM', '', 'Ochoa, Luis', 'MRN003890', 'No Show'],
  ['03/10/2027', '2:00 PM', '', 'Nakamura, Ken', 'MRN002278', 'Cancelled'],
];
const timeColumn = (headers: string[], rows: string[][]): string | undefined =>
  recognizeColumns(headers, rows, { now: NOW }).fields.find((f) => f.field === 'time')?.column;

describe('a start time column has no gaps', () => {
  it("takes 'Start' (every row) over 'Time' (check-in, only on arrived rows)", () => {
    expect(timeColumn(HEADERS, ROWS)).toBe('Start');
  });

  it("takes 'Time' when it is the one filled on every row", () => {
    // 'Start' now holds the check-in times (two empty), 'Time' the booked starts.
    const swapped = ROWS.map((r) => [r[0]!, r[2]!, r[1]!, ...r.slice(3)]);
    expect(timeColumn(HEADERS, swapped)).toBe('Time');
  });

  it('a full column of when the visit was booked does not push the start aside', () => {
    const headers = ['Date', 'Appt Time', 'Booking Time', 'Patient', 'MRN', 'Status'];
    // The start left empty on two rows (bookings not yet given a time); booked times on all.
    const rows = ROWS.map((r, i) => [r[0]!, i >= 2 ? '' : r[1]!, '10:12 AM', ...r.slice(3)]);
    expect(timeColumn(headers, rows)).toBe('Appt Time');
  });

  it('leaves the choice alone when both columns are filled on every row', () => {
    const full = ROWS.map((r) => [r[0]!, r[1]!, r[2] || r[1]!, ...r.slice(3)]);
    expect(timeColumn(HEADERS, full)).toBe('Time');
  });
});
