// Schedules printed per provider or per office state the filter once, in the report's heading
// (`Provider: Lee, Anna MD`), never on the rows. Through the real engine, importer and sandbox:
// with no provider column that heading is every row's provider, so one patient's appointments
// with two providers on one day keep two derived ids; and a snapshot of one office does not
// cancel the other office's appointments. Expected values worked out by hand from the CSV text.
import path from 'node:path';
import { harnessFor, dropAndSettle, type Harness } from './support/engine-harness.ts';
import { portalAppointments } from './support/sandbox-log.ts';

const sandboxDir = (h: Harness) => path.join(h.root, 'sandbox');

const drop = (h: Harness, name: string, text: string) => dropAndSettle(h, name, text);

const csv = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;
const HEADER = 'Date,Time,Patient,DOB,Chart #,Type,Status';

/** One provider's day, as the practice-management system prints it. */
const providerDay = (provider: string, rows: string[]) =>
  csv('Appointment List', `Provider: ${provider}`, 'Dates: 03/02/2027 - 03/02/2027', '', HEADER, ...rows);
const lee = providerDay('Lee, Anna MD', [
  '03/02/2027,9:00 AM,"Smith, John",04/12/1961,10452,Follow Up,Confirmed',
  '03/02/2027,10:00 AM,"Garcia, Maria",11/30/1975,10453,New Patient,Scheduled',
]);
const patel = providerDay('Patel, Raj MD', [
  '03/02/2027,2:00 PM,"Smith, John",04/12/1961,10452,Physical,Scheduled',
  '03/02/2027,3:00 PM,"Nguyen, Thanh",07/04/1988,10454,Follow Up,Scheduled',
]);

// Each test owns its folders, sandbox and engine (harnessFor) and mostly waits (stability windows,
// polls, the quiet moment after a file): the tests run side by side.
describe.concurrent("a report printed for one provider: the heading's provider is every row's", () => {
  it("two providers' appointments of one patient on one day keep two ids; the first report again sends nothing", async ({
    onTestFinished,
  }) => {
    const h = await harnessFor(onTestFinished, { over: [{ timeZone: 'America/New_York' }] });
    await h.start();
    // New York is on EST (UTC-5) until 2027-03-14: 9:00 AM = 14:00Z, 10:00 = 15:00Z, 2 PM = 19:00Z, 3 PM = 20:00Z.
    const one = await drop(h, 'lee_0302.csv', lee);
    expect(one.job.state, one.job.reason).toBe('processed');
    expect(one.sent.map((s) => `${s.action} ${s.patientId} ${s.start}`)).toEqual([
      'NEW 10452 2027-03-02T14:00:00.000Z',
      'NEW 10453 2027-03-02T15:00:00.000Z',
    ]);

    const two = await drop(h, 'patel_0302.csv', patel);
    expect(two.job.state, two.job.reason).toBe('processed');
    expect(two.sent.map((s) => `${s.action} ${s.patientId} ${s.start}`)).toEqual([
      'NEW 10452 2027-03-02T19:00:00.000Z',
      'NEW 10454 2027-03-02T20:00:00.000Z',
    ]);
    const smithLee = one.sent[0]!.appointmentId;
    const smithPatel = two.sent[0]!.appointmentId;
    expect(smithPatel).not.toBe(smithLee);

    // The Lee report of the next morning, unchanged: nothing to send, nothing moved back.
    const three = await drop(h, 'lee_0303.csv', lee);
    expect(three.job.state, three.job.reason).toBe('processed');
    expect(three.sent).toEqual([]);

    const portal = portalAppointments(sandboxDir(h), h.settings.practices[0]!.practiceId)
      .map((a) => `${a.patientId} ${a.start} ${a.providerName} ${a.cancelled ? 'cancelled' : 'active'}`)
      .sort();
    expect(portal).toEqual([
      '10452 2027-03-02T14:00:00.000Z Anna Lee, MD active',
      '10452 2027-03-02T19:00:00.000Z Raj Patel, MD active',
      '10453 2027-03-02T15:00:00.000Z Anna Lee, MD active',
      '10454 2027-03-02T20:00:00.000Z Raj Patel, MD active',
    ]);
  }, 60_000);

  it('appointments sent before without a provider (the heading unread, or not printed) get it as an UPDATE under their ids, not a second appointment', async ({
    onTestFinished,
  }) => {
    const h = await harnessFor(onTestFinished, { over: [{ timeZone: 'America/New_York' }] });
    await h.start();
    const bare = lee.replace('Provider: Lee, Anna MD\r\n', '');
    const one = await drop(h, 'lee_0302.csv', bare);
    expect(one.job.state, one.job.reason).toBe('processed');
    expect(one.sent.map((s) => s.action)).toEqual(['NEW', 'NEW']);

    const two = await drop(h, 'lee_0303.csv', lee);
    expect(two.job.state, two.job.reason).toBe('processed');
    expect(two.sent.map((s) => `${s.action} ${s.appointmentId}`)).toEqual(
      one.sent.map((s) => `UPDATE ${s.appointmentId}`),
    );
    const portal = portalAppointments(sandboxDir(h), h.settings.practices[0]!.practiceId);
    expect(portal.map((a) => `${a.patientId} ${a.providerName}`).sort()).toEqual([
      '10452 Anna Lee, MD',
      '10453 Anna Lee, MD',
    ]);
  }, 60_000);

  it('a heading that names all providers, or two, is no provider: the rows go as before, unassigned', async ({
    onTestFinished,
  }) => {
    const h = await harnessFor(onTestFinished, { over: [{ timeZone: 'America/New_York' }] });
    await h.start();
    const all = await drop(
      h,
      'all_0302.csv',
      providerDay('All Providers', [
        '03/02/2027,10:00 AM,"Garcia, Maria",11/30/1975,10453,New Patient,Scheduled',
      ]),
    );
    expect(all.job.state, all.job.reason).toBe('processed');
    const two = await drop(
      h,
      'two_0302.csv',
      providerDay('Lee, Patel', ['03/02/2027,3:00 PM,"Nguyen, Thanh",07/04/1988,10454,Follow Up,Scheduled']),
    );
    expect(two.job.state, two.job.reason).toBe('processed');
    const names = portalAppointments(sandboxDir(h), h.settings.practices[0]!.practiceId).map(
      (a) => a.providerName,
    );
    expect(names).toEqual(['Unassigned provider', 'Unassigned provider']);
  }, 60_000);
});

