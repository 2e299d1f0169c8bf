// A booking tool's report names the appointment a meeting (OnceHub: "Meeting date", "Meeting
// start"), beside when the booking was created and last updated: the meeting's columns are the
// start, never the record's stamps, and no doubt between them is raised.
import { describe, expect, it } from 'vitest';
import { recognizeColumns } from '../../../main/import/map/recognize.ts';
import { headerConcepts } from '../../../main/import/map/header-meaning.ts';

const NOW = new Date('2027-03-01T00:00:00Z');
const HEADERS = [
  'Booking ID',
  'Status',
  'Meeting date',
  'Meeting start (UTC)',
  'Customer name',
  'Date of birth',
  'Created (UTC)',
  'Last updated (UTC)',
];
const ROWS = [
  [
    'BK-1',
    'Scheduled',
    '03/10/2027',
    '2027-03-10T15:00:00Z',
    'Grace Holloway',
    '05/09/1974',
    '2027-02-24T19:41:07Z',
    '2027-03-10T15:32:55Z',
  ],
  [
    'BK-2',
    'Canceled',
    '03/17/2027',
    '2027-03-18T00:30:00Z',
    'Noah Feldman',
    '07/21/1969',
    '2027-03-05T16:48:02Z',
    '2027-03-15T13:02:29Z',
  ],
];

describe('a meeting is the appointment', () => {
  it('"Meeting" reads as the appointment word, as "Session" and "Visit" do', () => {
    expect(headerConcepts('Meeting start')).toContain('appt');
  });

  it('the meeting start is the start, surely; created and updated stamps are not rivals', () => {
    const r = recognizeColumns(HEADERS, ROWS, { now: NOW });
    const start = r.fields.find((f) => f.field === 'dateTime');
    expect(start?.column).toBe('Meeting start (UTC)');
    expect(start!.confidence).toBeGreaterThanOrEqual(0.9);
    const rivals = r.candidates.filter(
      (c) =>
        c.field === 'dateTime' &&
        c.column !== 'Meeting start (UTC)' &&
        c.confidence >= start!.confidence - 0.15,
    );
    expect(rivals).toEqual([]);
  });
});
