// Red-team probes (round 53k) against the sending changes of round 53e: a 2xx without
// Medfusion's answer retried as an outage, a ProcessingStatus word read as a refusal, unnamed
// ERRORs, the ledger's newBy (an UPDATE or CANCEL built on a NEW later refused), and arrival
// times that never go back. Each drops exports into a real engine against the local sandbox
// (which, as Medfusion is taken to, stores a second NEW for an id it has as an update). What the
// portal shows and what was POSTed was worked out by hand BEFORE the probe first ran. A probe whose
// name starts with FAULT sent wrong, sent for nothing or lost an appointment before its fix.
//
// Every schedule is Monday 2027-03-01 in Chicago (CST, UTC-6): visit k is patient 100k at
// 07:00 + k h, id Ak (day-visits.ts). Portal lines read `patient MM-DDTHH:MM(Z) state`, sorted.
import { portal } from './support/portal-drops.ts';
import { DAY_PORTAL, chart } from './support/day-visits.ts';
import {
  POST,
  start,
  sent,
  acts,
  job,
  sleep,
  put,
  write,
  settled,
  crossingVerdicts,
  BASE,
  SAME,
  MOVED,
  MOVED_SAME,
  CANCELLED,
  CANCELLED_SAME,
  MOVED_CANCELLED,
  A3_MOVED,
  A3_CANCELLED,
  TEN_NEW,
  HTML_PAGE,
  statusDoc,
} from './support/sending-probes.ts';

/** A 202 whose ProcessingResponse says `word` (DataJobId dj-w, MessageId m-w: a verdict handle). */
const said = (word: string) => ({
  route: POST,
  status: 202,
  contentType: 'application/xml',
  body:
    `<ProcessingResponse><DataJobId>dj-w</DataJobId><MessageId>m-w</MessageId><ProcessingStatus>${word}</ProcessingStatus>` +
    '<ResponseMessage></ResponseMessage></ProcessingResponse>',
});

// ---- ProcessingStatus words never seen --------------------------------------------------------------

