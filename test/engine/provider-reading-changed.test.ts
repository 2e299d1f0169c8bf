// Exports without an appointment-id column make each appointment's id from its patient, provider
// and day (identity.ts). When the provider a practice's rows are read with changes, every such id
// changes with it, and the same visits would go as NEW beside the ones already on the portal:
// - a connector update that stopped reading Open Dental's `PriProv` (the patient's own dentist)
//   as the appointment's provider: the same export now goes as *Unassigned provider*, or under the
//   `ProvNum` beside it;
// - a provider out sick, her day's appointments moved to a colleague at the same times.
// Through the real engine, importer and sandbox, each is held (the patient would see two
// appointments at one start), never sent beside the old ones. New York is on EST (UTC-5) in
// March before the 14th: every start below is local + 5 h, worked out by hand.
import path from 'node:path';
import { createHarness, dropAndSettle, saveSettings, type Harness } from './support/engine-harness.ts';
import { portalLines, sentLines } from './support/sandbox-log.ts';
import type { JobDetails } from '../../main/model/status-and-jobs.ts';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

const lines = (...rows: string[]) => `${rows.join('\r\n')}\r\n`;
const portal = () => portalLines(path.join(h.root, 'sandbox'), h.settings.practices[0]!.practiceId);

async function start(): Promise<void> {
  h = await createHarness({ over: [{}], tuning: { inboxCheckMs: 300 } });
  saveSettings(h);
  await h.start();
}

/** Open Dental's appointments joined to the patient, with the given provider columns. */
const openDental = (providerColumns: string, smith: string, okafor: string): string =>
  lines(
    `PatNum,LName,FName,Birthdate,AptDateTime,${providerColumns},AptStatus`,
    `1001,Smith,John,1970-01-02,2027-03-08 09:00:00,${smith},Scheduled`, // 14:00Z
    `1002,Okafor,James,1979-11-02,2027-03-08 10:00:00,${okafor},Scheduled`, // 15:00Z
  );

/** Held by plan-job's check of one patient's derived ids at one start (samePatientSameStart). */
function heldAsTwoAtOneStart(job: JobDetails): void {
  expect(job.state).toBe('held');
  expect(job.doubts!.map((d) => d.kind)).toEqual(['identity']);
  expect(job.doubts![0]!.message).toMatch(
    /^appointment id A-[0-9a-f]{16} would be sent for 2027-03-08T14:00:00\.000Z, where appointment id A-[0-9a-f]{16} of the same patient \(1001\) is already on the portal/,
  );
}

const BOTH_ACTIVE = ['1001 2027-03-08T14:00:00.000Z active', '1002 2027-03-08T15:00:00.000Z active'];

it('the same export read without its patient-own provider (PriProv, now Unassigned): held, not sent beside the old ids', async () => {
  await start();
  // What an earlier reading sent: provider 3 (the patients' own dentist) on both.
  const one = await dropAndSettle(h, 'appts_0301.csv', openDental('ProvNum', '3', '3'));
  expect(one.job.state).toBe('processed');
  expect(
    sentLines(one.sent)
      .map((l) => l.replace(/A-[0-9a-f]{16}/, 'A-id'))
      .sort(),
  ).toEqual(['NEW A-id 1001 2027-03-08T14:00:00.000Z', 'NEW A-id 1002 2027-03-08T15:00:00.000Z']);

  const two = await dropAndSettle(h, 'appts_0302.csv', openDental('PriProv', '3', '3'));
  expect(two.sent).toEqual([]);
  heldAsTwoAtOneStart(two.job);
  expect(portal()).toEqual(BOTH_ACTIVE);
});

it('PriProv beside ProvNum (the appointment now under ProvNum 5 and 7): held, not sent beside the old ids', async () => {
  await start();
  await dropAndSettle(h, 'appts_0301.csv', openDental('ProvNum', '3', '3'));
  const two = await dropAndSettle(h, 'appts_0302.csv', openDental('PriProv,ProvNum', '3,5', '3,7'));
  expect(two.sent).toEqual([]);
  heldAsTwoAtOneStart(two.job);
  expect(portal()).toEqual(BOTH_ACTIVE);
});

it("a day's appointments moved to another provider at the same times, the old provider absent from the file: held", async () => {
  await start();
  const day = (provider: string) =>
    lines(
      'Date,Time,Patient ID,Patient,DOB,Provider,Type',
      `03/08/2027,9:00 AM,1001,"Smith, John",01/02/1970,"${provider}",Recall`, // 14:00Z
      `03/08/2027,10:00 AM,1002,"Okafor, James",11/02/1979,"${provider}",Filling`, // 15:00Z
    );
  await dropAndSettle(h, 'day_0308_a.csv', day('Lee, Anna DDS'));
  const two = await dropAndSettle(h, 'day_0308_b.csv', day('Kim, Paul DDS'));
  expect(two.sent).toEqual([]);
  heldAsTwoAtOneStart(two.job);
  expect(portal()).toEqual(BOTH_ACTIVE);
});
