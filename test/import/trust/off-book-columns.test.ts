// With no status column, a free column whose whole value reads as cancelled or not an appointment
// on a row that would go as booked holds the file, however few of its values are status words: a
// Dentrix Enterprise audit report's `Action` = `Deleted` among Created and Modified. A
// confirmation column of Yes/No, a checkbox's `X` or a note that mentions a cancellation in a
// longer text is no such value. Expected outcomes worked out by hand from the rows.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collect } from '../convert/support.ts';
import { answerOn, confirmedProfile, exportFiles } from './export-files.ts';

const files = exportFiles('off-book-columns');
const ny = { timeZone: 'America/New_York' };
const HEAD = 'Appt Date,Appt Time,Patient,DOB,Provider,Appt Type';
const ROWS = [
  '03/01/2027,9:00 AM,"Porter, Wade",05/05/1955,"Ng, Helen MD",Follow-up',
  '03/01/2027,10:30 AM,"Okoro, Chidi",01/06/1999,"Ng, Helen MD",New patient',
  '03/02/2027,11:00 AM,"Lopez, Maria",03/12/1984,"Ng, Helen MD",Physical',
  '03/02/2027,2:00 PM,"Walsh, Tom",11/02/1979,"Ng, Helen MD",Follow-up',
];
const LAST = ['Porter', 'Okoro', 'Lopez', 'Walsh', 'Reyes', 'Kim', 'Haas', 'Dubois', 'Nowak', 'Silva'];
const FIRST = ['Wade', 'Chidi', 'Maria', 'Tom', 'Ana', 'Min', 'Lena', 'Paul', 'Ewa', 'Rui'];
/** The rows with a free column `header` of `values`, one per row. */
const withColumn = (header: string, values: string[]): string =>
  files.write([`${HEAD},${header}`, ...ROWS.map((r, i) => `${r},${values[i] ?? ''}`)]);

describe('a free column that takes a row off the book, with no status column', () => {
  it("holds Open Dental's 'Confirmed' of Pt Cancelled on one row of four", async () => {
    const r = await collect(
      withColumn('Confirmed', ['Not Called', 'eConfirm Sent', 'Not Called', 'Pt Cancelled']),
      ny,
    );
    expect(r.summary.doubts).toMatchObject([
      {
        kind: 'column',
        check: 'off-book-column',
        field: 'status',
        column: 'Confirmed',
        samples: ['Pt Cancelled'],
      },
    ]);
    expect(r.summary.doubts[0]!.message).toContain("('Pt Cancelled', line 5)");
    expect(r.summary.doubts[0]!.question).toContain("Is 'Confirmed' the status");
  });

  it("holds the Dentrix audit report for its 'Action' = Deleted (and for being a change log)", async () => {
    const r = await collect(path.resolve('test/fixtures/off-book/dentrix-audit-appointments.csv'), ny);
    expect(r.summary.doubts.map((d) => [d.check, d.column ?? ''])).toEqual([
      ['change-log', ''],
      ['off-book-column', 'Action'],
    ]);
    expect(r.summary.doubts[1]!.message).toContain("('Deleted', line 7)");
  });

  it.each([
    ['a cancellation behind a code', 'Appt Flag', ['VIP', 'New Pt', 'x - Cancelled', 'VIP']],
    ['a wait-list entry', 'Flag', ['VIP', 'Wait List', 'New Pt', 'VIP']],
    ['a deletion', 'Flag', ['VIP', 'New Pt', 'VIP', 'Deleted']],
  ])('holds %s', async (_what, header, values) => {
    const r = await collect(withColumn(header, values), ny);
    expect(r.summary.doubts).toMatchObject([{ check: 'off-book-column', column: header }]);
  });

  it.each([
    ['a confirmation of Yes and No', 'Confirmed', ['Yes', 'No', 'Yes', 'No']],
    ['a checkbox mark', 'Ins Verified', ['X', 'Pending Review', 'Verified', 'Verified']],
    ['a cancel word inside a longer value', 'Alert', ['VIP', 'Removed from recall', '', 'VIP']],
    ['booked words', 'Reminder', ['Sent', 'Left Message', 'Confirmed', '']],
  ])('does not hold %s', async (_what, header, values) => {
    const r = await collect(withColumn(header, values), ny);
    expect(r.summary.doubts).toEqual([]);
    expect(r.appointments.map((a) => a.status)).toEqual(['NEW', 'NEW', 'NEW', 'NEW']);
  });

  it('reads the whole file, not only the first rows (beside a column of 600 distinct values)', async () => {
    const many = Array.from({ length: 600 }, (_, i) => {
      const day = String(1 + (i % 28)).padStart(2, '0');
      const hour = 8 + (i % 9);
      const clock = `${hour > 12 ? hour - 12 : hour}:00 ${hour >= 12 ? 'PM' : 'AM'}`;
      return `03/${day}/2027,${clock},"${LAST[i % 10]}, ${FIRST[Math.floor(i / 10) % 10]}",05/05/1955,"Ng, Helen MD",Follow-up,Room ${i},${i === 599 ? 'Deleted' : 'VIP'}`;
    });
    const r = await collect(files.write([`${HEAD},Room,Flag`, ...many]), ny);
    expect(r.summary.doubts).toMatchObject([{ check: 'off-book-column', column: 'Flag' }]);
    expect(r.summary.doubts[0]!.message).toContain("on 1 row that would go as booked ('Deleted', line 601)");
  });

  it('is checked on a confirmed mapping too, until a person answers it', async () => {
    const header = [...HEAD.split(','), 'Flag'];
    const profile = confirmedProfile(
      files,
      { date: 'Appt Date', time: 'Appt Time', patientName: 'Patient', dob: 'DOB', providerName: 'Provider' },
      header,
    );
    const file = withColumn('Flag', ['VIP', 'Deleted', 'VIP', 'New Pt']);
    const before = await collect(file, { ...ny, profile });
    expect(before.summary.doubts).toMatchObject([{ check: 'off-book-column', column: 'Flag' }]);
    await answerOn(profile, file, { ...ny, profile });
    const after = await collect(file, { ...ny, profile });
    expect(after.summary.doubts).toEqual([]);
  });
});