describe.concurrent('a snapshot printed for one office', () => {
  // The North office's week, then the South office's Saturday, then the North week again: the
  // South appointment lies in the week's stated range and not in its file. The provider column is
  // the same in both (Dr Lee works in both offices), so only the office tells the reports apart.
  const HEADER_PROV = 'Date,Time,Patient,DOB,Chart #,Provider,Type,Status';
  const office = (name: string, dates: string, rows: string[]) =>
    csv('Appointment List', `Location: ${name}`, `Dates: ${dates}`, '', HEADER_PROV, ...rows);
  // Tuesday 03/02 to Friday 03/05, nine appointments.
  const north = office(
    'North Office',
    '03/02/2027 - 03/06/2027',
    Array.from(
      { length: 9 },
      (_, i) =>
        `03/0${2 + (i % 4)}/2027,${9 + Math.floor(i / 4)}:00 AM,"North, Pat${i}",01/0${i + 1}/1970,2000${i},"Lee, Anna MD",Checkup,Scheduled`,
    ),
  );

  it("holds the North office's week rather than cancel the South office's appointment it does not list", async ({
    onTestFinished,
  }) => {
    const h = await harnessFor(onTestFinished, {
      over: [{ timeZone: 'America/New_York', snapshotMode: true }],
    });
    await h.start();
    const week = await drop(h, 'north_week.csv', north);
    expect(week.job.state, week.job.reason).toBe('processed');
    expect(week.sent).toHaveLength(9);
    const south = await drop(
      h,
      'south_0306.csv',
      office('South Office', '03/06/2027 - 03/06/2027', [
        '03/06/2027,10:00 AM,"South, Sam",05/05/1980,30001,"Lee, Anna MD",Checkup,Scheduled',
      ]),
    );
    expect(south.job.state, south.job.reason).toBe('processed');
    expect(south.sent.map((s) => `${s.action} ${s.patientId}`)).toEqual(['NEW 30001']);

    // The week again would cancel 1 of the 10 appointments on the portal (10 %, under the 20 %
    // limit): the South one, of a location the file has no row of.
    const again = await drop(h, 'north_week.csv', north);
    expect(again.job.state).toBe('held');
    expect(again.job.doubts).toMatchObject([{ kind: 'mass-cancel', count: 1 }]);
    expect(again.job.doubts![0]!.message).toContain(
      'of a provider or location the file has no row of at all',
    );
    expect(again.sent).toEqual([]);
    const portal = portalAppointments(sandboxDir(h), h.settings.practices[0]!.practiceId);
    expect(portal.filter((a) => a.cancelled)).toEqual([]);
    expect(portal.map((a) => a.location).sort()).toEqual([...Array(9).fill('North Office'), 'South Office']);
  }, 60_000);
});
