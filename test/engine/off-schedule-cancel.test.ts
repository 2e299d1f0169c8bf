// A row whose status means "not an appointment" (Open Dental's `UnschedList`: moved to the
// Unscheduled List) under the export's own appointment id that is on the portal as booked: the
// appointment left the schedule, and is cancelled, in both modes alike. Rows of no patient (open
// slots, blocked time) and an id the ledger holds for another patient cancel nothing. Real
// importer, real engine, real sandbox on loopback; expected values worked out by hand.
import path from 'node:path';
import { createHarness, type Harness, dropExport, nextJob, saveSettings } from './support/engine-harness.ts';
import { portalLines, sentItems, sentLines } from './support/sandbox-log.ts';
import type { JobDetails } from '../../main/model/status-and-jobs.ts';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

const sandboxDir = () => path.join(h.root, 'sandbox');
const FILE = 'QueryExport.txt';
// An Open Dental query export (tab-separated, the practice's own AptNum and PatNum).
const HEADER = 'AptNum\tPatNum\tLName\tFName\tBirthdate\tAptDateTime\tAptStatus\tProvNum\tOp\tClinicNum';
const txt = (...rows: string[]) => `${[HEADER, ...rows].join('\r\n')}\r\n`;
const row = (apt: string, pat: string, last: string, first: string, at: string, status: string) =>
  `${apt}\t${pat}\t${last}\t${first}\t1970-01-02\t2026-12-14 ${at}:00\t${status}\t2\t3\t1`;

const booked = [
  row('88120', '3101', 'Castellanos', 'Ines', '07:30', 'Scheduled'),
  row('88121', '3102', 'Wojcik', 'Piotr', '08:40', 'Scheduled'),
  row('88125', '3107', 'Adeyemi', 'Funmilayo', '13:00', 'Scheduled'),
];

async function setUp(snapshotMode: boolean): Promise<void> {
  h = await createHarness({
    over: [{ timeZone: 'America/Los_Angeles', snapshotMode }],
    tuning: { inboxCheckMs: 300 },
  });
  saveSettings(h);
  await h.start();
}

function day(text: string): Promise<JobDetails> {
  return nextJob(h, () => dropExport(h.inbox(), FILE, text));
}

test.each([false, true])(
  'an appointment moved to the Unscheduled List is cancelled on the portal (snapshot mode %s)',
  async (snapshotMode) => {
    await setUp(snapshotMode);
    expect((await day(txt(...booked))).state).toBe('processed');
    expect(sentItems(sandboxDir())).toHaveLength(3);

    const two = await day(
      txt(booked[0]!, row('88121', '3102', 'Wojcik', 'Piotr', '08:40', 'UnschedList'), booked[2]!),
    );
    expect(two.state).toBe('processed');
    // 08:40 in Los Angeles (PST, UTC-8) is 16:40 UTC. Before the fix (outside snapshot mode):
    // nothing sent, 88121 stayed booked.
    expect(sentLines(sentItems(sandboxDir()).slice(3))).toEqual([
      'CANCEL 88121 3102 2026-12-14T16:40:00.000Z',
    ]);
    expect(portalLines(sandboxDir(), h.settings.practices[0]!.practiceId)).toEqual([
      '3101 2026-12-14T15:30:00.000Z active',
      '3102 2026-12-14T16:40:00.000Z cancelled',
      '3107 2026-12-14T21:00:00.000Z active',
    ]);
    if (!snapshotMode)
      expect(two.skippedRows!.map((s) => [s.reason, s.count, s.lines])).toEqual([
        ["no longer an appointment in the export (status 'UnschedList'): sent as a cancellation", 1, [3]],
      ]);
  },
);

test('an open slot, blocked time or another patient under a booked id cancels nothing', async () => {
  await setUp(false);
  expect((await day(txt(...booked))).state).toBe('processed');
  const two = await day(
    txt(
      booked[0]!,
      // Blocked time: no patient, under the booked 88121's number.
      `88121\t\t\t\t\t2026-12-14 08:40:00\tUnschedList\t2\t3\t1`,
      // The id of 88125 on another patient's wait-list entry: not the appointment sent.
      row('88125', '3999', 'Other', 'Person', '13:00', 'UnschedList'),
    ),
  );
  expect(two.state).toBe('processed');
  expect(sentItems(sandboxDir())).toHaveLength(3);
  expect(two.skippedRows!.map((s) => [s.reason, s.count])).toEqual(
    expect.arrayContaining([
      ['no patient (open slot or blocked time)', 1],
      ["status 'UnschedList'", 1],
    ]),
  );
});

// Planet DDS writes `Available` for a patient ready to be seated: before the fix the row was
// skipped as an open slot under its own id and its booked appointment cancelled on the portal.
test.each([
  ['Available', 'held'], // an open-slot word beside a patient: asked
  ['Blocked', 'processed'], // blocked time: skipped, says nothing about the appointment
])("a patient's row with '%s' under a booked id cancels nothing (the file is %s)", async (word, state) => {
  await setUp(false);
  expect((await day(txt(...booked))).state).toBe('processed');
  const two = await day(txt(booked[0]!, row('88121', '3102', 'Wojcik', 'Piotr', '08:40', word), booked[2]!));
  expect(two.state).toBe(state);
  expect(sentItems(sandboxDir())).toHaveLength(3);
  expect(portalLines(sandboxDir(), h.settings.practices[0]!.practiceId)).toEqual([
    '3101 2026-12-14T15:30:00.000Z active',
    '3102 2026-12-14T16:40:00.000Z active',
    '3107 2026-12-14T21:00:00.000Z active',
  ]);
});