describe.concurrent('a ProcessingStatus word that is not `Successful`', () => {
  // The fault replaced the sandbox's handling: the portal has nothing. An accepted word leaves the
  // day remembered (nothing sent by the same day again); a refusal sends the whole day as NEW.
  const accepted = [
    'Successful',
    'Success',
    'Completed',
    'Processed',
    'Accepted',
    'Received',
    'Queued',
    'OK',
    'Done',
    'Submitted',
    'InProgress',
    'Pending',
  ];
  const refused = ['Failed', 'Rejected', 'Error', 'Invalid', 'Failure', 'Access denied', 'InvalidDocument'];
  const fault = ['Unsuccessful', 'NotProcessed', 'Not Accepted', 'Declined', 'Aborted', 'Non-processed'];
  const faultOk = ['Completed with no errors', 'Success (0 errors)', 'ErrorFree', 'Processed without errors'];

  it.for(accepted)(
    '%s: accepted (not failed/), the same day sends nothing again',
    async (word, { onTestFinished }) => {
      const h = await start(onTestFinished, { giveUpAfterMs: 1200 });
      h.sandbox.faults.set(said(word));
      const a = await put(h, 'a.csv', BASE);
      expect(a.job.state).toBe('processed');
      expect(a.sent).toEqual([]);
      expect((await put(h, 'b.csv', SAME)).sent).toEqual([]);
    },
  );

  it.for(faultOk)(
    'FAULT: %s: accepted (went to failed/ and the day went again as NEW)',
    async (word, { onTestFinished }) => {
      const h = await start(onTestFinished, { giveUpAfterMs: 1200 });
      h.sandbox.faults.set(said(word));
      const a = await put(h, 'a.csv', BASE);
      expect(a.job.state).toBe('processed');
      expect((await put(h, 'b.csv', SAME)).sent).toEqual([]);
    },
  );

  it.for(refused)(
    '%s: refused, failed/, nothing remembered: the same day goes as NEW',
    async (word, { onTestFinished }) => {
      const h = await start(onTestFinished);
      h.sandbox.faults.set(said(word));
      const a = await put(h, 'a.csv', BASE);
      expect(a.job.state).toBe('failed');
      expect(a.job.batches[0]!.httpStatus).toBe(0);
      expect(acts((await put(h, 'b.csv', SAME)).sent)).toEqual(TEN_NEW);
      expect(portal(h)).toEqual(DAY_PORTAL);
    },
  );

  it.for(fault)(
    'FAULT: %s: refused (was accepted: remembered as sent, the portal empty for good)',
    async (word, { onTestFinished }) => {
      const h = await start(onTestFinished);
      h.sandbox.faults.set(said(word));
      const a = await put(h, 'a.csv', BASE);
      expect(a.job.state).toBe('failed');
      expect(a.job.reason).toContain(`ProcessingStatus says '${word}'`);
      expect(acts((await put(h, 'b.csv', SAME)).sent)).toEqual(TEN_NEW);
      expect(portal(h)).toEqual(DAY_PORTAL);
    },
  );

  it('FAULT: PartiallyFailed with a handle, the verdict naming A3 ERROR: only A3 goes again', async ({
    onTestFinished,
  }) => {
    const h = await start(onTestFinished);
    h.sandbox.faults.set(said('PartiallyFailed'));
    h.sandbox.faults.add({
      route: 'status',
      status: 200,
      contentType: 'application/xml',
      times: 'always',
      body: statusDoc(
        Array.from({ length: 10 }, (_, i) => ({
          id: `A${i + 1}`,
          state: i === 2 ? 'ERROR' : 'COMPLETED',
          ...(i === 2 ? { error: 'Patient not registered' } : {}),
        })),
      ),
    });
    const a = await put(h, 'a.csv', BASE);
    expect(a.job.outcome).toBe('PARTIAL');
    h.sandbox.faults.clear();
    expect(acts((await put(h, 'b.csv', SAME)).sent)).toEqual(['NEW A3']);
  });

  it('CompletedWithErrors with no handle at all: refused (which were taken cannot be read)', async ({
    onTestFinished,
  }) => {
    const h = await start(onTestFinished);
    h.sandbox.faults.set({
      route: POST,
      status: 200,
      contentType: 'application/xml',
      body: '<ProcessingResponse><ProcessingStatus>CompletedWithErrors</ProcessingStatus></ProcessingResponse>',
    });
    const a = await put(h, 'a.csv', BASE);
    expect(a.job.state).toBe('failed');
  });

  it('FAULT: CompletedWithErrors with a handle, the verdict naming all ten COMPLETED: nothing goes again', async ({
    onTestFinished,
  }) => {
    const h = await start(onTestFinished);
    h.sandbox.faults.set(said('CompletedWithErrors'));
    h.sandbox.faults.add({
      route: 'status',
      status: 200,
      contentType: 'application/xml',
      times: 'always',
      body: statusDoc(Array.from({ length: 10 }, (_, i) => ({ id: `A${i + 1}`, state: 'COMPLETED' }))),
    });
    const a = await put(h, 'a.csv', BASE);
    expect(a.job.outcome).toBe('COMPLETED');
    h.sandbox.faults.clear();
    expect((await put(h, 'b.csv', SAME)).sent).toEqual([]);
  });

  it('the status route a sign-in page for good: an outage, the job waits and says why (no PENDING), then COMPLETED once it clears', async ({
    onTestFinished,
  }) => {
    // Like Medfusion down: waiting for the network is not waiting for the verdict (track-job.ts).
    const h = await start(onTestFinished, { giveUpAfterMs: 1500 });
    h.sandbox.faults.set({
      route: 'status',
      status: 200,
      body: HTML_PAGE,
      contentType: 'text/html',
      times: 'always',
    });
    write(h, 'a.csv', BASE);
    const js = await h.waitFor((x) => !!x.find((j) => j.file === 'a.csv')?.waitingSince);
    expect(js.find((j) => j.file === 'a.csv')!.reason).toMatch(/not a ProcessingStatus XML document/);
    await sleep(2000);
    expect(job(h, 'a.csv')!.outcome).toBeUndefined();
    h.sandbox.faults.clear();
    await settled(h, ['a.csv']);
    expect(job(h, 'a.csv')).toMatchObject({ state: 'processed', outcome: 'COMPLETED' });
    expect(acts(sent(h))).toEqual(TEN_NEW);
    expect((await put(h, 'b.csv', SAME)).sent).toEqual([]);
  });
});

// ---- a second NEW, a cancel built on a refused booking ---------------------------------------------

