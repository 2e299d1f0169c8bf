// Provider ids made from the name's parts (provider-name.ts, providerIdOf): an appointment sent
// under an id made the old way, from the cell as written (`dr-jane-smith` for `Dr Jane Smith`, now
// `smith-jane`), or under a `Provider ID` column the export has since lost, is the same provider's
// when its name is. Compared by id alone, a snapshot that cancels one of her appointments read her
// as a provider the file has no row of (a report run for another provider) and held the file.
// Chicago is on CST (UTC-6) on 2027-03-01: every start below is local + 6 h.
import { createHarness, dropAndSettle, type Harness } from './support/engine-harness.ts';
import { sentLines } from './support/sandbox-log.ts';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

const lines = (...rows: string[]) => `${rows.map((r) => `${r}\r\n`).join('')}`;
const ROWS = [0, 1, 2, 3, 4, 5];
/** Row i: E-20i at 09:00 + 1 h × i local (15:00Z + 1 h × i). */
const cells = (i: number) => `E-20${i},P-80${i},Pat,Number${i},1980-02-0${i + 1},03/01/2027,${9 + i}:00`;

describe('a provider sent under another id', () => {
  it('is known by her name: the snapshot cancels the one appointment it leaves out, without a question', async () => {
    h = await createHarness({ over: [{ timeZone: 'America/Chicago', snapshotMode: true }] });
    await h.start();
    const first = await dropAndSettle(
      h,
      'day.csv',
      lines(
        'Appt ID,Patient ID,First Name,Last Name,DOB,Date,Time,Provider ID,Provider,Status',
        ...ROWS.map((i) => `${cells(i)},dr-jane-smith,Dr Jane Smith,Confirmed`),
      ),
    );
    expect(first.job.state, first.job.reason).toBe('processed');
    expect(first.sent).toHaveLength(6);

    // The next export has no Provider ID column, and E-205 is gone from the day (1 of 6: under the
    // practice's 20 % limit of cancellations).
    const next = await dropAndSettle(
      h,
      'day2.csv',
      lines(
        'Appt ID,Patient ID,First Name,Last Name,DOB,Date,Time,Provider,Status',
        ...[0, 1, 2, 3, 4].map((i) => `${cells(i)},Dr Jane Smith,Confirmed`),
      ),
    );
    expect(next.job.state, JSON.stringify(next.job.doubts)).toBe('processed');
    // Before: held ('partial-snapshot'), E-205's provider unseen. Now E-205 is cancelled (the
    // listed ones go again under her new id: UPDATE, the participant changed).
    expect(sentLines(next.sent.filter((s) => s.action === 'CANCEL'))).toEqual([
      'CANCEL E-205 P-805 2027-03-01T20:00:00.000Z',
    ]);
  }, 60_000);
});
