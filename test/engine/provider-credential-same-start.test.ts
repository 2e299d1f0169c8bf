// One provider written with and without a credential or title in two exports of one inbox: the
// practice-management list writes `Lee, Anna`, the online-booking export `Dr. Anna Lee` (or the
// practice added `MD` to the provider's name between two exports). Provider ids were made from the
// cell as written, so the two exports named the provider under two ids (now they are made from the
// name's parts and agree, but ids sent before still differ). The check of one person twice at one start (same-person.ts) leaves alone an old
// appointment "of a provider the file has no row of" (a report run per provider), and read
// `lee-anna` and `dr-anna-lee` as two providers: one visit under two systems' ids, which the
// README says is held when they meet at one start, went as a second appointment at the same
// time. Now a provider is the file's when its name is, title and credentials apart, and the file
// is held and asked about. A provider of another name still goes as before.
// New York is on EST (UTC-5) in December: every start below is local + 5 h.
import { createHarness, dropAndSettle, saveSettings, type Harness } from './support/engine-harness.ts';
import { sentLines } from './support/sandbox-log.ts';
import type { JobDetails } from '../../main/model/status-and-jobs.ts';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

const lines = (...rows: string[]) => `${rows.join('\r\n')}\r\n`;
// The practice-management system's appointment list, with its own appointment ids.
const PM = 'Appt ID,Appt Date,Appt Time,Patient Name,DOB,Provider,Status';
const pm = (id: string, provider: string) =>
  `${id},12/07/2026,9:00 AM,"Smith, John",03/14/1978,"${provider}",Scheduled`; // 14:00Z
// The online-booking tool's export of the same visit, under its own booking id.
const BOOKING = 'Booking ID,Date,Start Time,Patient Name,Date of Birth,Provider,Status';
const booking = (id: string, provider: string) =>
  `${id},12/07/2026,9:00 AM,"Smith, John",03/14/1978,"${provider}",Confirmed`;

async function start(): Promise<void> {
  h = await createHarness({ over: [{}], tuning: { inboxCheckMs: 300 } });
  saveSettings(h);
  await h.start();
}

const day = (name: string, text: string) => dropAndSettle(h, name, text);

function held(job: JobDetails): void {
  expect(job.state, job.reason).toBe('held');
  expect(
    job.doubts!.map((d) => d.check),
    JSON.stringify(job.doubts),
  ).toEqual(['same-person-twice']);
}

describe('one visit in two exports that write its provider two ways', () => {
  it.each([
    ['Lee, Anna', 'Dr. Anna Lee'],
    ['Lee, Anna', 'Lee, Anna MD'],
    ['Lee, Anna MD', 'Anna Lee'],
    ['Dr Anna Lee', 'Anna Lee, M.D.'],
  ])("'%s' then '%s': held, not a second appointment at the same start", async (first, then) => {
    await start();
    const one = await day('appointments.csv', lines(PM, pm('300412', first)));
    expect(one.job.state).toBe('processed');
    expect(sentLines(one.sent)).toEqual(['NEW 300412 P-16a3e254c0a3 2026-12-07T14:00:00.000Z']);
    const two = await day('bookings.csv', lines(BOOKING, booking('BK-7781', then)));
    expect(two.sent).toEqual([]);
    held(two.job);
  });

  it('the same patient with a provider of another name at that start goes, as before', async () => {
    await start();
    await day('appointments.csv', lines(PM, pm('300412', 'Lee, Anna MD')));
    const two = await day('bookings.csv', lines(BOOKING, booking('BK-7781', 'Dr. Nina Patel')));
    expect(two.job.state, JSON.stringify(two.job.doubts)).toBe('processed');
    expect(sentLines(two.sent)).toEqual(['NEW BK-7781 P-16a3e254c0a3 2026-12-07T14:00:00.000Z']);
  });
});
