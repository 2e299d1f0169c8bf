// `Rescheduled` on a row under an id that was sent booked at another start. Systems that move the
// appointment itself (MedicalDirector: "the status is Rescheduled" after a move; Healthie) list it
// at its new time, still booked, under the same id; the built-in vocabulary read it as the old slot
// and cancelled a booked visit. Such a file is held and the word asked about once; answered
// `booked`, the appointment moves. Systems that mark the old slot (CollaborateMD) list it at the
// time it was sent, and it is cancelled with no question, as before.
// Real engine, real importer, real `mapping confirm`, real sandbox on loopback (New York, EST).
import fs from 'node:fs';
import path from 'node:path';
import {
  confirmMapping,
  createHarness,
  dropExport,
  type Harness,
  nextJob,
} from './support/engine-harness.ts';
import { sentItems, sentLines } from './support/sandbox-log.ts';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

const sandboxDir = () => path.join(h.root, 'sandbox');
const HEADER =
  'Appointment ID,Date,Time,Patient ID,Patient,Date of Birth,Practitioner,Appointment Type,Status';
const walsh = (id: string, time: string, status: string) =>
  `${id},12/07/2026,${time},20551,"Walsh, Bridget",03/14/1979,Dr Priya Raman,Standard Consult,${status}`;
const okoro =
  '880115,12/07/2026,10:15 AM,20877,"Okoro, Daniel",11/30/1985,Dr Priya Raman,Long Consult,Booked';
const csv = (rows: string[]) => [HEADER, ...rows].map((l) => `${l}\r\n`).join('');

async function dayOneSent(): Promise<void> {
  h = await createHarness({ over: [{ timeZone: 'America/New_York' }], tuning: { inboxCheckMs: 300 } });
  fs.mkdirSync(h.dataDir, { recursive: true });
  fs.writeFileSync(path.join(h.dataDir, 'settings.json'), JSON.stringify(h.settings));
  await h.start();
  const job = await nextJob(h, () =>
    dropExport(h.inbox(), 'appts_d1.csv', csv([walsh('880114', '10:00 AM', 'Booked'), okoro])),
  );
  expect(job.state, job.reason).toBe('processed');
  expect(sentItems(sandboxDir())).toHaveLength(2);
}

describe('a status that says moved', () => {
  it('on the sent id at a new time is held and asked about; answered booked, the appointment moves', async () => {
    await dayOneSent();
    // 880114 sent for 10:00 EST (15:00Z), now at 2:30 PM (19:30Z) with status Rescheduled.
    const job = await nextJob(h, () =>
      dropExport(h.inbox(), 'appts_d2.csv', csv([walsh('880114', '2:30 PM', 'Rescheduled'), okoro])),
    );
    expect(job.state, job.reason).toBe('held');
    expect(job.doubts).toMatchObject([{ kind: 'status', field: 'status', samples: ['Rescheduled'] }]);
    expect(job.doubts![0]!.message).toContain('appointment id 880114 (line 2)');
    expect(sentItems(sandboxDir())).toHaveLength(2);

    await confirmMapping(h, '--status', 'Rescheduled=booked');
    await h.waitFor((jobs) => jobs.some((j) => j.id === job.id && j.state === 'processed'));
    expect(sentLines(sentItems(sandboxDir()).slice(2))).toEqual([
      'UPDATE 880114 20551 2026-12-07T19:30:00.000Z',
    ]);
  }, 60_000);

  it('on the sent id at the time it was sent is the old slot: cancelled with no question, the new slot goes', async () => {
    await dayOneSent();
    const job = await nextJob(h, () =>
      dropExport(
        h.inbox(),
        'appts_d2.csv',
        csv([walsh('880114', '10:00 AM', 'Rescheduled'), okoro, walsh('880140', '2:30 PM', 'Booked')]),
      ),
    );
    expect(job.state, job.reason).toBe('processed');
    expect(sentLines(sentItems(sandboxDir()).slice(2)).sort()).toEqual([
      'CANCEL 880114 20551 2026-12-07T15:00:00.000Z',
      'NEW 880140 20551 2026-12-07T19:30:00.000Z',
    ]);
  }, 60_000);

  it('a plain cancellation at a new time is cancelled as before', async () => {
    await dayOneSent();
    const job = await nextJob(h, () =>
      dropExport(h.inbox(), 'appts_d2.csv', csv([walsh('880114', '2:30 PM', 'Cancelled'), okoro])),
    );
    expect(job.state, job.reason).toBe('processed');
    expect(sentLines(sentItems(sandboxDir()).slice(2))).toEqual([
      'CANCEL 880114 20551 2026-12-07T19:30:00.000Z',
    ]);
  }, 60_000);
});