describe.concurrent('what builds on a booking, and sending again', () => {
  it('a second NEW for an id the portal has (the reply lost after the portal took it): stored once, the portal unchanged', async ({
    onTestFinished,
  }) => {
    const h = await start(onTestFinished);
    h.sandbox.faults.set({ route: POST, drop: true, phase: 'after' });
    const a = await put(h, 'a.csv', BASE);
    // The sandbox took it, then the connection dropped: sent again; a second NEW stores the same.
    expect(acts(a.sent)).toEqual([...TEN_NEW, ...TEN_NEW]);
    expect(portal(h)).toEqual(DAY_PORTAL);
    expect((await put(h, 'b.csv', SAME)).sent).toEqual([]);
  });

  it('verdicts that cross with a CANCEL: A3 booked (refused, read late), then cancelled: never booked afterwards', async ({
    onTestFinished,
  }) => {
    const h = await start(onTestFinished);
    const { first, c } = await crossingVerdicts(h, CANCELLED, CANCELLED_SAME);
    expect(acts(first)).toEqual([...TEN_NEW, 'CANCEL A3']);
    expect(c.sent.filter((s) => s.action === 'NEW')).toEqual([]);
    expect(portal(h).some((l) => l.startsWith(chart(3)) && !l.includes('cancelled'))).toBe(false);
  });

  it('verdicts that cross: A3 booked (refused, read late), moved then cancelled in one export: not booked', async ({
    onTestFinished,
  }) => {
    const h = await start(onTestFinished);
    const { c } = await crossingVerdicts(h, MOVED_CANCELLED, `${MOVED_CANCELLED}\r\n`);
    expect(c.sent.filter((s) => s.action === 'NEW')).toEqual([]);
  });

  it('an accepted NEW, then an UPDATE refused (read late), then the same moved day: UPDATE again, never NEW', async ({
    onTestFinished,
  }) => {
    const h = await start(onTestFinished);
    await put(h, 'a.csv', BASE);
    h.sandbox.faults.deactivatePatients([chart(3)]);
    const b = await put(h, 'b.csv', MOVED);
    expect(acts(b.sent)).toEqual(['UPDATE A3']);
    h.sandbox.faults.reactivatePatients([chart(3)]);
    expect(acts((await put(h, 'c.csv', MOVED_SAME)).sent)).toEqual(['UPDATE A3']);
    expect(portal(h)).toEqual(A3_MOVED);
  });
});

// ---- stuck states ------------------------------------------------------------------------------------

describe.concurrent('states a practice must get out of', () => {
  it('a sign-in page for good, three exports queued: one waits and says why, none is filed or lost; all go in order once it clears', async ({
    onTestFinished,
  }) => {
    const h = await start(onTestFinished);
    h.sandbox.faults.set({
      route: POST,
      status: 200,
      body: HTML_PAGE,
      contentType: 'text/html',
      times: 'always',
    });
    write(h, 'a.csv', BASE);
    await h.waitFor((js) => !!js.find((j) => j.file === 'a.csv')?.waitingSince);
    write(h, 'b.csv', MOVED);
    await sleep(600);
    write(h, 'c.csv', CANCELLED);
    await sleep(900);
    expect(sent(h)).toEqual([]);
    expect(h.jobs().filter((j) => j.state === 'failed')).toEqual([]);
    h.sandbox.faults.clear();
    await settled(h, ['a.csv', 'b.csv', 'c.csv']);
    await sleep(400);
    expect(portal(h)).toEqual(A3_CANCELLED);
  });

  it('a 202 answer with no body at all (no word): accepted', async ({ onTestFinished }) => {
    const h = await start(onTestFinished, { giveUpAfterMs: 1200 });
    h.sandbox.faults.set({ route: POST, status: 202, body: '' });
    const a = await put(h, 'a.csv', BASE);
    expect(a.job.state).toBe('processed');
  });

  it('the clock ahead a day for one export, right again: the next two exports go in order, the last wins', async ({
    onTestFinished,
  }) => {
    let ahead = 0;
    const h = await start(onTestFinished, { clock: () => new Date(Date.now() + ahead) });
    await put(h, 'a.csv', BASE);
    ahead = 86_400_000;
    await put(h, 'b.csv', MOVED);
    ahead = 0;
    await put(h, 'c.csv', SAME);
    const d = await put(h, 'd.csv', CANCELLED);
    expect(acts(d.sent)).toEqual(['CANCEL A3']);
    expect(portal(h)).toEqual(A3_CANCELLED);
  });
});
