// A column whose header names another moment than the start (a reminder service's
// `lastReminderSentAt`, `Created`, `Confirmed At`) is never offered as the start by its values
// alone: its date-times are as recent as the starts, and as a rival of a bare `date` column it held
// the file over a question the header already answers. Values worked out by hand (Honolulu is
// UTC-10: 19:00Z is 9:00 AM).
import { describe, expect, it } from 'vitest';
import { recognizeColumns } from '../../../main/import/map/recognize.ts';
import { collect } from '../convert/support.ts';
import { exportFiles } from '../trust/export-files.ts';

const NOW = new Date('2027-03-01T00:00:00Z');
const START_FIELDS = ['dateTime', 'date', 'time'];

describe('a stamp of another moment is never a start by its values', () => {
  const headers = ['date', 'patientFirstName', 'patientLastName', 'patientDateOfBirth', 'lastReminderSentAt'];
  const rows = [
    ['2027-03-08T19:00:00.000Z', 'Kalani', 'Akana', '1984-02-03', '2027-03-06T19:00:12.000Z'],
    ['2027-03-08T20:30:00.000Z', 'Leilani', 'Kahale', '1991-11-20', '2027-03-06T20:30:09.000Z'],
    ['2027-03-09T01:00:00.000Z', 'Noah', 'Silva', '2003-07-08', '2027-03-07T01:00:03.000Z'],
  ];

  it.each(['lastReminderSentAt', 'Created', 'Confirmed At', 'Date Modified'])(
    "'%s' is no start candidate, however start-like its date-times",
    (stamp) => {
      const r = recognizeColumns([...headers.slice(0, 4), stamp], rows, { now: NOW });
      const offered = r.candidates.filter((c) => c.column === stamp && START_FIELDS.includes(c.field));
      expect(offered).toEqual([]);
      expect(r.fields.find((f) => f.field === 'dateTime')?.column).toBe('date');
    },
  );

  // A bare `date` may be a record's stamp, but these are on a schedule's grid (9:00, 10:30, 3:00
  // PM, seconds zero) where the stamp beside them has its seconds written (19:00:12): the start,
  // asked about neither alone nor beside the stamp (slot-clocks.ts).
  it("the file is not asked about 'date' (its date-times are slots), nor about two columns", async () => {
    const files = exportFiles('other-moment-starts');
    const r = await collect(files.write([headers.join(','), ...rows.map((x) => x.join(','))]), {
      timeZone: 'Pacific/Honolulu',
    });
    const messages = r.summary.doubts.map((d) => d.message).join(' | ');
    expect(messages).not.toContain('lastReminderSentAt');
    expect(r.summary.doubts.filter((d) => d.field === 'dateTime').map((d) => d.column)).toEqual([]);
  });

  it("'date' of stamps (seconds written, minutes anywhere) is still asked about", async () => {
    const files = exportFiles('other-moment-starts');
    const stamps = rows.map((x) => [x[4]!, ...x.slice(1)]); // the reminder stamps as 'date'
    const r = await collect(files.write([headers.join(','), ...stamps.map((x) => x.join(','))]), {
      timeZone: 'Pacific/Honolulu',
    });
    expect(r.summary.doubts.filter((d) => d.field === 'dateTime').map((d) => d.column)).toEqual(['date']);
  });

  // `Next Appt` (a recall list), `Booked On` and a wait list's `Preferred Date` are not stamps a
  // record writes of itself: over the only date-times in a file they are still offered, and the
  // file is asked about rather than refused.
  it.each(['Next Appt', 'Booked On', 'Preferred Date'])(
    "'%s' alone is still asked about, not refused",
    async (h) => {
      const files = exportFiles('other-moment-starts');
      const r = await collect(
        files.write([
          `Patient,Date of Birth,${h}`,
          '"Akana, Kalani",02/03/1984,03/08/2027 9:00 AM',
          '"Silva, Noah",07/08/2003,03/09/2027 3:00 PM',
        ]),
        { timeZone: 'Pacific/Honolulu' },
      );
      expect(r.summary.doubts.length).toBeGreaterThan(0);
    },
  );
});
